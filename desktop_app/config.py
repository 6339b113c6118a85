"""Typed settings read from a TOML file; defaults ship in ``resources/default_config.toml``.

A file that does not parse is reported, copied aside (once per distinct content) and replaced
by defaults in memory — without the defaults' ``[[feeds]]``, so that a typo subscribes to
nothing; a key with a wrong type or an unknown key is reported and that key alone falls back
to its default. The user's file is never rewritten here, and nothing is logged: the caller
reports ``problems`` once, where the user looks.
"""

from __future__ import annotations

import logging
import os
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from desktop_app.paths import resource_path
from desktop_app.rates.providers import PROVIDER_NAMES

log = logging.getLogger(__name__)

RATE_PROVIDERS = PROVIDER_NAMES


@dataclass(frozen=True, slots=True)
class FeedSetting:
    url: str
    title: str = ""
    folder: str = ""


@dataclass(frozen=True, slots=True)
class RefreshSettings:
    interval_minutes: int = 30


@dataclass(frozen=True, slots=True)
class RatesSettings:
    provider: str = "open-er-api"
    url: str | None = None
    base: str = "USD"
    pairs: tuple[str, ...] = ("KGS", "KZT", "TJS", "UZS", "TMT")
    interval_minutes: int = 60
    urls: tuple[tuple[str, str], ...] = ()  # per-provider endpoint overrides ([rates.urls])
    official: bool = False  # each Central Asian currency from its own central bank

    def url_for(self, provider: str) -> str | None:
        """The endpoint override for ``provider``: [rates.urls], else rates.url for the
        configured provider."""
        overrides = dict(self.urls)
        if provider in overrides:
            return overrides[provider]
        return self.url if provider == self.provider else None


@dataclass(frozen=True, slots=True)
class TickerSettings:
    speed: int = 60
    # Still pages that turn, instead of scrolling; None (unset): the desktop's preference
    # decides, read by the window (desktop_app.ui.motion), never by the command line.
    reduce_motion: bool | None = None
    headlines: int = 0  # newest unread article titles shown between the rates


@dataclass(frozen=True, slots=True)
class StorageSettings:
    keep_days: int = 90
    max_articles_per_feed: int = 2000


@dataclass(frozen=True, slots=True)
class OfflineSettings:
    images: bool = True  # download the images of new articles into the cache
    image_cache_mb: int = 500  # least recently shown images go beyond this
    full_text: bool = True  # fetch the article page for teasers (per-feed settings override)


@dataclass(frozen=True, slots=True)
class ReaderSettings:
    mark_read_on_open: bool = True  # an article opened in the reader counts as read
    # "Mark all as read" asks first when it would mark more articles than this (0: never asks).
    confirm_mark_all_read_above: int = 100


@dataclass(frozen=True, slots=True)
class NotificationSettings:
    new_articles: bool = False  # a desktop notification when a refresh brings new articles


THEMES = ("system", "light", "dark")
# The interface's language: the desktop's, or one of those Caravan is translated into.
LANGUAGE_SETTINGS = ("system", "en", "ru", "kk", "uz")


@dataclass(frozen=True, slots=True)
class AppearanceSettings:
    theme: str = "system"  # the window's colours: follow the desktop, or force light / dark
    language: str = "system"  # the interface's language (desktop_app/i18n.py)


@dataclass(frozen=True, slots=True)
class Config:
    refresh: RefreshSettings = field(default_factory=RefreshSettings)
    storage: StorageSettings = field(default_factory=StorageSettings)
    rates: RatesSettings = field(default_factory=RatesSettings)
    ticker: TickerSettings = field(default_factory=TickerSettings)
    offline: OfflineSettings = field(default_factory=OfflineSettings)
    appearance: AppearanceSettings = field(default_factory=AppearanceSettings)
    notifications: NotificationSettings = field(default_factory=NotificationSettings)
    reader: ReaderSettings = field(default_factory=ReaderSettings)
    feeds: tuple[FeedSetting, ...] = ()


