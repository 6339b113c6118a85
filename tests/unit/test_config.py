"""load_config on real files: defaults, every documented key, and every way a file can be wrong.

The rule under test (config.py, PRODUCT.md "Settings and files"): a broken file is reported,
backed up and replaced by defaults, never silently lost; a wrong key is reported and only that
key falls back to its default.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.config import (
    Config,
    FeedSetting,
    LoadedConfig,
    RatesSettings,
    RefreshSettings,
    TickerSettings,
    load_config,
)
from desktop_app.paths import resource_path

DEFAULT_FEED = FeedSetting(
    url="https://timesca.com/feed/", title="The Times of Central Asia", folder="Central Asia"
)


def load(tmp_path: Path, text: str) -> LoadedConfig:
    path = tmp_path / "caravan.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def problems_about(loaded: LoadedConfig, key: str) -> list[str]:
    return [problem for problem in loaded.problems if f": {key}: " in problem]


# --- a missing file -------------------------------------------------------------------------


def test_missing_file_is_created_from_the_shipped_defaults(tmp_path):
    path = tmp_path / "caravan.toml"
    loaded = load_config(path)
    assert path.read_bytes() == resource_path("default_config.toml").read_bytes()
    assert loaded.problems == ()
    assert loaded.backup is None


def test_missing_file_gives_the_default_settings(tmp_path):
    config = load_config(tmp_path / "caravan.toml").config
    assert config.refresh == RefreshSettings()
    assert config.rates == RatesSettings()
    assert config.ticker == TickerSettings()
    assert config.feeds == (DEFAULT_FEED,)


def test_missing_file_in_a_missing_directory_is_created_with_its_directory(tmp_path):
    path = tmp_path / "not" / "yet" / "caravan.toml"
    loaded = load_config(path)
    assert path.is_file()
    assert loaded.problems == ()


def test_shipped_defaults_match_the_dataclass_defaults(tmp_path):
    # The two places defaults live must agree, or "default" means two different things.
    config = load_config(tmp_path / "caravan.toml").config
    assert config.refresh.interval_minutes == 30
    assert config.rates.provider == "open-er-api"
    assert config.rates.url is None
    assert config.rates.base == "USD"
    assert config.rates.pairs == ("KGS", "KZT", "TJS", "UZS", "TMT")
    assert config.rates.interval_minutes == 60
    assert config.ticker.speed == 60


def test_empty_file_gives_defaults_and_no_feeds(tmp_path):
    loaded = load(tmp_path, "")
    assert loaded.problems == ()
    assert loaded.config == Config()


# --- every documented key -------------------------------------------------------------------


FULL_CONFIG = """
[refresh]
interval_minutes = 15

[rates]
provider = "open-er-api"
url = "http://127.0.0.1:8765/v6/latest/USD"
base = "EUR"
pairs = ["KGS", "USD/UZS", "kzt"]
interval_minutes = 120

[ticker]
speed = 90

[[feeds]]
url = "https://example.org/feed.xml"
title = "  Example  "
folder = " News "

