"""Start-up work held back until Caravan is on screen: the main window, or the compact strip
when Caravan comes back in compact mode, and every step even when one fails."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from desktop_app.services.library import Library
from desktop_app.ui.first_paint import AfterFirstPaint
from desktop_app.ui.main_window import MainWindow

NEVER_MS = 60_000  # the fallback cannot be what runs the work within a test's wait


def _window(qtbot, database, config) -> MainWindow:
    window = MainWindow(Library(database), config, offline=True)
    qtbot.addWidget(window)
    qtbot.addWidget(window.compact)
    return window


def test_the_work_waits_for_the_main_window_to_paint(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    done: list[str] = []
    after_paint = AfterFirstPaint(window.on_screen_widgets(), wait_ms=NEVER_MS)
    after_paint.add(lambda: done.append("server"))
    qtbot.wait(50)
    assert done == [], "nothing runs before the window shows"
    window.show()
    qtbot.waitUntil(lambda: done == ["server"], timeout=3000)


def test_a_start_in_compact_mode_runs_the_work_once_the_strip_has_painted(
    qtbot, filled_database, config
):
    window = _window(qtbot, filled_database, config)
    done: list[str] = []
    after_paint = AfterFirstPaint(window.on_screen_widgets(), wait_ms=NEVER_MS)
    after_paint.add(lambda: done.append("server"))
    window.set_compact(True)  # what restore_mode does when Caravan was left in compact mode
    qtbot.waitUntil(lambda: done == ["server"], timeout=3000)
    assert not window.isVisible()


def test_a_failing_step_does_not_stop_the_ones_after_it(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    done: list[str] = []

    def broken() -> None:
        raise RuntimeError("the tray is gone")

    after_paint = AfterFirstPaint(window.on_screen_widgets(), wait_ms=NEVER_MS)
    after_paint.add(broken)
    after_paint.add(lambda: done.append("collector back on"))
    window.show()
    qtbot.waitUntil(lambda: done == ["collector back on"], timeout=3000)


def test_finishing_start_up_gives_the_search_box_its_clear_button(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    window.show()
    window.finish_start_up()
    assert window.search_box.isClearButtonEnabled()


def test_the_window_answers_between_two_steps(qtbot, filled_database, config):
    """Each step has a pass of the event loop to itself: what came in meanwhile (here a zero
    timer, like a click) is handled before the next step, not after all of them."""
    window = _window(qtbot, filled_database, config)
    order: list[str] = []
    after_paint = AfterFirstPaint(window.on_screen_widgets(), wait_ms=NEVER_MS)
    after_paint.add(lambda: QTimer.singleShot(0, lambda: order.append("click handled")))
    after_paint.add(lambda: order.append("next step"))
    window.show()
    qtbot.waitUntil(lambda: len(order) == 2, timeout=3000)
    assert order == ["click handled", "next step"]


def test_f5_before_the_refresh_machinery_is_loaded_says_it_is_coming(
    qtbot, filled_database, config
):
    """Online, the refresher arrives a moment after the first paint (its modules load on a
    thread): a refresh asked for meanwhile is not told that Caravan is offline."""
    window = MainWindow(Library(filled_database), config, offline=False)
    qtbot.addWidget(window)
    qtbot.addWidget(window.compact)
    window.refresh_now()
    assert window.statusBar().currentMessage().startswith("Starting")


def test_a_start_into_the_tray_runs_the_work_without_waiting_for_a_paint(qtbot):
    """Nothing is on screen to paint: the work starts at once, not after the fallback wait."""
    done: list[str] = []
    after_paint = AfterFirstPaint((), wait_ms=NEVER_MS)
    after_paint.add(lambda: done.append("tray icon"))
    qtbot.waitUntil(lambda: done == ["tray icon"], timeout=3000)


# What the first paint never waits for (docs/notes/startup.md): each is loaded when used or
# once the window is on screen. The keyring above all must not load before it.
NOT_BEFORE_THE_PAINT = (
    "keyring",
    "requests",
    "hashlib",
    "configparser",
    "PySide6.QtDBus",
    "PySide6.QtNetwork",
    "desktop_app.oslayer.motion",
    "desktop_app.qm",  # the catalogue reader of the command line: the window translates through Qt
    "desktop_app.store.sync",
    "desktop_app.ui.dates",
    "desktop_app.ui.enclosures",
    "desktop_app.ui.leaf_access",
    "desktop_app.ui.list_state",
)
# Modules a dependency loads at its own import are not Caravan's to defer (platformdirs
# before 4.11.15 imports configparser, the lowest-versions CI job installs 2.6).
_LOADED_AT_PAINT = """
import os, sys
import platformdirs
theirs = set(sys.modules)
sys.path.insert(0, sys.argv[1])
from bench.first_paint import run_caravan
from PySide6.QtCore import QEvent, QObject

class AtPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            ours = [name for name in sys.argv[2].split() if name not in theirs]
            print(" ".join(name for name in ours if name in sys.modules))
            sys.stdout.flush()
            os._exit(0)
        return False

def watch(window):
    window.installEventFilter(AtPaint(window))

run_caravan(sys.argv[3:], watch)
"""


def test_the_first_paint_loads_none_of_what_it_does_not_show(filled_database, tmp_path):
    """The real start, in a process of its own, over a library with feeds, articles and
    rates: at the window's first paint none of those modules is loaded."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    config = tmp_path / "caravan.toml"
    config.write_text("[offline]\nimages = false\n", encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    started = subprocess.run(
        [sys.executable, "-c", _LOADED_AT_PAINT, str(root), " ".join(NOT_BEFORE_THE_PAINT),
         "--offline", "--config", str(config), "--data-dir", str(filled_database.path.parent)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert started.returncode == 0, started.stderr[-2000:]
    assert started.stdout.split() == []


def test_a_widget_deleted_between_two_steps_is_not_touched_again(qtbot):
    """A restart on a repaired database deletes the window while its steps may still run
    (it happened under load on Python 3.13): the later steps run and leave the widget be."""
    widget = QWidget()
    done: list[str] = []
    after_paint = AfterFirstPaint((widget,), wait_ms=NEVER_MS)
    after_paint.add(widget.deleteLater)
    after_paint.add(lambda: done.append("next step"))
    widget.show()
    qtbot.waitUntil(lambda: done == ["next step"], timeout=3000)


def test_cancelled_work_never_runs(qtbot):
    """The window's event loop ended before its last steps: none of them runs later, in the
    loop of the window that replaces it."""
    widget = QWidget()
    qtbot.addWidget(widget)
    done: list[str] = []
    after_paint = AfterFirstPaint((widget,), wait_ms=NEVER_MS)

    def closing() -> None:
        done.append("first step")
        after_paint.cancel()
        # Two passes of the event loop later, the next step would have run.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: done.append("later")))

    after_paint.add(closing)
    after_paint.add(lambda: done.append("cancelled step"))
    widget.show()
    qtbot.waitUntil(lambda: "later" in done, timeout=3000)
    assert done == ["first step", "later"]
