"""Parsing in worker processes gives exactly what parsing in the app gives."""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desktop_app.errors import NotAFeedError
from desktop_app.feeds.parse import parse_feed
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


def test_parser_processes_end_when_the_app_is_killed(tmp_path):
    """kill -9 leaves no clean-up to run: the fork server and its workers must notice alone."""
    import signal
    import subprocess
    import sys
    import time

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
    )
    assert app.stdout is not None
    workers = [int(pid) for pid in app.stdout.readline().split()]
    server = {
        int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1]) for pid in workers
    }
    assert workers and server

    app.send_signal(signal.SIGKILL)
    app.wait(10)
    app.stdout.close()

    def running(pid: int) -> bool:
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    deadline = time.monotonic() + 10
    while any(running(pid) for pid in [*workers, *server]) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in [*workers, *server] if running(pid)]
    assert os.getpid() not in server
