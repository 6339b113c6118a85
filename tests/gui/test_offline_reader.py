"""Every stored article opens complete with no network: 100 articles with images are
refreshed from a local server, the server is stopped, sockets are forbidden in the process
(every Python entry to it replaced by a refusal), and each article is opened in the real
reader pane.
"""

from __future__ import annotations

import gzip
import io
from contextlib import closing
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from desktop_app.config import Config, FeedSetting, OfflineSettings
from desktop_app.imaging import image_sources
from desktop_app.net.http import HttpClient
from desktop_app.services.library import Library
from desktop_app.services.refresh import RefreshService
from desktop_app.store import articles, images
from desktop_app.store.articles import EVERYTHING
from desktop_app.store.db import Database
from desktop_app.ui.main_window import MainWindow
from tests.conftest import LocalServer, NetworkGuard, Route

ARTICLES = 100


def _png(shade: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (shade, 100, 255 - shade)).save(buffer, "PNG")
    return buffer.getvalue()


def _feed(server: LocalServer) -> bytes:
    items = []
    for number in range(ARTICLES):
        for picture in (f"/img/{number}-a.png", f"/img/{number}-b.png"):
            server.routes[picture] = Route(_png(number * 2 % 256), "image/png")
        text = f"Story {number} from the steppe. " * 30
        items.append(
            f"<item><guid>s{number}</guid><title>Story {number}</title>"
            f"<link>https://news.example/{number}</link><description><![CDATA["
            f'<p>{text}</p><img src="{server.url(f"/img/{number}-a.png")}" alt="map">'
            f'<p>More.</p><img src="{server.url(f"/img/{number}-b.png")}" alt="photo">'
            "]]></description></item>"
        )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Offline</title>"
        f"<link>https://news.example/</link>{''.join(items)}</channel></rss>"
    ).encode()


def test_every_article_opens_complete_with_text_and_images_and_no_network_attempt(
    qtbot, database: Database, http_server: LocalServer, request: pytest.FixtureRequest
) -> None:
    http_server.routes["/feed.xml"] = Route(_feed(http_server))
    config = Config(
        feeds=(FeedSetting(http_server.url("/feed.xml")),),
        offline=OfflineSettings(full_text=False),
    )
    service = RefreshService(database, HttpClient(), config, workers=4)
    service.import_config_feeds()
    summary = service.refresh_all(include_rates=False)
    assert summary.new_articles == ARTICLES
    assert summary.offline_work is not None
    assert summary.offline_work.images == 2 * ARTICLES
    http_server.stop()

    window = MainWindow(Library(database, config.offline), config, offline=True)
    qtbot.addWidget(window)
    with closing(database.reader()) as reader:
        ids = [a.id for a in articles.list_articles(reader, EVERYTHING, limit=ARTICLES + 1)]
    assert len(ids) == ARTICLES

    guard: NetworkGuard = request.getfixturevalue("network_guard")  # from here on
    for article_id in ids:
        window.open_article(article_id)
        document = window.reader.document()
        document.size()  # lays the document out: every image resource is asked for
        with closing(database.reader()) as reader:
            article = articles.get_article(reader, article_id)
            assert article is not None
            cached = images.lookup(reader, image_sources(article.body_html, 20))
        number = article.title.split()[-1]
        assert f"Story {number} from the steppe." in document.toPlainText()
        assert len(cached) == 2
        for image in cached.values():
            resource = document.resource(
                QTextDocument.ResourceType.ImageResource, QUrl(image.cache_url)
            )
            assert isinstance(resource, QImage) and not resource.isNull()
            assert (resource.width(), resource.height()) == (40, 30)
        assert "[map]" not in document.toPlainText()  # shown as the image, not its alt
    assert guard.attempts == []


def test_an_image_missing_from_the_cache_shows_its_alt_text(
    qtbot, database: Database, http_server: LocalServer, tmp_path: Path
) -> None:
    http_server.routes["/feed.xml"] = Route(_feed(http_server))
    config = Config(
        feeds=(FeedSetting(http_server.url("/feed.xml")),),
        offline=OfflineSettings(images=False, full_text=False),
    )
    service = RefreshService(database, HttpClient(), config, workers=4)
    service.import_config_feeds()
    service.refresh_all(include_rates=False)
    window = MainWindow(Library(database, config.offline), config, offline=True)
    qtbot.addWidget(window)
    with closing(database.reader()) as reader:
        first = articles.list_articles(reader, EVERYTHING, limit=1)[0]

    window.open_article(first.id)

    text = window.reader.document().toPlainText()
    assert "[map]" in text
    assert "[photo]" in text
    assert requested_images(http_server) == []


def requested_images(server: LocalServer) -> list[str]:
    return [r.path for r in server.requests if r.path.startswith("/img/")]


def test_fetch_full_text_replaces_the_open_teaser_with_its_article(
    qtbot, database: Database, http_server: LocalServer, fixtures_dir: Path
) -> None:
    key = next((fixtures_dir / "extraction" / "html").glob("db6b0816c612*.html.gz"))
    http_server.routes["/story.html"] = Route(gzip.decompress(key.read_bytes()), "text/html")
    http_server.routes["/feed.xml"] = Route(
        (
            "<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><item>"
            f"<guid>1</guid><title>Esper in Hanoi</title><link>{http_server.url('/story.html')}"
            "</link><description>Esper accuses China…</description></item></channel></rss>"
        ).encode()
    )
    config = Config(
        feeds=(FeedSetting(http_server.url("/feed.xml")),),
        offline=OfflineSettings(images=False, full_text=False),  # no automatic fetch
    )
    service = RefreshService(database, HttpClient(), config, workers=4)
    service.import_config_feeds()
    service.refresh_all(include_rates=False)
    assert not [r for r in http_server.requests if r.path == "/story.html"]
    window = MainWindow(Library(database, config.offline), config, offline=False)
    qtbot.addWidget(window)
    with closing(database.reader()) as reader:
        (summary,) = articles.list_articles(reader, EVERYTHING, limit=5)
    window.open_article(summary.id)
    assert "Diplomatic Academy" not in window.reader.document().toPlainText()
    assert "Fetch the full text" in window.reader.document().toPlainText()

    window.reader.anchorClicked.emit(QUrl("#fetch-full-text"))  # the link in the reader

    qtbot.waitUntil(
        lambda: "Diplomatic Academy of Vietnam" in window.reader.document().toPlainText(),
        timeout=20000,
    )
    assert window.statusBar().currentMessage() == "Full text fetched"
    assert "Full text from the article's page" in window.reader.document().toPlainText()

    # The reader says where the text comes from and switches back and forth.
    window.reader.anchorClicked.emit(QUrl("#feed-text"))
    shown = window.reader.document().toPlainText()
    assert "Esper accuses China…" in shown
    assert "Diplomatic Academy" not in shown
    window.reader.anchorClicked.emit(QUrl("#full-text"))
    assert "Diplomatic Academy of Vietnam" in window.reader.document().toPlainText()
