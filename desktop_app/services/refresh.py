"""One update of every feed and of the rates: download and parse in parallel, store through
the single writer, report per source. No Qt here: the CLI and the GUI share it.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import UTC, datetime, timedelta

from desktop_app.config import Config
from desktop_app.domain import Feed
from desktop_app.errors import CaravanError, HttpStatusError, OfflineError, StorageError
from desktop_app.net.http import FEED_ACCEPT, HttpClient
from desktop_app.services.connectivity import probe_targets, reachable
from desktop_app.services.favicons import FaviconFetcher, icon_due
from desktop_app.services.offline import OfflineWorker
from desktop_app.services.outcomes import (
    FeedOutcome,
    HeldBackFeed,
    OfflineSummary,
    RefreshSummary,
)
from desktop_app.services.parsing import FeedParser
from desktop_app.services.rate_history import backfill_history
from desktop_app.services.rates import official_providers, refresh_rates
from desktop_app.services.schedule import Attempt, next_check, plan_refresh
from desktop_app.services.subscriptions import import_config_feeds
from desktop_app.store import articles, feeds, retention, sync
from desktop_app.store.db import Database
from desktop_app.store.retention import RetentionPolicy

log = logging.getLogger(__name__)


ProgressCallback = Callable[[int, int, FeedOutcome | None], None]


class RefreshService:
    def __init__(self, database: Database, http: HttpClient, config: Config, workers: int = 32):
        self._database = database
        self._http = http
        self._config = config
        self._workers = workers
        self.offline = OfflineWorker(database, config.offline)
        self.favicons = FaviconFetcher(database)

    def import_config_feeds(self) -> int:
        """Subscribe to the configuration's ``[[feeds]]`` (see :func:`import_config_feeds`)."""
        return import_config_feeds(self._database, self._config.feeds)

    def refresh_all(
        self,
        on_progress: ProgressCallback | None = None,
        *,
        include_feeds: bool = True,
        include_rates: bool = True,
        due_only: bool = False,
        include_offline: bool = True,
    ) -> RefreshSummary:
        rates = (
            refresh_rates(self._http, self._database, self._config.rates) if include_rates else None
        )
        if rates is not None and not rates.error:
            self.backfill_rates()
        attempts, held_back = self._plan(due_only) if include_feeds else ([], [])
        outcomes = self._fetch(attempts, on_progress)
        removed = 0
        if outcomes:
            try:
                removed = self.apply_retention()
            except StorageError as error:  # e.g. the disk is full: the next refresh retries
                log.warning("retention skipped: %s", error)
        offline_work: OfflineSummary | None = None
        if include_offline and not (outcomes and all(o.offline for o in outcomes)):
            offline_work = self.offline.complete_pending()
        return RefreshSummary(
            feeds=tuple(outcomes),
            rates=rates,
            removed=removed,
            offline_work=offline_work,
            held_back=tuple(held_back),
        )

    def backfill_rates(self) -> None:
        """The history each configured rate source offers, once per source (for the chart)."""
        settings = self._config.rates
        today = datetime.now(UTC).date()
        for name in (settings.provider, *official_providers(settings)):
            try:
                backfill_history(self._http, self._database, settings, name, today)
            except StorageError as error:
                log.warning("rate history of %s not stored: %s", name, error)

    def network_reachable(self) -> bool:
        """Does one of the feeds' hosts answer? Those that worked last are asked first."""
        reader = self._database.reader()
        try:
            subscribed = feeds.list_feeds(reader, enabled_only=True)
        finally:
            reader.close()
        subscribed.sort(key=lambda feed: (feed.last_error is not None, feed.url))
        return reachable(probe_targets(feed.url for feed in subscribed))

    def apply_retention(self) -> int:
        """Let old articles go per the configured policy and give the space back."""
        settings = self._config.storage
        policy = RetentionPolicy(settings.keep_days, settings.max_articles_per_feed)

        removed = self._database.writer.run(
            lambda connection: retention.apply_retention(connection, policy, datetime.now(UTC))
        )
        if removed:
            self._database.writer.run_without_transaction(retention.reclaim_space)
            log.info("retention removed %d old articles", removed)
        return removed

    def refresh_feeds(
        self, on_progress: ProgressCallback | None = None, *, due_only: bool = False
    ) -> list[FeedOutcome]:
        """Update enabled feeds: those due when ``due_only`` (the schedule), else every one the
        back-off and the servers allow (a refresh the user asked for: see
        services/schedule.py:plan_refresh). One feed's failure never stops the others."""
        attempts, _ = self._plan(due_only)
        return self._fetch(attempts, on_progress)

    def _plan(self, due_only: bool) -> tuple[list[Attempt], list[HeldBackFeed]]:
        now = datetime.now(UTC)
        reader = self._database.reader()
        try:
            if due_only:
                candidates = feeds.due_feeds(reader, now)
            else:
                candidates = feeds.list_feeds(reader, enabled_only=True)
            retried_early = feeds.early_retries(reader)
            # The aggregator fetches its own feeds: they come with a sync (services/sync.py).
            synced = sync.synced_feed_ids(reader)
        finally:
            reader.close()
        candidates = [feed for feed in candidates if feed.id not in synced]
        attempts, held_back = plan_refresh(candidates, now, retried_early)
        early = [attempt.feed for attempt in attempts if not attempt.counts]
        if early:
            try:
                self._database.writer.run(
                    lambda connection: feeds.record_early_retries(connection, early)
                )
            except StorageError as error:  # unrecorded, they could be retried on every F5
                log.warning("early retries skipped: %s", error)
                attempts = [attempt for attempt in attempts if attempt.counts]
        return attempts, held_back

    def _fetch(
        self, attempts: list[Attempt], on_progress: ProgressCallback | None
    ) -> list[FeedOutcome]:
        outcomes: list[FeedOutcome] = []
        if not attempts:
            return outcomes
        if on_progress is not None:
            on_progress(0, len(attempts), None)
        parser = FeedParser(len(attempts))
        try:
            with ThreadPoolExecutor(self._workers, thread_name_prefix="feed") as pool:
                futures = [pool.submit(self._refresh_one, attempt, parser) for attempt in attempts]
                for future in as_completed(futures):
                    outcome = future.result()
                    outcomes.append(outcome)
                    if on_progress is not None:
                        on_progress(len(outcomes), len(attempts), outcome)
        finally:
            parser.close()
        return outcomes

    def _interval(self, feed: Feed) -> int:
        return feed.interval_minutes or self._config.refresh.interval_minutes

    def _refresh_one(self, attempt: Attempt, parser: FeedParser) -> FeedOutcome:
        feed = attempt.feed
        title = feed.title or feed.url
        url = feed.url
        try:
            response = self._http.get(
                feed.url, etag=feed.etag, last_modified=feed.last_modified, accept=FEED_ACCEPT
            )
            if response.permanent_redirect and response.permanent_redirect != feed.url:
                new_url = response.permanent_redirect
                if self._database.writer.run(
                    lambda connection: feeds.move_feed(connection, feed.id, new_url)
                ):
                    log.info("feed %s moved permanently to %s", feed.url, new_url)
                    url = new_url
            body = response.body
            digest = None if body is None else hashlib.sha256(body).hexdigest()
            if body is None or self._stored_hash(feed.id) == digest:
                # 304, or the same bytes as last time: nothing to parse (NetNewsWire's hash skip).
                self._database.writer.run(
                    lambda connection: feeds.record_success(
                        connection,
                        feed.id,
                        etag=response.etag or feed.etag,
                        last_modified=response.last_modified or feed.last_modified,
                        content_hash=digest,
                        next_check_at=next_check(
                            datetime.now(UTC),
                            self._interval(feed),
                            feed_min_interval_minutes=feed.feed_min_interval_minutes,
                        ),
                    )
                )
                self._update_icon(feed, feed.site_url)
                return FeedOutcome(feed.id, url, title, not_modified=True)
            parsed = parser.parse(body, response.url, response.headers)

            def store(connection: sqlite3.Connection) -> articles.StoreCounts:
                counts = articles.store_entries(
                    connection,
                    feed.id,
                    parsed.entries,
                    offline_work=self.offline.may_need_work(feed),
                )
                feeds.record_success(
                    connection,
                    feed.id,
                    etag=response.etag,
                    last_modified=response.last_modified,
                    content_hash=digest,
                    next_check_at=next_check(
                        datetime.now(UTC),
                        self._interval(feed),
                        feed_min_interval_minutes=parsed.min_interval_minutes,
                    ),
                    title=parsed.title or None,
                    site_url=parsed.site_url or None,
                    feed_min_interval_minutes=parsed.min_interval_minutes,
                )
                return counts

            counts = self._database.writer.run(store)
            if parsed.warning:
                log.info("%s parsed with a warning: %s", feed.url, parsed.warning)
            self._update_icon(feed, parsed.site_url or feed.site_url, parsed.icon_url)
            return FeedOutcome(
                feed.id, url, parsed.title or title, new=counts.new, updated=counts.updated
            )
        except CaravanError as error:
            return self._failed(attempt, url, title, error)

    def _update_icon(self, feed: Feed, site_url: str, feed_icon_url: str = "") -> None:
        """Look for the feed's icon when due (a week after the last look), in this feed's
        worker; a failure is logged, never the feed's."""
        if not icon_due(feed):
            return
        try:
            self.favicons.update(feed, site_url, feed_icon_url)
        except (CaravanError, OSError) as error:  # CaravanError covers StorageError
            log.warning("icon of %s not recorded: %s", feed.url, error)

    def _stored_hash(self, feed_id: int) -> str | None:
        reader = self._database.reader()
        try:
            return feeds.content_hash(reader, feed_id)
        finally:
            reader.close()

    def _failed(self, attempt: Attempt, url: str, title: str, error: CaravanError) -> FeedOutcome:
        """Record the error and plan the retry: 410 disables, Retry-After and back-off wait;
        an early retry leaves the back-off where the last due check put it."""
        feed = attempt.feed
        message = str(error)
        log.warning("feed %s: %s", url, message)
        now = datetime.now(UTC)
        if isinstance(error, HttpStatusError) and error.status == 410:
            message = f"the publisher removed this feed (410 Gone); it is no longer fetched: {url}"
            try:
                self._database.writer.run(
                    lambda connection: feeds.disable_feed(connection, feed.id, message)
                )
            except StorageError as storage_error:
                log.warning("feed %s: could not be disabled: %s", url, storage_error)
            return FeedOutcome(feed.id, url, title, error=message)
        retry_after = error.retry_after if isinstance(error, HttpStatusError) else None
        retry_until = None
        if retry_after is not None and isinstance(error, HttpStatusError):
            if error.status in (429, 503):
                retry_until = now + timedelta(seconds=min(retry_after, 7 * 86400))
            else:
                retry_after = None
        if attempt.counts:
            planned = next_check(
                now,
                self._interval(feed),
                feed_min_interval_minutes=feed.feed_min_interval_minutes,
                consecutive_failures=feed.error_count + 1,
                retry_after_seconds=retry_after,
            )
        else:  # a server asking for longer than the back-off is still heard
            planned = max(feed.next_check_at or now, retry_until or now)
        try:
            self._database.writer.run(
                lambda connection: feeds.record_error(
                    connection,
                    feed.id,
                    message,
                    next_check_at=planned,
                    retry_after_until=retry_until,
                    counted=attempt.counts,
                )
            )
        except StorageError as storage_error:
            # Disk full: the error cannot be recorded either; the feed stays due and the
            # next refresh tries again, which is what the user wants once space returns.
            log.warning("feed %s: its error was not recorded: %s", url, storage_error)
        return FeedOutcome(
            feed.id, url, title, error=message, offline=isinstance(error, OfflineError)
        )
