"""Enclosures in the real window over a real database, offscreen: listed under the article,
played through the system, downloaded from a real server on 127.0.0.1 with progress and a
cancel, refused when too large, opened offline afterwards, and in the article's menu."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QPushButton

from desktop_app.config import Config
from desktop_app.domain import Enclosure
from desktop_app.feeds.parse import parse_feed
from desktop_app.services.library import Library
from desktop_app.store import articles, feeds
from desktop_app.store.db import Database
from desktop_app.ui.enclosures import EnclosureRow, started_offline_download
from desktop_app.ui.main_window import MainWindow
from tests.gui.conftest import DesktopStandIn, desktop_stand_in

PAYLOAD = bytes(range(256)) * 1200  # 307,200 bytes of "episode"
FIRST_PART = 65_536


class SlowEpisode:
    """A real HTTP server that sends the episode's first part, then waits to be released:
    a download the test can watch in progress and cancel."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.requests = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                owner.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", "audio/mpeg")
                self.send_header("Content-Length", str(len(PAYLOAD)))
                self.end_headers()
                try:
                    self.wfile.write(PAYLOAD[:FIRST_PART])
                    self.wfile.flush()
                    owner.release.wait(10)
                    self.wfile.write(PAYLOAD[FIRST_PART:])
                except OSError:
                    pass  # the client went away: a cancelled download

            def handle(self) -> None:
                with contextlib.suppress(OSError):  # the client cut the connection
                    super().handle()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}/episode.mp3"
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.release.set()
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture
def slow_episode() -> Iterator[SlowEpisode]:
    server = SlowEpisode()
    yield server
    server.stop()


@pytest.fixture
def system() -> Iterator[DesktopStandIn]:
    with desktop_stand_in(("http", "https", "file")) as handler:
        yield handler


def podcast_database(database: Database, fixtures_dir: Path, episode_url: str) -> int:
    """The real Baywatch Berlin feed, its episode served from here; and Scripting News (one
    item with an audio enclosure, the others without). Returns the episode's article id."""
    feed = parse_feed((fixtures_dir / "podcasts" / "baywatch-berlin.rss").read_bytes(), "b")
    (entry,) = feed.entries
    (real,) = entry.enclosures
    local = replace(entry, enclosures=(replace(real, url=episode_url),))
    scripting = parse_feed((fixtures_dir / "feeds-real" / "scriptingNews.rss").read_bytes(), "s")

    def fill(connection) -> int:
        pod, _ = feeds.add_feed(connection, "http://example.invalid/baywatch", "Baywatch Berlin")
        news, _ = feeds.add_feed(connection, "http://example.invalid/scripting", "Scripting")
        articles.store_entries(connection, pod, [local])
        articles.store_entries(connection, news, scripting.entries)
        return int(
            connection.execute("SELECT id FROM articles WHERE feed_id = ?", (pod,)).fetchone()[0]
        )

    return database.writer.run(fill)


def window_over(qtbot, database: Database, *, offline: bool) -> MainWindow:
    window = MainWindow(Library(database, started_offline=offline), Config(), offline=offline)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def press(qtbot, button: QPushButton) -> None:
    """Click ``button`` as a user would, once the panel that just appeared is laid out."""
    qtbot.waitUntil(lambda: button.isVisible() and button.width() > 10)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def only_row(window: MainWindow) -> EnclosureRow:
    panel = window.reading.enclosures
    assert panel.isVisible()
    (row,) = panel.rows
    return row


