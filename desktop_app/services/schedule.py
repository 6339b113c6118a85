"""When to check a feed next: one function, the ``max()`` of every reason to wait.

Reasons: the user's interval (global or per feed), the feed's own minimum (RSS ``ttl``,
``sy:updatePeriod``), a server's ``Retry-After``, and exponential back-off after failures.
And which feeds a refresh fetches now (``plan_refresh``): the back-off counts the checks the
schedule makes, not how often the user presses F5.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop_app.domain import Feed
from desktop_app.services.outcomes import HeldBackFeed

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


@dataclass(frozen=True, slots=True)
class Attempt:
    """A feed to fetch now; ``counts``: whether a failure lengthens its back-off."""

    feed: Feed
    counts: bool = True


def plan_refresh(
    candidates: Iterable[Feed], now: datetime, retried_early: Mapping[int, datetime]
) -> tuple[list[Attempt], list[HeldBackFeed]]:
    """Which of ``candidates`` to fetch now, and which to leave alone (with until when).

    A feed whose check has come is fetched, and its failure counts toward its back-off, as
    does that of a healthy feed fetched before its time. A feed backing off after failures is
    retried early once per back-off window (``retried_early`` maps a feed to the planned check
    ending the window in which it was retried early), and that failure leaves the back-off as
    it is: pressing F5 again and again neither hammers a dead server nor pushes its next check
    further away. A server's Retry-After holds a feed back from every refresh.
    """
    attempts: list[Attempt] = []
    held_back: list[HeldBackFeed] = []
    for feed in candidates:
        planned = feed.next_check_at
        if feed.retry_after_until is not None and feed.retry_after_until > now:
            held_back.append(_held_back(feed, feed.retry_after_until, server_asked=True))
        elif planned is None or planned <= now or feed.error_count == 0:
            attempts.append(Attempt(feed))
        elif retried_early.get(feed.id) == planned:
            held_back.append(_held_back(feed, planned, server_asked=False))
        else:
            attempts.append(Attempt(feed, counts=False))
    return attempts, held_back


def _held_back(feed: Feed, until: datetime, *, server_asked: bool) -> HeldBackFeed:
    return HeldBackFeed(feed.id, feed.url, feed.title or feed.url, until, server_asked)
