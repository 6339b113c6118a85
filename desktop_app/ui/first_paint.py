"""Start-up work that shows nothing, held back until Caravan is on screen."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# Without a paint (a window that never shows), the work runs after this all the same.
FIRST_PAINT_WAIT_MS = 2000


class AfterFirstPaint(QObject):
    """Runs the work added, in order, once one of ``widgets`` has painted.

    A zero timer is not enough: it fires in the event loop's first pass, just before the paint
    that pass delivers. With no widget to watch (Caravan starts in the tray), nothing will
    paint: the work starts in that first pass. Each piece of work runs even when an earlier
    one fails (the failure is logged): the last one switches the garbage collector back on.
    """

    def __init__(self, widgets: tuple[QWidget, ...], wait_ms: int = FIRST_PAINT_WAIT_MS) -> None:
        super().__init__()
        self._widgets = widgets
        self._work: list[Callable[[], object]] = []
        for widget in widgets:
            widget.installEventFilter(self)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._run)
        self._fallback.start(wait_ms if widgets else 0)

    def add(self, work: Callable[[], object]) -> None:
        self._work.append(work)

    def cancel(self) -> None:
        """Drop the work not yet run: its window is closing (a restart on a repaired database
        may come before the last step), and none of it may run in the next window's loop."""
        self._work.clear()
        self._fallback.stop()
        self._stop_watching()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._stop_watching()
            QTimer.singleShot(0, self._run)  # once the whole frame is painted
        return False

    def _stop_watching(self) -> None:
        """Once: a widget may be deleted between two steps, and must not be touched then."""
        widgets, self._widgets = self._widgets, ()
        for widget in widgets:
            widget.removeEventFilter(self)

    def _run(self) -> None:
        """One step per pass of the event loop: a click or a key between two steps waits for
        one of them, not for all."""
        self._stop_watching()
        self._fallback.stop()  # once started, one chain of steps: never two at once
        if not self._work:
            return
        item = self._work.pop(0)
        try:
            item()
        except Exception:
            log.exception("a start-up step failed: %r", item)
        if self._work:
            QTimer.singleShot(0, self._run)
