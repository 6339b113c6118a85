"""Start-up time and memory of the real app under Xvfb, against a bare PySide6 window, the
same first screen built with PySide6 alone, and QuiteRSS.

    python bench/startup.py [--runs 11] [--instructions] [--bundle dist/caravan/caravan]

Every program is started the same way, on the same X server, in the same run, interleaved so
the machine's drift touches them alike; the time is from process start until the window is
mapped and named (seen through xdotool), the memory is the resident set (VmRSS) one second
after the window appeared. The programs:

- bare: an empty QMainWindow (``bench/bare_window.py``);
- floor: Caravan's first screen with no Caravan code (``bench/floor_window.py``): what
  showing that screen costs in PySide6, and so the least any PySide6 program showing it takes;
- caravan: ``python -m desktop_app --offline`` over a database filled from the real fixture
  feeds (163 articles, one day of rates);
- quiterss: Debian's QuiteRSS with an empty profile, when it is installed;
- bundle: with ``--bundle``, the frozen build (``make bundle``) started the same way as caravan,
  on the same data.

``--instructions`` also counts, under callgrind, the instructions each Python program executes
from the interpreter's start to the end of its first paint (``bench/first_paint.py``): one run
each suffices, since the count does not move with the machine's load.

The app's bytecode is written first, as an installed copy has it.
"""

from __future__ import annotations

import argparse
import compileall
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.first_paint import clear_in_use_markers  # noqa: E402
from tests.conftest import LocalServer  # noqa: E402
from tests.e2e.xsession import XSession  # noqa: E402

FEEDS = ("macworld.rss", "scriptingNews.rss", "DaringFireball.atom", "livemint.xml", "natasha.xml")
TITLES = {
    "bare": "Bare window",
    "floor": "Floor window",
    "caravan": "Caravan",
    "bundle": "Caravan",
    "quiterss": "QuiteRSS",
}
Program = tuple[list[str], dict[str, str]]  # command line, extra environment


def byte_compile() -> None:
    """Write the bytecode of the app and of these programs, as installing it does: where
    PYTHONDONTWRITEBYTECODE is set, every start would otherwise compile each module from
    source (some 50 ms)."""
    for folder in ("desktop_app", "bench"):
        if not compileall.compile_dir(ROOT / folder, quiet=1):
            raise RuntimeError(f"{folder} does not compile")


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(
    session: XSession, command: list[str], title: str, env: dict[str, str] | None = None
) -> tuple[float, float]:
    started = time.perf_counter()
    process = subprocess.Popen(command, env=session.env() | (env or {}))
    try:
        while not session.window_id(f"^{title}"):
            if time.perf_counter() - started > 60:
                raise TimeoutError(f"no {title!r} window after 60 s (exit {process.poll()})")
            time.sleep(0.02)
        elapsed = time.perf_counter() - started
        time.sleep(1.0)
        return elapsed, resident_mb(process.pid)
    finally:
        process.terminate()
        process.wait(20)


def count_instructions(session: XSession, arguments: list[str], data_dir: Path) -> int:
    """Instructions from the interpreter's start to the end of the first paint (callgrind)."""
    process = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         str(ROOT / "bench" / "first_paint.py"), *arguments],
        env=session.env(), capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    clear_in_use_markers(data_dir)  # the runner ends with os._exit
    # A program that forks (Qt's D-Bus autolaunch) reports its child too: the parent is the
    # largest count.
    counts = [int(n.replace(",", "")) for n in re.findall(r"Collected : ([\d,]+)", process.stderr)]
    if not counts:
        raise RuntimeError(f"callgrind counted nothing for {arguments}: {process.stderr[-500:]}")
    return max(counts)


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


def programs(
    config: Path, data_dir: Path, home: Path, bundle: Path | None = None
) -> dict[str, Program]:
    """The programs to start; QuiteRSS keeps its profile in ``home``."""
    python = sys.executable
    options = ["--offline", "--config", str(config), "--data-dir", str(data_dir)]
    caravan = [python, "-m", "desktop_app", *options]
    found: dict[str, Program] = {
        "bare": ([python, str(ROOT / "bench" / "bare_window.py")], {}),
        "floor": (
            [python, str(ROOT / "bench" / "floor_window.py"), str(data_dir / "caravan.sqlite3")],
            {},
        ),
        "caravan": (caravan, {}),
    }
    if bundle is not None:
        found["bundle"] = ([str(bundle), *options], {})
    quiterss = shutil.which("quiterss")
    if quiterss:
        found["quiterss"] = ([quiterss], {"HOME": str(home)})
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--instructions", action="store_true", help="count them under callgrind")
    parser.add_argument("--bundle", type=Path, help="also start this frozen build's executable")
    args = parser.parse_args()
    byte_compile()
    session = XSession()
    try:
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary)
            config = prepare_data(folder)
            data_dir = folder / "data"
            home = folder / "home"
            home.mkdir()
            commands = programs(config, data_dir, home, args.bundle)
            for name, (command, env) in commands.items():  # a first start writes its profile
                measure(session, command, TITLES[name], env)
            results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
            for _ in range(args.runs):
                for name, (command, env) in commands.items():
                    results[name].append(measure(session, command, TITLES[name], env))
            counts: dict[str, int] = {}
            if args.instructions:
                database = str(data_dir / "caravan.sqlite3")
                for name, arguments in (
                    ("bare", ["bare"]),
                    ("floor", ["floor", database]),
                    ("caravan", ["caravan", "--offline", "--config", str(config),
                                 "--data-dir", str(data_dir)]),
                ):  # fmt: skip
                    counts[name] = count_instructions(session, arguments, data_dir)
    finally:
        session.stop()
    report(results, counts, args.runs)
    return 0


def report(
    results: dict[str, list[tuple[float, float]]], counts: dict[str, int], runs: int
) -> None:
    bare_ms = statistics.median(t for t, _ in results["bare"]) * 1000
    print(f"{'program':<10} {'mapped ms (median)':>19} {'× bare':>7} {'RSS MB':>7}   runs={runs}")
    for name, values in results.items():
        milliseconds = statistics.median(t for t, _ in values) * 1000
        megabytes = statistics.median(m for _, m in values)
        print(f"{name:<10} {milliseconds:>19.0f} {milliseconds / bare_ms:>7.2f} {megabytes:>7.1f}")
    if counts:
        print(f"\n{'program':<10} {'instructions to first paint':>28} {'× bare':>7}")
        for name, count in counts.items():
            print(f"{name:<10} {count / 1e6:>26,.0f} M {count / counts['bare']:>7.2f}")


if __name__ == "__main__":
    sys.exit(main())
