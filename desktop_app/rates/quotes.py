"""Ticker quotes from stored snapshots, and the one way numbers are written.

Formatting rules (PRODUCT.md): at least four significant digits (``0.00007862``, never
``0.00008``); thousands separators for large values (``12,718.40``); the change with two
decimals, an exact zero written ``0.00%`` and never ``-0%``; no previous value, no change.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop_app.domain import Quote, RateSnapshot

SIGNIFICANT_DIGITS = 4
UP, DOWN = "▲", "▼"


@dataclass(frozen=True, slots=True)
class NumberStyle:
    """Separators of the user's locale; the UI fills it from QLocale, the CLI from ``locale``."""

    decimal_point: str = "."
    group_separator: str = ","


def split_pair(pair: str, base: str) -> tuple[str, str]:
    """``"KGS"`` means KGS/base; ``"USD/UZS"`` is taken as written."""
    if "/" in pair:
        left, right = pair.split("/", 1)
        return left, right
    return pair, base


def compute_quotes(
    pairs: Sequence[str], base: str, snapshots: Sequence[RateSnapshot]
) -> list[Quote]:
    """Quotes for ``pairs`` from the newest snapshot, the change against the one before.

    ``snapshots`` are one provider's, newest first. A pair the provider does not list is left
    out rather than shown as a wrong number.
    """
    if not snapshots:
        return []
    latest = snapshots[0]
    previous = snapshots[1] if len(snapshots) > 1 else None
    quotes: list[Quote] = []
    for pair in pairs:
        left, right = split_pair(pair, base)
        value = latest.price(left, right)
        if value is None:
            continue
        before = previous.price(left, right) if previous is not None else None
        change = (value - before) / before * 100.0 if before else None
        quotes.append(
            Quote(
                base=left,
                quote=right,
                value=value,
                change_percent=change,
                valid_on=latest.valid_on,
                provider=latest.provider,
            )
        )
    return quotes


# Official mode: each Central Asian currency from its own central bank.
OFFICIAL_SOURCES: dict[str, str] = {
    "KZT": "nbk",
    "KGS": "nbkr",
    "UZS": "cbu",
    "TJS": "nbt",
    "TMT": "cbt",
}


def official_source(pair: str, base: str) -> str | None:
    """The central bank that publishes ``pair`` officially, if one of its sides has one."""
    left, right = split_pair(pair, base)
    return OFFICIAL_SOURCES.get(left) or OFFICIAL_SOURCES.get(right)


def compute_official_quotes(
    pairs: Sequence[str],
    base: str,
    banks: Mapping[str, Sequence[RateSnapshot]],
    fallback: Sequence[RateSnapshot],
) -> list[Quote]:
    """Quotes in official mode: a pair with a Central Asian currency comes from that
    currency's central bank (``banks``: each bank's snapshots, newest first) — directly when
    the bank publishes the other side too (the dollar always), else through the bank's own
    US dollar rate and the dollar's value from the ``fallback`` provider. Any other pair, or
    one whose bank has nothing stored, comes from ``fallback``.

    The change is the bank's own day-to-day change: both days are converted with the same
    dollar rate.
    """
    quotes: list[Quote] = []
    for pair in pairs:
        left, right = split_pair(pair, base)
        bank = official_source(pair, base)
        snapshots = banks.get(bank, ()) if bank else ()
        quote = _official_quote(left, right, snapshots, fallback[0] if fallback else None)
        if quote is None:
            quote = next(iter(compute_quotes([f"{left}/{right}"], base, fallback)), None)
        if quote is not None:
            quotes.append(quote)
    return quotes


def _official_quote(
    left: str, right: str, snapshots: Sequence[RateSnapshot], fallback: RateSnapshot | None
) -> Quote | None:
    if not snapshots:
        return None

    def value(snapshot: RateSnapshot) -> float | None:
        direct = snapshot.price(left, right)  # both sides published by the bank
        if direct is not None:
            return direct
        national, other = (left, right) if left == snapshot.anchor else (right, left)
        in_dollars = snapshot.price(national, "USD")  # through the bank's own dollar rate
        dollar = fallback.price("USD", other) if fallback is not None else None
        if in_dollars is None or dollar is None or in_dollars * dollar == 0:
            return None
        return in_dollars * dollar if national == left else 1.0 / (in_dollars * dollar)

    latest = snapshots[0]
    today = value(latest)
    if today is None:
        return None
    before = value(snapshots[1]) if len(snapshots) > 1 else None
    return Quote(
        base=left,
        quote=right,
        value=today,
        change_percent=(today - before) / before * 100.0 if before else None,
        valid_on=latest.valid_on,
        provider=latest.provider,
    )


def format_value(value: float, style: NumberStyle = NumberStyle()) -> str:
    """At least four significant digits, at least two decimals, grouped thousands."""
    if value == 0 or not math.isfinite(value):
        return "0" + style.decimal_point + "00" if value == 0 else str(value)
    magnitude = math.floor(math.log10(abs(value)))
    decimals = max(2, SIGNIFICANT_DIGITS - 1 - magnitude)
    text = f"{value:,.{decimals}f}"
    # Rounding can carry into a new digit (0.099996 → 0.1000): still four significant digits.
    return (
        text.replace(",", "\0")
        .replace(".", style.decimal_point)
        .replace("\0", style.group_separator)
    )


def rounded_change(change_percent: float) -> float:
    """The change as displayed (two decimals), with negative zero folded into zero."""
    rounded = round(change_percent, 2)
    return 0.0 if rounded == 0 else rounded


def format_change(
    change_percent: float | None,
    style: NumberStyle = NumberStyle(),
    separator: str = " ",
) -> str:
    """``▼ 0.86%``, ``▲ 0.11%``, ``0.00%``; empty when the change is unknown."""
    if change_percent is None or not math.isfinite(change_percent):
        return ""
    shown = rounded_change(change_percent)
    number = f"{abs(shown):.2f}%".replace(".", style.decimal_point)
    if shown > 0:
        return f"{UP}{separator}{number}"
    if shown < 0:
        return f"{DOWN}{separator}{number}"
    return number


def direction(change_percent: float | None) -> int:
    """+1 up, -1 down, 0 unchanged or unknown: what colour the ticker gives the item."""
    if change_percent is None or not math.isfinite(change_percent):
        return 0
    shown = rounded_change(change_percent)
    return (shown > 0) - (shown < 0)


def format_quote(
    quote: Quote,
    style: NumberStyle = NumberStyle(),
    separator: str = " ",
) -> str:
    change = format_change(quote.change_percent, style, separator)
    text = f"{quote.pair} {format_value(quote.value, style)}"
    return f"{text} {change}" if change else text


def ticker_line(quotes: Sequence[Quote], style: NumberStyle = NumberStyle()) -> str:
    """The whole ticker as one line of text, as ``caravan rates`` prints it."""
    return "  ".join(format_quote(quote, style, separator="") for quote in quotes)
