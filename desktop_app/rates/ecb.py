"""The European Central Bank's euro foreign exchange reference rates.

Shape (``eurofxref-daily.xml``; ``eurofxref-hist-90d.xml`` has one day-Cube per working day)::

    <gesmes:Envelope xmlns:gesmes="..." xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
      <Cube><Cube time="2025-05-09"><Cube currency="USD" rate="1.1252"/> ...

``rate`` is units of the currency per one euro, so one unit costs ``1 / rate`` euros. About 30
currencies, none of them Central Asian (no KGS, KZT, TJS, TMT, UZS; RUB until 2022): a ticker
pair this provider does not list is simply left out.
"""

from __future__ import annotations

from datetime import date, datetime

from lxml import etree

from desktop_app.domain import RateSnapshot
from desktop_app.errors import RatesError
from desktop_app.rates.bank_xml import (
    children,
    currency_code,
    keep_unambiguous,
    local_name,
    parse_document,
    positive_number,
)

NAME = "ecb"
TITLE = "European Central Bank"
DEFAULT_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"
HISTORY_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml"
ANCHOR = "EUR"


def parse(body: bytes) -> RateSnapshot:
    """The daily document → prices in euros (the newest day if it holds several)."""
    return parse_history(body)[0]


def parse_history(body: bytes) -> list[RateSnapshot]:
    """One snapshot per day, newest first; malformed days and rates are skipped."""
    root = parse_document(body, NAME)
    if local_name(root) != "Envelope":
        raise RatesError(
            f"{NAME}: unexpected answer (root <{local_name(root)}>, not <gesmes:Envelope>)"
        )
    snapshots: dict[date, RateSnapshot] = {}
    for outer in children(root, "Cube"):
        for day in children(outer, "Cube"):
            valid_on = _date(day.get("time"))
            if valid_on is None or valid_on in snapshots:
                continue  # a day listed twice keeps its first listing
            prices = keep_unambiguous(list(_day_prices(day)), ANCHOR)
            if prices:
                snapshots[valid_on] = RateSnapshot(
                    provider=NAME, valid_on=valid_on, anchor=ANCHOR, prices=prices
                )
    if not snapshots:
        raise RatesError(f"{NAME}: the answer lists no usable rates")
    return [snapshots[day] for day in sorted(snapshots, reverse=True)]


def _day_prices(day: etree._Element) -> list[tuple[str, float]]:
    entries = []
    for cube in children(day, "Cube"):
        code = currency_code(cube.get("currency"))
        per_euro = positive_number(cube.get("rate"))
        if code is not None and per_euro is not None:
            entries.append((code, 1.0 / per_euro))
    return entries


def _date(text: str | None) -> date | None:
    try:
        return datetime.strptime((text or "").strip(), "%Y-%m-%d").date()
    except ValueError:
        return None
