"""Write settings back into the user's TOML file, changing only the keys asked for.

The file is edited with tomlkit, which keeps comments, blank lines, key order and every table
not touched (``[[feeds]]`` included). The edited text is checked with the rules load_config
applies (config.py's builder) before anything is written, then written atomically: a temporary
file in the same directory, flushed to disk and renamed over the old one, so a crash leaves the
old file or the new one, never half of one. A file that does not parse is refused rather than
replaced: the user's file is never overwritten silently.
"""

from __future__ import annotations

import codecs
import logging
import os
import re
import stat
import tempfile
import tomllib
from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import Array, Table

from desktop_app.config import Problems, RatesSettings, build_config
from desktop_app.errors import ConfigError
from desktop_app.paths import resource_path

log = logging.getLogger(__name__)

# config.py's messages say what the loader falls back to; here nothing is written instead.
_FALLBACK = re.compile(r"[,;] (using .*|ignored)$")


class InvalidSettingError(ConfigError):
    """A value breaks a rule of the configuration; ``problems`` holds (key, message) pairs."""

    def __init__(self, message: str, problems: tuple[tuple[str, str], ...]) -> None:
        super().__init__(message)
        self.problems = problems


def save_settings(path: Path, changes: Mapping[str, object]) -> None:
    """Set each dotted key of ``changes`` (``"ticker.speed"``, ``"rates.urls.cbu"``) in the
    file at ``path``, creating missing tables; ``None`` removes a key. A missing file starts
    from the shipped defaults. A symbolic link is followed, and stays a link.

    Raises ConfigError, leaving the file as it was, when the file does not parse or cannot be
    written, and InvalidSettingError when a value breaks a rule load_config checks.
    """
    target = path.resolve()
    text, byte_order_mark = _read(target)
    document = _parse(text, path)
    created: list[Table] = []
    for key, value in changes.items():
        _apply(document, key, value, path, created)
    for table in created:
        table.add(tomlkit.nl())  # a blank line before the table that follows, as around the rest
    edited = document.as_string()
    _check(edited, changes, path)
    if edited == text and target.exists():
        return  # every value was already the one asked for
    _write_atomically(target, byte_order_mark + edited.encode("utf-8"))
    log.info("saved %s to %s", ", ".join(sorted(changes)), path)


def endpoint_changes(rates: RatesSettings, provider: str, url: str | None) -> dict[str, object]:
    """The keys to write when the rate source becomes ``provider`` with the endpoint override
    ``url`` (None: the source's own address), from the settings ``rates`` in force.

    rates.url belongs to the configured provider, so a change of provider moves it into
    [rates.urls] under its old provider (unless that has one already) rather than leave it
    to redirect the new one; an override set in [rates.urls] is edited where it is.
    """
    changes: dict[str, object] = {}
    overrides = dict(rates.urls)
    kept_url = rates.url
    if provider != rates.provider:
        changes["rates.provider"] = provider
        if rates.url is not None:
            if rates.provider not in overrides:
                changes[f"rates.urls.{rates.provider}"] = rates.url
            changes["rates.url"] = kept_url = None
    in_force = overrides.get(provider, kept_url)
    if url != in_force and provider in overrides:
        changes[f"rates.urls.{provider}"] = url
        if url is None and kept_url is not None:  # else rates.url, unused until now, takes over
            changes["rates.url"] = None
    elif url != in_force:
        changes["rates.url"] = url
    return changes


def integer_range(key: str) -> tuple[int, int]:
    """The inclusive range load_config accepts for the whole-number setting ``key``.

    config.py states each range once, inside its builder, which clamps a value out of range:
    asking it keeps a spin box equal to the rule with no second copy of the numbers.
    """
    table, name = key.split(".")
    limits: list[int] = []
    for probe in (-(2**63), 2**63 - 1):
        problems = _KeyedProblems()
        config = build_config({table: {name: probe}}, problems)
        if not any(found == key and "between" in message for found, message in problems.keyed):
            raise KeyError(f"{key} is not a whole-number setting with a range")
        limits.append(int(getattr(getattr(config, table), name)))
    return limits[0], limits[1]


