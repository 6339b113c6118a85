"""The open.er-api.com payload → a RateSnapshot, on the real recorded answer and on broken ones."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_app.errors import CaravanError, RatesError
from desktop_app.rates import open_er_api
from desktop_app.rates.quotes import compute_quotes, format_value, ticker_line

FIXTURE = (
    Path(__file__).parents[1] / "fixtures" / "rates" / "open-er-api_latest_USD_2024-08-19.json"
)

# Straight from the file: units of each currency per one USD.
KGS_PER_USD = 85.734152
KZT_PER_USD = 478.947251
TJS_PER_USD = 10.605885
UZS_PER_USD = 12707.572003
TMT_PER_USD = 3.500532


def payload(**changes: Any) -> bytes:
    """A small valid answer of the same shape as the real one, with ``changes`` applied."""
    document: dict[str, Any] = {
        "result": "success",
        "time_last_update_unix": 1724025751,
        "base_code": "USD",
        "rates": {"USD": 1, "KGS": KGS_PER_USD, "KZT": KZT_PER_USD},
    }
    document.update(changes)
    return json.dumps(document).encode()


@pytest.fixture(scope="module")
def real_body() -> bytes:
    return FIXTURE.read_bytes()


# --- the real payload -----------------------------------------------------------------------


def test_real_payload_is_valid_on_the_utc_day_of_its_last_update(real_body):
    # time_last_update_unix 1724025751 = 19954 days * 86400 s + 151 s; day 19954 after
    # 1970-01-01 is 2024-08-19, and 151 s is 00:02:31 — the file's own "time_last_update_utc"
    # says "Mon, 19 Aug 2024 00:02:31 +0000".
    assert 1724025751 == 19954 * 86400 + 2 * 60 + 31
    snapshot = open_er_api.parse(real_body)
    assert snapshot.valid_on == date(2024, 8, 19)
    assert snapshot.anchor == "USD"
    assert snapshot.provider == "open-er-api"


def test_real_payload_prices_are_usd_per_unit(real_body):
    snapshot = open_er_api.parse(real_body)
    # "KGS": 85.734152 som per dollar → one som costs 1 / 85.734152 = 0.0116639... USD.
    assert snapshot.prices["KGS"] == pytest.approx(1 / KGS_PER_USD, rel=1e-12)
    assert snapshot.prices["KGS"] == pytest.approx(0.01166396327, rel=1e-9)
    # "KZT": 478.947251 → 1 / 478.947251 = 0.00208791...
    assert snapshot.prices["KZT"] == pytest.approx(0.002087912600, rel=1e-9)
    # "TJS": 10.605885 → 0.0942872...
    assert snapshot.prices["TJS"] == pytest.approx(0.09428727541, rel=1e-9)
    # "UZS": 12707.572003 → 0.0000786932...
    assert snapshot.prices["UZS"] == pytest.approx(0.00007869323894, rel=1e-9)
    # "TMT": 3.500532 → 0.285670...
    assert snapshot.prices["TMT"] == pytest.approx(0.2856708637, rel=1e-9)
    # "EUR": 0.907539 → 1.10188... (a currency worth more than a dollar)
    assert snapshot.prices["EUR"] == pytest.approx(1 / 0.907539, rel=1e-12)
    # "BMD": 1 (pegged) → exactly 1.
    assert snapshot.prices["BMD"] == 1.0


def test_real_payload_keeps_every_rate_except_the_anchor_itself(real_body):
    rates = json.loads(real_body)["rates"]
    assert len(rates) == 162  # 162 codes in the file, "USD": 1 among them
    snapshot = open_er_api.parse(real_body)
    assert "USD" not in snapshot.prices
    assert set(snapshot.prices) == set(rates) - {"USD"}
    assert len(snapshot.prices) == 161


def test_real_payload_gives_the_central_asian_ticker_against_usd(real_body):
    snapshot = open_er_api.parse(real_body)
    pairs = ["KGS", "KZT", "TJS", "UZS", "TMT"]
    quotes = compute_quotes(pairs, "USD", [snapshot])
    assert [q.pair for q in quotes] == ["KGS/USD", "KZT/USD", "TJS/USD", "UZS/USD", "TMT/USD"]
    assert [format_value(q.value) for q in quotes] == [
        "0.01166",  # 1 / 85.734152    = 0.011663963...
        "0.002088",  # 1 / 478.947251  = 0.002087912...
        "0.09429",  # 1 / 10.605885    = 0.094287275...
        "0.00007869",  # 1 / 12707.572003 = 0.000078693...
        "0.2857",  # 1 / 3.500532      = 0.285670863...
    ]
    assert all(q.change_percent is None for q in quotes)  # one snapshot: no change to show
    assert all(q.valid_on == date(2024, 8, 19) for q in quotes)
    assert ticker_line(quotes) == (
        "KGS/USD 0.01166  KZT/USD 0.002088  TJS/USD 0.09429  UZS/USD 0.00007869  TMT/USD 0.2857"
    )


def test_real_payload_gives_inverted_pairs_with_grouped_thousands(real_body):
    snapshot = open_er_api.parse(real_body)
    quotes = compute_quotes(["USD/UZS", "USD/KZT", "USD/TMT"], "USD", [snapshot])
    # Inverting 1 / 12707.572003 gives back 12707.572003 → "12,707.57".
    assert [format_value(q.value) for q in quotes] == ["12,707.57", "478.95", "3.501"]


# --- broken answers -------------------------------------------------------------------------


def test_error_answer_raises_rates_error_naming_the_error_type():
    body = b'{"result":"error","error-type":"unsupported-code"}'
    with pytest.raises(RatesError, match="unsupported-code"):
        open_er_api.parse(body)


def test_answer_without_result_raises_rates_error():
    with pytest.raises(RatesError, match="no result"):
        open_er_api.parse(b'{"base_code": "USD", "rates": {"KGS": 85.7}}')


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<html><body>502 Bad Gateway</body></html>",
        b'{"result": "success", "rates": {',
        b"\xff\xfe\x00garbage",
    ],
)
def test_answer_that_is_not_json_raises_rates_error(body):
    with pytest.raises(RatesError, match="not JSON"):
        open_er_api.parse(body)


@pytest.mark.parametrize("body", [b"[]", b'"success"', b"42", b"null"])
def test_answer_that_is_not_an_object_raises_rates_error(body):
    with pytest.raises(RatesError, match="not a JSON object"):
        open_er_api.parse(body)


def test_answer_without_rates_raises_rates_error():
    document = json.loads(payload())
    del document["rates"]
    with pytest.raises(RatesError, match="no base_code or rates"):
        open_er_api.parse(json.dumps(document).encode())


def test_answer_with_rates_not_an_object_raises_rates_error():
    with pytest.raises(RatesError, match="no base_code or rates"):
        open_er_api.parse(payload(rates=[["KGS", 85.7]]))


def test_answer_without_base_code_raises_rates_error():
    with pytest.raises(RatesError, match="no base_code or rates"):
        open_er_api.parse(payload(base_code=None))


@pytest.mark.parametrize("updated", [None, "1724025751", True])
def test_answer_without_a_numeric_update_time_raises_rates_error(updated):
    with pytest.raises(RatesError, match="time_last_update_unix"):
        open_er_api.parse(payload(time_last_update_unix=updated))


@pytest.mark.parametrize("updated", ["1e20", "-1e20", "NaN", "Infinity"])
def test_answer_with_an_impossible_update_time_raises_rates_error(updated):
    # Python's json accepts NaN/Infinity literals; a timestamp outside the calendar must be a
    # RatesError the refresh can report, not an OverflowError/ValueError that escapes it.
    body = payload(time_last_update_unix=0).replace(b'"time_last_update_unix": 0', b"X")
    body = body.replace(b"X", f'"time_last_update_unix": {updated}'.encode())
    with pytest.raises(RatesError, match="time_last_update_unix"):
        open_er_api.parse(body)


def test_answer_with_only_unusable_rates_raises_rates_error():
    rates = {"USD": 1, "KGS": 0, "KZT": -478.9, "TJS": "10.6", "UZS": None, "TMT": True}
    with pytest.raises(RatesError, match="no usable rates"):
        open_er_api.parse(payload(rates=rates))


def test_answer_with_empty_rates_raises_rates_error():
    with pytest.raises(RatesError, match="no usable rates"):
        open_er_api.parse(payload(rates={}))


def test_bad_rate_values_are_skipped_and_good_ones_kept():
    rates = {
        "KGS": KGS_PER_USD,
        "KZT": -478.947251,  # negative
        "TJS": 0,  # zero: would divide by zero
        "UZS": "12707.572003",  # a string
        "TMT": None,
        "RUB": True,  # a bool is not a number here
        "EUR": [0.9],
        "GBP": {"value": 0.77},
        "LONGCODE": 3.0,  # not a three-letter code
        "": 1.0,
    }
    snapshot = open_er_api.parse(payload(rates=rates))
    assert snapshot.prices == {"KGS": pytest.approx(1 / KGS_PER_USD)}


def test_nan_and_infinite_rate_values_are_skipped():
    # The JSON literals NaN and Infinity are accepted by Python's json module.
    body = (
        b'{"result":"success","time_last_update_unix":1724025751,"base_code":"USD",'
        b'"rates":{"KGS":NaN,"KZT":Infinity,"TJS":-Infinity,"TMT":3.500532}}'
    )
    snapshot = open_er_api.parse(body)
    assert snapshot.prices == {"TMT": pytest.approx(1 / TMT_PER_USD)}


def test_integer_rates_are_accepted():
    # "BBD": 2 in the real file: an int, not a float.
    snapshot = open_er_api.parse(payload(rates={"BBD": 2}))
    assert snapshot.prices == {"BBD": 0.5}


def test_lower_case_codes_are_upper_cased():
    snapshot = open_er_api.parse(payload(base_code="usd", rates={"kgs": KGS_PER_USD}))
    assert snapshot.anchor == "USD"
    assert set(snapshot.prices) == {"KGS"}


def test_rates_error_is_a_caravan_error_the_refresh_reports():
    assert issubclass(RatesError, CaravanError)
