"""The fast path stores exactly what feedparser would, on every fixture it accepts.

Every real feed and every file of feedparser's conformance corpus is parsed both ways. Where
the fast path answers, its feed must equal the feedparser path's (entries, keys, titles,
links, authors, dates, HTML, text); where it declines, feedparser reads the file.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop_app.domain import ParsedFeed
from desktop_app.feeds.fastparse import fast_parse
from desktop_app.feeds.parse import parse_with_feedparser

FIXTURES = Path(__file__).parent.parent / "fixtures"
CORPUS = FIXTURES / "feedparser-tests"


def _headers(spec: str) -> dict[str, str]:
    headers = {}
    for part in spec.split(";;") if spec else []:
        name, _, value = part.partition(":")
        if value:
            headers[name.strip().lower()] = value.strip()
    return headers


def _cases() -> list[tuple[str, Path, dict[str, str]]]:
    cases: list[tuple[str, Path, dict[str, str]]] = [
        (f"real/{path.name}", path, {})
        for path in sorted((FIXTURES / "feeds-real").iterdir())
        if path.suffix in (".rss", ".xml", ".rdf", ".atom")
    ]
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8") as manifest:
        for row in csv.DictReader(manifest, delimiter="\t"):
            path = CORPUS / row["path"]
            if path.suffix == ".xml" and path.exists():
                cases.append((row["path"], path, _headers(row["http_headers_to_simulate"])))
    unique = {name: (name, path, headers) for name, path, headers in cases}
    return [unique[name] for name in sorted(unique)]


CASES = _cases()


def _comparable(parsed: ParsedFeed) -> tuple[object, ...]:
    return (
        parsed.title,
        parsed.site_url,
        parsed.entries,
        parsed.min_interval_minutes,
        parsed.icon_url,
    )


@pytest.mark.parametrize(("name", "path", "headers"), CASES, ids=[case[0] for case in CASES])
def test_fast_path_equals_feedparser_where_it_answers(name, path, headers):
    body = path.read_bytes()
    url = "https://example.org/feed.xml"
    fast = fast_parse(body, url, headers)
    if fast is None:
        return  # declined: feedparser reads it, as before
    assert _comparable(fast) == _comparable(parse_with_feedparser(body, url, headers))


def test_fast_path_takes_every_real_feed_that_is_plain_utf8():
    taken = [
        path.name
        for path in sorted((FIXTURES / "feeds-real").iterdir())
        if path.suffix in (".rss", ".xml", ".rdf", ".atom")
        and fast_parse(path.read_bytes(), "https://example.org/", {}) is not None
    ]
    assert len(taken) >= 5, taken


@pytest.mark.parametrize(
    "body",
    [
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b'<rss version="2.0"><channel><title>&e;</title></channel></rss>',
        b'<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel/></rss>',
        b'<rss version="2.0"><channel><title>unclosed</channel></rss>',
        b"<html><body>not a feed</body></html>",
    ],
)
def test_fast_path_declines_what_it_must_not_read(body):
    assert fast_parse(body, "https://example.org/", {}) is None
