"""Offline reading: teasers get their article's text from its page, images go into the local
cache within their caps, and what the reader receives points only at that cache.

Everything is served by a real HTTP server on 127.0.0.1; the article page is a real news
page from the extraction benchmark (tests/fixtures/extraction).
"""

from __future__ import annotations

import gzip
import io
import json
import sqlite3
import struct
import zlib
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.config import Config, FeedSetting, OfflineSettings
from desktop_app.domain import IMAGE_CACHE_SCHEME, Article, ArticleFilter
from desktop_app.fulltext.teaser import is_teaser
from desktop_app.imaging import MAX_IMAGE_BYTES, MAX_IMAGES_PER_ARTICLE
from desktop_app.net.http import HttpClient, NetworkPolicy
from desktop_app.services.article_view import article_document
from desktop_app.services.refresh import RefreshService
from desktop_app.store import articles, feeds, images
from desktop_app.store.articles import EVERYTHING
from desktop_app.store.db import Database
from desktop_app.store.images import ImageFiles
from tests.conftest import LocalServer, Route

POLICY = NetworkPolicy(connect_timeout=2.0, read_timeout=2.0, total_deadline=10.0)
CHRON = "db6b0816c612"  # an AP story on chron.com: the page around it is mostly not the story


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "data" / "caravan.sqlite3")
    try:
        yield database
    finally:
        database.close()


def png(width: int = 8, height: int = 6, color: str = "teal") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()


