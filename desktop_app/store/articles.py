"""Stored articles: upsert from feeds, queries for the list and the reader, user flags."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from desktop_app.domain import Article, ArticleFilter, ArticleSummary, ParsedEntry
from desktop_app.store import enclosures as enclosure_store
from desktop_app.textmatch import snippet

# A feed's date further in the future than this is a feed bug: the first-seen time is used.
_FUTURE_TOLERANCE = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class StoreCounts:
    new: int = 0
    updated: int = 0


EVERYTHING = ArticleFilter()  # no restriction: every stored article


_EVERY_ROW = "1"  # the condition of a filter that restricts nothing


def _where(article_filter: ArticleFilter) -> tuple[str, list[object]]:
    """The SQL condition and parameters for ``article_filter`` (articles a, feeds f)."""
    clauses: list[str] = []
    params: list[object] = []
    if article_filter.feed_id is not None:
        clauses.append("a.feed_id = ?")
        params.append(article_filter.feed_id)
    if article_filter.folder is not None:
        clauses.append("f.folder = ?")
        params.append(article_filter.folder)
    if article_filter.unread_only:
        clauses.append("a.read = 0")
    if article_filter.starred_only:
        clauses.append("a.starred = 1")
    if article_filter.since is not None:
        clauses.append("a.published_at >= ?")
        params.append(int(article_filter.since.timestamp()))
    query = fts_query(article_filter.search)
    if query:
        clauses.append("a.id IN (SELECT rowid FROM articles_search WHERE articles_search MATCH ?)")
        params.append(query)
    elif article_filter.search.strip():
        # Searched for punctuation only: no word to look for, so nothing is found (not every
        # article, which "mark all read" would then take at its word).
        clauses.append("0")
    return (" AND ".join(clauses) or _EVERY_ROW), params


def _source(article_filter: ArticleFilter) -> str:
    """The tables a count or an id list of ``article_filter`` needs: feeds only for a folder.
    Every article has its feed (the foreign key cascades), so the join changes no count; it
    cost one lookup per article (counting all 100,000: 6 ms with it, 0.05 ms without)."""
    if article_filter.folder is not None:
        return "articles a JOIN feeds f ON f.id = a.feed_id"
    return "articles a"


def fts_query(text: str) -> str:
    """What the user typed as an FTS5 query: every word must match, each as a prefix.

    Words are quoted, so nothing the user types (quotes, ``AND``, ``*``, ``:``, brackets) is
    read as FTS5 syntax; a word without letters or digits is dropped.
    """
    words = [word for word in text.split() if any(ch.isalnum() for ch in word)]
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


_INSERT = """
    INSERT INTO articles (feed_id, key, title, link, author, published_at, first_seen_at,
        updated_at, summary_html, content_html, text, offline_done)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


