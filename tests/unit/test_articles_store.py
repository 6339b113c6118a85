"""Stored articles: upsert from feeds, the list queries, user flags and the search index."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest

from desktop_app.domain import ArticleFilter, ParsedEntry
from desktop_app.feeds.parse import parse_feed
from desktop_app.sanitize import html_to_text
from desktop_app.store import articles, feeds
from desktop_app.store.articles import StoreCounts
from desktop_app.store.db import Database

T = TypeVar("T")

NOW = datetime(2024, 8, 19, 12, 0, tzinfo=UTC)
LATER = NOW + timedelta(hours=3)


def entry(
    key: str,
    title: str = "A title",
    *,
    summary: str = "<p>Some text</p>",
    content: str = "",
    published: datetime | None = NOW - timedelta(hours=1),
    link: str | None = None,
    author: str = "",
) -> ParsedEntry:
    return ParsedEntry(
        key=key,
        title=title,
        link=link if link is not None else f"https://news.example/{key}",
        author=author,
        published_at=published,
        summary_html=summary,
        content_html=content,
        text=html_to_text(content or summary),
    )


@pytest.fixture
def reader(database: Database) -> Iterator[sqlite3.Connection]:
    with closing(database.reader()) as connection:
        yield connection


def write(database: Database, work: Callable[[sqlite3.Connection], T]) -> T:
    return database.writer.run(work)


def add_feed(database: Database, url: str, title: str = "", folder: str = "") -> int:
    feed_id, _ = write(database, lambda c: feeds.add_feed(c, url, title, folder))
    return feed_id


def store(
    database: Database, feed_id: int, entries: list[ParsedEntry], now: datetime = NOW
) -> StoreCounts:
    return write(database, lambda c: articles.store_entries(c, feed_id, entries, now=now))


def row_of(reader: sqlite3.Connection, feed_id: int, key: str) -> sqlite3.Row:
    row = reader.execute(
        "SELECT * FROM articles WHERE feed_id = ? AND key = ?", (feed_id, key)
    ).fetchone()
    assert isinstance(row, sqlite3.Row), f"no article {key!r} in feed {feed_id}"
    return row


def search(reader: sqlite3.Connection, query: str) -> set[int]:
    return {
        row[0]
        for row in reader.execute(
            "SELECT rowid FROM articles_search WHERE articles_search MATCH ?", (query,)
        )
    }


def fts_integrity_check(database: Database) -> None:
    """FTS5 compares its index with the articles table and raises on any mismatch (rank 1:
    against the content table too, not only the index's own structure)."""
    write(
        database,
        lambda c: c.execute(
            "INSERT INTO articles_search (articles_search, rank) VALUES ('integrity-check', 1)"
        ),
    )


@pytest.fixture
def feed_id(database: Database) -> int:
    return add_feed(database, "https://news.example/feed.xml", "News", "World")


# --- store_entries ---------------------------------------------------------------------------


def test_store_inserts_new_entries_and_reports_them_as_new(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    counts = store(database, feed_id, [entry("a", "First"), entry("b", "Second")])

    assert counts == StoreCounts(new=2, updated=0)
    first = row_of(reader, feed_id, "a")
    assert first["title"] == "First"
    assert first["link"] == "https://news.example/a"
    assert first["text"] == "Some text"
    assert first["read"] == 0
    assert first["starred"] == 0
    assert first["published_at"] == int((NOW - timedelta(hours=1)).timestamp())
    assert first["first_seen_at"] == first["updated_at"] == int(NOW.timestamp())


def test_store_updates_an_entry_whose_title_changed(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    store(database, feed_id, [entry("a", "Frist draft"), entry("b", "Untouched")])

    counts = store(database, feed_id, [entry("a", "First draft"), entry("b", "Untouched")], LATER)

    assert counts == StoreCounts(new=0, updated=1)
    row = row_of(reader, feed_id, "a")
    assert row["title"] == "First draft"
    assert row["updated_at"] == int(LATER.timestamp())
    assert row["first_seen_at"] == int(NOW.timestamp())
    assert row_of(reader, feed_id, "b")["updated_at"] == int(NOW.timestamp())


def test_store_updates_an_entry_whose_content_changed(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    store(database, feed_id, [entry("a", content="<p>Old body</p>")])

    counts = store(database, feed_id, [entry("a", content="<p>New body, corrected</p>")], LATER)

    assert counts == StoreCounts(new=0, updated=1)
    row = row_of(reader, feed_id, "a")
    assert row["content_html"] == "<p>New body, corrected</p>"
    assert row["text"] == "New body, corrected"
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_updated_article_keeps_the_users_read_and_starred_flags(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    store(database, feed_id, [entry("a", "Before"), entry("b", "Other")])
    article_id = row_of(reader, feed_id, "a")["id"]
    write(database, lambda c: articles.set_read(c, [article_id], True))
    write(database, lambda c: articles.set_starred(c, [article_id], True))

    counts = store(
        database,
        feed_id,
        [entry("a", "After", content="<p>rewritten</p>"), entry("b", "Other")],
        LATER,
    )

    assert counts.updated == 1
    article = articles.get_article(reader, article_id)
    assert article is not None
    assert article.title == "After"
    assert article.read is True
    assert article.starred is True
    other = row_of(reader, feed_id, "b")
    assert (other["read"], other["starred"]) == (0, 0)


def test_identical_entries_are_left_alone_and_the_search_index_is_not_rewritten(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    batch = [entry("a", "One"), entry("b", "Two", content="<p>long body</p>")]
    store(database, feed_id, batch)

    def store_again(connection: sqlite3.Connection) -> tuple[StoreCounts, int]:
        # total_changes counts every row written, trigger programs (the FTS index) included.
        before = connection.total_changes
        counts = articles.store_entries(connection, feed_id, batch, now=LATER)
        return counts, connection.total_changes - before

    counts, rows_written = write(database, store_again)

    assert counts == StoreCounts(new=0, updated=0)
    assert rows_written == 0
    assert row_of(reader, feed_id, "a")["updated_at"] == int(NOW.timestamp())
    fts_integrity_check(database)


def test_the_same_key_in_two_feeds_is_two_articles(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    other_feed = add_feed(database, "https://other.example/rss")

    assert store(database, feed_id, [entry("shared")]).new == 1
    assert store(database, other_feed, [entry("shared")]).new == 1
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_a_date_more_than_a_day_in_the_future_becomes_the_first_seen_time(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    store(
        database,
        feed_id,
        [
            entry("far", published=NOW + timedelta(days=1, minutes=1)),
            entry("year-3000", published=datetime(3000, 1, 1, tzinfo=UTC)),
        ],
    )

    assert row_of(reader, feed_id, "far")["published_at"] == int(NOW.timestamp())
    assert row_of(reader, feed_id, "year-3000")["published_at"] == int(NOW.timestamp())


def test_a_date_less_than_a_day_ahead_is_kept(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    ahead = NOW + timedelta(hours=23)
    store(database, feed_id, [entry("near", published=ahead)])

    assert row_of(reader, feed_id, "near")["published_at"] == int(ahead.timestamp())


def test_a_missing_date_becomes_the_first_seen_time(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    store(database, feed_id, [entry("undated", published=None)])

    row = row_of(reader, feed_id, "undated")
    assert row["published_at"] == row["first_seen_at"] == int(NOW.timestamp())


def test_an_update_without_a_date_keeps_the_stored_date(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    published = NOW - timedelta(days=3)
    store(database, feed_id, [entry("a", "v1", published=published)])

    store(database, feed_id, [entry("a", "v2", published=None)], LATER)

    row = row_of(reader, feed_id, "a")
    assert row["title"] == "v2"
    assert row["published_at"] == int(published.timestamp())


# --- listing, filters, counts ----------------------------------------------------------------


@pytest.fixture
def two_folders(database: Database) -> dict[str, int]:
    """Three feeds in two folders, with articles an hour apart, some read or starred."""
    ids = {
        "asia": add_feed(database, "https://asia.example/rss", "Asia Desk", "Central Asia"),
        "tech": add_feed(database, "https://tech.example/rss", "Tech", "Tech"),
        "gadgets": add_feed(database, "https://gadgets.example/rss", "", "Tech"),
    }
    hour = timedelta(hours=1)
    store(database, ids["asia"], [entry(f"asia-{n}", published=NOW - n * hour) for n in range(4)])
    store(
        database,
        ids["tech"],
        [entry(f"tech-{n}", published=NOW - (n + 4) * hour) for n in range(3)],
    )
    store(database, ids["gadgets"], [entry("gadget-0", published=NOW - 10 * hour)])

    def flags(connection: sqlite3.Connection) -> None:
        def id_of(key: str) -> int:
            row = connection.execute("SELECT id FROM articles WHERE key = ?", (key,)).fetchone()
            return int(row["id"])

        articles.set_read(connection, [id_of("asia-0"), id_of("asia-1"), id_of("tech-0")], True)
        articles.set_starred(connection, [id_of("asia-1"), id_of("gadget-0")], True)

    write(database, flags)
    return ids


def keys(reader: sqlite3.Connection, article_filter: ArticleFilter | None = None) -> list[str]:
    article_filter = article_filter or ArticleFilter()
    return [
        row_key(reader, summary.id) for summary in articles.list_articles(reader, article_filter)
    ]


def row_key(reader: sqlite3.Connection, article_id: int) -> str:
    return str(reader.execute("SELECT key FROM articles WHERE id = ?", (article_id,)).fetchone()[0])


def test_list_is_newest_first(reader: sqlite3.Connection, two_folders: dict[str, int]) -> None:
    listed = articles.list_articles(reader)

    assert [row_key(reader, row.id) for row in listed] == [
        "asia-0", "asia-1", "asia-2", "asia-3", "tech-0", "tech-1", "tech-2", "gadget-0",
    ]  # fmt: skip
    dates = [row.published_at for row in listed]
    assert dates == sorted(dates, reverse=True)
    assert listed[0].feed_title == "Asia Desk"
    # A feed without a title is shown by its address.
    assert listed[-1].feed_title == "https://gadgets.example/rss"


def test_list_orders_articles_with_the_same_date_by_newest_id(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    same_time = NOW - timedelta(hours=2)
    store(database, feed_id, [entry(f"same-{n}", published=same_time) for n in range(3)])

    ids = [row.id for row in articles.list_articles(reader)]

    assert ids == sorted(ids, reverse=True)


def test_keyset_paging_returns_every_article_exactly_once(
    database: Database, reader: sqlite3.Connection, fixtures_dir: Path
) -> None:
    # bioRxiv dates its items by day only: many articles share one published_at.
    for name in ("bio.rdf", "natasha.xml", "livemint.xml"):
        parsed = parse_feed((fixtures_dir / "feeds-real" / name).read_bytes(), f"https://{name}/")
        feed = add_feed(database, f"https://{name}/", parsed.title)
        store(database, feed, list(parsed.entries))
    everything = articles.list_articles(reader, limit=1000)
    assert len(everything) == 30 + 10 + 25
    assert len({row.published_at for row in everything}) < len(everything)  # ties exist

    for page_size in (1, 7, 30, 64, 65):
        seen = []
        after: tuple[int, int] | None = None
        while True:
            page = articles.list_articles(reader, limit=page_size, after=after)
            seen.extend(page)
            if len(page) < page_size:
                break
            after = (int(page[-1].published_at.timestamp()), page[-1].id)
        assert [row.id for row in seen] == [row.id for row in everything], page_size


def test_keyset_paging_respects_the_filter(
    reader: sqlite3.Connection, two_folders: dict[str, int]
) -> None:
    unread = ArticleFilter(unread_only=True)
    first = articles.list_articles(reader, unread, limit=2)
    last = first[-1]
    rest = articles.list_articles(
        reader, unread, limit=100, after=(int(last.published_at.timestamp()), last.id)
    )

    assert [row_key(reader, row.id) for row in first + rest] == [
        "asia-2", "asia-3", "tech-1", "tech-2", "gadget-0",
    ]  # fmt: skip


def test_filter_unread_only(reader: sqlite3.Connection, two_folders: dict[str, int]) -> None:
    listed = articles.list_articles(reader, ArticleFilter(unread_only=True))

    assert all(not row.read for row in listed)
    assert [row_key(reader, row.id) for row in listed] == [
        "asia-2", "asia-3", "tech-1", "tech-2", "gadget-0",
    ]  # fmt: skip


def test_filter_starred_only(reader: sqlite3.Connection, two_folders: dict[str, int]) -> None:
    assert keys(reader, ArticleFilter(starred_only=True)) == ["asia-1", "gadget-0"]


def test_filter_by_feed(reader: sqlite3.Connection, two_folders: dict[str, int]) -> None:
    assert keys(reader, ArticleFilter(feed_id=two_folders["tech"])) == [
        "tech-0",
        "tech-1",
        "tech-2",
    ]


def test_filter_by_folder_covers_every_feed_in_it(
    reader: sqlite3.Connection, two_folders: dict[str, int]
) -> None:
    assert keys(reader, ArticleFilter(folder="Tech")) == ["tech-0", "tech-1", "tech-2", "gadget-0"]
    assert keys(reader, ArticleFilter(folder="Nowhere")) == []


def test_filters_combine(reader: sqlite3.Connection, two_folders: dict[str, int]) -> None:
    assert keys(reader, ArticleFilter(folder="Tech", unread_only=True)) == [
        "tech-1",
        "tech-2",
        "gadget-0",
    ]
    assert keys(reader, ArticleFilter(folder="Central Asia", starred_only=True)) == ["asia-1"]
    unread_and_starred = ArticleFilter(folder="Central Asia", unread_only=True, starred_only=True)
    assert keys(reader, unread_and_starred) == []


def test_count_articles_matches_the_list(
    reader: sqlite3.Connection, two_folders: dict[str, int]
) -> None:
    for article_filter in (
        ArticleFilter(),
        ArticleFilter(unread_only=True),
        ArticleFilter(starred_only=True),
        ArticleFilter(feed_id=two_folders["asia"]),
        ArticleFilter(folder="Tech"),
        ArticleFilter(folder="Tech", unread_only=True),
    ):
        expected = len(articles.list_articles(reader, article_filter, limit=1000))
        assert articles.count_articles(reader, article_filter) == expected, article_filter
    assert articles.count_articles(reader) == 8
    assert articles.count_articles(reader, ArticleFilter(unread_only=True)) == 5


def test_unread_counts_per_feed_leave_out_feeds_with_nothing_unread(
    database: Database, reader: sqlite3.Connection, two_folders: dict[str, int]
) -> None:
    empty_feed = add_feed(database, "https://empty.example/rss")

    counts = articles.unread_counts(reader)

    assert counts == {two_folders["asia"]: 2, two_folders["tech"]: 2, two_folders["gadgets"]: 1}
    assert empty_feed not in counts


def test_mark_all_read_in_a_folder_leaves_other_folders_unread(
    database: Database, reader: sqlite3.Connection, two_folders: dict[str, int]
) -> None:
    changed = write(database, lambda c: articles.mark_all_read(c, ArticleFilter(folder="Tech")))

    assert len(changed) == 3  # tech-1, tech-2, gadget-0; tech-0 was already read
    assert articles.unread_counts(reader) == {two_folders["asia"]: 2}
    # Starred flags are not touched by marking read.
    assert keys(reader, ArticleFilter(starred_only=True)) == ["asia-1", "gadget-0"]


def test_mark_all_read_without_a_filter_marks_everything(
    database: Database, reader: sqlite3.Connection, two_folders: dict[str, int]
) -> None:
    assert len(write(database, lambda c: articles.mark_all_read(c))) == 5
    assert articles.unread_counts(reader) == {}
    assert write(database, lambda c: articles.mark_all_read(c)) == []


def test_mark_all_read_returns_exactly_the_articles_it_changed(
    database: Database, reader: sqlite3.Connection, two_folders: dict[str, int]
) -> None:
    unread_before = {row["id"] for row in reader.execute("SELECT id FROM articles WHERE read = 0")}

    changed = write(database, lambda c: articles.mark_all_read(c))

    assert sorted(changed) == sorted(unread_before)  # asia-0, asia-1, tech-0 were read before
    assert write(database, lambda c: articles.set_read(c, changed, False)) == 5
    assert articles.unread_counts(reader) == {
        two_folders["asia"]: 2,
        two_folders["tech"]: 2,
        two_folders["gadgets"]: 1,
    }


def test_mark_all_read_leaves_articles_stored_after_the_moment_asked_for(
    database: Database, reader: sqlite3.Connection, two_folders: dict[str, int]
) -> None:
    seen = articles.newest_article_id(reader)
    assert seen is not None
    store(database, two_folders["asia"], [entry("asia-new", published=LATER)])

    changed = write(database, lambda c: articles.mark_all_read(c, up_to=seen))

    assert len(changed) == 5
    assert row_of(reader, two_folders["asia"], "asia-new")["read"] == 0
    assert articles.unread_counts(reader) == {two_folders["asia"]: 1}


def test_an_empty_database_has_no_newest_article(reader: sqlite3.Connection) -> None:
    assert articles.newest_article_id(reader) is None


def test_set_read_reports_only_articles_it_changed(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    store(database, feed_id, [entry("a"), entry("b")])
    ids = [row.id for row in articles.list_articles(reader)]

    assert write(database, lambda c: articles.set_read(c, ids[:1], True)) == 1
    assert write(database, lambda c: articles.set_read(c, ids, True)) == 1
    assert write(database, lambda c: articles.set_read(c, ids, False)) == 2
    assert write(database, lambda c: articles.set_starred(c, [], True)) == 0


def test_get_article_returns_the_full_content(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    store(
        database,
        feed_id,
        [entry("a", "Title", summary="<p>short</p>", content="<p>long</p>", author="Aigerim")],
    )
    article_id = row_of(reader, feed_id, "a")["id"]

    article = articles.get_article(reader, article_id)

    assert article is not None
    assert (article.key, article.title, article.author) == ("a", "Title", "Aigerim")
    assert (article.summary_html, article.content_html) == ("<p>short</p>", "<p>long</p>")
    assert article.feed_title == "News"
    assert article.published_at == NOW - timedelta(hours=1)
    assert articles.get_article(reader, article_id + 1000) is None


# --- full-text search ------------------------------------------------------------------------


def test_search_finds_an_article_by_a_word_of_its_text(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    store(
        database,
        feed_id,
        [
            entry("a", "Markets", summary="<p>The som held steady in <b>Bishkek</b> today.</p>"),
            entry("b", "Weather", summary="<p>Snow in the Pamir mountains.</p>"),
        ],
    )
    a = row_of(reader, feed_id, "a")["id"]
    b = row_of(reader, feed_id, "b")["id"]

    assert search(reader, "bishkek") == {a}
    assert search(reader, "pamir") == {b}
    assert search(reader, "markets") == {a}  # the title is indexed too
    assert search(reader, "nowhere") == set()


def test_search_finds_an_article_by_a_prefix(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    store(
        database,
        feed_id,
        [
            entry("a", summary="<p>A caravanserai on the Silk Road.</p>"),
            entry("b", summary="<p>A caravan of trucks at the border.</p>"),
            entry("c", summary="<p>Carpets from Turkmenistan.</p>"),
        ],
    )
    ids = {key: row_of(reader, feed_id, key)["id"] for key in "abc"}

    assert search(reader, "caravan*") == {ids["a"], ids["b"]}
    assert search(reader, "car*") == {ids["a"], ids["b"], ids["c"]}
    assert search(reader, "turkm*") == {ids["c"]}


def test_search_ignores_accents(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    store(database, feed_id, [entry("a", summary="<p>Ürümqi and Almaty café</p>")])
    article_id = row_of(reader, feed_id, "a")["id"]

    assert search(reader, "urumqi") == {article_id}
    assert search(reader, "cafe") == {article_id}


def test_search_finds_real_feed_articles(
    database: Database, reader: sqlite3.Connection, fixtures_dir: Path
) -> None:
    parsed = parse_feed(
        (fixtures_dir / "feeds-real" / "natasha.xml").read_bytes(), "https://natashatherobot.com/"
    )
    feed = add_feed(database, "https://natashatherobot.com/feed/")
    store(database, feed, list(parsed.entries))
    passkit = next(e for e in parsed.entries if "Passkit" in e.title)

    found = search(reader, "passkit")

    assert row_of(reader, feed, passkit.key)["id"] in found
    fts_integrity_check(database)


def test_search_follows_an_updated_article(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    store(database, feed_id, [entry("a", "Draft", summary="<p>Samarkand rumour</p>")])
    article_id = row_of(reader, feed_id, "a")["id"]

    store(database, feed_id, [entry("a", "Final", summary="<p>Bukhara confirmed</p>")], LATER)

    assert search(reader, "samarkand") == set()
    assert search(reader, "draft") == set()
    assert search(reader, "bukhara") == {article_id}
    assert search(reader, "final") == {article_id}
    fts_integrity_check(database)


def test_search_follows_a_deleted_article_and_an_unsubscribed_feed(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    other_feed = add_feed(database, "https://other.example/rss")
    store(
        database, feed_id, [entry("a", summary="<p>Khujand</p>"), entry("b", summary="<p>Osh</p>")]
    )
    store(database, other_feed, [entry("c", summary="<p>Khujand again</p>")])
    a = row_of(reader, feed_id, "a")["id"]
    c = row_of(reader, other_feed, "c")["id"]
    assert search(reader, "khujand") == {a, c}

    write(database, lambda conn: conn.execute("DELETE FROM articles WHERE id = ?", (a,)))
    assert search(reader, "khujand") == {c}

    # Removing a feed cascades to its articles, and the triggers clean the index.
    write(database, lambda conn: conn.execute("DELETE FROM feeds WHERE id = ?", (other_feed,)))
    assert search(reader, "khujand") == set()
    assert search(reader, "osh") == {row_of(reader, feed_id, "b")["id"]}
    fts_integrity_check(database)


def test_the_updated_entry_is_the_one_stored(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    original = entry("a", "Title", link="https://news.example/old-link")
    store(database, feed_id, [original])

    counts = store(database, feed_id, [replace(original, link="https://news.example/new")], LATER)

    assert counts.updated == 1
    assert row_of(reader, feed_id, "a")["link"] == "https://news.example/new"


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("face id", '"face"* "id"*'),
        ('say "hi', '"say"* """hi"*'),
        ("NEAR(a b) OR x:y", '"NEAR(a"* "b)"* "OR"* "x:y"*'),
        ("*** -- ", ""),
        ("", ""),
    ],
)
def test_typed_search_becomes_a_quoted_prefix_query(typed, query):
    from desktop_app.store.articles import fts_query

    assert fts_query(typed) == query


def test_the_excerpt_does_not_repeat_the_headline_the_text_opens_with(tmp_path) -> None:
    database = Database(tmp_path / "caravan.sqlite3")
    try:
        entry = ParsedEntry(
            key="1",
            title="Esper in Hanoi",
            link="https://news.example/1",
            author="",
            published_at=None,
            summary_html="<h1>Esper in Hanoi</h1><p>HANOI (AP) — The minister spoke.</p>",
            content_html="",
            text="Esper in Hanoi HANOI (AP) — The minister spoke.",
        )

        def store(connection):
            feed_id, _ = feeds.add_feed(connection, "https://news.example/feed")
            articles.store_entries(connection, feed_id, [entry])

        database.writer.run(store)
        with closing(database.reader()) as reader:
            (summary,) = articles.list_articles(reader, articles.EVERYTHING, limit=5)
        assert summary.excerpt == "HANOI (AP) — The minister spoke."
    finally:
        database.close()


def test_a_search_counts_what_it_lists_and_shows_where_the_words_are(
    database: Database, reader: sqlite3.Connection, fixtures_dir: Path
) -> None:
    for name in ("macworld.rss", "scriptingNews.rss", "natasha.xml"):
        parsed = parse_feed((fixtures_dir / "feeds-real" / name).read_bytes(), f"https://{name}/")
        store(database, add_feed(database, f"https://{name}/feed"), list(parsed.entries))

    for query in ("apple", "face id", "the", "swi", "nosuchword"):
        found = articles.list_articles(reader, ArticleFilter(search=query), limit=1_000)
        # The count of a search alone comes from the index: it must agree with the list.
        assert articles.count_articles(reader, ArticleFilter(search=query)) == len(found), query
    listed = articles.list_articles(reader, ArticleFilter(search="passkit"), limit=5)
    assert listed
    assert all("passkit" in summary.excerpt.lower() for summary in listed)


def test_the_date_filter_keeps_what_was_published_since(
    database: Database, reader: sqlite3.Connection, feed_id: int
) -> None:
    now = datetime(2026, 11, 29, 12, tzinfo=UTC)
    store(
        database,
        feed_id,
        [
            replace(entry("old", "Old"), published_at=now - timedelta(days=40)),
            replace(entry("week", "This week"), published_at=now - timedelta(days=3)),
            replace(entry("today", "Today"), published_at=now - timedelta(hours=2)),
        ],
        now,
    )
    since = now - timedelta(days=7)
    titles = {s.title for s in articles.list_articles(reader, ArticleFilter(since=since))}
    assert titles == {"This week", "Today"}
    assert articles.count_articles(reader, ArticleFilter(since=since, search="today")) == 1


def test_a_common_search_walks_the_dates_and_lists_exactly_what_the_join_lists(
    database: Database, reader: sqlite3.Connection
) -> None:
    """Above COMMON_SEARCH matches the page is found by walking the date order; it must be
    the same, page after page, as SQLite's join (the plan for rare searches)."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    words = ("steppe", "caravan", "bazaar")
    entries = [
        replace(
            entry(f"k{n}", f"Story {n}", summary=f"<p>{words[n % 3]} {words[n % 2]} road</p>"),
            published_at=start + timedelta(minutes=(n * 7919) % 10_000),  # dates out of order
        )
        for n in range(3 * articles.COMMON_SEARCH)
    ]
    store(database, add_feed(database, "https://a.example/feed"), entries[::2], start)
    store(database, add_feed(database, "https://b.example/feed"), entries[1::2], start)
    for search, others in (
        ("steppe", ArticleFilter()),
        ("caravan", ArticleFilter(feed_id=1)),
        ("road", ArticleFilter(since=start + timedelta(minutes=5_000))),
        ("bazaar road", ArticleFilter()),
    ):
        wanted = replace(others, search=search)
        walked, joined = [], []
        after_walk = after_join = None
        while True:
            page = articles.list_articles(reader, wanted, limit=200, after=after_walk)
            reference = articles._page(reader, wanted, 200, after_join)
            walked += [s.id for s in page]
            joined += [s.id for s in reference]
            if not reference:
                break
            after_walk = (int(page[-1].published_at.timestamp()), page[-1].id) if page else None
            after_join = (int(reference[-1].published_at.timestamp()), reference[-1].id)
        assert walked == joined, search
        assert len(walked) == articles.count_articles(reader, wanted), search


def test_a_common_search_sees_articles_stored_after_it_ran(
    database: Database, reader: sqlite3.Connection
) -> None:
    feed = add_feed(database, "https://a.example/feed")
    many = [entry(f"k{n}", f"Steppe {n}") for n in range(articles.COMMON_SEARCH + 10)]
    store(database, feed, many)
    before = articles.count_articles(reader, ArticleFilter(search="steppe"))
    listed = articles.list_articles(reader, ArticleFilter(search="steppe", feed_id=feed), limit=5)
    assert before == len(many) and len(listed) == 5

    store(database, feed, [entry("late", "Steppe news, late")], LATER)

    assert articles.count_articles(reader, ArticleFilter(search="steppe")) == before + 1
    newest = articles.list_articles(reader, ArticleFilter(search="steppe"), limit=1)
    assert newest[0].title == "Steppe news, late"
    assert (
        articles.count_articles(reader, ArticleFilter(search="steppe", feed_id=feed)) == before + 1
    )
