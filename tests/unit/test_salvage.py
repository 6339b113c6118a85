"""Rows read from the pages of a damaged file: every intact row, exactly as stored, and
nothing that was not a live row."""

from __future__ import annotations

import random
import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.domain import ParsedEntry
from desktop_app.store import articles, feeds
from desktop_app.store.db import Database, connect
from desktop_app.store.rebuild import table_shapes
from desktop_app.store.salvage import Salvage, TableShape, salvage

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def fill(path: Path, feed_count: int = 3, per_feed: int = 150) -> None:
    """A database of a few hundred pages like a used one (some read, some starred), closed
    cleanly."""
    database = Database(path)
    try:
        for number in range(feed_count):
            entries = [
                ParsedEntry(
                    f"f{number}-{item}",
                    f"Story {number}/{item} — Бишкек",
                    f"https://example.org/{number}/{item}",
                    "",
                    None,
                    "<p>" + f"steppe caravan bazaar {item} " * 60 + "</p>",
                    "",
                    f"steppe caravan bazaar {item} " * 60,
                )
                for item in range(per_feed)
            ]

            def store(
                connection: sqlite3.Connection,
                number: int = number,
                entries: list[ParsedEntry] = entries,
            ) -> None:
                feed_id, _ = feeds.add_feed(
                    connection, f"https://example.org/{number}.xml", f"Feed {number}", "News"
                )
                articles.store_entries(connection, feed_id, entries, NOW)
                connection.execute(
                    "UPDATE articles SET read = 1 WHERE feed_id = ? AND id % 3 = 0", (feed_id,)
                )
                connection.execute(
                    "UPDATE articles SET starred = 1 WHERE feed_id = ? AND id % 7 = 0", (feed_id,)
                )

            database.writer.run(store)
    finally:
        database.close()


def shapes_of(path: Path) -> dict[str, TableShape]:
    with closing(connect(path)) as connection:
        return table_shapes(connection)


def stored_rows(path: Path, table: str) -> dict[int, tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return {row[0]: tuple(row) for row in connection.execute(f"SELECT rowid, * FROM {table}")}


def pages_of(path: Path, name: str, kind: str | None = None) -> list[int]:
    with closing(sqlite3.connect(path)) as connection:
        query = "SELECT pageno FROM dbstat WHERE name = ?" + (" AND pagetype = ?" if kind else "")
        return [row[0] for row in connection.execute(query, (name, kind) if kind else (name,))]


def page_size(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("PRAGMA page_size").fetchone()[0])


def overwrite(path: Path, pages: list[int], seed: int = 7) -> None:
    size = page_size(path)
    rng = random.Random(seed)
    with path.open("r+b") as file:
        for number in pages:
            file.seek((number - 1) * size)
            file.write(rng.randbytes(size))


def without_rowid(rows: dict[int, tuple[object, ...]]) -> dict[int, tuple[object, ...]]:
    return {key: values[1:] for key, values in rows.items()}


def assert_exact(found: Salvage, path_before: Path, table: str) -> dict[int, tuple[object, ...]]:
    """Every salvaged row is a row that was stored, value for value."""
    before = without_rowid(stored_rows(path_before, table))
    for rowid, values in found.rows[table].items():
        assert before[rowid] == values, f"{table} row {rowid} salvaged with wrong values"
    return before


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Path, Path]:
    """The database and an untouched copy of it to compare with."""
    path = tmp_path / "caravan.sqlite3"
    fill(path)
    original = tmp_path / "original.sqlite3"
    shutil.copyfile(path, original)
    return path, original


def test_a_sound_file_gives_back_every_row_exactly(filled: tuple[Path, Path]):
    path, original = filled
    found = salvage(path, shapes_of(original))
    for table in ("feeds", "articles"):
        before = assert_exact(found, original, table)
        assert found.rows[table].keys() == before.keys()
    assert found.complete >= {"feeds", "articles"}
    assert found.unreadable_pages == 0