def store_entries(
    connection: sqlite3.Connection,
    feed_id: int,
    entries: Iterable[ParsedEntry],
    now: datetime | None = None,
    *,
    offline_work: bool = True,
) -> StoreCounts:
    """Insert new entries, update changed ones; never touch read/starred.

    ``offline_work`` False stores new articles as needing nothing for offline reading (no
    image nor page is to be fetched for this feed), so the offline pass never reads them.
    """
    now = now or datetime.now(UTC)
    now_ts = int(now.timestamp())
    latest_allowed = now + _FUTURE_TOLERANCE

    def published_ts(entry: ParsedEntry) -> int | None:
        published = entry.published_at
        if published is None or published > latest_allowed:
            return None
        return int(published.timestamp())

    def row(entry: ParsedEntry) -> tuple[object, ...]:
        published = published_ts(entry)
        return (
            feed_id,
            entry.key,
            entry.title,
            entry.link,
            entry.author,
            published if published is not None else now_ts,
            now_ts,
            now_ts,
            entry.summary_html,
            entry.content_html,
            entry.text,
            0 if offline_work else 1,
        )

    last_id = connection.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
    if _first_fetch(connection, feed_id):
        # Nothing stored and nothing deleted for this feed yet: one batch, no look-ups.
        entries = list(entries)
        rows = [row(entry) for entry in entries]
        connection.executemany(_INSERT, rows)
        _index_new(connection, last_id)
        enclosure_store.store_for_new_articles(
            connection,
            feed_id,
            last_id,
            {entry.key: entry.enclosures for entry in entries if entry.enclosures},
        )
        return StoreCounts(new=len(rows))
    new = updated = 0
    for entry in entries:
        existing = connection.execute(
            "SELECT id, title, link, author, summary_html, content_html, "
            "EXISTS (SELECT 1 FROM enclosures e WHERE e.article_id = articles.id) AS enclosed "
            "FROM articles WHERE feed_id = ? AND key = ?",
            (feed_id, entry.key),
        ).fetchone()
        if existing is None:
            if _tombstoned(connection, feed_id, entry.key, now_ts):
                continue
            cursor = connection.execute(_INSERT, row(entry))
            if entry.enclosures and cursor.lastrowid is not None:
                enclosure_store.sync_enclosures(connection, cursor.lastrowid, entry.enclosures)
            new += 1
            continue
        enclosures_changed = (entry.enclosures or existing["enclosed"]) and (
            enclosure_store.sync_enclosures(connection, existing["id"], entry.enclosures)
        )
        stored = (
            existing["title"],
            existing["link"],
            existing["author"],
            existing["summary_html"],
            existing["content_html"],
        )
        incoming = (
            entry.title,
            entry.link,
            entry.author,
            entry.summary_html,
            entry.content_html,
        )
        if stored == incoming:
            updated += bool(enclosures_changed)
            continue
        connection.execute(
            """
            UPDATE articles SET title = ?, link = ?, author = ?, summary_html = ?,
                content_html = ?, text = ?, updated_at = ?,
                published_at = coalesce(?, published_at)
            WHERE id = ?
            """,
            (*incoming, entry.text, now_ts, published_ts(entry), existing["id"]),
        )
        updated += 1
    if new:
        _index_new(connection, last_id)
    return StoreCounts(new=new, updated=updated)


def _index_new(connection: sqlite3.Connection, last_id: int) -> None:
    """Add the articles stored after ``last_id`` to the search index, in one statement (a
    new row always gets an id above every stored one: the table has no AUTOINCREMENT, and
    the single writer holds the transaction)."""
    connection.execute(
        "INSERT INTO articles_search (rowid, title, text) "
        "SELECT id, title, text FROM articles WHERE id > ?",
        (last_id,),
    )


def _first_fetch(connection: sqlite3.Connection, feed_id: int) -> bool:
    row = connection.execute(
        "SELECT NOT EXISTS (SELECT 1 FROM articles WHERE feed_id = ?) "
        "AND NOT EXISTS (SELECT 1 FROM deleted_articles WHERE feed_id = ?)",
        (feed_id, feed_id),
    ).fetchone()
    return bool(row[0])


def _tombstoned(connection: sqlite3.Connection, feed_id: int, key: str, now_ts: int) -> bool:
    """Retention deleted this item: keep it deleted while the feed still lists it."""
    cursor = connection.execute(
        "UPDATE deleted_articles SET last_seen_at = ? WHERE feed_id = ? AND key = ?",
        (now_ts, feed_id, key),
    )
    return cursor.rowcount > 0


_SUMMARY_COLUMNS = """
    a.id, a.feed_id, coalesce(nullif(f.title, ''), f.url) AS feed_title, a.title, a.link,
    a.published_at, a.read, a.starred, substr(a.text, 1, 240) AS excerpt
"""


def _summary(row: sqlite3.Row) -> ArticleSummary:
    return ArticleSummary(
        id=row["id"],
        feed_id=row["feed_id"],
        feed_title=row["feed_title"],
        title=row["title"],
        link=row["link"],
        published_at=datetime.fromtimestamp(row["published_at"], UTC),
        read=bool(row["read"]),
        starred=bool(row["starred"]),
        excerpt=_excerpt(row["excerpt"], row["title"]),
    )


