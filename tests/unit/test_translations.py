"""The translation catalogues: the language chosen, the catalogues current with the code (what
``make translations`` writes), every call extracted as written (plurals as plurals), and every
translation keeping its placeholders. English has a catalogue of its plural forms only."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.config import LANGUAGE_SETTINGS
from desktop_app.i18n import CATALOGUES, LANGUAGES, resolve_language

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources" / "translations"
TRANSLATED = ("ru", "kk", "uz")
CATALOGUED = ("en", *TRANSLATED)
_PLACEHOLDER = re.compile(r"%L?n|%L?\d|\{[a-z_]*\}")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} comes with PySide6: the venv lacks it")
    return found


def _extracted(tmp_path: Path) -> dict[tuple[str, str], ET.Element]:
    """What ``pyside6-lupdate`` finds in the package, as ``make translations`` runs it."""
    sources = sorted(str(path) for path in (ROOT / "desktop_app").rglob("*.py"))
    extracted = tmp_path / "extracted.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-locations", "none", *sources,
         "-ts", str(extracted)],
        check=True,
    )  # fmt: skip
    return _messages(extracted)


def _calls() -> Iterator[tuple[Path, ast.Call]]:
    """Every ``translate(...)`` call in the package."""
    for path in sorted((ROOT / "desktop_app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "translate":
                yield path, node


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


@pytest.mark.parametrize("language", CATALOGUED)
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
    extracted = _extracted(tmp_path)
    marked = set(extracted)
    for language in TRANSLATED:
        catalogue = set(_messages(SOURCES / f"caravan_{language}.ts"))
        assert marked == catalogue, f"caravan_{language}.ts: run `make translations`"
    plurals = {key for key, message in extracted.items() if message.get("numerus") == "yes"}
    assert set(_messages(SOURCES / "caravan_en.ts")) == plurals, "run `make translations`"


def test_every_call_is_extracted_as_written(tmp_path: Path):
    """lupdate reads Python by its tokens and drops, or takes for a single form, what it does
    not follow (a variable for the text, ``n=count``, a count without ``PLURAL`` or with a
    trailing comma): each call is looked at here as Python reads it, and must be extracted so."""
    written: dict[tuple[str, str], bool] = {}
    for path, call in _calls():
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        texts = call.args[:2]
        assert len(texts) == 2 and all(
            isinstance(text, ast.Constant) and isinstance(text.value, str) for text in texts
        ), f"{where}: the context and the text must be literal strings"
        assert not call.keywords, f"{where}: lupdate does not read keyword arguments"
        context, source = (str(getattr(text, "value", "")) for text in texts)
        plural = len(call.args) == 5 and getattr(call.args[3], "id", "") == "PLURAL"
        assert len(call.args) in (2, 3) or plural, f"{where}: a count goes after PLURAL"
        assert plural == bool(re.search(r"%L?n", source)), f"{where}: %n and a count go together"
        written[context, source] = plural
    extracted = {
        key: message.get("numerus") == "yes" for key, message in _extracted(tmp_path).items()
    }
    assert extracted == written


@pytest.mark.parametrize("language", CATALOGUED)
def test_every_string_is_translated_and_keeps_its_placeholders(language: str):
    for (context, source), message in _messages(SOURCES / f"caravan_{language}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"{context}: {source!r} is not translated"
        expected = sorted(_PLACEHOLDER.findall(source))
        for text in _translations(message):
            assert text, f"{context}: {source!r} has an empty translation"
            assert sorted(_PLACEHOLDER.findall(text)) == expected, (context, source, text)