def test_the_open_articles_enclosure_is_listed_under_it_and_plays_through_the_system(
    qtbot, database, fixtures_dir, system
):
    episode_id = podcast_database(database, fixtures_dir, "https://cdn.example/episode.mp3")
    window = window_over(qtbot, database, offline=True)
    window.open_article(episode_id)

    row = only_row(window)
    assert window.reading.enclosures.header.text() == "1 enclosure"
    assert row.name_label.full_text == row.name_label.text() == "episode.mp3"
    assert row.details_label.text() == "Audio MP3 · 2.3 MB · 1:54"
    assert row.accessibleName() == "Enclosure episode.mp3"
    buttons = [row.play_button, row.download_button]
    assert [b.text() for b in buttons] == ["Play", "Download for offline"]
    assert all(b.isVisible() and b.accessibleName() for b in buttons)
    assert not row.open_downloaded_button.isVisible() and not row.progress.isVisible()
    assert window.reading.enclosures.geometry().top() >= window.reader.geometry().bottom()

    press(qtbot, row.play_button)
    assert system.opened == ["https://cdn.example/episode.mp3"]

    with closing(database.reader()) as reader:
        plain = reader.execute(
            "SELECT a.id FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM enclosures e WHERE e.article_id = a.id) LIMIT 1"
        ).fetchone()[0]
    window.open_article(plain)
    assert not window.reading.enclosures.isVisible(), "no enclosure, no list"


def test_a_download_shows_its_progress_can_be_cancelled_and_then_completes(
    qtbot, database, fixtures_dir, slow_episode, system
):
    episode_id = podcast_database(database, fixtures_dir, slow_episode.url)
    window = window_over(qtbot, database, offline=False)
    window.open_article(episode_id)
    row = only_row(window)

    press(qtbot, row.download_button)
    qtbot.waitUntil(lambda: row.progress.value() > 0)
    assert row.progress.isVisible() and row.cancel_button.isVisible()
    assert not row.download_button.isVisible()
    assert row.progress.format().endswith("of 307 KB")
    assert row.cancel_button.accessibleName() == "Cancel: download of episode.mp3"

    press(qtbot, row.cancel_button)
    slow_episode.release.set()  # the next piece arrives, and the download stops there
    qtbot.waitUntil(lambda: window.reading.enclosures.downloading == 0)
    row = only_row(window)
    assert row.download_button.isVisible() and not row.open_downloaded_button.isVisible()
    assert row.note.text() == "Download of episode.mp3 cancelled"
    downloads = database.path.parent / "downloads"
    assert not downloads.exists() or not list(downloads.iterdir()), "nothing of it is kept"

    press(qtbot, row.download_button)  # again, to the end
    qtbot.waitUntil(lambda: window.reading.enclosures.downloading == 0)
    row = only_row(window)
    assert row.open_downloaded_button.isVisible() and row.remove_button.isVisible()
    assert not row.download_button.isVisible()
    assert row.details_label.text() == "Audio MP3 · 307 KB · 1:54", "the real size now"
    assert "Downloaded episode.mp3 (307 KB)" in window.statusBar().currentMessage()
    (kept,) = downloads.iterdir()
    assert kept.read_bytes() == PAYLOAD and kept.suffix == ".mp3"
    assert slow_episode.requests == 2


def test_a_downloaded_enclosure_opens_offline_afterwards(
    qtbot, database, fixtures_dir, http_server, system, request
):
    from tests.conftest import Route

    http_server.routes["/episode.mp3"] = Route(PAYLOAD, "audio/mpeg")
    episode_id = podcast_database(database, fixtures_dir, http_server.url("/episode.mp3"))
    online = window_over(qtbot, database, offline=False)
    online.open_article(episode_id)
    press(qtbot, only_row(online).download_button)
    qtbot.waitUntil(lambda: online.reading.enclosures.downloading == 0)
    assert only_row(online).open_downloaded_button.isVisible()
    online.close()

    guard = request.getfixturevalue("network_guard")  # from here on, no connection at all
    window = window_over(qtbot, database, offline=True)
    window.open_article(episode_id)
    row = only_row(window)
    assert not row.download_button.isVisible() and row.open_downloaded_button.isVisible()
    press(qtbot, row.open_downloaded_button)
    press(qtbot, row.play_button)
    (kept,) = (database.path.parent / "downloads").iterdir()
    assert system.opened == [QUrl.fromLocalFile(str(kept)).toString()] * 2
    assert guard.attempts == []