def _excerpt(text: str, title: str) -> str:
    """The start of the text, without the headline many texts open with (the list shows
    the title on the line above)."""
    if title and text[: len(title)].casefold() == title.casefold():
        return text[len(title) :].lstrip(" .:-—–·")
    return text


def list_articles(
    connection: sqlite3.Connection,
    article_filter: ArticleFilter = EVERYTHING,
    *,
    limit: int = 200,
    after: tuple[int, int] | None = None,
) -> list[ArticleSummary]:
    """Newest first, one page at a time.

    ``after`` is the (published_at, id) of the last row already shown: keyset paging keeps
    every page as cheap as the first, however deep the user scrolls.
    """
    query = fts_query(article_filter.search)
    summaries = None
    if query:
        summaries = _walk_matches(connection, article_filter, query, limit, after)
    if summaries is None:
        summaries = _page(connection, article_filter, limit, after)
    if query and summaries:
        return _with_snippets(connection, summaries, article_filter.search)
    return summaries


def _page(
    connection: sqlite3.Connection,
    article_filter: ArticleFilter,
    limit: int,
    after: tuple[int, int] | None,
) -> list[ArticleSummary]:
    where, params = _where(article_filter)
    if after is not None:
        where += " AND (a.published_at, a.id) < (?, ?)"
        params += [after[0], after[1]]
    rows = connection.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id "  # noqa: S608
        f"WHERE {where} ORDER BY a.published_at DESC, a.id DESC LIMIT ?",
        (*params, limit),
    )
    return [_summary(row) for row in rows.fetchall()]  # see feeds.list_feeds


# query -> (connection, its version of the data, ids). The connection itself is kept (not its id),
# so an entry can never be taken for another connection's.
_matches_cache: dict[str, tuple[sqlite3.Connection, int, frozenset[int]]] = {}


def _matching_ids(connection: sqlite3.Connection, query: str) -> frozenset[int]:
    """Every article id the index matches for ``query``. The count and the page of one
    search ask for the same set: it is kept until the database changes (``data_version``
    moves when any connection commits)."""
    # Commits by other connections move data_version, this connection's own total_changes.
    data_version = int(connection.execute("PRAGMA data_version").fetchone()[0])
    version = data_version * 1_000_003 + connection.total_changes
    cached = _matches_cache.get(query)
    if cached is not None and cached[0] is connection and cached[1] == version:
        return cached[2]
    cursor = connection.cursor()
    cursor.row_factory = None  # plain tuples: a Row object per id doubled the time
    cursor.execute("SELECT rowid FROM articles_search WHERE articles_search MATCH ?", (query,))
    matches = frozenset(article_id for (article_id,) in cursor)
    if len(_matches_cache) > 8:
        _matches_cache.clear()
    _matches_cache[query] = (connection, version, matches)
    return matches


# A search matching more articles than this walks the date order and keeps the matches; a
# rarer one lets SQLite join the few matches instead.
COMMON_SEARCH = 2_000
WALK_LIMIT = 20_000  # rows walked before a sparse search goes back to the join


def _walk_matches(
    connection: sqlite3.Connection,
    article_filter: ArticleFilter,
    query: str,
    limit: int,
    after: tuple[int, int] | None,
) -> list[ArticleSummary] | None:
    """The page of a common search: the index's matching ids as a set (one read of its
    doclists), then the newest articles under the other filters, kept when in the set.

    SQLite's own plan turns the matches into a temporary b-tree before walking the dates
    (about 100 ms at 96,000 matches); for a common word the first few hundred newest articles
    hold the page. None when the search is rare or the walk finds too few: the join is then
    the faster plan.
    """
    matches = _matching_ids(connection, query)
    if len(matches) <= COMMON_SEARCH:
        return None
    others = replace(article_filter, search="")
    found: list[ArticleSummary] = []
    walked = 0
    batch_size = 2 * limit  # a common word fills the page from the first batch
    while len(found) < limit and walked < WALK_LIMIT:
        batch = _page(connection, others, batch_size, after)
        walked += len(batch)
        found += [summary for summary in batch if summary.id in matches]
        if len(batch) < batch_size:
            return found[:limit]
        last = batch[-1]
        after = (int(last.published_at.timestamp()), last.id)
        batch_size = min(2 * batch_size, 4_000)
    return found[:limit] if len(found) >= limit else None


