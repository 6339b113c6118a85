"""``caravan`` on a data folder it cannot write: the commands that read print what they print
on a writable one; those that would write exit 1 with one line naming the folder, before any
connection, and leave every file as it was."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.cli import _COMMANDS
from tests.conftest import LocalServer, NetworkGuard
from tests.unit.test_cli import (  # noqa: F401 (autouse: main sets up logging and the locale)
    RATES_LINE,
    Caravan,
    _restore_process_state,
    serve_rates,
)
from tests.unit.test_read_only import listing
from tests.unit.test_salvage import fill, overwrite, pages_of

MakeReadOnly = Callable[[Path], None]


@pytest.fixture
def refreshed(tmp_path: Path, capsys: pytest.CaptureFixture[str], http_server: LocalServer,
              fixtures_dir: Path) -> Caravan:  # fmt: skip
    """Two real feeds and the rates stored by a refresh; the configuration lies outside the
    data folder."""
    caravan = Caravan(tmp_path, capsys)
    natasha = http_server.serve_file("/natasha.xml", fixtures_dir / "feeds-real" / "natasha.xml")
    mint = http_server.serve_file("/livemint.xml", fixtures_dir / "feeds-real" / "livemint.xml")
    caravan.write_config(serve_rates(http_server, fixtures_dir), (natasha, mint))
    assert caravan("refresh")[0] == 0
    return caravan


def test_every_command_on_a_read_only_folder_reads_or_refuses_naming_it(
    refreshed: Caravan,
    make_read_only: MakeReadOnly,
    request: pytest.FixtureRequest,
    tmp_path: Path,
) -> None:
    caravan = refreshed
    article = str(json.loads(caravan("list", "--json")[1])[0]["id"])
    reads = [
        ("list",),
        ("list", "--json"),
        ("show", article),
        ("show", article, "--html"),
        ("feeds",),
        ("export-opml",),
        ("rates",),
        ("rates", "--history", "KGS"),
    ]
    writable = {command: caravan(*command) for command in reads}
    assert all(code == 0 and out and err == "" for code, out, err in writable.values())
    opml = tmp_path / "more.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body>'
        '<outline type="rss" text="More" xmlUrl="https://more.example/rss"/></body></opml>',
        encoding="utf-8",
    )
    before = listing(caravan.data_dir)
    make_read_only(caravan.data_dir)
    guard: NetworkGuard = request.getfixturevalue("network_guard")  # from here on

    for command in reads:
        assert _undated(caravan(*command)) == _undated(writable[command]), command
    assert RATES_LINE in writable[("rates",)][1]

    refusal = (
        f"caravan: Read-only: Caravan cannot save changes in {caravan.data_dir} "
        "(the folder is read-only); nothing was changed\n"
    )
    writes = [
        ("refresh",),
        ("add-feed", "https://another.example/feed.xml"),
        ("edit-feed", "1", "--title", "Renamed"),
        ("remove-feed", "1"),
        ("import-opml", str(opml)),
        ("sync",),
        ("account", "remove"),
    ]
    for command in writes:
        assert caravan(*command) == (1, "", refusal), command

    # A source asked for now is not fetched: it could not be stored.
    code, out, err = caravan("rates", "--provider", "nbk")
    assert (code, out) == (1, "")  # nothing stored from that source
    assert err.startswith(
        f"caravan: Read-only: Caravan cannot save changes in {caravan.data_dir} "
        "(the folder is read-only): showing the stored rates\n"
    )
    assert {command[0] for command in reads + writes} == set(_COMMANDS), "every command tried"
    assert guard.attempts == []
    assert listing(caravan.data_dir) == before


def test_a_read_only_database_file_is_read_and_refuses_changes(
    refreshed: Caravan, make_read_only: MakeReadOnly
) -> None:
    caravan = refreshed
    listed = caravan("list")
    make_read_only(caravan.database)

    assert caravan("list") == listed
    assert caravan("remove-feed", "1") == (
        1,
        "",
        f"caravan: Read-only: Caravan cannot save changes in {caravan.data_dir} (its database "
        "file caravan.sqlite3 is read-only); nothing was changed\n",
    )
    assert caravan("list") == listed


def test_a_read_only_folder_without_a_database_says_so_without_a_trace(
    caravan_without_data: Caravan, make_read_only: MakeReadOnly
) -> None:
    caravan_without_data.data_dir.mkdir()
    make_read_only(caravan_without_data.data_dir)
    assert caravan_without_data("list") == (
        2,
        "",
        f"caravan: Read-only: Caravan cannot save changes in {caravan_without_data.data_dir} "
        "(the folder is read-only, and holds no Caravan database to read)\n",
    )


@pytest.fixture
def caravan_without_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Caravan:
    return Caravan(tmp_path, capsys)


def test_damage_a_command_meets_read_only_is_told_and_not_repaired(
    caravan_without_data: Caravan, make_read_only: MakeReadOnly
) -> None:
    caravan = caravan_without_data
    caravan.data_dir.mkdir()
    fill(caravan.database, per_feed=20)
    # The open's light check passes; listing the articles meets the damage.
    overwrite(
        caravan.database,
        pages_of(caravan.database, "articles", "leaf")[2:4]
        + pages_of(caravan.database, "articles_by_date"),
    )
    before = listing(caravan.data_dir)
    make_read_only(caravan.data_dir)

    code, out, err = caravan("list")

    assert (code, out) == (1, "")
    assert err.splitlines()[-1] == (
        f"caravan: the database {caravan.database} is damaged: database disk image is "
        f"malformed. Caravan cannot repair it here: Read-only: Caravan cannot save changes in "
        f"{caravan.data_dir} (the folder is read-only). Copy the folder somewhere Caravan can "
        "write and open the copy with --data-dir to repair it."
    )
    assert "repairing" not in err
    assert listing(caravan.data_dir) == before


def _undated(result: tuple[int, str, str]) -> tuple[int, str, str]:
    """An OPML export is stamped to the second it is made: two runs differ there alone."""
    code, out, err = result
    return code, re.sub(r"<dateCreated>[^<]*</dateCreated>", "", out), err
