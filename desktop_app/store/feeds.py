"""Subscriptions and their fetch state."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime

from desktop_app.domain import Feed
from desktop_app.errors import DuplicateFeedError
from desktop_app.store import state

_EARLY_RETRIES_KEY = "early_retries"


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
        next_check_at=_timestamp(row["next_check_at"]),
        interval_minutes=row["interval_minutes"],
        feed_min_interval_minutes=row["feed_min_interval_minutes"],
        retry_after_until=_timestamp(row["retry_after_until"]),
        full_text=None if row["full_text"] is None else bool(row["full_text"]),
        # Absent from a v6 database read where it cannot be migrated (a read-only folder).
        icon_digest=row["icon_digest"] if "icon_digest" in row.keys() else None,  # noqa: SIM118
        icon_checked_at=_timestamp(row["icon_checked_at"])
        if "icon_checked_at" in row.keys()  # noqa: SIM118
        else None,
    )


def add_feed(
    connection: sqlite3.Connection, url: str, title: str = "", folder: str = ""
) -> tuple[int, bool]:
    """Subscribe to ``url`` unless already subscribed; return (feed id, newly added)."""
    existing = feed_id_for_url(connection, url)
    if existing is not None:
        return existing, False
    cursor = connection.execute(
        "INSERT INTO feeds (url, title, folder, added_at) VALUES (?, ?, ?, ?)",
        (url, title, folder, int(datetime.now(UTC).timestamp())),
    )
    return int(cursor.lastrowid or 0), True


def feed_id_for_url(connection: sqlite3.Connection, url: str) -> int | None:
    row = connection.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
    return None if row is None else int(row["id"])


def list_feeds(connection: sqlite3.Connection, enabled_only: bool = False) -> list[Feed]:
    where = "WHERE enabled = 1" if enabled_only else ""
    rows = connection.execute(f"SELECT * FROM feeds {where} ORDER BY folder, title, url")  # noqa: S608
    # fetchall: one call through the damage-watching cursor, not one per feed (each a Python
    # call: hundreds of feeds are listed before the first paint).
    return [_feed(row) for row in rows.fetchall()]


def get_feed(connection: sqlite3.Connection, feed_id: int) -> Feed | None:
    row = connection.execute("SELECT * FROM feeds WHERE id = ?", (feed_id,)).fetchone()
    return None if row is None else _feed(row)


def due_feeds(connection: sqlite3.Connection, now: datetime) -> list[Feed]:
    """Enabled feeds whose next check has come (or was never planned)."""
    rows = connection.execute(
        "SELECT * FROM feeds WHERE enabled = 1 AND (next_check_at IS NULL OR next_check_at <= ?) "
        "ORDER BY next_check_at",
        (int(now.timestamp()),),
    )
    return [_feed(row) for row in rows]


def record_success(
    connection: sqlite3.Connection,
    feed_id: int,
    *,
    etag: str | None,
    last_modified: str | None,
    content_hash: str | None,
    next_check_at: datetime,
    title: str | None = None,
    site_url: str | None = None,
    feed_min_interval_minutes: int | None = None,
) -> None:
    """Remember the validators of a good fetch, plan the next one, clear the error state.

    A feed's title from the document fills in a title the user has not given.
    """
    connection.execute(
        """
        UPDATE feeds SET
            etag = ?, last_modified = ?, content_hash = coalesce(?, content_hash),
            last_fetched_at = ?, last_error = NULL, error_since = NULL, error_count = 0,
            title = CASE WHEN title = '' AND ? IS NOT NULL THEN ? ELSE title END,
            site_url = coalesce(?, site_url),
            next_check_at = ?, retry_after_until = NULL,
            feed_min_interval_minutes = coalesce(?, feed_min_interval_minutes)
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
            int(next_check_at.timestamp()),
            feed_min_interval_minutes,
            feed_id,
        ),
    )


