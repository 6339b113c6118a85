"""Rates: fetch the configured provider, store the snapshot, build the ticker's quotes."""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

from desktop_app.config import RatesSettings
from desktop_app.domain import Quote
from desktop_app.errors import CaravanError, OfflineError
from desktop_app.rates.providers import PROVIDERS
from desktop_app.rates.quotes import compute_quotes
from desktop_app.services.outcomes import RatesOutcome
from desktop_app.store import rates as rate_store
from desktop_app.store.db import Database

if TYPE_CHECKING:  # the window shows stored quotes without loading the network stack
    from desktop_app.net.http import HttpClient

log = logging.getLogger(__name__)


def refresh_rates(http: HttpClient, database: Database, settings: RatesSettings) -> RatesOutcome:
    provider = PROVIDERS[settings.provider]
    try:
        response = http.get(settings.url or provider.default_url, accept="application/json")
        if response.body is None:
            return RatesOutcome(provider.name)
        snapshot = provider.parse(response.body)
        stored = database.writer.run(
            lambda connection: rate_store.save_snapshot(connection, snapshot)
        )
        return RatesOutcome(provider.name, snapshot.valid_on, stored)
    except CaravanError as error:
        log.warning("rates from %s: %s", provider.name, error)
        return RatesOutcome(
            provider.name, error=str(error), offline=isinstance(error, OfflineError)
        )


def current_quotes(connection: sqlite3.Connection, settings: RatesSettings) -> list[Quote]:
    """The ticker's items from what is stored: works the same online and offline."""
    snapshots = rate_store.recent_snapshots(connection, settings.provider, count=2)
    return compute_quotes(settings.pairs, settings.base, snapshots)


def provider_title(name: str) -> str:
    provider = PROVIDERS.get(name)
    return provider.title if provider else name