def test_too_large_is_refused_with_the_reason_and_nothing_is_requested(
    qtbot, database, fixtures_dir, http_server, system
):
    episode_id = podcast_database(database, fixtures_dir, http_server.url("/episode.mp3"))
    database.writer.run(
        lambda c: c.execute("UPDATE enclosures SET length = 2500000000, mime_type = 'video/mp4'")
    )
    window = window_over(qtbot, database, offline=False)
    window.open_article(episode_id)
    row = only_row(window)
    assert row.details_label.text() == "Video MP4 · 2.5 GB · 1:54"
    press(qtbot, row.download_button)
    qtbot.waitUntil(lambda: window.reading.enclosures.downloading == 0)
    expected = "Not downloaded: This file is 2.5 GB; one download may be at most 1 GB"
    assert only_row(window).note.text() == expected
    assert window.statusBar().currentMessage() == expected
    assert http_server.requests == []


def test_a_window_started_offline_downloads_nothing(qtbot, database, fixtures_dir, system):
    episode_id = podcast_database(database, fixtures_dir, "https://cdn.example/episode.mp3")
    window = window_over(qtbot, database, offline=True)
    window.open_article(episode_id)
    row = only_row(window)
    assert not row.download_button.isEnabled()
    assert row.download_button.toolTip() == started_offline_download()


def test_the_article_menu_opens_the_enclosure_and_greys_out_without_one(
    qtbot, database, fixtures_dir, system
):
    podcast_database(database, fixtures_dir, "https://cdn.example/episode.mp3")
    window = window_over(qtbot, database, offline=True)
    model = window.article_model
    rows = {model.article_at(r).title: r for r in range(model.rowCount())}  # type: ignore[union-attr]
    menu = window.reading.article_menu(rows["Trailer"])
    (entry,) = [a for a in menu.actions() if a.text() == "Open enclosure"]
    assert entry.isEnabled()
    entry.trigger()
    assert system.opened == ["https://cdn.example/episode.mp3"]
    plain = next(r for title, r in rows.items() if title != "Trailer" and not _enclosed(window, r))
    (greyed,) = [
        a for a in window.reading.article_menu(plain).actions() if a.text() == "Open enclosure"
    ]
    assert not greyed.isEnabled()


def test_e_plays_the_open_articles_enclosure_from_the_keyboard(
    qtbot, database, fixtures_dir, system
):
    episode_id = podcast_database(database, fixtures_dir, "https://cdn.example/episode.mp3")
    window = window_over(qtbot, database, offline=True)
    window.open_article(episode_id)
    window.article_view.setFocus()
    QTest.keyClick(window.article_view, Qt.Key.Key_E)
    assert system.opened == ["https://cdn.example/episode.mp3"]


def _enclosed(window: MainWindow, row: int) -> bool:
    summary = window.article_model.article_at(row)
    assert summary is not None
    return bool(window.library.enclosures(summary.id))


def test_several_enclosures_get_a_submenu_each_named(qtbot, database, fixtures_dir, system):
    episode_id = podcast_database(database, fixtures_dir, "https://cdn.example/episode.mp3")
    pdf = Enclosure("https://cdn.example/notes.pdf", "application/pdf", 120_000, None, "Show notes")
    database.writer.run(
        lambda c: c.execute(
            "INSERT INTO enclosures (article_id, position, url, mime_type, length, title) "
            "VALUES (?, 1, ?, ?, ?, ?)",
            (episode_id, pdf.url, pdf.mime_type, pdf.length, pdf.title),
        )
    )
    window = window_over(qtbot, database, offline=True)
    row = next(
        r for r in range(window.article_model.rowCount())
        if window.article_model.article_at(r).id == episode_id  # type: ignore[union-attr]
    )  # fmt: skip
    menu = window.reading.article_menu(row)
    (entry,) = [a for a in menu.actions() if a.text() == "Open enclosure"]
    submenu = entry.menu()
    assert isinstance(submenu, QMenu)
    assert [a.text() for a in submenu.actions()] == [
        "episode.mp3  (Audio MP3 · 2.3 MB · 1:54)",
        "Show notes  (PDF · 120 KB)",
    ]
    submenu.actions()[1].trigger()
    assert system.opened == [pdf.url]
    window.open_article(episode_id)
    panel = window.reading.enclosures
    assert panel.header.text() == "2 enclosures"
    assert [r.play_button.text() for r in panel.rows] == ["Play", "Open"]
