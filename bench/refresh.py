"""Refresh speed and memory against Newsboat, on feeds served from 127.0.0.1 with latency.

    python bench/refresh.py [--runs 3] [--latency 0.05] [--skip-big]

Generates 100 RSS 2.0 feeds of 50 items with ``content:encoded`` (about 13 MB), serves them
with ETag/Last-Modified and a fixed delay per request, and measures in one run:

- ``caravan refresh`` into an empty database against ``newsboat -x reload`` with
  ``reload-threads 8`` on the same URLs (whole processes, wall clock, median of runs);
- the same refresh again with unchanged feeds (conditional GET: no body may be sent);
- peak resident memory of ``caravan refresh`` on the 13 MB corpus (in a run of its own: the
  sampling slows what it samples);
- 100 feeds of 500 items (50,000 articles) into an empty database, search index included.
"""

from __future__ import annotations

import argparse
import email.utils
import hashlib
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RATES = ROOT / "tests" / "fixtures" / "rates" / "open-er-api_latest_USD_2024-08-19.json"
SENTENCE = (
    "steppe caravan bazaar tenge som somoni manat market silk road mountain river border trade "
    "energy grain cotton rail port pipeline ministry council election reform budget bank rate "
    "inflation export import harvest water glacier city village school hospital festival"
)
WORDS = SENTENCE.split()


def make_feed(number: int, items: int, rng: random.Random) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Bench feed {number}</title><link>https://bench.example/{number}/</link>"
        "<description>Generated for the refresh benchmark</description>"
    ]
    for item in range(items):
        title = " ".join(rng.choice(WORDS) for _ in range(8)).capitalize()
        paragraphs = "".join(
            "<p>" + " ".join(rng.choice(WORDS) for _ in range(60)) + ".</p>" for _ in range(5)
        )
        day = 1 + item % 28
        parts.append(
            f"<item><title>{title}</title>"
            f"<link>https://bench.example/{number}/{item}</link>"
            f'<guid isPermaLink="false">bench-{number}-{item}</guid>'
            f"<pubDate>Mon, {day:02d} Sep 2026 10:{item % 60:02d}:00 +0000</pubDate>"
            f"<description>{title}</description>"
            f"<content:encoded><![CDATA[{paragraphs}]]></content:encoded></item>"
        )
    parts.append("</channel></rss>\n")
    return "".join(parts).encode()


class _Server(ThreadingHTTPServer):
    # The listen backlog is fixed when the socket binds: the default of 5 drops the SYNs of a
    # burst of new connections, and each dropped one costs its client a second.
    request_queue_size = 256
    daemon_threads = True


