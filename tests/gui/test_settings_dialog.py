"""The settings dialog over a real, commented configuration file, offscreen: it shows every
key, writes only what the user changed (the file's comments survive), and refuses a value the
file would not take, writing nothing."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
)

from desktop_app.config import Config, FeedSetting, load_config
from desktop_app.ui.settings_dialog import SettingsDialog

USER_FILE = """\
# Caravan at the Bishkek office — keep the som first.

[refresh]
interval_minutes = 20  # the proxy is slow

[rates]
provider = "nbkr"
url = "http://127.0.0.1:8765/nbkr.xml"  # our mirror
base = "EUR"
pairs = ["KGS", "USD/KZT"]
interval_minutes = 90
official = true

[rates.urls]
cbu = "http://127.0.0.1:8765/cbu.json"

[ticker]
speed = 75  # slower for the lobby screen
reduce_motion = true
headlines = 4

[storage]
keep_days = 30
max_articles_per_feed = 800

[offline]
images = false
image_cache_mb = 250
full_text = false

[appearance]
theme = "dark"

[[feeds]]
url = "https://24.kg/rss/"
title = "24.kg — Кыргызстан"
folder = "News"
"""


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "caravan.toml"
    path.write_text(USER_FILE, encoding="utf-8")
    return path


def _dialog(qtbot, path: Path) -> SettingsDialog:
    loaded = load_config(path)
    assert loaded.problems == ()
    dialog = SettingsDialog(loaded.config, path)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def _shown(dialog: SettingsDialog, key: str) -> object:
    editor = dialog.editor(key)
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QLineEdit):
        return editor.text()
    assert isinstance(editor, QLabel), key
    return editor.text()


def test_every_configuration_key_has_a_place_in_the_dialog(qtbot, config_file):
    dialog = _dialog(qtbot, config_file)
    config = Config()
    for section in fields(config):
        if section.name == "feeds":
            assert dialog.editor("feeds") is not None
            continue
        for setting in fields(getattr(config, section.name)):
            assert dialog.editor(f"{section.name}.{setting.name}") is not None


def test_every_key_shows_its_current_value(qtbot, config_file):
    dialog = _dialog(qtbot, config_file)
    assert _shown(dialog, "refresh.interval_minutes") == 20
    assert _shown(dialog, "rates.provider") == "nbkr"
    assert _shown(dialog, "rates.url") == "http://127.0.0.1:8765/nbkr.xml"
    assert _shown(dialog, "rates.urls") == "cbu: http://127.0.0.1:8765/cbu.json"
    assert _shown(dialog, "rates.base") == "EUR"
    assert _shown(dialog, "rates.pairs") == "KGS, USD/KZT"
    assert _shown(dialog, "rates.interval_minutes") == 90
    assert _shown(dialog, "rates.official") is True
    assert _shown(dialog, "ticker.speed") == 75
    assert _shown(dialog, "ticker.reduce_motion") is True
    assert _shown(dialog, "ticker.headlines") == 4
    assert _shown(dialog, "storage.keep_days") == 30
    assert _shown(dialog, "storage.max_articles_per_feed") == 800
    assert _shown(dialog, "offline.images") is False
    assert _shown(dialog, "offline.image_cache_mb") == 250
    assert _shown(dialog, "offline.full_text") is False
    assert _shown(dialog, "appearance.theme") == "dark"
    assert _shown(dialog, "reader.confirm_mark_all_read_above") == 100  # not in the file
    feeds = dialog.editor("feeds")
    assert isinstance(feeds, QListWidget)
    assert [feeds.item(row).text() for row in range(feeds.count())] == [
        "24.kg — Кыргызстан  (News)"
    ]
    assert dialog.changes() == {}, "showing the settings changes none of them"


def test_spin_boxes_allow_exactly_what_load_config_accepts(qtbot, config_file, tmp_path):
    dialog = _dialog(qtbot, config_file)
    for spin in dialog.findChildren(QSpinBox):
        section, name = spin.objectName().split(".")
        for value, accepted in (
            (spin.minimum(), True),
            (spin.maximum(), True),
            (spin.minimum() - 1, False),
            (spin.maximum() + 1, False),
        ):
            probe = tmp_path / "probe.toml"
            probe.write_text(f"[{section}]\n{name} = {value}\n", encoding="utf-8")
            assert (load_config(probe).problems == ()) is accepted, (spin.objectName(), value)


def test_changing_speed_and_pairs_writes_exactly_those_keys(qtbot, config_file):
    dialog = _dialog(qtbot, config_file)
    speed = dialog.editor("ticker.speed")
    pairs = dialog.editor("rates.pairs")
    assert isinstance(speed, QSpinBox) and isinstance(pairs, QLineEdit)
    speed.setValue(140)
    pairs.setText("kgs, USD/KZT  UZS")
    assert dialog.changes() == {"ticker.speed": 140, "rates.pairs": ["KGS", "USD/KZT", "UZS"]}

    with qtbot.waitSignal(dialog.settings_saved) as saved:
        dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    expected = USER_FILE.replace(
        'pairs = ["KGS", "USD/KZT"]', 'pairs = ["KGS", "USD/KZT", "UZS"]'
    ).replace("speed = 75  # slower", "speed = 140  # slower")
    assert config_file.read_text(encoding="utf-8") == expected
    reloaded = load_config(config_file).config
    assert reloaded.ticker.speed == 140
    assert reloaded.rates.pairs == ("KGS", "USD/KZT", "UZS")
    assert saved.args == [reloaded]


def test_an_invalid_pair_is_refused_with_a_message_and_nothing_is_written(qtbot, config_file):
    dialog = _dialog(qtbot, config_file)
    before = config_file.read_bytes()
    dialog.pages.setCurrentIndex(0)
    speed = dialog.editor("ticker.speed")
    pairs = dialog.editor("rates.pairs")
    assert isinstance(speed, QSpinBox) and isinstance(pairs, QLineEdit)
    speed.setValue(200)
    pairs.setText("KGS, SOMS")

    with qtbot.assertNotEmitted(dialog.settings_saved):
        dialog.accept()

    assert config_file.read_bytes() == before
    assert dialog.isVisible(), "the dialog stays open to correct the value"
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Not saved. Pairs: 'SOMS' is not a three-letter currency code."
    assert dialog.pages.tabText(dialog.pages.currentIndex()) == "Rates"
    assert dialog.focusWidget() is pairs


def test_cancel_writes_nothing(qtbot, config_file):
    dialog = _dialog(qtbot, config_file)
    before = config_file.read_bytes()
    speed = dialog.editor("ticker.speed")
    assert isinstance(speed, QSpinBox)
    speed.setValue(300)
    with qtbot.assertNotEmitted(dialog.settings_saved):
        dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert config_file.read_bytes() == before


def test_ok_with_nothing_changed_writes_nothing(qtbot, config_file):
    dialog = _dialog(qtbot, config_file)
    before = config_file.stat().st_mtime_ns
    with qtbot.assertNotEmitted(dialog.settings_saved):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert config_file.stat().st_mtime_ns == before


def test_every_editable_setting_round_trips_through_the_file(qtbot, config_file):
    dialog = _dialog(qtbot, config_file)
    values = {
        "refresh.interval_minutes": 5,
        "rates.interval_minutes": 30,
        "ticker.speed": 500,
        "ticker.headlines": 0,
        "storage.keep_days": 0,
        "storage.max_articles_per_feed": 0,
        "offline.image_cache_mb": 4096,
        "reader.confirm_mark_all_read_above": 0,
    }
    for key, value in values.items():
        spin = dialog.editor(key)
        assert isinstance(spin, QSpinBox)
        spin.setValue(value)
    for key in ("rates.official", "ticker.reduce_motion", "offline.images", "offline.full_text"):
        check = dialog.editor(key)
        assert isinstance(check, QCheckBox)
        check.setChecked(not check.isChecked())
    base = dialog.editor("rates.base")
    theme = dialog.editor("appearance.theme")
    assert isinstance(base, QLineEdit) and isinstance(theme, QComboBox)
    base.setText("usd")
    theme.setCurrentIndex(theme.findData("light"))

    with qtbot.waitSignal(dialog.settings_saved):
        dialog.accept()

    text = config_file.read_text(encoding="utf-8")
    assert "# Caravan at the Bishkek office — keep the som first." in text
    assert "interval_minutes = 5  # the proxy is slow" in text
    assert 'theme = "light"' in text
    config = load_config(config_file).config
    assert config.refresh.interval_minutes == 5
    assert (config.rates.interval_minutes, config.rates.base, config.rates.official) == (
        30,
        "USD",
        False,
    )
    assert (config.ticker.speed, config.ticker.headlines, config.ticker.reduce_motion) == (
        500,
        0,
        False,
    )
    assert (config.storage.keep_days, config.storage.max_articles_per_feed) == (0, 0)
    assert (config.offline.images, config.offline.image_cache_mb, config.offline.full_text) == (
        True,
        4096,
        True,
    )
    assert config.reader.confirm_mark_all_read_above == 0
    assert config.feeds == (
        FeedSetting(url="https://24.kg/rss/", title="24.kg — Кыргызстан", folder="News"),
    )


def test_the_mark_all_read_question_can_be_turned_off_on_the_reading_settings(qtbot, config_file):
    dialog = _dialog(qtbot, config_file)
    spin = dialog.editor("reader.confirm_mark_all_read_above")
    assert isinstance(spin, QSpinBox)
    page = next(
        dialog.pages.tabText(index)
        for index in range(dialog.pages.count())
        if dialog.pages.widget(index).isAncestorOf(spin)  # type: ignore[union-attr]
    )
    assert page == "Appearance"  # with "Mark an article read when it is opened"
    spin.setValue(0)
    assert spin.text() == "Never ask"
    assert dialog.changes() == {"reader.confirm_mark_all_read_above": 0}
    with qtbot.waitSignal(dialog.settings_saved) as saved:
        dialog.accept()
    assert saved.args[0].reader.confirm_mark_all_read_above == 0
    assert config_file.read_text(encoding="utf-8").startswith(
        "# Caravan at the Bishkek office — keep the som first."
    )


def test_changing_the_source_keeps_the_old_sources_mirror_for_it(qtbot, config_file):
    dialog = _dialog(qtbot, config_file)
    provider = dialog.editor("rates.provider")
    url = dialog.editor("rates.url")
    assert isinstance(provider, QComboBox) and isinstance(url, QLineEdit)
    provider.setCurrentIndex(provider.findData("cbu"))
    assert url.text() == "http://127.0.0.1:8765/cbu.json", "the new source's own override"
    provider.setCurrentIndex(provider.findData("ecb"))
    assert url.text() == ""

    with qtbot.waitSignal(dialog.settings_saved):
        dialog.accept()

    rates = load_config(config_file).config.rates
    assert rates.provider == "ecb"
    assert rates.url is None
    assert rates.url_for("ecb") is None
    assert rates.url_for("nbkr") == "http://127.0.0.1:8765/nbkr.xml"
    assert rates.url_for("cbu") == "http://127.0.0.1:8765/cbu.json"


def test_a_file_broken_since_the_dialog_opened_is_refused_and_kept(qtbot, config_file):
    dialog = _dialog(qtbot, config_file)
    broken = USER_FILE.replace("[ticker]", "[ticker").encode("utf-8")
    config_file.write_bytes(broken)
    speed = dialog.editor("ticker.speed")
    assert isinstance(speed, QSpinBox)
    speed.setValue(90)

    with qtbot.assertNotEmitted(dialog.settings_saved):
        dialog.accept()

    assert config_file.read_bytes() == broken
    assert dialog.isVisible()
    assert "is not valid TOML" in dialog.error.text()
    assert "left as it is" in dialog.error.text()


def test_a_file_broken_at_start_is_never_saved_over(qtbot, config_file):
    broken = USER_FILE.replace("[ticker]", "[ticker").encode("utf-8")
    config_file.write_bytes(broken)
    loaded = load_config(config_file)  # defaults in force, and no [[feeds]] from anywhere
    assert loaded.config.feeds == ()
    dialog = SettingsDialog(loaded.config, config_file)
    qtbot.addWidget(dialog)
    dialog.show()
    speed = dialog.editor("ticker.speed")
    assert isinstance(speed, QSpinBox)
    speed.setValue(90)

    with qtbot.assertNotEmitted(dialog.settings_saved):
        dialog.accept()

    assert config_file.read_bytes() == broken
    assert "is not valid TOML" in dialog.error.text()
    assert [copy.read_bytes() for copy in config_file.parent.glob("caravan.toml.broken-*")] == [
        broken
    ]
