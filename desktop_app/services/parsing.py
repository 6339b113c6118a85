"""Feed parsing in worker processes.

Parsing is pure CPU work in Python (feedparser): in threads it would hold the GIL, so a
refresh of many feeds would use one core and make the window stutter. Worker processes use
every core and leave the app's interpreter free. Small refreshes parse in the calling thread:
starting processes would cost more than it saves.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from desktop_app.domain import ParsedFeed
from desktop_app.feeds.parse import parse_feed
from desktop_app.oslayer.processes import end_with_parent, lower_priority, worker_context

log = logging.getLogger(__name__)

# Below this many feeds in one refresh, process start-up costs more than it saves.
POOL_THRESHOLD = 8
WORKER_NICENESS = 10
# Where there is a fork server, it imports parser_server before forking any worker.
FORK_SERVER_PRELOAD = ("desktop_app.services.parser_server",)
# Set by the app for its fork server: the parent the server must see, or end.
APP_PID_VARIABLE = "CARAVAN_PARSER_APP"
# Set by the fork server for its workers: the parent each must see, or end (a worker forked
# just before the server died would otherwise take its new parent, init, for the server).
SERVER_PID_VARIABLE = "CARAVAN_PARSER_SERVER"


class FeedParser:
    """Parses in a process pool created on first use; falls back to in-thread parsing."""

    def __init__(self, feeds_to_refresh: int) -> None:
        self._use_pool = feeds_to_refresh >= POOL_THRESHOLD and (os.cpu_count() or 1) > 1
        self._pool: ProcessPoolExecutor | None = None
        # Fetch threads ask for the pool at once: without the lock several would each start
        # one, and every pool but the last would spin up workers only to shut them down.
        self._pool_lock = threading.Lock()

    def parse(self, body: bytes, url: str, headers: Mapping[str, str]) -> ParsedFeed:
        pool = self._get_pool()
        if pool is None:
            return parse_feed(body, url, headers)
        try:
            return pool.submit(parse_feed, body, url, dict(headers)).result()
        except BrokenProcessPool:
            log.warning("the parser process died; parsing %s in the app instead", url)
            self._use_pool = False
            return parse_feed(body, url, headers)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _get_pool(self) -> ProcessPoolExecutor | None:
        with self._pool_lock:
            if not self._use_pool:
                return None
            if self._pool is None:
                # Workers never fork from this process with its threads and open database:
                # they fork from a fork server, which preloads the parser once, or start as
                # fresh interpreters where there is none (Windows, macOS). Each watches its
                # parent (the fork server, which watches the app; or the app), so a killed
                # app leaves none of them behind: without the watch, a fork server and its
                # workers stayed behind after every kill -9, waiting for work.
                os.environ[APP_PID_VARIABLE] = str(os.getpid())
                # As many workers as processors: the executor's default, which also keeps
                # within the 61 that Windows allows (asking for more raises ValueError there).
                self._pool = ProcessPoolExecutor(
                    mp_context=worker_context(FORK_SERVER_PRELOAD),
                    initializer=_start_worker,
                    initargs=(os.getpid(),),
                )
            return self._pool


def _start_worker(app: int) -> None:
    """In each worker: yield the processor to the app, and end with the parent: the fork
    server (which ends with the app), or the ``app`` itself for a spawned worker.

    Parsing is the bulk of a big refresh's work and the single writer the narrow part: on
    two cores the workers outran the writer and left it a backlog to store alone at the end.
    A lower priority lets the writer, and the window in the same process, go first.
    """
    lower_priority(WORKER_NICENESS)
    server = os.environ.get(SERVER_PID_VARIABLE, "")
    end_with_parent(int(server) if server.isdigit() else app)
