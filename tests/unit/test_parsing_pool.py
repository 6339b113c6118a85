"""Parsing in worker processes gives exactly what parsing in the app gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.errors import NotAFeedError
from desktop_app.feeds.parse import parse_feed
from desktop_app.services.parsing import POOL_THRESHOLD, FeedParser

FEEDS = Path(__file__).parent.parent / "fixtures" / "feeds-real"


def test_pool_results_equal_in_process_results():
    parser = FeedParser(POOL_THRESHOLD)
    try:
        for name in ("macworld.rss", "DaringFireball.atom", "bio.rdf", "inessential.json"):
            body = (FEEDS / name).read_bytes()
            url = f"https://example.org/{name}"
            assert parser.parse(body, url, {}) == parse_feed(body, url, {})
    finally:
        parser.close()


def test_errors_from_a_worker_keep_the_discovered_feeds():
    page = (
        b'<!DOCTYPE html><html><head><link rel="alternate" type="application/atom+xml" '
        b'href="/atom.xml"></head><body></body></html>'
    )
    parser = FeedParser(POOL_THRESHOLD)
    try:
        with pytest.raises(NotAFeedError) as raised:
            parser.parse(page, "https://example.org/", {"content-type": "text/html"})
    finally:
        parser.close()
    assert raised.value.discovered == ("https://example.org/atom.xml",)
