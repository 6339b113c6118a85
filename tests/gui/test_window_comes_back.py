"""A window that comes back: a second launch restores a minimised or hidden window, and a
geometry saved on a bigger monitor fits the screen it is restored on."""

from __future__ import annotations

import base64

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.services.library import Library
from desktop_app.ui.main_window import MainWindow


def _window(qtbot, database, config) -> MainWindow:
    window = MainWindow(Library(database), config, offline=True)
    qtbot.addWidget(window)
    qtbot.addWidget(window.compact)
    return window


def test_a_second_launch_restores_a_minimised_window(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    with qtbot.waitExposed(window):
        window.show()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    window.handle_launch({"show": True})
    assert not window.isMinimized()
    assert window.isVisible()


def test_a_second_launch_shows_a_window_hidden_to_the_tray(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    with qtbot.waitExposed(window):
        window.show()
    window.hide()
    window.handle_launch({"show": True})
    assert window.isVisible() and not window.isMinimized()


@pytest.mark.parametrize("saved", [QRect(-4000, -3000, 5120, 2880), QRect(3000, 2000, 2560, 1440)])
def test_a_geometry_saved_on_a_bigger_monitor_fits_this_screen(
    qtbot, filled_database, config, saved
):
    big = _window(qtbot, filled_database, config)
    big.setGeometry(saved)
    stored = base64.b64encode(bytes(big.saveGeometry().data())).decode("ascii")
    filled_database.writer.run(lambda _connection: None)
    library = Library(filled_database)
    try:
        library.remember({"window.geometry": stored}).result(timeout=10)
    finally:
        library.close()  # no connection left for the collector (3.13 warns of it)

    window = _window(qtbot, filled_database, config)
    with qtbot.waitExposed(window):
        window.show()
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)
    assert not window.windowState() & Qt.WindowState.WindowMinimized
