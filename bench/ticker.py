"""What the scrolling ticker costs: CPU of the whole app over 10 s under Xvfb, against a naive
ticker that lays out and draws its text every frame and against Qt's own floor (a pixmap moved
by a QPropertyAnimation: no Python runs per frame), and wake-ups while the window is unmapped.

The floor and Caravan take turns, one after the other, for ``--rounds`` rounds: on a shared,
noisy machine each round's ratio compares two runs made seconds apart, and the summary gives
medians and the spread. ``--baseline DIR`` also runs the Caravan of another checkout (e.g. a
``git worktree`` of the commit before a change) in each round: before and after, same session.

    python bench/ticker.py [--seconds 10] [--rounds 5] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import LocalServer  # noqa: E402
from tests.e2e.xsession import XSession, wait_until  # noqa: E402

NAIVE_TICKER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QApplication, QWidget

TEXT = "   ".join(["KGS/USD 0.01166", "KZT/USD 0.002088", "TJS/USD 0.09429",
                   "UZS/USD 0.00007869", "TMT/USD 0.2857"] * 3)

class Naive(QWidget):
    # The web tickers' mistake: a fixed step per frame, the text laid out and drawn each time.
    def __init__(self):
        super().__init__()
        self.setWindowTitle("Naive ticker")
        self.x = 0
        timer = QTimer(self)
        timer.timeout.connect(self.step)
        timer.start(16)
        font = QFont(self.font()); font.setBold(True); self.setFont(font)

    def step(self):
        self.x -= 1
        self.update()

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        width = painter.fontMetrics().horizontalAdvance(TEXT)
        painter.drawText(self.x % width - width, 20, TEXT)
        painter.drawText(self.x % width, 20, TEXT)

app = QApplication(sys.argv)
window = Naive(); window.resize(1180, 30); window.show()
app.exec()
"""