SNIPPET_CHARACTERS = 240


def _with_snippets(
    connection: sqlite3.Connection, summaries: list[ArticleSummary], search: str
) -> list[ArticleSummary]:
    """A searched list shows, for each article, the part of its text where the words are,
    not its first line: one read of the page's texts, matched here (asking the index for
    snippets of given rows re-runs the whole query per row: seconds at 100,000 articles)."""
    ids = [summary.id for summary in summaries]
    marks = ",".join("?" * len(ids))
    texts = dict(
        connection.execute(f"SELECT id, text FROM articles WHERE id IN ({marks})", ids)  # noqa: S608
    )
    shown: list[ArticleSummary] = []
    for summary in summaries:
        found = snippet(texts.get(summary.id) or "", search, SNIPPET_CHARACTERS)
        shown.append(replace(summary, excerpt=found) if found else summary)
    return shown


def count_articles(
    connection: sqlite3.Connection,
    article_filter: ArticleFilter = EVERYTHING,
) -> int:
    query = fts_query(article_filter.search)
    if query and article_filter == ArticleFilter(search=article_filter.search):
        # A search alone: the index counts its own matches, without a join (15× faster).
        return len(_matching_ids(connection, query))
    if query:
        matches = _matching_ids(connection, query)
        if len(matches) > COMMON_SEARCH:
            # A common search within other filters: those filters' ids, kept when matched.
            where, params = _where(replace(article_filter, search=""))
            rows = connection.execute(
                f"SELECT a.id FROM {_source(article_filter)} WHERE {where}",  # noqa: S608
                params,
            )
            return sum(1 for (article_id,) in rows if article_id in matches)
    where, params = _where(article_filter)
    counted = f"SELECT count(*) FROM {_source(article_filter)}"  # noqa: S608
    if where != _EVERY_ROW:  # a bare count(*) is SQLite's fast path: it reads no row
        counted += f" WHERE {where}"
    row = connection.execute(counted, params).fetchone()
    return int(row[0])


def unread_counts(connection: sqlite3.Connection) -> dict[int, int]:
    """Unread articles per feed id (feeds with none are absent)."""
    rows = connection.execute(
        "SELECT feed_id, count(*) FROM articles WHERE read = 0 GROUP BY feed_id"
    )
    return {int(feed_id): int(count) for feed_id, count in rows.fetchall()}  # see list_feeds