def record_icon(
    connection: sqlite3.Connection,
    feed_id: int,
    digest: str | None,
    checked_at: datetime | None = None,
) -> None:
    """Remember the feed's icon (None: none found, the one found before is kept) and when it
    was looked for, so the next look waits (see services/favicons.py)."""
    moment = int((checked_at or datetime.now(UTC)).timestamp())
    connection.execute(
        "UPDATE feeds SET icon_digest = coalesce(?, icon_digest), icon_checked_at = ? WHERE id = ?",
        (digest, moment, feed_id),
    )


def icon_digests(connection: sqlite3.Connection) -> set[str]:
    """Every digest a feed's icon points at: files the image cache's eviction keeps."""
    rows = connection.execute(
        "SELECT DISTINCT icon_digest FROM feeds WHERE icon_digest IS NOT NULL"
    )
    return {row[0] for row in rows}


def content_hash(connection: sqlite3.Connection, feed_id: int) -> str | None:
    row = connection.execute("SELECT content_hash FROM feeds WHERE id = ?", (feed_id,)).fetchone()
    return None if row is None else row["content_hash"]


def record_error(
    connection: sqlite3.Connection,
    feed_id: int,
    message: str,
    *,
    next_check_at: datetime | None = None,
    retry_after_until: datetime | None = None,
    counted: bool = True,
) -> None:
    """Keep the error with since-when and how many times in a row, and when to try again.

    ``counted=False``: a failure that does not count toward the back-off (an early retry),
    the number of failures in a row stays."""
    now = int(datetime.now(UTC).timestamp())
    connection.execute(
        """
        UPDATE feeds SET
            last_fetched_at = ?, last_error = ?,
            error_since = coalesce(error_since, ?), error_count = error_count + ?,
            next_check_at = ?, retry_after_until = ?
        WHERE id = ?
        """,
        (
            now,
            message,
            now,
            int(counted),
            None if next_check_at is None else int(next_check_at.timestamp()),
            None if retry_after_until is None else int(retry_after_until.timestamp()),
            feed_id,
        ),
    )


def early_retries(connection: sqlite3.Connection) -> dict[int, datetime]:
    """Feed id -> the planned check that ends the back-off window in which the feed was
    already retried early (see services/schedule.py:plan_refresh)."""
    try:
        stored = json.loads(state.get_state(connection, _EARLY_RETRIES_KEY) or "{}")
    except ValueError:
        return {}  # unreadable: at worst each failing feed gets one more early retry
    if not isinstance(stored, dict):
        return {}
    return {
        int(feed_id): datetime.fromtimestamp(planned, UTC)
        for feed_id, planned in stored.items()
        if feed_id.isdigit() and isinstance(planned, int)
    }


def record_early_retries(connection: sqlite3.Connection, retried: Iterable[Feed]) -> None:
    """Remember that ``retried`` are fetched before their planned check, for their current
    back-off window only: a feed that has planned another check since is forgotten."""
    current = {
        row["id"]: row["next_check_at"]
        for row in connection.execute("SELECT id, next_check_at FROM feeds WHERE error_count > 0")
    }
    kept = {
        feed_id: int(planned.timestamp())
        for feed_id, planned in early_retries(connection).items()
        if current.get(feed_id) == int(planned.timestamp())
    }
    for feed in retried:
        if feed.next_check_at is not None:
            kept[feed.id] = int(feed.next_check_at.timestamp())
    state.set_state(connection, _EARLY_RETRIES_KEY, json.dumps(kept, sort_keys=True))


def move_feed(connection: sqlite3.Connection, feed_id: int, new_url: str) -> bool:
    """Follow a permanent redirect; False when another subscription already has that URL."""
    taken = connection.execute(
        "SELECT 1 FROM feeds WHERE url = ? AND id != ?", (new_url, feed_id)
    ).fetchone()
    if taken:
        return False
    connection.execute("UPDATE feeds SET url = ? WHERE id = ?", (new_url, feed_id))
    return True


