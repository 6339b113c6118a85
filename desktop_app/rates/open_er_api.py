"""The open.er-api.com JSON API: one request gives every currency against USD.

Shape: ``{"result": "success", "base_code": "USD", "time_last_update_unix": ...,
"rates": {"KGS": 85.73, ...}}`` where each rate is units of the currency per one ``base_code``.
Its terms ask for attribution: the ticker's tooltip names it.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime

from desktop_app.domain import RateSnapshot
from desktop_app.errors import RatesError

NAME = "open-er-api"
TITLE = "ExchangeRate-API (open.er-api.com)"
DEFAULT_URL = "https://open.er-api.com/v6/latest/USD"


def parse(body: bytes) -> RateSnapshot:
    """Turn the payload into prices in the base currency; bad entries are skipped."""
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise RatesError(f"{NAME}: the answer is not JSON ({error})") from error
    if not isinstance(payload, dict):
        raise RatesError(f"{NAME}: unexpected answer (not a JSON object)")
    if payload.get("result") != "success":
        kind = payload.get("error-type") or payload.get("result") or "no result"
        raise RatesError(f"{NAME}: the service answered with an error ({kind})")
    base = payload.get("base_code")
    rates = payload.get("rates")
    updated = payload.get("time_last_update_unix")
    if not isinstance(base, str) or not isinstance(rates, dict):
        raise RatesError(f"{NAME}: the answer has no base_code or rates")
    if isinstance(updated, bool) or not isinstance(updated, int | float):
        raise RatesError(f"{NAME}: the answer has no time_last_update_unix")
    try:
        valid_on = datetime.fromtimestamp(updated, UTC).date()
    except (OverflowError, ValueError, OSError) as error:
        raise RatesError(f"{NAME}: impossible time_last_update_unix {updated!r}") from error
    prices: dict[str, float] = {}
    for code, per_base in rates.items():
        if (
            isinstance(code, str)
            and len(code) == 3
            and isinstance(per_base, int | float)
            and not isinstance(per_base, bool)
            and math.isfinite(per_base)
            and per_base > 0
            and code != base
        ):
            prices[code.upper()] = 1.0 / float(per_base)
    if not prices:
        raise RatesError(f"{NAME}: the answer lists no usable rates")
    return RateSnapshot(
        provider=NAME,
        valid_on=valid_on,
        anchor=base.upper(),
        prices=prices,
    )
