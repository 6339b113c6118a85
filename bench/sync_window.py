"""How late the window's event loop runs while the window does a large first sync.

    QT_QPA_PLATFORM=offscreen python bench/sync_window.py --server URL --user NAME
        (the password on standard input)

Called by bench/sync.py against its Miniflux (10,000 items in 100 feeds). The real window,
with an empty database and the account set up, syncs through its own BackgroundSync while a
probe timer due every 10 ms records how late it fires, until a second after the window says
it synced (its reload of the 10,000 new articles included); an idle baseline is measured
first. The rule: no stall over 50 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.startup import pause_collection, resume_collection  # noqa: E402

pause_collection()  # as the app does: start-up's objects are frozen once the window shows

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.responsiveness import probe_lateness, probe_stalls, summary  # noqa: E402
from desktop_app.app import GUI_SWITCH_INTERVAL  # noqa: E402
from desktop_app.config import Config  # noqa: E402
from desktop_app.services.library import Library  # noqa: E402
from desktop_app.store.db import Database  # noqa: E402
from desktop_app.store.sync import set_account  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402

RULE_MS = 50


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", required=True)
    parser.add_argument("--user", required=True)
    options = parser.parse_args()
    password = sys.stdin.readline().strip()
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)  # as the app sets it
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as temporary:
        database = Database(Path(temporary) / "caravan.sqlite3")
        database.writer.run(lambda c: set_account(c, options.server, options.user))
        window = MainWindow(Library(database), Config(), offline=False)
        window.show()
        app.processEvents()
        import desktop_app.services.sync  # noqa: F401  (the app loads it before its first sync)

        resume_collection()
        idle = probe_lateness(app, [False], 2.0)
        done = [False]
        started = time.monotonic()
        window.sync_status.begin(password)
        background = window.sync_status.background
        assert background is not None
        # One more second of probing after the end: the window's reload runs in that slot,
        # and its stall shows at the probe's next tick.
        background.finished.connect(
            lambda *_: QTimer.singleShot(1000, lambda: done.__setitem__(0, True))
        )
        ended: list[float] = []
        background.finished.connect(lambda *_: ended.append(time.monotonic() - started))
        ticks = probe_stalls(app, done, 300.0)
        busy = [lateness for _at, lateness in ticks]
        elapsed = ended[0] if ended else time.monotonic() - started
        report = window.sync_status.last_report
        articles = window.article_model.total
        window.sync_status.end()
        window.close()
        database.close()
    print(f"idle window: {summary(idle)}")
    print(f"first sync in the window ({elapsed:.1f} s, {articles} articles): {summary(busy)}")
    print(f"  the window said: {report}")
    stalls = ", ".join(f"{late:.0f} ms at {at:.1f} s" for at, late in ticks if late > RULE_MS)
    print(f"  stalls over {RULE_MS} ms (the sync ended at {elapsed:.1f} s): {stalls or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
