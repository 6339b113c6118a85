"""Reading a central bank's answer: safe XML, strict numbers, dates, the finished snapshot.

Every provider module reads its own format with these, so a bad value means the same thing
everywhere: the entry is skipped, and only an answer with nothing usable left is an error.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date, datetime

from lxml import etree

from desktop_app.domain import RateSnapshot
from desktop_app.errors import RatesError

# Plain decimals only: float() would also take "nan", "1e400", "1_000" and non-ASCII digits.
_DECIMAL_POINT = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
_DECIMAL_POINT_OR_COMMA = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?")
_INTEGER = re.compile(r"[0-9]+")
_CODE = re.compile(r"[A-Z]{3}")


def read_xml(body: bytes, provider: str) -> etree._Element:
    """The root element, the encoding taken from the XML declaration; no DTD, no entities."""
    if not body.strip():
        raise RatesError(f"{provider}: the answer is empty")
    # A parser per call: lxml parsers must not be shared between threads.
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError) as error:
        raise RatesError(f"{provider}: the answer is not well-formed XML ({error})") from error
    info = root.getroottree().docinfo
    if info.internalDTD is not None:  # set by any DOCTYPE, with or without a subset
        raise RatesError(f"{provider}: the answer declares a DOCTYPE, which rate files never do")
    return root


def expect_root(root: etree._Element, tag: str, provider: str) -> None:
    if root.tag != tag:
        raise RatesError(f"{provider}: unexpected answer (<{root.tag}> instead of <{tag}>)")


def decimal(value: object, *, decimal_comma: bool = False) -> float | None:
    """A finite number written as a plain decimal (or a JSON number), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip()
        pattern = _DECIMAL_POINT_OR_COMMA if decimal_comma else _DECIMAL_POINT
        if not pattern.fullmatch(text):
            return None
        number = float(text.replace(",", "."))
    else:
        return None
    return number if math.isfinite(number) else None


def positive_decimal(value: object, *, decimal_comma: bool = False) -> float | None:
    number = decimal(value, decimal_comma=decimal_comma)
    return number if number is not None and number > 0 else None


def positive_integer(value: object) -> int | None:
    """A nominal/quant: how many units a quoted price is for."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
        number = int(value.strip())
    else:
        return None
    return number if number > 0 else None


def currency_code(value: object) -> str | None:
    """An ISO 4217 letter code, upper-cased."""
    if not isinstance(value, str):
        return None
    code = value.strip().upper()
    return code if _CODE.fullmatch(code) else None


def day(value: object, *formats: str) -> date | None:
    """The date in the first of ``formats`` that reads ``value`` completely, else None."""
    if not isinstance(value, str):
        return None
    for pattern in formats:
        try:
            return datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    return None


def snapshot(
    provider: str, valid_on: date, anchor: str, prices: Mapping[str, float]
) -> RateSnapshot:
    """The finished snapshot; an answer with no usable price left is an error."""
    kept = {code: price for code, price in prices.items() if code != anchor}
    if not kept:
        raise RatesError(f"{provider}: the answer lists no usable rates")
    return RateSnapshot(provider=provider, valid_on=valid_on, anchor=anchor, prices=kept)
