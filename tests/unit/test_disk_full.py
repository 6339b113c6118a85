"""Disk full: a write that does not fit fails with a clear error for that item, nothing stored
before is lost, and everything is saved once space returns.

The "disk" is the database's own size limit (``PRAGMA max_page_count`` on the writer's
connection): SQLite answers SQLITE_FULL exactly as it does when the file system is full.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from desktop_app.config import Config, FeedSetting, RatesSettings
from desktop_app.errors import DiskFullError
from desktop_app.net.http import HttpClient, NetworkPolicy
from desktop_app.services.library import Library
from desktop_app.services.refresh import RefreshService
from desktop_app.store import articles, feeds
from desktop_app.store.db import Database
from tests.conftest import LocalServer, Route

POLICY = NetworkPolicy(connect_timeout=2.0, read_timeout=2.0, total_deadline=10.0)
BIG_FEED_ITEMS = 400


def big_feed(items: int) -> bytes:
    """An RSS feed whose articles need far more pages than the database has left."""
    paragraph = "<p>" + "Caravan keeps every article readable offline. " * 40 + "</p>"
    body = "".join(
        f"<item><guid>big-{n}</guid><title>Story {n}</title>"
        f"<link>https://caravan.example/big/{n}</link>"
        f"<description><![CDATA[{paragraph}]]></description></item>"
        for n in range(items)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Big</title><link>https://caravan.example/</link>{body}</channel></rss>"
    ).encode()


def limit_to_current_size(connection: sqlite3.Connection) -> None:
    (pages,) = connection.execute("PRAGMA page_count").fetchone()
    connection.execute(f"PRAGMA max_page_count = {pages}")


def lift_limit(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA max_page_count = 1073741823")


def snapshot(database: Database) -> dict[int, tuple[str, bool, bool]]:
    """Every stored article: title, read, starred."""
    with closing(database.reader()) as reader:
        rows = reader.execute("SELECT id, title, read, starred FROM articles").fetchall()
    return {row["id"]: (row["title"], bool(row["read"]), bool(row["starred"])) for row in rows}


def integrity(database: Database) -> str:
    with closing(database.reader()) as reader:
        return str(reader.execute("PRAGMA integrity_check").fetchone()[0])


def test_a_full_disk_fails_the_feed_that_does_not_fit_keeps_everything_and_recovers(
    database: Database, http_server: LocalServer, fixtures_dir: Path
) -> None:
    small = http_server.serve_file("/natasha.xml", fixtures_dir / "feeds-real" / "natasha.xml")
    http_server.routes["/big.rss"] = Route(big_feed(BIG_FEED_ITEMS))
    big = http_server.url("/big.rss")
    config = Config(
        rates=RatesSettings(url=http_server.url("/no-rates")),
        feeds=(FeedSetting(small),),
    )
    service = RefreshService(database, HttpClient(POLICY), config, workers=4)
    service.import_config_feeds()
    service.refresh_all(include_rates=False)
    library = Library(database)
    try:
        stored_ids = sorted(snapshot(database))
        assert len(stored_ids) == 10
        library.set_read(stored_ids[:4], True).result()
        library.set_starred(stored_ids[2:6], True).result()
        before = snapshot(database)
        library.add_feed(big).result()

        database.writer.run_without_transaction(limit_to_current_size)
        summary = service.refresh_all(include_rates=False)

        errors = {outcome.url: outcome.error for outcome in summary.feeds}
        assert errors[small] is None  # unchanged (304): needs no space, and says so
        big_error = errors[big]
        assert big_error is not None
        assert "disk is full" in big_error
        assert snapshot(database) == before  # not one article or flag lost
        assert integrity(database) == "ok"

        # A user's change that does not fit is refused with the same clear words.
        refused = library.remember({"window/geometry": "x" * 2_000_000}).exception(timeout=10)
        assert isinstance(refused, DiskFullError)
        assert library.remembered("window/geometry") is None

        database.writer.run_without_transaction(lift_limit)
        summary = service.refresh_all(include_rates=False)

        assert {outcome.url: outcome.error for outcome in summary.feeds}[big] is None
        after = snapshot(database)
        assert len(after) == 10 + BIG_FEED_ITEMS
        assert {key: after[key] for key in before} == before
        with closing(database.reader()) as reader:
            big_feed_row = next(feed for feed in feeds.list_feeds(reader) if feed.url == big)
            assert big_feed_row.last_error is None
            assert articles.count_articles(reader) == 10 + BIG_FEED_ITEMS
        assert integrity(database) == "ok"
    finally:
        library.close()
