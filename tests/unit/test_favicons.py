"""Feed icons: found with the feed during a refresh (the home page's declared icon, the feed's
own, else /favicon.ico), checked like images, kept in the image cache, looked for again at
most once a week; hostile icons are refused without failing the feed.

Everything is served by a real HTTP server on 127.0.0.1; the icons are real files written by
Pillow (an ICO with three sizes, PNGs) and hand-written SVG.
"""

from __future__ import annotations

import io
import os
import socket
import struct
import zlib
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.config import Config, FeedSetting
from desktop_app.domain import Feed
from desktop_app.icons import MAX_ICON_BYTES, declared_icons, icon_format
from desktop_app.imaging import ImageRejected
from desktop_app.net.http import HttpClient, NetworkPolicy, Response
from desktop_app.services.favicons import FaviconFetcher, icon_due
from desktop_app.services.images import ImageFetcher
from desktop_app.services.refresh import RefreshService
from desktop_app.store import feeds, images
from desktop_app.store.db import Database
from desktop_app.store.images import files_for
from tests.conftest import LocalServer, Route

POLICY = NetworkPolicy(connect_timeout=2.0, read_timeout=2.0, total_deadline=10.0)

CLEAN_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">'
    b'<defs><linearGradient id="g"><stop offset="0" stop-color="#e60"/></linearGradient></defs>'
    b'<circle cx="8" cy="8" r="7" fill="url(#g)"/></svg>'
)
HOSTILE_SVGS = {
    "script": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    "handler": b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>',
    "external image": (
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        b'<image xlink:href="https://tracker.example/pixel.png"/></svg>'
    ),
    "external use": (
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        b'<use xlink:href="https://tracker.example/sprite.svg#a"/></svg>'
    ),
    "style url": (
        b'<svg xmlns="http://www.w3.org/2000/svg"><style>rect{fill:url(https://t.example/x)}'
        b"</style><rect/></svg>"
    ),
    "entities": (
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg">'
        b"<text>&b;</text></svg>"
    ),
    "foreign object": (
        b'<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div xmlns="http://www.w3.org'
        b'/1999/xhtml">hi</div></foreignObject></svg>'
    ),
}


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "data" / "caravan.sqlite3")
    try:
        yield database
    finally:
        database.close()


def ico(sizes: tuple[int, ...] = (16, 32, 48)) -> bytes:
    """A real multi-size ICO, as sites ship them."""
    buffer = io.BytesIO()
    Image.new("RGBA", (max(sizes), max(sizes)), (220, 90, 20, 255)).save(
        buffer, "ICO", sizes=[(size, size) for size in sizes]
    )
    return buffer.getvalue()


def png(size: int = 32, color: str = "teal") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (size, size), color).save(buffer, "PNG")
    return buffer.getvalue()


def noise_ico() -> bytes:
    """A real ICO of noise at 64, 128 and 256 px: every frame incompressible, ~350 KB."""
    frame = Image.frombytes("RGBA", (256, 256), os.urandom(256 * 256 * 4))
    buffer = io.BytesIO()
    frame.save(buffer, "ICO", sizes=[(64, 64), (128, 128), (256, 256)])
    return buffer.getvalue()


def png_bomb(side: int = 30_000) -> bytes:
    """A valid 1-bit PNG of ``side``² pixels (900 million): ~110 KB on the wire, under the
    byte cap, gigabytes once decoded."""
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + (side + 7) // 8)
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload))
            + kind
            + payload
            + struct.pack(">I", zlib.crc32(kind + payload))
        )

    signature = b"\x89PNG\r\n\x1a\n"
    return signature + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def rss(server: LocalServer, image: str = "") -> bytes:
    image_element = f"<image><url>{image}</url><title>Site</title></image>" if image else ""
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Site</title>"
        f"<link>{server.url('/')}</link>{image_element}"
        "<item><guid>1</guid><title>One</title><link>https://site.example/1</link></item>"
        "</channel></rss>"
    ).encode()


