"""What a refresh reports, per source and in sum: plain data for the CLI and the status bar.

Kept apart from the refresh machinery so the window can use them without importing the
network and parsing stack at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class RatesOutcome:
    provider: str
    valid_on: date | None = None
    currencies: int = 0
    error: str | None = None
    offline: bool = False
    partial_errors: tuple[str, ...] = ()  # official mode: banks that failed while others did not


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    feed_id: int
    url: str
    title: str
    new: int = 0
    updated: int = 0
    not_modified: bool = False
    error: str | None = None
    offline: bool = False


@dataclass(frozen=True, slots=True)
class HeldBackFeed:
    """A feed a refresh left alone although the user asked for every feed, and until when:
    its server asked to wait (Retry-After), or it fails and was already retried once early in
    this back-off window (services/schedule.py:plan_refresh)."""

    feed_id: int
    url: str
    title: str
    until: datetime
    server_asked: bool


@dataclass(frozen=True, slots=True)
class OfflineSummary:
    """Articles made complete for offline reading after a refresh."""

    articles: int = 0
    full_texts: int = 0
    full_text_failures: int = 0
    images: int = 0
    image_failures: int = 0


@dataclass(frozen=True, slots=True)
class RefreshSummary:
    feeds: tuple[FeedOutcome, ...] = ()
    rates: RatesOutcome | None = None
    notes: tuple[str, ...] = field(default=())
    removed: int = 0  # old articles let go by retention
    offline_work: OfflineSummary | None = None  # full texts and images fetched
    network_down: bool = False  # no feed host answered the probe: nothing was fetched
    held_back: tuple[HeldBackFeed, ...] = ()  # not fetched: a server's wish, or back-off

    @property
    def new_articles(self) -> int:
        return sum(outcome.new for outcome in self.feeds)

    @property
    def failed_feeds(self) -> tuple[FeedOutcome, ...]:
        return tuple(outcome for outcome in self.feeds if outcome.error)

    @property
    def sources(self) -> int:
        return len(self.feeds) + (self.rates is not None)

    @property
    def failures(self) -> int:
        return len(self.failed_feeds) + (self.rates is not None and self.rates.error is not None)

    @property
    def all_failed(self) -> bool:
        return self.sources > 0 and self.failures == self.sources

    @property
    def offline(self) -> bool:
        """Every source failed for want of a connection: the network, not the sources."""
        if self.network_down:
            return True
        flags = [outcome.offline for outcome in self.feeds]
        if self.rates is not None:
            flags.append(self.rates.offline)
        return bool(flags) and all(flags)

    def describe(self) -> str:
        """One line for the command line, whose refresh checks every feed it names."""
        parts = [f"{self.new_articles} new article{'s' if self.new_articles != 1 else ''}"]
        parts.append(f"{len(self.feeds) - len(self.failed_feeds)}/{len(self.feeds)} feeds ok")
        return ", ".join(parts + self._other_parts())

    def _other_parts(self) -> list[str]:
        """Rates, retention, held-back feeds and offline work."""
        parts: list[str] = []
        if self.removed:
            parts.append(f"{self.removed} old removed")
        if self.rates is not None:
            if self.rates.error is not None:
                parts.append("rates failed")
            elif self.rates.valid_on is not None:
                parts.append(f"rates {self.rates.valid_on.isoformat()}")
            else:
                parts.append("rates unchanged")
            if self.rates.partial_errors:
                count = len(self.rates.partial_errors)
                parts.append(f"{count} rate source{'s' if count != 1 else ''} failed")
        parts.extend(self._held_back_parts())
        work = self.offline_work
        if work is not None and (work.full_texts or work.images):
            parts.append(f"{work.full_texts} full texts, {work.images} images kept offline")
        return parts

    def _held_back_parts(self) -> list[str]:
        asked = sum(feed.server_asked for feed in self.held_back)
        waiting = len(self.held_back) - asked
        parts = []
        if asked:
            parts.append(
                "1 feed waits as its server asked (Retry-After)"
                if asked == 1
                else f"{asked} feeds wait as their servers asked (Retry-After)"
            )
        if waiting:
            parts.append(
                "1 failing feed waits for its next check"
                if waiting == 1
                else f"{waiting} failing feeds wait for their next checks"
            )
        return parts