class _KeyedProblems(Problems):
    """config.py's problem list, kept as (key, message) pairs instead of sentences."""

    def __init__(self) -> None:
        super().__init__("")
        self.keyed: list[tuple[str, str]] = []

    def add(self, key: str, message: str) -> None:
        self.keyed.append((key, message))


def _read(path: Path) -> tuple[str, bytes]:
    """The file's text and its byte order mark (kept as found)."""
    try:
        raw = (
            path.read_bytes()
            if path.exists()
            else resource_path("default_config.toml").read_bytes()
        )
    except OSError as error:
        raise ConfigError(f"cannot read {path}: {error.strerror or error}") from error
    mark = codecs.BOM_UTF8 if raw.startswith(codecs.BOM_UTF8) else b""
    try:
        return raw[len(mark) :].decode("utf-8"), mark
    except UnicodeDecodeError as error:
        raise _refusal(path, error) from error


def _parse(text: str, path: Path) -> tomlkit.TOMLDocument:
    """The document, if both load_config's parser and tomlkit accept the text."""
    try:
        tomllib.loads(text)
        return tomlkit.parse(text)
    except (tomllib.TOMLDecodeError, TOMLKitError) as error:
        raise _refusal(path, error) from error


def _refusal(path: Path, error: Exception) -> ConfigError:
    return ConfigError(
        f"{path} is not valid TOML ({error}), so the settings were not saved and the file was "
        "left as it is. Correct it in a text editor, or remove it to start from the defaults."
    )


def _apply(
    document: tomlkit.TOMLDocument, key: str, value: object, path: Path, created: list[Table]
) -> None:
    """Set (or, for None, remove) one dotted key; tables created inside another go to
    ``created``."""
    parts = key.split(".")
    if len(parts) < 2 or not all(parts):
        raise ValueError(f"{key!r} is not a dotted setting name like 'ticker.speed'")
    table: MutableMapping[str, Any] = document
    for depth, part in enumerate(parts[:-1]):
        if part not in table:
            if value is None:
                return  # nothing to remove
            table[part] = tomlkit.table()
            if depth > 0:
                created.append(table[part])
        child = table[part]
        if not isinstance(child, MutableMapping):
            name = ".".join(parts[: depth + 1])
            raise ConfigError(
                f"{path}: {name} is not a table like [{name}], so {key} cannot be saved; "
                "correct the file in a text editor"
            )
        table = child
    name = parts[-1]
    if value is None:
        table.pop(name, None)
        return
    item = tomlkit.item(list(value) if isinstance(value, tuple) else value)
    previous = table.get(name)
    if isinstance(item, Array) and isinstance(previous, Array) and "\n" in previous.as_string():
        item.multiline(True)  # a list the user wrote one item a line stays so
    table[name] = item


def _check(text: str, changes: Mapping[str, object], path: Path) -> None:
    """Build the edited text as load_config would; refuse when it reports a changed key."""
    problems = _KeyedProblems()
    build_config(tomllib.loads(text), problems)
    found: list[tuple[str, str]] = []
    for changed in changes:
        for key, message in problems.keyed:
            if _concerns(key, changed):
                found.append((key, _FALLBACK.sub("", message)))
    if found:
        unique = tuple(dict.fromkeys(found))
        details = "; ".join(f"{key}: {message}" for key, message in unique)
        raise InvalidSettingError(f"Not saved: {details}.", unique)


def _concerns(problem_key: str, changed_key: str) -> bool:
    """Whether a problem is about the changed key, a part of it, or a table holding it."""
    return (
        problem_key == changed_key
        or problem_key.startswith((changed_key + ".", changed_key + "["))
        or changed_key.startswith(problem_key + ".")
    )


def _write_atomically(path: Path, data: bytes) -> None:
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else None
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise ConfigError(f"cannot save {path}: {error.strerror or error}") from error
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            temporary.chmod(mode)
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ConfigError(
            f"cannot save {path}: {error.strerror or error}; the file was left as it was"
        ) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