def home(*links: str) -> bytes:
    return f"<!doctype html><html><head>{''.join(links)}</head><body>Hi</body></html>".encode()


def refresh(database: Database, server: LocalServer) -> RefreshService:
    config = Config(feeds=(FeedSetting(server.url("/feed.xml")),), rates=Config().rates)
    service = RefreshService(database, HttpClient(POLICY), config, workers=2)
    service.import_config_feeds()
    summary = service.refresh_all(include_rates=False, include_offline=False)
    assert [outcome.error for outcome in summary.feeds] == [None]  # an icon never fails a feed
    return service


def the_feed(database: Database) -> Feed:
    with closing(database.reader()) as reader:
        (feed,) = feeds.list_feeds(reader)
    return feed


def kept_icon(database: Database) -> bytes | None:
    feed = the_feed(database)
    assert feed.icon_checked_at is not None
    if feed.icon_digest is None:
        return None
    return files_for(database.path).read(feed.icon_digest)


def requested(server: LocalServer, path: str) -> int:
    return sum(1 for request in server.requests if request.path == path)


# --- found with the feed ---------------------------------------------------------------------


def test_the_home_pages_declared_ico_with_three_sizes_is_kept(
    database: Database, http_server: LocalServer
) -> None:
    icon = ico()
    http_server.routes["/feed.xml"] = Route(rss(http_server))
    http_server.routes["/"] = Route(
        home('<link rel="shortcut icon" href="/static/site.ico">'), "text/html"
    )
    http_server.routes["/static/site.ico"] = Route(icon, "image/vnd.microsoft.icon")

    refresh(database, http_server)

    assert kept_icon(database) == icon
    assert requested(http_server, "/favicon.ico") == 0  # the declared one sufficed
    with Image.open(io.BytesIO(icon)) as image:
        assert sorted(image.info["sizes"]) == [(16, 16), (32, 32), (48, 48)]


def test_a_declared_svg_icon_is_kept_and_preferred_to_a_touch_icon(
    database: Database, http_server: LocalServer
) -> None:
    http_server.routes["/feed.xml"] = Route(rss(http_server))
    http_server.routes["/"] = Route(
        home(
            '<link rel="apple-touch-icon" href="/touch.png">',
            '<link rel="icon" type="image/svg+xml" href="/icon.svg">',
        ),
        "text/html",
    )
    http_server.routes["/icon.svg"] = Route(CLEAN_SVG, "image/svg+xml")
    http_server.routes["/touch.png"] = Route(png(180), "image/png")

    refresh(database, http_server)

    assert kept_icon(database) == CLEAN_SVG
    assert requested(http_server, "/touch.png") == 0


def test_the_feeds_own_image_when_the_site_declares_none(
    database: Database, http_server: LocalServer
) -> None:
    logo = png(48, "navy")
    http_server.routes["/feed.xml"] = Route(rss(http_server, image=http_server.url("/logo.png")))
    http_server.routes["/"] = Route(home(), "text/html")
    http_server.routes["/logo.png"] = Route(logo, "image/png")

    refresh(database, http_server)

    assert kept_icon(database) == logo


def test_favicon_ico_on_the_sites_host_is_the_last_resort(
    database: Database, http_server: LocalServer
) -> None:
    icon = ico((16,))
    http_server.routes["/feed.xml"] = Route(rss(http_server))  # the home page is a 404
    http_server.routes["/favicon.ico"] = Route(icon, "image/x-icon")

    refresh(database, http_server)

    assert kept_icon(database) == icon


