"""What a refresh reports, per source and in sum: plain data for the CLI and the status bar.

Kept apart from the refresh machinery so the window can use them without importing the
network and parsing stack at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desktop_app.i18n import PLURAL, translate


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
        """One line for the command line, whose refresh checks every feed it names (the
        window's status line says the same figures in its own words: the "Status" ones)."""
        new, total = self.new_articles, len(self.feeds)
        ok = total - len(self.failed_feeds)
        parts = [
            translate("Status", "%Ln new article(s)", None, PLURAL, new),
            translate("RefreshSummary", "{ok}/%Ln feeds ok", None, PLURAL, total).format(ok=ok),
        ]
        return ", ".join(parts + self._other_parts())

    def _other_parts(self) -> list[str]:
        """Rates, retention, held-back feeds and offline work."""
        parts: list[str] = []
        removed = self.removed
        if removed:
            parts.append(translate("Status", "%Ln old removed", None, PLURAL, removed))
        if self.rates is not None:
            if self.rates.error is not None:
                parts.append(translate("Status", "rates failed"))
            elif self.rates.valid_on is not None:
                day = self.rates.valid_on.isoformat()
                parts.append(translate("RefreshSummary", "rates {day}").format(day=day))
            else:
                parts.append(translate("Status", "rates unchanged"))
            if self.rates.partial_errors:
                count = len(self.rates.partial_errors)
                parts.append(translate("Status", "%n rate source(s) failed", None, PLURAL, count))
        parts.extend(self._held_back_parts())
        work = self.offline_work
        if work is not None and (work.full_texts or work.images):
            texts, images = work.full_texts, work.images
            parts.append(
                translate("Status", "%Ln full text(s)", None, PLURAL, texts)
                + ", "
                + translate("Status", "%Ln image(s) kept offline", None, PLURAL, images)
            )
        return parts

    def _held_back_parts(self) -> list[str]:
        asked = sum(feed.server_asked for feed in self.held_back)
        waiting = len(self.held_back) - asked
        parts = []
        if asked:
            parts.append(
                translate("Status", "%n feed(s) wait(s) as the server asked (Retry-After)",
                          None, PLURAL, asked)
            )  # fmt: skip
        if waiting:
            parts.append(
                translate("Status", "%n failing feed(s) wait(s) for the next check",
                          None, PLURAL, waiting)
            )  # fmt: skip
        return parts
