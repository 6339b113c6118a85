"""When a stored rate is out of date: a day for daily sources, a weekend allowed for the
central banks, judged on the dates the real sources' files carry."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.rates import cbr, open_er_api
from desktop_app.rates.freshness import CADENCE, EVERY_DAY, is_stale, next_publication
from desktop_app.rates.providers import PROVIDER_NAMES

RATES = Path(__file__).parent.parent / "fixtures" / "rates"


def test_every_registered_source_has_a_cadence():
    assert set(CADENCE) == set(PROVIDER_NAMES)


def test_open_er_api_is_stale_the_second_day_after_its_update():
    snapshot = open_er_api.parse((RATES / "open-er-api_latest_USD_2024-08-19.json").read_bytes())
    monday = snapshot.valid_on
    assert monday == date(2024, 8, 19)
    assert not is_stale("open-er-api", monday, monday)
    assert not is_stale("open-er-api", monday, monday + timedelta(days=1))
    assert is_stale("open-er-api", monday, monday + timedelta(days=2))
    saturday = date(2024, 8, 24)  # it publishes at weekends too
    assert is_stale("open-er-api", saturday, saturday + timedelta(days=2))


def test_the_bank_of_russia_saturday_rate_lasts_until_monday():
    """The rate set on Friday is dated Saturday and stands until the Tuesday rate set on
    Monday: current on Sunday and Monday, stale on Tuesday."""
    snapshot = cbr.parse((RATES / "cbr_0_www.cbr.ru_scripts_XML_daily.asp.xml").read_bytes())
    saturday = snapshot.valid_on
    assert saturday == date(2026, 4, 25) and saturday.weekday() == 5
    assert next_publication("cbr", saturday) == date(2026, 4, 27)
    assert not is_stale("cbr", saturday, date(2026, 4, 27))
    assert is_stale("cbr", saturday, date(2026, 4, 28))


@pytest.mark.parametrize("source", [name for name in CADENCE if CADENCE[name] != EVERY_DAY])
def test_a_central_bank_friday_rate_is_current_over_the_weekend(source):
    friday = date(2026, 5, 22)
    for today in (friday, date(2026, 5, 23), date(2026, 5, 24), date(2026, 5, 25)):
        assert not is_stale(source, friday, today), today
    assert is_stale(source, friday, date(2026, 5, 26))
    thursday = date(2026, 5, 21)
    assert is_stale(source, thursday, date(2026, 5, 23)), "Friday's rate is missing"


def test_a_rate_dated_ahead_of_today_is_current():
    assert not is_stale("cbr", date(2026, 4, 28), date(2026, 4, 27))


def test_an_unknown_source_gets_the_lenient_cadence():
    friday = date(2026, 5, 22)
    assert not is_stale("retired-source", friday, date(2026, 5, 25))
    assert is_stale("retired-source", friday, date(2026, 5, 26))