def get_article(connection: sqlite3.Connection, article_id: int) -> Article | None:
    row = connection.execute(
        """
        SELECT a.*, coalesce(nullif(f.title, ''), f.url) AS feed_title
        FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?
        """,
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    return Article(
        id=row["id"],
        feed_id=row["feed_id"],
        feed_title=row["feed_title"],
        key=row["key"],
        title=row["title"],
        link=row["link"],
        author=row["author"],
        published_at=datetime.fromtimestamp(row["published_at"], UTC),
        summary_html=row["summary_html"],
        content_html=row["content_html"],
        read=bool(row["read"]),
        starred=bool(row["starred"]),
        full_html=row["full_html"] or "",
        full_text_error=row["full_text_error"],
        enclosures=enclosure_store.article_enclosures(connection, article_id),
    )


def set_read(connection: sqlite3.Connection, article_ids: Sequence[int], read: bool) -> int:
    return _set_flag(connection, "read", article_ids, read)


def set_starred(connection: sqlite3.Connection, article_ids: Sequence[int], starred: bool) -> int:
    return _set_flag(connection, "starred", article_ids, starred)


def _set_flag(
    connection: sqlite3.Connection, column: str, article_ids: Sequence[int], value: bool
) -> int:
    if column not in ("read", "starred"):
        raise ValueError(f"not a user flag: {column}")
    # Loaded with the first flag set, not with the window: its value types cost start-up
    # ~13 M instructions (three frozen dataclasses, each compiling its methods).
    from desktop_app.store import sync

    sync.queue_flags(connection, article_ids, column, value)  # for the sync account's items
    changed = 0
    for start in range(0, len(article_ids), 500):
        chunk = list(article_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        cursor = connection.execute(
            f"UPDATE articles SET {column} = ? WHERE id IN ({marks}) AND {column} != ?",  # noqa: S608
            (int(value), *chunk, int(value)),
        )
        changed += cursor.rowcount
    return changed


def mark_all_read(
    connection: sqlite3.Connection,
    article_filter: ArticleFilter = EVERYTHING,
    *,
    up_to: int | None = None,
) -> list[int]:
    """Mark read the unread articles of ``article_filter`` stored up to the article id
    ``up_to`` (what the user had in view when asking: a refresh that lands meanwhile stays
    unread); the ids it changed, so that exactly these can be marked unread again."""
    where, params = _where(replace(article_filter, unread_only=True))
    if up_to is not None:
        where += " AND a.id <= ?"
        params.append(up_to)
    changed = [
        int(row[0])
        for row in connection.execute(
            f"SELECT a.id FROM {_source(article_filter)} WHERE {where}",  # noqa: S608
            params,
        )
    ]
    _set_flag(connection, "read", changed, True)
    return changed


def newest_article_id(connection: sqlite3.Connection) -> int | None:
    """The id of the article stored last: ids only grow, so it marks a moment."""
    row = connection.execute("SELECT max(id) FROM articles").fetchone()
    return None if row[0] is None else int(row[0])


# -- offline completion (full text, images) ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class PendingArticle:
    """An article whose offline work is not done, with what that work needs to know."""

    id: int
    link: str
    summary_html: str
    content_html: str
    full_html: str
    feed_full_text: bool | None
    image_enclosures: tuple[str, ...] = ()  # shown inline, cached like the text's images


def pending_offline(
    connection: sqlite3.Connection, limit: int, before: int | None = None
) -> list[PendingArticle]:
    """Newest first (what the user is about to read is made complete first); ``before`` an
    article id continues a pass where the previous page ended."""
    rows = connection.execute(
        """
        SELECT a.id, a.link, a.summary_html, a.content_html, a.full_html, f.full_text
        FROM articles a JOIN feeds f ON f.id = a.feed_id
        WHERE a.offline_done = 0 AND a.id < ? ORDER BY a.id DESC LIMIT ?
        """,
        (before if before is not None else 2**63 - 1, limit),
    ).fetchall()
    images = enclosure_store.image_enclosure_urls(connection, [row["id"] for row in rows])
    return [
        PendingArticle(
            row["id"],
            row["link"],
            row["summary_html"],
            row["content_html"],
            row["full_html"] or "",
            None if row["full_text"] is None else bool(row["full_text"]),
            tuple(images.get(row["id"], ())),
        )
        for row in rows
    ]


def store_full_text(connection: sqlite3.Connection, article_id: int, html: str, text: str) -> None:
    """The page's main text replaces the teaser for reading and for search."""
    connection.execute(
        "UPDATE articles SET full_html = ?, text = ?, full_text_error = NULL WHERE id = ?",
        (html, text, article_id),
    )


def record_full_text_error(connection: sqlite3.Connection, article_id: int, message: str) -> None:
    connection.execute(
        "UPDATE articles SET full_text_error = ? WHERE id = ?", (message[:500], article_id)
    )


def mark_offline_done(connection: sqlite3.Connection, article_ids: Sequence[int]) -> None:
    connection.executemany(
        "UPDATE articles SET offline_done = 1 WHERE id = ?", [(i,) for i in article_ids]
    )
