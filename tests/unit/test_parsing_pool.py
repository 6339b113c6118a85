"""Parsing in worker processes gives exactly what parsing in the app gives."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desktop_app.errors import NotAFeedError
from desktop_app.feeds.parse import parse_feed
from desktop_app.oslayer.processes import START_METHOD_VARIABLE, start_method
from desktop_app.services.parsing import POOL_THRESHOLD, WORKER_NICENESS, FeedParser

FEEDS = Path(__file__).parent.parent / "fixtures" / "feeds-real"


def test_pool_results_equal_in_process_results():
    parser = FeedParser(POOL_THRESHOLD)
    try:
        for name in ("macworld.rss", "DaringFireball.atom", "bio.rdf", "inessential.json"):
            body = (FEEDS / name).read_bytes()
            url = f"https://example.org/{name}"
            assert parser.parse(body, url, {}) == parse_feed(body, url, {})
    finally:
        parser.close()


def test_fetch_threads_that_start_parsing_together_share_one_pool():
    """Every fetch thread asks for the pool when its first download ends, many at once:
    each extra pool would start workers only to shut them down (seen: 27 workers started
    for one refresh on two cores)."""
    parser = FeedParser(POOL_THRESHOLD)
    start = threading.Barrier(16)

    def pool() -> object:
        start.wait()
        return parser._get_pool()

    try:
        with ThreadPoolExecutor(16) as threads:
            pools = list(threads.map(lambda _: pool(), range(16)))
    finally:
        parser.close()
    assert len({id(each) for each in pools}) == 1


def test_workers_start_from_a_fork_server_on_linux_and_fresh_elsewhere():
    """Never forked from the app with its threads and open database: on Linux from a fork
    server (a process between the app and each worker), on Windows and macOS, or when
    CARAVAN_MP_START=spawn, as fresh interpreters the app starts itself."""
    expected = "spawn" if sys.platform in ("win32", "darwin") else "forkserver"
    assert start_method() == os.environ.get(START_METHOD_VARIABLE, expected)
    parser = FeedParser(POOL_THRESHOLD)
    try:
        pool = parser._get_pool()
        assert pool is not None
        worker_parent = pool.submit(os.getppid).result()
    finally:
        parser.close()
    if start_method() == "spawn":
        assert worker_parent == os.getpid()
    else:
        assert worker_parent != os.getpid(), "a fork server stands between"


def test_spawned_workers_parse_as_the_app_does(monkeypatch):
    """The way Windows and macOS start them, forced on Linux: a spawned worker imports the
    parser itself and must not take itself for a fork server."""
    monkeypatch.setenv(START_METHOD_VARIABLE, "spawn")
    parser = FeedParser(POOL_THRESHOLD)
    try:
        pool = parser._get_pool()
        assert pool is not None
        assert pool.submit(os.getppid).result() == os.getpid(), "started by the app itself"
        body = (FEEDS / "macworld.rss").read_bytes()
        assert parser.parse(body, "https://example.org/m", {}) == parse_feed(
            body, "https://example.org/m", {}
        )
    finally:
        parser.close()


def test_a_start_method_that_would_fork_the_app_is_refused(monkeypatch):
    """A mistyped or unsafe CARAVAN_MP_START fails loudly: a test run meant to use spawn must
    not pass on forkserver unnoticed."""
    parser = FeedParser(POOL_THRESHOLD)
    for value in ("fork", "spwan"):
        monkeypatch.setenv(START_METHOD_VARIABLE, value)
        with pytest.raises(ValueError, match=f"{START_METHOD_VARIABLE}={value}: .*spawn"):
            parser._get_pool()
    parser.close()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has priority classes, not nice")
def test_parser_workers_yield_the_processor_to_the_app():
    """The single writer (and the window, in the same process) must not wait behind parsing."""
    parser = FeedParser(POOL_THRESHOLD)
    try:
        pool = parser._get_pool()
        assert pool is not None
        worker_niceness = pool.submit(os.nice, 0).result()
    finally:
        parser.close()
    assert worker_niceness == min(19, os.nice(0) + WORKER_NICENESS)


def test_errors_from_a_worker_keep_the_discovered_feeds():
    page = (
        b'<!DOCTYPE html><html><head><link rel="alternate" type="application/atom+xml" '
        b'href="/atom.xml"></head><body></body></html>'
    )
    parser = FeedParser(POOL_THRESHOLD)
    try:
        with pytest.raises(NotAFeedError) as raised:
            parser.parse(page, "https://example.org/", {"content-type": "text/html"})
    finally:
        parser.close()
    assert raised.value.discovered == ("https://example.org/atom.xml",)


@pytest.mark.skipif(sys.platform != "linux", reason="reads the processes' states in /proc")
@pytest.mark.parametrize("method", ["forkserver", "spawn"])
def test_parser_processes_end_when_the_app_is_killed(tmp_path, method):
    """kill -9 leaves no clean-up to run: the fork server and its workers, or the spawned
    workers, must notice alone."""
    script = tmp_path / "app.py"
    script.write_text(
        "import os, sys, time\n"
        "from desktop_app.services.parsing import FeedParser\n"
        "if __name__ == '__main__':\n"
        "    parser = FeedParser(20)\n"
        "    pool = parser._get_pool()\n"
        "    print(*{pool.submit(os.getpid).result() for _ in range(8)}, flush=True)\n"
        "    time.sleep(60)\n",
        encoding="utf-8",
    )
    app = subprocess.Popen(
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent.parent,
        env={**os.environ, START_METHOD_VARIABLE: method},
    )
    assert app.stdout is not None
    workers = [int(pid) for pid in app.stdout.readline().split()]
    parents = {
        int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1]) for pid in workers
    }
    assert workers and parents
    assert (parents == {app.pid}) == (method == "spawn"), "a fork server only for forkserver"

    app.send_signal(signal.SIGKILL)
    app.wait(10)
    app.stdout.close()

    def running(pid: int) -> bool:
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    others = [*workers, *(parents - {app.pid})]
    deadline = time.monotonic() + 10
    while any(running(pid) for pid in others) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in others if running(pid)]
    assert os.getpid() not in parents
