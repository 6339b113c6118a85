"""Feed bytes → ParsedFeed on real feeds: every item kept, fields as in the file, dates in UTC,
and article keys that never change (read/starred state hangs on them).

JSON Feed is not covered here: feedparser 6.0 does not parse it (later work).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from desktop_app.domain import ParsedFeed
from desktop_app.errors import FeedError, NotAFeedError
from desktop_app.feeds.identity import article_key
from desktop_app.feeds.parse import parse_feed

FIXTURES = Path(__file__).parents[1] / "fixtures"
REAL_FEEDS_DIR = FIXTURES / "feeds-real"
GOLDEN_KEYS = FIXTURES / "golden_article_keys.json"
REGENERATE = os.environ.get("CARAVAN_REGENERATE_GOLDEN") == "1"

# Item counts checked by hand against the files (and re-counted from the bytes below).
REAL_FEEDS = {
    "489.rss": 10,
    "DaringFireball.atom": 48,
    "bio.rdf": 30,
    "livemint.xml": 25,
    "macworld.rss": 30,
    "natasha.xml": 10,
    "scriptingNews.rss": 50,
    # JSON Feed 1.0/1.1 and RSS-in-JSON: items counted from the decoded document below.
    "DaringFireball.json": 48,
    "ScriptingNews.json": 50,
    "inessential.json": 20,
    "jsonfeed-extension.json": 3,
}
FEED_SUFFIXES = {".rss", ".xml", ".rdf", ".atom", ".json"}
BROKEN_FEEDS = {"allthis-partial.json"}  # truncated mid-string: a clean error, tested below
ITEMLESS_LINKS = {"jsonfeed-extension.json"}  # its items carry only an id and content
# "<item>" or "<item rdf:about=...>" and "<entry>", but not RSS 1.0's "<items>" table of contents.
ITEM_TAG = re.compile(rb"<(?:item|entry)[\s>]")


@functools.cache
def parse_real(name: str) -> ParsedFeed:
    """Parsed once per run: ParsedFeed and its entries are immutable."""
    return parse_feed((REAL_FEEDS_DIR / name).read_bytes(), f"https://example.org/{name}")


def rss(items: str, channel: str = "<title>T</title><link>https://example.org/</link>") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0">'
        f"<channel>{channel}{items}</channel></rss>"
    ).encode()


def atom(entries: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>A</title><id>urn:example:feed</id><updated>2024-01-01T00:00:00Z</updated>"
        f"{entries}</feed>"
    ).encode()


# --- every real feed ------------------------------------------------------------------------


def test_every_real_feed_fixture_is_covered():
    on_disk = {path.name for path in REAL_FEEDS_DIR.iterdir() if path.suffix in FEED_SUFFIXES}
    assert on_disk == set(REAL_FEEDS) | BROKEN_FEEDS


def _items_in_file(body: bytes) -> int:
    if body.lstrip().startswith(b"{"):
        document = json.loads(body)
        items = document["items"] if "items" in document else document["rss"]["channel"]["item"]
        return len(items)
    return len(ITEM_TAG.findall(body))


@pytest.mark.parametrize(("name", "count"), sorted(REAL_FEEDS.items()))
def test_real_feed_parses_with_every_item(name, count):
    body = (REAL_FEEDS_DIR / name).read_bytes()
    assert _items_in_file(body) == count
    feed = parse_feed(body, f"https://example.org/{name}")
    assert len(feed.entries) == count
    assert feed.warning is None


@pytest.mark.parametrize("name", sorted(REAL_FEEDS))
def test_real_feed_dates_are_timezone_aware_utc(name):
    for entry in parse_real(name).entries:
        assert entry.published_at is not None
        assert entry.published_at.tzinfo is UTC
        offset = entry.published_at.utcoffset()
        assert offset is not None
        assert offset.total_seconds() == 0


@pytest.mark.parametrize("name", sorted(REAL_FEEDS))
def test_real_feed_keys_are_unique_and_entries_have_content(name):
    entries = parse_real(name).entries
    assert len({entry.key for entry in entries}) == len(entries)
    # Some items are a picture alone (no text), none is empty.
    assert all(entry.title or entry.summary_html or entry.content_html for entry in entries)
    if name not in ITEMLESS_LINKS:
        assert all(entry.link.startswith(("http://", "https://")) for entry in entries)


# --- specific entries, checked against the file ---------------------------------------------


def test_atom_entry_fields_match_the_file():
    feed = parse_real("DaringFireball.atom")
    assert feed.title == "Daring Fireball"
    assert feed.site_url == "https://daringfireball.net/"
    first = feed.entries[0]
    assert first.key == "tag:daringfireball.net,2017:/linked//6.33853"
    assert first.title == "The Talk Show: ‘I Do Like Throwing a Baby’"
    # rel="alternate" wins over the rel="shorturl" and rel="related" links beside it.
    assert first.link == "https://daringfireball.net/thetalkshow/2017/06/26/ep-195"
    assert first.author == "John Gruber"
    # <published>2017-06-27T00:54:17Z</published>, not <updated>...00:54:20Z</updated>
    assert first.published_at == datetime(2017, 6, 27, 0, 54, 17, tzinfo=UTC)
    assert first.text.startswith("New episode of America’s favorite 3-star podcast")


def test_atom_entry_with_summary_and_content_keeps_both():
    last = parse_real("DaringFireball.atom").entries[-1]
    assert last.key == "tag:daringfireball.net,2017://1.33772"
    assert last.title == "★ Update on The Talk Show Live From WWDC 2017"
    assert last.summary_html
    assert len(last.content_html) > len(last.summary_html)
    assert last.text.startswith("On Wednesday I put the first 500 tickets on sale")


def test_rss_entry_with_cdata_fields_matches_the_file():
    feed = parse_real("livemint.xml")
    assert feed.title == "Livemint - News"
    first = feed.entries[0]
    assert first.key == "1559104147038"  # <guid><![CDATA[1559104147038]]></guid>
    assert first.title == "PM Modi-Xi Jinping informal summit in Varanasi this October: Report"
    assert first.link == (
        "https://www.livemint.com/news/india/"
        "pm-modi-xi-jinping-informal-summit-in-varanasi-this-october-report-1559104147038.html"
    )
    assert first.author == "Elizabeth Roche"
    # <pubDate><![CDATA[Wed, 29 May 2019 10:16:00 GMT]]> </pubDate>
    assert first.published_at == datetime(2019, 5, 29, 10, 16, tzinfo=UTC)
    assert feed.entries[1].title == "US takes India off watchlist for currency practices"
    assert feed.entries[1].author == "Staff Writer"


def test_rss_date_with_negative_offset_is_converted_to_utc():
    first = parse_real("macworld.rss").entries[0]
    assert first.title == "Best smart lock"
    # <pubDate>Tue, 28 Nov 2017 15:40:00 -0800</pubDate> → 15:40 + 8 h = 23:40 UTC
    assert first.published_at == datetime(2017, 11, 28, 23, 40, tzinfo=UTC)
    assert first.author == "Christopher Null"


def test_rss_item_without_guid_is_keyed_by_its_link():
    feed = parse_real("macworld.rss")
    assert b"<guid" not in (REAL_FEEDS_DIR / "macworld.rss").read_bytes()
    first = feed.entries[0]
    assert first.key == first.link
    assert first.link == (
        "https://www.techhive.com/article/3212828/connected-home/best-smart-lock.html#tk.rss_all"
    )


def test_rss_guid_that_is_not_a_permalink_is_the_key_and_link_stays_the_link():
    first = parse_real("natasha.xml").entries[0]
    # <guid isPermaLink="false">https://www.natashatherobot.com/?p=6602</guid>
    assert first.key == "https://www.natashatherobot.com/?p=6602"
    assert first.link == "https://www.natashatherobot.com/url-apple-wallet-passkit-pass/"
    assert first.title == "The Easiest Way to Get a URL for your Apple Wallet Passkit Pass"
    assert first.author == "Natasha Murashev"
    # <pubDate>Fri, 07 Jul 2017 11:06:10 +0000</pubDate>
    assert first.published_at == datetime(2017, 7, 7, 11, 6, 10, tzinfo=UTC)
    # content:encoded is the article, description the teaser.
    assert len(first.content_html) > len(first.summary_html) > 0


def test_rss_items_without_title_keep_their_text():
    first = parse_real("scriptingNews.rss").entries[0]
    assert first.title == ""
    assert first.key == "http://scripting.com/2017/06/26.html#a080605"
    assert first.text == "Good morning students and teachers! 🍏"
    assert first.published_at == datetime(2017, 6, 26, 12, 20, 5, tzinfo=UTC)


def test_rdf_item_fields_match_the_file():
    feed = parse_real("bio.rdf")
    assert feed.title == "bioRxiv Subject Collection: Plant Biology"
    first = feed.entries[0]
    # <item rdf:about="http://biorxiv.org/cgi/content/short/743294v1?rss=1">
    assert first.key == "http://biorxiv.org/cgi/content/short/743294v1?rss=1"
    assert first.link == "http://biorxiv.org/cgi/content/short/743294v1?rss=1"
    # The title sits in CDATA with surrounding newlines and a trailing space.
    assert first.title.startswith("Wheat inositol pyrophosphate kinase (TaVIH2-3B)")
    assert first.title.endswith("alters the plant cell-wall composition")
    assert first.author.startswith("Kaur, M., Shukla, A.,")
    assert first.author.endswith("Pandey, A. K.")
    # <dc:date>2019-08-27</dc:date>: a date alone is midnight UTC.
    assert first.published_at == datetime(2019, 8, 27, tzinfo=UTC)


def test_medium_rss_fields_match_the_file():
    first = parse_real("489.rss").entries[0]
    assert first.key == "https://medium.com/p/417d97952d42"
    assert first.title == "Hodl Hodl closes funding round"
    assert first.author == "Hodl Hodl"
    # <pubDate>Mon, 19 Nov 2018 08:10:26 GMT</pubDate>
    assert first.published_at == datetime(2018, 11, 19, 8, 10, 26, tzinfo=UTC)


class _ActiveMarkup(HTMLParser):
    """Collects script-capable elements and javascript: URLs (comments are inert, ignored)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "iframe", "object", "embed"}:
            self.found.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"{tag}[{name}]")