@dataclass(frozen=True, slots=True)
class LoadedConfig:
    """The settings in force and what was wrong with the file, in words for the user."""

    config: Config
    problems: tuple[str, ...] = ()
    backup: Path | None = None


class Problems:
    """What is wrong with a configuration document, key by key, in words for the user (the
    settings dialog's writer checks a document before saving with the same rules)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.items: list[str] = []

    def add(self, key: str, message: str) -> None:
        self.items.append(f"{self.source}: {key}: {message}")


def load_config(path: Path) -> LoadedConfig:
    """Read ``path``; create it from the shipped defaults when it does not exist yet."""
    defaults_file = resource_path("default_config.toml")
    if not path.exists():
        _install_defaults(defaults_file, path)
    raw: bytes | None = None
    try:
        raw = path.read_bytes() if path.exists() else defaults_file.read_bytes()
        document = tomllib.loads(raw.decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        message = (
            f"{path}: cannot read the configuration ({error}); using defaults until it is "
            "corrected, and changing none of your subscriptions"
        )
        backup = None
        if raw is not None:
            try:
                backup = _back_up(path, raw)
            except OSError as copy_error:
                message += f"; it could not be copied aside ({copy_error.strerror or copy_error})"
            else:
                message += f"; a copy of it is kept at {backup}"
        defaults = tomllib.loads(defaults_file.read_text("utf-8"))
        # The defaults' [[feeds]] are a first start's suggestion: applied for a file that
        # does not parse, they would subscribe the user to them for good.
        defaults.pop("feeds", None)
        config = build_config(defaults, Problems(str(defaults_file)))
        return LoadedConfig(config, (message,), backup)
    problems = Problems(str(path))
    config = build_config(document, problems)
    return LoadedConfig(config, tuple(problems.items))


def _install_defaults(defaults_file: Path, path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("xb") as created:  # "x": a file that appeared meanwhile is the user's
            created.write(defaults_file.read_bytes())
    except FileExistsError:
        pass
    except OSError as error:
        log.warning("cannot create %s (%s); running on defaults", path, error)


def _back_up(path: Path, content: bytes) -> Path:
    """A copy of the broken ``content`` next to ``path``, named by a digest of it: the same
    broken file met at every start is copied once. Never overwrites a file."""
    import glob
    import hashlib  # loads OpenSSL: only for a broken file

    for existing in path.parent.glob(f"{glob.escape(path.name)}.broken-*"):
        try:
            if existing.stat().st_size == len(content) and existing.read_bytes() == content:
                return existing
        except OSError:
            continue  # unreadable: not the copy we look for
    stem = f"{path.name}.broken-{hashlib.sha256(content).hexdigest()[:12]}"
    mode = stat.S_IMODE(path.stat().st_mode)  # a file that holds an API key stays private
    backup, number = path.with_name(stem), 1
    while True:
        try:
            descriptor = os.open(backup, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        except FileExistsError:  # a copy the user edited since: keep it
            number += 1
            backup = path.with_name(f"{stem}-{number}")
            continue
        try:
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(content)
        except OSError:
            backup.unlink(missing_ok=True)  # no half copy to be taken for the whole one
            raise
        return backup


def build_config(document: dict[str, Any], problems: Problems) -> Config:
    """The settings of a parsed TOML document; a bad key is reported and takes its default."""
    known = {
        "refresh", "rates", "ticker", "feeds", "storage", "offline", "appearance", "notifications",
        "reader",
    }  # fmt: skip
    for key in document.keys() - known:
        problems.add(key, "unknown key, ignored")
    refresh = _table(document, "refresh", problems)
    rates = _table(document, "rates", problems)
    ticker = _table(document, "ticker", problems)
    storage = _table(document, "storage", problems)
    offline = _table(document, "offline", problems)
    _unknown_keys(offline, "offline", {"images", "image_cache_mb", "full_text"}, problems)
    reader = _table(document, "reader", problems)
    _unknown_keys(reader, "reader", {"mark_read_on_open", "confirm_mark_all_read_above"}, problems)
    notifications = _table(document, "notifications", problems)
    _unknown_keys(notifications, "notifications", {"new_articles"}, problems)
    appearance = _table(document, "appearance", problems)
    _unknown_keys(appearance, "appearance", {"theme", "language"}, problems)
    theme = _string(appearance, "appearance.theme", "system", problems)
    if theme not in THEMES:
        problems.add("appearance.theme", f"must be one of {', '.join(THEMES)}, using system")
        theme = "system"
    language = _string(appearance, "appearance.language", "system", problems)
    if language not in LANGUAGE_SETTINGS:
        problems.add(
            "appearance.language",
            f"must be one of {', '.join(LANGUAGE_SETTINGS)}, using system",
        )
        language = "system"
    _unknown_keys(storage, "storage", {"keep_days", "max_articles_per_feed"}, problems)
    _unknown_keys(refresh, "refresh", {"interval_minutes"}, problems)
    _unknown_keys(
        rates,
        "rates",
        {"provider", "url", "urls", "base", "pairs", "interval_minutes", "official"},
        problems,
    )
    _unknown_keys(ticker, "ticker", {"speed", "reduce_motion", "headlines"}, problems)
    default_rates = RatesSettings()
    provider = _string(rates, "rates.provider", default_rates.provider, problems)
    if provider not in RATE_PROVIDERS:
        problems.add(
            "rates.provider",
            f"unknown provider {provider!r} (known: {', '.join(RATE_PROVIDERS)}); "
            "using open-er-api",
        )
        provider = default_rates.provider
    base = _currency(rates.get("base", default_rates.base), "rates.base", problems) or "USD"
    return Config(
        refresh=RefreshSettings(
            interval_minutes=_int(refresh, "refresh.interval_minutes", 30, 1, 24 * 60, problems)
        ),
        rates=RatesSettings(
            provider=provider,
            url=_url(rates.get("url"), "rates.url", problems),
            urls=_provider_urls(rates.get("urls", {}), problems),
            base=base,
            pairs=_pairs(rates.get("pairs", list(default_rates.pairs)), problems),
            interval_minutes=_int(rates, "rates.interval_minutes", 60, 5, 24 * 60, problems),
            official=_bool(rates, "rates.official", False, problems),
        ),
        ticker=TickerSettings(
            speed=_int(ticker, "ticker.speed", 60, 5, 1000, problems),
            reduce_motion=(
                _bool(ticker, "ticker.reduce_motion", False, problems)
                if "reduce_motion" in ticker
                else None
            ),
            headlines=_int(ticker, "ticker.headlines", 0, 0, 20, problems),
        ),
        storage=StorageSettings(
            keep_days=_int(storage, "storage.keep_days", 90, 0, 36500, problems),
            max_articles_per_feed=_int(
                storage, "storage.max_articles_per_feed", 2000, 0, 1_000_000, problems
            ),
        ),
        offline=OfflineSettings(
            images=_bool(offline, "offline.images", True, problems),
            image_cache_mb=_int(offline, "offline.image_cache_mb", 500, 10, 1_000_000, problems),
            full_text=_bool(offline, "offline.full_text", True, problems),
        ),
        appearance=AppearanceSettings(theme=theme, language=language),
        reader=ReaderSettings(
            mark_read_on_open=_bool(reader, "reader.mark_read_on_open", True, problems),
            confirm_mark_all_read_above=_int(
                reader, "reader.confirm_mark_all_read_above", 100, 0, 1_000_000, problems
            ),
        ),
        notifications=NotificationSettings(
            new_articles=_bool(notifications, "notifications.new_articles", False, problems)
        ),
        feeds=_feeds(document.get("feeds", []), problems),
    )


def _table(document: dict[str, Any], key: str, problems: Problems) -> dict[str, Any]:
    value = document.get(key, {})
    if not isinstance(value, dict):
        problems.add(key, "must be a table like [" + key + "], using defaults")
        return {}
    return value


def _unknown_keys(table: dict[str, Any], name: str, allowed: set[str], problems: Problems) -> None:
    for key in sorted(table.keys() - allowed):
        problems.add(f"{name}.{key}", "unknown key, ignored")


def _string(table: dict[str, Any], key: str, default: str, problems: Problems) -> str:
    value = table.get(key.rsplit(".", 1)[1], default)
    if not isinstance(value, str):
        problems.add(key, f"must be a string, using {default!r}")
        return default
    return value


def _int(
    table: dict[str, Any],
    key: str,
    default: int,
    minimum: int,
    maximum: int,
    problems: Problems,
) -> int:
    value = table.get(key.rsplit(".", 1)[1], default)
    if isinstance(value, bool) or not isinstance(value, int):
        problems.add(key, f"must be a whole number, using {default}")
        return default
    if not minimum <= value <= maximum:
        clamped = min(max(value, minimum), maximum)
        problems.add(key, f"must be between {minimum} and {maximum}, using {clamped}")
        return clamped
    return value


def _bool(table: dict[str, Any], key: str, default: bool, problems: Problems) -> bool:
    value = table.get(key.rsplit(".", 1)[1], default)
    if not isinstance(value, bool):
        problems.add(key, f"must be true or false, using {str(default).lower()}")
        return default
    return value


def _url(value: object, key: str, problems: Problems) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _is_web_url(value):
        problems.add(key, "must be an http or https URL, ignored")
        return None
    return value


def _is_web_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
    except ValueError:  # e.g. an unclosed "[" in the host
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _provider_urls(value: object, problems: Problems) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        problems.add("rates.urls", "must be a table of provider = url, ignored")
        return ()
    urls = []
    for name, url in value.items():
        if name not in RATE_PROVIDERS:
            problems.add(f"rates.urls.{name}", "unknown provider, ignored")
            continue
        checked = _url(url, f"rates.urls.{name}", problems)
        if checked:
            urls.append((name, checked))
    return tuple(urls)


def _currency(value: object, key: str, problems: Problems) -> str | None:
    if isinstance(value, str) and len(value) == 3 and value.isascii() and value.isalpha():
        return value.upper()
    problems.add(key, f"{value!r} is not a three-letter currency code")
    return None


def _pairs(value: object, problems: Problems) -> tuple[str, ...]:
    if not isinstance(value, list):
        problems.add("rates.pairs", "must be a list of currency codes, using defaults")
        return RatesSettings().pairs
    pairs: list[str] = []
    for item in value:
        parts = item.split("/") if isinstance(item, str) else [item]
        if len(parts) > 2:
            problems.add("rates.pairs", f"{item!r} is not a pair like 'USD/UZS'")
            continue
        codes = [_currency(part, "rates.pairs", problems) for part in parts]
        if all(codes):
            pairs.append("/".join(code for code in codes if code))
    return tuple(pairs)


def _feeds(value: object, problems: Problems) -> tuple[FeedSetting, ...]:
    if not isinstance(value, list):
        problems.add("feeds", "must be a list of [[feeds]] tables, ignored")
        return ()
    feeds: list[FeedSetting] = []
    for index, item in enumerate(value, start=1):
        key = f"feeds[{index}]"
        if not isinstance(item, dict):
            problems.add(key, "must be a table with a url, ignored")
            continue
        _unknown_keys(item, key, {"url", "title", "folder"}, problems)
        if "url" not in item:
            problems.add(f"{key}.url", "missing, the feed is ignored")
            continue
        url = _url(item["url"], f"{key}.url", problems)
        if url is None:
            continue
        title = _string(item, f"{key}.title", "", problems)
        folder = _string(item, f"{key}.folder", "", problems)
        feeds.append(FeedSetting(url=url, title=title.strip(), folder=folder.strip()))
    return tuple(feeds)