[[feeds]]
url = "http://example.net/rss"
"""


def test_every_documented_key_is_read(tmp_path):
    loaded = load(tmp_path, FULL_CONFIG)
    assert loaded.problems == ()
    assert loaded.config == Config(
        refresh=RefreshSettings(interval_minutes=15),
        rates=RatesSettings(
            provider="open-er-api",
            url="http://127.0.0.1:8765/v6/latest/USD",
            base="EUR",
            pairs=("KGS", "USD/UZS", "KZT"),
            interval_minutes=120,
        ),
        ticker=TickerSettings(speed=90),
        feeds=(
            FeedSetting(url="https://example.org/feed.xml", title="Example", folder="News"),
            FeedSetting(url="http://example.net/rss"),
        ),
    )


def test_keys_left_out_take_their_defaults(tmp_path):
    loaded = load(tmp_path, "[ticker]\nspeed = 120\n")
    assert loaded.problems == ()
    assert loaded.config.ticker.speed == 120
    assert loaded.config.refresh == RefreshSettings()
    assert loaded.config.rates == RatesSettings()
    assert loaded.config.feeds == ()


def test_mark_all_read_asks_above_100_articles_unless_told_never_to(tmp_path):
    assert load(tmp_path, "").config.reader.confirm_mark_all_read_above == 100
    loaded = load(tmp_path, "[reader]\nconfirm_mark_all_read_above = 0\n")
    assert loaded.problems == ()
    assert loaded.config.reader.confirm_mark_all_read_above == 0


def test_limits_of_allowed_ranges_are_accepted(tmp_path):
    loaded = load(
        tmp_path,
        "[refresh]\ninterval_minutes = 1\n[rates]\ninterval_minutes = 1440\n[ticker]\nspeed = 5\n",
    )
    assert loaded.problems == ()
    assert loaded.config.refresh.interval_minutes == 1
    assert loaded.config.rates.interval_minutes == 1440
    assert loaded.config.ticker.speed == 5


def test_file_with_utf8_byte_order_mark_is_read(tmp_path):
    # Windows editors may save UTF-8 with a BOM; that is a valid file, not a broken one.
    path = tmp_path / "caravan.toml"
    path.write_bytes(b"\xef\xbb\xbf[ticker]\nspeed = 42\n")
    loaded = load_config(path)
    assert loaded.problems == ()
    assert loaded.backup is None
    assert loaded.config.ticker.speed == 42


# --- a file that does not parse -------------------------------------------------------------


BROKEN = b'[ticker]\nspeed = 90\n[rates\npairs = ["KGS"\n'


def test_invalid_toml_is_reported_and_defaults_are_used(tmp_path):
    path = tmp_path / "caravan.toml"
    path.write_bytes(BROKEN)
    loaded = load_config(path)
    assert len(loaded.problems) == 1
    message = loaded.problems[0]
    assert str(path) in message
    assert "using defaults" in message
    assert loaded.config.ticker == TickerSettings()  # not the file's 90
    assert loaded.config.rates == RatesSettings()
    assert loaded.config.feeds == (), "the defaults' feeds would be subscribed for good"


def test_invalid_toml_is_backed_up_next_to_it_with_the_original_bytes(tmp_path):
    path = tmp_path / "caravan.toml"
    path.write_bytes(BROKEN)
    loaded = load_config(path)
    assert loaded.backup is not None
    assert loaded.backup.parent == path.parent
    assert loaded.backup.name.startswith("caravan.toml.broken-")
    assert loaded.backup.read_bytes() == BROKEN
    assert str(loaded.backup) in loaded.problems[0]
    assert [p.name for p in tmp_path.glob("caravan.toml.broken-*")] == [loaded.backup.name]


def test_a_second_broken_start_keeps_the_first_backup(tmp_path):
    path = tmp_path / "caravan.toml"
    path.write_bytes(BROKEN)
    first = load_config(path).backup
    path.write_bytes(BROKEN + b"# edited again\n")
    second = load_config(path).backup
    assert first is not None and second is not None and first != second
    assert first.read_bytes() == BROKEN
    assert second.read_bytes() == BROKEN + b"# edited again\n"


def test_the_same_broken_file_met_at_every_start_is_copied_once(tmp_path):
    path = tmp_path / "caravan.toml"
    path.write_bytes(BROKEN)
    backups = {load_config(path).backup for _ in range(3)}
    assert len(backups) == 1
    (backup,) = backups
    assert backup is not None
    assert [p.name for p in tmp_path.glob("caravan.toml.broken-*")] == [backup.name]


def test_a_copy_taken_by_an_earlier_version_counts_as_the_copy(tmp_path):
    path = tmp_path / "caravan.toml"
    path.write_bytes(BROKEN)
    earlier = tmp_path / "caravan.toml.broken-20250101-120000"
    earlier.write_bytes(BROKEN)
    assert load_config(path).backup == earlier
    assert list(tmp_path.glob("caravan.toml.broken-*")) == [earlier]


def test_a_copy_the_user_edited_is_not_overwritten(tmp_path):
    path = tmp_path / "caravan.toml"
    path.write_bytes(BROKEN)
    first = load_config(path).backup
    assert first is not None
    first.write_bytes(b"# my notes\n")
    second = load_config(path).backup
    assert second is not None and second != first
    assert first.read_bytes() == b"# my notes\n"
    assert second.read_bytes() == BROKEN


def test_the_copy_of_a_private_file_stays_private(tmp_path):
    path = tmp_path / "caravan.toml"
    path.write_bytes(BROKEN)
    path.chmod(0o600)
    backup = load_config(path).backup
    assert backup is not None
    assert backup.stat().st_mode & 0o777 == 0o600


def test_invalid_toml_leaves_the_original_file_untouched(tmp_path):
    path = tmp_path / "caravan.toml"
    path.write_bytes(BROKEN)
    load_config(path)
    assert path.read_bytes() == BROKEN


def test_file_that_is_not_utf8_is_treated_as_broken(tmp_path):
    path = tmp_path / "caravan.toml"
    original = '[[feeds]]\nurl = "https://example.org/"\ntitle = "Caf\xe9"\n'.encode("latin-1")
    path.write_bytes(original)
    loaded = load_config(path)
    assert len(loaded.problems) == 1
    assert loaded.backup is not None
    assert loaded.backup.read_bytes() == original
    assert path.read_bytes() == original
    assert loaded.config.feeds == ()


# --- wrong types and out-of-range values ----------------------------------------------------


@pytest.mark.parametrize(
    ("table", "key", "written", "default"),
    [
        ("refresh", "interval_minutes", '"30"', 30),
        ("refresh", "interval_minutes", "12.5", 30),
        ("refresh", "interval_minutes", "true", 30),
        ("rates", "interval_minutes", "[60]", 60),
        ("ticker", "speed", '"fast"', 60),
        ("ticker", "speed", "false", 60),
        ("reader", "confirm_mark_all_read_above", '"100"', 100),
        ("reader", "confirm_mark_all_read_above", "true", 100),
    ],
)
def test_number_of_wrong_type_is_reported_and_takes_its_default(
    tmp_path, table, key, written, default
):
    loaded = load(tmp_path, f"[{table}]\n{key} = {written}\n")
    (problem,) = loaded.problems
    assert f"{table}.{key}" in problem
    assert "whole number" in problem
    assert getattr(getattr(loaded.config, table), key) == default


@pytest.mark.parametrize(
    ("table", "key", "written", "clamped"),
    [
        ("refresh", "interval_minutes", 0, 1),
        ("refresh", "interval_minutes", -5, 1),
        ("refresh", "interval_minutes", 100000, 1440),
        ("rates", "interval_minutes", 1, 5),
        ("rates", "interval_minutes", 10000, 1440),
        ("ticker", "speed", 0, 5),
        ("ticker", "speed", 5000, 1000),
        ("reader", "confirm_mark_all_read_above", -1, 0),
    ],
)
def test_number_out_of_range_is_reported_and_clamped(tmp_path, table, key, written, clamped):
    loaded = load(tmp_path, f"[{table}]\n{key} = {written}\n")
    (problem,) = loaded.problems
    assert f"{table}.{key}" in problem
    assert f"using {clamped}" in problem
    assert getattr(getattr(loaded.config, table), key) == clamped


def test_wrong_key_falls_back_alone_and_the_other_keys_keep_their_values(tmp_path):
    loaded = load(
        tmp_path,
        """
