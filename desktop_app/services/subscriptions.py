"""Where subscriptions come from: the configuration file, OPML files, an address the user
types (a feed, or a web page that links to one)."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.config import FeedSetting
from desktop_app.store import feeds, state
from desktop_app.store.db import Database

log = logging.getLogger(__name__)

_IMPORTED_KEY = "config_feeds_imported"


def import_config_feeds(database: Database, wanted: Sequence[FeedSetting]) -> int:
    """Subscribe to the ``[[feeds]]`` not imported before; return how many were added.

    Each URL is imported once: a feed the user removes later does not come back. No network
    is involved, so a first start offline still lists the configured feeds. A read-only
    database imports nothing; the first start that can write does.
    """

    def work(connection: sqlite3.Connection) -> int:
        before = frozenset(json.loads(state.get_state(connection, _IMPORTED_KEY) or "[]"))
        imported = set(before)
        added = 0
        for setting in wanted:
            if setting.url in imported:
                continue
            _, is_new = feeds.add_feed(connection, setting.url, setting.title, setting.folder)
            added += is_new
            imported.add(setting.url)
        if imported != before:  # nothing new: nothing written
            state.set_state(connection, _IMPORTED_KEY, json.dumps(sorted(imported)))
        return added

    if not wanted:  # no [[feeds]], or a file that does not parse: the database is not touched
        return 0
    if database.read_only is not None:
        log.info("the configuration's feeds are not imported: %s", database.read_only.error())
        return 0
    return database.writer.run(work)


@dataclass(frozen=True, slots=True)
class OpmlImport:
    added: int
    already: int
    skipped: tuple[str, ...]


def import_opml(database: Database, data: bytes) -> OpmlImport:
    """Subscribe to every feed of an OPML file, with its folder; existing ones are kept as they
    are. Raises :class:`OpmlError` when the file cannot be used at all."""
    from desktop_app.feeds.opml import read_opml  # an XML parser: loaded when an OPML comes

    subscriptions, skipped = read_opml(data)

    def work(connection: sqlite3.Connection) -> tuple[int, int]:
        added = 0
        for subscription in subscriptions:
            _, is_new = feeds.add_feed(
                connection, subscription.url, subscription.title, subscription.folder
            )
            added += is_new
        return added, len(subscriptions) - added

    added, already = database.writer.run(work)
    return OpmlImport(added, already, tuple(skipped))


def export_opml(connection: sqlite3.Connection) -> bytes:
    from desktop_app.feeds.opml import Subscription, write_opml

    return write_opml(
        Subscription(feed.url, feed.title, feed.folder, feed.site_url)
        for feed in feeds.list_feeds(connection)
    )
