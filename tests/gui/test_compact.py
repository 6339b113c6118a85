"""Compact ticker mode: a frameless always-on-top strip at a screen edge, remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.services.library import Library
from desktop_app.ui.main_window import MainWindow


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