[refresh]
interval_minutes = "often"
[rates]
base = "EUR"
pairs = ["KGS", "USD/UZS"]
interval_minutes = 0
[ticker]
speed = 120
[[feeds]]
url = "https://example.org/feed"
""",
    )
    assert len(loaded.problems) == 2
    assert problems_about(loaded, "refresh.interval_minutes")
    assert problems_about(loaded, "rates.interval_minutes")
    config = loaded.config
    assert config.refresh.interval_minutes == 30
    assert config.rates.interval_minutes == 5
    assert config.rates.base == "EUR"
    assert config.rates.pairs == ("KGS", "USD/UZS")
    assert config.ticker.speed == 120
    assert config.feeds == (FeedSetting("https://example.org/feed"),)


def test_table_written_as_a_value_is_reported_and_its_keys_take_defaults(tmp_path):
    loaded = load(tmp_path, 'refresh = 15\nticker = "fast"\n')
    assert problems_about(loaded, "refresh")
    assert problems_about(loaded, "ticker")
    assert loaded.config.refresh == RefreshSettings()
    assert loaded.config.ticker == TickerSettings()


def test_unknown_provider_is_reported_and_the_default_used(tmp_path):
    loaded = load(tmp_path, '[rates]\nprovider = "yahoo"\n')
    (problem,) = problems_about(loaded, "rates.provider")
    assert "yahoo" in problem
    assert loaded.config.rates.provider == "open-er-api"


def test_provider_of_wrong_type_is_reported_and_the_default_used(tmp_path):
    loaded = load(tmp_path, "[rates]\nprovider = 1\n")
    assert problems_about(loaded, "rates.provider")
    assert loaded.config.rates.provider == "open-er-api"


@pytest.mark.parametrize(
    "url",
    [
        '"ftp://example.org/rates"',
        '"file:///etc/passwd"',
        '"open.er-api.com/v6"',
        "42",
        '"https:"',
        '"http://[::1"',
    ],
)
def test_rates_url_that_is_not_http_is_reported_and_ignored(tmp_path, url):
    loaded = load(tmp_path, f"[rates]\nurl = {url}\n")
    (problem,) = loaded.problems
    assert "rates.url" in problem
    assert loaded.config.rates.url is None


def test_ipv6_literal_url_is_accepted(tmp_path):
    loaded = load(tmp_path, '[rates]\nurl = "http://[::1]:8765/latest"\n')
    assert loaded.problems == ()
    assert loaded.config.rates.url == "http://[::1]:8765/latest"


def test_base_currency_is_upper_cased(tmp_path):
    assert load(tmp_path, '[rates]\nbase = "kzt"\n').config.rates.base == "KZT"


@pytest.mark.parametrize("base", ['"DOLLAR"', '"US"', '"U$D"', '"ДОЛ"', "840"])
def test_bad_base_currency_is_reported_and_usd_used(tmp_path, base):
    loaded = load(tmp_path, f"[rates]\nbase = {base}\n")
    (problem,) = loaded.problems
    assert "rates.base" in problem
    assert "three-letter" in problem
    assert loaded.config.rates.base == "USD"


# --- pairs ----------------------------------------------------------------------------------


def test_inverted_pair_is_accepted_as_written(tmp_path):
    loaded = load(tmp_path, '[rates]\npairs = ["USD/UZS", "usd/kgs", "KGS/KZT"]\n')
    assert loaded.problems == ()
    assert loaded.config.rates.pairs == ("USD/UZS", "USD/KGS", "KGS/KZT")


def test_bad_codes_in_pairs_are_reported_and_the_good_pairs_kept(tmp_path):
    loaded = load(tmp_path, '[rates]\npairs = ["KGS", "SOMONI", "US/UZS", "USD/", 5, "TMT"]\n')
    problems = problems_about(loaded, "rates.pairs")
    assert len(problems) == 4
    assert any("'SOMONI'" in problem for problem in problems)
    assert any("'US'" in problem for problem in problems)
    assert any("''" in problem for problem in problems)
    assert any("5 " in problem for problem in problems)
    assert loaded.config.rates.pairs == ("KGS", "TMT")


def test_pair_of_three_codes_is_reported_not_dropped_silently(tmp_path):
    loaded = load(tmp_path, '[rates]\npairs = ["KGS", "USD/UZS/KZT"]\n')
    (problem,) = problems_about(loaded, "rates.pairs")
    assert "USD/UZS/KZT" in problem
    assert loaded.config.rates.pairs == ("KGS",)


def test_pairs_that_are_not_a_list_are_reported_and_defaults_used(tmp_path):
    loaded = load(tmp_path, '[rates]\npairs = "KGS, KZT"\n')
    assert problems_about(loaded, "rates.pairs")
    assert loaded.config.rates.pairs == RatesSettings().pairs


# --- unknown keys ---------------------------------------------------------------------------


def test_unknown_keys_are_reported_at_every_level(tmp_path):
    loaded = load(
        tmp_path,
        """
