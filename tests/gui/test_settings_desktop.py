"""Settings › Desktop: the start at login (applied with OK) and the applications menu entry (a
button that acts at once), over real files in the test's own XDG folders, offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QPushButton

from desktop_app import APP_ID
from desktop_app.config import Config
from desktop_app.oslayer import desktop
from desktop_app.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.skipif(
    not desktop.MENU_SUPPORTED, reason="the XDG menu and autostart are Linux's"
)


def _dialog(qtbot, tmp_path: Path) -> SettingsDialog:
    config_file = tmp_path / "caravan.toml"
    config_file.write_text("# mine\n", encoding="utf-8")
    dialog = SettingsDialog(Config(), config_file)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    titles = [dialog.pages.tabText(index) for index in range(dialog.pages.count())]
    dialog.pages.setCurrentIndex(titles.index("Desktop"))
    return dialog


def _autostart_box(dialog: SettingsDialog) -> QCheckBox:
    box = dialog.editor("desktop.autostart")
    assert isinstance(box, QCheckBox)
    return box


def test_checking_start_at_login_and_ok_writes_the_autostart_entry(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path)
    box = _autostart_box(dialog)
    assert box.text() == "Start Caravan when I log in"
    assert not box.isChecked()
    box.setChecked(True)
    assert not desktop.autostart_enabled(), "nothing changes before OK"
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert desktop.autostart_enabled()
    assert "--minimized" in desktop.autostart_entry_path().read_text(encoding="utf-8")
    assert (tmp_path / "caravan.toml").read_text(encoding="utf-8") == "# mine\n"


def test_the_box_shows_the_start_at_login_as_the_system_has_it_and_unchecking_removes_it(
    qtbot, tmp_path
):
    desktop.set_autostart(True)
    dialog = _dialog(qtbot, tmp_path)
    box = _autostart_box(dialog)
    assert box.isChecked()
    box.setChecked(False)
    dialog.accept()
    assert not desktop.autostart_enabled()
    assert not desktop.autostart_entry_path().exists()


def test_cancel_leaves_the_start_at_login_as_it_was(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path)
    _autostart_box(dialog).setChecked(True)
    dialog.reject()
    assert not desktop.autostart_enabled()


def test_a_start_at_login_the_system_refuses_is_explained_and_the_dialog_stays(qtbot, tmp_path):
    blocker = desktop.config_home() / "autostart"
    blocker.parent.mkdir(parents=True)
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    dialog = _dialog(qtbot, tmp_path)
    box = _autostart_box(dialog)
    box.setChecked(True)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith(f"Not saved. cannot change {blocker}")
    assert box.hasFocus()


def test_the_menu_button_adds_and_removes_caravan_at_once(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path)
    button = dialog.findChild(QPushButton, "desktop.menu")
    assert isinstance(button, QPushButton)
    assert dialog.menu_state.text() == "Caravan is not in the applications menu."
    assert button.text() == "Add to the menu"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    entry = desktop.data_home() / "applications" / f"{APP_ID}.desktop"
    assert entry.is_file()
    assert dialog.menu_state.text() == "Caravan is in the applications menu."
    assert button.text() == "Remove from the menu"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not entry.exists()
    assert button.text() == "Add to the menu"


def test_a_menu_entry_the_system_refuses_is_explained(qtbot, tmp_path):
    blocker = desktop.data_home() / "applications"
    blocker.parent.mkdir(parents=True)
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    dialog = _dialog(qtbot, tmp_path)
    qtbot.mouseClick(dialog.menu_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert f"cannot write {blocker}" in dialog.error.text()
    assert dialog.menu_state.text() == "Caravan is not in the applications menu."


def test_every_control_of_the_desktop_page_has_an_accessible_name(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path)
    page = dialog.pages.currentWidget()
    assert page is not None
    controls = [*page.findChildren(QCheckBox), *page.findChildren(QPushButton)]
    assert len(controls) == 2
    for control in controls:
        assert control.accessibleName() == control.text()
    assert dialog.menu_state.accessibleName() == dialog.menu_state.text()
    qtbot.mouseClick(dialog.menu_button, Qt.MouseButton.LeftButton)
    assert dialog.menu_button.accessibleName() == "Remove from the menu"
    assert dialog.menu_state.accessibleName() == "Caravan is in the applications menu."
