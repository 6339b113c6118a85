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
from desktop_app.rates.payload import (
    currency_code,
    day,
    decimal,
    positive_decimal,
    positive_integer,
    read_xml,
    snapshot,
)

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
    return snapshot(NAME, valid_on, ANCHOR, {item.code: item.price for item in items})


def published_changes(body: bytes) -> dict[str, float]:
    """NBK's own ``change`` per currency of the snapshot, in KZT per quant units."""
    _, items = _read(body)
    return {item.code: item.change for item in items if item.change is not None}


def _read(body: bytes) -> tuple[date, list[_Item]]:
    root = read_xml(body, NAME)
    if root.tag == "rss":
        channel = root.find("channel")
        dated = [
            (day(element.findtext("pubDate"), *_DAY_FORMATS), element)
            for element in (channel.findall("item") if channel is not None else [])
        ]
        days = [on for on, _ in dated if on is not None]
        if not days:
            raise RatesError(f"{NAME}: no item of the feed has a readable pubDate")
        valid_on = max(days)
        elements = [element for on, element in dated if on == valid_on]
    elif root.tag == "rates":
        found = day(root.findtext("date"), *_DAY_FORMATS)
        if found is None:
            raise RatesError(f"{NAME}: the answer has no readable <date>")
        valid_on, elements = found, root.findall("item")
    else:
        raise RatesError(f"{NAME}: unexpected answer (<{root.tag}> instead of <rss> or <rates>)")
    items: dict[str, _Item] = {}
    for element in elements:
        item = _item(element)
        if item is not None and item.code != ANCHOR:
            items.setdefault(item.code, item)
    return valid_on, list(items.values())


def _item(element: etree._Element) -> _Item | None:
    code = currency_code(element.findtext("title"))
    per_quant = positive_decimal(element.findtext("description"))
    quant = positive_integer(element.findtext("quant"))
    if code is None or per_quant is None or quant is None:
        return None
    return _Item(code, per_quant / quant, decimal(element.findtext("change")))
