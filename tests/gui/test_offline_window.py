"""A window started with ``--offline`` tries no connection: every control that would need the
network is greyed out or answers with the reason, driven one by one in the real window while
every Python entry to the network records and refuses."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtTest import QTest

from desktop_app.config import Config
from desktop_app.domain import ParsedEntry
from desktop_app.errors import STARTED_OFFLINE, StartedOfflineError
from desktop_app.services.library import Library
from desktop_app.store import articles, feeds
from desktop_app.store.db import Database
from desktop_app.ui.main_window import FULL_TEXT_REFUSED, REFRESH_REFUSED, MainWindow
from tests.conftest import NetworkGuard

TEASER = ParsedEntry(
    key="teaser",
    title="Esper in Hanoi",
    link="https://news.example/esper",
    author="",
    published_at=datetime(2026, 11, 2, tzinfo=UTC),
    summary_html='<p>Esper accuses China…</p><img src="https://news.example/map.png" alt="map">',
    content_html="",
    text="Esper accuses China…",
)


def _stored_teaser(database: Database) -> int:
    def store(connection: sqlite3.Connection) -> int:
        feed_id = next(f.id for f in feeds.list_feeds(connection) if f.title == "Macworld")
        articles.store_entries(connection, feed_id, [TEASER])
        feeds.record_error(connection, feed_id, "HTTP 503 Service Unavailable")
        row = connection.execute("SELECT id FROM articles WHERE key = 'teaser'").fetchone()
        return int(row[0])

    return database.writer.run(store)


def _offline_window(qtbot, database: Database, config: Config) -> MainWindow:
    """Built as ``caravan --offline`` builds it (app.run_gui)."""
    library = Library(database, config.offline, started_offline=True)
    window = MainWindow(library, config, offline=True)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def test_every_network_control_of_an_offline_window_says_why_and_nothing_connects(
    qtbot, filled_database, config, network_guard: NetworkGuard, tmp_path: Path
):
    teaser = _stored_teaser(filled_database)
    window = _offline_window(qtbot, filled_database, config)
    status = window.statusBar()
    assert REFRESH_REFUSED.startswith("Caravan was started offline (--offline)")
    assert FULL_TEXT_REFUSED.startswith("Caravan was started offline (--offline)")

    # The menus: greyed out, saying why.
    for action, reason in (
        (window.refresh_action, REFRESH_REFUSED),
        (window.full_text_action, FULL_TEXT_REFUSED),
    ):
        assert not action.isEnabled()
        assert action.toolTip() == action.statusTip() == reason
    assert STARTED_OFFLINE in window.network_label.toolTip()

    # The shortcuts: the reason in the status bar.
    window.open_article(teaser)
    assert "Fetch the full text" in window.reader.document().toPlainText()
    assert "[map]" in window.reader.document().toPlainText()  # the image is not fetched
    window.article_view.setFocus()
    for action, reason in (
        (window.refresh_action, REFRESH_REFUSED),
        (window.full_text_action, FULL_TEXT_REFUSED),
    ):
        status.clearMessage()
        (keys,) = action.shortcuts()
        QTest.keySequence(window.article_view, keys)
        assert status.currentMessage() == reason

    # The reader's own "Fetch the full text" link.
    status.clearMessage()
    window.reader.anchorClicked.emit(QUrl("#fetch-full-text"))
    assert status.currentMessage() == FULL_TEXT_REFUSED

    # The tray's refresh, and what any other caller of a refresh gets.
    (tray_refresh,) = [a for a in window.tray_menu.actions() if a.text() == "Refresh now"]
    assert not tray_refresh.isEnabled()
    assert tray_refresh.toolTip() == REFRESH_REFUSED
    status.clearMessage()
    window.refresh_now()
    assert status.currentMessage() == REFRESH_REFUSED

    # Feeds with errors: no retry.
    window.errors_action.trigger()
    dialog = window.feed_errors_dialog
    assert dialog is not None and dialog.table.topLevelItemCount() == 1
    assert not dialog.retry_button.isEnabled()
    assert dialog.retry_button.toolTip() == REFRESH_REFUSED
    dialog.close()

    # Subscribing works from storage and says when the articles come.
    window.add_feed("https://new.example/feed.xml")
    # The message follows the writer's commit: on a loaded machine that took over 5 s once.
    qtbot.waitUntil(lambda: status.currentMessage().startswith("Subscribed to"), timeout=20000)
    assert status.currentMessage() == (
        "Subscribed to https://new.example/feed.xml. Caravan was started offline (--offline): "
        "its articles come with the first refresh online"
    )
    window.handle_launch({"show": True, "add_feed": "https://other.example/rss"})
    opml = tmp_path / "subscriptions.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body>'
        '<outline type="rss" text="Third" xmlUrl="https://third.example/rss"/>'
        "</body></opml>",
        encoding="utf-8",
    )
    window.import_opml(opml)
    assert status.currentMessage().endswith(f"{STARTED_OFFLINE}: fetched when online")
    window.library.set_read([], True).result()  # the writer has stored the subscriptions
    subscribed = {feed.url for feed in window.library.feeds()}
    assert {
        "https://new.example/feed.xml",
        "https://other.example/rss",
        "https://third.example/rss",
    } <= subscribed

    # A rate's detail: its chart is drawn from the stored days.
    window.ticker.item_clicked.emit(window.ticker.items()[0])
    assert window.rate_detail is not None and window.rate_detail.isVisible()

    assert network_guard.attempts == []


def test_an_offline_library_refuses_to_fetch_a_full_text_and_stores_no_error(
    filled_database, network_guard: NetworkGuard
):
    teaser = _stored_teaser(filled_database)
    library = Library(filled_database, started_offline=True)
    try:
        fetched = library.fetch_full_text(teaser)
        with pytest.raises(StartedOfflineError, match=r"started offline \(--offline\)"):
            fetched.result()
        with closing(filled_database.reader()) as reader:
            article = articles.get_article(reader, teaser)
        assert article is not None
        assert article.full_text_error is None  # the article is not marked as failing
        assert article.full_html == ""
    finally:
        library.close()
    assert network_guard.attempts == []


def test_a_window_whose_network_is_down_still_refreshes_when_asked(qtbot, filled_database, config):
    """Only --offline refuses: a window started online keeps F5 and Shift+F when the network
    goes away, and does not tell the user to restart without --offline."""
    window = MainWindow(Library(filled_database), config, offline=False)
    qtbot.addWidget(window)
    assert window.refresh_action.isEnabled() and window.full_text_action.isEnabled()
    window.refresh_now()  # no refresher yet: it comes with the first refresh
    assert STARTED_OFFLINE not in window.statusBar().currentMessage()
