"""The National Bank of Tajikistan's official rates, from its XML export.

Shape (UTF-8, decimal point)::

    <ValCurs Date="2026-05-18" name="Foreign Currency Market">
      <Valute ID="840"><CharCode>USD</CharCode><Nominal>1</Nominal>
        <Name>US Dollar</Name><Value>9.3450</Value></Valute> ...

``Value`` is the price in somoni of ``Nominal`` units (UZS per 100, KGS per 10, IRR per 1000).

Traps:

- The export takes the day as ``?date=YYYY-MM-DD``, and a day out of range (in the future,
  before 2001) silently answers with *today's* rates under today's date. A caller
  that asks for a given day must use ``parse_for``, which refuses an answer for another day.
- ``Value`` has four decimals whatever the nominal, so small currencies keep few significant
  digits: UZS 0.0780 per 100 (three), IRR 0.0071 per 1000 (two).
- The Valute ID (numeric ISO code) is unreliable in old documents; CharCode is what is read.
"""

from __future__ import annotations

from datetime import date, datetime

from lxml import etree

from desktop_app.domain import RateSnapshot
from desktop_app.errors import RatesError
from desktop_app.rates.bank_xml import (
    child_text,
    children,
    currency_code,
    keep_unambiguous,
    local_name,
    parse_document,
    positive_count,
    positive_number,
)

NAME = "nbt"
TITLE = "National Bank of Tajikistan"
# The export needs the day asked for: fill ``{date}`` with an ISO date (``url_for``).
URL_FOR_DATE = "https://www.nbt.tj/en/kurs/export_xml.php?date={date}&export=xmlout"
DEFAULT_URL = URL_FOR_DATE
ANCHOR = "TJS"


def url_for(day: date) -> str:
    """The export's address for ``day``'s rates."""
    return URL_FOR_DATE.format(date=day.isoformat())


def parse(body: bytes) -> RateSnapshot:
    """One export document → prices in somoni, for whatever day it says it is for.

    Malformed entries are skipped. It cannot tell today's rates given in place of another
    day's: when a day was asked for, use ``parse_for``.
    """
    root = parse_document(body, NAME)
    if local_name(root) != "ValCurs":
        raise RatesError(f"{NAME}: unexpected answer (root <{local_name(root)}>, not <ValCurs>)")
    valid_on = _date(root)
    entries: list[tuple[str, float]] = []
    for valute in children(root, "Valute"):
        code = currency_code(child_text(valute, "CharCode"))
        value = positive_number(child_text(valute, "Value"))
        nominal = positive_count(child_text(valute, "Nominal"))
        if code is not None and value is not None and nominal is not None:
            entries.append((code, value / nominal))
    prices = keep_unambiguous(entries, ANCHOR)
    if not prices:
        raise RatesError(f"{NAME}: the answer lists no usable rates")
    return RateSnapshot(provider=NAME, valid_on=valid_on, anchor=ANCHOR, prices=prices)


def parse_for(body: bytes, asked: date) -> RateSnapshot:
    """``parse``, refusing a document for a day other than ``asked``.

    The export answers a day it has no rates for (future, too old) with today's rates rather
    than an error; storing those under the asked day would be a silently wrong history.
    """
    snapshot = parse(body)
    if snapshot.valid_on != asked:
        raise RatesError(
            f"{NAME}: rates for {asked.isoformat()} were asked for but the answer is for "
            f"{snapshot.valid_on.isoformat()} (the bank answers a day it has no rates for "
            "with today's)"
        )
    return snapshot


def _date(root: etree._Element) -> date:
    text = (root.get("Date") or "").strip()
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError as error:
        raise RatesError(f"{NAME}: the answer has no valid ValCurs Date ({text!r})") from error
