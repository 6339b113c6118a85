"""Subscriptions that come from the configuration file."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from desktop_app.config import FeedSetting
from desktop_app.store import feeds, state
from desktop_app.store.db import Database

_IMPORTED_KEY = "config_feeds_imported"


def import_config_feeds(database: Database, wanted: Sequence[FeedSetting]) -> int:
    """Subscribe to the ``[[feeds]]`` not imported before; return how many were added.

    Each URL is imported once: a feed the user removes later does not come back. No network
    is involved, so a first start offline still lists the configured feeds.
    """

    def work(connection: sqlite3.Connection) -> int:
        imported = set(json.loads(state.get_state(connection, _IMPORTED_KEY) or "[]"))
        added = 0
        for setting in wanted:
            if setting.url in imported:
                continue
            _, is_new = feeds.add_feed(connection, setting.url, setting.title, setting.folder)
            added += is_new
            imported.add(setting.url)
        state.set_state(connection, _IMPORTED_KEY, json.dumps(sorted(imported)))
        return added

    return database.writer.run(work)
