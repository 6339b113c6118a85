"""Retention: old articles go, starred ones never do, and the space is given back."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

# A tombstone is dropped once its feed has not listed the item for this long.
TOMBSTONE_GRACE = timedelta(days=30)


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    keep_days: int = 90  # 0 keeps everything
    max_per_feed: int = 2000  # 0 means no limit


def apply_retention(connection: sqlite3.Connection, policy: RetentionPolicy, now: datetime) -> int:
    """Delete what the policy lets go; return how many articles were deleted.

    Age counts from when Caravan first stored an article (a feed full of old items does not
    vanish on arrival). Starred articles are never deleted. Each deletion leaves a tombstone
    so the item is not stored again while its feed still lists it.
    """
    now_ts = int(now.timestamp())
    doomed: list[tuple[int, int, str]] = []
    if policy.keep_days > 0:
        cutoff = int((now - timedelta(days=policy.keep_days)).timestamp())
        doomed += connection.execute(
            "SELECT id, feed_id, key FROM articles WHERE starred = 0 AND first_seen_at < ?",
            (cutoff,),
        ).fetchall()
    if policy.max_per_feed > 0:
        # Counted from an index; only a feed over its maximum has its rows read.
        crowded = connection.execute(
            "SELECT feed_id FROM articles GROUP BY feed_id HAVING count(*) > ?",
            (policy.max_per_feed,),
        ).fetchall()
        for (feed_id,) in crowded:
            doomed += connection.execute(
                """
                SELECT id, feed_id, key FROM (
                    SELECT id, feed_id, key, starred FROM articles WHERE feed_id = ?
                    ORDER BY published_at DESC, id DESC LIMIT -1 OFFSET ?
                ) WHERE starred = 0
                """,
                (feed_id, policy.max_per_feed),
            ).fetchall()
    unique = {row[0]: (row[1], row[2]) for row in doomed}
    connection.executemany(
        "INSERT OR REPLACE INTO deleted_articles (feed_id, key, deleted_at, last_seen_at) "
        "VALUES (?, ?, ?, ?)",
        [(feed_id, key, now_ts, now_ts) for feed_id, key in unique.values()],
    )
    connection.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in unique])
    connection.execute(
        "DELETE FROM deleted_articles WHERE last_seen_at < ?",
        (int((now - TOMBSTONE_GRACE).timestamp()),),
    )
    return len(unique)


def reclaim_space(connection: sqlite3.Connection) -> None:
    """Merge the search index's segments and give freed pages back to the file system
    (databases created with incremental auto-vacuum). Must run outside a transaction:
    ``executescript`` steps the pragma to the end, where ``execute`` frees a single page."""
    connection.execute("INSERT INTO articles_search (articles_search) VALUES ('optimize')")
    connection.executescript("PRAGMA incremental_vacuum;")
