"""A damaged database is moved aside and the newest good backup restored; backups rotate."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from contextlib import closing
from datetime import date
from pathlib import Path

from desktop_app.cli import main
from desktop_app.domain import ParsedEntry
from desktop_app.store import articles, feeds
from desktop_app.store.db import Database
from desktop_app.store.recovery import KEEP_BACKUPS, back_up_daily, backups_dir, open_database


def _subscribe(path: Path, url: str) -> None:
    opened = open_database(path)
    try:
        opened.database.writer.run(lambda connection: feeds.add_feed(connection, url))
    finally:
        opened.database.close()


def _urls(path: Path) -> list[str]:
    opened = open_database(path)
    try:
        reader = opened.database.reader()
        try:
            return [feed.url for feed in feeds.list_feeds(reader)]
        finally:
            reader.close()
    finally:
        opened.database.close()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = b"\0" * 100  # the header: SQLite no longer recognises the file
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def test_a_damaged_database_is_restored_from_the_newest_backup(tmp_path: Path):
    path = tmp_path / "caravan.sqlite3"
    _subscribe(path, "https://example.org/kept.xml")
    opened = open_database(path)
    back_up_daily(opened.database, date(2026, 11, 28))
    opened.database.writer.run(
        lambda connection: feeds.add_feed(connection, "https://example.org/after-backup.xml")
    )
    opened.database.close()
    _damage(path)
    reopened = open_database(path)
    try:
        assert reopened.notice is not None
        assert "caravan-2026-11-28.sqlite3" in reopened.notice
        reader = reopened.database.reader()
        assert [feed.url for feed in feeds.list_feeds(reader)] == ["https://example.org/kept.xml"]
        reader.close()
    finally:
        reopened.database.close()
    damaged = list(tmp_path.glob("caravan.sqlite3.damaged-*"))
    assert len(damaged) == 1, "the damaged file is kept, not deleted"


def test_without_a_backup_a_fresh_database_starts_and_the_user_is_told(tmp_path: Path):
    path = tmp_path / "caravan.sqlite3"
    _subscribe(path, "https://example.org/a.xml")
    _damage(path)
    opened = open_database(path)
    try:
        assert opened.notice is not None and "no backup" in opened.notice
    finally:
        opened.database.close()
    assert _urls(path) == []
    assert list(tmp_path.glob("caravan.sqlite3.damaged-*"))


def test_a_healthy_database_opens_without_notice_and_backups_keep_the_last_three(tmp_path: Path):
    path = tmp_path / "caravan.sqlite3"
    opened = open_database(path)
    try:
        assert opened.notice is None
        for day in range(1, 6):
            assert back_up_daily(opened.database, date(2026, 11, day)) is not None
        assert back_up_daily(opened.database, date(2026, 11, 5)) is None, "once a day"
    finally:
        opened.database.close()
    kept = sorted(p.name for p in backups_dir(path).iterdir())
    assert len(kept) == KEEP_BACKUPS
    assert kept[-1] == "caravan-2026-11-05.sqlite3"


def test_the_command_line_reports_a_repair(tmp_path: Path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "caravan.sqlite3").write_bytes(b"this is not a database at all" * 200)
    config = tmp_path / "caravan.toml"
    config.write_text("", encoding="utf-8")
    code = main(["list", "--config", str(config), "--data-dir", str(data), "--offline"])
    assert code == 0
    assert "database was damaged" in capsys.readouterr().err


def _filled(path: Path) -> None:
    """A database of a few hundred pages, closed cleanly."""
    database = Database(path)
    try:
        entries = [
            ParsedEntry(f"k{n}", f"Story {n}", f"https://example.org/{n}", "", None,
                        "<p>" + "steppe caravan bazaar " * 60 + "</p>", "",
                        "steppe caravan bazaar " * 60)
            for n in range(400)
        ]  # fmt: skip

        def store(connection: sqlite3.Connection) -> None:
            feed_id, _ = feeds.add_feed(connection, "https://example.org/feed.xml")
            articles.store_entries(connection, feed_id, entries)

        database.writer.run(store)
        database.writer.run_without_transaction(
            lambda c: c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        )
    finally:
        database.close()


def _damage_inside(path: Path) -> None:
    """Zero a run of pages in the middle: the header and the schema stay readable."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 3 * 4096] = b"\0" * (3 * 4096)
    path.write_bytes(bytes(data))


def test_a_process_that_never_closed_the_database_gets_it_fully_checked(tmp_path: Path):
    path = tmp_path / "caravan.sqlite3"
    _filled(path)
    _damage_inside(path)
    dead_pid = _a_dead_pid()
    (tmp_path / f"caravan.sqlite3.in-use-{dead_pid}").touch()  # what a kill -9 leaves

    reopened = open_database(path)
    try:
        assert reopened.notice is not None and "damaged" in reopened.notice
    finally:
        reopened.database.close()
    assert not list(tmp_path.glob("caravan.sqlite3.in-use-*")), "a clean close leaves no marker"


def test_the_marker_of_a_running_process_is_left_alone_and_a_clean_close_removes_its_own(
    tmp_path: Path,
):
    path = tmp_path / "caravan.sqlite3"
    _filled(path)
    opened = open_database(path)
    mine = tmp_path / f"caravan.sqlite3.in-use-{os.getpid()}"
    assert mine.exists()
    opened.database.close()
    assert not mine.exists()


def test_the_daily_check_finds_damage_and_the_next_start_repairs_it(tmp_path: Path):
    path = tmp_path / "caravan.sqlite3"
    _filled(path)
    opened = open_database(path)
    assert back_up_daily(opened.database, date(2026, 11, 27)) is not None
    opened.database.close()
    _damage_inside(path)

    opened = open_database(path)  # a clean close before: only the light check at open
    assert opened.notice is None
    assert back_up_daily(opened.database, date(2026, 11, 28)) is None, "no copy of a damaged file"
    opened.database.close()
    assert (tmp_path / "caravan.sqlite3.check").exists()

    repaired = open_database(path)
    try:
        assert repaired.notice is not None and "caravan-2026-11-27.sqlite3" in repaired.notice
        with closing(repaired.database.reader()) as reader:
            assert reader.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        repaired.database.close()
    assert not (tmp_path / "caravan.sqlite3.check").exists()


def _a_dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid
