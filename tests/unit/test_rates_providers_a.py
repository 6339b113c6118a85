"""Central-bank payloads → RateSnapshots: NBK (Kazakhstan), NBKR (Kyrgyzstan), CBU (Uzbekistan)
and CBT (Turkmenistan), on the real recorded answers and on broken ones.

Every expected number is read by hand from the fixture bytes; the comment next to it shows the
arithmetic. Cross rates are what the ticker shows: ``X/USD`` = the price of one X in USD.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from desktop_app.domain import RateSnapshot
from desktop_app.errors import RatesError
from desktop_app.rates import cbt, cbu, nbk, nbkr
from desktop_app.rates.quotes import compute_quotes, format_value, ticker_line

RATES = Path(__file__).parents[1] / "fixtures" / "rates"
NBK_RSS = RATES / "kz_nbk_rates_all_2016-04-18.xml"
NBK_DATED = RATES / "nbk_0_nationalbank.kz_rss_get_rates.cfm_fdate_01.04.2026.xml"
NBKR_DAILY = RATES / "nbkr_live_0_www.nbkr.kg_XML_daily.xml.xml"
NBKR_WEEKLY = RATES / "nbkr_live_1_www.nbkr.kg_XML_weekly.xml.xml"
CBU_FILE = RATES / "cbu_0_cbu.uz_en_arkhiv-kursov-valyut_json_all_2026-04-01.json"
CBT_FILE = RATES / "cbt_0_cbt.tm_kurs_2026_20052026.xml"

TICKER = ["KGS", "KZT", "TJS", "UZS", "TMT"]


def exact(value: float) -> Any:
    return pytest.approx(value, rel=1e-9)


def usd_crosses(snapshot: RateSnapshot) -> dict[str, float | None]:
    return {code: snapshot.price(code, "USD") for code in TICKER}


# --- the module contract ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "title", "url"),
    [
        (nbk, "nbk", "National Bank of Kazakhstan", "https://nationalbank.kz/rss/rates_all.xml"),
        (nbkr, "nbkr", "National Bank of the Kyrgyz Republic", "https://www.nbkr.kg/XML/daily.xml"),
        (
            cbu,
            "cbu",
            "Central Bank of the Republic of Uzbekistan",
            "https://cbu.uz/en/arkhiv-kursov-valyut/json/",
        ),
        (
            cbt,
            "cbt",
            "Central Bank of Turkmenistan",
            "https://cbt.tm/kurs/{on:%Y}/{on:%d%m%Y}.xml",
        ),
    ],
)
def test_each_module_names_its_bank_and_endpoint(module, name, title, url):
    assert name == module.NAME
    assert title == module.TITLE
    assert url == module.DEFAULT_URL


def test_dated_endpoints_are_the_ones_the_fixtures_were_recorded_from():
    # SOURCES.tsv: .../get_rates.cfm?fdate=01.04.2026, .../json/all/2026-04-01/, .../20052026.xml
    assert nbk.url_for(date(2026, 4, 1)) == (
        "https://nationalbank.kz/rss/get_rates.cfm?fdate=01.04.2026"
    )
    assert cbu.url_for(date(2026, 4, 1)) == (
        "https://cbu.uz/en/arkhiv-kursov-valyut/json/all/2026-04-01/"
    )
    assert cbt.url_for(date(2026, 5, 20)) == "https://cbt.tm/kurs/2026/20052026.xml"
    assert nbkr.WEEKLY_URL == "https://www.nbkr.kg/XML/weekly.xml"


# --- NBK: the RSS feed (rates_all.xml, 2016) -------------------------------------------------


def test_nbk_rss_is_valid_on_the_newest_pubdate():
    snapshot = nbk.parse(NBK_RSS.read_bytes())
    # 39 items say <pubDate>18.04.16</pubDate> (dd.mm.yy); three stale ones are older.
    assert snapshot.valid_on == date(2016, 4, 18)
    assert snapshot.anchor == "KZT"
    assert snapshot.provider == "nbk"


def test_nbk_rss_prices_are_description_per_quant():
    prices = nbk.parse(NBK_RSS.read_bytes()).prices
    assert prices["USD"] == exact(334.41)  # description 334.41 per quant 1
    assert prices["EUR"] == exact(376.61)  # 376.61 per 1
    assert prices["KGS"] == exact(4.78)  # 4.78 per 1
    assert prices["TJS"] == exact(42.75)  # 42.75 per 1
    assert prices["UZS"] == exact(0.1159)  # 11.59 per quant 100 -> 0.1159
    assert prices["KRW"] == exact(0.2915)  # 29.15 per 100 -> 0.2915
    assert prices["HUF"] == exact(1.211)  # 12.11 per 10 -> 1.211
    assert prices["IRR"] == exact(0.01108)  # 11.08 per 1000 -> 0.01108
    assert "KZT" not in prices


def test_nbk_rss_drops_currencies_the_bank_no_longer_quotes():
    prices = nbk.parse(NBK_RSS.read_bytes()).prices
    # LVL <pubDate>31.12.13</pubDate>, EEK 31.12.10, TRL 05.01.05 (quant 1000): all stale.
    assert {"LVL", "EEK", "TRL"}.isdisjoint(prices)
    assert len(prices) == 39  # 42 <item>s - 3 stale


def test_nbk_rss_gives_the_ticker_against_usd():
    snapshot = nbk.parse(NBK_RSS.read_bytes())
    assert usd_crosses(snapshot) == {
        "KGS": exact(4.78 / 334.41),  # 0.0142938...
        "KZT": exact(1 / 334.41),  # 0.0029903...
        "TJS": exact(42.75 / 334.41),  # 0.1278370...
        "UZS": exact(0.1159 / 334.41),  # (11.59 / 100) / 334.41 = 0.000346580...
        "TMT": None,  # not in the feed
    }
    quotes = compute_quotes(TICKER, "USD", [snapshot])
    assert ticker_line(quotes) == (
        "KGS/USD 0.01429  KZT/USD 0.002990  TJS/USD 0.1278  UZS/USD 0.0003466"
    )


def test_nbk_rss_published_changes_cover_the_current_items_only():
    changes = nbk.published_changes(NBK_RSS.read_bytes())
    # Every current item says <change>0.00</change>; only the stale EEK (+0.11) and LVL
    # (-0.86) carry a move, and they are not part of the snapshot.
    assert len(changes) == 39
    assert set(changes.values()) == {0.0}
    assert {"EEK", "LVL", "TRL"}.isdisjoint(changes)


# --- NBK: the dated <rates> answer (get_rates.cfm, 2026) -----------------------------------


def test_nbk_dated_answer_is_valid_on_its_date_element():
    snapshot = nbk.parse(NBK_DATED.read_bytes())
    assert snapshot.valid_on == date(2026, 4, 1)  # <date>01.04.2026</date>
    assert snapshot.anchor == "KZT"


def test_nbk_dated_answer_prices_are_description_per_quant():
    prices = nbk.parse(NBK_DATED.read_bytes()).prices
    assert prices["USD"] == exact(478.77)  # description 478.77 per quant 1
    assert prices["EUR"] == exact(548.62)  # 548.62 per 1
    assert prices["RUB"] == exact(5.87)  # 5.87 per 1
    assert prices["JPY"] == exact(3.0)  # <description>3</description>: an integer
    assert prices["UZS"] == exact(0.0393)  # 3.93 per 100 -> 0.0393
    assert prices["AMD"] == exact(1.272)  # 12.72 per 10 -> 1.272
    assert prices["IRR"] == exact(0.0004)  # 0.4 per 1000 -> 0.0004
    assert len(prices) == 39  # 39 <item>s, KZT not among them


def test_nbk_dated_answer_gives_the_ticker_against_usd():
    snapshot = nbk.parse(NBK_DATED.read_bytes())
    assert usd_crosses(snapshot) == {
        "KGS": exact(5.47 / 478.77),  # 0.0114251...
        "KZT": exact(1 / 478.77),  # 0.0020886...
        "TJS": exact(50.19 / 478.77),  # 0.1048311...
        "UZS": exact(0.0393 / 478.77),  # (3.93 / 100) / 478.77 = 0.0000820853...
        "TMT": None,
    }
    quotes = compute_quotes(["USD/KZT", "USD/UZS"], "USD", [snapshot])
    # 478.77 KZT; 478.77 / 0.0393 = 12,182.44 UZS (three digits of 3.93 make it coarse).
    assert [format_value(quote.value) for quote in quotes] == ["478.77", "12,182.44"]


def test_nbk_dated_answer_publishes_changes_in_kzt_per_quant():
    changes = nbk.published_changes(NBK_DATED.read_bytes())
    assert changes["USD"] == -2.77  # <change>-2.77</change>
    assert changes["EUR"] == -4.62
    assert changes["HUF"] == 0.02  # "+0.02" per 10 forint
    assert changes["UZS"] == -0.02  # per 100 sum
    assert changes["INR"] == 0.0  # "0.00", <index></index>
    assert len(changes) == 39


def test_nbk_published_change_matches_the_change_the_ticker_computes():
    today = nbk.parse(NBK_DATED.read_bytes())
    # Yesterday's USD was 478.77 - (-2.77) = 481.54 KZT: -2.77 / 481.54 = -0.5752...%.
    yesterday = RateSnapshot("nbk", date(2026, 3, 31), "KZT", {"USD": 481.54})
    [quote] = compute_quotes(["USD/KZT"], "USD", [today, yesterday])
    assert quote.change_percent == exact(-2.77 / 481.54 * 100)


def test_nbk_keeps_only_the_newest_date_of_a_mixed_feed():
    body = rss(
        ("USD", "02.01.26", "500.00", "1"),
        ("EUR", "02.01.26", "580.50", "1"),
        ("GBP", "31.12.25", "660.00", "1"),  # stale
        ("LVL", "31.12.13", "300.96", "1"),  # stale
        ("CHF", "02.01.2026", "620.00", "1"),  # same day, four-digit year
        ("JPY", "yesterday", "3.10", "1"),  # unreadable date: skipped
    )
    snapshot = nbk.parse(body)
    assert snapshot.valid_on == date(2026, 1, 2)
    assert snapshot.prices == {"USD": 500.0, "EUR": 580.5, "CHF": 620.0}


def test_nbk_feed_of_stale_items_only_is_valid_on_the_newest_of_them():
    body = rss(("LVL", "31.12.13", "300.96", "1"), ("TRL", "05.01.05", "0.10", "1000"))
    snapshot = nbk.parse(body)
    assert snapshot.valid_on == date(2013, 12, 31)
    assert snapshot.prices == {"LVL": 300.96}


def test_nbk_skips_malformed_items_and_the_anchor():
    body = rss(
        ("USD", "02.01.26", "500.00", "1"),
        ("KZT", "02.01.26", "1", "1"),  # the anchor itself
        ("EUR", "02.01.26", "580,50", "1"),  # a decimal comma is read too
        ("GBP", "02.01.26", "-660", "1"),
        ("CHF", "02.01.26", "0", "1"),
        ("CNY", "02.01.26", "NaN", "1"),
        ("RUB", "02.01.26", "6.2", "0"),  # quant 0 would divide by zero
        ("UZS", "02.01.26", "3.9", ""),  # no quant: cannot divide
        ("DOLLAR", "02.01.26", "1", "1"),  # not a code
        ("krw", "02.01.26", "31.29", "100"),  # lower case
        ("JPY", "02.01.26", "3.07", "1"),
        ("jpy", "02.01.26", "3.10", "1"),  # listed twice with two prices: neither is shown
        ("usd", "02.01.26", "500", "1"),  # listed twice with the same price: kept
    )
    assert nbk.parse(body).prices == {
        "USD": 500.0,
        "EUR": 580.5,
        "KRW": pytest.approx(0.3129),  # 31.29 per 100
    }
    assert set(nbk.published_changes(body)) == {"USD", "EUR", "KRW"}


# --- NBKR ---------------------------------------------------------------------------------


def test_nbkr_daily_reads_decimal_commas():
    snapshot = nbkr.parse(NBKR_DAILY.read_bytes())
    assert snapshot.valid_on == date(2026, 5, 24)  # Date="24.05.2026": the day it takes effect
    assert snapshot.anchor == "KGS"
    assert snapshot.provider == "nbkr"
    assert snapshot.prices == {
        "USD": exact(87.45),  # <Value>87,4500</Value> per Nominal 1
        "EUR": exact(101.5076),  # 101,5076
        "CNY": exact(12.8707),  # 12,8707
        "KZT": exact(0.1859),  # 0,1859
        "RUB": exact(1.2263),  # 1,2263
    }


def test_nbkr_daily_gives_the_ticker_it_can_against_usd():
    snapshot = nbkr.parse(NBKR_DAILY.read_bytes())
    assert usd_crosses(snapshot) == {
        "KGS": exact(1 / 87.45),  # 0.0114351...
        "KZT": exact(0.1859 / 87.45),  # 0.0021257...
        "TJS": None,  # TJS, UZS and TMT are in the weekly file only
        "UZS": None,
        "TMT": None,
    }
    assert ticker_line(compute_quotes(TICKER, "USD", [snapshot])) == (
        "KGS/USD 0.01144  KZT/USD 0.002126"
    )


def test_nbkr_weekly_lists_forty_currencies_but_not_usd():
    snapshot = nbkr.parse(NBKR_WEEKLY.read_bytes())
    assert snapshot.valid_on == date(2026, 5, 23)  # Date="23.05.2026"
    prices = snapshot.prices
    assert len(prices) == 40
    assert prices["TJS"] == exact(9.4148)  # 9,4148 per 1
    assert prices["UZS"] == exact(0.0073)  # 0,0073 per 1: two significant digits
    assert prices["TMT"] == exact(24.9857)  # 24,9857 per 1
    assert prices["JPY"] == exact(0.54969)  # 5,4969 per Nominal 10
    assert prices["BYR"] == exact(0.003402)  # 0,3402 per 100 (the pre-2016 rouble code)
    assert prices["IRR"] == exact(0.00007)  # 0,0007 per 10
    assert "USD" not in prices
    assert usd_crosses(snapshot) == dict.fromkeys(TICKER)
    # Crosses between the listed currencies do work: 24.9857 / 9.4148 = 2.6538... TJS per TMT.
    assert snapshot.price("TMT", "TJS") == exact(24.9857 / 9.4148)


def test_nbkr_decodes_windows_1251_as_declared():
    # "Курсы" in windows-1251 is not valid UTF-8: only the declaration makes it readable.
    body = (
        b'<?xml version="1.0" encoding="windows-1251" ?>\n'
        b'<CurrencyRates Name="\xca\xf3\xf0\xf1\xfb" Date="02.01.2026">'
        b'<Currency ISOCode="USD"><Nominal>1</Nominal><Value>87,4500</Value></Currency>'
        b"</CurrencyRates>"
    )
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert etree.fromstring(body).get("Name") == "Курсы"
    assert nbkr.parse(body).prices == {"USD": 87.45}


def test_nbkr_skips_malformed_entries_and_the_anchor():
    body = nbkr_file(
        ("USD", "1", "87,4500"),
        ("KGS", "1", "1,0000"),  # the anchor itself
        ("EUR", "1", "101.5076"),  # a decimal point is read too
        ("CNY", "1", "12,87,07"),
        ("KZT", "one", "0,1859"),
        ("RUB", "1", ""),
        ("JPY", "0", "5,4969"),
        ("TRY", "1", "-1,9118"),
        ("", "1", "2,0"),
        ("AMD", "10", "2,3773"),
    )
    assert nbkr.parse(body).prices == {
        "USD": 87.45,
        "EUR": 101.5076,
        "AMD": pytest.approx(0.23773),  # 2,3773 per 10
    }


def test_nbkr_without_a_date_raises_rates_error():
    body = nbkr_file(("USD", "1", "87,4500")).replace(b' Date="02.01.2026"', b"")
    with pytest.raises(RatesError, match="no readable Date"):
        nbkr.parse(body)


# --- CBU ----------------------------------------------------------------------------------


def test_cbu_reads_numbers_written_as_strings():
    snapshot = cbu.parse(CBU_FILE.read_bytes())
    assert snapshot.valid_on == date(2026, 4, 1)  # "Date": "01.04.2026"
    assert snapshot.anchor == "UZS"
    assert snapshot.provider == "cbu"
    prices = snapshot.prices
    assert prices["USD"] == exact(12194.21)  # "Rate": "12194.21" per "Nominal": "1"
    assert prices["EUR"] == exact(13984.32)
    assert prices["RUB"] == exact(149.97)
    assert prices["IDR"] == exact(0.718)  # "7.18" per "10"
    assert prices["VND"] == exact(0.463)  # "4.63" per "10"
    assert prices["IRR"] == exact(0.009)  # "0.09" per "10": one significant digit
    assert len(prices) == 75  # 75 rows, UZS not among them


def test_cbu_gives_the_ticker_against_usd():
    snapshot = cbu.parse(CBU_FILE.read_bytes())
    assert usd_crosses(snapshot) == {
        "KGS": exact(139.40 / 12194.21),  # 0.0114316...
        "KZT": exact(25.53 / 12194.21),  # 0.0020936...
        "TJS": exact(1272.88 / 12194.21),  # 0.1043839...
        "UZS": exact(1 / 12194.21),  # 0.0000820061...
        # 4037.68 / 12194.21 = 0.33111...: CBU's manat is 3.0201 per USD, not the 3.5 peg.
        "TMT": exact(4037.68 / 12194.21),
    }
    assert ticker_line(compute_quotes(TICKER, "USD", [snapshot])) == (
        "KGS/USD 0.01143  KZT/USD 0.002094  TJS/USD 0.1044  UZS/USD 0.00008201  TMT/USD 0.3311"
    )


def test_cbu_publishes_diff_in_uzs_per_nominal():
    changes = cbu.published_changes(CBU_FILE.read_bytes())
    assert changes["USD"] == -16.5  # "Diff": "-16.5"
    assert changes["EUR"] == -51.89
    assert changes["TMT"] == 108.25  # "108.25": +2.75% in a day while USD fell
    assert changes["ZAR"] == 0.45
    assert changes["IRR"] == 0.0  # "0", per 10 rials
    assert len(changes) == 75


def test_cbu_keeps_the_newest_date_and_skips_malformed_rows():
    body = cbu_file(
        cbu_row("USD", "1", "12194.21", "-16.5", "02.01.2026"),
        cbu_row("EUR", "1", "13900.00", "1", "01.01.2026"),  # older date: dropped
        cbu_row("UZS", "1", "1", "0", "02.01.2026"),  # the anchor itself
        cbu_row("RUB", "1", "149.97 UZS", "0", "02.01.2026"),
        cbu_row("GBP", "0", "16113.43", "0", "02.01.2026"),
        cbu_row("JPY", "1", "", "0", "02.01.2026"),
        cbu_row("CNY", "1", "1765.33", "0", "2026-01-02"),  # wrong date format
        {"Ccy": "KZT", "Nominal": 1, "Rate": 25.53, "Diff": 0.14, "Date": "02.01.2026"},
        {"Ccy": "KGS", "Nominal": True, "Rate": "139.40", "Date": "02.01.2026"},
        {"Ccy": "TJS", "Nominal": "1", "Rate": "1272.88", "Date": "02.01.2026"},  # no Diff
        "USD",
        None,
        ["IDR", "10", "7.18"],
    )
    assert cbu.parse(body).prices == {"USD": 12194.21, "KZT": 25.53, "TJS": 1272.88}
    assert cbu.published_changes(body) == {"USD": -16.5, "KZT": 0.14}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{}", "not a JSON array"),
        (b'{"Ccy": "USD", "Rate": "12194.21"}', "not a JSON array"),
        (b'"USD"', "not a JSON array"),
        (b"null", "not a JSON array"),
        (b"[]", "no usable rates"),
        (b"[1, 2, 3]", "no usable rates"),
        (b'[["USD", "1", "12194.21"]]', "no usable rates"),
        (b'[{"Ccy": "USD", "Rate": "12194.21"}]', "no usable rates"),
    ],
)
def test_cbu_json_of_the_wrong_shape_raises_rates_error(body, message):
    with pytest.raises(RatesError, match=message):
        cbu.parse(body)


# --- CBT ----------------------------------------------------------------------------------


def test_cbt_is_valid_on_its_date_with_usd_at_the_peg():
    snapshot = cbt.parse(CBT_FILE.read_bytes())
    assert snapshot.valid_on == date(2026, 5, 20)  # <date>20.05.2026</date>
    assert snapshot.anchor == "TMT"
    assert snapshot.provider == "cbt"
    assert snapshot.prices["USD"] == 3.5  # rate_tmt 3.5 per multiplier 1
    assert len(snapshot.prices) == 48  # 48 <rate>s, TMT not among them


def test_cbt_reads_rate_usd_in_the_direction_rate_tmt_confirms():
    prices = cbt.parse(CBT_FILE.read_bytes()).prices
    # Units per USD: KZT rate_usd 471.44 -> 3.5 / 471.44 = 0.0074240... TMT
    # (rate_tmt 0.7424 per multiplier 100 -> 0.007424 agrees to its last digit).
    assert prices["KZT"] == exact(3.5 / 471.44)
    assert prices["KGS"] == exact(3.5 / 87.45)  # rate_tmt 4.0023 per 100
    assert prices["UZS"] == exact(3.5 / 12014.27)  # rate_tmt 0.2913 per 1000
    assert prices["TJS"] == exact(3.5 / 9.24)  # rate_tmt 0.3788 per 1
    # USD per unit: EUR rate_usd 1.1614 -> 3.5 * 1.1614 = 4.0649 (rate_tmt 4.0649).
    assert prices["EUR"] == exact(3.5 * 1.1614)
    assert prices["GBP"] == exact(3.5 * 1.3392)  # 4.6872
    assert prices["AUD"] == exact(3.5 * 0.711)  # 2.4885
    assert prices["XDR"] == exact(3.5 * 1.36694)  # 4.78429 (rate_tmt 4.7843)
    # Where rate_tmt keeps three digits, rate_usd keeps them all: EGP 3.5 / 53.08 =
    # 0.0659382 where rate_tmt says 0.0659; IRR 3.5 / 1319257 per unit (rate_tmt 0.0265 per
    # 10,000 against 0.0265301 recomputed).
    assert prices["EGP"] == exact(3.5 / 53.08)
    assert prices["IRR"] == exact(3.5 / 1319257)


def test_cbt_every_price_rounds_to_the_published_rate_tmt():
    root = etree.fromstring(CBT_FILE.read_bytes())
    prices = cbt.parse(CBT_FILE.read_bytes()).prices
    for rate in root.iter("rate"):
        multiplier = int(rate.findtext("multiplier") or "")
        published = float(rate.findtext("rate_tmt") or "")
        # rate_tmt has four decimals: off by less than one unit of the fourth.
        assert abs(prices[rate.get("code") or ""] * multiplier - published) < 0.0001


def test_cbt_gives_the_ticker_against_usd():
    snapshot = cbt.parse(CBT_FILE.read_bytes())
    # Every price is 3.5 / (units per USD), so X/USD is 1 / (units per USD) exactly.
    assert usd_crosses(snapshot) == {
        "KGS": exact(1 / 87.45),  # 0.0114351... (NBKR's daily USD says 87,4500 too)
        "KZT": exact(1 / 471.44),  # 0.0021211...
        "TJS": exact(1 / 9.24),  # 0.1082251...
        "UZS": exact(1 / 12014.27),  # 0.0000832343...
        "TMT": exact(1 / 3.5),  # the anchor against USD 3.5: 0.2857142...
    }
    assert ticker_line(compute_quotes(TICKER, "USD", [snapshot])) == (
        "KGS/USD 0.01144  KZT/USD 0.002121  TJS/USD 0.1082  UZS/USD 0.00008323  TMT/USD 0.2857"
    )


def test_cbt_falls_back_to_rate_tmt_when_rate_usd_cannot_be_used():
    body = cbt_file(
        ("USD", "1", "1", "3.5"),
        ("KZT", "471.44", "100", "0.7424"),
        ("RUB", "", "100", "4.9088"),  # no rate_usd
        ("CNY", "9.9", "1", "0.5142"),  # disagrees with rate_tmt either way
        ("TMT", "3.5", "1", "1"),  # the anchor itself
        ("EUR", "1.1614", "1", "abc"),  # no usable rate_tmt: skipped
        ("GBP", "1.3392", "0", "4.6872"),  # multiplier 0: skipped
    )
    assert cbt.parse(body).prices == {
        "USD": 3.5,
        "KZT": exact(3.5 / 471.44),
        "RUB": exact(0.049088),  # 4.9088 per 100
        "CNY": exact(0.5142),  # 3.5 / 9.9 = 0.3535 is not 0.5142: trust rate_tmt
    }


def test_cbt_without_a_usd_entry_uses_rate_tmt_alone():
    body = cbt_file(("KZT", "471.44", "100", "0.7424"), ("EUR", "1.1614", "1", "4.0649"))
    snapshot = cbt.parse(body)
    assert snapshot.prices == {"KZT": exact(0.007424), "EUR": exact(4.0649)}
    assert snapshot.price("KZT", "USD") is None


def test_cbt_reads_the_older_iso_date():
    body = cbt_file(("USD", "1", "1", "3.5")).replace(b"02.01.2026", b"2023-01-02")
    assert cbt.parse(body).valid_on == date(2023, 1, 2)


# --- broken answers, every provider -------------------------------------------------------


XML_PROVIDERS = [
    pytest.param(nbk, NBK_RSS, id="nbk-rss"),
    pytest.param(nbk, NBK_DATED, id="nbk-dated"),
    pytest.param(nbkr, NBKR_DAILY, id="nbkr-daily"),
    pytest.param(nbkr, NBKR_WEEKLY, id="nbkr-weekly"),
    pytest.param(cbt, CBT_FILE, id="cbt"),
]
ALL_PROVIDERS = [nbk, nbkr, cbu, cbt]


@pytest.mark.parametrize("module", ALL_PROVIDERS, ids=lambda module: module.NAME)
@pytest.mark.parametrize("body", [b"", b"  \r\n", b"<html><body>502 Bad Gateway</body></html>"])
def test_empty_or_html_answer_raises_rates_error(module, body):
    with pytest.raises(RatesError, match=module.NAME):
        module.parse(body)


@pytest.mark.parametrize(("module", "fixture"), XML_PROVIDERS)
def test_truncated_xml_raises_rates_error(module, fixture):
    body = fixture.read_bytes()
    with pytest.raises(RatesError, match="not well-formed XML"):
        module.parse(body[: len(body) // 2])


def test_truncated_json_raises_rates_error():
    body = CBU_FILE.read_bytes()
    with pytest.raises(RatesError, match="not JSON"):
        cbu.parse(body[: len(body) // 2])


@pytest.mark.parametrize(("module", "fixture"), XML_PROVIDERS)
def test_another_xml_document_raises_rates_error(module, fixture):
    with pytest.raises(RatesError, match="unexpected answer"):
        module.parse(b'<?xml version="1.0"?><ValCurs Date="02.01.2026"/>')


@pytest.mark.parametrize(("module", "fixture"), XML_PROVIDERS)
def test_a_doctype_is_refused(module, fixture):
    # An internal entity (the start of a "billion laughs") and an external one (a file read).
    body = fixture.read_bytes()
    declaration, _, rest = body.partition(b"?>")
    for doctype in (
        b'<!DOCTYPE r [<!ENTITY x "1">]>',
        b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/x.dtd">',
    ):
        with pytest.raises(RatesError, match="DOCTYPE"):
            module.parse(declaration + b"?>" + doctype + rest)


@pytest.mark.parametrize(("module", "fixture"), XML_PROVIDERS)
def test_a_well_formed_answer_without_usable_entries_raises_rates_error(module, fixture):
    # The real document with every number blanked out.
    root = etree.fromstring(fixture.read_bytes())
    for element in root.iter("description", "Value", "rate_tmt"):
        element.text = "n/a"
    with pytest.raises(RatesError, match="no usable rates"):
        module.parse(etree.tostring(root, xml_declaration=True, encoding="utf-8"))


@pytest.mark.parametrize(
    "module, body",
    [
        (nbk, b"<rates><item><title>USD</title></item></rates>"),
        (nbk, b"<rss><channel><item><title>USD</title></item></channel></rss>"),
        (nbkr, b'<CurrencyRates Date="2026-01-02"/>'),
        (cbt, b"<cbt_currency_rate><date>20/05/2026</date></cbt_currency_rate>"),
    ],
)
def test_an_answer_without_a_readable_date_raises_rates_error(module, body):
    with pytest.raises(RatesError, match=r"(?i)date"):
        module.parse(body)


# --- building small documents of the real shapes --------------------------------------------


def rss(*items: tuple[str, str, str, str]) -> bytes:
    """An NBK rates_all.xml feed of (title, pubDate, description, quant) items."""
    body = "".join(
        f"<item><title>{code}</title><pubDate>{published}</pubDate>"
        f"<description>{value}</description><quant>{quant}</quant>"
        "<index></index><change>0.00</change><link /></item>"
        for code, published, value, quant in items
    )
    head = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0">'
    return f"{head}<channel>{body}</channel></rss>".encode()


def nbkr_file(*currencies: tuple[str, str, str]) -> bytes:
    """An NBKR daily.xml of (ISOCode, Nominal, Value) entries, windows-1251 declared."""
    body = "".join(
        f'<Currency ISOCode="{code}"><Nominal>{nominal}</Nominal><Value>{value}</Value></Currency>'
        for code, nominal, value in currencies
    )
    return (
        '<?xml version="1.0" encoding="windows-1251" ?>\n'
        f'<CurrencyRates Name="Daily Exchange Rates" Date="02.01.2026">{body}</CurrencyRates>'
    ).encode("cp1251")


def cbu_row(code: str, nominal: str, rate: str, diff: str, valid_on: str) -> dict[str, str]:
    return {"Ccy": code, "Nominal": nominal, "Rate": rate, "Diff": diff, "Date": valid_on}


def cbu_file(*rows: object) -> bytes:
    return json.dumps(list(rows)).encode()


def cbt_file(*rates: tuple[str, str, str, str]) -> bytes:
    """A CBT day file of (code, rate_usd, multiplier, rate_tmt) entries."""
    body = "".join(
        f'<rate code="{code}"><name>X</name><rate_usd>{usd}</rate_usd>'
        f"<multiplier>{multiplier}</multiplier><rate_tmt>{tmt}</rate_tmt></rate>"
        for code, usd, multiplier, tmt in rates
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        f'<cbt_currency_rate name="CBT Currency XML"><date>02.01.2026</date>{body}'
        "</cbt_currency_rate>"
    ).encode()


def test_cbu_published_diff_matches_the_change_computed_from_stored_history(tmp_path):
    """CBU's own "Diff" and the change Caravan computes from two stored days agree."""
    from contextlib import closing
    from functools import partial

    from desktop_app.config import RatesSettings
    from desktop_app.services.rates import current_quotes
    from desktop_app.store import rates as rate_store
    from desktop_app.store.db import Database

    body = CBU_FILE.read_bytes()
    today = cbu.parse(body)
    diff = cbu.published_changes(body)["USD"]  # -16.5 sum per dollar since the day before
    # The day before, as CBU's own Diff says: 12194.21 - (-16.5) = 12210.71 sum per dollar.
    yesterday = RateSnapshot("cbu", date(2026, 3, 31), "UZS", {"USD": 12194.21 - diff})
    database = Database(tmp_path / "caravan.sqlite3")
    try:
        for snapshot in (yesterday, today):
            database.writer.run(partial(rate_store.save_snapshot, snapshot=snapshot))
        with closing(database.reader()) as reader:
            [quote] = current_quotes(reader, RatesSettings(provider="cbu", pairs=("USD/UZS",)))
    finally:
        database.close()
    assert quote.value == exact(12194.21)
    assert quote.change_percent is not None
    assert quote.change_percent == exact(diff / (12194.21 - diff) * 100)  # -0.1351...%
    assert round(quote.change_percent, 2) == -0.14
