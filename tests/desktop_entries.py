"""Desktop entries read back as a desktop does (the main group's keys, ``Exec`` split into
the program's arguments by the Desktop Entry Specification), and the freedesktop tools that
check them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

# What AppStream 0.16 (Debian 12) says of the <developer> tag AppStream 1.0 introduced (and
# Flathub asks for): an "info", neither an error nor a warning.
KNOWN_OLD_APPSTREAM_NOTES = frozenset({"unknown-tag developer"})
_STRING_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def entry_keys(text: str) -> dict[str, str]:
    """The keys of the ``[Desktop Entry]`` group, values as written."""
    keys: dict[str, str] = {}
    group = ""
    for line in text.splitlines():
        if line.startswith("["):
            group = line.strip()
        elif group == "[Desktop Entry]" and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            keys[key.strip()] = value.strip()
    return keys


def string_value(value: str) -> str:
    """A value of type string, its escapes undone."""
    return re.sub(r"\\(.)", lambda match: _STRING_ESCAPES.get(match[1], match[0]), value)


def exec_arguments(value: str) -> list[str]:
    """The arguments an ``Exec`` value runs (it holds no field code but ``%%``)."""
    text = string_value(value)
    words: list[str] = []
    word: str | None = None
    quoted = False
    index = 0
    while index < len(text):
        char = text[index]
        if quoted and char == "\\" and text[index + 1 : index + 2] in ('"', "`", "$", "\\"):
            word = (word or "") + text[index + 1]
            index += 1
        elif char == '"':
            quoted = not quoted
            word = word or ""
        elif char == " " and not quoted:
            if word is not None:
                words.append(word)
            word = None
        else:
            word = (word or "") + char
        index += 1
    assert not quoted, f"unbalanced quotes in {value!r}"
    if word is not None:
        words.append(word)
    return [word.replace("%%", "%") for word in words]


def desktop_tool(name: str) -> str:
    """The path of a freedesktop tool (validators, ``gio``): skipped where it is missing,
    failed on CI (CI=1), which installs it (.ci/run)."""
    path = shutil.which(name)
    if path is None:
        reason = f"{name} is not installed (Debian: appstream, desktop-file-utils, libglib2.0-bin)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return path


def appstream_notes(*arguments: str) -> list[str]:
    """Run ``appstreamcli`` with ``arguments``, which must pass with no error and no warning;
    the other notes it prints, as "tag detail"."""
    done = subprocess.run(
        [desktop_tool("appstreamcli"), *arguments], capture_output=True, text=True, check=False
    )
    issues = []
    for line in done.stdout.splitlines():
        severity, _, rest = line.strip().partition(": ")
        if severity in ("E", "W", "I", "P"):
            issues.append((severity, rest.split(": ", 1)[-1]))
    assert done.returncode == 0, done.stdout + done.stderr
    assert not [issue for issue in issues if issue[0] in ("E", "W")], done.stdout
    return [detail for _severity, detail in issues]
