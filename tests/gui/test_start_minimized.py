"""A start at login (``--minimized``): into the tray, or the compact strip when Caravan was
left in compact mode, or minimized where there is no tray; a later launch brings it back, and
Quit in the tray ends it even with nothing on screen. The real window, offscreen."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desktop_app.services.library import Library
from desktop_app.ui.main_window import MainWindow
from tests.gui.conftest import exec_until_quit


def _window(qtbot, database, config) -> MainWindow:
    window = MainWindow(Library(database), config, offline=True)
    qtbot.addWidget(window)
    qtbot.addWidget(window.compact)
    return window


def _with_a_tray(monkeypatch) -> None:
    """The desktop has a tray (the offscreen platform has none)."""
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))


def test_a_start_at_login_leaves_caravan_in_the_tray(qtbot, filled_database, config, monkeypatch):
    _with_a_tray(monkeypatch)
    window = _window(qtbot, filled_database, config)
    assert window.restore_mode(minimized=True) is False, "nothing will paint"
    assert not window.isVisible()
    assert not window.compact_mode
    window.tray_menu.actions()[0].trigger()  # "Show or hide the reader"
    assert window.isVisible()


def test_without_a_tray_a_start_at_login_opens_the_window_minimized(qtbot, filled_database, config):
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    window = _window(qtbot, filled_database, config)
    assert window.restore_mode(minimized=True) is False
    assert window.isMinimized()
    assert not window.compact_mode


def test_a_start_at_login_comes_back_as_the_compact_strip_when_left_so(
    qtbot, filled_database, config, monkeypatch
):
    _with_a_tray(monkeypatch)
    first = _window(qtbot, filled_database, config)
    first.show()
    first.set_compact(True)
    filled_database.writer.run(lambda _connection: None)  # the mode is committed
    again = _window(qtbot, filled_database, config)
    assert again.restore_mode(minimized=True) is True
    assert again.compact_mode
    assert not again.isVisible()


def test_a_start_from_the_menu_shows_the_window(qtbot, filled_database, config, monkeypatch):
    _with_a_tray(monkeypatch)
    window = _window(qtbot, filled_database, config)
    assert window.restore_mode() is True
    assert window.isVisible() and not window.isMinimized()


def test_a_later_launch_brings_a_minimized_window_back(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    window.restore_mode(minimized=True)
    window.handle_launch({"show": False})  # another start at login: left as it is
    assert window.isMinimized()
    window.handle_launch({"show": True})  # a start from the menu
    assert window.isVisible()
    assert not window.isMinimized()


def test_quit_in_the_tray_ends_caravan_with_no_window_on_screen(
    qtbot, filled_database, config, monkeypatch
):
    """Closing a hidden window alone leaves Qt's event loop running: Caravan would go on
    with nothing to show and its database closed."""
    _with_a_tray(monkeypatch)
    window = _window(qtbot, filled_database, config)
    window.restore_mode(minimized=True)
    quit_action = window.tray_menu.actions()[-1]
    assert quit_action.text() == "Quit Caravan"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    QTimer.singleShot(0, quit_action.trigger)
    assert exec_until_quit(app) == 0  # 3: nothing quit it
