"""Schema migrations: an ordered list, one function each; the version is the list's length.

Never edit a migration that has shipped: append a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def _run_script(connection: sqlite3.Connection, script: str) -> None:
    """Execute statement by statement: ``executescript`` would commit the migration early."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            connection.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement!r}")


def _v1_initial(connection: sqlite3.Connection) -> None:
    _run_script(
        connection,
        """
        CREATE TABLE feeds (
            id              INTEGER PRIMARY KEY,
            url             TEXT NOT NULL UNIQUE,
            title           TEXT NOT NULL DEFAULT '',
            folder          TEXT NOT NULL DEFAULT '',
            site_url        TEXT NOT NULL DEFAULT '',
            enabled         INTEGER NOT NULL DEFAULT 1,
            etag            TEXT,
            last_modified   TEXT,
            content_hash    TEXT,
            added_at        INTEGER NOT NULL,
            last_fetched_at INTEGER,
            last_error      TEXT,
            error_since     INTEGER,
            error_count     INTEGER NOT NULL DEFAULT 0
        );

        -- Times are Unix seconds, UTC. read/starred are the user's: an update never touches them.
        CREATE TABLE articles (
            id            INTEGER PRIMARY KEY,
            feed_id       INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            key           TEXT NOT NULL,
            title         TEXT NOT NULL DEFAULT '',
            link          TEXT NOT NULL DEFAULT '',
            author        TEXT NOT NULL DEFAULT '',
            published_at  INTEGER NOT NULL,
            first_seen_at INTEGER NOT NULL,
            updated_at    INTEGER NOT NULL,
            summary_html  TEXT NOT NULL DEFAULT '',
            content_html  TEXT NOT NULL DEFAULT '',
            text          TEXT NOT NULL DEFAULT '',
            read          INTEGER NOT NULL DEFAULT 0,
            starred       INTEGER NOT NULL DEFAULT 0,
            UNIQUE (feed_id, key)
        );
        CREATE INDEX articles_by_date ON articles (published_at DESC, id DESC);
        CREATE INDEX articles_unread_by_feed ON articles (feed_id) WHERE read = 0;
        CREATE INDEX articles_starred ON articles (published_at DESC) WHERE starred = 1;

        CREATE VIRTUAL TABLE articles_search USING fts5 (
            title, text,
            content = 'articles', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        -- Merge segments less eagerly while feeds pour in (retention runs 'optimize').
        INSERT INTO articles_search (articles_search, rank) VALUES ('automerge', 16);
        INSERT INTO articles_search (articles_search, rank) VALUES ('crisismerge', 64);
        CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_search (rowid, title, text)
            VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_search (articles_search, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
        END;
        CREATE TRIGGER articles_search_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_search (articles_search, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO articles_search (rowid, title, text)
            VALUES (new.id, new.title, new.text);
        END;

        -- One row per provider, validity date and currency: the price of one unit of
        -- `currency` expressed in `anchor` (the provider's own reference currency).
        CREATE TABLE rates (
            provider   TEXT NOT NULL,
            valid_on   TEXT NOT NULL,
            anchor     TEXT NOT NULL,
            currency   TEXT NOT NULL,
            price      REAL NOT NULL,
            fetched_at INTEGER NOT NULL,
            PRIMARY KEY (provider, valid_on, currency)
        );

        CREATE TABLE app_state (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    )


def _v2_feed_schedule(connection: sqlite3.Connection) -> None:
    """Per-feed scheduling: when to check next, the user's interval override, the feed's own
    minimum interval (RSS ttl, sy:updatePeriod), and a server's Retry-After."""
    _run_script(
        connection,
        """
        ALTER TABLE feeds ADD COLUMN next_check_at INTEGER;
        ALTER TABLE feeds ADD COLUMN interval_minutes INTEGER;
        ALTER TABLE feeds ADD COLUMN feed_min_interval_minutes INTEGER;
        ALTER TABLE feeds ADD COLUMN retry_after_until INTEGER;
        """,
    )


def _v3_retention_tombstones(connection: sqlite3.Connection) -> None:
    """Articles removed by retention, so that an old item still in its feed is not stored
    again as new; ``last_seen_at`` lets a tombstone go once the feed has dropped the item."""
    _run_script(
        connection,
        """
        CREATE TABLE deleted_articles (
            feed_id      INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            key          TEXT NOT NULL,
            deleted_at   INTEGER NOT NULL,
            last_seen_at INTEGER NOT NULL,
            PRIMARY KEY (feed_id, key)
        ) WITHOUT ROWID;
        CREATE INDEX articles_by_feed_date ON articles (feed_id, published_at DESC);
        """,
    )


def _v4_offline_reading(connection: sqlite3.Connection) -> None:
    """Everything an article needs offline: its page's main text for teaser feeds, and the
    images it shows, downloaded into a content-addressed cache.

    ``offline_done`` marks articles whose offline work (full text, images) is finished, so
    the background worker finds the rest through a small partial index.
    """
    _run_script(
        connection,
        """
        ALTER TABLE feeds ADD COLUMN full_text INTEGER;  -- NULL: detect teasers; 0 never; 1 always
        ALTER TABLE articles ADD COLUMN full_html TEXT;  -- the page's main text, sanitized
        ALTER TABLE articles ADD COLUMN full_text_error TEXT;
        ALTER TABLE articles ADD COLUMN offline_done INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX articles_offline_pending ON articles (id) WHERE offline_done = 0;

        -- One row per image address: the file's digest when cached, else why it is not.
        CREATE TABLE images (
            url        TEXT PRIMARY KEY,
            digest     TEXT,
            bytes      INTEGER NOT NULL DEFAULT 0,
            width      INTEGER,
            height     INTEGER,
            error      TEXT,
            fetched_at INTEGER NOT NULL,
            used_at    INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX images_by_digest ON images (digest) WHERE digest IS NOT NULL;
        CREATE INDEX images_by_use ON images (used_at) WHERE digest IS NOT NULL;
        """,
    )


def _v5_cheaper_imports(connection: sqlite3.Connection) -> None:
    """New articles enter the search index in one statement per stored feed
    (``store.articles.store_entries``): the per-row trigger made a 500-item feed take 45 ms
    to store instead of 30. Retention finds old articles through an index instead of reading
    every row after each refresh."""
    _run_script(
        connection,
        """
        DROP TRIGGER articles_search_insert;
        CREATE INDEX articles_unstarred_by_age ON articles (first_seen_at) WHERE starred = 0;
        """,
    )


def _v6_feed_ids_never_reused(connection: sqlite3.Connection) -> None:
    """A removed feed's id is never given to a later feed: scripts, an OPML round trip or
    the user's notes may name feeds by id. Only AUTOINCREMENT promises that for every way a
    feed is inserted, and SQLite adds it only by rebuilding the table (its documented
    procedure: foreign keys off, which the runner does, else dropping the old table would
    delete every article through ON DELETE CASCADE). The sequence starts at the highest id
    in use; ids freed before this version were not recorded anywhere."""
    if connection.execute("PRAGMA foreign_keys").fetchone()[0]:
        raise sqlite3.OperationalError("feeds can be rebuilt only with foreign keys off")
    columns = (
        "id, url, title, folder, site_url, enabled, etag, last_modified, content_hash, "
        "added_at, last_fetched_at, last_error, error_since, error_count, next_check_at, "
        "interval_minutes, feed_min_interval_minutes, retry_after_until, full_text"
    )
    _run_script(
        connection,
        f"""
        CREATE TABLE feeds_v6 (
            id                        INTEGER PRIMARY KEY AUTOINCREMENT,
            url                       TEXT NOT NULL UNIQUE,
            title                     TEXT NOT NULL DEFAULT '',
            folder                    TEXT NOT NULL DEFAULT '',
            site_url                  TEXT NOT NULL DEFAULT '',
            enabled                   INTEGER NOT NULL DEFAULT 1,
            etag                      TEXT,
            last_modified             TEXT,
            content_hash              TEXT,
            added_at                  INTEGER NOT NULL,
            last_fetched_at           INTEGER,
            last_error                TEXT,
            error_since               INTEGER,
            error_count               INTEGER NOT NULL DEFAULT 0,
            next_check_at             INTEGER,
            interval_minutes          INTEGER,
            feed_min_interval_minutes INTEGER,
            retry_after_until         INTEGER,
            full_text                 INTEGER  -- NULL: detect teasers; 0 never; 1 always
        );
        INSERT INTO feeds_v6 ({columns}) SELECT {columns} FROM feeds;
        DROP TABLE feeds;
        ALTER TABLE feeds_v6 RENAME TO feeds;
        """,  # noqa: S608 - constant column names
    )


def _v7_feed_icons(connection: sqlite3.Connection) -> None:
    """Each feed's icon (its site's favicon), a file in the content-addressed image cache, and
    when it was last looked for, so a site without one is asked again at most once a week.
    Nullable columns at the end: the salvage code reads feeds by column shape."""
    _run_script(
        connection,
        """
        ALTER TABLE feeds ADD COLUMN icon_digest TEXT;       -- NULL: none found (yet)
        ALTER TABLE feeds ADD COLUMN icon_checked_at INTEGER;  -- NULL: never looked for
        """,
    )


def _v8_sync(connection: sqlite3.Connection) -> None:
    """Sync with an aggregator server (Google Reader API): the one account (never its
    password: that is in the system's keyring), which local feeds are the server's
    subscriptions, and the changes made here that the server has not acknowledged yet.

    A synced article's ``key`` is the server's item id (long form), so a rebuilt database
    still knows which item each article is. The changes are written in the transaction that
    makes them here and removed only once the server acknowledged them: none is lost to a
    crash, a closed laptop or a server that is down."""
    _run_script(
        connection,
        """
        CREATE TABLE sync_account (
            id              INTEGER PRIMARY KEY CHECK (id = 1),
            server_url      TEXT NOT NULL,
            username        TEXT NOT NULL,
            added_at        INTEGER NOT NULL,
            synced_at       INTEGER,  -- the end of the last sync that finished
            items_since     INTEGER,  -- cursor: items published since are listed (Unix s)
            last_error      TEXT
        );
        CREATE TABLE sync_feeds (
            feed_id   INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
            stream_id TEXT NOT NULL UNIQUE  -- the server's id: "feed/12"
        );
        -- The newest change of one flag of one item; a later change replaces the row (and
        -- its rowid, so that acknowledging the older one cannot remove the newer).
        CREATE TABLE sync_flag_changes (
            item_id    TEXT NOT NULL,
            flag       TEXT NOT NULL CHECK (flag IN ('read', 'starred')),
            value      INTEGER NOT NULL,
            changed_at INTEGER NOT NULL,
            PRIMARY KEY (item_id, flag)
        );
        -- Subscription changes, replayed in order.
        CREATE TABLE sync_feed_changes (
            id        INTEGER PRIMARY KEY AUTOINCREMENT,
            action    TEXT NOT NULL CHECK (action IN ('subscribe', 'edit', 'unsubscribe')),
            feed_id   INTEGER,  -- subscribe: the local feed, mapped once acknowledged
            stream_id TEXT,     -- edit, unsubscribe
            url       TEXT NOT NULL DEFAULT '',
            title     TEXT NOT NULL DEFAULT '',
            folder    TEXT NOT NULL DEFAULT '',
            queued_at INTEGER NOT NULL
        );
        """,
    )


def _v9_enclosures(connection: sqlite3.Connection) -> None:
    """The files articles carry (podcast episodes, videos, images, documents), in the feed's
    order, and the copy the user downloaded for offline use (a file in ``downloads/``).

    A rowid table, so that the salvage of a damaged file reads it like ``articles``; an
    enclosure goes with its article (retention, a removed feed), its file once no row names it.
    """
    _run_script(
        connection,
        """
        CREATE TABLE enclosures (
            id               INTEGER PRIMARY KEY,
            article_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position         INTEGER NOT NULL,
            url              TEXT NOT NULL,
            mime_type        TEXT NOT NULL DEFAULT '',
            length           INTEGER,  -- bytes, as the feed declares; NULL: unknown
            duration_seconds INTEGER,  -- NULL: unknown
            title            TEXT NOT NULL DEFAULT '',
            file             TEXT,     -- the downloaded copy in downloads/; NULL: none
            file_bytes       INTEGER NOT NULL DEFAULT 0,
            UNIQUE (article_id, url)
        );
        """,
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1_initial,
    _v2_feed_schedule,
    _v3_retention_tombstones,
    _v4_offline_reading,
    _v5_cheaper_imports,
    _v6_feed_ids_never_reused,
    _v7_feed_icons,
    _v8_sync,
    _v9_enclosures,
)

# The oldest schema this Caravan's reads understand, for a database that cannot be migrated
# (a read-only folder): v5 changed how articles are written and added an index, nothing read.
# Raise it with a migration that adds or changes what is read.
OLDEST_READABLE = 4
