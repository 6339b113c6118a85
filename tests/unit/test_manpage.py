"""caravan(1): committed, the same as what packaging/manpage.py writes from the parser, valid
roff, and true about the files and commands it names."""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import build_parser
from desktop_app.oslayer import desktop
from desktop_app.services.downloads import downloads_folder
from desktop_app.store.images import files_for
from desktop_app.store.recovery import backups_dir
from desktop_app.ui.single_instance import LOCK_FILE

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "packaging" / "caravan.1"


def _render() -> str:
    """What packaging/manpage.py writes (loaded from its file: `packaging` on the import path
    is the PyPI library of that name)."""
    spec = importlib.util.spec_from_file_location("manpage", ROOT / "packaging" / "manpage.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    page: str = module.render()
    return page


def _formatted(page: Path) -> str:
    """The page as `man` shows it, plain text; groff's warnings (-ww) on stderr fail it."""
    if shutil.which("groff") is None:
        reason = "groff is not installed (Debian: groff-base)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    shown = subprocess.run(
        ["groff", "-man", "-ww", "-Tutf8", "-P-cbou", str(page)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    assert shown.stderr == ""
    return shown.stdout


def test_the_committed_page_is_what_the_parser_gives_today() -> None:
    assert PAGE.read_text(encoding="utf-8") == _render(), (
        "packaging/caravan.1 is out of date: run `make man`"
    )


def test_the_page_formats_without_a_warning_and_has_every_section() -> None:
    text = _formatted(PAGE)
    headings = re.findall(r"^([A-Z][A-Z ]+)$", text, re.MULTILINE)
    assert headings == [
        "NAME",
        "SYNOPSIS",
        "DESCRIPTION",
        "OPTIONS",
        "COMMANDS",
        "EXIT STATUS",
        "ENVIRONMENT",
        "FILES",
        "EXAMPLES",
    ]


def test_every_command_and_option_of_help_is_on_the_page() -> None:
    text = _formatted(PAGE)
    parser = build_parser()
    help_text = parser.format_help()
    commands = re.findall(r"^ {4}([a-z-]+) ", help_text, re.MULTILINE)
    assert len(commands) == 15  # the window, and the fourteen commands
    for command in commands:
        assert f"caravan {command}" in text, command
    for option in re.findall(r"(?<![\w-])--[a-z-]+", help_text):
        assert option in text, option


def test_every_example_is_a_command_line_caravan_accepts() -> None:
    text = _formatted(PAGE)
    examples = text.split("\nEXAMPLES\n", 1)[1]
    lines = re.findall(r"^ {8,}(caravan .*)$", examples, re.MULTILINE)
    assert len(lines) >= 8
    parser = build_parser()
    for line in lines:
        words = shlex.split(line.split("|")[0])
        parser.parse_args(words[1:])  # exits (SystemExit) on anything it would refuse


def test_the_files_named_are_where_caravan_keeps_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first command in an empty home with no XDG variable set: the configuration, the
    database and the log appear where the page says; the other files are named by the code
    that makes them."""
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(variable, raising=False)
    environment = {
        **{key: value for key, value in os.environ.items() if not key.startswith("XDG_")},
        "HOME": str(home),
    }
    subprocess.run(
        [sys.executable, "-m", "desktop_app", "--offline", "feeds"],
        env=environment,
        cwd=tmp_path,
        capture_output=True,
        check=True,
    )
    data = home / ".local" / "share" / "caravan"
    config, database, log = (
        home / ".config" / "caravan" / "caravan.toml",
        data / "caravan.sqlite3",
        home / ".local" / "state" / "caravan" / "log" / "caravan.log",
    )
    assert all(path.is_file() for path in (config, database, log))
    made = [
        config,
        database,
        backups_dir(database),
        files_for(database).directory,
        downloads_folder(database),
        data / LOCK_FILE,
        log,
        desktop.menu_entry_path(),
        desktop.autostart_entry_path(),
    ]
    text = _formatted(PAGE)
    files = text.split("\nFILES\n", 1)[1].split("\nEXAMPLES\n", 1)[0]
    named = [Path(word) for word in re.findall(r"^\s+(~/\S+?)/?$", files, re.MULTILINE)]
    assert [Path("~", path.relative_to(home)) for path in made] == named
