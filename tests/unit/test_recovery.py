"""A damaged database is rebuilt from what it still holds and the newest backup; the user is
told what came from where; backups are frequent, bounded and never copies of damage."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.store import feeds
from desktop_app.store.recovery import (
    BACKUP_EVERY,
    KEEP_EARLIER_DAYS,
    KEEP_RECENT,
    back_up,
    backups_dir,
    check_fully,
    open_database,
)
from tests.conftest import LocalServer
from tests.unit.test_cli import (  # noqa: F401 - a fixture
    Caravan,
    _restore_process_state,
    serve_rates,
)
from tests.unit.test_salvage import fill, overwrite, pages_of

MORNING = datetime(2026, 12, 6, 9, 12)


def state(path: Path) -> tuple[set[str], int, int, int]:
    """Subscriptions, articles, read and starred articles, read without Caravan."""
    with closing(sqlite3.connect(path)) as connection:
        urls = {row[0] for row in connection.execute("SELECT url FROM feeds")}
        total, read, starred = connection.execute(
            "SELECT count(*), sum(read), sum(starred) FROM articles"
        ).fetchone()
    return urls, total, read or 0, starred or 0


def a_day_of_work(path: Path) -> None:
    """After the morning backup: a new subscription, stars and reads."""
    opened = open_database(path)

    def work(connection: sqlite3.Connection) -> None:
        feeds.add_feed(connection, "https://example.org/subscribed-today.xml", "Today", "News")
        connection.execute("UPDATE articles SET starred = 1 WHERE id % 10 = 1")
        connection.execute("UPDATE articles SET read = 1 WHERE id % 2 = 0")

    opened.database.writer.run(work)
    opened.database.close()


@pytest.fixture
def used(tmp_path: Path) -> Path:
    """A database with a backup from this morning and a day of work since, closed cleanly."""
    path = tmp_path / "caravan.sqlite3"
    fill(path)
    opened = open_database(path)
    assert back_up(opened.database, MORNING) is not None
    opened.database.close()
    a_day_of_work(path)
    return path


def assert_second_start_is_clean(path: Path) -> None:
    again = open_database(path)
    try:
        assert again.report is None
        assert check_fully(again.database)
    finally:
        again.database.close()


def test_pages_damaged_after_a_clean_exit_lose_nothing_of_the_day(used: Path):
    before = state(used)
    overwrite(used, pages_of(used, "articles", "leaf")[2:4] + pages_of(used, "articles_by_date"))
    opened = open_database(used)  # the light check at open may pass: the first query fails
    with closing(opened.database.reader()) as reader, pytest.raises(sqlite3.DatabaseError):
        reader.execute("SELECT sum(length(text)) FROM articles").fetchone()
    assert opened.database.damage is not None, "damage met by a query is reported"
    opened.database.close()

    repaired = open_database(used)
    try:
        assert repaired.report is not None
        urls, total, read, starred = state(used)
        assert urls == before[0], "today's subscription is kept"
        assert total == before[1], "articles of the damaged pages come back from the backup"
        counts = repaired.report.counts
        assert counts.articles_salvaged > 0 and counts.articles_from_backup > 0
        notice = repaired.report.describe()
        assert "6 December 2026, 09:12" in notice, "the backup's time is named"
        assert "Read from the damaged file: 4 subscriptions" in notice
        assert str(repaired.report.damaged_copy) in notice
    finally:
        repaired.database.close()
    assert read >= before[2] - 20 and starred >= before[3] - 5, "marks of intact pages kept"
    assert repaired.report.damaged_copy.exists(), "the damaged file is kept aside"
    assert_second_start_is_clean(used)


def test_without_a_backup_everything_readable_is_salvaged(tmp_path: Path):
    path = tmp_path / "caravan.sqlite3"
    fill(path)
    before = state(path)
    overwrite(path, [1])  # the header and the schema: "file is not a database"

    opened = open_database(path)
    try:
        assert opened.report is not None
        assert "no backup" in opened.report.describe()
    finally:
        opened.database.close()
    assert state(path) == before
    with closing(sqlite3.connect(path)) as connection:  # the search index is rebuilt too
        found = connection.execute(
            "SELECT count(*) FROM articles_search WHERE articles_search MATCH 'bazaar'"
        ).fetchone()[0]
    assert found == before[1]
    assert_second_start_is_clean(path)


def test_a_truncated_file_keeps_what_it_holds_and_the_backup_the_rest(used: Path):
    before = state(used)
    with closing(sqlite3.connect(used)) as connection:
        pages = int(connection.execute("PRAGMA page_count").fetchone()[0])
    with used.open("r+b") as file:
        file.truncate(used.stat().st_size // 2)

    opened = open_database(used)
    try:
        assert opened.report is not None
        assert opened.report.counts.articles_salvaged > 0
        told = opened.report.describe()
        assert f"of the file's {pages} pages" in told, "the pages cut off count as lost"
        assert opened.report.unreadable_pages >= pages // 2
    finally:
        opened.database.close()
    urls, total, _read, _starred = state(used)
    assert total == before[1]
    assert "https://example.org/subscribed-today.xml" in urls or opened.report.unreadable_pages
    assert_second_start_is_clean(used)


def test_a_damaged_log_keeps_every_change_before_the_damage(tmp_path: Path):
    path = tmp_path / "caravan.sqlite3"
    fill(path, feed_count=1, per_feed=40)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE articles SET starred = 1 WHERE id <= 10")
    kept = Path(f"{path}-wal").stat().st_size
    writer.execute("UPDATE feeds SET title = 'Lost with the damaged frame'")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{path}{suffix}", crashed / f"caravan.sqlite3{suffix}")
    writer.close()
    copy = crashed / "caravan.sqlite3"
    with Path(f"{copy}-wal").open("r+b") as log:
        log.seek(kept + 200)
        log.write(b"\xff" * 64)
    (crashed / f"caravan.sqlite3.in-use-{_a_dead_pid()}").touch()  # the crash's marker

    opened = open_database(copy)
    try:
        assert opened.report is None, "the file itself is sound"
        assert opened.lost_changes is not None and "the last 1 change saved" in opened.lost_changes
        with closing(opened.database.reader()) as reader:
            starred = reader.execute("SELECT count(*) FROM articles WHERE starred").fetchone()[0]
            title = reader.execute("SELECT title FROM feeds").fetchone()[0]
    finally:
        opened.database.close()
    assert starred == len([n for n in range(1, 41) if n <= 10 or n % 7 == 0])
    assert title == "Feed 0"
    assert_second_start_is_clean(copy)
    again = open_database(copy)
    assert again.lost_changes is None
    again.database.close()


def test_a_write_cut_short_by_a_crash_is_not_reported_as_lost_changes(tmp_path: Path):
    path = tmp_path / "caravan.sqlite3"
    fill(path, feed_count=1, per_feed=40)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE articles SET starred = 1 WHERE id <= 10")
    writer.execute("UPDATE feeds SET title = 'Being written when the power went'")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{path}{suffix}", crashed / f"caravan.sqlite3{suffix}")
    writer.close()
    copy = crashed / "caravan.sqlite3"
    log = Path(f"{copy}-wal")
    with log.open("r+b") as file:  # the last frame only half written
        file.truncate(log.stat().st_size - 5000)
    (crashed / f"caravan.sqlite3.in-use-{_a_dead_pid()}").touch()

    opened = open_database(copy)
    try:
        assert opened.lost_changes is None, "an unfinished write was never saved"
        with closing(opened.database.reader()) as reader:
            title = reader.execute("SELECT title FROM feeds").fetchone()[0]
    finally:
        opened.database.close()
    assert title == "Feed 0"


def test_a_stale_shared_memory_file_is_harmless(tmp_path: Path):
    path = tmp_path / "caravan.sqlite3"
    fill(path, feed_count=1, per_feed=40)
    before = state(path)
    Path(f"{path}-shm").write_bytes(os.urandom(32768))

    opened = open_database(path)
    try:
        assert opened.report is None
        assert check_fully(opened.database)
    finally:
        opened.database.close()
    assert state(path) == before


def test_the_full_check_finds_damage_the_light_one_cannot_and_the_next_start_repairs(
    used: Path,
):
    overwrite(used, pages_of(used, "articles_unread_by_feed"))
    opened = open_database(used)
    assert opened.report is None, "a clean close: only the light check at open"
    assert not check_fully(opened.database)
    assert back_up(opened.database, MORNING + timedelta(hours=3)) is None, "no copy of damage"
    opened.database.close()
    assert (used.parent / "caravan.sqlite3.repair").exists()

    repaired = open_database(used)
    try:
        assert repaired.report is not None
        assert "failed its check" in repaired.report.describe()
    finally:
        repaired.database.close()
    assert not (used.parent / "caravan.sqlite3.repair").exists()
    assert_second_start_is_clean(used)


def test_a_process_that_never_closed_the_database_gets_it_fully_checked(used: Path):
    overwrite(used, pages_of(used, "articles_unread_by_feed"))
    (used.parent / f"caravan.sqlite3.in-use-{_a_dead_pid()}").touch()  # what a kill -9 leaves

    reopened = open_database(used)
    try:
        assert reopened.report is not None
    finally:
        reopened.database.close()
    assert not list(used.parent.glob("caravan.sqlite3.in-use-*")), "a clean close leaves none"


def test_the_marker_of_a_running_process_is_left_alone_and_a_clean_close_removes_its_own(
    tmp_path: Path,
):
    path = tmp_path / "caravan.sqlite3"
    opened = open_database(path)
    mine = tmp_path / f"caravan.sqlite3.in-use-{os.getpid()}"
    assert mine.exists()
    opened.database.close()
    assert not mine.exists()


def test_backups_are_taken_when_something_changed_at_most_hourly_and_rotate(tmp_path: Path):
    path = tmp_path / "caravan.sqlite3"
    fill(path, feed_count=1, per_feed=5)
    opened = open_database(path)
    database = opened.database
    try:
        assert back_up(database, MORNING) is not None
        assert back_up(database, MORNING + timedelta(hours=2)) is None, "nothing changed"
        database.writer.run(lambda c: c.execute("UPDATE articles SET read = 1"))
        assert back_up(database, MORNING + BACKUP_EVERY / 2) is None, "not within the hour"
        taken = [MORNING + timedelta(days=day, hours=hour) for day in range(4) for hour in (1, 5)]
        for moment in taken:
            database.writer.run(lambda c: c.execute("UPDATE articles SET read = 1 - read"))
            os.utime(path, None)  # a write within the file system's time resolution
            assert back_up(database, moment) is not None
    finally:
        database.close()
    kept = sorted(p.name for p in backups_dir(path).iterdir())
    assert len(kept) == KEEP_RECENT + KEEP_EARLIER_DAYS
    assert kept == [
        "caravan-2026-12-07T141200.sqlite3",  # the newest of each earlier day
        "caravan-2026-12-08T141200.sqlite3",
        "caravan-2026-12-09T101200.sqlite3",  # the two newest
        "caravan-2026-12-09T141200.sqlite3",
    ]


def test_an_old_daily_backup_is_still_used(tmp_path: Path):
    path = tmp_path / "caravan.sqlite3"
    fill(path, feed_count=1, per_feed=5)
    backups_dir(path).mkdir()
    shutil.copyfile(path, backups_dir(path) / "caravan-2026-11-28.sqlite3")
    overwrite(path, [1])

    opened = open_database(path)
    try:
        assert opened.report is not None and opened.report.backup is not None
        assert opened.report.backup.name == "caravan-2026-11-28.sqlite3"
    finally:
        opened.database.close()


def test_the_command_line_repairs_damage_met_by_its_query_and_answers(
    used: Path, tmp_path: Path, capsys
):
    overwrite(used, pages_of(used, "articles_by_date"))
    config = tmp_path / "caravan.toml"
    config.write_text("", encoding="utf-8")
    arguments = ["--config", str(config), "--data-dir", str(used.parent), "--offline"]

    code = main(["list", *arguments])

    printed = capsys.readouterr()
    assert code == 0
    assert "repairing the database and running the command again" in printed.err
    damage = "is damaged: database disk image is malformed"
    assert printed.err.count(damage) == 2, "said when met and in the report, not a third time"
    assert "Caravan rebuilt it" in printed.err
    assert "Story 2/149" in printed.out
    assert main(["list", *arguments]) == 0
    assert "damaged" not in capsys.readouterr().err, "the second run is clean"


def test_the_command_line_reports_a_repair_of_a_file_that_is_not_a_database(tmp_path: Path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "caravan.sqlite3").write_bytes(b"this is not a database at all" * 200)
    config = tmp_path / "caravan.toml"
    config.write_text("", encoding="utf-8")
    code = main(["list", "--config", str(config), "--data-dir", str(data), "--offline"])
    assert code == 0
    err = capsys.readouterr().err
    assert "database was damaged" in err and "Nothing could be read" in err


def _a_dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def test_after_a_rebuild_what_the_damage_took_comes_back_from_the_sources(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], http_server: LocalServer, fixtures_dir: Path
):
    """The stored validators (ETag, Last-Modified, the feed's hash) describe what was stored
    before the damage: kept, they would get a 304 or an unchanged hash for every source, and
    what the damage took would stay lost although the feeds and the rate source still list it."""
    served = Caravan(tmp_path, capsys)
    feed = http_server.serve_file("/natasha.xml", fixtures_dir / "feeds-real" / "natasha.xml")
    served.write_config(serve_rates(http_server, fixtures_dir), (feed,))
    assert served("refresh")[0] == 0
    path = served.database
    _, articles_before, _, _ = state(path)
    shutil.rmtree(backups_dir(path))  # the damage came in the hour no backup covers
    overwrite(path, pages_of(path, "articles", "leaf") + pages_of(path, "rates"))

    code, _, err = served("list")
    assert code == 0 and "Caravan rebuilt it" in err
    assert state(path)[1] < articles_before, "the damage took articles"
    assert served("rates", "--offline")[0] == 1, "and the stored rates"

    http_server.requests.clear()
    assert served("refresh")[0] == 0
    assert state(path)[1] == articles_before, "every article still in its feed is back"
    code, out, _ = served("rates", "--offline")
    assert code == 0 and "KGS/USD" in out, "the rates are back"
    assert not any("if-none-match" in request.headers for request in http_server.requests)


def test_a_feed_removed_after_the_backup_does_not_give_its_id_to_the_next_one(used: Path):
    """`caravan remove-feed ID` and scripts name feeds by id: a rebuild that took the id
    counter from the backup handed a removed feed's id to the next subscription."""
    opened = open_database(used)

    def subscribe_then_remove(connection: sqlite3.Connection) -> int:
        feed_id, _ = feeds.add_feed(connection, "https://example.org/tried.xml", "Tried", "")
        feeds.remove_feed(connection, feed_id)
        return feed_id

    removed = opened.database.writer.run(subscribe_then_remove)
    opened.database.close()
    overwrite(used, pages_of(used, "articles", "leaf")[2:4])
    damaged = open_database(used)
    with closing(damaged.database.reader()) as reader, pytest.raises(sqlite3.DatabaseError):
        reader.execute("SELECT sum(length(text)) FROM articles").fetchone()
    damaged.database.close()

    repaired = open_database(used)
    try:
        assert repaired.report is not None
        added, _ = repaired.database.writer.run(
            lambda connection: feeds.add_feed(connection, "https://example.org/next.xml", "", "")
        )
    finally:
        repaired.database.close()
    assert added > removed
