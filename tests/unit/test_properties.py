"""Properties over generated inputs (hypothesis): article identity is stable, and no sequence
of refreshes, flag changes and retention ever loses a user's read or starred flag.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from desktop_app.domain import ParsedEntry
from desktop_app.feeds.fastparse import fast_parse
from desktop_app.feeds.identity import article_key
from desktop_app.feeds.parse import parse_with_feedparser
from desktop_app.store import articles, feeds, retention
from desktop_app.store.db import Database

FEED_URL = "https://caravan.example/feed.xml"
# `make test-heavy` multiplies the number of generated cases.
SCALE = int(os.environ.get("CARAVAN_PROPERTY_SCALE", "1"))

# Text a feed can carry in a guid, link or title: letters of several scripts, digits,
# punctuation including XML's special characters (escaped when written).
words = st.text(
    alphabet=st.characters(
        codec="utf-8",
        categories=("L", "N", "P", "S", "Zs"),
        exclude_characters="\r\n\t",
    ),
    min_size=1,
    max_size=20,
).map(str.strip)
dates = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
).map(lambda moment: moment.replace(microsecond=0))


@st.composite
def items(draw: st.DrawFn) -> dict[str, str | datetime | None]:
    return {
        "guid": draw(st.none() | words.filter(bool)),
        "link": draw(st.none() | words.filter(bool).map(lambda w: f"https://caravan.example/{w}")),
        "title": draw(words),
        "date": draw(st.none() | dates),
    }


def rss(entries: list[dict[str, str | datetime | None]], description: str) -> bytes:
    def element(name: str, value: str | None, attributes: str = "") -> str:
        return "" if value is None else f"<{name}{attributes}>{escape(value)}</{name}>"

    body = "".join(
        "<item>"
        + element("guid", item["guid"], ' isPermaLink="false"')  # type: ignore[arg-type]
        + element("link", item["link"])  # type: ignore[arg-type]
        + element("title", item["title"])  # type: ignore[arg-type]
        + element("pubDate", _date_text(item) or None)
        + element("description", description)
        + "</item>"
        for item in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
        f"<link>https://caravan.example/</link>{body}</channel></rss>"
    ).encode()


@settings(max_examples=150 * SCALE, deadline=None)
@given(
    entries=st.lists(items(), min_size=1, max_size=6, unique_by=lambda item: item["guid"]),
    first=words,
    second=words,
)
def test_an_articles_key_follows_the_rule_and_ignores_its_text(
    entries: list[dict[str, str | datetime | None]], first: str, second: str
) -> None:
    """guid, else link, else a hash of title and date: the same on both parse paths, and an
    edit of the article's text (what feeds change most) never changes it."""
    before = parse_with_feedparser(rss(entries, first), FEED_URL).entries
    after = parse_with_feedparser(rss(entries, second), FEED_URL).entries
    fast = fast_parse(rss(entries, second), FEED_URL, {})

    keys = [entry.key for entry in before]
    assert keys == [entry.key for entry in after]
    if fast is not None:  # the fast path declines what it cannot prove; when it answers, it agrees
        assert [entry.key for entry in fast.entries] == keys
    readable_as_written = not any(
        isinstance(value, str) and _would_be_repaired(value)
        for item in entries
        for value in item.values()
    )
    if readable_as_written and len({entry.key for entry in before}) == len(before):
        expected = [
            article_key(item["guid"], str(item["link"] or ""), entry.title, _date_text(item))
            for item, entry in zip(entries, before, strict=True)
        ]
        assert keys == expected


def _would_be_repaired(text: str) -> bool:
    """feedparser reads UTF-8 text that decodes again as UTF-8 as double-encoded, and fixes it."""
    try:
        return text.encode("iso-8859-1").decode("utf-8") != text
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False


def _date_text(item: dict[str, str | datetime | None]) -> str:
    """The item's pubDate as written in the feed (the hash takes the text, not the moment)."""
    moment = item["date"]
    return f"{moment:%a, %d %b %Y %H:%M:%S} +0000" if isinstance(moment, datetime) else ""


