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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parent.parent
PROBE_MS = 10
PROBE_S = 1.5
CLOSED = "http://127.0.0.1:9"  # the discard port: nothing listens, a fetch is refused at once


def probe() -> int:
    """In the app's process: run Caravan with the probe armed at its window's first paint."""
    sys.path.insert(0, str(ROOT))
    from bench.first_paint import run_caravan

    lateness: list[float] = []
    last = [0.0]
    armed: list[object] = []  # keeps the filter alive

    def tick() -> None:
        now = time.perf_counter()
        lateness.append((now - last[0]) * 1000 - PROBE_MS)
        last[0] = now

    def report() -> None:
        print(f"worst={max(lateness):.1f}", flush=True)
        os._exit(0)

    def arm(window: QWidget) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer  # Qt after Caravan's own modules

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

        watcher = ArmAtFirstPaint(window)
        armed.append(watcher)
        window.installEventFilter(watcher)

    return run_caravan(sys.argv[2:], on_show=arm)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from bench.first_paint import clear_in_use_markers
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
                clear_in_use_markers(folder / "data")  # the probe ends with os._exit
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
