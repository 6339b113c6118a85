"""A server that fails with a 5xx answer (Miniflux behind a proxy that answers 500 or 503 to
chosen calls): the sync stops with a clear reason, and no change made here is lost."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from desktop_app.errors import SyncError
from desktop_app.i18n import use_without_qt
from desktop_app.services.library import Library
from desktop_app.services.problems import in_language
from desktop_app.services.sync import SyncService, SyncSummary
from desktop_app.store import sync
from desktop_app.store.db import Database
from desktop_app.sync.greader import GoogleReaderClient
from tests.conftest import LocalServer
from tests.sync.proxy import Proxy
from tests.sync_server.miniflux import Account

pytestmark = pytest.mark.sync


@pytest.fixture
def database(tmp_path: Path, proxy: Proxy, account: Account) -> Iterator[Database]:
    """An account whose server is the proxy in front of the test's Miniflux."""
    opened = Database(tmp_path / "caravan.sqlite3")
    opened.writer.run(lambda c: sync.set_account(c, proxy.url, account.username))
    try:
        yield opened
    finally:
        opened.close()


def _sync(database: Database, proxy: Proxy, account: Account) -> SyncSummary:
    client = GoogleReaderClient(proxy.url, account.username, account.password)
    return SyncService(database, client).sync()


def _queued_flags(database: Database) -> int:
    with closing(database.reader()) as reader:
        return len(sync.pending_flags(reader))


def _last_error(database: Database) -> str:
    with closing(database.reader()) as reader:
        stored = sync.get_account(reader)
    assert stored is not None
    return stored.last_error or ""


def _mark_all_read_here(database: Database) -> None:
    library = Library(database)
    try:
        ids = [int(row[0]) for row in library._reader.execute("SELECT id FROM articles")]
        library.set_read(ids, True).result()
    finally:
        library.close()


@pytest.mark.parametrize("status", [500, 503])
def test_a_server_failing_while_changes_are_sent_keeps_them_for_the_next_sync(
    database: Database, proxy: Proxy, account: Account, feed_server: LocalServer, status: int
) -> None:
    account.subscribe(feed_server.url("/macworld.rss"))
    _sync(database, proxy, account)
    entries = account.entries()
    _mark_all_read_here(database)
    proxy.fail("/edit-tag", status)

    with pytest.raises(SyncError, match=rf"the server failed \(HTTP {status}\)") as failed:
        _sync(database, proxy, account)

    assert "stays queued" in str(failed.value)
    assert f"HTTP {status}" in _last_error(database)  # what the window and `account status` say
    use_without_qt("ru")
    try:
        said = in_language(_last_error(database))
    finally:
        use_without_qt("en")
    assert said.startswith(f"Сбой на сервере (HTTP {status}), синхронизация остановлена;"), said
    assert proxy.failed  # the changes did reach the failing server
    assert _queued_flags(database) == len(entries)
    assert {entry["status"] for entry in account.entries()} == {"unread"}

    proxy.heal()
    _sync(database, proxy, account)

    assert {entry["status"] for entry in account.entries()} == {"read"}
    assert _queued_flags(database) == 0
    assert _last_error(database) == ""


def test_a_server_failing_while_new_items_are_listed_loses_nothing_sent_or_stored(
    database: Database, proxy: Proxy, account: Account, feed_server: LocalServer
) -> None:
    macworld = feed_server.url("/macworld.rss")
    account.subscribe(macworld)
    _sync(database, proxy, account)
    _mark_all_read_here(database)
    account.subscribe(feed_server.url("/natasha.xml"))
    proxy.fail("/stream/items/", 503)  # the lists of ids and the contents

    with pytest.raises(SyncError, match=r"HTTP 503"):
        _sync(database, proxy, account)

    # The changes went before the failure and were acknowledged: none is lost or sent twice.
    assert _queued_flags(database) == 0
    old = [entry for entry in account.entries() if entry["feed"]["feed_url"] == macworld]
    assert {entry["status"] for entry in old} == {"read"}
    proxy.heal()
    summary = _sync(database, proxy, account)

    assert summary.new_items == len(account.entries()) - len(old)
    with closing(database.reader()) as reader:
        stored = reader.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert stored == len(account.entries())