@pytest.mark.parametrize("name", sorted(REAL_FEEDS))
def test_real_feed_html_has_no_active_content(name):
    for entry in parse_real(name).entries:
        for markup in (entry.summary_html, entry.content_html):
            checker = _ActiveMarkup()
            checker.feed(markup)
            checker.close()
            assert checker.found == []


# --- article keys ---------------------------------------------------------------------------


def sha1_hex(data: bytes) -> str:
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


def test_article_key_is_the_guid_when_there_is_one():
    assert article_key("  urn:uuid:1234 \n", "https://example.org/a", "T", "d") == "urn:uuid:1234"


def test_article_key_is_the_link_without_guid():
    assert article_key(None, "https://example.org/a", "T", "d") == "https://example.org/a"
    assert article_key("   ", "https://example.org/a", "T", "d") == "https://example.org/a"
    assert article_key(42, "https://example.org/a", "T", "d") == "https://example.org/a"


def test_article_key_is_a_hash_of_title_and_date_without_guid_or_link():
    key = article_key(None, "", "No id", "Mon, 01 Jan 2024 10:00:00 GMT")
    # sha1("No id" + "\x1f" + "Mon, 01 Jan 2024 10:00:00 GMT"), pinned: it must never change.
    assert key == "sha1:1ee619bb49ec901b5461f1fa166c8c55a531125c"
    assert key == "sha1:" + sha1_hex(b"No id\x1fMon, 01 Jan 2024 10:00:00 GMT")
    assert article_key(None, "", "No id", None) == "sha1:" + sha1_hex(b"No id\x1f")


