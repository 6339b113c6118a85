"""How long the window stops answering just after it appears, started online.

    python bench/after_paint.py [--runs 5]

Caravan holds back what the first paint does not show (the single-instance server, the icons,
the refresh machinery: requests, feedparser, lxml, nh3) until the window has painted. This
starts the real app process under Xvfb, online with a feed and rates on a closed local port
(each fetch fails at once), and from the first paint on a probe timer due every 10 ms records
how late it fires for 1.5 s: the worst lateness is how long a click made just then would wait.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE_MS = 10
PROBE_S = 1.5
CLOSED = "http://127.0.0.1:9"  # the discard port: nothing listens, a fetch is refused at once


def probe() -> int:
    """In the app's process: run Caravan with the probe armed at its window's first paint."""
    sys.path.insert(0, str(ROOT))
    from desktop_app.startup import pause_collection

    pause_collection()  # as desktop_app.__main__ does
    from desktop_app import cli  # isort: skip
    from desktop_app import app  # isort: skip  # noqa: F401
    from PySide6.QtCore import QEvent, QObject, QTimer

    from desktop_app.ui.main_window import MainWindow

    lateness: list[float] = []
    last = [0.0]

    def tick() -> None:
        now = time.perf_counter()
        lateness.append((now - last[0]) * 1000 - PROBE_MS)
        last[0] = now

    def report() -> None:
        print(f"worst={max(lateness):.1f}", flush=True)
        os._exit(0)

    class ArmAtFirstPaint(QObject):
        timer: QTimer | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.timer is None:
                self.timer = QTimer()
                self.timer.setInterval(PROBE_MS)
                self.timer.timeout.connect(tick)
                last[0] = time.perf_counter()
                self.timer.start()
                QTimer.singleShot(int(PROBE_S * 1000), report)
            return False

    arm = ArmAtFirstPaint()
    shown = MainWindow.show

    def show_and_arm(window: MainWindow) -> None:
        window.installEventFilter(arm)
        shown(window)

    MainWindow.show = show_and_arm  # type: ignore[method-assign,assignment]
    return cli.main(sys.argv[2:])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from bench.startup import byte_compile
    from tests.e2e.xsession import XSession

    byte_compile()
    session = XSession()
    worst: list[float] = []
    try:
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary)
            config = folder / "caravan.toml"
            config.write_text(
                f'[rates]\nurl = "{CLOSED}/rates"\n[[feeds]]\nurl = "{CLOSED}/feed"\n',
                encoding="utf-8",
            )
            for _ in range(args.runs):
                run = subprocess.run(
                    [sys.executable, __file__, "--probe", "--config", str(config),
                     "--data-dir", str(folder / "data")],
                    env=session.env(), capture_output=True, text=True, timeout=120,
                )  # fmt: skip
                found = re.search(r"worst=([\d.]+)", run.stdout)
                if not found:
                    raise RuntimeError(f"no probe result: {run.stderr[-800:]}")
                worst.append(float(found.group(1)))
                for marker in (folder / "data").glob("*.in-use-*"):
                    marker.unlink()  # the probe exits without closing the database
    finally:
        session.stop()
    every = sorted(round(value) for value in worst)
    print(f"worst stall in the {PROBE_S} s after the first paint, {args.runs} starts: "
          f"median {statistics.median(worst):.0f} ms, all {every}")  # fmt: skip
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--probe":
        sys.exit(probe())
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
