"""One sync with the aggregator server: push what changed here, then take what changed there.

The order is what keeps changes from being lost or undone:

1. subscription changes made here, in the order they were made;
2. read and starred changes made here, in batches, each removed from the queue only after the
   server acknowledged it (a sync killed between the two pushes it again: harmless);
3. the server's subscriptions and folders (a new one is added here, one gone is removed);
4. the server's read and starred states for the articles stored here, except a flag whose
   change is still queued (it did not reach the server: it is the newer one);
5. new items: every unread and starred id, and the ids of items published since the last
   sync (the first sync lists everything), fetched in batches and stored page by page, so
   that a first sync of a large account shows progress, can be cancelled, and resumes where
   it stopped (what is stored is known and not asked for again).

The server gives no time for a change of flag, so "the most recent change wins" means: a
change made here since the last sync beats the server's state (it is pushed first); the
server's state beats everything older.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from desktop_app.domain import ParsedEntry
from desktop_app.errors import HttpStatusError, SyncError
from desktop_app.i18n import PLURAL, translate
from desktop_app.sanitize import html_to_text, sanitize_html
from desktop_app.store import articles, sync
from desktop_app.store.db import Database
from desktop_app.sync.greader import (
    CONTENTS_BATCH,
    READ,
    READING_LIST,
    STARRED,
    GoogleReaderClient,
    RemoteItem,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

EDIT_BATCH = 250  # item ids per edit-tag call
# Feeds' dates lag their crawl: items published up to a day before the last sync are asked
# for again (those stored already are skipped without fetching).
SINCE_MARGIN_SECONDS = 24 * 3600

ProgressCallback = Callable[[str, int, int], None]  # stage, done, total (0: unknown)


class SyncCancelled(SyncError):
    """The user stopped the sync; what was stored and acknowledged stays."""


@dataclass
class SyncSummary:
    pushed: int = 0
    feeds_added: int = 0
    feeds_removed: int = 0
    new_items: int = 0
    read_changes: int = 0
    starred_changes: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def describe(self) -> str:
        """The figures in the interface's language: the command line prints them, the
        window's status line quotes them."""
        new_items, pushed = self.new_items, self.pushed
        flags = self.read_changes + self.starred_changes
        parts = [
            translate("Sync", "%n new article(s)", None, PLURAL, new_items),
            translate("Sync", "%n change(s) sent", None, PLURAL, pushed),
            translate("Sync", "%n mark(s) taken from the server", None, PLURAL, flags),
        ]
        if self.feeds_added or self.feeds_removed:
            parts.append(
                translate("Sync", "feeds +{added} -{removed}").format(
                    added=self.feeds_added, removed=self.feeds_removed
                )
            )
        return ", ".join(parts)


