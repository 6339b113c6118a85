"""A real refresh in a worker thread, from a real HTTP server, into the open window."""

from __future__ import annotations

import threading
from contextlib import closing
from pathlib import Path

from desktop_app.config import Config, FeedSetting, RatesSettings
from desktop_app.net.http import HttpClient
from desktop_app.services.background import BackgroundRefresher
from desktop_app.services.outcomes import RefreshSummary
from desktop_app.services.refresh import RefreshService
from desktop_app.store import feeds
from tests.conftest import LocalServer, Route


def _config(server: LocalServer) -> Config:
    return Config(
        rates=RatesSettings(url=server.url("/rates.json")),
        feeds=(FeedSetting(server.url("/macworld.rss"), folder="Tech"),),
    )


def _serve(server: LocalServer, fixtures_dir: Path) -> None:
    server.serve_file("/macworld.rss", fixtures_dir / "feeds-real" / "macworld.rss")
    server.serve_file(
        "/rates.json",
        fixtures_dir / "rates" / "open-er-api_latest_USD_2024-08-19.json",
        "application/json",
    )


def test_refresh_brings_articles_and_rates_into_the_open_window(
    qtbot, database, http_server, fixtures_dir, window_refreshing
):
    _serve(http_server, fixtures_dir)
    config = _config(http_server)
    window, refresher = window_refreshing(config)
    window.show()
    assert window.article_model.total == 0
    assert window.list_header.text() == "No articles yet — refreshing feeds…"
    main_thread = threading.get_ident()
    with qtbot.waitSignal(refresher.finished, timeout=20000) as finished:
        assert refresher.request()
    summary = finished.args[0]
    assert isinstance(summary, RefreshSummary)
    assert summary.new_articles == 30
    assert threading.get_ident() == main_thread
    assert window.article_model.total == 30
    assert window.windowTitle() == "Caravan — 30 unread"
    assert [item.label.split()[0] for item in window.ticker.items()] == [
        "KGS/USD",
        "KZT/USD",
        "TJS/USD",
        "UZS/USD",
        "TMT/USD",
    ]
    assert window.status_text.text().startswith("Updated at")
    assert "30 new articles" in window.status_text.text()


def test_refresh_asked_for_during_a_refresh_runs_right_after(
    qtbot, database, http_server, fixtures_dir
):
    _serve(http_server, fixtures_dir)
    service = RefreshService(database, HttpClient(), _config(http_server))
    service.import_config_feeds()
    refresher = BackgroundRefresher(service, 60)
    finished: list[RefreshSummary] = []
    refresher.finished.connect(finished.append)
    assert refresher.request()
    assert not refresher.request(), "a second refresh must wait for the first"
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=20000)
    assert finished[0].new_articles == 30
    assert finished[1].new_articles == 0
    qtbot.waitUntil(lambda: not refresher.running, timeout=20000)  # offline work after it


def test_offline_refresh_keeps_stored_articles_and_says_offline(
    qtbot, database, http_server, fixtures_dir, window_refreshing
):
    _serve(http_server, fixtures_dir)
    config = _config(http_server)
    window, refresher = window_refreshing(config)
    with qtbot.waitSignal(refresher.finished, timeout=20000):
        refresher.request()
    http_server.stop()
    with qtbot.waitSignal(refresher.finished, timeout=20000) as finished:
        refresher.request()
    assert finished.args[0].offline
    assert window.article_model.total == 30
    assert len(window.ticker.items()) == 5
    assert "Offline" in window.network_label.text()
    assert window.status_text.text().startswith("Offline")


def test_adding_a_feed_in_the_window_fetches_it_at_once(
    qtbot, database, http_server, fixtures_dir, window_refreshing
):
    _serve(http_server, fixtures_dir)
    config = Config(rates=RatesSettings(url=http_server.url("/rates.json")))
    window, refresher = window_refreshing(config, import_feeds=False)
    assert window.list_header.text().startswith("No feeds yet")
    window.add_feed("javascript:alert(1)")
    assert window.statusBar().currentMessage().endswith("is not an http or https address")
    with qtbot.waitSignal(refresher.finished, timeout=20000):
        window.add_feed(http_server.url("/macworld.rss"))
    assert window.article_model.total == 30
    assert window.windowTitle() == "Caravan — 30 unread"


