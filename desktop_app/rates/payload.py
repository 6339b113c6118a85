"""What the nbk, nbkr, cbu and cbt parsers share beyond ``bank_xml``: dates, the signed
changes a bank publishes, and the finished snapshot."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, datetime

from desktop_app.domain import RateSnapshot
from desktop_app.errors import RatesError
from desktop_app.rates.bank_xml import keep_unambiguous

# A plain decimal, point or comma: float() would also take "nan", "1_000" and other digits.
_SIGNED = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?")


def signed_number(text: str | None) -> float | None:
    """A published change such as ``"+0.11"``, ``"-16.5"`` or ``"0"``, else None."""
    if text is None or not _SIGNED.fullmatch(text.strip()):
        return None
    number = float(text.strip().replace(",", "."))
    return number if math.isfinite(number) else None


def day(text: str | None, *formats: str) -> date | None:
    """The date in the first of ``formats`` that reads all of ``text``, else None."""
    if text is None:
        return None
    for pattern in formats:
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


def snapshot(
    provider: str, valid_on: date, anchor: str, entries: Iterable[tuple[str, float]]
) -> RateSnapshot:
    """The snapshot of ``(code, price)`` entries, without the anchor and without a code listed
    twice with two prices; an answer with no usable price left is an error."""
    prices = keep_unambiguous(list(entries), anchor)
    if not prices:
        raise RatesError(f"{provider}: the answer lists no usable rates")
    return RateSnapshot(provider=provider, valid_on=valid_on, anchor=anchor, prices=prices)