def test_parsed_item_without_guid_or_link_gets_the_hash_key():
    body = rss(
        "<item><title>No id</title><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate>"
        "<description>text</description></item>"
    )
    (entry,) = parse_feed(body, "https://example.org/feed").entries
    assert entry.key == "sha1:1ee619bb49ec901b5461f1fa166c8c55a531125c"


def test_parsed_item_with_empty_guid_is_keyed_by_link():
    body = rss("<item><title>x</title><guid></guid><link>https://example.org/a</link></item>")
    (entry,) = parse_feed(body, "https://example.org/feed").entries
    assert entry.key == "https://example.org/a"


def _all_real_keys() -> dict[str, list[str]]:
    return {name: [entry.key for entry in parse_real(name).entries] for name in sorted(REAL_FEEDS)}


def test_article_keys_of_real_feeds_match_the_golden_file():
    # Regenerate (only after a deliberate, migrated change of identity!) with
    #   CARAVAN_REGENERATE_GOLDEN=1 pytest tests/unit/test_parse.py
    keys = _all_real_keys()
    if REGENERATE:
        GOLDEN_KEYS.write_text(json.dumps(keys, indent=1, ensure_ascii=False) + "\n", "utf-8")
    golden = json.loads(GOLDEN_KEYS.read_text("utf-8"))
    assert golden == keys
    assert sum(len(value) for value in golden.values()) == sum(REAL_FEEDS.values())