def test_with_the_network_gone_refreshing_pauses_without_errors_and_resumes_when_it_returns(
    qtbot, database, fixtures_dir, window_refreshing
):
    server = LocalServer()
    _serve(server, fixtures_dir)
    port = int(server.base_url.rsplit(":", 1)[1])
    server.start()
    server.stop()  # nothing listens on the feed's port any more: the network is "down"
    config = _config(server)
    window, refresher = window_refreshing(config, probe_interval_ms=200)
    refresher.start_schedule()
    try:
        with qtbot.waitSignal(refresher.finished, timeout=20000) as paused:
            refresher.request()
        assert paused.args[0].network_down
        assert refresher.network_down
        assert window.status_text.text().startswith("Offline since")
        with closing(database.reader()) as reader:
            (feed,) = feeds.list_feeds(reader)
        assert (feed.last_error, feed.error_count) == (None, 0)  # no error, no back-off

        back = LocalServer(port)  # the network returns
        _serve(back, fixtures_dir)
        back.start()
        try:
            qtbot.waitUntil(lambda: window.article_model.total == 30, timeout=20000)
        finally:
            back.stop()
        assert not refresher.network_down
        assert window.status_text.text().startswith("Updated at")
    finally:
        refresher.stop_schedule()
        refresher.wait(10)


def test_new_articles_are_announced_only_when_notifications_are_on(
    qtbot, database, http_server, fixtures_dir, window_refreshing
):
    from dataclasses import replace

    from desktop_app.config import NotificationSettings

    _serve(http_server, fixtures_dir)
    for notify in (False, True):
        config = replace(_config(http_server), notifications=NotificationSettings(notify))
        window, refresher = window_refreshing(config)
        # Every article new again, and no validators: the refresh brings all 30.
        database.writer.run(lambda c: c.execute("DELETE FROM articles"))
        database.writer.run(lambda c: c.execute("DELETE FROM deleted_articles"))
        database.writer.run(
            lambda c: c.execute(
                "UPDATE feeds SET etag = NULL, content_hash = NULL, last_modified = NULL"
            )
        )
        with qtbot.waitSignal(refresher.finished, timeout=20000):
            refresher.request()
        qtbot.waitUntil(lambda refresher=refresher: not refresher.running, timeout=20000)
        if notify:
            assert window.last_notification is not None
            title, text = window.last_notification
            assert title == "30 new articles"
            assert len(text.splitlines()) == 3  # the three newest unread titles
        else:
            assert window.last_notification is None


def test_adding_a_feed_fetches_that_feed_and_leaves_a_failing_one_to_its_back_off(
    qtbot, database, http_server, fixtures_dir, window_refreshing
):
    _serve(http_server, fixtures_dir)
    http_server.routes["/down.xml"] = Route(b"oops", status=500)
    config = Config(
        rates=RatesSettings(url=http_server.url("/rates.json")),
        feeds=(FeedSetting(http_server.url("/down.xml")),),
    )
    window, refresher = window_refreshing(config)
    with qtbot.waitSignal(refresher.finished, timeout=20000):
        refresher.request()
    qtbot.waitUntil(lambda: not refresher.running, timeout=20000)
    with closing(database.reader()) as reader:
        (failing,) = feeds.list_feeds(reader)
    assert failing.error_count == 1
    http_server.requests.clear()

    with qtbot.waitSignal(refresher.finished, timeout=20000) as finished:
        window.add_feed(http_server.url("/macworld.rss"))

    # Once to check the address handed over, once to fetch it: nothing of the failing feed.
    assert [request.path for request in http_server.requests] == ["/macworld.rss"] * 2
    assert finished.args[0].rates is None
    assert window.article_model.total == 30
    with closing(database.reader()) as reader:
        assert feeds.get_feed(reader, failing.id) == failing
