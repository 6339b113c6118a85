"""Two-way sync against a real Miniflux: what changes on one side is seen on the other."""

from __future__ import annotations

import threading
from contextlib import closing
from pathlib import Path

import pytest

from desktop_app.errors import OfflineError, SyncAuthError
from desktop_app.services.library import Library
from desktop_app.services.sync import ProgressCallback, SyncCancelled, SyncService, SyncSummary
from desktop_app.store import feeds, sync
from desktop_app.store.db import Database
from tests.conftest import LocalServer
from tests.sync.conftest import client_for
from tests.sync_server.miniflux import Account, Miniflux

pytestmark = pytest.mark.sync


def _sync(
    database: Database,
    account: Account,
    cancel: threading.Event | None = None,
    on_progress: ProgressCallback | None = None,
) -> SyncSummary:
    return SyncService(database, client_for(account), cancel=cancel, on_progress=on_progress).sync()


def _local_feeds(database: Database) -> dict[str, tuple[str, str]]:
    """URL → (title, folder) of every feed stored here."""
    with closing(database.reader()) as reader:
        return {feed.url: (feed.title, feed.folder) for feed in feeds.list_feeds(reader)}


def _flags(database: Database) -> dict[str, tuple[bool, bool]]:
    """Item id → (read, starred) of every synced article."""
    with closing(database.reader()) as reader:
        rows = reader.execute(
            "SELECT a.key, a.read, a.starred FROM articles a "
            "JOIN sync_feeds s ON s.feed_id = a.feed_id"
        ).fetchall()
    return {row[0]: (bool(row[1]), bool(row[2])) for row in rows}


def _item_id(entry_id: int) -> str:
    return f"tag:google.com,2005:reader/item/{entry_id:016x}"


def _article_id(database: Database, entry_id: int) -> int:
    with closing(database.reader()) as reader:
        row = reader.execute(
            "SELECT id FROM articles WHERE key = ?", (_item_id(entry_id),)
        ).fetchone()
    assert row is not None, f"entry {entry_id} is not stored here"
    return int(row[0])


def _queued(database: Database) -> int:
    with closing(database.reader()) as reader:
        return sync.pending_count(reader)


def test_first_sync_brings_the_servers_feeds_folders_and_articles(
    synced_database: Database, account: Account, feed_server: LocalServer
) -> None:
    daring = feed_server.url("/DaringFireball.atom")
    scripting = feed_server.url("/scriptingNews.rss")
    account.subscribe(daring, "Apple")
    account.subscribe(scripting, "Blogs")
    entries = account.entries()
    assert entries, "Miniflux stored nothing from the feeds"

    summary = _sync(synced_database, account)

    local = _local_feeds(synced_database)
    assert local[daring][1] == "Apple"
    assert local[scripting][1] == "Blogs"
    assert set(_flags(synced_database)) == {_item_id(entry["id"]) for entry in entries}
    assert summary.new_items == len(entries)
    # An incremental sync with nothing new stores nothing again.
    assert _sync(synced_database, account).new_items == 0


def test_read_and_starred_here_reach_the_server(
    synced_database: Database, account: Account, feed_server: LocalServer
) -> None:
    account.subscribe(feed_server.url("/macworld.rss"))
    _sync(synced_database, account)
    first, second = account.entries(order="id", direction="asc")[:2]
    library = Library(synced_database)
    try:
        library.set_read([_article_id(synced_database, first["id"])], True).result()
        library.set_starred([_article_id(synced_database, second["id"])], True).result()
    finally:
        library.close()
    assert _queued(synced_database) == 2

    _sync(synced_database, account)

    server = {entry["id"]: entry for entry in account.entries()}
    assert server[first["id"]]["status"] == "read"
    assert server[second["id"]]["starred"] is True
    assert server[second["id"]]["status"] == "unread"
    assert _queued(synced_database) == 0


def test_read_and_starred_on_the_server_reach_caravan(
    synced_database: Database, account: Account, feed_server: LocalServer
) -> None:
    account.subscribe(feed_server.url("/macworld.rss"))
    _sync(synced_database, account)
    first, second = account.entries(order="id", direction="asc")[:2]
    account.rest("PUT", "/entries", {"entry_ids": [first["id"]], "status": "read"})
    account.rest("PUT", f"/entries/{second['id']}/bookmark")

    _sync(synced_database, account)

    flags = _flags(synced_database)
    assert flags[_item_id(first["id"])] == (True, False)
    assert flags[_item_id(second["id"])] == (False, True)


def test_a_change_made_here_beats_the_older_state_on_the_server(
    synced_database: Database, account: Account, feed_server: LocalServer
) -> None:
    """Read on the server, then marked unread here before the next sync: unread wins."""
    account.subscribe(feed_server.url("/macworld.rss"))
    _sync(synced_database, account)
    entry = account.entries()[0]
    account.rest("PUT", "/entries", {"entry_ids": [entry["id"]], "status": "read"})
    library = Library(synced_database)
    try:
        article = _article_id(synced_database, entry["id"])
        library.set_read([article], True).result()
        library.set_read([article], False).result()
    finally:
        library.close()

    _sync(synced_database, account)

    assert _flags(synced_database)[_item_id(entry["id"])][0] is False
    server = {item["id"]: item for item in account.entries()}
    assert server[entry["id"]]["status"] == "unread"