class FeedServer:
    """Serves the corpus with validators and a delay per request; counts full bodies sent."""

    def __init__(self, documents: dict[str, bytes], latency: float) -> None:
        self.documents = documents
        self.bodies_sent = 0
        stamp = email.utils.formatdate(time.time() - 3600, usegmt=True)
        tags = {path: '"' + hashlib.md5(body).hexdigest() + '"' for path, body in documents.items()}  # noqa: S324
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                time.sleep(latency)
                body = server.documents.get(self.path)
                if body is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                tag = tags[self.path]
                if self.headers.get("If-None-Match") == tag or (
                    self.headers.get("If-Modified-Since") == stamp
                ):
                    self.send_response(304)
                    self.send_header("ETag", tag)
                    self.end_headers()
                    return
                server.bodies_sent += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("ETag", tag)
                self.send_header("Last-Modified", stamp)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._httpd = _Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}{path}"

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def tree_rss_mb(pid: int) -> float:
    """Memory of a process and all its descendants (parser workers included), as the sum of
    their proportional set sizes: pages shared between them are counted once, not per process
    as a sum of RSS would."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        for line in rollup.splitlines():
            if line.startswith("Pss:"):
                total += int(line.split()[1])
    return total / 1024


def run_measured(
    command: list[str], env: dict[str, str] | None = None, *, sample_memory: bool = False
) -> tuple[float, float]:
    """Wall seconds, and with ``sample_memory`` the peak resident memory (MB, the whole process
    tree, sampled every 10 ms: ``ru_maxrss`` would also count the benchmark's own pages shared
    before exec; 0 without).

    Timed runs are not sampled: reading every process's ``smaps_rollup`` a hundred times a
    second walks their page tables on the same two cores, and made the 50,000-article import
    20-25 % slower (6.1-6.9 s against 5.0-5.4 s, interleaved). Memory gets a run of its own.
    """
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_mb(process.pid))
            done.wait(0.01)

    sampler = threading.Thread(target=sample, daemon=True)
    if sample_memory:
        sampler.start()
    _, status, _usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    done.set()
    if sample_memory:
        sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.stderr is not None
    errors = process.stderr.read().decode(errors="replace")
    if process.returncode not in (0,):
        raise RuntimeError(f"{command[:3]} exited {process.returncode}: {errors[-500:]}")
    return elapsed, peak


def caravan_config(folder: Path, server: FeedServer, paths: list[str]) -> Path:
    feeds = "".join(f'[[feeds]]\nurl = "{server.url(path)}"\n' for path in paths)
    config = folder / "caravan.toml"
    # The feed engine alone, as Newsboat: no article page nor image is fetched.
    offline = "[offline]\nimages = false\nfull_text = false\n"
    rates = f'[rates]\nurl = "{server.url("/rates.json")}"\n'
    config.write_text(offline + rates + feeds, encoding="utf-8")
    return config


def caravan_refresh(config: Path, data: Path) -> list[str]:
    return [sys.executable, "-m", "desktop_app", "refresh", "--config", str(config),
            "--data-dir", str(data)]  # fmt: skip


def newsboat_reload(folder: Path, server: FeedServer, paths: list[str]) -> list[str]:
    urls = folder / "urls"
    urls.write_text("".join(server.url(path) + "\n" for path in paths), encoding="utf-8")
    config = folder / "config"
    config.write_text("reload-threads 8\n", encoding="utf-8")
    return ["newsboat", "-x", "reload", "-u", str(urls), "-c", str(folder / "cache.db"),
            "-C", str(config)]  # fmt: skip


def median_of(runs: int, measure: Callable[[int], tuple[float, float]]) -> float:
    return statistics.median(measure(run)[0] for run in range(runs))


def peak_memory(command: list[str]) -> float:
    return run_measured(command, sample_memory=True)[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--skip-big", action="store_true", help="skip the 50,000-article run")
    args = parser.parse_args()
    rng = random.Random(20261129)
    documents = {f"/feed/{n}.xml": make_feed(n, 50, rng) for n in range(100)}
    big = {f"/big/{n}.xml": make_feed(n, 500, rng) for n in range(100)} if not args.skip_big else {}
    documents.update(big)
    documents["/rates.json"] = RATES.read_bytes()
    small_paths = [path for path in documents if path.startswith("/feed/")]
    corpus_mb = sum(len(documents[path]) for path in small_paths) / 1e6
    server = FeedServer(documents, args.latency)
    have_newsboat = shutil.which("newsboat") is not None
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        config = caravan_config(folder, server, small_paths)

        def cold(run: int) -> tuple[float, float]:
            return run_measured(caravan_refresh(config, folder / f"cold-{run}"))

        cold_s = median_of(args.runs, cold)
        cold_mb = peak_memory(caravan_refresh(config, folder / "cold-memory"))

        def warm(run: int) -> tuple[float, float]:
            before = server.bodies_sent
            result = run_measured(caravan_refresh(config, folder / "cold-0"))
            if server.bodies_sent != before:
                raise RuntimeError(f"{server.bodies_sent - before} bodies sent to a warm refresh")
            return result

        warm_s = median_of(args.runs, warm)
        rows.append(
            (f"`caravan refresh`, 100 feeds × 50 items ({corpus_mb:.1f} MB), empty database",
             f"{cold_s:.2f} s")
        )  # fmt: skip
        rows.append(("the same again, feeds unchanged (0 bodies downloaded)", f"{warm_s:.2f} s"))
        rows.append(("peak memory of `caravan refresh` on that corpus", f"{cold_mb:.0f} MB"))
        if have_newsboat:

            def newsboat(run: int) -> tuple[float, float]:
                target = folder / f"newsboat-{run}"
                target.mkdir()
                return run_measured(newsboat_reload(target, server, small_paths))

            newsboat_s = median_of(args.runs, newsboat)
            rows.append(
                ("`newsboat -x reload`, reload-threads 8, same feeds", f"{newsboat_s:.2f} s")
            )
            rows.append(("ratio caravan / newsboat", f"{cold_s / newsboat_s:.2f}"))
        if big:
            (folder / "big").mkdir()
            big_config = caravan_config(folder / "big", server, list(big))

            def big_cold(run: int) -> tuple[float, float]:
                return run_measured(caravan_refresh(big_config, folder / f"big-{run}"))

            big_s = median_of(args.runs, big_cold)
            big_mb = peak_memory(caravan_refresh(big_config, folder / "big-memory"))
            rows.append(
                ("`caravan refresh`, 100 feeds × 500 items (50,000 articles), empty database",
                 f"{big_s:.2f} s (peak {big_mb:.0f} MB)")
            )  # fmt: skip
    server.stop()
    print(f"latency {args.latency * 1000:.0f} ms per request, median of {args.runs} runs")
    for label, value in rows:
        print(f"| {label} | {value} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