def test_an_icon_is_looked_for_at_most_once_a_week(
    database: Database, http_server: LocalServer
) -> None:
    http_server.routes["/feed.xml"] = Route(rss(http_server))  # no icon anywhere
    service = refresh(database, http_server)
    assert kept_icon(database) is None
    assert requested(http_server, "/favicon.ico") == 1

    http_server.routes["/favicon.ico"] = Route(ico(), "image/x-icon")
    service.refresh_all(include_rates=False, include_offline=False)
    assert requested(http_server, "/feed.xml") == 2
    assert requested(http_server, "/favicon.ico") == 1  # not asked again within the week
    assert kept_icon(database) is None

    week_ago = datetime.now(UTC) - timedelta(days=7, minutes=1)
    feed_id = the_feed(database).id
    database.writer.run(
        lambda connection: feeds.record_icon(connection, feed_id, None, checked_at=week_ago)
    )
    service.refresh_all(include_rates=False, include_offline=False)
    assert requested(http_server, "/favicon.ico") == 2
    assert kept_icon(database) is not None


def test_icon_due_counts_a_week_from_the_last_look() -> None:
    now = datetime(2026, 12, 6, tzinfo=UTC)
    feed = Feed(1, "https://a.example/feed", "", "", "", True)
    assert icon_due(feed, now)
    assert not icon_due(replace(feed, icon_checked_at=now - timedelta(days=6)), now)
    assert icon_due(replace(feed, icon_checked_at=now - timedelta(days=7)), now)


def test_the_icon_survives_the_image_caches_eviction(
    database: Database, http_server: LocalServer
) -> None:
    icon = png(32, "orange")
    http_server.routes["/feed.xml"] = Route(rss(http_server))
    http_server.routes["/favicon.ico"] = Route(icon, "image/png")
    refresh(database, http_server)
    digest = the_feed(database).icon_digest
    assert digest is not None
    # An article's image that happens to be the same file, then evicted to an empty cache.
    database.writer.run(
        lambda connection: images.record_image(
            connection, "https://site.example/logo.png", digest, len(icon), 32, 32
        )
    )
    assert ImageFetcher(database).evict(0) == 0
    assert files_for(database.path).read(digest) == icon


# --- hostile icons ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "body", "content_type"),
    [
        ("huge ico", noise_ico(), "image/x-icon"),
        ("png bomb", png_bomb(), "image/png"),
        ("html as icon", home('<link rel="icon" href="/x">'), "image/x-icon"),
        *[(f"svg {kind}", body, "image/svg+xml") for kind, body in HOSTILE_SVGS.items()],
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 30 else "",
)
def test_a_hostile_icon_is_refused_and_the_feed_is_fine(
    database: Database, http_server: LocalServer, name: str, body: bytes, content_type: str
) -> None:
    http_server.routes["/feed.xml"] = Route(rss(http_server))
    http_server.routes["/favicon.ico"] = Route(body, content_type)

    refresh(database, http_server)

    assert kept_icon(database) is None, name
    assert not (database.path.parent / "images").exists() or not any(
        path.is_file() for path in (database.path.parent / "images").rglob("*")
    )


def test_the_hostile_files_are_what_they_claim_to_be() -> None:
    """The refusals above are for the right reason: each file is what its name says."""
    assert len(noise_ico()) > MAX_ICON_BYTES
    bomb = png_bomb()
    assert len(bomb) < MAX_ICON_BYTES
    assert bomb[12:16] == b"IHDR"
    assert struct.unpack(">II", bomb[16:24]) == (30_000, 30_000)
    assert zlib.decompressobj().decompress(bomb[41:], 1 << 20) == b"\x00" * (1 << 20)
    with pytest.raises(ImageRejected, match="bomb"):
        icon_format(bomb)
    with pytest.raises(ImageRejected, match="over the icon limit"):
        icon_format(noise_ico())


def test_a_redirect_loop_is_given_up_and_the_next_candidate_tried(
    database: Database, http_server: LocalServer
) -> None:
    icon = png(16)
    http_server.routes["/feed.xml"] = Route(rss(http_server))
    http_server.routes["/"] = Route(home('<link rel="icon" href="/loop-a">'), "text/html")
    http_server.routes["/loop-a"] = Route(b"", status=302, headers={"Location": "/loop-b"})
    http_server.routes["/loop-b"] = Route(b"", status=302, headers={"Location": "/loop-a"})
    http_server.routes["/favicon.ico"] = Route(icon, "image/png")

    refresh(database, http_server)

    assert kept_icon(database) == icon
    assert requested(http_server, "/loop-a") > 1