# --- duplicates -----------------------------------------------------------------------------


def test_duplicate_guids_in_one_feed_keep_both_entries():
    body = rss(
        "<item><guid>same</guid><title>First</title><link>https://example.org/1</link></item>"
        "<item><guid>same</guid><title>Second</title><link>https://example.org/2</link></item>"
    )
    entries = parse_feed(body, "https://example.org/feed").entries
    assert [entry.title for entry in entries] == ["First", "Second"]
    assert entries[0].key == "same"
    assert re.fullmatch(r"same#[0-9a-f]{12}", entries[1].key)


def test_real_feed_reusing_a_guid_keeps_both_items():
    # scriptingNews.rss has two items with <guid>http://scripting.com/2017/06/24.html#a100632
    # </guid>: one untitled about health insurance, then "Republican-inspired art".
    guid = "http://scripting.com/2017/06/24.html#a100632"
    entries = [e for e in parse_real("scriptingNews.rss").entries if e.key.startswith(guid)]
    assert len(entries) == 2
    assert entries[0].key == guid
    assert entries[0].text.startswith("I get my health insurance through the ACA")
    assert re.fullmatch(re.escape(guid) + r"#[0-9a-f]{12}", entries[1].key)
    assert entries[1].title == "Republican-inspired art"


def test_duplicate_guid_keys_are_stable_between_parses():
    body = rss(
        "<item><guid>g</guid><title>A</title></item><item><guid>g</guid><title>B</title></item>"
    )
    first = [entry.key for entry in parse_feed(body, "https://example.org/feed").entries]
    second = [entry.key for entry in parse_feed(body, "https://example.org/feed").entries]
    assert first == second
    assert len(set(first)) == 2


def test_item_repeated_verbatim_is_kept_once():
    item = "<item><guid>g</guid><title>A</title><link>https://example.org/a</link></item>"
    entries = parse_feed(rss(item * 3), "https://example.org/feed").entries
    assert [entry.key for entry in entries] == ["g"]


# --- not feeds ------------------------------------------------------------------------------


HTML_PAGE = b"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Regional news</title>
  <link rel="alternate" type="application/rss+xml" title="RSS" href="/feed/">