def test_subscriptions_changed_here_reach_the_server(
    synced_database: Database, account: Account, feed_server: LocalServer
) -> None:
    daring = feed_server.url("/DaringFireball.atom")
    macworld = feed_server.url("/macworld.rss")
    account.subscribe(daring)
    account.subscribe(macworld)
    _sync(synced_database, account)
    ids = _feed_ids(synced_database)
    natasha = feed_server.url("/natasha.xml")
    library = Library(synced_database)
    try:
        library.update_feed(ids[daring], title="Gruber", folder="Apple").result()
        library.remove_feed(ids[macworld]).result()
        local_id, _ = library.add_feed(natasha, "Natasha", "Poetry").result()
    finally:
        library.close()
    assert synced_database.writer.run(lambda c: sync.queue_subscribe(c, [local_id])) == 1

    _sync(synced_database, account)

    server = {feed["feed_url"]: feed for feed in account.feeds()}
    assert server[daring]["title"] == "Gruber"
    assert server[daring]["category"]["title"] == "Apple"
    assert macworld not in server
    assert server[natasha]["category"]["title"] == "Poetry"
    assert _queued(synced_database) == 0
    # The pushed feed is the account's now: its articles come from the server.
    assert natasha in _feed_ids(synced_database)
    with closing(synced_database.reader()) as reader:
        assert local_id in sync.synced_feed_ids(reader)


def test_subscriptions_changed_on_the_server_reach_caravan(
    synced_database: Database, account: Account, feed_server: LocalServer
) -> None:
    daring = feed_server.url("/DaringFireball.atom")
    macworld = feed_server.url("/macworld.rss")
    daring_id = account.subscribe(daring)
    macworld_id = account.subscribe(macworld)
    _sync(synced_database, account)
    account.rest(
        "PUT",
        f"/feeds/{daring_id}",
        {"title": "Gruber", "category_id": account.category_id("Apple")},
    )
    account.rest("DELETE", f"/feeds/{macworld_id}")
    natasha = feed_server.url("/natasha.xml")
    account.subscribe(natasha, "Poetry")

    _sync(synced_database, account)

    local = _local_feeds(synced_database)
    assert local[daring] == ("Gruber", "Apple")
    assert macworld not in local
    assert local[natasha][1] == "Poetry"


def test_a_feed_the_server_dropped_keeps_the_articles_starred_here(
    synced_database: Database, account: Account, feed_server: LocalServer
) -> None:
    macworld = feed_server.url("/macworld.rss")
    daring = feed_server.url("/DaringFireball.atom")
    macworld_id = account.subscribe(macworld)
    daring_id = account.subscribe(daring)
    _sync(synced_database, account)
    kept = account.entries(order="id", direction="asc")[0]
    starred_feed = kept["feed_id"]
    library = Library(synced_database)
    try:
        library.set_starred([_article_id(synced_database, kept["id"])], True).result()
    finally:
        library.close()
    _sync(synced_database, account)
    account.rest("DELETE", f"/feeds/{macworld_id}")
    account.rest("DELETE", f"/feeds/{daring_id}")

    summary = _sync(synced_database, account)

    assert summary.feeds_removed == 2
    starred_url = macworld if starred_feed == macworld_id else daring
    with closing(synced_database.reader()) as reader:
        left = feeds.list_feeds(reader)
        articles = reader.execute("SELECT key, starred FROM articles").fetchall()
        synced = reader.execute("SELECT COUNT(*) FROM sync_feeds").fetchone()[0]
    assert [(feed.url, feed.enabled) for feed in left] == [(starred_url, False)]  # paused
    assert [(row[0], bool(row[1])) for row in articles] == [(_item_id(kept["id"]), True)]
    assert synced == 0  # a local feed now: the next sync leaves it be
    _sync(synced_database, account)
    assert list(_local_feeds(synced_database)) == [starred_url]


def test_changes_made_while_the_server_is_down_are_replayed_when_it_is_back(
    synced_database: Database, account: Account, feed_server: LocalServer, miniflux: Miniflux
) -> None:
    account.subscribe(feed_server.url("/macworld.rss"))
    _sync(synced_database, account)
    entries = account.entries()
    miniflux.stop_server()
    library = Library(synced_database)
    try:
        library.set_read([_article_id(synced_database, e["id"]) for e in entries], True).result()
    finally:
        library.close()
    with pytest.raises(OfflineError):
        _sync(synced_database, account)
    assert _queued(synced_database) == len(entries)
    with closing(synced_database.reader()) as reader:
        account_row = sync.get_account(reader)
    assert account_row is not None and "cannot connect" in (account_row.last_error or "")

    miniflux.start_server()
    _sync(synced_database, account)

    assert {entry["status"] for entry in account.entries()} == {"read"}
    assert _queued(synced_database) == 0


