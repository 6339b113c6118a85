"""Syncs with the account's server off the UI thread, on demand and every few minutes, and
reports through Qt signals (QtCore only, no widgets). Never two syncs at once; a request made
while one runs starts another right after it, so a change made meanwhile is sent."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.errors import CaravanError
from desktop_app.services.background import MainThreadDispatcher
from desktop_app.store.db import Database

log = logging.getLogger(__name__)

SYNC_INTERVAL_MS = 15 * 60_000


class BackgroundSync(QObject):
    """The password is held in memory only (read from the keyring, or typed at start)."""

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
        self._main = MainThreadDispatcher(self)
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
        self._thread = threading.Thread(target=self._work, name="sync", daemon=True)
        self._thread.start()
        self.started.emit()
        return True

    def stop(self, timeout: float | None = None) -> None:
        """Cancel the running sync (what it stored stays) and wait for it: at shutdown."""
        self._timer.stop()
        self._again = False
        self._cancel.set()
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _work(self) -> None:
        from desktop_app.services.sync import SyncService
        from desktop_app.store import sync
        from desktop_app.sync.greader import GoogleReaderClient

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
                summary = SyncService(
                    self._database,
                    client,
                    cancel=self._cancel,
                    on_progress=lambda stage, done, _total: self.progress.emit(stage, done),
                ).sync()
        except CaravanError as failure:
            error = str(failure)
        except Exception:  # a bug must not stop the schedule; it is logged with its trace
            log.exception("sync failed")
            error = "sync failed; see the log"
        self._main.post(lambda: self._done(summary, error))

    def _done(self, summary: object, error: str) -> None:
        if self._thread is not None:
            self._thread.join()
        self._thread = None
        self.finished.emit(summary, error)
        if self._again and not self._cancel.is_set():
            self._again = False
            self.request()
