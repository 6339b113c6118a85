"""How long the window's event loop can stall while a big refresh runs.

    QT_QPA_PLATFORM=offscreen python bench/responsiveness.py

The real window and background refresher refresh the refresh benchmark's corpus (100 feeds x
50 items, 50 ms latency) while a probe timer due every 10 ms records how late it fires; the
worst and the 99th percentile lateness are reported, with an idle baseline in the same run.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.refresh import RATES, FeedServer, make_feed  # noqa: E402
from desktop_app.app import GUI_FETCH_WORKERS, GUI_SWITCH_INTERVAL  # noqa: E402
from desktop_app.config import Config, FeedSetting, RatesSettings  # noqa: E402
from desktop_app.net.http import HttpClient  # noqa: E402
from desktop_app.services.background import BackgroundRefresher  # noqa: E402
from desktop_app.services.library import Library  # noqa: E402
from desktop_app.services.refresh import RefreshService  # noqa: E402
from desktop_app.store.db import Database  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402

PROBE_MS = 10


def probe_stalls(app: QApplication, until: list[bool], limit_s: float) -> list[tuple[float, float]]:
    """(seconds since the start, lateness in ms) of each tick of a timer due every PROBE_MS,
    until ``until[0]`` turns true or ``limit_s`` has passed."""
    ticks: list[tuple[float, float]] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        ticks.append((now / 1000, max(0.0, now - last[0] - PROBE_MS)))
        last[0] = now

    timer = QTimer()
    timer.setInterval(PROBE_MS)
    timer.timeout.connect(tick)
    timer.start()
    deadline = time.monotonic() + limit_s
    while not until[0] and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    return ticks


def probe_lateness(app: QApplication, until: list[bool], limit_s: float) -> list[float]:
    """Lateness (ms) of a timer due every PROBE_MS, until ``until[0]`` turns true."""
    return [late for _, late in probe_stalls(app, until, limit_s)]


def summary(lateness: list[float]) -> str:
    ordered = sorted(lateness)
    p99 = ordered[int(len(ordered) * 0.99) - 1] if ordered else 0.0
    return (
        f"worst {max(ordered):.0f} ms, p99 {p99:.0f} ms, median {statistics.median(ordered):.1f} ms"
    )


def main() -> int:
    rng = random.Random(20261129)
    documents = {f"/feed/{n}.xml": make_feed(n, 50, rng) for n in range(100)}
    documents["/rates.json"] = RATES.read_bytes()
    server = FeedServer(documents, 0.05)
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)  # as the app sets it
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as temporary:
        database = Database(Path(temporary) / "caravan.sqlite3")
        config = Config(
            rates=RatesSettings(url=server.url("/rates.json")),
            feeds=tuple(FeedSetting(server.url(path)) for path in documents if "feed" in path),
        )
        service = RefreshService(database, HttpClient(), config, workers=GUI_FETCH_WORKERS)
        service.import_config_feeds()
        window = MainWindow(Library(database), config, offline=False)
        refresher = BackgroundRefresher(service, 60)
        window.attach_refresher(refresher)
        window.show()
        idle = probe_lateness(app, [False], 3.0)
        done = [False]
        refresher.finished.connect(lambda _summary: done.__setitem__(0, True))
        started = time.monotonic()
        refresher.request()
        busy = probe_lateness(app, done, 120.0)
        elapsed = time.monotonic() - started
        window.close()
        refresher.wait(10)
        database.close()
    server.stop()
    print(f"idle window:               {summary(idle)}")
    print(f"during the refresh ({elapsed:.1f} s): {summary(busy)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
