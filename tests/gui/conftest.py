"""Fixtures for widget tests: the interface's language, a database filled from real feeds, and
a window over it, and a window refreshing in the background from a config."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from desktop_app.config import Config
from desktop_app.domain import RateSnapshot
from desktop_app.feeds.parse import parse_feed
from desktop_app.i18n import install
from desktop_app.net.http import HttpClient
from desktop_app.rates import open_er_api
from desktop_app.services.background import BackgroundRefresher
from desktop_app.services.library import Library
from desktop_app.services.refresh import RefreshService
from desktop_app.store import articles, feeds, rates
from desktop_app.store.db import Database
from desktop_app.ui.main_window import MainWindow


@pytest.fixture(autouse=True, scope="session")
def english(qapp: QApplication) -> Iterator[None]:
    """English as the app puts it in force at start-up: its catalogue holds the plural forms
    ("1 feed", "2 feeds" from "%n feed(s)"). The system's locale stays the default."""
    locale = QLocale()
    install("en", qapp)
    QLocale.setDefault(locale)
    yield


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    """Whatever a test installs is undone: English and the default locale again."""
    locale = QLocale()
    yield
    install("en", qapp)
    QLocale.setDefault(locale)


@pytest.fixture
def filled_database(database: Database, fixtures_dir: Path) -> Database:
    """Two real feeds (Macworld 30 items in folder Tech, Scripting News 50 items) and two days
    of rates: the real open.er-api payload and, a day earlier, the same with KGS 1% dearer."""
    macworld = parse_feed((fixtures_dir / "feeds-real" / "macworld.rss").read_bytes(), "m")
    scripting = parse_feed((fixtures_dir / "feeds-real" / "scriptingNews.rss").read_bytes(), "s")
    latest = open_er_api.parse(
        (fixtures_dir / "rates" / "open-er-api_latest_USD_2024-08-19.json").read_bytes()
    )
    previous_prices = dict(latest.prices, KGS=latest.prices["KGS"] * 1.01)
    previous = RateSnapshot(latest.provider, date(2024, 8, 18), latest.anchor, previous_prices)
    now = datetime(2026, 11, 1, tzinfo=UTC)

    def fill(connection):
        tech, _ = feeds.add_feed(connection, "http://example.invalid/macworld", "", "Tech")
        news, _ = feeds.add_feed(connection, "http://example.invalid/scripting", "Scripting News")
        feeds.record_success(
            connection,
            tech,
            etag=None,
            last_modified=None,
            content_hash=None,
            next_check_at=now,
            title="Macworld",
        )
        articles.store_entries(connection, tech, macworld.entries, now)
        articles.store_entries(connection, news, scripting.entries, now)
        rates.save_snapshot(connection, previous)
        rates.save_snapshot(connection, latest)

    database.writer.run(fill)
    return database


@pytest.fixture
def config() -> Config:
    return Config()


Refreshing = tuple[MainWindow, BackgroundRefresher]


@pytest.fixture
def window_refreshing(qtbot, database) -> Iterator[Callable[..., Refreshing]]:
    """Makes the real window over ``database`` with a background refresher on a config. Each
    refresher is stopped and waited for at the end, as the app does when it quits, so no
    refresh or offline work still runs when the database closes."""
    refreshers: list[BackgroundRefresher] = []

    def make(
        config: Config, *, import_feeds: bool = True, probe_interval_ms: int = 30_000
    ) -> Refreshing:
        service = RefreshService(database, HttpClient(), config)
        if import_feeds:
            service.import_config_feeds()
        refresher = BackgroundRefresher(service, 60, probe_interval_ms=probe_interval_ms)
        refreshers.append(refresher)
        window = MainWindow(Library(database), config, offline=False)
        window.attach_refresher(refresher)
        qtbot.addWidget(window)
        return window, refresher

    yield make
    for refresher in refreshers:
        refresher.stop_schedule()
        refresher.wait()


def exec_until_quit(app: QApplication, give_up_ms: int = 20_000) -> int:
    """Run ``app``'s own event loop until something quits it, or give up (exit code 3) after
    ``give_up_ms``. The give-up timer is stopped once the loop ends: left pending, it would
    call ``exit`` in a later test, and an ``exit`` outside ``exec`` leaves the thread marked
    as quitting, so every later wait returned at once and no timer or posted event ran."""
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: app.exit(3))
    give_up.start(give_up_ms)
    try:
        return app.exec()
    finally:
        give_up.stop()


class DesktopStandIn(QObject):
    """Stands in for the desktop's browser or player: QDesktopServices hands it what it
    would open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@contextmanager
def desktop_stand_in(schemes: Sequence[str]) -> Iterator[DesktopStandIn]:
    """What the window hands the desktop for ``schemes``, caught instead of opened."""
    handler = DesktopStandIn()
    for scheme in schemes:
        # The stubs say bytes; the binding takes only the method's name as str.
        QDesktopServices.setUrlHandler(scheme, handler, "open")  # type: ignore[arg-type]
    try:
        yield handler
    finally:
        for scheme in schemes:
            QDesktopServices.unsetUrlHandler(scheme)
