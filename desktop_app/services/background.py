"""Runs refreshes and syncs off the UI thread and reports through Qt signals (QtCore only,
no widgets).

Signals emitted from the worker thread reach slots on the UI thread as queued calls, so the
widgets only ever see plain data on their own thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop_app.errors import CaravanError

if TYPE_CHECKING:  # the refresh machinery (requests, feedparser) loads after the window shows
    from desktop_app.services.outcomes import FeedOutcome
    from desktop_app.services.refresh import RefreshService
    from desktop_app.store.db import Database

log = logging.getLogger(__name__)


class MainThreadDispatcher(QObject):
    """Hands a callable from any thread to the thread this object lives on (the UI thread)."""

    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self._run)

    def post(self, function: Callable[[], Any]) -> None:
        self._posted.emit(function)

    @Slot(object)
    def _run(self, function: Callable[[], Any]) -> None:
        function()


@dataclass(frozen=True, slots=True)
class _Request:
    feeds: bool
    rates: bool
    due_only: bool

    def merged(self, other: _Request) -> _Request:
        return _Request(
            self.feeds or other.feeds,
            self.rates or other.rates,
            self.due_only and other.due_only,
        )


PROBE_MS = 30_000  # while the network is down: how often to look for it again


class BackgroundRefresher(QObject):
    """Refreshes on start, when feeds come due and on demand; never two at once.

    Feeds are checked every minute for the ones whose next check has come (each feed plans
    its own, see services/schedule.py); rates have their own interval. A request that arrives
    while a refresh runs is remembered and run right after it, so an F5 is never lost.
    """

    progress = Signal(int, int)  # feeds done, feeds in all; (0, n) when n feeds start
    finished = Signal(object)  # RefreshSummary: feeds and rates are stored
    completed = Signal(object)  # OfflineSummary: full texts and images fetched since

    DUE_CHECK_MS = 60_000

    def __init__(
        self,
        service: RefreshService,
        rate_interval_minutes: int,
        parent: QObject | None = None,
        *,
        probe_interval_ms: int = PROBE_MS,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._thread: threading.Thread | None = None
        self._pending: _Request | None = None
        self._feed_timer = QTimer(self)
        self._feed_timer.setInterval(self.DUE_CHECK_MS)
        self._feed_timer.timeout.connect(
            lambda: self.request(feeds=True, rates=False, due_only=True)
        )
        self._rate_timer = QTimer(self)
        self._rate_timer.setInterval(rate_interval_minutes * 60_000)
        self._rate_timer.timeout.connect(lambda: self.request(feeds=False, rates=True))
        self._probe_timer = QTimer(self)
        self._probe_timer.setInterval(probe_interval_ms)
        self._probe_timer.timeout.connect(lambda: self.request(feeds=True, rates=True))
        self.network_down = False
        self._finished_in_worker = MainThreadDispatcher(self)
        self._stopping = threading.Event()

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def queued(self) -> bool:
        """A refresh was asked for while one runs: it starts when that one ends."""
        return self._pending is not None

    def start_schedule(self) -> None:
        self._feed_timer.start()
        self._rate_timer.start()

    def stop_schedule(self) -> None:
        self._feed_timer.stop()
        self._rate_timer.stop()
        self._probe_timer.stop()

    def request(self, *, feeds: bool = True, rates: bool = True, due_only: bool = False) -> bool:
        """Start a refresh now, or queue it behind the running one; True if started now."""
        wanted = _Request(feeds, rates, due_only)
        if self._thread is not None:
            self._pending = wanted if self._pending is None else self._pending.merged(wanted)
            return False
        self._thread = threading.Thread(target=self._work, args=(wanted,), name="refresh")
        self._thread.daemon = True
        self._thread.start()
        return True

    def wait(self, timeout: float | None = None) -> None:
        """Let a running refresh finish (used at shutdown so no write is cut half-way);
        the offline work after it stops at the next article."""
        self._stopping.set()
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _work(self, wanted: _Request) -> None:
        from desktop_app.services.outcomes import RefreshSummary  # loaded with the first refresh

        def on_progress(done: int, total: int, _outcome: FeedOutcome | None) -> None:
            self.progress.emit(done, total)

        try:
            if not self._service.network_reachable():
                # Paused, not failed: no feed gets an error or a back-off for the network.
                self._finished_in_worker.post(lambda: self._network_changed(down=True))
                self._finished_in_worker.post(
                    lambda: self.finished.emit(RefreshSummary(network_down=True))
                )
                self._finished_in_worker.post(self._done)
                return
            self._finished_in_worker.post(lambda: self._network_changed(down=False))
            summary = self._service.refresh_all(
                on_progress,
                include_feeds=wanted.feeds,
                include_rates=wanted.rates,
                due_only=wanted.due_only,
                include_offline=False,
            )
        except Exception:  # a bug must not kill the schedule; it is logged with its trace
            log.exception("refresh failed")
            summary = RefreshSummary(notes=("refresh failed; see the log",))
        self._finished_in_worker.post(lambda: self.finished.emit(summary))
        if wanted.feeds and not summary.offline:
            self._complete_offline()
        self._finished_in_worker.post(self._done)

    def _network_changed(self, *, down: bool) -> None:
        """While the network is down, look for it every PROBE_MS; once back, refresh."""
        self.network_down = down
        if down and not self._probe_timer.isActive() and self._feed_timer.isActive():
            self._probe_timer.start()
        elif not down:
            self._probe_timer.stop()

    def _complete_offline(self) -> None:
        """Full texts and images for the new articles, after the window has them; a refresh
        asked for meanwhile (or shutdown) goes first, the rest waits for the next round."""
        from desktop_app.services.outcomes import OfflineSummary

        try:
            work = self._service.offline.complete_pending(
                should_stop=lambda: self._pending is not None or self._stopping.is_set()
            )
        except Exception:
            log.exception("offline completion failed")
            work = OfflineSummary()
        self._finished_in_worker.post(lambda: self.completed.emit(work))

    def _done(self) -> None:
        if self._thread is not None:
            self._thread.join()
        self._thread = None
        if self._pending is not None:
            wanted, self._pending = self._pending, None
            self.request(feeds=wanted.feeds, rates=wanted.rates, due_only=wanted.due_only)


# -- sync with the account's server ------------------------------------------------------------
SYNC_INTERVAL_MS = 15 * 60_000


class BackgroundSync(QObject):
    """The password is held in memory only (read from the keyring, or typed at start).

    The worker thread posts its progress and its end to the UI thread (MainThreadDispatcher),
    as the refresher does; the signals are emitted there.
    """

    started = Signal()
    progress = Signal(str, int)  # stage, items done
    finished = Signal(object, str)  # SyncSummary or None, the error ("" when it worked)

    def __init__(
        self,
        database: Database,
        password: str,
        parent: QObject | None = None,
        *,
        interval_ms: int = SYNC_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._password = password
        self._thread: threading.Thread | None = None
        self._again = False
        self._cancel = threading.Event()
        self._to_ui = MainThreadDispatcher(self)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.request)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start_schedule(self) -> None:
        self._timer.start()

    def request(self) -> bool:
        """Sync now, or right after the running sync; True when it started now."""
        if self._thread is not None:
            self._again = True
            return False
        self._cancel.clear()
        thread = threading.Thread(target=self._work, name="sync", daemon=True)
        self._thread = thread
        thread.start()
        self.started.emit()
        return True

    def stop(self, timeout: float | None = None) -> None:
        """Cancel the running sync (what it stored stays) and wait for it: at shutdown. Its
        end, posted meanwhile, is then ignored."""
        self._timer.stop()
        self._again = False
        self._cancel.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)

    def _work(self) -> None:
        from desktop_app.services.sync import SyncService
        from desktop_app.store import sync
        from desktop_app.sync.greader import GoogleReaderClient

        me = threading.current_thread()
        summary = None
        error = ""
        try:
            reader = self._database.reader()
            try:
                account = sync.get_account(reader)
            finally:
                reader.close()
            if account is None:
                error = "no sync account is set up"
            else:
                client = GoogleReaderClient(account.server_url, account.username, self._password)

                def on_progress(stage: str, done: int, _total: int) -> None:
                    self._post(lambda: self._progressed(me, stage, done))

                summary = SyncService(
                    self._database, client, cancel=self._cancel, on_progress=on_progress
                ).sync()
        except CaravanError as failure:
            error = str(failure)
        except Exception:  # a bug must not stop the schedule; it is logged with its trace
            log.exception("sync failed")
            error = "sync failed; see the log"
        self._post(lambda: self._done(me, summary, error))

    def _post(self, function: Callable[[], Any]) -> None:
        try:
            self._to_ui.post(function)
        except RuntimeError:  # this object is gone (the window closed while the sync ran)
            log.info("a sync ended after its window")

    def _progressed(self, thread: threading.Thread, stage: str, done: int) -> None:
        if thread is self._thread:  # not a sync stopped since
            self.progress.emit(stage, done)

    def _done(self, thread: threading.Thread, summary: object, error: str) -> None:
        """On the UI thread, once the worker has finished."""
        if thread is not self._thread:
            return  # stopped (signed out, closing): nobody waits for it
        thread.join()
        self._thread = None
        self.finished.emit(summary, error)
        if self._again and not self._cancel.is_set():
            self._again = False
            self.request()
