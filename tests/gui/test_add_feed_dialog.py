"""The add-feed dialog against a real HTTP server on 127.0.0.1: it checks the address off the UI
thread before subscribing, offers the feeds a page links to, refuses what is not a feed with
the reason while keeping what was typed, and says why when it cannot check."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl, qVersion
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.config import Config
from desktop_app.services.library import Library
from desktop_app.store.db import Database
from desktop_app.ui.add_feed import AddFeedDialog
from desktop_app.ui.main_window import MainWindow
from tests.conftest import LocalServer, NetworkGuard, Route

PAGE = (
    b"<!doctype html><html><head><title>Blog</title>"
    b'<link rel="alternate" type="application/rss+xml" title="Posts" href="/posts.rss">'
    b'<link rel="alternate" type="application/atom+xml" title="Comments" href="/comments.atom">'
    b"</head><body><p>Hello</p></body></html>"
)


def _window(qtbot, database: Database, *, offline: bool = False) -> MainWindow:
    window = MainWindow(Library(database, started_offline=offline), Config(), offline=offline)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def _open_dialog(qtbot, window: MainWindow) -> AddFeedDialog:
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.subscriptions.add_feed_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _subscribed(window: MainWindow) -> dict[str, tuple[str, str]]:
    return {feed.url: (feed.title, feed.folder) for feed in window.library.feeds()}


@pytest.fixture
def site(http_server: LocalServer, fixtures_dir: Path) -> LocalServer:
    real = fixtures_dir / "feeds-real"
    http_server.serve_file("/posts.rss", real / "macworld.rss", "application/rss+xml")
    http_server.serve_file("/comments.atom", real / "DaringFireball.atom", "application/atom+xml")
    http_server.routes["/blog"] = Route(PAGE, "text/html; charset=utf-8")
    return http_server


def test_the_clipboard_address_is_prefilled_and_a_feed_is_subscribed_with_title_and_folder(
    qtbot, database, site
):
    window = _window(qtbot, database)
    QGuiApplication.clipboard().setText(site.url("/posts.rss"))
    dialog = _open_dialog(qtbot, window)
    assert dialog.address.text() == site.url("/posts.rss")
    QTest.keyClicks(dialog.title, "Mac news")
    dialog.folder.setEditText("Tech")
    dialog.subscribe_button.click()
    assert dialog.checking and dialog.spinner.isVisible()  # the UI thread is not blocked
    # The message follows the writer's commit on the UI thread: wait for it, not for the row.
    said = f"Subscribed to {site.url('/posts.rss')}"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said, timeout=20000)
    assert _subscribed(window)[site.url("/posts.rss")] == ("Mac news", "Tech")
    assert not dialog.isVisible()


def test_a_clipboard_holding_prose_prefills_nothing(qtbot, database):
    window = _window(qtbot, database)
    QGuiApplication.clipboard().setText("see https://example.com/feed for more")
    dialog = _open_dialog(qtbot, window)
    assert dialog.address.text() == ""


def test_a_web_page_offers_the_feeds_it_links_to_and_several_can_be_chosen(qtbot, database, site):
    window = _window(qtbot, database)
    QGuiApplication.clipboard().clear()
    dialog = _open_dialog(qtbot, window)
    QTest.keyClicks(dialog.address, site.url("/blog"))
    dialog.subscribe_button.click()
    qtbot.waitUntil(dialog.choices.isVisible)
    offered = [dialog.choices.item(row) for row in range(dialog.choices.count())]
    assert [item.text() for item in offered] == [site.url("/posts.rss"), site.url("/comments.atom")]
    assert [item.checkState() for item in offered] == [
        Qt.CheckState.Checked,
        Qt.CheckState.Unchecked,
    ]
    assert "is a web page that links to 2 feeds" in dialog.status.text()
    assert window.library.feeds() == []  # nothing before the user chooses
    offered[1].setCheckState(Qt.CheckState.Checked)
    dialog.subscribe_button.click()
    qtbot.waitUntil(lambda: len(_subscribed(window)) == 2)
    assert set(_subscribed(window)) == {site.url("/posts.rss"), site.url("/comments.atom")}
    assert site.url("/blog") not in _subscribed(window)


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never answers: a check that hangs."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    try:
        yield listener.getsockname()[1]
    finally:
        listener.close()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    ("path", "route", "reason"),
    [
        ("/gone.xml", None, "404"),
        ("/page", Route(b"<html><head><title>x</title></head><body>Hi</body></html>", "text/html"),
         "is a web page with no feed"),
        ("/logo.png", Route(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "image/png"),
         "is not a feed (the server sent image/png"),
        ("/huge.xml", Route(b"<rss>" + b" " * (21 * 1024 * 1024), "application/rss+xml"),
         "bytes, over the cap"),
        ("closed", None, "nothing answers at"),
    ],
)  # fmt: skip
def test_what_is_not_a_feed_is_refused_with_its_reason_and_what_was_typed_is_kept(
    qtbot, database, http_server, path, route, reason
):
    window = _window(qtbot, database)
    QGuiApplication.clipboard().clear()
    if route is not None:
        http_server.routes[path] = route
    url = f"http://127.0.0.1:{_closed_port()}/feed" if path == "closed" else http_server.url(path)
    dialog = _open_dialog(qtbot, window)
    QTest.keyClicks(dialog.address, url)
    QTest.keyClicks(dialog.title, "Mine")
    dialog.folder.setEditText("News")
    dialog.subscribe_button.click()
    qtbot.waitUntil(lambda: not dialog.checking, timeout=20000)
    assert reason in dialog.status.text()
    assert dialog.status.text().endswith("Nothing subscribed.")
    assert dialog.isVisible()
    assert (dialog.address.text(), dialog.title.text(), dialog.folder.currentText()) == (
        url,
        "Mine",
        "News",
    )
    assert dialog.subscribe_button.isEnabled() and not dialog.spinner.isVisible()
    # Nothing answering may be the user's network: they may subscribe unchecked, on their word.
    assert dialog.unchecked.isVisible() == (path == "closed")
    assert window.library.feeds() == []


def test_a_check_can_be_cancelled_and_its_late_answer_is_ignored(qtbot, database, silent_port):
    window = _window(qtbot, database)
    QGuiApplication.clipboard().clear()
    dialog = _open_dialog(qtbot, window)
    url = f"http://127.0.0.1:{silent_port}/feed.xml"
    QTest.keyClicks(dialog.address, url)
    dialog.subscribe_button.click()
    assert dialog.checking and dialog.status.text().startswith("Checking")
    assert dialog.address.isReadOnly()
    dialog.cancel_button.click()
    assert not dialog.checking
    assert dialog.isVisible() and dialog.status.text() == "Check cancelled."
    assert dialog.address.text() == url and not dialog.address.isReadOnly()
    assert dialog.subscribe_button.isEnabled()
    dialog.cancel_button.click()  # no check under way: Cancel closes
    assert not dialog.isVisible()
    assert window.library.feeds() == []


def test_a_bad_or_known_address_is_refused_before_anything_is_fetched(qtbot, database, site):
    window = _window(qtbot, database)
    window.library.add_feed(site.url("/posts.rss")).result()
    QGuiApplication.clipboard().clear()
    dialog = _open_dialog(qtbot, window)
    QTest.keyClicks(dialog.address, "feed.xml")
    dialog.subscribe_button.click()
    assert dialog.status.text() == "'feed.xml' is not an http or https address"
    assert not dialog.checking
    dialog.address.clear()
    QTest.keyClicks(dialog.address, site.url("/posts.rss"))
    requests_before = len(site.requests)
    dialog.subscribe_button.click()
    assert dialog.status.text() == f"Already subscribed to {site.url('/posts.rss')}"
    assert len(site.requests) == requests_before


def test_offline_the_dialog_says_it_cannot_check_and_subscribes_unchecked_when_asked(
    qtbot, database, network_guard: NetworkGuard
):
    window = _window(qtbot, database, offline=True)
    QGuiApplication.clipboard().setText("https://new.example/feed.xml")
    dialog = _open_dialog(qtbot, window)
    assert "cannot be checked now" in dialog.status.text()
    assert dialog.unchecked.isVisible() and not dialog.unchecked.isChecked()
    dialog.subscribe_button.click()
    assert "tick “Subscribe without checking”" in dialog.status.text()
    assert dialog.isVisible() and window.library.feeds() == []
    dialog.unchecked.setChecked(True)
    dialog.subscribe_button.click()
    qtbot.waitUntil(lambda: len(_subscribed(window)) == 1)
    assert list(_subscribed(window)) == ["https://new.example/feed.xml"]
    assert network_guard.attempts == []


def _drag(window: MainWindow, mime: QMimeData) -> tuple[QDragEnterEvent, QDropEvent]:
    where = QPoint(window.width() // 2, window.height() // 2)
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt 6.12 takes a QPointF and deprecates the QPoint form, which is all that came before.
    qt = tuple(int(part) for part in qVersion().split(".")[:2])
    point: Any = QPointF(where) if qt >= (6, 12) else where
    return QDragEnterEvent(point, copy, mime, left, none), QDropEvent(
        QPointF(where), copy, mime, left, none
    )


def test_a_link_dropped_on_the_window_opens_the_dialog_with_it(qtbot, database, site):
    window = _window(qtbot, database)
    QGuiApplication.clipboard().clear()
    prose = QMimeData()
    prose.setText("a note, not an address")
    enter, _ = _drag(window, prose)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()  # the window does not offer to take what it cannot use

    link = QMimeData()
    link.setUrls([QUrl(site.url("/blog"))])
    enter, drop = _drag(window, link)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    # Qt delivers a drop only inside a drag the platform runs (none offscreen): handed over
    # as Qt would once the drag above was accepted.
    window.dropEvent(drop)
    dialog = window.subscriptions.add_feed_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.address.text() == site.url("/blog")
    assert window.library.feeds() == []  # checked there first, like a typed address


def test_a_feed_handed_over_by_a_launch_is_checked_before_it_is_subscribed(qtbot, database, site):
    """``caravan --add-feed URL`` (or a browser's feed link) against a running window."""
    window = _window(qtbot, database)
    window.handle_launch({"show": True, "add_feed": site.url("/posts.rss")})
    said = f"Subscribed to {site.url('/posts.rss')}"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said, timeout=20000)
    assert site.url("/posts.rss") in _subscribed(window)
    dialog = window.subscriptions.add_feed_dialog
    assert dialog is not None and not dialog.isVisible()  # nothing to answer: no dialog stays

    window.handle_launch({"show": True, "add_feed": site.url("/blog")})
    dialog = window.subscriptions.add_feed_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.choices.isVisible(), timeout=20000)  # a page: which feed?
    assert dialog.isVisible() and len(_subscribed(window)) == 1
    dialog.reject()

    window.handle_launch({"show": True, "add_feed": site.url("/missing.rss")})
    dialog = window.subscriptions.add_feed_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.checking, timeout=20000)
    assert "404" in dialog.status.text()
    assert dialog.isVisible() and len(_subscribed(window)) == 1
