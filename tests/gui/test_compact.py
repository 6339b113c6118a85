"""Compact ticker mode: a frameless always-on-top strip at a screen edge, remembered."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.domain import Quote
from desktop_app.services.library import Library
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.rate_detail import RateDetail
from tests.gui.conftest import exec_until_quit


def _window(qtbot, database, config) -> MainWindow:
    window = MainWindow(Library(database), config, offline=True)
    qtbot.addWidget(window)
    qtbot.addWidget(window.compact)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_compact_mode_is_a_frameless_always_on_top_strip_across_the_top(
    qtbot, filled_database, config
):
    window = _window(qtbot, filled_database, config)
    window.compact_action.trigger()
    assert window.compact_mode
    assert not window.isVisible()
    strip = window.compact
    flags = strip.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert strip.geometry().top() == area.top()
    assert strip.geometry().width() == area.width()
    assert strip.geometry().height() == strip.ticker.sizeHint().height()
    assert [item.label for item in strip.ticker.items()] == [
        item.label for item in window.ticker.items()
    ]
    assert not window.ticker.animating, "only the visible strip moves"


def test_the_bottom_edge_and_the_mode_survive_a_restart(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    window.compact_bottom_action.trigger()
    window.compact_action.trigger()
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert window.compact.geometry().bottom() == area.bottom()
    filled_database.writer.run(lambda _connection: None)  # the mode is committed
    again = MainWindow(Library(filled_database), config, offline=True)
    qtbot.addWidget(again)
    qtbot.addWidget(again.compact)
    again.show()
    again.restore_mode()
    assert again.compact_mode and not again.isVisible()
    assert again.compact.edge == "bottom"
    assert again.compact_bottom_action.isChecked()


def test_double_click_on_the_strip_brings_the_reader_back(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    window.set_compact(True)
    qtbot.mouseDClick(window.compact, Qt.MouseButton.LeftButton)
    assert window.isVisible()
    assert not window.compact_mode
    assert not window.compact_action.isChecked()


def test_the_tray_menu_offers_reader_refresh_compact_and_quit(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    texts = [action.text() for action in window.tray_menu.actions() if action.text()]
    assert texts == [
        "Show or hide the reader",
        "Refresh now",
        "&Compact ticker (reader hidden)",
        "Quit Caravan",
    ]
    window.tray_menu.actions()[0].trigger()
    assert not window.isVisible()
    window.tray_menu.actions()[0].trigger()
    assert window.isVisible()


def _rate_x(strip) -> int:
    """Where a rate is drawn on the (paused) strip."""
    for x in range(0, strip.ticker.width(), 4):
        item = strip.ticker.item_at(x)
        if item is not None and isinstance(item.payload, Quote):
            return x
    raise AssertionError("no rate on the strip")


def _open_details() -> list[RateDetail]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, RateDetail) and widget.isVisible()
    ]


def _compact(qtbot, database, config) -> MainWindow:
    window = _window(qtbot, database, config)
    window.pause_ticker_action.setChecked(True)  # rates stay where they are clicked
    window.set_compact(True)
    qtbot.waitExposed(window.compact)
    return window


def test_a_double_click_on_a_rate_restores_the_reader_and_opens_no_popup(
    qtbot, filled_database, config
):
    window = _compact(qtbot, filled_database, config)
    ticker = window.compact.ticker
    spot = QPoint(_rate_x(window.compact), 5)
    # What the system sends for a double-click: press, release, double-click, release.
    QTest.mousePress(ticker, Qt.MouseButton.LeftButton, pos=spot)
    QTest.mouseRelease(ticker, Qt.MouseButton.LeftButton, pos=spot)
    QTest.mouseDClick(ticker, Qt.MouseButton.LeftButton, pos=spot)
    QTest.mouseRelease(ticker, Qt.MouseButton.LeftButton, pos=spot)
    assert window.isVisible() and not window.compact_mode
    qtbot.wait(2 * QGuiApplication.styleHints().mouseDoubleClickInterval())
    assert _open_details() == []


def test_clicking_a_rate_twice_raises_its_one_popup(qtbot, filled_database, config):
    window = _compact(qtbot, filled_database, config)
    spot = QPoint(_rate_x(window.compact), 5)
    with qtbot.waitSignal(window.compact.item_clicked):
        qtbot.mouseClick(window.compact.ticker, Qt.MouseButton.LeftButton, pos=spot)
    first = _open_details()
    assert len(first) == 1
    with qtbot.waitSignal(window.compact.item_clicked):
        qtbot.mouseClick(window.compact.ticker, Qt.MouseButton.LeftButton, pos=spot)
    assert _open_details() == first, "raised, not stacked"
    first[0].close()
    qtbot.waitUntil(lambda: _open_details() == [])
    with qtbot.waitSignal(window.compact.item_clicked):
        qtbot.mouseClick(window.compact.ticker, Qt.MouseButton.LeftButton, pos=spot)
    assert len(_open_details()) == 1, "a closed popup opens again"
    _open_details()[0].close()


def test_the_strip_has_a_context_menu(qtbot, filled_database, config):
    window = _compact(qtbot, filled_database, config)
    menu = window.compact.menu
    assert menu.accessibleName()
    menu.aboutToShow.emit()  # as when it opens: the screens are listed then
    visible = [action.text() for action in menu.actions() if action.text() and action.isVisible()]
    screens = len(QGuiApplication.screens())
    assert visible == [
        "&Show the reader",
        "&Top edge",
        "&Bottom edge",
        *(["Sc&reen"] if screens > 1 else []),
        "&Pause the ticker",
        "&Quit",
    ]
    bottom = next(action for action in menu.actions() if action.text() == "&Bottom edge")
    bottom.trigger()
    area = window.compact.target_screen().geometry()
    assert window.compact.edge == "bottom"
    assert window.compact.geometry().bottom() == area.bottom()
    assert window.compact_bottom_action.isChecked()
    top = next(action for action in menu.actions() if action.text() == "&Top edge")
    top.trigger()
    assert window.compact.geometry().top() == area.top()
    assert not bottom.isChecked() and top.isChecked()
    assert window.compact.ticker.paused, "the pause is the strip's too"
    menu.actions()[0].trigger()
    assert window.isVisible() and not window.compact_mode


def test_ctrl_q_quits_from_the_strip(qtbot, filled_database, config):
    window = _compact(qtbot, filled_database, config)
    window.compact.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.compact)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    QTimer.singleShot(
        0,
        lambda: QTest.keyClick(
            window.compact.ticker, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
        ),
    )
    assert exec_until_quit(app) == 0  # 3: nothing quit it
    assert not window.compact.isVisible()


TWO_SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1},
        {"name": "monitor", "x": 1920, "y": 0, "width": 1280, "height": 1024, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1},
    ]
}  # fmt: skip

ON_TWO_SCREENS = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop_app.config import Config
from desktop_app.services.library import Library
from desktop_app.store.db import Database
from desktop_app.ui.main_window import MainWindow

app = QApplication([])
database = Database(Path(sys.argv[1]))
window = MainWindow(Library(database), Config(), offline=True)
if sys.argv[2] == "choose":
    window.set_compact(True)
    menu = window.compact.menu
    menu.aboutToShow.emit()
    screens = next(a for a in menu.actions() if a.text() == "Sc&reen")
    print("menu", screens.isVisible(), [a.text() for a in screens.menu().actions()])
    next(a for a in screens.menu().actions() if a.text().startswith("monitor")).trigger()
else:
    window.restore_mode()
print("strip", window.compact.geometry().getRect())
window.close()
database.close()
"""


def test_the_strip_goes_to_the_screen_chosen_in_its_menu_and_stays_there(tmp_path):
    """Qt's offscreen platform with two screens (a configuration of the process, so in a
    process of its own): the menu lists both, and the choice survives a restart."""
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps(TWO_SCREENS), encoding="utf-8")
    environment = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"}
    database = str(tmp_path / "caravan.sqlite3")

    def run(step: str) -> list[str]:
        result = subprocess.run(
            [sys.executable, "-c", ON_TWO_SCREENS, database, step], env=environment,
            capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip
        return result.stdout.splitlines()

    chosen = run("choose")
    assert chosen[0] == "menu True ['laptop (1920×1080)', 'monitor (1280×1024)']"
    height = int(chosen[1].split(",")[-1].rstrip(")"))
    assert chosen[1] == f"strip (1920, 0, 1280, {height})"
    assert run("restart") == chosen[1:]
