"""Reading the central banks' XML rate documents safely: shared by cbr, nbt and ecb.

What every such document needs, whoever publishes it:

- The bytes are decoded as the XML declaration says (lxml does this on bytes), except when the
  declaration lies. Two lies are handled: bytes that are not UTF-8 although the declaration
  says UTF-8 (or says nothing) — read again as windows-1251, the one legacy encoding these
  banks use — and bytes that are valid UTF-8 with non-ASCII text although the declaration
  names a single-byte encoding such as windows-1251 (a proxy or mirror that re-encoded the
  body and kept the old declaration) — read as UTF-8. Real windows-1251 Cyrillic text is
  practically never valid UTF-8, so that check does not misfire on an honest document.
- A DOCTYPE is refused (no entity tricks, and an HTML error page usually carries one); no
  entity is resolved and nothing is fetched from the network.
- Numbers may use a decimal comma; a number that is not finite and positive is unusable.
"""

from __future__ import annotations

import math
import re

from lxml import etree

from desktop_app.errors import RatesError

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
_TEXT_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_SINGLE_BYTE = re.compile(r"^(windows-|cp|iso-?8859|latin|koi8|us-ascii|ascii)", re.IGNORECASE)
# One decimal number, point or comma, optionally with an exponent ("5,39256E-05" is in the
# Bank of Russia's VunitRate). Anything else (thousands separators, "1_000", "NaN") is refused.
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?$")
_COUNT = re.compile(r"^\d{1,9}$")
_CODE = re.compile(r"^[A-Z]{3}$")


def parse_document(body: bytes, name: str) -> etree._Element:
    """The root element of ``body``; RatesError, prefixed with ``name``, when it is not XML."""
    if not body.strip():
        raise RatesError(f"{name}: the answer is empty")
    if _DOCTYPE.search(body):
        raise RatesError(f"{name}: the answer has a DOCTYPE (an HTML page?); refused")
    declared = _declared_encoding(body)
    if declared and _SINGLE_BYTE.match(declared) and _is_non_ascii_utf8(body):
        # The declaration says a single-byte encoding, the bytes say UTF-8.
        root = _parse_text(body.decode("utf-8-sig"), name)
    else:
        try:
            root = etree.fromstring(body, _PARSER)
        except (etree.XMLSyntaxError, LookupError, ValueError) as error:
            root = _parse_fallback(body, name, error)
    if root.getroottree().docinfo.internalDTD is not None:  # a DOCTYPE the byte scan missed
        raise RatesError(f"{name}: the answer has a DOCTYPE; refused")
    return root


def _declared_encoding(body: bytes) -> str | None:
    match = _DECLARATION.match(body[:200])
    return match.group(1).decode("ascii") if match else None


def _is_non_ascii_utf8(body: bytes) -> bool:
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _parse_fallback(body: bytes, name: str, error: Exception) -> etree._Element:
    """Read bytes lxml refused with their declared encoding as UTF-8, else windows-1251.

    Only a decoding that succeeds strictly is tried, so a document that is merely broken
    (truncated, HTML) fails again here and the first error is the one reported.
    """
    for encoding in ("utf-8-sig", "windows-1251"):
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError:
            continue
        try:
            return _parse_text(text, name)
        except RatesError:
            break  # decodable but not well-formed: the encoding was never the problem
    raise RatesError(f"{name}: the answer is not well-formed XML ({error})") from error


def _parse_text(text: str, name: str) -> etree._Element:
    # lxml refuses a str that still carries an encoding declaration: the text is decoded.
    text = _TEXT_DECLARATION.sub("", text, count=1)
    try:
        return etree.fromstring(text, _PARSER)
    except (etree.XMLSyntaxError, ValueError) as error:
        raise RatesError(f"{name}: the answer is not well-formed XML ({error})") from error


def local_name(element: etree._Element) -> str:
    """The tag without its namespace."""
    # A comment's or PI's tag is a function: its str() never equals an element name.
    return str(element.tag).rsplit("}", 1)[-1]


def children(element: etree._Element, tag: str) -> list[etree._Element]:
    """Child elements named ``tag``, whatever their namespace."""
    return [child for child in element if local_name(child) == tag]


def child_text(element: etree._Element, tag: str) -> str | None:
    """The stripped text of the first child named ``tag``; None when missing or empty."""
    for child in children(element, tag):
        text = (child.text or "").strip()
        return text or None
    return None


def positive_number(text: str | None) -> float | None:
    """``"19,8608"`` or ``"9.3450"`` as a finite float > 0, else None."""
    if text is None:
        return None
    text = text.strip()
    if not _NUMBER.match(text):
        return None
    value = float(text.replace(",", "."))
    return value if math.isfinite(value) and value > 0 else None


def positive_count(text: str | None) -> int | None:
    """A nominal such as ``"100"`` as an int > 0, else None."""
    if text is None or not _COUNT.match(text.strip()):
        return None
    value = int(text.strip())
    return value if value > 0 else None


def currency_code(text: str | None) -> str | None:
    """A three-letter ISO code, upper-cased, else None."""
    if text is None:
        return None
    code = text.strip().upper()
    return code if _CODE.match(code) else None


def keep_unambiguous(entries: list[tuple[str, float]], anchor: str) -> dict[str, float]:
    """Prices by code, leaving out the anchor, any price that is not finite and > 0 (1 / 5e-324
    overflows to inf, 1e-320 / 1000000 underflows to 0) and any code listed twice with two
    prices: a pair shown with the wrong one of two conflicting numbers is worse than none.
    """
    prices: dict[str, float] = {}
    conflicting: set[str] = set()
    for code, price in entries:
        if code == anchor or not math.isfinite(price) or price <= 0:
            continue
        known = prices.get(code)
        if known is not None and not math.isclose(known, price, rel_tol=1e-12):
            conflicting.add(code)
        prices.setdefault(code, price)
    for code in conflicting:
        del prices[code]
    return prices
