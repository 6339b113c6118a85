"""Rates: fetch the configured provider, store the snapshot, build the ticker's quotes."""

from __future__ import annotations

import json
import logging
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop_app.config import RatesSettings
from desktop_app.domain import Quote
from desktop_app.errors import CaravanError, OfflineError
from desktop_app.rates.providers import load_provider
from desktop_app.rates.quotes import compute_quotes
from desktop_app.services.outcomes import RatesOutcome
from desktop_app.store import rates as rate_store
from desktop_app.store import state
from desktop_app.store.db import Database

if TYPE_CHECKING:  # the window shows stored quotes without loading the network stack
    from desktop_app.net.http import HttpClient

log = logging.getLogger(__name__)


def refresh_rates(http: HttpClient, database: Database, settings: RatesSettings) -> RatesOutcome:
    """Fetch, parse and store one provider's rates, with a conditional GET: the sources
    publish once a day, so most hourly checks cost a 304 and no parse."""
    provider = load_provider(settings.provider)
    url = settings.url_for(settings.provider) or provider.url(datetime.now(UTC).date())
    validators_key = f"rates.validators.{url}"
    try:
        with closing(database.reader()) as reader:
            saved = json.loads(state.get_state(reader, validators_key) or "{}")
        response = http.get(
            url,
            accept="application/json, application/xml;q=0.9, */*;q=0.5",
            etag=saved.get("etag"),
            last_modified=saved.get("last_modified"),
        )
        if response.body is None:
            return RatesOutcome(provider.name)
        snapshot = provider.parse(response.body)
        validators = json.dumps({"etag": response.etag, "last_modified": response.last_modified})

        def store(connection: sqlite3.Connection) -> int:
            stored = rate_store.save_snapshot(connection, snapshot)
            state.set_state(connection, validators_key, validators)
            return stored

        return RatesOutcome(provider.name, snapshot.valid_on, database.writer.run(store))
    except CaravanError as error:
        log.warning("rates from %s: %s", provider.name, error)
        return RatesOutcome(
            provider.name, error=str(error), offline=isinstance(error, OfflineError)
        )


def current_quotes(connection: sqlite3.Connection, settings: RatesSettings) -> list[Quote]:
    """The ticker's items from what is stored: works the same online and offline."""
    snapshots = rate_store.recent_snapshots(connection, settings.provider, count=2)
    return compute_quotes(settings.pairs, settings.base, snapshots)