def disable_feed(connection: sqlite3.Connection, feed_id: int, reason: str) -> None:
    """Stop fetching (e.g. 410 Gone); the articles stay, the reason is shown."""
    record_error(connection, feed_id, reason)
    connection.execute("UPDATE feeds SET enabled = 0 WHERE id = ?", (feed_id,))


def update_feed(
    connection: sqlite3.Connection,
    feed_id: int,
    *,
    title: str | None = None,
    folder: str | None = None,
    interval_minutes: int | None = None,
    clear_interval: bool = False,
    enabled: bool | None = None,
    full_text: bool | None = None,
    detect_full_text: bool = False,
) -> bool:
    """Change what the user controls; False when there is no such feed.

    ``full_text`` forces fetching article pages on (True) or off (False);
    ``detect_full_text`` goes back to detecting teaser feeds."""
    if get_feed(connection, feed_id) is None:
        return False
    if title is not None:
        connection.execute("UPDATE feeds SET title = ? WHERE id = ?", (title, feed_id))
    if folder is not None:
        connection.execute("UPDATE feeds SET folder = ? WHERE id = ?", (folder, feed_id))
    if title is not None or folder is not None:
        from desktop_app.store import sync  # not at start-up: see articles._set_flag

        sync.queue_feed_edit(connection, [feed_id])
    if interval_minutes is not None or clear_interval:
        connection.execute(
            "UPDATE feeds SET interval_minutes = ?, next_check_at = NULL WHERE id = ?",
            (interval_minutes, feed_id),
        )
    if enabled is not None:
        connection.execute(
            "UPDATE feeds SET enabled = ?, next_check_at = NULL, retry_after_until = NULL "
            "WHERE id = ?",
            (int(enabled), feed_id),
        )
    if full_text is not None or detect_full_text:
        connection.execute(
            "UPDATE feeds SET full_text = ? WHERE id = ?",
            (None if full_text is None else int(full_text), feed_id),
        )
    return True


def change_url(connection: sqlite3.Connection, feed_id: int, url: str) -> bool:
    """The user gives a feed a new address: its articles and their read and starred marks
    stay; what was learnt of the old address (validators, errors, the plan) is forgotten,
    so the new one is fetched at the next check. False when there is no such feed;
    DuplicateFeedError when another feed has that address."""
    if get_feed(connection, feed_id) is None:
        return False
    if not move_feed(connection, feed_id, url):
        raise DuplicateFeedError(f"Another feed already has the address {url}")
    connection.execute(
        "UPDATE feeds SET etag = NULL, last_modified = NULL, content_hash = NULL, "
        "last_error = NULL, error_since = NULL, error_count = 0, next_check_at = NULL, "
        "retry_after_until = NULL WHERE id = ?",
        (feed_id,),
    )
    return True


def make_due(connection: sqlite3.Connection, feed_id: int) -> None:
    """Plan the feed's next check for now (a server's Retry-After still holds)."""
    connection.execute("UPDATE feeds SET next_check_at = NULL WHERE id = ?", (feed_id,))


def rename_folder(connection: sqlite3.Connection, old: str, new: str) -> int:
    """Move every feed of folder ``old`` into ``new`` ('' for none); return how many."""
    moved = [
        int(row[0]) for row in connection.execute("SELECT id FROM feeds WHERE folder = ?", (old,))
    ]
    cursor = connection.execute("UPDATE feeds SET folder = ? WHERE folder = ?", (new, old))
    from desktop_app.store import sync  # not at start-up: see articles._set_flag

    sync.queue_feed_edit(connection, moved)
    return cursor.rowcount


def remove_feed(connection: sqlite3.Connection, feed_id: int) -> int | None:
    """Unsubscribe and delete the feed's articles; return how many, None if no such feed."""
    row = connection.execute(
        "SELECT count(*) FROM articles WHERE feed_id = ?", (feed_id,)
    ).fetchone()
    from desktop_app.store import sync  # not at start-up: see articles._set_flag

    sync.queue_unsubscribe(connection, feed_id)
    cursor = connection.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))
    return int(row[0]) if cursor.rowcount else None