colour = "red"
[refresh]
interval_minutes = 20
every = 5
[rates]
source = "ecb"
[ticker]
speed = 70
direction = "left"
[[feeds]]
url = "https://example.org/feed"
tags = ["a"]
[appearance]
theme = "dark"
shade = "blue"
""",
    )
    for key in (
        "colour",
        "appearance.shade",
        "refresh.every",
        "rates.source",
        "ticker.direction",
        "feeds[1].tags",
    ):
        (problem,) = problems_about(loaded, key)
        assert "unknown key" in problem
    assert len(loaded.problems) == 6
    # The known keys beside them still count.
    assert loaded.config.refresh.interval_minutes == 20
    assert loaded.config.ticker.speed == 70
    assert loaded.config.feeds == (FeedSetting("https://example.org/feed"),)


def test_problems_name_the_file(tmp_path):
    loaded = load(tmp_path, "colour = 1\n")
    (problem,) = loaded.problems
    assert problem.startswith(f"{tmp_path / 'caravan.toml'}: colour: ")


# --- feeds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "file:///home/me/feed.xml",
        "javascript:alert(1)",
        "ftp://example.org/feed.xml",
        "feed://example.org/rss",
        "example.org/rss",
        "",
        "https://",
        "http://[oops/feed",  # urlsplit raises ValueError on this: must not crash the load
    ],
)
def test_feed_with_non_http_url_is_ignored_with_a_message(tmp_path, url):
    loaded = load(
        tmp_path,
        f'[[feeds]]\nurl = "{url}"\n[[feeds]]\nurl = "https://example.org/ok"\n',
    )
    (problem,) = loaded.problems
    assert "feeds[1].url" in problem
    assert "http" in problem
    assert loaded.config.feeds == (FeedSetting("https://example.org/ok"),)


def test_feed_without_url_is_ignored_with_a_message(tmp_path):
    loaded = load(
        tmp_path,
        '[[feeds]]\ntitle = "No address"\n[[feeds]]\nurl = "https://example.org/ok"\n',
    )
    (problem,) = loaded.problems
    assert "feeds[1].url" in problem
    assert loaded.config.feeds == (FeedSetting("https://example.org/ok"),)


def test_feed_title_of_wrong_type_is_reported_and_only_the_title_dropped(tmp_path):
    loaded = load(tmp_path, '[[feeds]]\nurl = "https://example.org/f"\ntitle = 7\nfolder = "A"\n')
    (problem,) = loaded.problems
    assert "feeds[1].title" in problem
    assert loaded.config.feeds == (FeedSetting("https://example.org/f", title="", folder="A"),)


def test_feed_folder_of_wrong_type_is_reported_and_only_the_folder_dropped(tmp_path):
    loaded = load(
        tmp_path, '[[feeds]]\nurl = "https://example.org/f"\ntitle = "T"\nfolder = ["A"]\n'
    )
    (problem,) = loaded.problems
    assert "feeds[1].folder" in problem
    assert loaded.config.feeds == (FeedSetting("https://example.org/f", title="T", folder=""),)


def test_feeds_written_as_a_single_table_are_reported_and_ignored(tmp_path):
    loaded = load(tmp_path, '[feeds]\nurl = "https://example.org/f"\n')
    assert problems_about(loaded, "feeds")
    assert loaded.config.feeds == ()


def test_feed_entry_that_is_not_a_table_is_reported(tmp_path):
    loaded = load(tmp_path, 'feeds = ["https://example.org/f", {url = "https://example.org/g"}]\n')
    assert problems_about(loaded, "feeds[1]")
    assert loaded.config.feeds == (FeedSetting("https://example.org/g"),)


def test_feeds_keep_the_order_of_the_file(tmp_path):
    text = "".join(f'[[feeds]]\nurl = "https://example.org/{n}"\n' for n in range(5))
    feeds = load(tmp_path, text).config.feeds
    assert [feed.url for feed in feeds] == [f"https://example.org/{n}" for n in range(5)]


def test_the_theme_is_system_light_or_dark_and_anything_else_falls_back(tmp_path):
    assert load(tmp_path, '[appearance]\ntheme = "dark"\n').config.appearance.theme == "dark"
    loaded = load(tmp_path, '[appearance]\ntheme = "purple"\n')
    assert loaded.config.appearance.theme == "system"
    (problem,) = problems_about(loaded, "appearance.theme")
    assert "system, light, dark" in problem
