"""The Central Bank of Turkmenistan's official rates, in manat.

``cbt_currency_rate/{date, rate[@code]{name, rate_usd, multiplier, rate_tmt, checksum}}``;
``date`` is ``dd.mm.yyyy`` (``yyyy-mm-dd`` in older files). The XML exists per day only, at
``/kurs/<year>/<ddmmyyyy>.xml`` (Sundays answer 404); the "today" page is HTML. So
``DEFAULT_URL`` is a template: ``url_for(day)`` fills it in.

Which fields: ``rate_tmt`` is TMT per ``multiplier`` units (KZT 0.7424 per 100) and means the
same for every currency, but it is rounded to four decimals, which leaves three significant
digits for cheap currencies (EGP 0.0659, IRR 0.0265 per 10,000) and moves the UZS/USD cross in
steps of 0.03%. ``rate_usd`` carries the bank's full figure but in two directions: units per
USD for most (KZT 471.44, ignoring the multiplier), USD per unit for EUR 1.1614, GBP 1.3392,
AUD 0.711 and XDR 1.36694. So the price is ``rate_usd`` turned into TMT through the file's own
USD rate (3.5, the peg) in whichever direction reproduces ``rate_tmt`` to its last decimal, and
``rate_tmt / multiplier`` itself when neither does or ``rate_usd`` is unusable.
"""

from __future__ import annotations

from datetime import date

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

NAME = "cbt"
TITLE = "Central Bank of Turkmenistan"
DEFAULT_URL = "https://cbt.tm/kurs/{on:%Y}/{on:%d%m%Y}.xml"
ANCHOR = "TMT"


def url_for(on: date) -> str:
    return DEFAULT_URL.format(on=on)


def parse(body: bytes) -> RateSnapshot:
    """TMT per one unit of each listed currency; bad entries are skipped."""
    root = parse_document(body, NAME)
    if local_name(root) != "cbt_currency_rate":
        raise RatesError(
            f"{NAME}: unexpected answer (root <{local_name(root)}>, not <cbt_currency_rate>)"
        )
    valid_on = day(child_text(root, "date"), "%d.%m.%Y", "%Y-%m-%d")
    if valid_on is None:
        raise RatesError(f"{NAME}: the answer has no readable <date>")
    published: list[tuple[str, float, float, float | None]] = []
    for rate in children(root, "rate"):
        code = currency_code(rate.get("code"))
        multiplier = positive_count(child_text(rate, "multiplier"))
        tmt_text = child_text(rate, "rate_tmt")
        per_multiplier = positive_number(tmt_text)
        if code is None or multiplier is None or per_multiplier is None or tmt_text is None:
            continue
        # One unit of the last decimal written, per unit of the currency.
        places = len(tmt_text.replace(",", ".").partition(".")[2])
        tolerance = 10.0**-places / multiplier
        usd_cross = positive_number(child_text(rate, "rate_usd"))
        published.append((code, per_multiplier / multiplier, tolerance, usd_cross))
    usd_in_tmt = next((price for code, price, _, _ in published if code == "USD"), None)
    entries = [
        (code, _precise(price, tolerance, usd_cross, usd_in_tmt))
        for code, price, tolerance, usd_cross in published
    ]
    return snapshot(NAME, valid_on, ANCHOR, entries)


def _precise(
    price: float, tolerance: float, usd_cross: float | None, usd_in_tmt: float | None
) -> float:
    """``rate_usd`` in TMT when one of its two readings agrees with ``rate_tmt``."""
    if usd_cross is None or usd_in_tmt is None:
        return price
    per_usd, usd_per = usd_in_tmt / usd_cross, usd_in_tmt * usd_cross
    closest = min(per_usd, usd_per, key=lambda candidate: abs(candidate - price))
    return closest if abs(closest - price) <= tolerance else price