def test_the_queue_survives_closing_caravan_before_a_sync(
    tmp_path: Path, synced_database: Database, account: Account, feed_server: LocalServer
) -> None:
    account.subscribe(feed_server.url("/macworld.rss"))
    _sync(synced_database, account)
    entry = account.entries()[0]
    library = Library(synced_database)
    library.set_starred([_article_id(synced_database, entry["id"])], True).result()
    library.close()
    synced_database.close()

    reopened = Database(synced_database.path)
    try:
        assert _queued(reopened) == 1
        _sync(reopened, account)
    finally:
        reopened.close()

    assert {item["id"]: item for item in account.entries()}[entry["id"]]["starred"] is True


def test_a_cancelled_first_sync_resumes_without_duplicates(
    synced_database: Database, account: Account, feed_server: LocalServer
) -> None:
    for name in ("DaringFireball.atom", "scriptingNews.rss", "macworld.rss"):
        account.subscribe(feed_server.url(f"/{name}"))
    total = len(account.entries())
    cancel = threading.Event()

    def stop_after_first_batch(stage: str, done: int, _total: int) -> None:
        if stage == "fetching articles" and done > 0:
            cancel.set()

    with pytest.raises(SyncCancelled):
        _sync(synced_database, account, cancel=cancel, on_progress=stop_after_first_batch)
    stored = len(_flags(synced_database))
    assert 0 < stored < total

    summary = _sync(synced_database, account)

    assert len(_flags(synced_database)) == total
    assert summary.new_items == total - stored


def test_the_server_stopped_in_the_middle_of_a_sync_loses_nothing(
    synced_database: Database, account: Account, feed_server: LocalServer, miniflux: Miniflux
) -> None:
    for name in ("DaringFireball.atom", "scriptingNews.rss", "macworld.rss"):
        account.subscribe(feed_server.url(f"/{name}"))
    total = len(account.entries())

    def stop_server(stage: str, done: int, _total: int) -> None:
        if stage == "fetching articles" and done > 0 and miniflux.running:
            miniflux.stop_server()

    with pytest.raises(OfflineError):
        _sync(synced_database, account, on_progress=stop_server)
    miniflux.start_server()
    _sync(synced_database, account)

    assert len(_flags(synced_database)) == total


def test_a_wrong_password_is_said_and_stored_with_the_account(
    synced_database: Database, account: Account
) -> None:
    with pytest.raises(SyncAuthError, match="refused the user name or the password"):
        SyncService(synced_database, client_for(account, "wrong")).sync()
    with closing(synced_database.reader()) as reader:
        stored = sync.get_account(reader)
    assert stored is not None and "refused" in (stored.last_error or "")


def test_synced_feeds_are_left_to_the_server_by_the_local_refresh(
    synced_database: Database, account: Account, feed_server: LocalServer
) -> None:
    from desktop_app.config import Config
    from desktop_app.net.http import HttpClient
    from desktop_app.services.refresh import RefreshService

    account.subscribe(feed_server.url("/macworld.rss"))
    _sync(synced_database, account)
    feed_server.requests.clear()

    outcomes = RefreshService(synced_database, HttpClient(), Config()).refresh_feeds()

    assert outcomes == []
    assert feed_server.requests == []


def _feed_ids(database: Database) -> dict[str, int]:
    with closing(database.reader()) as reader:
        return {feed.url: feed.id for feed in feeds.list_feeds(reader)}


def test_a_local_feed_moved_into_the_account_keeps_its_articles_and_their_marks(
    synced_database: Database, account: Account, feed_server: LocalServer
) -> None:
    """Its articles become the server's items (none stored twice), and what the user read
    or starred here is read or starred on the server."""
    from desktop_app.config import Config
    from desktop_app.net.http import HttpClient
    from desktop_app.services.refresh import RefreshService

    url = feed_server.url("/macworld.rss")
    library = Library(synced_database)
    try:
        feed_id, _ = library.add_feed(url, "Macworld", "Apple").result()
        RefreshService(synced_database, HttpClient(), Config()).refresh_feeds()
        with closing(synced_database.reader()) as reader:
            local = reader.execute(
                "SELECT id, link FROM articles WHERE feed_id = ? ORDER BY id", (feed_id,)
            ).fetchall()
        library.set_read([local[0]["id"]], True).result()
        library.set_starred([local[1]["id"]], True).result()
    finally:
        library.close()
    synced_database.writer.run(lambda c: sync.queue_subscribe(c, [feed_id]))

    _sync(synced_database, account)

    with closing(synced_database.reader()) as reader:
        count = reader.execute(
            "SELECT count(*) FROM articles WHERE feed_id = ?", (feed_id,)
        ).fetchone()[0]
    entries = {entry["url"]: entry for entry in account.entries()}
    assert count == len(entries) == len(local)
    assert entries[local[0]["link"]]["status"] == "read"
    assert entries[local[1]["link"]]["starred"] is True
    assert len(account.entries(status="read")) == 1  # the others stay unread
    assert len(account.entries(starred="true")) == 1
    assert _flags(synced_database)[_item_id(entries[local[0]["link"]]["id"])] == (True, False)
    assert _queued(synced_database) == 0
