"""The composition root's own reports, over the real window offscreen."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop_app.app import _report_config_problems
from desktop_app.config import load_config
from desktop_app.services.library import Library
from desktop_app.ui.main_window import MainWindow


def test_a_broken_configuration_file_is_told_once_in_the_window(qtbot, database, tmp_path):
    path = tmp_path / "caravan.toml"
    path.write_bytes(b"[ticker\nspeed = 90\n")
    loaded = load_config(path)
    window = MainWindow(Library(database), loaded.config, offline=True)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()

    _report_config_problems(window, loaded)

    shown = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert [box.text() for box in shown] == list(loaded.problems)
    assert "using defaults until it is corrected" in shown[0].text()
    assert window.statusBar().currentMessage() == ""