# --- no flag is ever lost ---------------------------------------------------------------------

KEYS = [f"item-{n}" for n in range(8)]
START = datetime(2026, 1, 1, tzinfo=UTC)


def entry(key: str, version: int) -> ParsedEntry:
    return ParsedEntry(
        key=key,
        title=f"{key} v{version}",
        link=f"https://caravan.example/{key}",
        author="",
        published_at=START + timedelta(hours=KEYS.index(key)),
        summary_html=f"<p>{key} version {version}</p>",
        content_html="",
        text=f"{key} version {version}",
    )


class FlagsSurviveEverything(RuleBasedStateMachine):
    """Two feeds on a real database file; the model is what the user set."""

    @initialize()
    def open_database(self) -> None:
        self.directory = tempfile.TemporaryDirectory()
        self.database = Database(Path(self.directory.name) / "caravan.sqlite3")
        self.feed_ids = [self.subscribe(f"https://caravan.example/{n}.xml") for n in range(2)]
        self.now = START
        self.flags: dict[int, tuple[bool, bool]] = {}  # article id -> (read, starred)

    def subscribe(self, url: str) -> int:
        feed_id, _added = self.database.writer.run(lambda c: feeds.add_feed(c, url))
        return feed_id

    def teardown(self) -> None:
        if hasattr(self, "database"):
            self.database.close()
            self.directory.cleanup()

    def stored(self) -> dict[int, tuple[bool, bool]]:
        with closing(self.database.reader()) as reader:
            rows = reader.execute("SELECT id, read, starred FROM articles").fetchall()
        return {row["id"]: (bool(row["read"]), bool(row["starred"])) for row in rows}

    @rule(
        feed=st.integers(0, 1),
        keys=st.lists(st.sampled_from(KEYS), unique=True),
        version=st.integers(0, 3),
    )
    def refresh(self, feed: int, keys: list[str], version: int) -> None:
        entries = [entry(key, version) for key in keys]
        self.database.writer.run(
            lambda c: articles.store_entries(c, self.feed_ids[feed], entries, now=self.now)
        )
        for article_id, flags in self.stored().items():
            if article_id not in self.flags:
                assert flags == (False, False)  # a new article arrives unread, unstarred
                self.flags[article_id] = flags

    @precondition(lambda self: bool(self.flags))
    @rule(data=st.data(), flag=st.sampled_from(["read", "starred"]), value=st.booleans())
    def user_sets_a_flag(self, data: st.DataObject, flag: str, value: bool) -> None:
        chosen = data.draw(st.lists(st.sampled_from(sorted(self.flags)), min_size=1, unique=True))
        change = articles.set_read if flag == "read" else articles.set_starred
        self.database.writer.run(lambda c: change(c, chosen, value))
        for article_id in chosen:
            read, starred = self.flags[article_id]
            self.flags[article_id] = (value, starred) if flag == "read" else (read, value)

    @rule(days=st.integers(0, 120))
    def time_passes(self, days: int) -> None:
        self.now += timedelta(days=days)

    @rule(keep_days=st.sampled_from([0, 1, 30, 90]), max_per_feed=st.sampled_from([0, 1, 3]))
    def retention_runs(self, keep_days: int, max_per_feed: int) -> None:
        policy = retention.RetentionPolicy(keep_days, max_per_feed)
        self.database.writer.run(lambda c: retention.apply_retention(c, policy, self.now))
        remaining = self.stored()
        for article_id in list(self.flags):
            if article_id not in remaining:
                assert not self.flags[article_id][1], "retention deleted a starred article"
                del self.flags[article_id]

    @invariant()
    def every_flag_is_as_the_user_left_it(self) -> None:
        if hasattr(self, "database"):
            assert self.stored() == self.flags


FlagsSurviveEverything.TestCase.settings = settings(
    max_examples=40 * SCALE,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_flags_survive_every_sequence_of_refresh_flags_and_retention = FlagsSurviveEverything.TestCase
