"""Stored rates: one row per provider, validity date and currency."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

from desktop_app.domain import RateSnapshot

VALIDATORS_PREFIX = "rates.validators."
"""``app_state`` keys holding a rate source's conditional-GET validators, one per address."""


def validators_key(url: str) -> str:
    return VALIDATORS_PREFIX + url


def save_snapshot(connection: sqlite3.Connection, snapshot: RateSnapshot) -> int:
    """Store (or refresh) every price of ``snapshot``; return how many rows were written."""
    fetched_at = int(datetime.now(UTC).timestamp())
    rows = [
        (snapshot.provider, snapshot.valid_on.isoformat(), snapshot.anchor, code, price, fetched_at)
        for code, price in snapshot.prices.items()
    ]
    connection.executemany(
        """
        INSERT INTO rates (provider, valid_on, anchor, currency, price, fetched_at)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (provider, valid_on, currency) DO UPDATE SET
            anchor = excluded.anchor, price = excluded.price, fetched_at = excluded.fetched_at
        """,
        rows,
    )
    return len(rows)


def recent_snapshots(
    connection: sqlite3.Connection, provider: str, count: int = 2
) -> list[RateSnapshot]:
    """The ``count`` most recent validity dates of ``provider``, newest first."""
    dates = [
        row[0]
        for row in connection.execute(
            "SELECT DISTINCT valid_on FROM rates WHERE provider = ? ORDER BY valid_on DESC LIMIT ?",
            (provider, count),
        )
    ]
    snapshots: list[RateSnapshot] = []
    for valid_on in dates:
        rows = connection.execute(
            "SELECT anchor, currency, price FROM rates WHERE provider = ? AND valid_on = ?",
            (provider, valid_on),
        ).fetchall()
        anchor = rows[0]["anchor"]
        snapshots.append(
            RateSnapshot(
                provider=provider,
                valid_on=date.fromisoformat(valid_on),
                anchor=anchor,
                prices={row["currency"]: row["price"] for row in rows if row["anchor"] == anchor},
            )
        )
    return snapshots


def history(
    connection: sqlite3.Connection, provider: str, currency: str, in_currency: str
) -> list[tuple[date, float]]:
    """Every stored day of one pair from one provider, oldest first."""
    rows = connection.execute(
        "SELECT valid_on, anchor, currency, price FROM rates "
        "WHERE provider = ? AND currency IN (?, ?) ORDER BY valid_on",
        (provider, currency, in_currency),
    ).fetchall()
    days: dict[str, RateSnapshot] = {}
    for row in rows:
        snapshot = days.setdefault(
            row["valid_on"],
            RateSnapshot(provider, date.fromisoformat(row["valid_on"]), row["anchor"], {}),
        )
        snapshot.prices[row["currency"]] = row["price"]
    points = []
    for snapshot in days.values():
        value = snapshot.price(currency, in_currency)
        if value is not None:
            points.append((snapshot.valid_on, value))
    return points


def has_rates(connection: sqlite3.Connection, provider: str) -> bool:
    return (
        connection.execute("SELECT 1 FROM rates WHERE provider = ?", (provider,)).fetchone()
        is not None
    )


def stored_days(connection: sqlite3.Connection, provider: str) -> set[date]:
    """The validity dates ``provider`` has rates stored for."""
    rows = connection.execute(
        "SELECT DISTINCT valid_on FROM rates WHERE provider = ?", (provider,)
    ).fetchall()
    return {date.fromisoformat(row[0]) for row in rows}