def test_overwritten_leaf_pages_lose_only_their_own_rows(filled: tuple[Path, Path]):
    path, original = filled
    leaves = pages_of(path, "articles", "leaf")
    damaged = leaves[3:6]
    overwrite(path, damaged)
    with closing(sqlite3.connect(path)) as connection, pytest.raises(sqlite3.DatabaseError):
        connection.execute("SELECT count(*), sum(length(text)) FROM articles").fetchone()

    found = salvage(path, shapes_of(original))

    before = assert_exact(found, original, "articles")
    lost = before.keys() - found.rows["articles"].keys()
    assert 0 < len(lost) < 3 * 10, "only the rows of the three damaged pages are lost"
    assert "articles" not in found.complete
    assert found.unreadable_pages >= len(damaged)
    assert found.rows["feeds"].keys() == stored_rows(original, "feeds").keys()


def test_rows_survive_the_loss_of_their_tables_root_page(filled: tuple[Path, Path]):
    path, original = filled
    with closing(sqlite3.connect(path)) as connection:
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'articles'"
        ).fetchone()[0]
    overwrite(path, [root])
    with closing(sqlite3.connect(path)) as connection, pytest.raises(sqlite3.DatabaseError):
        connection.execute("SELECT sum(length(text)) FROM articles").fetchone()

    found = salvage(path, shapes_of(original))

    before = assert_exact(found, original, "articles")
    assert found.rows["articles"].keys() == before.keys(), "every leaf is found without the root"


def test_a_destroyed_header_and_schema_page_still_give_the_rows(filled: tuple[Path, Path]):
    path, original = filled
    overwrite(path, [1])

    found = salvage(path, shapes_of(original))

    assert found.rows["articles"].keys() == assert_exact(found, original, "articles").keys()
    assert found.rows["feeds"].keys() == assert_exact(found, original, "feeds").keys()


