"""Sync against a real Miniflux on 127.0.0.1, with Newsboat's Miniflux client on the same server.

    python bench/sync.py [--feeds 100] [--items 100] [--runs 5] [--window-runs 3]

Starts PostgreSQL and Miniflux (tests/sync_server: ``make miniflux`` first), serves generated
feeds (100 feeds of 100 items: 10,000 items) from 127.0.0.1, subscribes the server's user to
them, then measures, as whole ``caravan sync`` processes (wall clock):

- the first sync into an empty database, and its peak resident memory;
- an incremental sync with nothing new (median of runs; goal ≤ 0.5 s), beside the floor of
  any such process here: the interpreter alone, the interpreter importing requests, and a bare
  ClientLogin plus one call with requests (the server's bcrypt check of the password is most
  of the login);
- 1,000 read changes made offline, replayed (goal ≤ 2 s);
- the window's event-loop lateness during a first sync of the same account into an empty
  database (bench/sync_window.py, as processes of their own; the rule: no stall over 50 ms);
- Newsboat's ``urls-source "miniflux"`` reload of the same account into an empty cache, when
  Newsboat is installed (its own client of Miniflux's REST API).
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.refresh import FeedServer, make_feed  # noqa: E402
from desktop_app.services.sync import SyncService  # noqa: E402
from desktop_app.store import articles  # noqa: E402
from desktop_app.store.db import Database  # noqa: E402
from desktop_app.sync.greader import GoogleReaderClient  # noqa: E402
from tests.sync_server.miniflux import Account, running  # noqa: E402

CARAVAN = [sys.executable, "-m", "desktop_app"]


def caravan(data: Path, password: str, *arguments: str) -> tuple[float, str]:
    """Run one command as its own process; (seconds, stdout)."""
    options = ["--config", str(data / "caravan.toml"), "--data-dir", str(data)]
    started = time.perf_counter()
    done = subprocess.run(
        [*CARAVAN, *arguments, *options],
        input=password + "\n",
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"caravan {' '.join(arguments)} failed: {done.stderr}")
    return seconds, done.stdout


def process_seconds(code: str, runs: int) -> float:
    """The median wall time of ``python -c code`` as a whole process."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def floor(account: Account, runs: int) -> str:
    """What any process that logs in and asks one thing costs here, for comparison."""
    bare_login = (
        "import requests\n"
        f"base = {account.base_url!r}\n"
        "answer = requests.post(base + '/accounts/ClientLogin', timeout=30, data="
        f"{{'Email': {account.username!r}, 'Passwd': {account.password!r}}})\n"
        "auth = answer.text.split('Auth=')[1].strip()\n"
        "requests.get(base + '/reader/api/0/subscription/list?output=json', timeout=30,"
        " headers={'Authorization': 'GoogleLogin auth=' + auth}).raise_for_status()\n"
    )
    return (
        f"python -c pass {process_seconds('pass', runs):.2f} s, "
        f"import requests {process_seconds('import requests', runs):.2f} s, "
        f"ClientLogin + one call with requests {process_seconds(bare_login, runs):.2f} s"
    )


