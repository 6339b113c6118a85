"""save_settings on real files: only the keys asked for change, the rest of the file (comments,
unknown keys, [[feeds]], unicode) stays byte for byte, and a file that cannot be used as
written is refused and left exactly as it was."""

from __future__ import annotations

import difflib
import os
import stat
from pathlib import Path

import pytest

from desktop_app.config import RatesSettings, load_config
from desktop_app.config_writer import (
    InvalidSettingError,
    endpoint_changes,
    integer_range,
    save_settings,
)
from desktop_app.errors import ConfigError
from desktop_app.paths import resource_path

USER_FILE = """\
# My Caravan settings — Ташкент office
# (a note I keep at the top)

[refresh]
interval_minutes = 20  # twenty minutes is plenty

[rates]
provider = "cbu"
base = "USD"
pairs = ["KGS", "kzt"]  # som and tenge
interval_minutes = 60

[ticker]
speed = 60  # pixels per second
# headlines: not yet
colour = "teal"  # a key Caravan does not know: reported, but it is mine

[[feeds]]
url = "https://kun.uz/news/rss"
title = "Kun.uz — Ўзбекистон"
folder = "Новости"

[[feeds]]
url = "https://24.kg/rss/"
"""


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    path = tmp_path / "caravan.toml"
    path.write_text(USER_FILE, encoding="utf-8")
    return path


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))
    ]


def test_only_the_lines_of_changed_keys_change(user_file):
    save_settings(user_file, {"ticker.speed": 90, "rates.pairs": ["KGS", "USD/UZS"]})
    after = user_file.read_text(encoding="utf-8")
    assert changed_lines(USER_FILE, after) == [
        '-pairs = ["KGS", "kzt"]  # som and tenge',
        '+pairs = ["KGS", "USD/UZS"]  # som and tenge',
        "-speed = 60  # pixels per second",
        "+speed = 90  # pixels per second",
    ]


def test_comments_unknown_keys_and_feeds_survive_a_save(user_file):
    save_settings(user_file, {"refresh.interval_minutes": 45, "offline.images": False})
    after = user_file.read_text(encoding="utf-8")
    assert after.startswith(
        "# My Caravan settings — Ташкент office\n# (a note I keep at the top)\n"
    )
    assert "interval_minutes = 45  # twenty minutes is plenty" in after
    assert "# headlines: not yet\n" in after
    assert 'colour = "teal"  # a key Caravan does not know: reported, but it is mine' in after
    feeds_before = USER_FILE[USER_FILE.index("[[feeds]]") :]
    assert feeds_before in after, "the [[feeds]] tables are untouched, byte for byte"


def test_saved_values_are_what_load_config_returns(user_file):
    save_settings(
        user_file,
        {
            "refresh.interval_minutes": 15,
            "rates.provider": "nbk",
            "rates.base": "EUR",
            "rates.pairs": ("KZT", "USD/KGS"),
            "rates.interval_minutes": 120,
            "rates.url": "http://127.0.0.1:8765/rates.xml",
            "ticker.speed": 250,
            "ticker.reduce_motion": True,
            "ticker.headlines": 5,
            "storage.keep_days": 0,
            "storage.max_articles_per_feed": 500,
            "offline.images": False,
            "offline.image_cache_mb": 1024,
            "offline.full_text": False,
        },
    )
    loaded = load_config(user_file)
    config = loaded.config
    assert [problem for problem in loaded.problems if "colour" not in problem] == []
    assert config.refresh.interval_minutes == 15
    assert (config.rates.provider, config.rates.base) == ("nbk", "EUR")
    assert config.rates.pairs == ("KZT", "USD/KGS")
    assert config.rates.interval_minutes == 120
    assert config.rates.url == "http://127.0.0.1:8765/rates.xml"
    assert (config.ticker.speed, config.ticker.reduce_motion, config.ticker.headlines) == (
        250,
        True,
        5,
    )
    assert (config.storage.keep_days, config.storage.max_articles_per_feed) == (0, 500)
    assert (config.offline.images, config.offline.image_cache_mb) == (False, 1024)
    assert config.offline.full_text is False
    assert len(config.feeds) == 2


def test_missing_tables_are_created_after_the_existing_ones(user_file):
    save_settings(user_file, {"storage.keep_days": 30, "rates.urls.nbk": "https://mirror.test/"})
    after = user_file.read_text(encoding="utf-8")
    assert "[storage]\nkeep_days = 30\n" in after
    assert '[rates.urls]\nnbk = "https://mirror.test/"\n\n[ticker]\n' in after
    assert load_config(user_file).config.rates.urls == (("nbk", "https://mirror.test/"),)


