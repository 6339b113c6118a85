"""``caravan sync`` killed with SIGKILL in the middle, twice, then run again: nothing lost, no
item stored twice. A proxy between Caravan and Miniflux holds one chosen request, so the
kill lands at a known point instead of wherever a race puts it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from desktop_app.store import articles, sync
from desktop_app.store.db import Database
from tests.conftest import LocalServer
from tests.sync.proxy import Proxy
from tests.sync_server.miniflux import Account

pytestmark = pytest.mark.sync

ROOT = Path(__file__).resolve().parents[2]


def _caravan_sync(data: Path, password: str) -> subprocess.Popen[str]:
    secret = data.parent / "password"
    secret.write_text(password + "\n", encoding="utf-8")
    with secret.open() as stdin:
        return subprocess.Popen(
            [
                *(sys.executable, "-m", "desktop_app", "sync", "--password-stdin"),
                *("--data-dir", str(data), "--config", str(data / "caravan.toml")),
            ],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )


def _killed_at_hold(process: subprocess.Popen[str], proxy: Proxy) -> None:
    assert proxy.holding.wait(60), "the sync never reached the held request"
    os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    proxy.release()


def _stored_keys(database_path: Path) -> list[str]:
    database = Database(database_path)
    try:
        with closing(database.reader()) as reader:
            return [
                str(row[0])
                for row in reader.execute(
                    "SELECT a.key FROM articles a JOIN sync_feeds s ON s.feed_id = a.feed_id"
                )
            ]
    finally:
        database.close()


def test_a_sync_killed_twice_loses_no_change_and_stores_no_item_twice(
    tmp_path: Path, account: Account, feed_server: LocalServer, proxy: Proxy
) -> None:
    account.subscribe(feed_server.url("/macworld.rss"))
    data = tmp_path / "data"
    data.mkdir()
    path = data / "caravan.sqlite3"
    database = Database(path)
    try:
        database.writer.run(lambda c: sync.set_account(c, proxy.url, account.username))
    finally:
        database.close()
    first = _caravan_sync(data, account.password)
    assert first.communicate(timeout=60)[0].startswith("Synced in")
    # Five read changes made here, and 108 new items on the server (two batches of contents).
    database = Database(path)
    try:
        with closing(database.reader()) as reader:
            chosen = [int(row[0]) for row in reader.execute("SELECT id FROM articles LIMIT 5")]
        database.writer.run(lambda c: articles.set_read(c, chosen, True))
    finally:
        database.close()
    for name in ("DaringFireball.atom", "scriptingNews.rss", "natasha.xml"):
        account.subscribe(feed_server.url(f"/{name}"))

    # Killed while the read changes are on their way: they stay queued.
    proxy.hold("/edit-tag")
    _killed_at_hold(_caravan_sync(data, account.password), proxy)
    database = Database(path)
    try:
        with closing(database.reader()) as reader:
            assert sync.pending_count(reader) == 5
    finally:
        database.close()

    # Killed between the first and the second batch of new items.
    proxy.hold("/stream/items/contents", after=1)
    _killed_at_hold(_caravan_sync(data, account.password), proxy)
    stored_before = _stored_keys(path)
    assert 30 < len(stored_before) < len(account.entries())

    last = _caravan_sync(data, account.password)
    out, err = last.communicate(timeout=60)
    assert last.returncode == 0, err
    assert f"{len(account.entries()) - len(stored_before)} new articles" in out  # the rest

    stored = _stored_keys(path)
    assert len(stored) == len(set(stored)) == len(account.entries())
    assert len(account.entries(status="read")) == 5
    database = Database(path)
    try:
        with closing(database.reader()) as reader:
            assert sync.pending_count(reader) == 0
    finally:
        database.close()
