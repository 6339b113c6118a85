"""The National Bank of Kazakhstan's official rates, in tenge.

Two shapes of the same data, each item ``title`` = ISO code, ``description`` = KZT per
``quant`` units (UZS and KRW per 100, IRR per 1,000), ``change`` = the move in KZT per quant:

- ``rss/rates_all.xml``: RSS 2.0, one ``pubDate`` (``dd.mm.yy``) per item. Currencies the bank
  stopped quoting stay in it with their last date (LVL 31.12.13, TRL 05.01.05), so the snapshot
  is the newest date and items dated otherwise are dropped.
- ``rss/get_rates.cfm?fdate=dd.mm.yyyy``: a ``<rates>`` root with one ``<date>`` for all items.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lxml import etree

from desktop_app.domain import RateSnapshot
from desktop_app.errors import RatesError
from desktop_app.rates.bank_xml import (
    child_text,
    children,
    currency_code,
    local_name,
    parse_document,
    positive_count,
    positive_number,
)
from desktop_app.rates.payload import day, signed_number, snapshot

NAME = "nbk"
TITLE = "National Bank of Kazakhstan"
DEFAULT_URL = "https://nationalbank.kz/rss/rates_all.xml"
ANCHOR = "KZT"
_DAY_FORMATS = ("%d.%m.%y", "%d.%m.%Y")


def url_for(on: date) -> str:
    """The dated endpoint (the ``<rates>`` shape), for one day's rates."""
    return f"https://nationalbank.kz/rss/get_rates.cfm?fdate={on:%d.%m.%Y}"


@dataclass(frozen=True, slots=True)
class _Item:
    code: str
    price: float  # KZT per one unit
    change: float | None  # KZT per quant units, as published


def parse(body: bytes) -> RateSnapshot:
    """KZT per one unit of each currency quoted on the newest date; bad items are skipped."""
    valid_on, items = _read(body)
    return snapshot(NAME, valid_on, ANCHOR, [(item.code, item.price) for item in items])


def published_changes(body: bytes) -> dict[str, float]:
    """NBK's own ``change`` per currency of the snapshot, in KZT per quant units."""
    valid_on, items = _read(body)
    listed = snapshot(NAME, valid_on, ANCHOR, [(item.code, item.price) for item in items]).prices
    changes: dict[str, float] = {}
    for item in items:
        if item.code in listed and item.change is not None:
            changes.setdefault(item.code, item.change)
    return changes


def _read(body: bytes) -> tuple[date, list[_Item]]:
    root = parse_document(body, NAME)
    if local_name(root) == "rss":
        dated = [
            (day(child_text(element, "pubDate"), *_DAY_FORMATS), element)
            for channel in children(root, "channel")
            for element in children(channel, "item")
        ]
        days = [on for on, _ in dated if on is not None]
        if not days:
            raise RatesError(f"{NAME}: no item of the feed has a readable pubDate")
        valid_on = max(days)
        elements = [element for on, element in dated if on == valid_on]
    elif local_name(root) == "rates":
        found = day(child_text(root, "date"), *_DAY_FORMATS)
        if found is None:
            raise RatesError(f"{NAME}: the answer has no readable <date>")
        valid_on, elements = found, children(root, "item")
    else:
        raise RatesError(
            f"{NAME}: unexpected answer (root <{local_name(root)}>, not <rss> or <rates>)"
        )
    return valid_on, [item for item in map(_item, elements) if item is not None]


def _item(element: etree._Element) -> _Item | None:
    code = currency_code(child_text(element, "title"))
    per_quant = positive_number(child_text(element, "description"))
    quant = positive_count(child_text(element, "quant"))
    if code is None or per_quant is None or quant is None:
        return None
    return _Item(code, per_quant / quant, signed_number(child_text(element, "change")))