</head>
<body><h1>Regional news</h1><article><h2><a href="/a">Story</a></h2><p>Text.</p></article></body>
</html>
"""


def test_html_page_raises_not_a_feed_error():
    with pytest.raises(NotAFeedError, match="web page"):
        parse_feed(HTML_PAGE, "https://example.org/")


def test_html_page_without_doctype_raises_not_a_feed_error():
    with pytest.raises(NotAFeedError, match="web page"):
        parse_feed(b"  \n<html><body><p>Moved</p></body></html>", "https://example.org/")


@pytest.mark.parametrize(
    "body",
    [b"", b"\x00\x01\x02garbage\xff\xfe\x89PNG", b"hello world", b'{"not": "a feed"}'],
)
def test_garbage_bytes_raise_not_a_feed_error(body):
    with pytest.raises(NotAFeedError) as raised:
        parse_feed(body, "https://example.org/feed")
    assert isinstance(raised.value, FeedError)
    assert "https://example.org/feed" in str(raised.value)


@pytest.mark.parametrize("name", ["Subs.opml", "SubsNoTitleAttributes.opml"])
def test_opml_subscription_list_is_not_a_feed(name):
    with pytest.raises(NotAFeedError):
        parse_feed((REAL_FEEDS_DIR / name).read_bytes(), "https://example.org/subs.opml")


def test_broken_feed_keeps_what_was_recovered_with_a_warning():
    body = rss("<item><guid>1</guid><title>Kept</title></item><item><title>Cut")
    feed = parse_feed(body, "https://example.org/feed")
    assert feed.warning is not None
    assert feed.entries[0].title == "Kept"


# --- dates ----------------------------------------------------------------------------------


def test_missing_date_gives_no_published_at():
    body = rss("<item><guid>a</guid><title>Undated</title></item>")
    (entry,) = parse_feed(body, "https://example.org/feed").entries
    assert entry.published_at is None


@pytest.mark.parametrize(
    "pub_date", ["Thu, 01 Jan 1970 00:00:00 GMT", "Wed, 31 Dec 1969 23:59:59 GMT", "1970-06-15"]
)
def test_placeholder_date_in_1970_gives_no_published_at(pub_date):
    body = rss(f"<item><guid>a</guid><title>x</title><pubDate>{pub_date}</pubDate></item>")
    (entry,) = parse_feed(body, "https://example.org/feed").entries
    assert entry.published_at is None


def test_atom_placeholder_date_in_1970_gives_no_published_at():
    body = atom(
        "<entry><id>urn:e:1</id><title>x</title><published>1970-01-01T00:00:00Z</published>"
        "<updated>1970-01-01T00:00:00Z</updated></entry>"
    )
    (entry,) = parse_feed(body, "https://example.org/feed").entries
    assert entry.published_at is None


def test_unparseable_date_gives_no_published_at():
    body = rss("<item><guid>a</guid><title>x</title><pubDate>sometime soon</pubDate></item>")
    (entry,) = parse_feed(body, "https://example.org/feed").entries
    assert entry.published_at is None


def test_positive_offset_is_converted_to_utc():
    # Tashkent local time: 09:30 +0500 → 04:30 UTC.
    body = rss(
        "<item><guid>a</guid><title>x</title>"
        "<pubDate>Mon, 01 Jan 2024 09:30:00 +0500</pubDate></item>"
    )
    (entry,) = parse_feed(body, "https://example.org/feed").entries
    assert entry.published_at == datetime(2024, 1, 1, 4, 30, tzinfo=UTC)
    assert entry.published_at.tzinfo is UTC


def test_atom_updated_is_used_when_published_is_missing():
    body = atom(
        "<entry><id>urn:e:1</id><title>x</title><updated>2024-03-05T06:07:08+03:00</updated></entry>"
    )
    (entry,) = parse_feed(body, "https://example.org/feed").entries
    assert entry.published_at == datetime(2024, 3, 5, 3, 7, 8, tzinfo=UTC)


# --- encodings ------------------------------------------------------------------------------


CYRILLIC_RSS = (
    '<rss version="2.0"><channel><title>Новости</title>'
    "<item><guid>a</guid><title>Курс сома</title></item></channel></rss>"
).encode("cp1251")


@pytest.mark.parametrize("header", ["content-type", "Content-Type", "CONTENT-TYPE"])
def test_charset_from_http_headers_is_honoured_whatever_the_header_case(header):
    headers = {header: "application/rss+xml; charset=windows-1251"}
    feed = parse_feed(CYRILLIC_RSS, "https://example.org/feed", headers)
    assert feed.title == "Новости"
    assert feed.entries[0].title == "Курс сома"


def test_encoding_declared_in_the_document_is_honoured():
    body = b'<?xml version="1.0" encoding="windows-1251"?>' + CYRILLIC_RSS
    feed = parse_feed(body, "https://example.org/feed")
    assert feed.entries[0].title == "Курс сома"
