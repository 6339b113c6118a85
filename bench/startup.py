"""Start-up time and memory of the real app under Xvfb, against a bare PySide6 window.

    python bench/startup.py [--runs 7]

Both programs are started the same way, on the same X server, in the same run; the time is
from process start until the window is mapped and named (seen through xdotool), the memory is
the resident set (VmRSS) one second after the window appeared. The app opens --offline over a
database filled from the real fixture feeds (163 articles, one day of rates). The app's bytecode
is written first, as an installed copy has it.
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import LocalServer  # noqa: E402
from tests.e2e.xsession import XSession  # noqa: E402

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Bare window")
window.resize(1180, 760)
window.show()
app.exec()
"""
FEEDS = ("macworld.rss", "scriptingNews.rss", "DaringFireball.atom", "livemint.xml", "natasha.xml")


def byte_compile() -> None:
    """Write the app's bytecode, as installing it does: where PYTHONDONTWRITEBYTECODE is set,
    every start would otherwise compile each module from source (some 50 ms)."""
    if not compileall.compile_dir(ROOT / "desktop_app", quiet=1):
        raise RuntimeError("desktop_app does not compile")


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(session: XSession, command: list[str], title: str) -> tuple[float, float]:
    started = time.perf_counter()
    process = subprocess.Popen(command, env=session.env())
    try:
        while not session.window_id(title):
            if time.perf_counter() - started > 60:
                raise TimeoutError(f"no {title!r} window after 60 s (exit {process.poll()})")
            time.sleep(0.02)
        elapsed = time.perf_counter() - started
        time.sleep(1.0)
        return elapsed, resident_mb(process.pid)
    finally:
        process.terminate()
        process.wait(20)


def prepare_data(folder: Path) -> Path:
    fixtures = ROOT / "tests" / "fixtures"
    server = LocalServer()
    server.start()
    try:
        feeds = "".join(
            f'[[feeds]]\nurl = "{server.serve_file("/" + name, fixtures / "feeds-real" / name)}"\n'
            for name in FEEDS
        )
        rates = server.serve_file(
            "/rates.json", fixtures / "rates" / "open-er-api_latest_USD_2024-08-19.json"
        )
        config = folder / "caravan.toml"
        config.write_text(
            f'[offline]\nimages = false\nfull_text = false\n[rates]\nurl = "{rates}"\n{feeds}',
            encoding="utf-8",
        )
        subprocess.run(
            [sys.executable, "-m", "desktop_app", "refresh", "--config", str(config),
             "--data-dir", str(folder / "data")],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    finally:
        server.stop()
    return config


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    byte_compile()
    session = XSession()
    try:
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary)
            config = prepare_data(folder)
            bare_script = folder / "bare.py"
            bare_script.write_text(BARE_WINDOW, encoding="utf-8")
            caravan = [sys.executable, "-m", "desktop_app", "--offline", "--config", str(config),
                       "--data-dir", str(folder / "data")]  # fmt: skip
            bare = [sys.executable, str(bare_script)]
            results: dict[str, list[tuple[float, float]]] = {"bare": [], "caravan": []}
            for _ in range(args.runs):  # interleaved, so drift affects both alike
                results["bare"].append(measure(session, bare, "Bare window"))
                results["caravan"].append(measure(session, caravan, "Caravan"))
    finally:
        session.stop()
    medians = {
        name: (
            statistics.median(t for t, _ in runs) * 1000,
            statistics.median(m for _, m in runs),
        )
        for name, runs in results.items()
    }
    print(
        f"{'program':<10} {'start-up ms (median)':>22} {'RSS MB (median)':>16}   runs={args.runs}"
    )
    for name, (milliseconds, megabytes) in medians.items():
        print(f"{name:<10} {milliseconds:>22.0f} {megabytes:>16.1f}")
    ratio = medians["caravan"][0] / medians["bare"][0]
    print(f"start-up ratio caravan/bare: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
