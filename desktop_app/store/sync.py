"""The sync account, which feeds are the server's, and the queue of changes it has not
acknowledged (schema v8).

Two kinds of writes meet here. The user's changes (``queue_*``) are called by the store
functions that make them, inside the same transaction: a change is queued exactly when it is
made. The server's changes (``apply_*``) are written by the sync service and queue nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass(frozen=True, slots=True)
class SyncAccount:
    server_url: str
    username: str
    synced_at: datetime | None
    items_since: int | None
    last_error: str | None


@dataclass(frozen=True, slots=True)
class FlagChange:
    row: int
    item_id: str
    flag: str  # 'read' or 'starred'
    value: bool


@dataclass(frozen=True, slots=True)
class FeedChange:
    id: int
    action: str  # 'subscribe', 'edit' or 'unsubscribe'
    feed_id: int | None
    stream_id: str | None
    url: str
    title: str
    folder: str


# A synced article's key: the server's item id, long form (sync/greader.py: ITEM_PREFIX).
ITEM_KEY_PREFIX = "tag:google.com,2005:reader/item/"


def _now() -> int:
    return int(datetime.now(UTC).timestamp())


# -- the account -------------------------------------------------------------------------------
def get_account(connection: sqlite3.Connection) -> SyncAccount | None:
    row = connection.execute("SELECT * FROM sync_account WHERE id = 1").fetchone()
    if row is None:
        return None
    return SyncAccount(
        server_url=row["server_url"],
        username=row["username"],
        synced_at=None
        if row["synced_at"] is None
        else datetime.fromtimestamp(row["synced_at"], UTC),
        items_since=row["items_since"],
        last_error=row["last_error"],
    )


def set_account(connection: sqlite3.Connection, server_url: str, username: str) -> None:
    """The one account; another server or user starts again from nothing (cursors, queue,
    which feeds were the old account's)."""
    current = get_account(connection)
    if current is not None and (current.server_url, current.username) == (server_url, username):
        return
    remove_account(connection)
    connection.execute(
        "INSERT INTO sync_account (id, server_url, username, added_at) VALUES (1, ?, ?, ?)",
        (server_url, username, _now()),
    )


def remove_account(connection: sqlite3.Connection) -> int:
    """Forget the account: its feeds stay, as local feeds; what was queued is dropped.
    Returns how many feeds were the account's."""
    count = connection.execute("SELECT count(*) FROM sync_feeds").fetchone()[0]
    for table in ("sync_feeds", "sync_flag_changes", "sync_feed_changes", "sync_account"):
        connection.execute(f"DELETE FROM {table}")  # noqa: S608 - constant names
    return int(count)


def record_sync(
    connection: sqlite3.Connection, *, error: str | None, items_since: int | None = None
) -> None:
    if error is None:
        connection.execute(
            "UPDATE sync_account SET synced_at = ?, last_error = NULL, "
            "items_since = coalesce(?, items_since) WHERE id = 1",
            (_now(), items_since),
        )
    else:
        connection.execute("UPDATE sync_account SET last_error = ? WHERE id = 1", (error[:500],))


# -- feeds ---------------------------------------------------------------------------------
def synced_feed_ids(connection: sqlite3.Connection) -> set[int]:
    return {int(row[0]) for row in connection.execute("SELECT feed_id FROM sync_feeds")}


def feed_streams(connection: sqlite3.Connection) -> dict[str, int]:
    """Stream id → local feed id, for every synced feed."""
    return {
        str(row["stream_id"]): int(row["feed_id"])
        for row in connection.execute("SELECT feed_id, stream_id FROM sync_feeds")
    }


def map_feed(connection: sqlite3.Connection, feed_id: int, stream_id: str) -> None:
    connection.execute(
        "INSERT OR REPLACE INTO sync_feeds (feed_id, stream_id) VALUES (?, ?)",
        (feed_id, stream_id),
    )


def known_item_ids(connection: sqlite3.Connection) -> set[str]:
    """The server item ids stored here (a synced article's key is its item id)."""
    return {
        str(row[0])
        for row in connection.execute(
            "SELECT a.key FROM articles a JOIN sync_feeds s ON s.feed_id = a.feed_id"
        )
    }


# -- the user's changes, queued ----------------------------------------------------------------
def queue_flags(
    connection: sqlite3.Connection, article_ids: Sequence[int], flag: str, value: bool
) -> None:
    """The read or starred change the user is making to these articles (called before the
    flags change: those already so are not queued), for those that are the server's items."""
    if flag not in ("read", "starred"):
        raise ValueError(f"not a user flag: {flag}")
    if not article_ids or not _has_account(connection):
        return
    now = _now()
    for start in range(0, len(article_ids), 500):
        chunk = list(article_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        connection.execute(
            "INSERT OR REPLACE INTO sync_flag_changes (item_id, flag, value, changed_at) "  # noqa: S608
            "SELECT a.key, ?, ?, ? FROM articles a JOIN sync_feeds s ON s.feed_id = a.feed_id "
            f"WHERE a.id IN ({marks}) AND a.{flag} != ?",
            (flag, int(value), now, *chunk, int(value)),
        )


def queue_feed_edit(connection: sqlite3.Connection, feed_ids: Iterable[int]) -> None:
    """A synced feed's new title or folder, as it now is here."""
    for feed_id in feed_ids:
        connection.execute(
            "INSERT INTO sync_feed_changes (action, feed_id, stream_id, title, folder, queued_at) "
            "SELECT 'edit', f.id, s.stream_id, f.title, f.folder, ? "
            "FROM feeds f JOIN sync_feeds s ON s.feed_id = f.id WHERE f.id = ?",
            (_now(), feed_id),
        )


def queue_unsubscribe(connection: sqlite3.Connection, feed_id: int) -> None:
    """Called before a synced feed is deleted here (its mapping goes with it)."""
    connection.execute(
        "INSERT INTO sync_feed_changes (action, feed_id, stream_id, queued_at) "
        "SELECT 'unsubscribe', feed_id, stream_id, ? FROM sync_feeds WHERE feed_id = ?",
        (_now(), feed_id),
    )


def queue_subscribe(connection: sqlite3.Connection, feed_ids: Iterable[int]) -> int:
    """Local feeds to be moved into the account (not yet the server's, not yet queued);
    returns how many were queued."""
    if not _has_account(connection):
        return 0
    queued = 0
    for feed_id in feed_ids:
        cursor = connection.execute(
            "INSERT INTO sync_feed_changes (action, feed_id, url, title, folder, queued_at) "
            "SELECT 'subscribe', id, url, title, folder, ? FROM feeds WHERE id = ? "
            "AND id NOT IN (SELECT feed_id FROM sync_feeds) AND id NOT IN "
            "(SELECT feed_id FROM sync_feed_changes WHERE action = 'subscribe' "
            "AND feed_id IS NOT NULL)",
            (_now(), feed_id),
        )
        queued += cursor.rowcount
    return queued


_LOCAL_FEEDS = (
    "FROM feeds WHERE id NOT IN (SELECT feed_id FROM sync_feeds) AND id NOT IN "
    "(SELECT feed_id FROM sync_feed_changes WHERE action = 'subscribe' AND feed_id IS NOT NULL)"
)


def local_folders(connection: sqlite3.Connection) -> dict[str, int]:
    """Folder ("" for none) → how many of its feeds are local: neither the server's nor on
    their way to it."""
    return {
        str(row[0]): int(row[1])
        for row in connection.execute(
            f"SELECT folder, COUNT(*) {_LOCAL_FEEDS} GROUP BY folder ORDER BY folder"
        )
    }


def local_feed_ids(connection: sqlite3.Connection, folders: Iterable[str]) -> list[int]:
    """The local feeds of these folders ("" for the feeds in none)."""
    wanted = set(folders)
    return [
        int(row[0])
        for row in connection.execute(f"SELECT id, folder {_LOCAL_FEEDS} ORDER BY id")
        if str(row[1]) in wanted
    ]


def _has_account(connection: sqlite3.Connection) -> bool:
    return connection.execute("SELECT 1 FROM sync_account").fetchone() is not None


# -- the queue, replayed -----------------------------------------------------------------------
def pending_flags(connection: sqlite3.Connection) -> list[FlagChange]:
    return [
        FlagChange(int(row[0]), str(row[1]), str(row[2]), bool(row[3]))
        for row in connection.execute(
            "SELECT rowid, item_id, flag, value FROM sync_flag_changes ORDER BY rowid"
        )
    ]


def pending_feed_changes(connection: sqlite3.Connection) -> list[FeedChange]:
    return [
        FeedChange(
            row["id"],
            row["action"],
            row["feed_id"],
            row["stream_id"],
            row["url"],
            row["title"],
            row["folder"],
        )
        for row in connection.execute("SELECT * FROM sync_feed_changes ORDER BY id")
    ]


def pending_count(connection: sqlite3.Connection) -> int:
    row = connection.execute(
        "SELECT (SELECT count(*) FROM sync_flag_changes) + (SELECT count(*) FROM sync_feed_changes)"
    ).fetchone()
    return int(row[0])


def acknowledge_flags(connection: sqlite3.Connection, rows: Sequence[int]) -> None:
    """The server has these changes: a change made meanwhile has another rowid and stays."""
    connection.executemany("DELETE FROM sync_flag_changes WHERE rowid = ?", [(r,) for r in rows])


def acknowledge_feed_change(
    connection: sqlite3.Connection, change: FeedChange, stream_id: str | None = None
) -> None:
    """The server has this change; a subscription is the server's from now on."""
    connection.execute("DELETE FROM sync_feed_changes WHERE id = ?", (change.id,))
    if change.action == "subscribe" and stream_id and change.feed_id is not None:
        exists = connection.execute(
            "SELECT 1 FROM feeds WHERE id = ?", (change.feed_id,)
        ).fetchone()
        if exists:
            map_feed(connection, change.feed_id, stream_id)


def pending_item_flags(connection: sqlite3.Connection) -> set[tuple[str, str]]:
    return {
        (str(row[0]), str(row[1]))
        for row in connection.execute("SELECT item_id, flag FROM sync_flag_changes")
    }


# -- the server's changes, applied -------------------------------------------------------------
def apply_feed(
    connection: sqlite3.Connection,
    stream_id: str,
    url: str,
    title: str,
    folder: str,
    site_url: str,
) -> int:
    """The server's subscription here: the mapped feed updated, else a local feed of the same
    address taken over, else a new feed. Returns the local feed id."""
    row = connection.execute(
        "SELECT feed_id FROM sync_feeds WHERE stream_id = ?", (stream_id,)
    ).fetchone()
    if row is None:
        row = connection.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
    if row is None:
        cursor = connection.execute(
            "INSERT INTO feeds (url, title, folder, site_url, added_at) VALUES (?, ?, ?, ?, ?)",
            (url, title, folder, site_url, _now()),
        )
        feed_id = int(cursor.lastrowid or 0)
    else:
        feed_id = int(row[0])
        connection.execute(
            "UPDATE feeds SET title = ?, folder = ?, site_url = coalesce(nullif(?, ''), site_url) "
            "WHERE id = ?",
            (title, folder, site_url, feed_id),
        )
    map_feed(connection, feed_id, stream_id)
    return feed_id


def drop_feeds(connection: sqlite3.Connection, feed_ids: Iterable[int]) -> int:
    """Feeds the server no longer has (unsubscribed on another device, or by the server):
    deleted here, except where the user starred articles. Those stay, and only those, in
    a paused local feed of the same name: the user's stars are theirs, whatever the server
    dropped; nothing fetches the feed again unless the user resumes it."""
    removed = 0
    for feed_id in feed_ids:
        starred = connection.execute(
            "SELECT 1 FROM articles WHERE feed_id = ? AND starred = 1 LIMIT 1", (feed_id,)
        ).fetchone()
        if starred is None:
            removed += connection.execute("DELETE FROM feeds WHERE id = ?", (feed_id,)).rowcount
            continue
        connection.execute("DELETE FROM articles WHERE feed_id = ? AND starred = 0", (feed_id,))
        connection.execute("DELETE FROM sync_feeds WHERE feed_id = ?", (feed_id,))
        connection.execute(
            "UPDATE feeds SET enabled = 0, next_check_at = NULL WHERE id = ?", (feed_id,)
        )
        removed += 1
    return removed


def stored_keys(connection: sqlite3.Connection, feed_id: int, keys: Sequence[str]) -> set[str]:
    """Which of these item ids this feed stores already."""
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        found.update(
            str(row[0])
            for row in connection.execute(
                f"SELECT key FROM articles WHERE feed_id = ? "  # noqa: S608
                f"AND key IN ({','.join('?' * len(chunk))})",
                (feed_id, *chunk),
            )
        )
    return found


def adopt_local_articles(
    connection: sqlite3.Connection, feed_id: int, items: Sequence[tuple[str, str, bool, bool]]
) -> set[str]:
    """Server items (id, link, read, starred) that this feed stores already as articles of
    its own (a local feed moved into the account): each article takes the item's id as its
    key instead of being stored twice, and where the user's read or starred mark differs from
    the server's, it is queued, so the server learns it rather than undoing it. Returns the
    item ids adopted."""
    adopted: set[str] = set()
    now = _now()
    for item_id, link, read, starred in items:
        if not link:
            continue
        row = connection.execute(
            "SELECT id, read, starred FROM articles WHERE feed_id = ? AND link = ? "
            "AND key NOT LIKE ? LIMIT 1",
            (feed_id, link, ITEM_KEY_PREFIX + "%"),
        ).fetchone()
        if row is None:
            continue
        connection.execute("UPDATE articles SET key = ? WHERE id = ?", (item_id, row["id"]))
        for flag, remote in (("read", read), ("starred", starred)):
            if bool(row[flag]) != remote:
                connection.execute(
                    "INSERT OR REPLACE INTO sync_flag_changes (item_id, flag, value, changed_at) "
                    "VALUES (?, ?, ?, ?)",
                    (item_id, flag, row[flag], now),
                )
        adopted.add(item_id)
    return adopted


def set_item_flag(
    connection: sqlite3.Connection, feed_id: int, keys: Sequence[str], flag: str
) -> None:
    """Set ``flag`` on these newly stored items, as the server has it (nothing queued)."""
    if flag not in ("read", "starred"):
        raise ValueError(f"not a user flag: {flag}")
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        connection.execute(
            f"UPDATE articles SET {flag} = 1 WHERE feed_id = ? "  # noqa: S608
            f"AND key IN ({','.join('?' * len(chunk))})",
            (feed_id, *chunk),
        )


def apply_flags(
    connection: sqlite3.Connection, unread: set[str], starred: set[str]
) -> tuple[int, int]:
    """The server's read and starred states for every synced article, except those with a
    change of that flag still queued here (the newer change). Items the server no longer
    lists as unread are read, those it does not list as starred are not starred (a server
    keeps a starred item while its feed lasts; a dropped feed's starred articles stay here:
    see drop_feeds). Returns (read changes, starred changes)."""
    connection.execute("CREATE TEMP TABLE IF NOT EXISTS sync_unread (item_id TEXT PRIMARY KEY)")
    connection.execute("CREATE TEMP TABLE IF NOT EXISTS sync_starred (item_id TEXT PRIMARY KEY)")
    changed = []
    try:
        for table, ids in (("sync_unread", unread), ("sync_starred", starred)):
            connection.execute(f"DELETE FROM temp.{table}")  # noqa: S608
            connection.executemany(
                f"INSERT OR IGNORE INTO temp.{table} VALUES (?)",  # noqa: S608
                [(item_id,) for item_id in ids],
            )
        for flag, value_sql in (
            ("read", "a.key NOT IN (SELECT item_id FROM temp.sync_unread)"),
            ("starred", "a.key IN (SELECT item_id FROM temp.sync_starred)"),
        ):
            cursor = connection.execute(
                f"""
                UPDATE articles AS a SET {flag} = ({value_sql})
                WHERE a.feed_id IN (SELECT feed_id FROM sync_feeds)
                  AND a.key LIKE '{ITEM_KEY_PREFIX}%'  -- not a local article yet to be adopted
                  AND a.{flag} != ({value_sql})
                  AND NOT EXISTS (SELECT 1 FROM sync_flag_changes c
                                  WHERE c.item_id = a.key AND c.flag = '{flag}')
                """  # noqa: S608 - constant names
            )
            changed.append(cursor.rowcount)
    finally:
        connection.execute("DELETE FROM temp.sync_unread")
        connection.execute("DELETE FROM temp.sync_starred")
    return changed[0], changed[1]
