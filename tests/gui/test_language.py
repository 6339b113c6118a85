"""The interface's language put in force as the app does it at start-up: Caravan's own strings
from its catalogue, Qt's standard buttons from Qt's, and the choice kept in the settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel

from desktop_app.config import load_config
from desktop_app.i18n import install
from desktop_app.ui.settings_dialog import SettingsDialog


def _dialog(qtbot, tmp_path: Path) -> SettingsDialog:
    path = tmp_path / "caravan.toml"
    path.write_text('[appearance]\nlanguage = "ru"\n', encoding="utf-8")
    dialog = SettingsDialog(load_config(path).config, path)
    qtbot.addWidget(dialog)
    return dialog


def _labels(dialog: SettingsDialog) -> set[str]:
    return {label.text() for label in dialog.findChildren(QLabel)}


def _cancel(dialog: SettingsDialog) -> str:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    return button.text()


@pytest.mark.parametrize(
    ("setting", "label", "cancel"),
    [
        ("ru", "Язык:", "Отмена"),
        ("kk", "Тіл:", "Бас тарту"),
        # Qt has no Uzbek catalogue of its own: Caravan's carries Qt's words (ui/qt_words.py).
        ("uz", "Til:", "Bekor qilish"),
        ("en", "Language:", "Cancel"),
    ],
)
def test_the_chosen_language_is_spoken_by_caravan_and_by_qt(
    qtbot, qapp, language, tmp_path, setting, label, cancel
):
    assert install(setting, qapp) == setting
    dialog = _dialog(qtbot, tmp_path)
    assert label in _labels(dialog)
    assert _cancel(dialog) == cancel
    chooser = dialog.editor("appearance.language")
    assert isinstance(chooser, QComboBox)
    assert chooser.currentData() == "ru"  # as the file says


def test_a_chosen_language_formats_numbers_its_way(qapp, language):
    install("ru", qapp)
    assert QLocale().toString(1234567.5, "f", 1) == "1\u00a0234\u00a0567,5"
    install("en", qapp)
    assert QLocale().toString(1234567.5, "f", 1) == "1,234,567.5"
