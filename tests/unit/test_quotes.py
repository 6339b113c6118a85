"""Ticker numbers: cross rates, the change against the previous day, and how both are written.

The formatting rules come from PRODUCT.md (Ticker): at least four significant digits, grouped
thousands, the change with two decimals and a direction, an exact zero as ``0.00%`` and never
``-0%``, and no change at all when there is no previous value.
"""

from __future__ import annotations

import math
from datetime import date

import pytest

from desktop_app.domain import Quote, RateSnapshot
from desktop_app.rates.quotes import (
    DOWN,
    UP,
    NumberStyle,
    compute_quotes,
    direction,
    format_change,
    format_quote,
    format_value,
    rounded_change,
    split_pair,
    ticker_line,
)

TODAY = date(2024, 8, 19)
YESTERDAY = date(2024, 8, 18)
NARROW_NBSP = "\u202f"


def snapshot(valid_on: date, prices: dict[str, float], provider: str = "test") -> RateSnapshot:
    return RateSnapshot(provider=provider, valid_on=valid_on, anchor="USD", prices=prices)


def quote(value: float, change: float | None, base: str = "KGS", quote: str = "USD") -> Quote:
    return Quote(base, quote, value, change, TODAY, "test")


# --- format_value ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1 / 85.734152, "0.01166"),  # KGS/USD: 0.0116639... → 4 significant digits
        (1 / 478.947251, "0.002088"),  # KZT/USD: 0.00208791...
        (1 / 12707.572003, "0.00007869"),  # UZS/USD: 0.0000786932...
        (1 / 10.605885, "0.09429"),  # TJS/USD: 0.0942872...
        (1 / 3.500532, "0.2857"),  # TMT/USD: 0.285670...
        (12707.572003, "12,707.57"),  # USD/UZS: grouped, two decimals
        (3.5, "3.500"),  # four significant digits even when the value is short
        (1.0, "1.000"),
        (0.001, "0.001000"),
        (1234567.891, "1,234,567.89"),
    ],
)
def test_value_is_written_with_at_least_four_significant_digits(value, expected):
    assert format_value(value) == expected


def test_value_rounding_up_to_a_new_digit_keeps_four_significant_digits():
    # 0.0999996 has magnitude -2 → 5 decimals → rounds up to 0.10000, never "0.1".
    assert format_value(0.0999996) == "0.10000"
    assert format_value(9.99996) == "10.000"


def test_value_of_zero_is_written_with_two_decimals():
    assert format_value(0.0) == "0.00"
    assert format_value(0.0, NumberStyle(decimal_point=",")) == "0,00"


def test_value_uses_custom_decimal_and_group_separators():
    style = NumberStyle(decimal_point=",", group_separator=NARROW_NBSP)
    assert format_value(12707.572003, style) == f"12{NARROW_NBSP}707,57"
    assert format_value(1234567.891, style) == f"1{NARROW_NBSP}234{NARROW_NBSP}567,89"
    assert format_value(1 / 12707.572003, style) == "0,00007869"


def test_value_with_separators_swapped_does_not_mix_them_up():
    # German style: "." groups, "," is the decimal point; a naive replace would give 12.707.57.
    style = NumberStyle(decimal_point=",", group_separator=".")
    assert format_value(12707.572003, style) == "12.707,57"


# --- format_change, direction ---------------------------------------------------------------


def test_change_that_rounds_to_zero_from_below_is_written_without_minus():
    assert format_change(-0.004) == "0.00%"


def test_change_of_exact_zero_is_written_without_sign():
    assert format_change(0.0) == "0.00%"
    assert format_change(-0.0) == "0.00%"


def test_unknown_change_is_written_as_nothing():
    assert format_change(None) == ""
    assert format_change(math.nan) == ""
    assert format_change(math.inf) == ""


def test_falling_change_has_down_arrow_and_no_minus():
    assert format_change(-0.86) == f"{DOWN} 0.86%"


def test_rising_change_has_up_arrow():
    assert format_change(0.11) == f"{UP} 0.11%"


