"""First start and the list's empty states, in the real window with a real refresher and a
real HTTP server on 127.0.0.1: what the ticker, the list and the status bar say is true, the
empty library shows how to subscribe, and a feed in error says why and what can be done."""

from __future__ import annotations

from contextlib import closing

from desktop_app.config import Config, RatesSettings
from desktop_app.domain import ArticleFilter
from desktop_app.net.http import HttpClient
from desktop_app.services.background import BackgroundRefresher
from desktop_app.services.library import Library
from desktop_app.services.refresh import RefreshService
from desktop_app.store import feeds
from desktop_app.store.db import Database
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sidebar import FILTER_ROLE
from tests.conftest import LocalServer


def _window(
    qtbot, database: Database, config: Config, *, offline: bool = False
) -> tuple[MainWindow, BackgroundRefresher]:
    refresher = BackgroundRefresher(RefreshService(database, HttpClient(), config), 60)
    window = MainWindow(Library(database, started_offline=offline), config, offline=offline)
    if not offline:
        window.attach_refresher(refresher)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window, refresher


def _gone_server() -> LocalServer:
    """A server started and stopped: nothing answers on its port, like no network."""
    server = LocalServer()
    server.start()
    server.stop()
    return server


def _select_feed(window: MainWindow, feed_id: int) -> None:
    """As a click in the sidebar does: its entry becomes the current one."""
    model = window.sidebar.model()
    pending = [model.index(row, 0) for row in range(model.rowCount())]
    while pending:
        index = pending.pop()
        pending += [model.index(child, 0, index) for child in range(model.rowCount(index))]
        if index.data(FILTER_ROLE) == ArticleFilter(feed_id):
            window.sidebar.setCurrentIndex(index)
            break
    assert window.sidebar.current_filter() == ArticleFilter(feed_id)


def test_a_first_start_without_network_says_offline_everywhere_and_shows_how_to_subscribe(
    qtbot, database
):
    gone = _gone_server()
    window, refresher = _window(
        qtbot, database, Config(rates=RatesSettings(url=gone.url("/rates.json")))
    )
    assert window.ticker.accessibleDescription() == "Loading rates…"  # a refresh is coming
    panel = window.reading.list_state
    assert panel is not None and panel.isVisible()
    assert not window.article_view.isVisible()
    assert panel.heading.text() == "No feeds yet"
    assert [button.text() for button in panel.buttons] == ["Add a feed…", "Import OPML…"]
    assert all(button.isEnabled() and button.accessibleName() for button in panel.buttons)

    with qtbot.waitSignal(refresher.finished, timeout=20000) as finished:
        refresher.request()
    assert finished.args[0].offline
    assert window.status_text.text().startswith("Offline at")
    assert window.network_label.text() == "● Offline"
    # The ticker no longer promises rates that cannot come, nor the list a refresh.
    assert window.ticker.accessibleDescription() == "Offline — no rates stored yet"
    assert "refreshing" not in window.list_header.text()

    panel.button("Add a feed…").click()
    dialog = window.subscriptions.add_feed_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()


def test_with_feeds_and_the_network_gone_the_list_and_ticker_stop_promising_a_refresh(
    qtbot, database
):
    gone = _gone_server()
    database.writer.run(lambda c: feeds.add_feed(c, gone.url("/feed.xml"), "Gone", ""))
    window, refresher = _window(
        qtbot, database, Config(rates=RatesSettings(url=gone.url("/rates.json")))
    )
    assert window.list_header.text() == "No articles yet — refreshing feeds…"
    assert window.reading.list_state is None  # feeds: no invitation to subscribe
    with qtbot.waitSignal(refresher.finished, timeout=20000) as finished:
        refresher.request()
    assert finished.args[0].network_down
    assert window.status_text.text().startswith("Offline since")
    assert window.list_header.text() == (
        "No articles stored yet — they arrive with the first refresh online"
    )
    assert window.ticker.accessibleDescription() == "Offline — no rates stored yet"


def test_the_empty_state_gives_way_to_the_list_once_a_feed_is_subscribed(
    qtbot, database, http_server, fixtures_dir
):
    http_server.serve_file("/macworld.rss", fixtures_dir / "feeds-real" / "macworld.rss")
    window, refresher = _window(
        qtbot, database, Config(rates=RatesSettings(url=http_server.url("/none.json")))
    )
    assert window.reading.list_state is not None and window.reading.list_state.isVisible()
    with qtbot.waitSignal(refresher.finished, timeout=20000):
        window.add_feed(http_server.url("/macworld.rss"))
    assert window.article_model.total == 30
    assert not window.reading.list_state.isVisible()
    assert window.article_view.isVisible()


def test_a_never_fetched_feed_says_not_checked_yet(qtbot, database):
    database.writer.run(lambda c: feeds.add_feed(c, "https://new.example/feed.xml", "New", ""))
    window, _ = _window(qtbot, database, Config(), offline=True)
    (feed,) = window.library.feeds()
    _select_feed(window, feed.id)
    assert window.list_header.text() == (
        "Not checked yet — it is fetched with the first refresh online"
    )
    assert window.reading.list_state is None or not window.reading.list_state.isVisible()


def test_a_feed_in_error_shows_its_error_and_its_address_can_be_corrected(
    qtbot, database, http_server, fixtures_dir
):
    http_server.serve_file("/macworld.rss", fixtures_dir / "feeds-real" / "macworld.rss")
    wrong = http_server.url("/macworld.xml")  # a 404

    def subscribe_wrong(connection):
        feed_id, _ = feeds.add_feed(connection, wrong, "Macworld", "Tech")
        feeds.record_error(connection, feed_id, "HTTP 404 Not Found")
        return feed_id

    feed_id = database.writer.run(subscribe_wrong)
    window, refresher = _window(
        qtbot, database, Config(rates=RatesSettings(url=http_server.url("/none.json")))
    )
    _select_feed(window, feed_id)
    panel = window.reading.list_state
    assert panel is not None and panel.isVisible() and not window.article_view.isVisible()
    assert panel.heading.text() == "This feed could not be fetched"
    assert panel.detail.text().startswith("HTTP 404 Not Found (since ")
    assert [button.text() for button in panel.buttons] == ["Retry", "Edit address…"]
    assert window.list_header.text() == "No articles from this feed"

    with qtbot.waitSignal(refresher.finished, timeout=20000):
        panel.button("Retry").click()  # still a 404: the error stays, said again
    assert window.reading.list_state is not None
    assert window.reading.list_state.heading.text() == "This feed could not be fetched"

    window.reading.list_state.button("Edit address…").click()
    dialog = window.subscriptions.add_feed_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Edit feed address"
    assert (dialog.address.text(), dialog.title.text(), dialog.folder.currentText()) == (
        wrong,
        "Macworld",
        "Tech",
    )
    dialog.address.clear()
    dialog.address.insert(http_server.url("/macworld.rss"))
    dialog.address.textEdited.emit(dialog.address.text())
    with qtbot.waitSignal(refresher.finished, timeout=20000):
        dialog.subscribe_button.click()
    with closing(database.reader()) as reader:
        (feed,) = feeds.list_feeds(reader)
    assert (feed.id, feed.url, feed.title, feed.folder) == (
        feed_id,
        http_server.url("/macworld.rss"),
        "Macworld",
        "Tech",
    )
    assert feed.last_error is None
    qtbot.waitUntil(lambda: window.article_model.total == 30)
    assert window.reading.list_state is not None and not window.reading.list_state.isVisible()
    assert window.article_view.isVisible()
    assert window.sidebar.current_filter() == ArticleFilter(feed_id)
