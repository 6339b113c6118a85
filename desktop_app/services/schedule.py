"""When to check a feed next: one function, the ``max()`` of every reason to wait.

Reasons: the user's interval (global or per feed), the feed's own minimum (RSS ``ttl``,
``sy:updatePeriod``), a server's ``Retry-After``, and exponential back-off after failures.
"""

from __future__ import annotations

from datetime import datetime, timedelta

MAX_BACKOFF = timedelta(hours=24)
MAX_WAIT = timedelta(days=7)


def next_check(
    now: datetime,
    interval_minutes: int,
    *,
    feed_min_interval_minutes: int | None = None,
    consecutive_failures: int = 0,
    retry_after_seconds: float | None = None,
) -> datetime:
    """The moment the next check is due.

    Back-off doubles the interval with each consecutive failure, up to a day; a Retry-After
    is honoured up to a week (a server asking for longer is taken as a week).
    """
    wait = timedelta(minutes=max(1, interval_minutes))
    if feed_min_interval_minutes:
        wait = max(wait, timedelta(minutes=feed_min_interval_minutes))
    if consecutive_failures > 0:
        backoff = timedelta(minutes=interval_minutes) * (2 ** min(consecutive_failures - 1, 16))
        wait = max(wait, min(backoff, MAX_BACKOFF))
    if retry_after_seconds is not None:
        wait = max(wait, timedelta(seconds=retry_after_seconds))
    return now + min(wait, MAX_WAIT)