def test_a_truncated_file_gives_the_rows_of_the_pages_left(filled: tuple[Path, Path]):
    path, original = filled
    size = path.stat().st_size
    with path.open("r+b") as file:
        file.truncate(size // 2 // page_size(path) * page_size(path))

    found = salvage(path, shapes_of(original))

    before = assert_exact(found, original, "articles")
    assert 0 < len(found.rows["articles"]) < len(before)


def test_deleted_rows_on_free_pages_do_not_come_back(filled: tuple[Path, Path]):
    path, original = filled
    database = Database(path)
    database.writer.run(lambda c: c.execute("DELETE FROM articles WHERE feed_id = 2"))
    database.close()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA freelist_count").fetchone()[0] > 0

    found = salvage(path, shapes_of(original))

    assert all(values[1] != 2 for values in found.rows["articles"].values())
    assert found.rows["articles"].keys() == stored_rows(path, "articles").keys()


def test_committed_changes_still_in_the_write_ahead_log_are_read(tmp_path: Path):
    path = tmp_path / "caravan.sqlite3"
    fill(path, feed_count=1, per_feed=20)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE articles SET starred = 1 WHERE id <= 5")
    writer.execute("UPDATE feeds SET title = 'Renamed in the log'")
    for suffix in ("", "-wal"):  # what a power cut leaves: the log not yet checkpointed
        shutil.copyfile(f"{path}{suffix}", crashed / f"caravan.sqlite3{suffix}")
    writer.close()
    copy = crashed / "caravan.sqlite3"
    assert Path(f"{copy}-wal").stat().st_size > 0

    found = salvage(copy, shapes_of(path))

    assert [values[2] for values in found.rows["feeds"].values()] == ["Renamed in the log"]
    starred = sorted(rowid for rowid, values in found.rows["articles"].items() if values[13])
    assert starred == [n for n in range(1, 21) if n <= 5 or n % 7 == 0]


def test_a_damaged_log_frame_ends_the_log_there_as_sqlite_does(tmp_path: Path):
    path = tmp_path / "caravan.sqlite3"
    fill(path, feed_count=1, per_feed=20)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE feeds SET title = 'First change'")
    first_size = Path(f"{path}-wal").stat().st_size
    writer.execute("UPDATE feeds SET title = 'Second change'")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{path}{suffix}", crashed / f"caravan.sqlite3{suffix}")
    writer.close()
    log = crashed / "caravan.sqlite3-wal"
    with log.open("r+b") as file:  # a bit flipped inside the second transaction's frame
        file.seek(first_size + 24 + 100)
        byte = file.read(1)
        file.seek(first_size + 24 + 100)
        file.write(bytes([byte[0] ^ 0xFF]))

    found = salvage(crashed / "caravan.sqlite3", shapes_of(path))
    with closing(sqlite3.connect(crashed / "caravan.sqlite3")) as connection:
        seen_by_sqlite = connection.execute("SELECT title FROM feeds").fetchone()[0]

    assert seen_by_sqlite == "First change"
    assert [values[2] for values in found.rows["feeds"].values()] == ["First change"]


def test_a_file_that_is_not_a_database_gives_nothing_and_does_not_fail(tmp_path: Path):
    path = tmp_path / "caravan.sqlite3"
    path.write_bytes(b"this is not a database at all" * 500)
    fill(tmp_path / "reference.sqlite3", feed_count=1, per_feed=1)

    found = salvage(path, shapes_of(tmp_path / "reference.sqlite3"))

    assert found.rows == {
        "feeds": {},
        "articles": {},
        "rates": {},
        "app_state": {},
        "enclosures": {},
        "sqlite_sequence": {},
    }


def test_a_feeds_icon_is_salvaged_with_it(tmp_path: Path):
    """The v7 columns at the end of feeds (the icon's digest, when it was looked for) come back
    with the rest of the row."""
    path = tmp_path / "caravan.sqlite3"
    fill(path, feed_count=2, per_feed=5)
    digest = "cd" * 32
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(
            "UPDATE feeds SET icon_digest = ?, icon_checked_at = 1764547200 WHERE id = 1",
            (digest,),
        )
        connection.commit()
    found = salvage(path, shapes_of(path))
    assert found.rows["feeds"][1][-2:] == (digest, 1764547200)
    assert found.rows["feeds"][2][-2:] == (None, None)


def test_enclosure_rows_are_salvaged_exactly_even_when_their_root_is_lost(tmp_path: Path):
    """The v9 table of enclosures is read like the articles: from its root, and from its
    leaves once the root is overwritten (their records fit no other table's shape)."""
    path = tmp_path / "caravan.sqlite3"
    fill(path, feed_count=1, per_feed=400)
    with closing(sqlite3.connect(path)) as connection:
        connection.executemany(
            "INSERT INTO enclosures (article_id, position, url, mime_type, length, "
            "duration_seconds, title, file, file_bytes) VALUES (?, 0, ?, 'audio/mpeg', ?, ?, "
            "'Épisode', ?, ?)",
            [
                (
                    article,
                    f"https://pod.example/{article}.mp3",
                    1_000_000 + article,
                    None if article % 2 else 3600,
                    "ab" * 32 + ".mp3" if article % 7 == 0 else None,
                    4096 if article % 7 == 0 else 0,
                )
                for article in range(1, 401)
            ],
        )
        connection.commit()
    original = tmp_path / "original.sqlite3"
    shutil.copyfile(path, original)
    found = salvage(path, shapes_of(original))
    assert found.rows["enclosures"].keys() == set(range(1, 401))
    assert_exact(found, original, "enclosures")
    assert "enclosures" in found.complete

    pages = pages_of(path, "enclosures")
    assert len(pages) > 2, "a tree with a root above its leaves"
    root = pages_of(path, "enclosures", "internal")[0]
    overwrite(path, [root])
    found = salvage(path, shapes_of(original))
    assert_exact(found, original, "enclosures")
    assert len(found.rows["enclosures"]) == 400, "every leaf read though no walk reached it"
    assert found.rows["articles"].keys() == set(range(1, 401)), "no enclosure taken for another"


def test_the_pages_cut_off_a_truncated_file_are_counted_as_unreadable(filled: tuple[Path, Path]):
    """The user is told how much of the file could not be read: a file cut in half lost half
    its pages, not a share of what is left."""
    path, original = filled
    with closing(sqlite3.connect(original)) as connection:
        total = int(connection.execute("PRAGMA page_count").fetchone()[0])
    kept = total // 2
    with path.open("r+b") as file:
        file.truncate(kept * page_size(path))

    found = salvage(path, shapes_of(original))

    assert found.page_count == total
    assert total - kept <= found.unreadable_pages <= total - 1
