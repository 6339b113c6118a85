"""Every known XSS payload goes the whole way — feed → parser → SQLite → the HTML that
`caravan show ID --html` prints and the reader pane receives — and nothing active survives.

Payloads: DOMPurify's and html5lib's sanitizer suites, and the items of feedparser's
`wellformed/sanitize/` corpus. The output is read with an HTML parser, not regexes.
"""

from __future__ import annotations

import html
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from desktop_app.domain import IMAGE_CACHE_SCHEME, Article, CachedImage
from desktop_app.feeds.parse import parse_feed
from desktop_app.imaging import image_sources
from desktop_app.services.article_view import READER_ACTIONS, render_article_html
from desktop_app.store import articles, feeds
from desktop_app.store.db import Database

FIXTURES = Path(__file__).parent.parent / "fixtures"
FORBIDDEN_TAGS = {
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form",
    "input", "button", "textarea", "select", "svg", "math", "link", "meta", "base", "video",
    "audio", "source", "template", "noscript",
}  # fmt: skip
SAFE_SCHEMES = {"http", "https", "mailto"}
DIGEST = "0" * 64


def _render(article: Article) -> str:
    """The reader's document with every image the article shows taken as cached: the path
    where stored addresses are rewritten, so the one with the most to get wrong."""
    cached = {
        url: CachedImage(url, DIGEST, 10, 10) for url in image_sources(article.body_html, 100)
    }
    return render_article_html(article, cached)


def _payloads() -> list[str]:
    payloads = [case["payload"] for case in json.loads(
        (FIXTURES / "sanitizer" / "dompurify" / "expect.json").read_text("utf-8")
    )]  # fmt: skip
    payloads += [case["input"] for case in json.loads(
        (FIXTURES / "sanitizer" / "html5lib" / "sanitizer-tests1.dat").read_text("utf-8")
    )]  # fmt: skip
    return payloads


PAYLOADS = _payloads()


class _Audit(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"{tag}[{name}]")
            if name == "style" and value and "expression" in value.lower():
                self.problems.append(f"{tag}[style expression]")
            reader_action = value in {f"#{action}" for action in READER_ACTIONS}
            if tag == "a" and name == "href" and reader_action:
                continue  # the reader's own links (which text to show), inert fragments
            if name in ("href", "src", "action", "formaction", "xlink:href", "background"):
                scheme = (
                    (value or "").strip().split(":", 1)[0].lower() if ":" in (value or "") else ""
                )
                allowed = {IMAGE_CACHE_SCHEME} if tag == "img" else SAFE_SCHEMES
                if scheme not in allowed:
                    self.problems.append(f"{tag}[{name}={value!r}]")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)


def _audit(document: str) -> list[str]:
    """Problems in what came from the feed: the body (the head is Caravan's own charset)."""
    audit = _Audit()
    audit.feed(document.split("<body>", 1)[1])
    audit.close()
    return audit.problems


def _feed_of(payloads: list[str]) -> bytes:
    items = "".join(
        f"<item><guid>p{number}</guid><title>payload {number}</title>"
        f"<link>https://example.org/{number}</link>"
        f"<description>{html.escape(payload)}</description></item>"
        for number, payload in enumerate(payloads)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Hostile</title><link>https://example.org/</link>{items}</channel></rss>"
    ).encode()


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Article]]:
    database = Database(tmp_path_factory.mktemp("sanitizer") / "caravan.sqlite3")
    try:
        parsed = parse_feed(_feed_of(PAYLOADS), "https://example.org/feed.xml")
        assert len(parsed.entries) == len(PAYLOADS)

        def store(connection: sqlite3.Connection) -> None:
            feed_id, _ = feeds.add_feed(connection, "https://example.org/feed.xml")
            articles.store_entries(connection, feed_id, parsed.entries)

        database.writer.run(store)
        reader = database.reader()
        try:
            ids = [row[0] for row in reader.execute("SELECT id FROM articles ORDER BY key")]
            found = [articles.get_article(reader, article_id) for article_id in ids]
        finally:
            reader.close()
        yield [article for article in found if article is not None]
    finally:
        database.close()


def test_every_payload_was_stored(stored: list[Article]) -> None:
    assert len(stored) == len(PAYLOADS)


@pytest.mark.parametrize("index", range(len(PAYLOADS)))
def test_nothing_active_survives_to_the_reader(stored: list[Article], index: int) -> None:
    article = next(a for a in stored if a.key == f"p{index}")
    assert _audit(_render(article)) == [], PAYLOADS[index][:200]


@pytest.mark.parametrize(
    "path", sorted((FIXTURES / "feedparser-tests" / "wellformed" / "sanitize").glob("*.xml"))
)
def test_feedparser_sanitize_corpus_leaves_nothing_active(path: Path, tmp_path: Path) -> None:
    parsed = parse_feed(path.read_bytes(), "https://example.org/feed.xml")
    database = Database(tmp_path / "caravan.sqlite3")
    try:

        def store(connection: sqlite3.Connection) -> None:
            feed_id, _ = feeds.add_feed(connection, "https://example.org/feed.xml")
            articles.store_entries(connection, feed_id, parsed.entries)

        database.writer.run(store)
        reader = database.reader()
        try:
            ids = [row[0] for row in reader.execute("SELECT id FROM articles")]
            for article_id in ids:
                article = articles.get_article(reader, article_id)
                assert article is not None
                assert _audit(_render(article)) == []
        finally:
            reader.close()
    finally:
        database.close()


def test_harmless_formatting_survives_the_whole_way(tmp_path: Path) -> None:
    markup = (
        "<p><em>e</em> <strong>s</strong> <a href='https://example.org/x'>link</a></p>"
        "<ul><li>one</li></ul><table><tr><td>cell</td></tr></table>"
        "<blockquote>quote</blockquote><pre><code>x = 1</code></pre>"
        "<img src='https://example.org/a.png' alt='picture'>"
        "<img src='https://example.org/b.png' alt='not cached'>"
    )
    parsed = parse_feed(_feed_of([markup]), "https://example.org/feed.xml")
    (entry,) = parsed.entries
    article = Article(
        id=0,
        feed_id=0,
        feed_title="Hostile",
        key=entry.key,
        title=entry.title,
        link=entry.link,
        author="",
        published_at=datetime.now(UTC),
        summary_html=entry.summary_html,
        content_html=entry.content_html,
        read=False,
        starred=False,
    )
    cached = {"https://example.org/a.png": CachedImage("https://example.org/a.png", DIGEST, 1, 1)}
    document = render_article_html(article, cached)
    for kept in ("<em>e</em>", "<strong>s</strong>", 'href="https://example.org/x"', "<li>one</li>",
                 "<td>cell</td>", "<blockquote>quote</blockquote>", "<code>x = 1</code>",
                 f'src="caravan-image:{DIGEST}"', 'alt="picture"',
                 '<span class="missing-image">[not cached]</span>'):  # fmt: skip
        assert kept in document
    assert "example.org/b.png" not in document  # never an address the reader could load