def test_none_removes_a_key_and_nothing_else(user_file):
    save_settings(user_file, {"rates.url": "https://mirror.test/latest"})
    save_settings(user_file, {"rates.url": None, "storage.keep_days": None})
    assert user_file.read_text(encoding="utf-8") == USER_FILE


def test_unicode_and_a_byte_order_mark_are_kept(tmp_path):
    path = tmp_path / "caravan.toml"
    path.write_bytes(b"\xef\xbb\xbf" + USER_FILE.encode("utf-8"))
    save_settings(path, {"ticker.headlines": 3})
    after = path.read_bytes()
    assert after.startswith(b"\xef\xbb\xbf# My Caravan settings")
    text = after[3:].decode("utf-8")
    assert 'title = "Kun.uz — Ўзбекистон"\nfolder = "Новости"' in text
    assert load_config(path).config.feeds[0].folder == "Новости"


def test_windows_line_endings_are_kept(tmp_path):
    path = tmp_path / "caravan.toml"
    path.write_bytes(b"[ticker]\r\nspeed = 60\r\n# note\r\n")
    save_settings(path, {"ticker.speed": 75})
    assert path.read_bytes() == b"[ticker]\r\nspeed = 75\r\n# note\r\n"


def test_a_multiline_list_stays_one_item_a_line(tmp_path):
    path = tmp_path / "caravan.toml"
    path.write_text('[rates]\npairs = [\n    "KGS",\n    "KZT",\n]\n', encoding="utf-8")
    save_settings(path, {"rates.pairs": ["KGS", "UZS", "TJS"]})
    text = path.read_text(encoding="utf-8")
    assert '    "UZS",\n' in text
    assert load_config(path).config.rates.pairs == ("KGS", "UZS", "TJS")


def test_a_file_that_does_not_parse_is_refused_and_left_byte_identical(tmp_path):
    path = tmp_path / "caravan.toml"
    broken = b'# mine\n[ticker]\nspeed = 60\n[rates\npairs = ["KGS"]\n'
    path.write_bytes(broken)
    with pytest.raises(ConfigError, match="not valid TOML") as caught:
        save_settings(path, {"ticker.speed": 90})
    assert "left as it is" in str(caught.value)
    assert path.read_bytes() == broken
    assert sorted(p.name for p in tmp_path.iterdir()) == ["caravan.toml"]


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "caravan.toml"
    latin1 = "# Caf\xe9\n[ticker]\nspeed = 60\n".encode("latin-1")
    path.write_bytes(latin1)
    with pytest.raises(ConfigError, match="not valid TOML"):
        save_settings(path, {"ticker.speed": 90})
    assert path.read_bytes() == latin1


@pytest.mark.parametrize(
    ("changes", "reported"),
    [
        ({"ticker.speed": 5000}, "ticker.speed: must be between 5 and 1000"),
        ({"ticker.speed": "fast"}, "ticker.speed: must be a whole number"),
        ({"offline.images": "yes"}, "offline.images: must be true or false"),
        ({"rates.pairs": ["KGS", "EURO"]}, "rates.pairs: 'EURO' is not a three-letter currency"),
        ({"rates.pairs": ["USD/KGS/KZT"]}, "rates.pairs: 'USD/KGS/KZT' is not a pair"),
        ({"rates.base": "US"}, "rates.base: 'US' is not a three-letter currency code"),
        ({"rates.provider": "imf"}, "rates.provider: unknown provider 'imf'"),
        ({"rates.url": "ftp://mirror.test/"}, "rates.url: must be an http or https URL"),
        ({"rates.urls.imf": "https://imf.test/"}, "rates.urls.imf: unknown provider"),
        ({"ticker.sped": 90}, "ticker.sped: unknown key"),
        ({"colours.ticker": "teal"}, "colours: unknown key"),
        ({"appearance.theme": "sepia"}, "appearance.theme: must be one of system, light, dark"),
    ],
)
def test_a_value_load_config_would_not_take_is_refused(user_file, changes, reported):
    with pytest.raises(InvalidSettingError) as caught:
        save_settings(user_file, {"ticker.headlines": 2, **changes})
    assert reported in str(caught.value)
    assert "using" not in str(caught.value), "the loader's fallback is not what happens here"
    assert caught.value.problems[0][0] == reported.split(":")[0]
    assert user_file.read_text(encoding="utf-8") == USER_FILE


