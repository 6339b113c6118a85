"""A damaged database's readable rows merged over a sound base (the newest backup, or a new
file): what the damaged file still holds is newer than any backup, so its rows win; what
only the backup holds fills the holes the damage left.

Feeds are matched by address and articles by (feed, key), so a feed or an article keeps its
id unless the base gave that id to another. When a table was read whole from the damaged
file, a base row it does not hold was removed by the user (or retention) after the backup:
it stays removed.
"""

# ruff: noqa: S608 -- table and column names come from the schema itself; values are bound
from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.store.rates import VALIDATORS_PREFIX
from desktop_app.store.salvage import Salvage, TableShape, Value

# The tables salvaged, with their column count when they were created (schema v1): a row
# written before a later migration added columns has only those.
SALVAGED_TABLES: Mapping[str, int] = {
    "feeds": 14,
    "articles": 14,
    "rates": 6,
    "app_state": 2,
    "enclosures": 10,  # schema v9
}
_KINDS = {"INTEGER": "i", "TEXT": "t", "REAL": "r", "BLOB": "b"}


@dataclass(frozen=True, slots=True)
class MergeCounts:
    """Rows of the rebuilt file by origin."""

    feeds_salvaged: int = 0
    articles_salvaged: int = 0
    read_or_starred_salvaged: int = 0
    rates_salvaged: int = 0
    feeds_from_backup: int = 0
    articles_from_backup: int = 0
    articles_without_feed: int = 0  # salvaged, but their feed could be read nowhere
    enclosures_salvaged: int = 0


def table_shapes(connection: sqlite3.Connection) -> dict[str, TableShape]:
    """The shapes of the salvaged tables as the current schema defines them."""
    shapes: dict[str, TableShape] = {}
    for name, first_columns in SALVAGED_TABLES.items():
        columns = connection.execute(f"PRAGMA table_info({name})").fetchall()
        if not columns:
            continue  # a table of a later schema than this file's
        keys = [column for column in columns if column[5]]
        integer_key = len(keys) == 1 and keys[0][2].upper() == "INTEGER"
        shapes[name] = TableShape(
            columns=tuple(column[1] for column in columns),
            kinds="".join(_KINDS.get(column[2].upper(), "b") for column in columns),
            required=tuple(bool(column[3]) for column in columns),
            key_column=keys[0][0] if integer_key else None,
            min_columns=first_columns,
        )
    # The AUTOINCREMENT counters (name, seq): declared without types, so described here. Last,
    # so that an orphan page's record goes to a table above first.
    shapes["sqlite_sequence"] = TableShape(
        columns=("name", "seq"), kinds="ti", required=(True, True), key_column=None, min_columns=2
    )
    return shapes


def merge_salvage(
    connection: sqlite3.Connection, shapes: Mapping[str, TableShape], found: Salvage
) -> MergeCounts:
    """Write ``found`` over what ``connection``'s database holds, in one transaction."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        # The search index is rebuilt whole afterwards: its triggers would index every
        # merged article twice on the way.
        triggers = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles'"
        ).fetchall()
        for name, _sql in triggers:
            connection.execute(f"DROP TRIGGER {name}")
        feed_ids = _merge_feeds(connection, shapes["feeds"], found)
        article_ids, flagged, orphans = _merge_articles(
            connection, shapes["articles"], found, feed_ids
        )
        articles = len(set(article_ids.values()))
        enclosures = (
            _merge_enclosures(connection, shapes["enclosures"], found, article_ids)
            if "enclosures" in shapes
            else 0
        )
        rates = _replace_all(connection, "rates", shapes["rates"], found.rows["rates"])
        _replace_all(connection, "app_state", shapes["app_state"], found.rows["app_state"])
        _forget_validators(connection)
        _keep_counters_ahead(connection, found.rows.get("sqlite_sequence", {}))
        feeds_total = connection.execute("SELECT count(*) FROM feeds").fetchone()[0]
        articles_total = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        for _name, sql in triggers:
            connection.execute(sql)
        connection.execute("INSERT INTO articles_search (articles_search) VALUES ('rebuild')")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return MergeCounts(
        feeds_salvaged=len(feed_ids),
        articles_salvaged=articles,
        read_or_starred_salvaged=flagged,
        rates_salvaged=rates,
        feeds_from_backup=feeds_total - len(set(feed_ids.values())),
        articles_from_backup=articles_total - articles,
        articles_without_feed=orphans,
        enclosures_salvaged=enclosures,
    )


def _fields(shape: TableShape, values: tuple[Value, ...]) -> dict[str, Value]:
    """The columns a record holds (a shorter, older record leaves the rest to defaults)."""
    return dict(zip(shape.columns, values, strict=False))


def _upsert(
    connection: sqlite3.Connection,
    table: str,
    fields: dict[str, Value],
    existing: int | None,
    wanted_id: int,
) -> int:
    """Update row ``existing`` with ``fields``, or insert them (as ``wanted_id`` if free)."""
    fields = {name: value for name, value in fields.items() if name != "id"}
    if existing is not None:
        assignments = ", ".join(f"{name} = ?" for name in fields)
        connection.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?", (*fields.values(), existing)
        )
        return existing
    if connection.execute(f"SELECT 1 FROM {table} WHERE id = ?", (wanted_id,)).fetchone() is None:
        fields = {"id": wanted_id, **fields}
    names = ", ".join(fields)
    marks = ", ".join("?" for _ in fields)
    cursor = connection.execute(
        f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(fields.values())
    )
    return int(cursor.lastrowid or 0)


def _merge_feeds(
    connection: sqlite3.Connection, shape: TableShape, found: Salvage
) -> dict[int, int]:
    """Salvaged feeds over the base's; the salvaged id → the id in the rebuilt file."""
    ids: dict[int, int] = {}
    for rowid, values in sorted(found.rows["feeds"].items()):
        fields = _fields(shape, values)
        row = connection.execute("SELECT id FROM feeds WHERE url = ?", (fields["url"],)).fetchone()
        ids[rowid] = _upsert(connection, "feeds", fields, row[0] if row else None, rowid)
    if "feeds" in found.complete:
        kept = sorted(set(ids.values()))
        connection.execute(
            f"DELETE FROM feeds WHERE id NOT IN ({', '.join('?' for _ in kept)})", kept
        )
    return ids