class SyncService:
    """Runs on a worker thread; every write goes through the database's single writer."""

    def __init__(
        self,
        database: Database,
        client: GoogleReaderClient,
        *,
        cancel: threading.Event | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> None:
        self._database = database
        self._client = client
        self._cancel = cancel or threading.Event()
        self._on_progress = on_progress

    def sync(self) -> SyncSummary:
        """One whole sync; a SyncError (or a NetworkError) when it could not finish, with
        everything not acknowledged still queued and the reason stored with the account."""
        started = time.monotonic()
        begun_at = int(datetime.now(UTC).timestamp())
        summary = SyncSummary()
        try:
            account = self._read(sync.get_account)
            if account is None:
                raise SyncError("no sync account is set up (caravan account add)")
            self._push_feed_changes(summary)
            self._push_flags(summary)
            self._pull_subscriptions(summary)
            unread, starred = self._pull_flags(summary)
            self._pull_items(account.items_since, unread | starred, summary)
            # Marks of local articles that became the server's items (a feed moved in).
            self._push_flags(summary)
        except HttpStatusError as error:
            if error.status < 500:
                self._record_failure(error)
                raise
            # The address of a call, with its query, says little to the user; the fault is.
            failure = SyncError(
                f"the server failed (HTTP {error.status}) and the sync stopped; "
                "what was not sent stays queued for the next sync"
            )
            self._record_failure(failure)
            raise failure from error
        except Exception as error:
            self._record_failure(error)
            raise
        self._database.writer.run(lambda c: sync.record_sync(c, error=None, items_since=begun_at))
        summary.seconds = time.monotonic() - started
        return summary

    # -- helpers -----------------------------------------------------------------------------
    def _record_failure(self, error: Exception) -> None:
        message = str(error) or type(error).__name__
        self._database.writer.run(lambda c: sync.record_sync(c, error=message))

    def _read(self, query: Callable[[sqlite3.Connection], T]) -> T:
        reader = self._database.reader()
        try:
            return query(reader)
        finally:
            reader.close()

    def _check_cancel(self) -> None:
        if self._cancel.is_set():
            raise SyncCancelled("sync cancelled; what was stored so far is kept")

    def _progress(self, stage: str, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(stage, done, total)

    # -- 1. subscription changes --------------------------------------------------------------
    def _push_feed_changes(self, summary: SyncSummary) -> None:
        """The queue of subscription changes, replayed in order."""
        changes = self._read(sync.pending_feed_changes)
        if not changes:
            return
        remote = {item.stream_id for item in self._client.subscriptions()}
        for change in changes:
            self._check_cancel()
            stream_id = None
            try:
                if change.action == "subscribe":
                    stream_id = self._client.subscribe(change.url, change.title, change.folder)
                    remote.add(stream_id)
                elif change.stream_id not in remote:
                    log.info("%s: %s is gone from the server", change.action, change.stream_id)
                elif change.action == "edit":
                    self._client.edit_subscription(
                        str(change.stream_id), title=change.title, folder=change.folder
                    )
                else:
                    self._client.unsubscribe(str(change.stream_id))
                    remote.discard(str(change.stream_id))
            except HttpStatusError as error:
                if error.status >= 500 and change.action != "subscribe":
                    raise
                # Miniflux answers 500 when it cannot fetch a feed to subscribe to: the feed
                # stays a local one, and the rest of the queue goes on.
                summary.problems.append(
                    f"{change.action} {change.url or change.stream_id}: {error}"
                )
            self._database.writer.run(
                functools.partial(sync.acknowledge_feed_change, change=change, stream_id=stream_id)
            )
            summary.pushed += 1

    # -- 2. flags --------------------------------------------------------------------------
    def _push_flags(self, summary: SyncSummary) -> None:
        changes = self._read(sync.pending_flags)
        groups: dict[tuple[str, bool], list[sync.FlagChange]] = {}
        for change in changes:
            groups.setdefault((change.flag, change.value), []).append(change)
        done = 0
        for (flag, value), group in groups.items():
            tag = READ if flag == "read" else STARRED
            for start in range(0, len(group), EDIT_BATCH):
                self._check_cancel()
                batch = group[start : start + EDIT_BATCH]
                ids = [change.item_id for change in batch]
                if value:
                    self._client.edit_tag(ids, add=tag)
                else:
                    self._client.edit_tag(ids, remove=tag)
                rows = [change.row for change in batch]
                self._database.writer.run(functools.partial(sync.acknowledge_flags, rows=rows))
                done += len(batch)
                summary.pushed += len(batch)
                self._progress(translate("Sync", "sending changes"), done, len(changes))

    # -- 3. subscriptions ----------------------------------------------------------------------
    def _pull_subscriptions(self, summary: SyncSummary) -> None:
        subscriptions = self._client.subscriptions()
        streams = self._read(sync.feed_streams)
        listed = {item.stream_id for item in subscriptions}
        gone = [feed_id for stream, feed_id in streams.items() if stream not in listed]
        added = sum(1 for item in subscriptions if item.stream_id not in streams)

        def apply(connection: sqlite3.Connection) -> int:
            for item in subscriptions:
                sync.apply_feed(
                    connection,
                    item.stream_id,
                    item.url,
                    item.title,
                    item.folder,
                    item.site_url,
                )
            return sync.drop_feeds(connection, gone)

        summary.feeds_removed += self._database.writer.run(apply)
        summary.feeds_added += added

    # -- 4. flags from the server ------------------------------------------------------------
    def _pull_flags(self, summary: SyncSummary) -> tuple[set[str], set[str]]:
        """Apply the server's states; its unread and starred item ids."""
        self._progress(translate("Sync", "reading read and starred marks"), 0, 0)
        unread = self._client.all_item_ids(READING_LIST, exclude=READ)
        self._check_cancel()
        starred = self._client.all_item_ids(STARRED)
        read_changes, starred_changes = self._database.writer.run(
            lambda c: sync.apply_flags(c, unread, starred)
        )
        summary.read_changes += read_changes
        summary.starred_changes += starred_changes
        return unread, starred

    # -- 5. new items ------------------------------------------------------------------------
    def _pull_items(self, items_since: int | None, listed: set[str], summary: SyncSummary) -> None:
        known = self._read(sync.known_item_ids)
        streams = self._read(sync.feed_streams)
        wanted = sorted(listed - known)
        self._fetch(wanted, streams, known, summary)
        since = None if items_since is None else max(0, items_since - SINCE_MARGIN_SECONDS)
        for page in self._client.item_ids(READING_LIST, since=since):
            self._check_cancel()
            self._fetch([item for item in page if item not in known], streams, known, summary)

    def _fetch(
        self,
        wanted: Sequence[str],
        streams: dict[str, int],
        known: set[str],
        summary: SyncSummary,
    ) -> None:
        for start in range(0, len(wanted), CONTENTS_BATCH):
            self._check_cancel()
            batch = wanted[start : start + CONTENTS_BATCH]
            items = self._client.contents(batch)
            by_feed: dict[int, list[RemoteItem]] = {}
            for item in items:
                feed_id = streams.get(item.stream_id)
                if feed_id is not None:  # a feed subscribed after the list: the next sync
                    by_feed.setdefault(feed_id, []).append(item)
            stored = self._database.writer.run(functools.partial(_store, by_feed=by_feed))
            known.update(batch)
            summary.new_items += stored
            self._progress(translate("Sync", "fetching articles"), summary.new_items, 0)


def _store(connection: sqlite3.Connection, by_feed: dict[int, list[RemoteItem]]) -> int:
    """Items of several feeds in one transaction; those stored already are skipped."""
    stored = 0
    for feed_id, items in by_feed.items():
        present = sync.stored_keys(connection, feed_id, [item.item_id for item in items])
        fresh = [item for item in items if item.item_id not in present]
        adopted = sync.adopt_local_articles(
            connection,
            feed_id,
            [(item.item_id, item.link, item.read, item.starred) for item in fresh],
        )
        fresh = [item for item in fresh if item.item_id not in adopted]
        if not fresh:
            continue
        articles.store_entries(connection, feed_id, [_entry(item) for item in fresh])
        for flag in ("read", "starred"):
            keys = [item.item_id for item in fresh if getattr(item, flag)]
            sync.set_item_flag(connection, feed_id, keys, flag)
        stored += len(fresh)
    return stored


def _entry(item: RemoteItem) -> ParsedEntry:
    """A server's item as a parsed feed entry: its HTML goes through the same policy as a
    feed's (the server passes on what the feed had)."""
    content = sanitize_html(item.content_html, item.link or None)
    return ParsedEntry(
        key=item.item_id,
        title=item.title,
        link=item.link,
        author=item.author,
        published_at=item.published_at,
        summary_html=content,
        content_html="",
        text=html_to_text(content),
    )