def test_problems_the_file_already_had_do_not_block_other_keys(tmp_path):
    path = tmp_path / "caravan.toml"
    path.write_text('[rates]\npairs = ["KGS", "SOMS"]\n[ticker]\nspeed = 60\n', encoding="utf-8")
    save_settings(path, {"ticker.speed": 80})
    assert load_config(path).config.ticker.speed == 80


def test_a_key_under_something_that_is_not_a_table_is_refused(tmp_path):
    path = tmp_path / "caravan.toml"
    path.write_text('ticker = "fast"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="ticker is not a table"):
        save_settings(path, {"ticker.speed": 80})
    assert path.read_text(encoding="utf-8") == 'ticker = "fast"\n'


def test_the_theme_is_written_to_a_new_appearance_table(user_file):
    assert load_config(user_file).config.appearance.theme == "system"
    save_settings(user_file, {"appearance.theme": "dark"})
    assert user_file.read_text(encoding="utf-8").endswith('\n[appearance]\ntheme = "dark"\n')
    assert load_config(user_file).config.appearance.theme == "dark"


def test_a_missing_file_starts_from_the_shipped_defaults(tmp_path):
    path = tmp_path / "new" / "caravan.toml"
    save_settings(path, {"ticker.speed": 120})
    defaults = resource_path("default_config.toml").read_text(encoding="utf-8")
    assert changed_lines(defaults, path.read_text(encoding="utf-8")) == [
        "-speed = 60",
        "+speed = 120",
    ]


def test_a_save_leaves_no_temporary_file_and_keeps_the_permissions(user_file):
    user_file.chmod(0o640)
    save_settings(user_file, {"ticker.speed": 90})
    assert [p.name for p in user_file.parent.iterdir()] == ["caravan.toml"]
    assert stat.S_IMODE(user_file.stat().st_mode) == 0o640


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(user_file, monkeypatch):
    def disk_full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ConfigError, match="No space left on device"):
        save_settings(user_file, {"ticker.speed": 90})
    assert user_file.read_text(encoding="utf-8") == USER_FILE
    assert [p.name for p in user_file.parent.iterdir()] == ["caravan.toml"]


def test_a_symbolic_link_is_written_through_and_stays_a_link(tmp_path, user_file):
    link = tmp_path / "link.toml"
    link.symlink_to(user_file)
    save_settings(link, {"ticker.speed": 90})
    assert link.is_symlink()
    assert load_config(user_file).config.ticker.speed == 90


def test_integer_ranges_are_config_py_own():
    # README, "Configuration": the documented ranges.
    assert integer_range("refresh.interval_minutes") == (1, 1440)
    assert integer_range("rates.interval_minutes") == (5, 1440)
    assert integer_range("ticker.speed") == (5, 1000)
    assert integer_range("ticker.headlines") == (0, 20)
    assert integer_range("offline.image_cache_mb") == (10, 1_000_000)
    with pytest.raises(KeyError):
        integer_range("ticker.reduce_motion")


def test_saving_the_values_already_there_does_not_touch_the_file(user_file):
    modified = user_file.stat().st_mtime_ns
    save_settings(user_file, {"ticker.speed": 60, "rates.base": "USD"})
    assert user_file.stat().st_mtime_ns == modified


def test_a_changed_source_moves_its_address_override_to_rates_urls(user_file):
    save_settings(user_file, {"rates.url": "https://mirror.test/cbu.json"})
    rates = load_config(user_file).config.rates
    changes = endpoint_changes(rates, "nbk", None)
    assert changes == {
        "rates.provider": "nbk",
        "rates.urls.cbu": "https://mirror.test/cbu.json",
        "rates.url": None,
    }
    save_settings(user_file, changes)
    rates = load_config(user_file).config.rates
    assert (rates.url_for("nbk"), rates.url_for("cbu")) == (None, "https://mirror.test/cbu.json")


def test_an_override_in_rates_urls_is_edited_where_it_is():
    rates = RatesSettings(provider="cbu", url="https://a.test/", urls=(("cbu", "https://b.test/"),))
    assert endpoint_changes(rates, "cbu", "https://b.test/") == {}
    assert endpoint_changes(rates, "cbu", "https://c.test/") == {
        "rates.urls.cbu": "https://c.test/"
    }
    # Emptied: neither address may stay in force, or the hidden rates.url would take over.
    assert endpoint_changes(rates, "cbu", None) == {"rates.urls.cbu": None, "rates.url": None}
