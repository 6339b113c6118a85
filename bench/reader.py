"""The reader at 100,000 articles: list, scrolling, counts, search, start-up and memory.

    python bench/reader.py [--articles 100000] [--feeds 200] [--runs 7] [--skip-startup]

Generates a database of ``--articles`` articles in ``--feeds`` feeds (text like a real
article, every word indexed), then measures in one run, each as the median of ``--runs``:

- selecting "All" in the real window (offscreen): count and first page, model reset;
- scrolling to the end: every page the list fetches as the view reaches its bottom, the
  worst single fetch (the longest the window is blocked);
- unread counts for every feed;
- search, top 50 results, for a set of queries (common word, rare word, prefix, two words,
  search inside a feed): the 95th percentile;
- start-up to a mapped window under Xvfb with that database, against a bare PySide6 window,
  the same first screen built with PySide6 alone (``bench/floor_window.py``) and QuiteRSS
  (when it is installed), all started the same way, and resident memory 1 s after.

Goals (issue 7): All ≤ 50 ms; no scroll step > 50 ms; counts ≤ 20 ms; search p95 ≤ 50 ms;
start-up ≤ 1.5 × the bare window; memory ≤ 150 MB.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.refresh import WORDS  # noqa: E402
from desktop_app.domain import ArticleFilter, ParsedEntry  # noqa: E402
from desktop_app.store import articles, feeds  # noqa: E402
from desktop_app.store.db import Database  # noqa: E402

QUERIES = ("market", "glacier", "pipel", "silk road", "bank rate", "harvest water")


def generate(path: Path, total: int, feed_count: int, rng: random.Random) -> float:
    """Fill a database like a long-used one; return the seconds it took."""
    started = time.perf_counter()
    database = Database(path)
    now = datetime(2026, 11, 1, tzinfo=UTC)
    per_feed = total // feed_count
    try:
        for feed_number in range(feed_count):
            entries = []
            for item in range(per_feed):
                words = [rng.choice(WORDS) for _ in range(120)]
                text = " ".join(words)
                entries.append(
                    ParsedEntry(
                        key=f"{feed_number}-{item}",
                        title=" ".join(rng.choice(WORDS) for _ in range(8)).capitalize(),
                        link=f"https://bench.example/{feed_number}/{item}",
                        author="",
                        published_at=now - timedelta(minutes=rng.randrange(0, 60 * 24 * 365)),
                        summary_html=f"<p>{text}</p>",
                        content_html="",
                        text=text,
                    )
                )

            def store(connection, feed_number=feed_number, entries=entries):  # type: ignore[no-untyped-def]
                feed_id, _ = feeds.add_feed(
                    connection,
                    f"https://bench.example/{feed_number}.xml",
                    f"Feed {feed_number}",
                    f"Folder {feed_number % 10}",
                )
                articles.store_entries(connection, feed_id, entries, now)
                # A long-used reader: most articles read.
                connection.execute(
                    "UPDATE articles SET read = 1 WHERE feed_id = ? AND id % 5 != 0", (feed_id,)
                )

            database.writer.run(store)
    finally:
        database.close()
    return time.perf_counter() - started


def timed(function: Callable[[], object]) -> float:
    started = time.perf_counter()
    function()
    return (time.perf_counter() - started) * 1000


def measure_window(path: Path, runs: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from desktop_app.config import Config
    from desktop_app.services.library import Library
    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    database = Database(path)
    library = Library(database)
    window = MainWindow(library, Config(), offline=True)
    window.resize(1180, 760)
    window.show()
    app.processEvents()
    figures: dict[str, float] = {}

    def select_all() -> None:
        window.reading.show_filter(ArticleFilter())
        app.processEvents()

    figures["All: first rows (ms)"] = statistics.median(timed(select_all) for _ in range(runs))

    model = window.article_model
    steps: list[float] = []
    started = time.perf_counter()
    while model.canFetchMore():
        steps.append(timed(model.fetchMore))
    figures["scroll to the end: pages"] = len(steps)
    figures["scroll to the end: worst page (ms)"] = max(steps)
    figures["scroll to the end: total (s)"] = time.perf_counter() - started
    figures["rows loaded"] = model.rowCount()

    figures["unread counts, every feed (ms)"] = statistics.median(
        timed(library.unread_counts) for _ in range(runs)
    )
    some_feed = library.feeds()[7].id
    searches: list[float] = []
    first_times: list[float] = []
    for query in QUERIES:
        for scope in (ArticleFilter(search=query), ArticleFilter(feed_id=some_feed, search=query)):
            for run in range(runs):

                def search(scope: ArticleFilter = scope) -> None:
                    library.count(scope)
                    library.articles(scope, limit=50)

                searches.append(timed(search))
                if run == 0:
                    first_times.append(searches[-1])
    figures["search, the first time the words are asked: worst (ms)"] = max(first_times)
    searches.sort()
    figures["search, top 50 + count: p95 (ms)"] = searches[int(len(searches) * 0.95) - 1]
    figures["search: median (ms)"] = statistics.median(searches)
    window.close()
    library.close()
    database.close()
    return figures


def measure_startup(path: Path, runs: int) -> dict[str, float]:
    from bench.startup import TITLES, byte_compile, measure, programs
    from tests.e2e.xsession import XSession

    byte_compile()
    session = XSession()
    try:
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary)
            config = folder / "caravan.toml"
            config.write_text("[offline]\nimages = false\n", encoding="utf-8")
            home = folder / "home"
            home.mkdir()
            commands = programs(config, path.parent, home)
            for name, (command, env) in commands.items():  # a first start writes its profile
                measure(session, command, TITLES[name], env)
            results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
            for _ in range(runs):
                for name, (command, env) in commands.items():
                    results[name].append(measure(session, command, TITLES[name], env))
    finally:
        session.stop()
    figures: dict[str, float] = {}
    for name, values in results.items():
        figures[f"start-up {name} (ms)"] = statistics.median(t for t, _ in values) * 1000
        figures[f"memory {name} (MB)"] = statistics.median(m for _, m in values)
    for name in ("floor", "caravan"):
        figures[f"start-up ratio {name} / bare"] = (
            figures[f"start-up {name} (ms)"] / figures["start-up bare (ms)"]
        )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--skip-startup", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        path = Path(temporary) / "caravan.sqlite3"
        seconds = generate(path, args.articles, args.feeds, random.Random(20261129))
        size = path.stat().st_size / 1e6
        print(f"generated {args.articles:,} articles in {args.feeds} feeds: {seconds:.1f} s, "
              f"{size:.0f} MB")  # fmt: skip
        figures = measure_window(path, args.runs)
        if not args.skip_startup:
            figures.update(measure_startup(path, args.runs))
    for name, value in figures.items():
        print(f"| {name} | {value:,.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
