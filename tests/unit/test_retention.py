"""Retention: old articles go, starred ones stay, deleted items do not come back, space returns."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.config import load_config
from desktop_app.feeds.parse import parse_feed
from desktop_app.store import articles, feeds
from desktop_app.store.db import Database
from desktop_app.store.retention import (
    TOMBSTONE_GRACE,
    RetentionPolicy,
    apply_retention,
    reclaim_space,
)

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
FEEDS = Path(__file__).parent.parent / "fixtures" / "feeds-real"


def store(database: Database, name: str, first_seen: datetime) -> int:
    parsed = parse_feed((FEEDS / name).read_bytes(), f"https://example.org/{name}")

    def work(connection: sqlite3.Connection) -> int:
        feed_id, _ = feeds.add_feed(connection, f"https://example.org/{name}")
        articles.store_entries(connection, feed_id, parsed.entries, first_seen)
        return int(feed_id)

    return database.writer.run(work)


def keys(database: Database) -> set[str]:
    with closing(database.reader()) as reader:
        return {row[0] for row in reader.execute("SELECT key FROM articles")}


def star_first(database: Database, count: int) -> set[str]:
    with closing(database.reader()) as reader:
        rows = reader.execute("SELECT id, key FROM articles ORDER BY id LIMIT ?", (count,))
        chosen = {row[0]: row[1] for row in rows}
    database.writer.run(lambda c: articles.set_starred(c, list(chosen), True))
    return set(chosen.values())


def test_articles_older_than_the_retention_go_but_starred_ones_stay(database):
    store(database, "macworld.rss", NOW - timedelta(days=100))
    store(database, "natasha.xml", NOW - timedelta(days=10))
    starred = star_first(database, 3)
    recent = keys(database) - starred
    removed = database.writer.run(lambda c: apply_retention(c, RetentionPolicy(90, 0), NOW))
    assert removed == 27
    remaining = keys(database)
    assert starred <= remaining
    assert len(remaining) == 3 + 10
    assert len(recent & remaining) == 10


def test_keep_days_zero_keeps_everything(database):
    store(database, "macworld.rss", NOW - timedelta(days=4000))
    assert database.writer.run(lambda c: apply_retention(c, RetentionPolicy(0, 0), NOW)) == 0


def test_per_feed_maximum_keeps_the_newest_and_every_starred(database):
    store(database, "scriptingNews.rss", NOW)
    with closing(database.reader()) as reader:
        oldest = reader.execute(
            "SELECT id, key FROM articles ORDER BY published_at, id LIMIT 1"
        ).fetchone()
        newest = {
            row[0]
            for row in reader.execute(
                "SELECT key FROM articles ORDER BY published_at DESC, id DESC LIMIT 20"
            )
        }
    database.writer.run(lambda c: articles.set_starred(c, [oldest[0]], True))
    removed = database.writer.run(lambda c: apply_retention(c, RetentionPolicy(0, 20), NOW))
    assert removed == 29
    assert keys(database) == newest | {oldest[1]}


def test_an_item_removed_by_retention_is_not_stored_again_while_its_feed_lists_it(database):
    feed_id = store(database, "macworld.rss", NOW - timedelta(days=100))
    database.writer.run(lambda c: apply_retention(c, RetentionPolicy(90, 0), NOW))
    assert keys(database) == set()
    parsed = parse_feed((FEEDS / "macworld.rss").read_bytes(), "https://example.org/m")
    counts = database.writer.run(lambda c: articles.store_entries(c, feed_id, parsed.entries, NOW))
    assert counts.new == 0
    assert keys(database) == set()


def test_a_tombstone_goes_once_the_feed_has_dropped_the_item(database):
    store(database, "macworld.rss", NOW - timedelta(days=100))
    database.writer.run(lambda c: apply_retention(c, RetentionPolicy(90, 0), NOW))
    later = NOW + TOMBSTONE_GRACE + timedelta(days=1)
    database.writer.run(lambda c: apply_retention(c, RetentionPolicy(90, 0), later))
    with closing(database.reader()) as reader:
        assert reader.execute("SELECT count(*) FROM deleted_articles").fetchone()[0] == 0


def test_space_is_given_back_after_deleting(database):
    def pages(connection: sqlite3.Connection) -> int:
        return int(connection.execute("PRAGMA page_count").fetchone()[0])

    empty = database.writer.run(pages)  # the schema's own pages, which nothing gives back
    for name in ("scriptingNews.rss", "DaringFireball.atom", "macworld.rss", "livemint.xml"):
        store(database, name, NOW - timedelta(days=200))
    before = database.writer.run(pages)
    database.writer.run(lambda c: apply_retention(c, RetentionPolicy(90, 0), NOW))
    database.writer.run_without_transaction(reclaim_space)
    after = database.writer.run(pages)
    assert after - empty < (before - empty) / 2


def test_storage_settings_are_read_from_the_config(tmp_path):
    path = tmp_path / "caravan.toml"
    path.write_text("[storage]\nkeep_days = 30\nmax_articles_per_feed = 0\n", encoding="utf-8")
    loaded = load_config(path)
    assert loaded.problems == ()
    assert (loaded.config.storage.keep_days, loaded.config.storage.max_articles_per_feed) == (30, 0)
