"""Fixtures for widget tests: a database filled from real feeds, and a window over it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop_app.config import Config
from desktop_app.domain import RateSnapshot
from desktop_app.feeds.parse import parse_feed
from desktop_app.rates import open_er_api
from desktop_app.store import articles, feeds, rates
from desktop_app.store.db import Database
from tests.sync.conftest import (  # noqa: F401 - the real Miniflux, for test_sync_window.py
    account,
    feed_server,
    memory_keyring,
    miniflux,
)


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