def _merge_articles(
    connection: sqlite3.Connection, shape: TableShape, found: Salvage, feed_ids: dict[int, int]
) -> tuple[dict[int, int], int, int]:
    """Salvaged articles over the base's: (salvaged id → id in the rebuilt file, how many of
    them are read or starred, articles whose feed is known nowhere)."""
    known_feeds = {row[0] for row in connection.execute("SELECT id FROM feeds")}
    merged: dict[int, int] = {}
    flagged = orphans = 0
    for rowid, values in sorted(found.rows["articles"].items()):
        fields = _fields(shape, values)
        salvaged_feed = int(fields["feed_id"] or 0)
        feed_id = feed_ids.get(salvaged_feed)
        if feed_id is None and "feeds" not in found.complete and salvaged_feed in known_feeds:
            feed_id = salvaged_feed  # the feed's row was unreadable; the backup has it
        if feed_id is None:
            orphans += 1
            continue
        fields["feed_id"] = feed_id
        row = connection.execute(
            "SELECT id FROM articles WHERE feed_id = ? AND key = ?", (feed_id, fields["key"])
        ).fetchone()
        merged[rowid] = _upsert(connection, "articles", fields, row[0] if row else None, rowid)
        flagged += bool(fields.get("read") or fields.get("starred"))
    if "articles" in found.complete:
        connection.execute("CREATE TEMP TABLE merged_articles (id INTEGER PRIMARY KEY)")
        connection.executemany(
            "INSERT OR IGNORE INTO merged_articles (id) VALUES (?)",
            ((article,) for article in merged.values()),
        )
        connection.execute("DELETE FROM articles WHERE id NOT IN (SELECT id FROM merged_articles)")
        connection.execute("DROP TABLE merged_articles")
    return merged, flagged, orphans


def _merge_enclosures(
    connection: sqlite3.Connection,
    shape: TableShape,
    found: Salvage,
    article_ids: dict[int, int],
) -> int:
    """Salvaged enclosures over the base's, matched by (article, address), as articles are:
    a downloaded copy's record comes back with its row. Returns how many were merged."""
    known_articles = {row[0] for row in connection.execute("SELECT id FROM articles")}
    merged: set[int] = set()
    for rowid, values in sorted(found.rows["enclosures"].items()):
        fields = _fields(shape, values)
        salvaged_article = int(fields["article_id"] or 0)
        article_id = article_ids.get(salvaged_article)
        if (
            article_id is None
            and "articles" not in found.complete
            and salvaged_article in known_articles
        ):
            article_id = salvaged_article  # the article's row was unreadable; the backup has it
        if article_id is None:
            continue
        fields["article_id"] = article_id
        row = connection.execute(
            "SELECT id FROM enclosures WHERE article_id = ? AND url = ?",
            (article_id, fields["url"]),
        ).fetchone()
        merged.add(_upsert(connection, "enclosures", fields, row[0] if row else None, rowid))
    if "enclosures" in found.complete:
        kept = sorted(merged)
        connection.execute("CREATE TEMP TABLE merged_enclosures (id INTEGER PRIMARY KEY)")
        connection.executemany(
            "INSERT INTO merged_enclosures (id) VALUES (?)", ((i,) for i in kept)
        )
        connection.execute(
            "DELETE FROM enclosures WHERE id NOT IN (SELECT id FROM merged_enclosures)"
        )
        connection.execute("DROP TABLE merged_enclosures")
    return len(merged)


def _replace_all(
    connection: sqlite3.Connection,
    table: str,
    shape: TableShape,
    rows: dict[int, tuple[Value, ...]],
) -> int:
    """Rows keyed by their own primary key (rates, app_state): the salvaged value wins."""
    for values in rows.values():
        fields = _fields(shape, values)
        names = ", ".join(fields)
        marks = ", ".join("?" for _ in fields)
        connection.execute(
            f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({marks})", tuple(fields.values())
        )
    return len(rows)


def _forget_validators(connection: sqlite3.Connection) -> None:
    """Every source is fetched whole next time. The validators (ETag, Last-Modified, a feed's
    hash) describe what was stored before the damage; kept, a source that has not changed
    would answer 304 and what the damage took would never come back from it."""
    connection.execute("UPDATE feeds SET etag = NULL, last_modified = NULL, content_hash = NULL")
    connection.execute(
        "DELETE FROM app_state WHERE substr(key, 1, ?) = ?",
        (len(VALIDATORS_PREFIX), VALIDATORS_PREFIX),
    )


def _keep_counters_ahead(
    connection: sqlite3.Connection, rows: dict[int, tuple[Value, ...]]
) -> None:
    """The damaged file's AUTOINCREMENT counters where they are ahead of the base's: a feed
    subscribed and removed after the backup keeps its id from being handed out again."""
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    for name, seq in rows.values():
        if name not in tables or not isinstance(seq, int):
            continue
        updated = connection.execute(
            "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (seq, name)
        ).rowcount
        if not updated:
            connection.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (name, seq))
