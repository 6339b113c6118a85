"""Subscriptions and their fetch state."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from desktop_app.domain import Feed


def _timestamp(value: int | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


def _feed(row: sqlite3.Row) -> Feed:
    return Feed(
        id=row["id"],
        url=row["url"],
        title=row["title"],
        folder=row["folder"],
        site_url=row["site_url"],
        enabled=bool(row["enabled"]),
        etag=row["etag"],
        last_modified=row["last_modified"],
        last_fetched_at=_timestamp(row["last_fetched_at"]),
        last_error=row["last_error"],
        error_since=_timestamp(row["error_since"]),
        error_count=row["error_count"],
    )


def add_feed(
    connection: sqlite3.Connection, url: str, title: str = "", folder: str = ""
) -> tuple[int, bool]:
    """Subscribe to ``url`` unless already subscribed; return (feed id, newly added)."""
    row = connection.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
    if row is not None:
        return int(row["id"]), False
    cursor = connection.execute(
        "INSERT INTO feeds (url, title, folder, added_at) VALUES (?, ?, ?, ?)",
        (url, title, folder, int(datetime.now(UTC).timestamp())),
    )
    return int(cursor.lastrowid or 0), True


def list_feeds(connection: sqlite3.Connection, enabled_only: bool = False) -> list[Feed]:
    where = "WHERE enabled = 1" if enabled_only else ""
    rows = connection.execute(f"SELECT * FROM feeds {where} ORDER BY folder, title, url")  # noqa: S608
    return [_feed(row) for row in rows]


def get_feed(connection: sqlite3.Connection, feed_id: int) -> Feed | None:
    row = connection.execute("SELECT * FROM feeds WHERE id = ?", (feed_id,)).fetchone()
    return None if row is None else _feed(row)


def record_success(
    connection: sqlite3.Connection,
    feed_id: int,
    *,
    etag: str | None,
    last_modified: str | None,
    content_hash: str | None,
    title: str | None = None,
    site_url: str | None = None,
) -> None:
    """Remember the validators of a good fetch and clear the error state.

    A feed's title from the document fills in a title the user has not given.
    """
    connection.execute(
        """
        UPDATE feeds SET
            etag = ?, last_modified = ?, content_hash = coalesce(?, content_hash),
            last_fetched_at = ?, last_error = NULL, error_since = NULL, error_count = 0,
            title = CASE WHEN title = '' AND ? IS NOT NULL THEN ? ELSE title END,
            site_url = coalesce(?, site_url)
        WHERE id = ?
        """,
        (
            etag,
            last_modified,
            content_hash,
            int(datetime.now(UTC).timestamp()),
            title,
            title,
            site_url,
            feed_id,
        ),
    )


def content_hash(connection: sqlite3.Connection, feed_id: int) -> str | None:
    row = connection.execute("SELECT content_hash FROM feeds WHERE id = ?", (feed_id,)).fetchone()
    return None if row is None else row["content_hash"]


def record_error(connection: sqlite3.Connection, feed_id: int, message: str) -> None:
    """Keep the error with since-when and how many times in a row."""
    now = int(datetime.now(UTC).timestamp())
    connection.execute(
        """
        UPDATE feeds SET
            last_fetched_at = ?, last_error = ?,
            error_since = coalesce(error_since, ?), error_count = error_count + 1
        WHERE id = ?
        """,
        (now, message, now, feed_id),
    )