@pytest.mark.parametrize("kind", sorted(HOSTILE_SVGS))
def test_svg_with_anything_active_or_external_is_refused(kind: str) -> None:
    with pytest.raises(ImageRejected):
        icon_format(HOSTILE_SVGS[kind])


def test_clean_svg_ico_and_png_are_accepted() -> None:
    assert icon_format(CLEAN_SVG) == "SVG"
    assert icon_format(ico()) == "ICO"
    assert icon_format(png()) == "PNG"


def test_declared_icons_favicon_first_nearest_32_px_then_touch_icons() -> None:
    page = home(
        '<link rel="apple-touch-icon" href="/touch.png" sizes="180x180">',
        '<link rel="icon" href="/big.png" sizes="192x192">',
        '<link rel="icon" href="icon-32.png" sizes="32x32">',
        '<link rel="stylesheet" href="/style.css">',
        '<link rel="icon" href="javascript:alert(1)">',
    )
    assert declared_icons(page, "https://site.example/blog/") == [
        "https://site.example/blog/icon-32.png",
        "https://site.example/big.png",
        "https://site.example/touch.png",
    ]


def test_a_site_that_does_not_answer_is_asked_once_and_the_feeds_own_icon_is_taken(
    database: Database, http_server: LocalServer
) -> None:
    """The home page's host refuses connections: its /favicon.ico is not tried after it (each
    try could wait out a connect time-out), the feed's own image on another host is kept."""
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    dead_site = f"http://127.0.0.1:{closed.getsockname()[1]}/"
    closed.close()  # nothing listens there any more: connections are refused
    logo = png(32, "purple")
    http_server.routes["/feed.xml"] = Route(
        rss(http_server, image=http_server.url("/logo.png")).replace(
            f"<link>{http_server.url('/')}</link>".encode(), f"<link>{dead_site}</link>".encode()
        )
    )
    http_server.routes["/logo.png"] = Route(logo, "image/png")
    fetcher = RefreshService(database, HttpClient(POLICY), Config()).favicons
    feed = Feed(1, http_server.url("/feed.xml"), "", "", dead_site, True)
    unreachable: set[str] = set()

    tried = fetcher.candidates(feed, dead_site, http_server.url("/logo.png"), unreachable)

    assert tried == [http_server.url("/logo.png"), dead_site + "favicon.ico"]
    assert unreachable == {dead_site.split("/")[2]}

    refresh(database, http_server)
    assert kept_icon(database) == logo


class RecordingClient(HttpClient):
    """A real client that remembers what it was asked for."""

    def __init__(self) -> None:
        super().__init__(POLICY)
        self.asked: list[str] = []

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = "*/*",
    ) -> Response:
        self.asked.append(url)
        return super().get(url, etag=etag, last_modified=last_modified, accept=accept)


def test_no_more_tries_go_to_a_host_that_refused_the_first(database: Database) -> None:
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    dead_site = f"http://127.0.0.1:{closed.getsockname()[1]}/"
    closed.close()
    pages, icons = RecordingClient(), RecordingClient()
    fetcher = FaviconFetcher(database, icons=icons, pages=pages)
    feed_id, _ = database.writer.run(
        lambda connection: feeds.add_feed(connection, dead_site + "feed.xml")
    )
    feed = Feed(feed_id, dead_site + "feed.xml", "", "", dead_site, True)

    assert fetcher.update(feed, dead_site, dead_site + "logo.png") is None

    assert pages.asked == [dead_site]
    assert icons.asked == []  # neither the feed's logo nor /favicon.ico on that host
    assert the_feed(database).icon_checked_at is not None
