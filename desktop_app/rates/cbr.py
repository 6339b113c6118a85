"""The Bank of Russia's official rates: ``XML_daily.asp`` (every currency, one day) and
``XML_dynamic.asp`` (one currency, a range of days).

Daily shape, windows-1251 bytes with a decimal comma::

    <ValCurs Date="02.11.2023" name="Foreign Currency Market">
      <Valute ID="R01335"><NumCode>398</NumCode><CharCode>KZT</CharCode>
        <Nominal>100</Nominal><Name>...</Name><Value>19,8608</Value>
        <VunitRate>0,198608</VunitRate></Valute> ...

``Value`` is the price in roubles of ``Nominal`` units. Nominals are the bank's and change over
the years (KGS per 10 in 2023, per 100 in 2026; HKD per 1, then per 10): they are read from
every entry, never assumed. ``Date`` is the day the rates take effect.

Dynamic shape: ``ValCurs[@ID]/Record[@Date]{Nominal, Value, VunitRate}``; a record names no
currency (the request does, by the bank's internal id such as R01235 for USD), so the caller
says which currency it asked for.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

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

NAME = "cbr"
TITLE = "Bank of Russia"
DEFAULT_URL = "https://www.cbr.ru/scripts/XML_daily.asp"
# One currency's history (see dynamic_url): dates as dd/mm/yyyy, the currency by the bank's
# internal id (R01235 = USD, R01335 = KZT, R01370 = KGS, R01670 = TJS, R01717 = UZS).
ANCHOR = "RUB"


def parse(body: bytes) -> RateSnapshot:
    """One ``XML_daily.asp`` document → prices in roubles; malformed entries are skipped."""
    root = _root(body)
    valid_on = _date(root.get("Date"))
    if valid_on is None:
        raise RatesError(f"{NAME}: the answer has no valid ValCurs Date ({root.get('Date')!r})")
    entries: list[tuple[str, float]] = []
    for valute in children(root, "Valute"):
        code = currency_code(child_text(valute, "CharCode"))
        price = _unit_price(valute)
        if code is not None and price is not None:
            entries.append((code, price))
    prices = keep_unambiguous(entries, ANCHOR)
    if not prices:
        raise RatesError(f"{NAME}: the answer lists no usable rates")
    return RateSnapshot(provider=NAME, valid_on=valid_on, anchor=ANCHOR, prices=prices)


def currency_ids(body: bytes) -> dict[str, str]:
    """The bank's internal id of each currency of a daily document (``USD`` → ``R01235``):
    what ``XML_dynamic.asp`` asks for."""
    ids: dict[str, str] = {}
    for valute in children(_root(body), "Valute"):
        code = currency_code(child_text(valute, "CharCode"))
        identifier = (valute.get("ID") or "").strip()
        if code is not None and identifier.isalnum():
            ids.setdefault(code, identifier)
    return ids


def dynamic_url(daily_url: str, currency_id: str, start: date, end: date) -> str:
    """``XML_dynamic.asp`` beside ``daily_url`` (a mirror's too), for one currency's days."""
    base = daily_url.split("?", 1)[0].replace("XML_daily.asp", "XML_dynamic.asp")
    return f"{base}?date_req1={start:%d/%m/%Y}&date_req2={end:%d/%m/%Y}&VAL_NM_RQ={currency_id}"


def parse_dynamic(body: bytes, currency: str) -> list[RateSnapshot]:
    """One ``XML_dynamic.asp`` series of ``currency`` → one snapshot per day, newest first.

    Each snapshot prices that one currency. Malformed records are skipped; an empty series
    (a range without a quotation, or the wrong id) is a RatesError like any empty answer.
    """
    code = currency_code(currency)
    if code is None or code == ANCHOR:
        raise RatesError(f"{NAME}: {currency!r} is not a currency the rouble series can price")
    root = _root(body)
    by_day: dict[date, list[tuple[str, float]]] = {}
    for record in children(root, "Record"):
        valid_on = _date(record.get("Date"))
        price = _unit_price(record)
        if valid_on is not None and price is not None:
            by_day.setdefault(valid_on, []).append((code, price))
    snapshots = []
    for valid_on in sorted(by_day, reverse=True):
        prices = keep_unambiguous(by_day[valid_on], ANCHOR)
        if prices:  # two different prices for one day: that day is left out
            snapshots.append(
                RateSnapshot(provider=NAME, valid_on=valid_on, anchor=ANCHOR, prices=prices)
            )
    if not snapshots:
        raise RatesError(f"{NAME}: the {code} series lists no usable rates")
    return snapshots


def _root(body: bytes) -> etree._Element:
    root = parse_document(body, NAME)
    if local_name(root) != "ValCurs":
        raise RatesError(f"{NAME}: unexpected answer (root <{local_name(root)}>, not <ValCurs>)")
    return root


def _date(text: str | None) -> date | None:
    try:
        return datetime.strptime((text or "").strip(), "%d.%m.%Y").date()
    except ValueError:
        return None


def _unit_price(entry: etree._Element) -> float | None:
    """Roubles for one unit: Value / Nominal, or None when the entry is unusable.

    Value / Nominal is what is trusted: it is the official quotation as the bank sets it
    (roubles per Nominal units, four decimals), present in old documents and in XML_dynamic
    too, while VunitRate is a later, derived convenience field (older documents lack it) that
    is sometimes printed shorter ("78,50" for 78,5000). So VunitRate is a check only: when it
    is present and Value / Nominal does not round to it at the precision it is printed with,
    one of the two is wrong (a nominal changed without its value, a typo) and we cannot tell
    which, so the entry is skipped rather than shown with a possibly wrong number. In both
    fixtures VunitRate is exactly Value / Nominal for all 54 + 43 entries.
    """
    value_text = child_text(entry, "Value")
    value = positive_number(value_text)
    nominal = positive_count(child_text(entry, "Nominal"))
    if value_text is None or value is None or nominal is None:
        return None
    if not _agrees_with_vunitrate(value_text, nominal, child_text(entry, "VunitRate")):
        return None
    return value / nominal


def _agrees_with_vunitrate(value_text: str, nominal: int, unit_text: str | None) -> bool:
    """Whether Value / Nominal, exactly, rounds to VunitRate at the precision it is printed
    with (ties either way); True when there is no usable VunitRate to check against."""
    if unit_text is None or positive_number(unit_text) is None:
        return True
    unit_rate = Decimal(unit_text.replace(",", "."))
    exponent = unit_rate.as_tuple().exponent
    if not isinstance(exponent, int):  # NaN/Infinity: positive_number already refused them
        return True
    half_step = Decimal(1).scaleb(exponent) / 2
    return abs(Decimal(value_text.replace(",", ".")) / nominal - unit_rate) <= half_step
