"""``caravan sync`` killed with SIGKILL in the middle, twice, then run again: nothing lost, no
item stored twice. A proxy between Caravan and Miniflux holds one chosen request, so the
kill lands at a known point instead of wherever a race puts it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import closing
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from desktop_app.store import articles, sync
from desktop_app.store.db import Database
from tests.conftest import LocalServer
from tests.sync_server.miniflux import Account

pytestmark = pytest.mark.sync

ROOT = Path(__file__).resolve().parents[2]


class HoldingProxy:
    """Forwards every request to ``upstream``, except the one chosen with :meth:`hold`: that
    one is kept unanswered (and never forwarded) until :meth:`release`."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self._fragment: str | None = None
        self._passes = 0
        self.holding = threading.Event()
        self._release = threading.Event()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                self._forward()

            def do_POST(self) -> None:
                self._forward()

            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if proxy._held(self.path):
                    proxy.holding.set()
                    proxy._release.wait(60)
                    self.send_response(502)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                headers = {
                    key: value
                    for key, value in self.headers.items()
                    if key.lower() not in ("host", "content-length", "connection")
                }
                answer = requests.request(
                    self.command, proxy.upstream + self.path, headers=headers, data=body, timeout=30
                )
                self.send_response(answer.status_code)
                for key in ("Content-Type",):
                    if key in answer.headers:
                        self.send_header(key, answer.headers[key])
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def hold(self, fragment: str, after: int = 0) -> None:
        """Hold the request whose path has ``fragment``, once ``after`` such have passed."""
        self.holding.clear()
        self._release.clear()
        self._fragment, self._passes = fragment, after

    def release(self) -> None:
        self._fragment = None
        self._release.set()

    def _held(self, path: str) -> bool:
        with self._lock:
            if self._fragment is None or self._fragment not in path:
                return False
            if self._passes > 0:
                self._passes -= 1
                return False
            self._fragment = None
            return True

    def stop(self) -> None:
        self._release.set()
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture
def proxy(account: Account) -> Iterator[HoldingProxy]:
    held = HoldingProxy(account.base_url)
    try:
        yield held
    finally:
        held.stop()


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


def _killed_at_hold(process: subprocess.Popen[str], proxy: HoldingProxy) -> None:
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
    tmp_path: Path, account: Account, feed_server: LocalServer, proxy: HoldingProxy
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
