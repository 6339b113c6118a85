"""Stored enclosures: kept in step with their article's item on every refresh, and the copies
the user downloaded for offline use.

An enclosure is known by its article and address: a refresh that changes a size, a type or
the order updates the row in place, so a downloaded copy stays attached. An enclosure the
feed no longer lists goes, unless the user downloaded it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from desktop_app.domain import Enclosure

_COLUMNS = "url, mime_type, length, duration_seconds, title, file, file_bytes"


def sync_enclosures(
    connection: sqlite3.Connection, article_id: int, enclosures: Sequence[Enclosure]
) -> bool:
    """Make the article's stored enclosures the item's; True when anything changed."""
    stored = {row["url"]: row for row in _rows(connection, article_id)}
    changed = False
    for position, enclosure in enumerate(enclosures):
        row = stored.pop(enclosure.url, None)
        values = (
            position,
            enclosure.mime_type,
            enclosure.length,
            enclosure.duration_seconds,
            enclosure.title,
        )
        if row is None:
            connection.execute(
                "INSERT INTO enclosures (article_id, position, url, mime_type, length, "
                "duration_seconds, title) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (article_id, position, enclosure.url, *values[1:]),
            )
            changed = True
        elif tuple(row[name] for name in _STORED) != values:
            connection.execute(
                "UPDATE enclosures SET position = ?, mime_type = ?, length = ?, "
                "duration_seconds = ?, title = ? WHERE id = ?",
                (*values, row["id"]),
            )
            changed = True
    gone = [row["id"] for row in stored.values() if row["file"] is None]
    connection.executemany("DELETE FROM enclosures WHERE id = ?", [(i,) for i in gone])
    return changed or bool(gone)


_STORED = ("position", "mime_type", "length", "duration_seconds", "title")


def _rows(connection: sqlite3.Connection, article_id: int) -> list[sqlite3.Row]:
    return connection.execute(
        f"SELECT id, position, {_COLUMNS} FROM enclosures WHERE article_id = ?",  # noqa: S608
        (article_id,),
    ).fetchall()


def store_for_new_articles(
    connection: sqlite3.Connection,
    feed_id: int,
    after_id: int,
    by_key: dict[str, Sequence[Enclosure]],
) -> None:
    """The enclosures of the articles of ``feed_id`` just stored (ids above ``after_id``)."""
    if not by_key:
        return
    rows = connection.execute(
        "SELECT id, key FROM articles WHERE feed_id = ? AND id > ?", (feed_id, after_id)
    )
    for article_id, key in [(row[0], row[1]) for row in rows]:
        enclosures = by_key.get(key)
        if enclosures:
            sync_enclosures(connection, article_id, enclosures)


def article_enclosures(connection: sqlite3.Connection, article_id: int) -> tuple[Enclosure, ...]:
    """In the feed's order. A database older than enclosures (opened read-only, not
    migrated) has none."""
    try:
        rows = connection.execute(
            f"SELECT {_COLUMNS} FROM enclosures WHERE article_id = ? "  # noqa: S608
            "ORDER BY position, id",
            (article_id,),
        ).fetchall()
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):
            return ()
        raise
    return tuple(
        Enclosure(
            url=row["url"],
            mime_type=row["mime_type"],
            length=row["length"],
            duration_seconds=row["duration_seconds"],
            title=row["title"],
            downloaded=row["file"],
            downloaded_bytes=row["file_bytes"] or 0,
        )
        for row in rows
    )


def has_enclosures(connection: sqlite3.Connection, article_id: int) -> bool:
    try:
        row = connection.execute(
            "SELECT 1 FROM enclosures WHERE article_id = ? LIMIT 1", (article_id,)
        ).fetchone()
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):
            return False
        raise
    return row is not None


def record_download(
    connection: sqlite3.Connection, article_id: int, url: str, file: str, size: int
) -> bool:
    """The downloaded copy of an enclosure; False when the enclosure is gone meanwhile."""
    cursor = connection.execute(
        "UPDATE enclosures SET file = ?, file_bytes = ? WHERE article_id = ? AND url = ?",
        (file, size, article_id, url),
    )
    return cursor.rowcount > 0


def forget_download(connection: sqlite3.Connection, article_id: int, url: str) -> str | None:
    """Drop the downloaded copy's record; its file name, when no other row still uses it."""
    row = connection.execute(
        "SELECT file FROM enclosures WHERE article_id = ? AND url = ?", (article_id, url)
    ).fetchone()
    if row is None or row["file"] is None:
        return None
    connection.execute(
        "UPDATE enclosures SET file = NULL, file_bytes = 0 WHERE article_id = ? AND url = ?",
        (article_id, url),
    )
    return None if row["file"] in downloaded_files(connection) else str(row["file"])


def downloaded_files(connection: sqlite3.Connection) -> set[str]:
    """Every file name a row refers to (the others in the folder are left-overs)."""
    try:
        rows = connection.execute("SELECT DISTINCT file FROM enclosures WHERE file IS NOT NULL")
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):
            return set()
        raise
    return {str(row[0]) for row in rows}


def downloads_bytes(connection: sqlite3.Connection) -> int:
    """The space the downloads take: each file once, however many rows share it."""
    row = connection.execute(
        "SELECT coalesce(sum(bytes), 0) FROM (SELECT max(file_bytes) AS bytes FROM enclosures "
        "WHERE file IS NOT NULL GROUP BY file)"
    ).fetchone()
    return int(row[0])


def image_enclosure_urls(
    connection: sqlite3.Connection, article_ids: Iterable[int]
) -> dict[int, list[str]]:
    """The addresses of the image enclosures of these articles (shown inline, cached like
    the images of the text)."""
    found: dict[int, list[str]] = {}
    ids = list(article_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = connection.execute(
            f"SELECT article_id, url FROM enclosures WHERE article_id IN ({marks}) "  # noqa: S608
            "AND mime_type LIKE 'image/%' ORDER BY article_id, position",
            chunk,
        )
        for article_id, url in rows:
            found.setdefault(int(article_id), []).append(str(url))
    return found
