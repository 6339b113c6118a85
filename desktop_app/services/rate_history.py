"""Backfilling a rate source's history, once, so the detail popup's chart has days to show
from the first click rather than filling up one day at a time.

- The ECB publishes its last 90 days in one file.
- The Bank of Russia gives one currency's days per request (``XML_dynamic.asp``): 90 days of
  each currency the pairs need.
- The central banks of Kazakhstan, Uzbekistan, Tajikistan and Turkmenistan answer for a
  given date: their last ``DATED_DAYS`` days cost one request each (only days not stored
  yet, a few at a time).
- A source without history (the open API, the Kyrgyz daily file) has nothing to backfill.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from datetime import date, timedelta

from desktop_app.config import RatesSettings
from desktop_app.domain import RateSnapshot
from desktop_app.errors import CaravanError
from desktop_app.net.http import HttpClient
from desktop_app.rates.providers import load_provider
from desktop_app.rates.quotes import split_pair
from desktop_app.store import rates as rate_store
from desktop_app.store import state
from desktop_app.store.db import Database

log = logging.getLogger(__name__)

DATED_DAYS = 30
CBR_DAYS = 90
DATED_SOURCES = ("nbk", "cbu", "nbt", "cbt")
ECB_HISTORY = "eurofxref-hist-90d.xml"
# Requests to one bank at a time: a backfill must not look like an attack on a small site.
CONCURRENCY = 3


def _done_key(name: str) -> str:
    return f"rates.backfilled.{name}"


def backfill_history(
    http: HttpClient, database: Database, settings: RatesSettings, name: str, today: date
) -> int | None:
    """Store the history ``name`` offers; the number of days stored, or None when it was
    done before (or the source has none). Failed days are skipped, not retried."""
    with closing(database.reader()) as reader:
        if state.get_state(reader, _done_key(name)) is not None:
            return None
        stored = rate_store.stored_days(reader, name)
    if name == "ecb":
        snapshots = _ecb_history(http, settings)
    elif name == "cbr":
        snapshots = _cbr_history(http, settings, today)
    elif name in DATED_SOURCES:
        snapshots = _dated_history(http, settings, name, today, stored)
    else:
        return None
    if snapshots is None:  # the source could not be reached: try again next time
        return 0

    def save(connection: sqlite3.Connection) -> int:
        for snapshot in snapshots:
            rate_store.save_snapshot(connection, snapshot)
        state.set_state(connection, _done_key(name), today.isoformat())
        return len({snapshot.valid_on for snapshot in snapshots})

    days = database.writer.run(save)
    log.info("backfilled %d days of %s rates", days, name)
    return days


def _ecb_history(http: HttpClient, settings: RatesSettings) -> list[RateSnapshot] | None:
    from desktop_app.rates import ecb

    daily = settings.url_for("ecb") or ecb.DEFAULT_URL
    url = daily.replace("eurofxref-daily.xml", ECB_HISTORY)
    if url == daily:
        return []  # an override that is not the ECB's layout: no history to ask for
    try:
        response = http.get(url, accept="application/xml")
        return ecb.parse_history(response.body or b"")
    except CaravanError as error:
        log.warning("ecb history: %s", error)
        return None


def _cbr_history(
    http: HttpClient, settings: RatesSettings, today: date
) -> list[RateSnapshot] | None:
    """The Bank of Russia's series of each currency the pairs need (``XML_dynamic.asp``, one
    request a currency for ``CBR_DAYS``), merged into one snapshot a day."""
    from desktop_app.rates import cbr

    daily = settings.url_for("cbr") or cbr.DEFAULT_URL
    needed = {
        code
        for pair in settings.pairs
        for code in split_pair(pair, settings.base)
        if code != cbr.ANCHOR
    }
    try:
        ids = cbr.currency_ids(http.get(daily, accept="application/xml").body or b"")
    except CaravanError as error:
        log.warning("cbr history: %s", error)
        return None
    days: dict[date, dict[str, float]] = {}
    start = today - timedelta(days=CBR_DAYS)
    for code in sorted(needed & ids.keys()):
        try:
            body = http.get(cbr.dynamic_url(daily, ids[code], start, today)).body or b""
            series = cbr.parse_dynamic(body, code)
        except CaravanError as error:
            log.info("cbr history of %s: %s", code, error)
            continue
        for snapshot in series:
            days.setdefault(snapshot.valid_on, {}).update(snapshot.prices)
    return [RateSnapshot("cbr", day, cbr.ANCHOR, prices) for day, prices in sorted(days.items())]


def _dated_history(
    http: HttpClient, settings: RatesSettings, name: str, today: date, stored: set[date]
) -> list[RateSnapshot] | None:
    provider = load_provider(name)
    address = _dated_address(settings.url_for(name), provider.module)
    if address is None:
        return []
    wanted = [today - timedelta(days=n) for n in range(1, DATED_DAYS + 1)]
    wanted = [day for day in wanted if day not in stored]
    parse_for = getattr(provider.module, "parse_for", None)

    def fetch(day: date) -> RateSnapshot | None:
        try:
            body = http.get(address(day), accept="application/xml, application/json").body
            if parse_for is not None:
                return parse_for(body or b"", day)  # type: ignore[no-any-return]
            return provider.parse(body or b"")
        except CaravanError as error:
            log.info("%s rates for %s: %s", name, day, error)
            return None

    with ThreadPoolExecutor(CONCURRENCY, thread_name_prefix="backfill") as pool:
        found = [snapshot for snapshot in pool.map(fetch, wanted) if snapshot is not None]
    if wanted and not found:
        return None
    # A source may answer an asked-for day with another one (a weekend with Friday's rates):
    # each day is stored once, under the date the source gives.
    unique = {snapshot.valid_on: snapshot for snapshot in found}
    return [unique[day] for day in sorted(unique) if day not in stored]


def _dated_address(override: str | None, module: object) -> Callable[[date], str] | None:
    """How to address one day: the module's dated endpoint, or an override that carries a
    ``{date}`` placeholder (ISO date); an override without one cannot be dated."""
    if override is None:
        url_for: Callable[[date], str] | None = getattr(module, "url_for", None)
        return url_for
    if "{date}" not in override:
        return None
    return lambda day: override.replace("{date}", day.isoformat())
