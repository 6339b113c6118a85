"""Run one of the start-up benchmark's programs until its window has painted, then exit at once.

    valgrind --tool=callgrind python bench/first_paint.py bare
    valgrind --tool=callgrind python bench/first_paint.py floor DATABASE
    valgrind --tool=callgrind python bench/first_paint.py caravan [CARAVAN OPTIONS]

Under callgrind this counts the instructions from the interpreter's start to the end of the
first paint: a measure of start-up that the machine's noise does not move (wall-clock times
here vary by a third from one minute to the next). Each program imports what it imports in its
own order; this runner only watches the main window for its first paint (for Caravan, through
its own ``MainWindow.show``), and the exit skips the shutdown (Caravan's database is left
marked in use, which the benchmark clears).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def exit_once_painted(window: QWidget) -> None:
    """End the process as soon as ``window`` has painted its first frame."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    class ExitAfterPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                # Handled once the frame is painted, and ahead of the zero timers the program
                # queued meanwhile (Caravan's work after its first paint): posted events are
                # taken in order of priority. 1 is Qt.HighEventPriority, given as a number:
                # the Qt namespace costs a program that does not use it ~25 ms of enums.
                QCoreApplication.postEvent(self, QEvent(QEvent.Type.User), 1)
            return False

        def event(self, event: QEvent) -> bool:
            if event.type() == QEvent.Type.User:
                os._exit(0)
            return super().event(event)

    window.installEventFilter(ExitAfterPaint(window))


def run_caravan(arguments: list[str], on_show: Callable[[QWidget], None]) -> int:
    """Run Caravan as its command does (the collector paused, its own modules imported before
    Qt), handing its main window to ``on_show`` just before the window shows."""
    from desktop_app.startup import pause_collection

    pause_collection()  # as desktop_app.__main__ does
    from desktop_app import cli  # isort: skip
    from desktop_app import app  # isort: skip  # noqa: F401
    from desktop_app.ui.main_window import MainWindow

    # Patched on Caravan's own subclass: setting an attribute of a class of Qt's costs ~13 ms.
    shown = MainWindow.show

    def show_and_watch(window: QWidget) -> None:
        on_show(window)
        shown(window)

    MainWindow.show = show_and_watch  # type: ignore[method-assign]
    return cli.main(arguments)


def clear_in_use_markers(data_dir: Path) -> None:
    """A run ended by ``os._exit`` leaves the database marked in use, and the next start would
    check the whole file as after a crash."""
    for marker in data_dir.glob("*.in-use-*"):
        marker.unlink()


def main() -> int:
    program, arguments = sys.argv[1], sys.argv[2:]
    if program == "caravan":
        return run_caravan(arguments, on_show=exit_once_painted)
    from PySide6.QtWidgets import QApplication

    application = QApplication(sys.argv[:1])
    if program == "bare":
        from bench import bare_window

        window = bare_window.build()
    else:
        from bench import floor_window

        window = floor_window.build(arguments[0])
    exit_once_painted(window)
    window.show()
    return application.exec()


if __name__ == "__main__":
    sys.exit(main())
