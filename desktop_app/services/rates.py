"""Rates: fetch the configured provider, store the snapshot, build the ticker's quotes."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop_app.config import RatesSettings
from desktop_app.domain import Quote, RateSnapshot
from desktop_app.errors import CaravanError, OfflineError
from desktop_app.rates.providers import load_provider, provider_title
from desktop_app.rates.quotes import compute_official_quotes, compute_quotes, official_source
from desktop_app.store import rates as rate_store
from desktop_app.store import state
from desktop_app.store.db import Database

if TYPE_CHECKING:  # the window shows stored quotes without loading the network stack
    from desktop_app.net.http import HttpClient
    from desktop_app.services.outcomes import RatesOutcome

log = logging.getLogger(__name__)


def refresh_rates(http: HttpClient, database: Database, settings: RatesSettings) -> RatesOutcome:
    """Fetch and store the configured provider's rates; in official mode also each central
    bank a configured pair needs, in parallel. One outcome: failed only when every source
    failed (the others' errors are kept as ``partial_errors``)."""
    # Outcomes load with the first refresh: the window's start reads rates, never refreshes.
    from desktop_app.services.outcomes import RatesOutcome

    names = [settings.provider, *official_providers(settings)]
    if len(names) == 1:
        return _refresh_provider(http, database, settings, names[0])
    with ThreadPoolExecutor(len(names), thread_name_prefix="rates") as pool:
        outcomes = list(
            pool.map(lambda name: _refresh_provider(http, database, settings, name), names)
        )
    failed = [outcome for outcome in outcomes if outcome.error]
    errors = tuple(f"{provider_title(o.provider)}: {o.error}" for o in failed)
    if len(failed) == len(outcomes):
        return RatesOutcome(
            "official",
            error="; ".join(errors),
            offline=all(outcome.offline for outcome in outcomes),
        )
    dates = [outcome.valid_on for outcome in outcomes if outcome.valid_on is not None]
    return RatesOutcome(
        "official",
        valid_on=max(dates) if dates else None,
        currencies=sum(outcome.currencies for outcome in outcomes),
        partial_errors=errors,
    )


def official_providers(settings: RatesSettings) -> list[str]:
    """The central banks official mode needs for the configured pairs (none when it is off)."""
    if not settings.official:
        return []
    banks = (official_source(pair, settings.base) for pair in settings.pairs)
    return [name for name in dict.fromkeys(banks) if name and name != settings.provider]


def _refresh_provider(
    http: HttpClient, database: Database, settings: RatesSettings, name: str
) -> RatesOutcome:
    """Fetch, parse and store one provider's rates, with a conditional GET: the sources
    publish once a day, so most hourly checks cost a 304 and no parse."""
    from desktop_app.services.outcomes import RatesOutcome

    provider = load_provider(name)
    today = datetime.now(UTC).date()
    override = settings.url_for(name)
    url = override.replace("{date}", today.isoformat()) if override else provider.url(today)
    validators_key = rate_store.validators_key(url)
    try:
        with closing(database.reader()) as reader:
            saved = json.loads(state.get_state(reader, validators_key) or "{}")
            if not rate_store.has_rates(reader, provider.name):
                saved = {}  # validators of rates no longer stored would get a 304 for nothing
        response = http.get(
            url,
            accept="application/json, application/xml;q=0.9, */*;q=0.5",
            etag=saved.get("etag"),
            last_modified=saved.get("last_modified"),
        )
        if response.body is None:
            return RatesOutcome(provider.name)
        snapshot = provider.parse(response.body)
        companion = getattr(provider.module, "companion_url", None)
        if companion is not None:
            snapshot = _with_companion(http, provider.parse, snapshot, companion(url))
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


def _with_companion(
    http: HttpClient,
    parse: Callable[[bytes], RateSnapshot],
    main: RateSnapshot,
    companion: str | None,
) -> RateSnapshot:
    """A source that publishes in two files (NBKR: daily, and weekly for forty more
    currencies): both together price every pair; a currency in both keeps the main file's
    rate, and the snapshot its date. The companion failing leaves the main file alone."""
    if companion is None:
        return main
    try:
        extra = parse(http.get(companion, accept="application/xml").body or b"")
    except CaravanError as error:
        log.warning("%s companion file: %s", main.provider, error)
        return main
    prices = {**extra.prices, **main.prices}
    return RateSnapshot(main.provider, main.valid_on, main.anchor, prices)


def current_quotes(connection: sqlite3.Connection, settings: RatesSettings) -> list[Quote]:
    """The ticker's items from what is stored: works the same online and offline."""
    snapshots = rate_store.recent_snapshots(connection, settings.provider, count=2)
    if not settings.official:
        return compute_quotes(settings.pairs, settings.base, snapshots)
    banks = {
        name: rate_store.recent_snapshots(connection, name, count=2)
        for name in official_providers(settings)
    }
    return compute_official_quotes(settings.pairs, settings.base, banks, snapshots)