def window_first_sync(account: Account) -> str:
    """bench/sync_window.py's report: the window's loop lateness during a first sync."""
    done = subprocess.run(
        [
            *(sys.executable, str(ROOT / "bench" / "sync_window.py")),
            *("--server", account.base_url, "--user", account.username),
        ],
        input=account.password + "\n",
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if done.returncode != 0:
        raise SystemExit(f"bench/sync_window.py failed: {done.stderr[-1500:]}")
    return done.stdout.strip()


def newsboat_reload(account: Account, folder: Path) -> float | None:
    if shutil.which("newsboat") is None:
        return None
    config = folder / "config"
    config.write_text(
        'urls-source "miniflux"\n'
        f'miniflux-url "{account.base_url}/"\n'
        f'miniflux-login "{account.username}"\n'
        f'miniflux-password "{account.password}"\n'
        "reload-threads 8\n",
        encoding="utf-8",
    )
    (folder / "urls").write_text("", encoding="utf-8")
    started = time.perf_counter()
    done = subprocess.run(
        [
            *("newsboat", "-x", "reload", "-C", str(config)),
            *("-u", str(folder / "urls"), "-c", str(folder / "cache.db")),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        print(f"newsboat failed: {done.stderr.strip()[:300]}")
        return None
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--window-runs", type=int, default=3)
    options = parser.parse_args()
    # Bytecode as an installed Caravan has it (pip compiles on install, `make run` too): with
    # PYTHONDONTWRITEBYTECODE set, each process would otherwise compile the package again.
    compileall.compile_dir(ROOT / "desktop_app", quiet=1)

    rng = random.Random(17)
    documents = {
        f"/feed{number}.xml": make_feed(number, options.items, rng)
        for number in range(options.feeds)
    }
    feeds = FeedServer(documents, latency=0.0)
    work = Path(tempfile.mkdtemp(prefix="caravan-bench-sync-"))
    try:
        with running() as server:
            account = server.create_user()
            started = time.perf_counter()
            for path in documents:
                account.subscribe(feeds.url(path))
            total = len(account.entries())
            print(
                f"Miniflux: {options.feeds} feeds, {total} items "
                f"(subscribed and crawled in {time.perf_counter() - started:.1f} s)"
            )
            data = work / "caravan"
            data.mkdir()
            caravan(
                data,
                account.password,
                *("account", "add", "--server", account.base_url, "--user", account.username),
                "--password-stdin",
            )
            first, out = caravan(data, account.password, "sync", "--password-stdin")
            peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"first sync ({total} items): {first:.2f} s, peak RSS {peak_mb:.0f} MB")
            print(f"  {out.strip()}")

            again = [
                caravan(data, account.password, "sync", "--password-stdin")[0]
                for _ in range(options.runs)
            ]
            print(
                f"incremental sync, nothing new: median {statistics.median(again):.2f} s "
                f"(goal ≤ 0.5 s; runs: {', '.join(f'{s:.2f}' for s in again)})"
            )
            print(f"  floor, medians of {options.runs}: {floor(account, options.runs)}")

            baseline = statistics.median(
                caravan(data, account.password, "account", "status")[0] for _ in range(options.runs)
            )
            database = Database(data / "caravan.sqlite3")
            try:
                client = GoogleReaderClient(account.base_url, account.username, account.password)
                inside = []
                for _ in range(options.runs):
                    started = time.perf_counter()
                    SyncService(database, client).sync()
                    inside.append(time.perf_counter() - started)
                print(
                    f"  of which the sync itself (in one process): median "
                    f"{statistics.median(inside):.2f} s; a command that syncs nothing "
                    f"(caravan account status): {baseline:.2f} s"
                )
                with closing(database.reader()) as reader:
                    ids = [
                        int(row[0])
                        for row in reader.execute(
                            "SELECT id FROM articles WHERE read = 0 ORDER BY id LIMIT 1000"
                        )
                    ]
                database.writer.run(lambda c: articles.set_read(c, ids, True))
            finally:
                database.close()
            replay, _ = caravan(data, account.password, "sync", "--password-stdin")
            read_there = len(account.entries(status="read"))
            print(
                f"{len(ids)} offline read changes replayed: {replay:.2f} s (goal ≤ 2 s); "
                f"read on the server now: {read_there}"
            )

            for _ in range(options.window_runs):
                print(window_first_sync(account))

            newsboat_folder = work / "newsboat"
            newsboat_folder.mkdir()
            seconds = newsboat_reload(account, newsboat_folder)
            if seconds is not None:
                print(f"newsboat -x reload (Miniflux API, same account): {seconds:.2f} s")
    finally:
        feeds.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"({os.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
