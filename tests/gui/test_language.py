"""The interface's language put in force as the app does it at start-up: Caravan's own strings
from its catalogue, Qt's standard buttons from Qt's, and the choice kept in the settings."""

from __future__ import annotations

import os
import subprocess
import sys
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


def test_a_session_without_a_locale_writes_dates_the_english_way(tmp_path):
    """LANG=C (a minimal session, a container): Qt's own C locale writes "6 12 2026"."""
    script = (
        "from PySide6.QtCore import QDate, QLocale\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop_app.i18n import install\n"
        "app = QApplication([])\n"
        "print(install('system', app))\n"
        "print(QLocale().toString(QDate(2026, 12, 6), QLocale.FormatType.ShortFormat))\n"
    )
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANG"))
    }
    environment.update(LC_ALL="C", QT_QPA_PLATFORM="offscreen")
    shown = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True,
        timeout=60, check=True,
    ).stdout.split()  # fmt: skip
    assert shown == ["en", "12/6/26"]
