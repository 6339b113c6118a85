"""The translation catalogues: the language chosen, the catalogues current with the code (what
``make translations`` writes), and every translation keeping its placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app.config import LANGUAGE_SETTINGS
from desktop_app.i18n import CATALOGUES, LANGUAGES, resolve_language

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources" / "translations"
TRANSLATED = ("ru", "kk", "uz")
_PLACEHOLDER = re.compile(r"%L?n|%L?\d|\{[a-z_]*\}")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} comes with PySide6: the venv lacks it")
    return found


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <message> element."""
    root = ET.parse(ts).getroot()  # noqa: S314 - our own committed file
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_the_languages_the_settings_accept_are_those_with_a_name():
    assert ("system", *LANGUAGES) == LANGUAGE_SETTINGS


@pytest.mark.parametrize(
    ("setting", "desktop", "shown"),
    [
        ("ru", ["en-US"], "ru"),  # a choice in Settings wins
        ("system", ["kk-KZ", "ru-RU"], "kk"),
        ("system", ["uz-Latn-UZ"], "uz"),
        ("system", ["de-DE", "ru"], "ru"),  # the first preferred language Caravan speaks
        ("system", ["de-DE", "fr"], "en"),
        ("system", ["C"], "en"),
        ("en", ["ru-RU"], "en"),
    ],
)
def test_the_language_shown(setting: str, desktop: list[str], shown: str):
    assert resolve_language(setting, desktop) == shown


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_compiled_catalogue_is_its_source_compiled(language: str, tmp_path: Path):
    compiled = tmp_path / f"caravan_{language}.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(SOURCES / f"caravan_{language}.ts"),
         "-qm", str(compiled)],
        check=True,
    )  # fmt: skip
    committed = CATALOGUES / f"caravan_{language}.qm"
    assert committed.read_bytes() == compiled.read_bytes(), "run `make translations`"


def test_every_marked_string_is_in_every_catalogue(tmp_path: Path):
    sources = sorted(str(path) for path in (ROOT / "desktop_app").rglob("*.py"))
    extracted = tmp_path / "extracted.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-locations", "none", *sources,
         "-ts", str(extracted)],
        check=True,
    )  # fmt: skip
    marked = set(_messages(extracted))
    for language in TRANSLATED:
        catalogue = set(_messages(SOURCES / f"caravan_{language}.ts"))
        assert marked == catalogue, f"caravan_{language}.ts: run `make translations`"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_is_translated_and_keeps_its_placeholders(language: str):
    for (context, source), message in _messages(SOURCES / f"caravan_{language}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"{context}: {source!r} is not translated"
        expected = sorted(_PLACEHOLDER.findall(source))
        for text in _translations(message):
            assert text, f"{context}: {source!r} has an empty translation"
            assert sorted(_PLACEHOLDER.findall(text)) == expected, (context, source, text)
