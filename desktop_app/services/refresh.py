"""One update of every feed and of the rates: download and parse in parallel, store through
the single writer, report per source. No Qt here: the CLI and the GUI share it.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed

from desktop_app.config import Config
from desktop_app.domain import Feed
from desktop_app.errors import CaravanError, OfflineError
from desktop_app.feeds.parse import parse_feed
from desktop_app.net.http import HttpClient
from desktop_app.services.outcomes import FeedOutcome, RefreshSummary
from desktop_app.services.rates import refresh_rates
from desktop_app.services.subscriptions import import_config_feeds
from desktop_app.store import articles, feeds
from desktop_app.store.db import Database

log = logging.getLogger(__name__)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)

ProgressCallback = Callable[[int, int, FeedOutcome], None]


class RefreshService:
    def __init__(self, database: Database, http: HttpClient, config: Config, workers: int = 8):
        self._database = database
        self._http = http
        self._config = config
        self._workers = workers

    def import_config_feeds(self) -> int:
        """Subscribe to the configuration's ``[[feeds]]`` (see :func:`import_config_feeds`)."""
        return import_config_feeds(self._database, self._config.feeds)

    def refresh_all(
        self,
        on_progress: ProgressCallback | None = None,
        *,
        include_feeds: bool = True,
        include_rates: bool = True,
    ) -> RefreshSummary:
        rates = (
            refresh_rates(self._http, self._database, self._config.rates) if include_rates else None
        )
        outcomes = self.refresh_feeds(on_progress) if include_feeds else []
        return RefreshSummary(feeds=tuple(outcomes), rates=rates)

    def refresh_feeds(self, on_progress: ProgressCallback | None = None) -> list[FeedOutcome]:
        """Update every enabled feed; one feed's failure never stops the others."""
        reader = self._database.reader()
        try:
            subscribed = feeds.list_feeds(reader, enabled_only=True)
        finally:
            reader.close()
        outcomes: list[FeedOutcome] = []
        if not subscribed:
            return outcomes
        with ThreadPoolExecutor(self._workers, thread_name_prefix="feed") as pool:
            futures = [pool.submit(self._refresh_one, feed) for feed in subscribed]
            for future in as_completed(futures):
                outcome = future.result()
                outcomes.append(outcome)
                if on_progress is not None:
                    on_progress(len(outcomes), len(subscribed), outcome)
        return outcomes

    def _refresh_one(self, feed: Feed) -> FeedOutcome:
        title = feed.title or feed.url
        try:
            response = self._http.get(
                feed.url, etag=feed.etag, last_modified=feed.last_modified, accept=FEED_ACCEPT
            )
            if response.not_modified or response.body is None:
                self._database.writer.run(
                    lambda connection: feeds.record_success(
                        connection,
                        feed.id,
                        etag=response.etag or feed.etag,
                        last_modified=response.last_modified or feed.last_modified,
                        content_hash=None,
                    )
                )
                return FeedOutcome(feed.id, feed.url, title, not_modified=True)
            body = response.body
            digest = hashlib.sha256(body).hexdigest()
            reader = self._database.reader()
            try:
                unchanged = feeds.content_hash(reader, feed.id) == digest
            finally:
                reader.close()
            if unchanged:
                # Same bytes as last time: nothing to parse (NetNewsWire's hash skip).
                self._database.writer.run(
                    lambda connection: feeds.record_success(
                        connection,
                        feed.id,
                        etag=response.etag,
                        last_modified=response.last_modified,
                        content_hash=digest,
                    )
                )
                return FeedOutcome(feed.id, feed.url, title, not_modified=True)
            parsed = parse_feed(body, response.url, response.headers)

            def store(connection: sqlite3.Connection) -> articles.StoreCounts:
                counts = articles.store_entries(connection, feed.id, parsed.entries)
                feeds.record_success(
                    connection,
                    feed.id,
                    etag=response.etag,
                    last_modified=response.last_modified,
                    content_hash=digest,
                    title=parsed.title or None,
                    site_url=parsed.site_url or None,
                )
                return counts

            counts = self._database.writer.run(store)
            if parsed.warning:
                log.info("%s parsed with a warning: %s", feed.url, parsed.warning)
            return FeedOutcome(
                feed.id, feed.url, parsed.title or title, new=counts.new, updated=counts.updated
            )
        except CaravanError as error:
            message = str(error)
            log.warning("feed %s: %s", feed.url, message)
            self._database.writer.run(
                lambda connection: feeds.record_error(connection, feed.id, message)
            )
            return FeedOutcome(
                feed.id, feed.url, title, error=message, offline=isinstance(error, OfflineError)
            )
