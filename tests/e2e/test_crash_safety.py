"""kill -9 during a refresh, while another process marks articles read and starred: the
database stays intact and no flag confirmed before the kill is lost.

20 kills here (`make test`); CARAVAN_CRASH_ROUNDS=200 for the heavy variant.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import LocalServer, Route

ROUNDS = int(os.environ.get("CARAVAN_CRASH_ROUNDS", "20"))
FEEDS = 40

MARKER = r"""
import random, sys
from pathlib import Path
from desktop_app.store import articles
from desktop_app.store.db import Database

database = Database(Path(sys.argv[1]))
rng = random.Random(int(sys.argv[2]))
reader = database.reader()
while True:
    ids = [row[0] for row in reader.execute("SELECT id FROM articles ORDER BY random() LIMIT 3")]
    if not ids:
        continue
    flag = rng.choice(("read", "starred"))
    if flag == "read":
        database.writer.run(lambda c: articles.set_read(c, ids, True))
    else:
        database.writer.run(lambda c: articles.set_starred(c, ids, True))
    # Printed only once committed: what the user was told is saved.
    print(flag, *ids, flush=True)
"""


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found: set[int] = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pids: set[int]) -> set[int]:
    """Those of ``pids`` still running (a zombie has ended its work)."""
    running: set[int] = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            running.add(pid)
    return running


def _confirmed(output: str) -> dict[str, set[int]]:
    """Flags the marker reported as committed (a line cut by the kill does not count)."""
    confirmed: dict[str, set[int]] = {"read": set(), "starred": set()}
    lines = output.split("\n")[:-1]  # the last piece has no newline: cut or empty
    for line in lines:
        flag, *ids = line.split()
        confirmed[flag].update(int(number) for number in ids)
    return confirmed


@pytest.mark.e2e
@pytest.mark.skipif(sys.platform != "linux", reason="finds the parser processes in /proc")
def test_kill_nine_during_refresh_keeps_the_database_and_every_confirmed_flag(
    tmp_path: Path, fixtures_dir: Path
):
    server = LocalServer()
    server.start()
    try:
        body = fixtures_dir / "feeds-real" / "macworld.rss"
        feeds = "".join(
            f'[[feeds]]\nurl = "{server.serve_file(f"/feed/{n}.xml", body)}"\n'
            for n in range(FEEDS)
        )
        config = tmp_path / "caravan.toml"
        config.write_text(
            f'[offline]\nimages = false\nfull_text = false\n[rates]\nurl = "http://127.0.0.1:9/"\n{feeds}',
            encoding="utf-8",
        )
        data = tmp_path / "data"
        database = data / "caravan.sqlite3"
        refresh = [sys.executable, "-m", "desktop_app", "refresh", "--config", str(config),
                   "--data-dir", str(data)]  # fmt: skip
        subprocess.run(refresh, check=False, capture_output=True, timeout=120)  # a first fill
        marker_script = tmp_path / "marker.py"
        marker_script.write_text(MARKER, encoding="utf-8")
        rng = random.Random(20261129)
        for round_number in range(ROUNDS):
            # Every title changes each round, so the refresh rewrites every article.
            changed = body.read_bytes().replace(b"</title>", f" ({round_number})</title>".encode())
            for n in range(FEEDS):
                server.routes[f"/feed/{n}.xml"] = Route(changed)
            marker = subprocess.Popen(
                [sys.executable, str(marker_script), str(database), str(round_number)],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            victim = subprocess.Popen(refresh, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.3, 1.5))
            workers = _children(victim.pid)
            victim.send_signal(signal.SIGKILL)
            victim.wait(10)
            marker.send_signal(signal.SIGKILL)
            output, _ = marker.communicate(timeout=10)
            # Its parser workers go with it, not left waiting for work that never comes.
            deadline = time.monotonic() + 10
            while _alive(workers) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert not _alive(workers), f"round {round_number}: workers outlived the kill"
            confirmed = _confirmed(output)
            connection = sqlite3.connect(database)
            try:
                assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                for flag, ids in confirmed.items():
                    if ids:
                        marks = ",".join("?" * len(ids))
                        lost = connection.execute(
                            f"SELECT id FROM articles WHERE id IN ({marks}) AND {flag} = 0",
                            sorted(ids),
                        ).fetchall()
                        assert lost == [], f"round {round_number}: {flag} lost on {lost}"
            finally:
                connection.close()
    finally:
        server.stop()
