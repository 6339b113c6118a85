"""The database file: migrations, pragmas, the single writer and read-only readers."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from desktop_app.errors import StorageError
from desktop_app.store import db as db_module
from desktop_app.store import feeds
from desktop_app.store.db import Database, connect
from desktop_app.store.schema import MIGRATIONS


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "caravan.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    database = Database(db_path)
    try:
        yield database
    finally:
        database.close()


def _plain(path: Path) -> closing[sqlite3.Connection]:
    """A connection without the project's pragmas, to look at the file from outside."""
    return closing(sqlite3.connect(path))


def _schema(path: Path) -> list[tuple[str, str, str | None]]:
    with _plain(path) as connection:
        return connection.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()


def _feed_urls(database: Database) -> list[str]:
    with closing(database.reader()) as reader:
        return [row["url"] for row in reader.execute("SELECT url FROM feeds ORDER BY url")]


def test_new_database_is_migrated_to_the_latest_schema_version(
    database: Database, db_path: Path
) -> None:
    with _plain(db_path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_new_database_creates_missing_data_directory(database: Database, db_path: Path) -> None:
    assert db_path.parent.is_dir()
    assert db_path.is_file()


def test_database_uses_write_ahead_logging(database: Database, db_path: Path) -> None:
    with _plain(db_path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with closing(database.reader()) as reader:
        assert reader.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert reader.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_new_database_has_the_full_text_search_table(database: Database, db_path: Path) -> None:
    names = {name for _, name, _ in _schema(db_path)}
    assert {"feeds", "articles", "rates", "app_state", "articles_search"} <= names
    with closing(database.reader()) as reader:
        row = reader.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'articles_search'"
        ).fetchone()
        assert "USING fts5" in row["sql"]
        # The table answers MATCH queries: the FTS5 module is really there.
        assert (
            reader.execute(
                "SELECT count(*) FROM articles_search WHERE articles_search MATCH 'anything'"
            ).fetchone()[0]
            == 0
        )


def test_reopening_a_current_database_changes_nothing_and_keeps_data(db_path: Path) -> None:
    first = Database(db_path)
    try:
        first.writer.run(lambda connection: feeds.add_feed(connection, "https://a.example/feed"))
    finally:
        first.close()
    schema_before = _schema(db_path)

    second = Database(db_path)
    try:
        assert _feed_urls(second) == ["https://a.example/feed"]
    finally:
        second.close()

    assert _schema(db_path) == schema_before
    with _plain(db_path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    # No migration ran, so no pre-migration backup was taken.
    assert sorted(path.name for path in db_path.parent.iterdir() if "before" in path.name) == []


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_database_from_a_newer_version_is_refused_and_left_untouched(
    db_path: Path, journal_mode: str
) -> None:
    db_path.parent.mkdir(parents=True)
    with _plain(db_path) as connection:
        connection.execute(f"PRAGMA journal_mode = {journal_mode}")
        connection.execute("CREATE TABLE future_things (x TEXT)")
        connection.execute("INSERT INTO future_things VALUES ('keep me')")
        connection.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
        connection.commit()
    before = db_path.read_bytes()

    with pytest.raises(StorageError, match="newer Caravan"):
        Database(db_path)

    assert db_path.read_bytes() == before
    assert sorted(path.name for path in db_path.parent.iterdir()) == [db_path.name]
    with _plain(db_path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) + 5
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == journal_mode
        assert connection.execute("SELECT x FROM future_things").fetchall() == [("keep me",)]


def test_a_file_that_is_not_a_database_is_refused_with_a_storage_error(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    junk = b"these are not the bytes of an SQLite database\n" * 200
    db_path.write_bytes(junk)

    with pytest.raises(StorageError, match=r"caravan\.sqlite3"):
        Database(db_path)

    assert db_path.read_bytes() == junk


def test_writer_commits_a_function_as_one_transaction(database: Database) -> None:
    def add_two(connection: sqlite3.Connection) -> int:
        feeds.add_feed(connection, "https://a.example/feed")
        feeds.add_feed(connection, "https://b.example/feed")
        return 2

    assert database.writer.run(add_two) == 2
    # A brand-new connection sees both rows: the work was committed.
    assert _feed_urls(database) == ["https://a.example/feed", "https://b.example/feed"]


def test_writer_rolls_back_everything_a_failing_function_did(database: Database) -> None:
    database.writer.run(lambda connection: feeds.add_feed(connection, "https://kept.example/"))

    def half_done(connection: sqlite3.Connection) -> None:
        feeds.add_feed(connection, "https://a.example/feed")
        connection.execute("UPDATE feeds SET title = 'changed'")
        feeds.add_feed(connection, "https://b.example/feed")
        raise RuntimeError("the user action failed half-way")

    with pytest.raises(RuntimeError, match="half-way"):
        database.writer.run(half_done)

    assert _feed_urls(database) == ["https://kept.example/"]
    with closing(database.reader()) as reader:
        assert reader.execute("SELECT title FROM feeds").fetchone()["title"] == ""
    # The writer is still usable after a failed function.
    database.writer.run(lambda connection: feeds.add_feed(connection, "https://later.example/"))
    assert _feed_urls(database) == ["https://kept.example/", "https://later.example/"]


def test_writer_rolls_back_when_a_statement_fails(database: Database) -> None:
    def violates_constraint(connection: sqlite3.Connection) -> None:
        feeds.add_feed(connection, "https://a.example/feed")
        connection.execute("INSERT INTO feeds (url, added_at) VALUES ('https://a.example/feed', 0)")

    with pytest.raises(sqlite3.IntegrityError):
        database.writer.run(violates_constraint)
    assert _feed_urls(database) == []


def test_writer_runs_every_function_on_its_one_thread(database: Database) -> None:
    names = {database.writer.run(lambda _: threading.current_thread().name) for _ in range(5)}
    assert len(names) == 1
    assert names.pop().startswith("db-writer")
    assert threading.current_thread().name not in names


def test_reader_connection_cannot_write(database: Database) -> None:
    with closing(database.reader()) as reader:
        assert reader.execute("PRAGMA query_only").fetchone()[0] == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.execute("INSERT INTO app_state (key, value) VALUES ('k', 'v')")
    assert _feed_urls(database) == []


def test_reader_sees_rows_by_column_name(database: Database) -> None:
    database.writer.run(lambda connection: feeds.add_feed(connection, "https://a.example/feed"))
    with closing(database.reader()) as reader:
        row = reader.execute("SELECT id, url FROM feeds").fetchone()
        assert row["url"] == "https://a.example/feed"


def test_connect_applies_the_project_pragmas(database: Database, db_path: Path) -> None:
    with closing(connect(db_path)) as connection:
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert connection.execute("PRAGMA busy_timeout").fetchone()[0] == 30000
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert connection.isolation_level is None


def test_closing_the_database_twice_is_harmless(db_path: Path) -> None:
    database = Database(db_path)
    database.writer.run(lambda connection: feeds.add_feed(connection, "https://a.example/feed"))
    database.close()
    database.close()


def test_a_write_asked_for_while_the_database_closes_is_refused_not_run(db_path: Path) -> None:
    """A background thread still saving while the app closes the database (the offline pass
    after a refresh): its write is refused with a storage error, which the pass handles,
    instead of running after the close on a new connection that nobody closes."""
    database = Database(db_path)
    writing, release = threading.Event(), threading.Event()

    def hold(_connection: sqlite3.Connection) -> None:
        writing.set()
        release.wait()

    held = database.writer.submit(hold)
    writing.wait()
    closer = threading.Thread(target=database.close)
    closer.start()
    while not database.writer._closed:  # close() has queued its last step behind `hold`
        closer.join(0.001)
    late: list[str] = []
    with pytest.raises(StorageError, match="is closed"):
        database.writer.submit(lambda _connection: late.append("ran"))
    release.set()
    closer.join()
    held.result()
    assert late == []
    with pytest.raises(StorageError, match="is closed"):
        database.writer.run(lambda connection: feeds.add_feed(connection, "https://late.example/"))
    assert _feed_urls(database) == []


# --- v6: feed ids are never reused -----------------------------------------------------------


def _v5_database(path: Path) -> None:
    """A database as Caravan 5 left it: three feeds (one removed), articles with the user's
    read and starred flags, search rows, tombstones of retention."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        for migration in MIGRATIONS[:5]:
            connection.execute("BEGIN")
            migration(connection)
            connection.execute("COMMIT")
        connection.execute("PRAGMA user_version = 5")
        connection.executemany(
            "INSERT INTO feeds (id, url, title, folder, added_at, etag, interval_minutes, "
            "full_text, last_fetched_at, last_error, error_count) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                (1, "https://a.example/feed", "A", "News", 100, '"e1"', 30, 1, 200, None, 0),
                (2, "https://b.example/feed", "B", "", 101, None, None, None, 201, "HTTP 500", 3),
                (3, "https://c.example/feed", "C", "", 102, None, None, 0, None, None, 0),
            ],
        )
        articles_rows = [
            (10, 1, "a-1", "Som holds", 1000, 1, 0),
            (11, 1, "a-2", "Tenge rises", 1001, 0, 1),
            (12, 2, "b-1", "Sum falls", 1002, 1, 1),
            (13, 3, "c-1", "Gone soon", 1003, 0, 0),
        ]
        for article_id, feed_id, key, title, published, read, starred in articles_rows:
            connection.execute(
                "INSERT INTO articles (id, feed_id, key, title, published_at, first_seen_at, "
                "updated_at, text, read, starred) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (article_id, feed_id, key, title, published, published, published, title,
                 read, starred),
            )  # fmt: skip
            connection.execute(
                "INSERT INTO articles_search (rowid, title, text) VALUES (?, ?, ?)",
                (article_id, title, title),
            )
        connection.executemany(
            "INSERT INTO deleted_articles (feed_id, key, deleted_at, last_seen_at) "
            "VALUES (?, ?, ?, ?)",
            [(1, "a-old", 500, 900), (2, "b-old", 501, 901)],
        )
        connection.execute("DELETE FROM articles_search WHERE rowid = 13")
        connection.execute("DELETE FROM feeds WHERE id = 3")  # cascades to article 13


def _rows(path: Path, query: str) -> list[tuple[object, ...]]:
    with _plain(path) as connection:
        return [tuple(row) for row in connection.execute(query)]


def test_upgrading_a_v5_database_keeps_every_feed_article_flag_and_tombstone(
    db_path: Path,
) -> None:
    _v5_database(db_path)
    before = {
        table: _rows(db_path, f"SELECT * FROM {table} ORDER BY 1, 2")
        for table in ("feeds", "articles", "deleted_articles")
    }
    assert len(before["articles"]) == 3

    database = Database(db_path)
    database.close()

    with _plain(db_path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    for table, rows in before.items():
        after = _rows(db_path, f"SELECT * FROM {table} ORDER BY 1, 2")
        # Later versions add columns at the end (v7: the feed's icon): the old ones are kept.
        assert [row[: len(rows[0])] for row in after] == rows, table
    assert _rows(db_path, "SELECT id, read, starred FROM articles ORDER BY id") == [
        (10, 1, 0),
        (11, 0, 1),
        (12, 1, 1),
    ]
    assert _rows(
        db_path, "SELECT rowid FROM articles_search WHERE articles_search MATCH 'tenge'"
    ) == [(11,)]
    assert (db_path.parent / f"{db_path.name}.before-v{len(MIGRATIONS)}").is_file()


def test_after_the_upgrade_removing_a_feed_still_removes_its_articles_and_tombstones(
    db_path: Path,
) -> None:
    _v5_database(db_path)
    database = Database(db_path)
    try:
        assert database.writer.run(lambda c: feeds.remove_feed(c, 2)) == 1
    finally:
        database.close()

    assert _rows(db_path, "SELECT id FROM articles ORDER BY id") == [(10,), (11,)]
    assert _rows(db_path, "SELECT feed_id, key FROM deleted_articles") == [(1, "a-old")]


def test_after_the_upgrade_ids_continue_after_the_highest_and_are_never_reused(
    db_path: Path,
) -> None:
    _v5_database(db_path)
    database = Database(db_path)
    try:
        added = database.writer.run(lambda c: feeds.add_feed(c, "https://d.example/feed"))
        assert added == (3, True)  # 3 was freed under v5, before ids were remembered
        database.writer.run(lambda c: feeds.remove_feed(c, 3))
        assert database.writer.run(lambda c: feeds.add_feed(c, "https://e.example/feed")) == (
            4,
            True,
        )
    finally:
        database.close()


def test_a_new_database_never_reuses_a_removed_feeds_id(database: Database) -> None:
    first, _ = database.writer.run(lambda c: feeds.add_feed(c, "https://a.example/feed"))
    database.writer.run(lambda c: feeds.remove_feed(c, first))

    again, _ = database.writer.run(lambda c: feeds.add_feed(c, "https://a.example/feed"))

    assert again == first + 1


def test_a_migration_that_would_orphan_rows_is_refused_and_rolled_back(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _v5_database(db_path)
    with closing(Database(db_path)):
        pass
    before = _rows(db_path, "SELECT id FROM feeds ORDER BY id")

    def careless(connection: sqlite3.Connection) -> None:
        connection.execute("DELETE FROM feeds WHERE id = 1")  # its articles stay behind

    monkeypatch.setattr(db_module, "MIGRATIONS", (*MIGRATIONS, careless))

    with pytest.raises(StorageError, match="would break links"):
        Database(db_path)

    with _plain(db_path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert _rows(db_path, "SELECT id FROM feeds ORDER BY id") == before


# --- v7: each feed's icon -------------------------------------------------------------------


def _v6_database(path: Path) -> None:
    """A database as Caravan 6 left it: the v5 one, upgraded by the v6 migration."""
    _v5_database(path)
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("BEGIN")
        MIGRATIONS[5](connection)
        connection.execute("COMMIT")
        connection.execute("PRAGMA user_version = 6")


def test_upgrading_a_v6_database_keeps_its_feeds_and_adds_icons_none_looked_for(
    db_path: Path,
) -> None:
    _v6_database(db_path)
    before = _rows(db_path, "SELECT * FROM feeds ORDER BY id")
    articles_before = _rows(db_path, "SELECT * FROM articles ORDER BY id")

    database = Database(db_path)
    try:
        with closing(database.reader()) as reader:
            stored = feeds.list_feeds(reader)
    finally:
        database.close()

    after = _rows(db_path, "SELECT * FROM feeds ORDER BY id")
    assert [row[:-2] for row in after] == before
    assert [row[-2:] for row in after] == [(None, None), (None, None)]
    assert _rows(db_path, "SELECT * FROM articles ORDER BY id") == articles_before
    assert [(feed.title, feed.icon_digest, feed.icon_checked_at) for feed in stored] == [
        ("B", None, None),
        ("A", None, None),
    ]


def test_a_feeds_icon_is_remembered_and_a_missing_one_keeps_the_last_found(
    database: Database,
) -> None:
    feed_id, _ = database.writer.run(
        lambda connection: feeds.add_feed(connection, "https://a.example/feed")
    )
    digest = "ab" * 32
    database.writer.run(lambda connection: feeds.record_icon(connection, feed_id, digest))
    database.writer.run(lambda connection: feeds.record_icon(connection, feed_id, None))
    with closing(database.reader()) as reader:
        feed = feeds.get_feed(reader, feed_id)
        assert feeds.icon_digests(reader) == {digest}
    assert feed is not None
    assert feed.icon_digest == digest
    assert feed.icon_checked_at is not None
