"""The Central Bank of Uzbekistan's official rates, in sum.

A JSON array of ``{"Ccy": "USD", "Nominal": "1", "Rate": "12194.21", "Diff": "-16.5",
"Date": "01.04.2026", ...}``: every number is a string, ``Rate`` and ``Diff`` are UZS per
``Nominal`` units (IDR, IRR and VND per 10), ``Date`` is ``dd.mm.yyyy``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from desktop_app.domain import RateSnapshot
from desktop_app.errors import RatesError
from desktop_app.rates.bank_xml import currency_code, positive_count, positive_number
from desktop_app.rates.payload import day, signed_number, snapshot

NAME = "cbu"
TITLE = "Central Bank of the Republic of Uzbekistan"
DEFAULT_URL = "https://cbu.uz/en/arkhiv-kursov-valyut/json/"
ANCHOR = "UZS"


def url_for(on: date) -> str:
    """The dated endpoint (same shape), for one day's rates."""
    return f"https://cbu.uz/en/arkhiv-kursov-valyut/json/all/{on:%Y-%m-%d}/"


@dataclass(frozen=True, slots=True)
class _Row:
    code: str
    valid_on: date
    price: float  # UZS per one unit
    change: float | None  # UZS per Nominal units, as published


def parse(body: bytes) -> RateSnapshot:
    """UZS per one unit of each currency of the newest date; bad rows are skipped."""
    valid_on, rows = _read(body)
    return snapshot(NAME, valid_on, ANCHOR, [(row.code, row.price) for row in rows])


def published_changes(body: bytes) -> dict[str, float]:
    """CBU's own ``Diff`` per currency of the snapshot, in UZS per Nominal units."""
    valid_on, rows = _read(body)
    listed = snapshot(NAME, valid_on, ANCHOR, [(row.code, row.price) for row in rows]).prices
    changes: dict[str, float] = {}
    for row in rows:
        if row.code in listed and row.change is not None:
            changes.setdefault(row.code, row.change)
    return changes


def _read(body: bytes) -> tuple[date, list[_Row]]:
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise RatesError(f"{NAME}: the answer is not JSON ({error})") from error
    if not isinstance(payload, list):
        raise RatesError(f"{NAME}: unexpected answer (not a JSON array)")
    rows = [row for row in map(_row, payload) if row is not None and row.code != ANCHOR]
    if not rows:
        raise RatesError(f"{NAME}: the answer lists no usable rates")
    # One date per answer in practice; should they differ, the newest one is the snapshot.
    valid_on = max(row.valid_on for row in rows)
    return valid_on, [row for row in rows if row.valid_on == valid_on]


def _row(entry: object) -> _Row | None:
    if not isinstance(entry, dict):
        return None
    code = currency_code(_text(entry.get("Ccy")))
    nominal = positive_count(_text(entry.get("Nominal")))
    rate = positive_number(_text(entry.get("Rate")))
    valid_on = day(_text(entry.get("Date")), "%d.%m.%Y")
    if code is None or nominal is None or rate is None or valid_on is None:
        return None
    return _Row(code, valid_on, rate / nominal, signed_number(_text(entry.get("Diff"))))


def _text(value: object) -> str | None:
    """The string as written; a JSON number (which CBU does not send) as its digits."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None
