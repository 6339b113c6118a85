"""What the status line says about refreshing, against a real HTTP server: each round says
how many of the subscribed feeds it checked, the feeds in error are counted from the library
(a removed feed's error goes with it), and an F5 during a refresh keeps the progress in view."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.config import Config, FeedSetting, RatesSettings
from desktop_app.store.db import Database
from tests.conftest import LocalServer, Route

GOOD = ("/macworld.rss", "/scripting.rss", "/fireball.atom")
FAILING = ("/gone-1.rss", "/gone-2.rss")  # nothing is served there: 404


def _serve(server: LocalServer, fixtures_dir: Path) -> Config:
    real = fixtures_dir / "feeds-real"
    names = ("macworld.rss", "scriptingNews.rss", "DaringFireball.atom")
    for path, name in zip(GOOD, names, strict=True):
        server.serve_file(path, real / name)
    rates = fixtures_dir / "rates" / "open-er-api_latest_USD_2024-08-19.json"
    server.serve_file("/rates.json", rates, "application/json")
    return Config(
        rates=RatesSettings(url=server.url("/rates.json")),
        feeds=tuple(FeedSetting(server.url(path)) for path in GOOD + FAILING),
    )


def _make_due(database: Database, paths: tuple[str, ...], server: LocalServer) -> None:
    urls = [server.url(path) for path in paths]

    def due(connection) -> None:
        connection.executemany(
            "UPDATE feeds SET next_check_at = 0 WHERE url = ?", [(u,) for u in urls]
        )

    database.writer.run(due)


def test_a_round_of_due_feeds_says_how_many_it_checked_of_all_and_the_errors_of_all(
    qtbot, database, http_server, fixtures_dir, window_refreshing
):
    window, refresher = window_refreshing(_serve(http_server, fixtures_dir))
    with qtbot.waitSignal(refresher.finished, timeout=20000):
        refresher.request(feeds=True, rates=False)
    text = window.status_text.text()
    assert "5 feeds checked" in text and text.endswith("· 2 feeds in error")
    qtbot.waitUntil(lambda: not refresher.running, timeout=20000)

    _make_due(database, FAILING, http_server)
    with qtbot.waitSignal(refresher.finished, timeout=20000):
        refresher.request(feeds=True, rates=False, due_only=True)
    text = window.status_text.text()
    # Not "0/2 feeds ok, 2 feeds in error": two of the five were due, and both still fail.
    assert "0 new articles, 2 of 5 feeds checked" in text
    assert "feeds ok" not in text
    assert text.endswith("· 2 feeds in error")


def test_a_removed_feed_takes_its_error_off_the_status_line(
    qtbot, database, http_server, fixtures_dir, window_refreshing
):
    window, refresher = window_refreshing(_serve(http_server, fixtures_dir))
    with qtbot.waitSignal(refresher.finished, timeout=20000):
        refresher.request(feeds=True, rates=False)
    assert window.status_text.text().endswith("· 2 feeds in error")
    gone = [feed for feed in window.library.feeds() if feed.last_error]
    window.subscriptions.remove_feed(gone[0].id)
    qtbot.waitUntil(lambda: window.status_text.text().endswith("· 1 feed in error"))
    window.subscriptions.remove_feed(gone[1].id)
    qtbot.waitUntil(lambda: "in error" not in window.status_text.text())
    assert window.status_text.text().startswith("Updated at")


def test_f5_during_a_refresh_keeps_the_progress_and_says_another_follows(
    qtbot, database, http_server, fixtures_dir, window_refreshing
):
    config = _serve(http_server, fixtures_dir)
    hold = threading.Event()
    http_server.routes["/slow.rss"] = Route(
        (fixtures_dir / "feeds-real" / "macworld.rss").read_bytes(), hold=hold
    )
    config = Config(
        rates=config.rates, feeds=(*config.feeds, FeedSetting(http_server.url("/slow.rss")))
    )
    window, refresher = window_refreshing(config)
    finished: list[object] = []
    refresher.finished.connect(finished.append)
    window.show()
    try:
        refresher.request(feeds=True, rates=False)
        qtbot.waitUntil(lambda: window.status_text.text() == "Refreshing 5/6 feeds", timeout=20000)
        QTest.keyClick(window, Qt.Key.Key_F5)
        assert window.status_text.text() == "Refreshing 5/6 feeds — another refresh follows"
        assert window.statusBar().currentMessage() == ""  # nothing hides the progress
    finally:
        hold.set()
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=30000)
    qtbot.waitUntil(lambda: not refresher.running, timeout=20000)
    assert window.status_text.text().startswith("Updated at")
    assert "another refresh follows" not in window.status_text.text()
