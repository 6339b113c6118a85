"""A data folder (or a database file) that cannot be written opens read-only: everything
stored is read, every change is refused with one error naming the folder, and nothing at all
is written there: no marker, no backup, no migration, no repair."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.config import RatesSettings
from desktop_app.domain import ArticleFilter
from desktop_app.errors import CorruptDatabaseError, ReadOnlyStorageError, StorageError
from desktop_app.services.library import Library
from desktop_app.store import articles, feeds, state
from desktop_app.store.db import Database
from desktop_app.store.recovery import back_up, check_fully, open_database, request_repair
from desktop_app.store.schema import MIGRATIONS, OLDEST_READABLE
from tests.unit.test_salvage import fill, overwrite, pages_of

MakeReadOnly = Callable[[Path], None]


def listing(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its content: what a read-only open must leave as is."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def stored(database: Database) -> tuple[list[str], int, int]:
    """Subscriptions, articles and unread articles, read through Caravan's reader."""
    with closing(database.reader()) as reader:
        titles = [feed.title for feed in feeds.list_feeds(reader)]
        total = articles.count_articles(reader)
        unread = sum(articles.unread_counts(reader).values())
    return titles, total, unread


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A data folder with a used database in it (three feeds, some articles read), closed."""
    path = tmp_path / "data"
    path.mkdir()
    fill(path / "caravan.sqlite3", per_feed=20)
    return path


def test_a_read_only_folder_is_read_and_every_write_refused_naming_it(
    folder: Path, make_read_only: MakeReadOnly
):
    database = Database(folder / "caravan.sqlite3")
    expected = stored(database)
    database.close()
    before = listing(folder)
    make_read_only(folder)

    opened = open_database(folder / "caravan.sqlite3")
    database = opened.database
    try:
        assert database.read_only is not None
        assert stored(database) == expected
        assert expected[1] == 60 and expected[2] > 0
        with pytest.raises(ReadOnlyStorageError) as refused:
            database.writer.run(lambda c: feeds.add_feed(c, "https://new.example/feed", "", ""))
        assert str(refused.value) == (
            f"Read-only: Caravan cannot save changes in {folder} (the folder is read-only)"
        )
        future = database.writer.submit(lambda c: state.set_state(c, "key", "value"))
        assert isinstance(future.exception(), ReadOnlyStorageError)
        assert check_fully(database)
        assert back_up(database, datetime(2026, 12, 6, 9, 0)) is None
    finally:
        database.close()
    assert listing(folder) == before


def test_a_read_only_database_file_in_a_writable_folder_opens_read_only(
    folder: Path, make_read_only: MakeReadOnly
):
    path = folder / "caravan.sqlite3"
    content = path.read_bytes()
    make_read_only(path)

    database = open_database(path).database
    try:
        assert stored(database)[1] == 60
        with pytest.raises(ReadOnlyStorageError) as refused:
            database.writer.run(lambda c: articles.set_read(c, [1], True))
        assert str(refused.value) == (
            f"Read-only: Caravan cannot save changes in {folder} "
            "(its database file caravan.sqlite3 is read-only)"
        )
        assert back_up(database, datetime(2026, 12, 6, 9, 0)) is None
    finally:
        database.close()
    assert path.read_bytes() == content
    # SQLite's own -wal and -shm aside, nothing was written next to the file.
    assert {name for name in listing(folder) if not name.endswith(("-wal", "-shm"))} == {
        "caravan.sqlite3"
    }


def test_changes_left_in_the_write_ahead_log_are_read_in_a_read_only_folder(
    tmp_path: Path, make_read_only: MakeReadOnly
):
    """A Caravan that was killed leaves its last changes in -wal and -shm: SQLite reads them
    through those files (the immutable mode, for a folder without them, would skip them)."""
    source = tmp_path / "source.sqlite3"
    Database(source).close()
    folder = tmp_path / "data"
    folder.mkdir()
    with closing(sqlite3.connect(source, isolation_level=None)) as writer:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute(
            "INSERT INTO feeds (url, title, folder, added_at) "
            "VALUES ('https://late.example/feed', 'Subscribed just before the kill', '', 0)"
        )
        for suffix in ("", "-wal", "-shm"):  # copied while open: what a kill leaves
            shutil.copyfile(f"{source}{suffix}", folder / f"caravan.sqlite3{suffix}")
    make_read_only(folder)

    database = open_database(folder / "caravan.sqlite3").database
    try:
        assert stored(database)[0] == ["Subscribed just before the kill"]
    finally:
        database.close()


def test_a_read_only_folder_without_a_database_is_refused_naming_it(
    tmp_path: Path, make_read_only: MakeReadOnly
):
    folder = tmp_path / "empty"
    folder.mkdir()
    make_read_only(folder)
    with pytest.raises(ReadOnlyStorageError) as refused:
        open_database(folder / "caravan.sqlite3")
    assert str(refused.value) == (
        f"Read-only: Caravan cannot save changes in {folder} (the folder is read-only, and "
        "holds no Caravan database to read)"
    )
    assert listing(folder) == {}


def test_a_data_folder_that_cannot_be_created_says_so(tmp_path: Path, make_read_only: MakeReadOnly):
    parent = tmp_path / "media"
    parent.mkdir()
    make_read_only(parent)
    with pytest.raises(StorageError) as refused:
        open_database(parent / "data" / "caravan.sqlite3")
    assert str(refused.value) in (
        f"cannot create the data folder {parent / 'data'}: {reason}"
        for reason in ("Read-only file system", "Permission denied")  # root, another user
    )


def _database_of_version(path: Path, version: int) -> None:
    """A database as an older Caravan left it: its first ``version`` migrations, one feed."""
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
        for number, migration in enumerate(MIGRATIONS[:version], start=1):
            connection.execute("BEGIN")
            migration(connection)
            connection.execute(f"PRAGMA user_version = {number}")
            connection.execute("COMMIT")
        connection.execute(
            "INSERT INTO feeds (url, title, folder, added_at) "
            "VALUES ('https://old.example/feed', 'From an older Caravan', '', 0)"
        )
        connection.execute(
            "INSERT INTO articles (feed_id, key, title, published_at, first_seen_at, "
            "updated_at, summary_html, text) VALUES (1, 'old-1', 'Caravans of the Silk Road', "
            "1700000000, 1700000000, 1700000000, '<p>Steppe trade</p>', 'Steppe trade')"
        )


def test_an_older_schema_this_caravan_can_read_opens_unmigrated(
    tmp_path: Path, make_read_only: MakeReadOnly
):
    assert len(MIGRATIONS) > OLDEST_READABLE  # else this test proves nothing
    folder = tmp_path / "data"
    folder.mkdir()
    _database_of_version(folder / "caravan.sqlite3", OLDEST_READABLE)
    before = listing(folder)
    make_read_only(folder)

    database = open_database(folder / "caravan.sqlite3").database
    library = Library(database)
    try:
        # What the window and the commands read, each query run against the older schema.
        assert [feed.title for feed in library.feeds()] == ["From an older Caravan"]
        (listed,) = library.articles(ArticleFilter(), limit=50)
        assert listed.title == "Caravans of the Silk Road" and not listed.read
        assert library.count(ArticleFilter(search="steppe")) == 1
        assert library.unread_counts() == {1: 1}
        article = library.article(listed.id)
        assert article is not None and "Steppe trade" in library.article_document(article)
        assert library.quotes(RatesSettings()) == []
        assert library.remembered("window.geometry") is None
        assert b"From an older Caravan" in library.export_opml()
    finally:
        library.close()
        database.close()
    assert listing(folder) == before  # not migrated, no copy taken before a migration


def test_an_older_schema_this_caravan_cannot_read_is_refused_with_the_reason(
    tmp_path: Path, make_read_only: MakeReadOnly
):
    folder = tmp_path / "data"
    folder.mkdir()
    _database_of_version(folder / "caravan.sqlite3", OLDEST_READABLE - 1)
    before = listing(folder)
    make_read_only(folder)

    with pytest.raises(StorageError) as refused:
        open_database(folder / "caravan.sqlite3")
    assert str(refused.value) == (
        f"{folder / 'caravan.sqlite3'} was written by an older Caravan (schema "
        f"{OLDEST_READABLE - 1}) and must be upgraded to schema {len(MIGRATIONS)} before this "
        f"one can read it, which cannot be saved: Read-only: Caravan cannot save changes in "
        f"{folder} (the folder is read-only)"
    )
    assert listing(folder) == before


def test_damage_found_read_only_is_told_and_left_as_it_is(
    folder: Path, make_read_only: MakeReadOnly
):
    path = folder / "caravan.sqlite3"
    overwrite(path, pages_of(path, "sqlite_schema")[:1])
    before = listing(folder)
    make_read_only(folder)

    with pytest.raises(StorageError) as refused:
        open_database(path)
    message = str(refused.value)
    assert message.startswith(f"the database {path} is damaged")
    assert message.endswith(
        f"Caravan cannot repair it here: Read-only: Caravan cannot save changes in {folder} "
        "(the folder is read-only). Copy the folder somewhere Caravan can write and open the "
        "copy with --data-dir to repair it."
    )
    assert listing(folder) == before  # no rebuild, no copy of the damaged file


def test_a_repair_asked_for_earlier_is_not_attempted_read_only(
    folder: Path, make_read_only: MakeReadOnly
):
    path = folder / "caravan.sqlite3"
    damage = CorruptDatabaseError(f"the database {path} is damaged: a page was found torn")
    request_repair(path, damage)
    before = listing(folder)
    make_read_only(folder)

    with pytest.raises(StorageError, match="Caravan cannot repair it here") as refused:
        open_database(path)
    assert str(refused.value).startswith(str(damage))
    assert listing(folder) == before