def png_header_claiming(width: int, height: int) -> bytes:
    """A PNG whose header announces a huge picture (a decompression bomb's first bytes)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(header))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
    )


def chron_page(fixtures_dir: Path) -> tuple[bytes, str]:
    truth = json.loads((fixtures_dir / "extraction" / "ground-truth.json").read_text("utf-8"))
    key = next(k for k in truth if k.startswith(CHRON))
    page = gzip.decompress((fixtures_dir / "extraction" / "html" / f"{key}.html.gz").read_bytes())
    return page, truth[key]["articleBody"]


def rss(items: list[tuple[str, str, str]]) -> bytes:
    """(guid, link, description HTML) items."""
    body = "".join(
        f"<item><guid>{guid}</guid><title>Story {guid}</title><link>{link}</link>"
        f"<description><![CDATA[{description}]]></description></item>"
        for guid, link, description in items
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>News</title>"
        f"<link>https://news.example/</link>{body}</channel></rss>"
    ).encode()


def refresh(database: Database, server: LocalServer, offline: OfflineSettings) -> RefreshService:
    config = Config(
        offline=offline, feeds=(FeedSetting(server.url("/feed.xml")),), rates=Config().rates
    )
    service = RefreshService(database, HttpClient(POLICY), config, workers=4)
    service.import_config_feeds()
    service.refresh_all(include_rates=False)
    return service


def requested(server: LocalServer, prefix: str) -> list[str]:
    return [request.path for request in server.requests if request.path.startswith(prefix)]


def only_article(database: Database) -> Article:
    with closing(database.reader()) as reader:
        (summary,) = articles.list_articles(reader, EVERYTHING, limit=10)
        article = articles.get_article(reader, summary.id)
    assert article is not None
    return article


# --- teasers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("summary", "content", "teaser"),
    [
        ("<p>Esper accused China of coercion…</p>", "", True),
        ("<p>The minister spoke for an hour. Read more</p>", "", True),
        ("<p>" + "A whole article in the description. " * 30 + "</p>", "", False),
        ("<p>" + "A long text cut at the end. " * 30 + "[…]</p>", "", True),
        ("<p>Short summary.</p>", "<p>The full content is in the feed.</p>", False),
        ("", "", True),
    ],
)
def test_a_teaser_is_a_short_or_visibly_cut_summary_without_content(
    summary: str, content: str, teaser: bool
) -> None:
    assert is_teaser(summary, content) is teaser


def test_a_teaser_gets_the_text_of_its_article_page_for_reading_and_search(
    database: Database, http_server: LocalServer, fixtures_dir: Path
) -> None:
    page, truth = chron_page(fixtures_dir)
    http_server.routes["/story.html"] = Route(page, "text/html; charset=utf-8")
    http_server.routes["/feed.xml"] = Route(
        rss([("1", http_server.url("/story.html"), "<p>Esper accuses China…</p>")])
    )

    refresh(database, http_server, OfflineSettings(images=False))

    article = only_article(database)
    assert article.full_text_error is None
    with closing(database.reader()) as reader:
        document = article_document(reader, article)
        # A phrase from deep in the story, and a word the teaser does not have, both found.
        found = articles.count_articles(reader, ArticleFilter(search="Diplomatic Academy"))
    assert "Diplomatic Academy of Vietnam" in document
    assert truth.split("\n")[0][:60] in document.replace("&nbsp;", " ")
    assert found == 1
    assert requested(http_server, "/story.html") == ["/story.html"]


def test_a_feed_with_its_full_content_costs_no_page_download(
    database: Database, http_server: LocalServer
) -> None:
    long_text = "<p>" + "The whole story is here in the feed. " * 40 + "</p>"
    http_server.routes["/feed.xml"] = Route(rss([("1", http_server.url("/story.html"), long_text)]))

    refresh(database, http_server, OfflineSettings(images=False))

    assert requested(http_server, "/story.html") == []
    assert only_article(database).full_html == ""


def test_a_feed_set_to_never_keeps_its_teasers_and_one_set_to_always_fetches(
    database: Database, http_server: LocalServer, fixtures_dir: Path
) -> None:
    page, _truth = chron_page(fixtures_dir)
    http_server.routes["/story.html"] = Route(page, "text/html")
    http_server.routes["/feed.xml"] = Route(
        rss([("1", http_server.url("/story.html"), "<p>Esper accuses China…</p>")])
    )
    database.writer.run(lambda c: feeds.add_feed(c, http_server.url("/feed.xml")))
    database.writer.run(lambda c: feeds.update_feed(c, 1, full_text=False))

    refresh(database, http_server, OfflineSettings(images=False))
    assert requested(http_server, "/story.html") == []

    # "Always" applies to articles still waiting for their offline work.
    database.writer.run(lambda c: feeds.update_feed(c, 1, full_text=True))
    database.writer.run(lambda c: c.execute("UPDATE articles SET offline_done = 0"))
    refresh(database, http_server, OfflineSettings(images=False))
    assert requested(http_server, "/story.html") == ["/story.html"]
    assert "Diplomatic Academy" in only_article(database).full_html


def test_a_page_without_an_article_keeps_the_teaser_and_says_why(
    database: Database, http_server: LocalServer
) -> None:
    http_server.routes["/story.pdf"] = Route(b"%PDF-1.4 not a page", "application/pdf")
    http_server.routes["/feed.xml"] = Route(
        rss([("1", http_server.url("/story.pdf"), "<p>Read the report…</p>")])
    )

    refresh(database, http_server, OfflineSettings(images=False))

    article = only_article(database)
    assert article.full_html == ""
    assert article.full_text_error is not None
    assert "not a web page" in article.full_text_error
    assert "Read the report" in article.body_html


# --- images -----------------------------------------------------------------------------------


def test_images_are_cached_within_their_caps_and_the_reader_gets_only_cache_addresses(
    database: Database, http_server: LocalServer
) -> None:
    routes = {
        "/img/photo.png": Route(png(), "image/png"),
        "/img/drawing.svg": Route(b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml"),
        "/img/page.png": Route(b"<html><body>login</body></html>", "text/html"),
        "/img/bomb.png": Route(png_header_claiming(30_000, 30_000), "image/png"),
        "/img/huge.png": Route(b"\x89PNG" + b"\0" * (MAX_IMAGE_BYTES + 1), "image/png"),
    }
    http_server.routes.update(routes)
    sources = "".join(
        f'<img src="{http_server.url(path)}" alt="{path.rsplit("/", 1)[1]}">' for path in routes
    )
    description = "<p>" + "Pictures of the steppe, all in the feed. " * 20 + "</p>" + sources
    http_server.routes["/feed.xml"] = Route(rss([("1", "https://news.example/1", description)]))

    refresh(database, http_server, OfflineSettings(full_text=False))

    article = only_article(database)
    with closing(database.reader()) as reader:
        document = article_document(reader, article)
        stored = {
            row["url"].rsplit("/", 1)[1]: (row["digest"], row["error"])
            for row in reader.execute("SELECT url, digest, error FROM images")
        }
    assert stored["photo.png"][0] is not None
    for refused in ("drawing.svg", "page.png", "bomb.png", "huge.png"):
        assert stored[refused][0] is None, refused
        assert stored[refused][1], refused  # the reason is kept
        assert f'<span class="missing-image">[{refused}]</span>' in document
    assert f'src="{IMAGE_CACHE_SCHEME}:{stored["photo.png"][0]}"' in document
    assert http_server.base_url not in document  # no address the reader could load
    files = images.files_for(database.path)
    assert files.read(stored["photo.png"][0]) == png()


def test_an_article_downloads_at_most_its_share_of_images(
    database: Database, http_server: LocalServer
) -> None:
    for number in range(MAX_IMAGES_PER_ARTICLE + 5):
        http_server.routes[f"/img/{number}.png"] = Route(png(color="red"), "image/png")
    sources = "".join(
        f'<img src="{http_server.url(f"/img/{n}.png")}">' for n in range(MAX_IMAGES_PER_ARTICLE + 5)
    )
    description = "<p>" + "A gallery. " * 60 + "</p>" + sources
    http_server.routes["/feed.xml"] = Route(rss([("1", "https://news.example/1", description)]))

    refresh(database, http_server, OfflineSettings(full_text=False))

    assert len(requested(http_server, "/img/")) == MAX_IMAGES_PER_ARTICLE


def test_image_downloads_send_no_cookie_and_no_referer(
    database: Database, http_server: LocalServer
) -> None:
    http_server.routes["/img/a.png"] = Route(
        png(), "image/png", headers={"Set-Cookie": "tracker=1; Path=/"}
    )
    http_server.routes["/img/b.png"] = Route(png(color="navy"), "image/png")
    article = (
        f'<p>Two pictures.</p><img src="{http_server.url("/img/a.png")}">'
        f'<img src="{http_server.url("/img/b.png")}">'
    )
    fetcher = RefreshService(database, HttpClient(POLICY), Config()).offline.images

    # One after the other on one thread: the same connection pool and session.
    assert fetcher.cache_images(article).cached == 2

    assert requested(http_server, "/img/") == ["/img/a.png", "/img/b.png"]
    for request in http_server.requests:
        assert "cookie" not in request.headers
        assert "referer" not in request.headers


def test_a_failed_image_is_not_fetched_again_before_a_day_has_passed(
    database: Database, http_server: LocalServer
) -> None:
    description = "<p>" + "Words. " * 100 + f'</p><img src="{http_server.url("/img/x.png")}">'
    http_server.routes["/feed.xml"] = Route(rss([("1", "https://news.example/1", description)]))
    service = refresh(database, http_server, OfflineSettings(full_text=False))
    assert requested(http_server, "/img/") == ["/img/x.png"]  # 404

    fetcher = service.offline.images
    fetcher.cache_images(description)
    assert requested(http_server, "/img/") == ["/img/x.png"]

    with closing(database.reader()) as reader:
        later = datetime.now(UTC) + timedelta(days=2)
        assert images.needing_fetch(reader, [http_server.url("/img/x.png")], later) != []


def test_the_cache_forgets_the_least_recently_shown_images_first(
    database: Database, tmp_path: Path
) -> None:
    files = ImageFiles(tmp_path / "images")
    start = datetime(2026, 11, 1, tzinfo=UTC)
    digests = {}
    for day, name in enumerate(("old", "middle", "new")):
        data = png(color=("red", "green", "blue")[day])
        digests[name] = files.write(data)

        def record(connection: sqlite3.Connection, name: str = name, size: int = len(data)) -> None:
            images.record_image(
                connection, f"https://x.example/{name}.png", digests[name], size, 8, 6,
                start + timedelta(days=len(digests)),
            )  # fmt: skip

        database.writer.run(record)
    # The oldest was shown again yesterday: now "middle" is the least recently shown.
    database.writer.run(
        lambda c: images.touch(c, ["https://x.example/old.png"], start + timedelta(days=5))
    )
    with closing(database.reader()) as reader:
        total = images.cache_bytes(reader)

    doomed = database.writer.run(lambda c: images.evict(c, total - 1))
    files.delete(doomed)

    assert doomed == [digests["middle"]]
    assert files.read(digests["middle"]) is None
    assert files.read(digests["old"]) is not None
    with closing(database.reader()) as reader:
        left = images.lookup(reader, [f"https://x.example/{n}.png" for n in digests])
    assert sorted(url.rsplit("/", 1)[1] for url in left) == ["new.png", "old.png"]


def test_a_shared_image_is_stored_once(tmp_path: Path) -> None:
    files = ImageFiles(tmp_path / "images")
    assert files.write(png()) == files.write(png())
    assert len(list((tmp_path / "images").rglob("*"))) == 2  # one folder, one file
    assert files.read("../../etc/passwd") is None  # only digests name files


def test_one_pass_completes_every_pending_article_and_stops_when_asked(
    database: Database, http_server: LocalServer
) -> None:
    long_text = "<p>" + "Nothing to fetch here, the whole story is in the feed. " * 20 + "</p>"
    items = [(str(n), f"https://news.example/{n}", long_text) for n in range(1_200)]
    http_server.routes["/feed.xml"] = Route(rss(items))
    config = Config(feeds=(FeedSetting(http_server.url("/feed.xml")),))
    service = RefreshService(database, HttpClient(POLICY), config, workers=4)
    service.import_config_feeds()
    service.refresh_all(include_rates=False, include_offline=False)

    assert service.offline.complete_pending(should_stop=lambda: True).articles == 0
    summary = service.offline.complete_pending()

    assert summary.articles == 1_200  # more than one page of the pass
    with closing(database.reader()) as reader:
        assert articles.pending_offline(reader, 10) == []
    assert [r.path for r in http_server.requests if r.path != "/feed.xml"] == []


def test_with_images_and_automatic_full_text_off_only_feeds_set_to_always_fetch_pages(
    database: Database, http_server: LocalServer, fixtures_dir: Path
) -> None:
    page, _truth = chron_page(fixtures_dir)
    http_server.routes["/story.html"] = Route(page, "text/html")
    http_server.routes["/other.html"] = Route(page, "text/html")
    http_server.routes["/feed.xml"] = Route(
        rss([("1", http_server.url("/story.html"), "<p>Esper accuses China…</p>")])
    )
    http_server.routes["/always.xml"] = Route(
        rss([("2", http_server.url("/other.html"), "<p>Another teaser…</p>")])
    )
    always, _ = database.writer.run(lambda c: feeds.add_feed(c, http_server.url("/always.xml")))
    database.writer.run(lambda c: feeds.update_feed(c, always, full_text=True))
    config = Config(
        offline=OfflineSettings(images=False, full_text=False),
        feeds=(FeedSetting(http_server.url("/feed.xml")),),
        rates=Config().rates,
    )
    service = RefreshService(database, HttpClient(POLICY), config, workers=4)
    service.import_config_feeds()

    summary = service.refresh_all(include_rates=False)

    assert requested(http_server, "/story.html") == []
    assert requested(http_server, "/other.html") == ["/other.html"]
    # The other feed's article was stored as needing nothing: the pass never read it.
    assert summary.offline_work is not None and summary.offline_work.articles == 1
    with closing(database.reader()) as reader:
        assert articles.pending_offline(reader, 10) == []