# The floor of any 60 fps strip drawn with Qt widgets on this X server: Qt's animation timer
# moves a label holding the cached strip twice over; every frame is Qt's own C++ work.
FLOOR_TICKER = """
import sys
from PySide6.QtCore import QPoint, QPropertyAnimation
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

TEXT = "   ".join(["KGS/USD 0.01166", "KZT/USD 0.002088", "TJS/USD 0.09429",
                   "UZS/USD 0.00007869", "TMT/USD 0.2857"] * 3)
app = QApplication(sys.argv)
window = QWidget(); window.setWindowTitle("Floor ticker"); window.resize(1180, 30)
font = QFont(window.font()); font.setBold(True)
width = window.fontMetrics().horizontalAdvance(TEXT) + 40
strip = QPixmap(2 * width, 30); strip.fill(QColor("white"))
painter = QPainter(strip); painter.setFont(font)
painter.drawText(0, 20, TEXT); painter.drawText(width, 20, TEXT); painter.end()
label = QLabel(window); label.setPixmap(strip); label.resize(strip.size())
motion = QPropertyAnimation(label, b"pos", window)
motion.setStartValue(QPoint(0, 0)); motion.setEndValue(QPoint(-width, 0))
motion.setDuration(width * 1000 // 60); motion.setLoopCount(-1); motion.start()
window.show()
app.exec()
"""


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def wakeups(pid: int) -> int:
    """Context switches of every thread of the process (each timer wake-up is at least one)."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        for line in (task / "status").read_text().splitlines():
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                total += int(line.split()[1])
    return total


def measure(process: subprocess.Popen[bytes], seconds: float) -> tuple[float, int]:
    cpu, switches = cpu_seconds(process.pid), wakeups(process.pid)
    time.sleep(seconds)
    return (cpu_seconds(process.pid) - cpu) / seconds * 100, wakeups(process.pid) - switches


NAIVE = "naive ticker (text drawn every frame)"
FLOOR = "Qt's floor (pixmap moved by Qt, no Python)"
CARAVAN = "Caravan, ticker scrolling"
BASELINE = "Caravan of --baseline, ticker scrolling"
UNMAPPED = "Caravan, window unmapped"


class Bench:
    """One X server, one rates file, and the programs measured on it in turn."""

    def __init__(self, session: XSession, folder: Path, config: Path, seconds: float) -> None:
        self.session = session
        self.folder = folder
        self.config = config
        self.seconds = seconds

    def script(self, name: str, text: str, title: str) -> tuple[float, int]:
        path = self.folder / f"{name}.py"
        path.write_text(text, encoding="utf-8")
        process = subprocess.Popen([sys.executable, str(path)], env=self.session.env())
        try:
            wait_until(lambda: self.session.window_id(title), 30)
            time.sleep(2)
            return measure(process, self.seconds)
        finally:
            process.terminate()
            process.wait(10)

    def caravan(self, source: Path, unmapped: bool = False) -> list[tuple[float, int]]:
        """Caravan run from ``source`` (a checkout: ``-m desktop_app`` imports from the
        working directory first); with ``unmapped``, measured again with its window unmapped."""
        app = subprocess.Popen(
            [sys.executable, "-m", "desktop_app", "--offline", "--config", str(self.config),
             "--data-dir", str(self.folder / "data")],
            env=self.session.env(), cwd=source,
        )  # fmt: skip
        try:
            window = wait_until(lambda: self.session.window_id("Caravan"), 30)
            time.sleep(2)
            results = [measure(app, self.seconds)]
            if unmapped:
                self.session.run("xdotool", "windowunmap", str(window))
                time.sleep(1)
                results.append(measure(app, self.seconds))
            return results
        finally:
            app.terminate()
            app.wait(20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--baseline", type=Path, help="another checkout's Caravan, measured too")
    args = parser.parse_args()
    fixtures = ROOT / "tests" / "fixtures"
    session = XSession(1280, 800)
    server = LocalServer()
    server.start()
    rows: dict[str, list[tuple[float, int]]] = {}
    ratios: dict[str, list[float]] = {}
    try:
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary)
            rates = server.serve_file(
                "/rates.json", fixtures / "rates" / "open-er-api_latest_USD_2024-08-19.json"
            )
            config = folder / "caravan.toml"
            config.write_text(f'[rates]\nurl = "{rates}"\n', encoding="utf-8")
            subprocess.run(
                [sys.executable, "-m", "desktop_app", "refresh", "--config", str(config),
                 "--data-dir", str(folder / "data")],
                check=True, stdout=subprocess.DEVNULL, cwd=ROOT,
            )  # fmt: skip
            bench = Bench(session, folder, config, args.seconds)
            rows[NAIVE] = [bench.script("naive", NAIVE_TICKER, "Naive ticker")]
            for round_number in range(1, args.rounds + 1):
                floor = bench.script("floor", FLOOR_TICKER, "Floor ticker")
                rows.setdefault(FLOOR, []).append(floor)
                last = round_number == args.rounds
                caravan, *unmapped = bench.caravan(ROOT, unmapped=last)
                rows.setdefault(CARAVAN, []).append(caravan)
                rows.setdefault(UNMAPPED, []).extend(unmapped)
                ratios.setdefault("Caravan / floor", []).append(_ratio(caravan, floor))
                if args.baseline is not None:
                    baseline = bench.caravan(args.baseline)[0]
                    rows.setdefault(BASELINE, []).append(baseline)
                    ratios.setdefault("baseline / floor", []).append(_ratio(baseline, floor))
                print(
                    f"round {round_number}: floor {floor[0]:.1f} %, Caravan {caravan[0]:.1f} %"
                    + (f", baseline {rows[BASELINE][-1][0]:.1f} %" if args.baseline else ""),
                    flush=True,
                )
    finally:
        server.stop()
        session.stop()
    report(rows, ratios, args.seconds)
    return 0


def _ratio(caravan: tuple[float, int], floor: tuple[float, int]) -> float:
    return caravan[0] / floor[0] if floor[0] else float("nan")


def _spread(values: list[float], digits: int = 1) -> str:
    median = statistics.median(values)
    if len(values) == 1:
        return f"{median:.{digits}f}"
    return f"{median:.{digits}f} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def report(
    rows: dict[str, list[tuple[float, int]]], ratios: dict[str, list[float]], seconds: float
) -> None:
    """Medians over the rounds, the lowest and highest in brackets."""
    print(f"\n{'process':<42} {'CPU % of one core':>22} {'wake-ups / s':>22}")
    for label, results in rows.items():
        cpu = [result[0] for result in results]
        wakes = [result[1] / seconds for result in results]
        print(f"{label:<42} {_spread(cpu):>22} {_spread(wakes):>22}")
    for label, values in ratios.items():
        print(f"\n{label}, round by round: {_spread(values, 2)}")
        print("rounds: " + ", ".join(f"{ratio:.2f}" for ratio in values))


if __name__ == "__main__":
    sys.exit(main())
