"""JSON Feed 1.0/1.1 and RSS-in-JSON, beyond the real-feed checks in test_parse.py."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.errors import FeedError, NotAFeedError
from desktop_app.feeds.parse import parse_feed

FIXTURES = Path(__file__).parent.parent / "fixtures"


def feed(**fields: object) -> bytes:
    document = {"version": "https://jsonfeed.org/version/1.1", "title": "T", **fields}
    return json.dumps(document).encode()


def test_feedparser_corpus_example_has_its_title_and_two_entries():
    # Expect (in the file): not bozo and feed.title == 'My Example Feed' and len(entries) == 2
    parsed = parse_feed((FIXTURES / "feedparser-json-example.json").read_bytes(), "u")
    assert parsed.title == "My Example Feed"
    assert len(parsed.entries) == 2
    assert parsed.entries[0].key == "2"
    assert parsed.entries[0].link == "https://example.org/second-item"


def test_truncated_json_feed_is_a_clean_feed_error():
    body = (FIXTURES / "feeds-real" / "allthis-partial.json").read_bytes()
    with pytest.raises(FeedError, match="broken JSON feed"):
        parse_feed(body, "https://leancrew.com/all-this/feed.json")


def test_json_that_is_not_a_feed_is_not_a_feed():
    with pytest.raises(NotAFeedError):
        parse_feed(b'{"status": "ok", "data": []}', "https://example.org/api")


def test_text_content_becomes_escaped_paragraphs():
    body = feed(items=[{"id": "1", "content_text": "a < b\n\nsecond"}])
    (entry,) = parse_feed(body, "u").entries
    assert entry.summary_html == "<p>a &lt; b</p><p>second</p>"
    assert entry.text == "a < b second"


def test_summary_and_content_are_kept_apart_and_sanitized():
    body = feed(
        items=[
            {
                "id": "1",
                "summary": "Teaser",
                "content_html": '<p onclick="x()">Full</p><script>alert(1)</script>',
            }
        ]
    )
    (entry,) = parse_feed(body, "u").entries
    assert entry.summary_html == "Teaser"
    assert entry.content_html == "<p>Full</p>"


def test_numeric_id_is_the_identity_and_authors_of_version_1_1_are_read():
    body = feed(
        authors=[{"name": "Feed Author"}],
        items=[
            {"id": 42, "url": "https://example.org/a", "title": "A"},
            {"id": "7", "title": "B", "authors": [{"name": "Item Author"}]},
        ],
    )
    first, second = parse_feed(body, "u").entries
    assert first.key == "42"
    assert first.author == "Feed Author"
    assert second.author == "Item Author"


def test_dates_are_utc_and_placeholders_are_dropped():
    body = feed(
        items=[
            {"id": "1", "date_published": "2021-03-05T13:04:04+02:00"},
            {"id": "2", "date_published": "1970-01-01T00:00:00Z"},
            {"id": "3", "date_published": "not a date"},
        ]
    )
    first, second, third = parse_feed(body, "u").entries
    assert first.published_at == datetime(2021, 3, 5, 11, 4, 4, tzinfo=UTC)
    assert second.published_at is None
    assert third.published_at is None


def test_rss_in_json_reads_channel_items():
    parsed = parse_feed((FIXTURES / "feeds-real" / "ScriptingNews.json").read_bytes(), "u")
    assert parsed.title == "Scripting News"
    assert parsed.site_url == "http://scripting.com/"
    first = parsed.entries[0]
    assert first.key == "http://scripting.com/2017/06/26.html#a080605"
    assert first.published_at == datetime(2017, 6, 26, 12, 20, 5, tzinfo=UTC)
