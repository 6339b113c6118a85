"""What the scrolling ticker costs: CPU of the whole app over 10 s under Xvfb, against a naive
ticker that lays out and draws its text every frame and against Qt's own floor (a pixmap moved
by a QPropertyAnimation: no Python runs per frame), and wake-ups while the window is unmapped.

    python bench/ticker.py [--seconds 10]
"""

from __future__ import annotations

import argparse
import os
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    fixtures = ROOT / "tests" / "fixtures"
    session = XSession(1280, 800)
    server = LocalServer()
    server.start()
    rows = []
    try:
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary)
            rates = server.serve_file(
                "/rates.json", fixtures / "rates" / "open-er-api_latest_USD_2024-08-19.json"
            )
            config = folder / "caravan.toml"
            config.write_text(f'[rates]\nurl = "{rates}"\n', encoding="utf-8")
            data = folder / "data"
            subprocess.run(
                [sys.executable, "-m", "desktop_app", "refresh", "--config", str(config),
                 "--data-dir", str(data)],
                check=True, stdout=subprocess.DEVNULL,
            )  # fmt: skip
            naive_script = folder / "naive.py"
            naive_script.write_text(NAIVE_TICKER, encoding="utf-8")
            naive = subprocess.Popen([sys.executable, str(naive_script)], env=session.env())
            wait_until(lambda: session.window_id("Naive ticker"), 30)
            time.sleep(2)
            rows.append(("naive ticker (text drawn every frame)", *measure(naive, args.seconds)))
            naive.terminate()
            naive.wait(10)
            floor_script = folder / "floor.py"
            floor_script.write_text(FLOOR_TICKER, encoding="utf-8")
            floor = subprocess.Popen([sys.executable, str(floor_script)], env=session.env())
            wait_until(lambda: session.window_id("Floor ticker"), 30)
            time.sleep(2)
            rows.append(
                ("Qt's floor (pixmap moved by Qt, no Python)", *measure(floor, args.seconds))
            )
            floor.terminate()
            floor.wait(10)
            app = subprocess.Popen(
                [sys.executable, "-m", "desktop_app", "--offline", "--config", str(config),
                 "--data-dir", str(data)],
                env=session.env(),
            )  # fmt: skip
            window = wait_until(lambda: session.window_id("Caravan"), 30)
            time.sleep(2)
            rows.append(("Caravan, ticker scrolling (cached strip)", *measure(app, args.seconds)))
            session.run("xdotool", "windowunmap", str(window))
            time.sleep(1)
            rows.append(("Caravan, window unmapped", *measure(app, args.seconds)))
            app.terminate()
            app.wait(20)
    finally:
        server.stop()
        session.stop()
    print(f"{'process':<42} {'CPU % of one core':>18} {'wake-ups / s':>13}")
    for label, cpu, switches in rows:
        print(f"{label:<42} {cpu:>18.1f} {switches / args.seconds:>13.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
