"""The National Bank of the Kyrgyz Republic's official rates, in som.

``CurrencyRates[@Date]/Currency[@ISOCode]{Nominal, Value}``, windows-1251 declared, with a
decimal comma (``87,4500``). ``Date`` (``dd.mm.yyyy``) is the day the rates take effect. The
daily file lists USD, EUR, CNY, KZT and RUB only; the weekly one about forty others (TJS, UZS,
TMT among them) but not USD.
"""

from __future__ import annotations

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
from desktop_app.rates.payload import day, snapshot

NAME = "nbkr"
TITLE = "National Bank of the Kyrgyz Republic"
DEFAULT_URL = "https://www.nbkr.kg/XML/daily.xml"
WEEKLY_URL = "https://www.nbkr.kg/XML/weekly.xml"
ANCHOR = "KGS"


def companion_url(daily_url: str) -> str | None:
    """The weekly file beside the daily one (mirrors included): the forty currencies the
    daily file does not list. None for an address that is not the daily file's."""
    return daily_url.replace("daily", "weekly") if "daily" in daily_url else None


def parse(body: bytes) -> RateSnapshot:
    """KGS per one unit of each listed currency (daily or weekly file); bad entries skipped."""
    root = parse_document(body, NAME)
    if local_name(root) != "CurrencyRates":
        raise RatesError(
            f"{NAME}: unexpected answer (root <{local_name(root)}>, not <CurrencyRates>)"
        )
    valid_on = day(root.get("Date"), "%d.%m.%Y")
    if valid_on is None:
        raise RatesError(f"{NAME}: the answer has no readable Date")
    entries: list[tuple[str, float]] = []
    for currency in children(root, "Currency"):
        code = currency_code(currency.get("ISOCode"))
        nominal = positive_count(child_text(currency, "Nominal"))
        value = positive_number(child_text(currency, "Value"))
        if code is not None and nominal is not None and value is not None:
            entries.append((code, value / nominal))
    return snapshot(NAME, valid_on, ANCHOR, entries)