def test_change_is_rounded_to_two_decimals():
    assert format_change(-0.14159) == "▼ 0.14%"
    assert format_change(12.345678) == "▲ 12.35%"
    assert format_change(0.006) == "▲ 0.01%"


def test_change_uses_the_styles_decimal_point_and_given_separator():
    style = NumberStyle(decimal_point=",")
    assert format_change(-0.86, style) == "▼ 0,86%"
    assert format_change(0.11, style, separator="") == "▲0,11%"
    assert format_change(0.0, style) == "0,00%"


def test_rounded_change_folds_negative_zero_into_zero():
    shown = rounded_change(-0.004)
    assert shown == 0.0
    assert math.copysign(1.0, shown) == 1.0


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (0.11, 1),
        (-0.86, -1),
        (0.0, 0),
        (-0.004, 0),  # shown as 0.00%: neutral colour, not red
        (0.004, 0),
        (None, 0),
        (math.nan, 0),
    ],
)
def test_direction_follows_the_change_as_displayed(change, expected):
    assert direction(change) == expected


# --- compute_quotes -------------------------------------------------------------------------


def test_split_pair_takes_a_lone_code_against_the_base_and_a_slash_pair_as_written():
    assert split_pair("KGS", "USD") == ("KGS", "USD")
    assert split_pair("USD/UZS", "EUR") == ("USD", "UZS")


def test_quotes_change_is_computed_against_the_previous_day():
    latest = snapshot(TODAY, {"KGS": 0.0119, "TJS": 0.0943})
    previous = snapshot(YESTERDAY, {"KGS": 0.0120, "TJS": 0.0943})
    quotes = compute_quotes(["KGS", "TJS"], "USD", [latest, previous])
    assert [q.pair for q in quotes] == ["KGS/USD", "TJS/USD"]
    kgs, tjs = quotes
    assert kgs.value == pytest.approx(0.0119)
    # (0.0119 - 0.0120) / 0.0120 * 100 = -0.0001 / 0.0120 * 100 = -0.8333...%
    assert kgs.change_percent == pytest.approx(-0.833333, abs=1e-6)
    assert format_change(kgs.change_percent) == "▼ 0.83%"
    # Same price both days: an exact zero change, written 0.00%.
    assert tjs.change_percent == 0.0
    assert format_change(tjs.change_percent) == "0.00%"
    assert kgs.valid_on == TODAY
    assert kgs.provider == "test"


def test_quotes_only_use_the_newest_two_snapshots():
    latest = snapshot(TODAY, {"KGS": 0.0121})
    previous = snapshot(YESTERDAY, {"KGS": 0.0110})
    older = snapshot(date(2024, 8, 17), {"KGS": 0.0001})
    (kgs,) = compute_quotes(["KGS"], "USD", [latest, previous, older])
    # (0.0121 - 0.0110) / 0.0110 * 100 = 0.0011 / 0.0110 * 100 = +10%
    assert kgs.change_percent == pytest.approx(10.0)


def test_quote_without_previous_snapshot_has_no_change():
    (kgs,) = compute_quotes(["KGS"], "USD", [snapshot(TODAY, {"KGS": 0.0119})])
    assert kgs.change_percent is None
    assert format_quote(kgs) == "KGS/USD 0.01190"


def test_quote_with_currency_missing_from_previous_snapshot_has_no_change():
    latest = snapshot(TODAY, {"KGS": 0.0119, "TMT": 0.2857})
    previous = snapshot(YESTERDAY, {"KGS": 0.0120})
    quotes = {q.pair: q for q in compute_quotes(["KGS", "TMT"], "USD", [latest, previous])}
    assert quotes["TMT/USD"].change_percent is None
    assert quotes["KGS/USD"].change_percent is not None


def test_pair_the_provider_does_not_list_is_left_out():
    latest = snapshot(TODAY, {"KGS": 0.0119})
    quotes = compute_quotes(["KGS", "XYZ", "USD/ABC"], "USD", [latest])
    assert [q.pair for q in quotes] == ["KGS/USD"]


