"""Backfilling a rate source's history for the chart: the ECB's 90-day file, and a dated
source asked day by day, once, against real payloads served on 127.0.0.1."""

from __future__ import annotations

import json
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.config import Config, RatesSettings
from desktop_app.net.http import HttpClient, NetworkPolicy
from desktop_app.services.rate_history import DATED_DAYS
from desktop_app.services.refresh import RefreshService
from desktop_app.store import rates as rate_store
from desktop_app.store.db import Database
from tests.conftest import LocalServer, Route

RATES = Path(__file__).parent.parent / "fixtures" / "rates"
CBU = RATES / "cbu_0_cbu.uz_en_arkhiv-kursov-valyut_json_all_2026-04-01.json"
POLICY = NetworkPolicy(connect_timeout=2.0, read_timeout=2.0, total_deadline=10.0)


def cbu_day(published: date, dollar: float) -> bytes:
    """CBU's real answer, re-dated and with another dollar rate: what it serves for a day."""
    rows = json.loads(CBU.read_bytes())
    for row in rows:
        row["Date"] = published.strftime("%d.%m.%Y")
        if row["Ccy"] == "USD":
            row["Rate"] = f"{dollar:.2f}"
    return json.dumps(rows).encode()


def refresh_rates_only(database: Database, settings: RatesSettings) -> None:
    RefreshService(database, HttpClient(POLICY), Config(rates=settings)).refresh_all(
        include_feeds=False
    )


def test_a_dated_source_is_backfilled_once_with_each_day_under_the_date_it_gives(
    database: Database, http_server: LocalServer
) -> None:
    today = datetime.now(UTC).date()
    for back in range(DATED_DAYS + 1):
        asked = today - timedelta(days=back)
        # Weekends answer with Friday's rates, dated Friday, as the banks do.
        published = asked - timedelta(days=max(0, asked.weekday() - 4))
        dollar = 12000 + (today - published).days
        http_server.routes[f"/cbu/{asked.isoformat()}"] = Route(
            cbu_day(published, dollar), "application/json"
        )
    settings = RatesSettings(
        provider="cbu", urls=(("cbu", http_server.url("/cbu/{date}")),), pairs=("UZS",)
    )

    refresh_rates_only(database, settings)

    with closing(database.reader()) as reader:
        history = rate_store.history(reader, "cbu", "UZS", "USD")
    weekdays = {
        (today - timedelta(days=back))
        - timedelta(days=max(0, (today - timedelta(days=back)).weekday() - 4))
        for back in range(DATED_DAYS + 1)
    }
    assert [day for day, _ in history] == sorted(weekdays)
    # Each day's own number: 1 / (12000 + days before today) dollars per sum.
    for day, value in history:
        assert value == pytest.approx(1 / (12000 + (today - day).days))
    paths = [request.path for request in http_server.requests]
    assert len(paths) == len(set(paths))  # no day asked twice
    # Today's, then every earlier day once, but the one today's answer was already dated.
    todays_date = today - timedelta(days=max(0, today.weekday() - 4))
    assert len(paths) == 1 + DATED_DAYS - (todays_date != today)
    asked_once = len(paths)

    refresh_rates_only(database, settings)
    assert len(http_server.requests) == asked_once + 1  # today's again only: no second backfill


def test_the_ecb_history_comes_from_its_90_day_file(
    database: Database, http_server: LocalServer
) -> None:
    http_server.serve_file("/ecb/eurofxref-daily.xml", RATES / "ecb_eurofxref-daily_2025-05-09.xml")
    http_server.serve_file(
        "/ecb/eurofxref-hist-90d.xml", RATES / "ecb_eurofxref-hist-90d_2017-03-03.xml"
    )
    settings = RatesSettings(
        provider="ecb",
        base="EUR",
        pairs=("USD",),
        urls=(("ecb", http_server.url("/ecb/eurofxref-daily.xml")),),
    )

    refresh_rates_only(database, settings)

    with closing(database.reader()) as reader:
        history = rate_store.history(reader, "ecb", "USD", "EUR")
    # 64 working days from 2016-12-05 to 2017-03-03 in the 90-day file, plus 2025-05-09.
    assert len(history) == 65
    assert history[0][0] == date(2016, 12, 5)
    assert history[-1][0] == date(2025, 5, 9)


def cbr_series(code_id: str, days: list[tuple[date, str]]) -> bytes:
    """XML_dynamic.asp's shape: one currency's records, a decimal comma, windows-1251."""
    records = "".join(
        f'<Record Date="{day:%d.%m.%Y}" Id="{code_id}"><Nominal>1</Nominal>'
        f"<Value>{value}</Value></Record>"
        for day, value in days
    )
    return (
        f'<?xml version="1.0" encoding="windows-1251"?><ValCurs ID="{code_id}" '
        f'name="Foreign Currency Market Dynamic">{records}</ValCurs>'
    ).encode("cp1251")


def test_the_bank_of_russia_history_is_one_series_per_currency_the_pairs_need(
    database: Database, http_server: LocalServer
) -> None:
    http_server.serve_file(
        "/cbr/XML_daily.asp", RATES / "cbr_0_www.cbr.ru_scripts_XML_daily.asp.xml"
    )
    today = datetime.now(UTC).date()
    start = today - timedelta(days=90)
    days = [today - timedelta(days=n) for n in (3, 2, 1)]
    # The ids come from the daily file: R01235 is the dollar, R01370 the som.
    for code_id, values in (
        ("R01235", ("90,10", "90,20", "90,30")),
        ("R01370", ("1,01", "1,02", "1,03")),
    ):
        query = f"?date_req1={start:%d/%m/%Y}&date_req2={today:%d/%m/%Y}&VAL_NM_RQ={code_id}"
        http_server.routes["/cbr/XML_dynamic.asp" + query] = Route(
            cbr_series(code_id, list(zip(days, values, strict=True)))
        )
    settings = RatesSettings(
        provider="cbr",
        base="USD",
        pairs=("KGS",),
        urls=(("cbr", http_server.url("/cbr/XML_daily.asp")),),
    )

    refresh_rates_only(database, settings)

    with closing(database.reader()) as reader:
        history = dict(rate_store.history(reader, "cbr", "KGS", "USD"))
    # KGS/USD on each day = roubles per som / roubles per dollar, e.g. 1.01 / 90.10.
    for day, som, dollar in zip(days, (1.01, 1.02, 1.03), (90.10, 90.20, 90.30), strict=True):
        assert history[day] == pytest.approx(som / dollar)
    dynamic = [r.path for r in http_server.requests if "XML_dynamic" in r.path]
    assert len(dynamic) == 2  # the dollar and the som, nothing else