def test_no_snapshots_give_no_quotes():
    assert compute_quotes(["KGS"], "USD", []) == []


def test_inverted_pair_gives_units_of_quote_currency_per_base():
    latest = snapshot(TODAY, {"UZS": 1 / 12707.572003})
    previous = snapshot(YESTERDAY, {"UZS": 1 / 12600.0})
    (usd_uzs,) = compute_quotes(["USD/UZS"], "USD", [latest, previous])
    assert usd_uzs.pair == "USD/UZS"
    assert usd_uzs.value == pytest.approx(12707.572003)
    assert format_value(usd_uzs.value) == "12,707.57"
    # (12707.572003 - 12600) / 12600 * 100 = 107.572003 / 126 = 0.853746...%
    assert usd_uzs.change_percent == pytest.approx(0.853746, abs=1e-6)
    assert format_quote(usd_uzs) == "USD/UZS 12,707.57 ▲ 0.85%"


def test_cross_pair_between_two_non_anchor_currencies():
    # 1 KZT = 1/478.947251 USD and 1 KGS = 1/85.734152 USD,
    # so 1 KGS = 478.947251 / 85.734152 = 5.58643... KZT.
    latest = snapshot(TODAY, {"KZT": 1 / 478.947251, "KGS": 1 / 85.734152})
    (kgs_kzt,) = compute_quotes(["KGS/KZT"], "USD", [latest])
    assert kgs_kzt.value == pytest.approx(478.947251 / 85.734152)
    assert format_value(kgs_kzt.value) == "5.586"


# --- ticker_line ----------------------------------------------------------------------------


def test_ticker_line_joins_quotes_with_two_spaces_and_no_space_after_the_arrow():
    quotes = [
        quote(1 / 85.734152, -0.86),
        quote(1 / 10.605885, 0.11, base="TJS"),
        quote(12707.572003, None, base="USD", quote="UZS"),
        quote(1 / 478.947251, -0.001, base="KZT"),
    ]
    assert ticker_line(quotes) == (
        "KGS/USD 0.01166 ▼0.86%  TJS/USD 0.09429 ▲0.11%  USD/UZS 12,707.57  KZT/USD 0.002088 0.00%"
    )


def test_ticker_line_uses_the_number_style():
    style = NumberStyle(decimal_point=",", group_separator=NARROW_NBSP)
    line = ticker_line([quote(12707.572003, -0.86, base="USD", quote="UZS")], style)
    assert line == f"USD/UZS 12{NARROW_NBSP}707,57 ▼0,86%"


def test_ticker_line_of_no_quotes_is_empty():
    assert ticker_line([]) == ""


def test_format_quote_puts_a_space_between_arrow_and_number_by_default():
    assert format_quote(quote(1 / 85.734152, -0.86)) == "KGS/USD 0.01166 ▼ 0.86%"


# --- the seed page's defects ----------------------------------------------------------------
# The seed showed "UZS/USD = 0.00008 0%", "KZT/USD = 0.00199 -0%" and "TJS/USD = 0.09168 0.11%".


def test_seed_defect_uzs_is_never_rounded_to_one_significant_digit():
    (uzs,) = compute_quotes(["UZS"], "USD", [snapshot(TODAY, {"UZS": 1 / 12707.572003})])
    assert format_value(uzs.value) == "0.00007869"
    assert format_value(uzs.value) != "0.00008"
    assert format_value(0.00007862) == "0.00007862"


def test_seed_defect_negative_zero_change_is_never_written():
    for tiny in (-0.0, -0.0001, -0.004, -0.00499, -1e-12):
        written = format_change(tiny)
        assert written == "0.00%"
        assert "-" not in written
    assert "-0" not in ticker_line([quote(1 / 478.947251, -0.003, base="KZT")])


def test_seed_defect_change_always_has_two_decimals_and_a_direction():
    assert format_change(0.0) != "0%"
    assert format_change(0.11) != "0.11%"
    assert format_change(0.11).startswith(UP)
