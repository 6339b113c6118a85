"""What keeping the reading history safe costs at 100,000 articles: the full check, a backup,
the rebuild of a damaged file, and the damage watch on every query.

    python bench/recovery.py [--articles 100000] [--feeds 200] [--runs 5]

Generates the same kind of database as ``bench/reader.py`` (a long-used reader: 80 % read),
then measures, each as the median of ``--runs``:

- the full check (``PRAGMA quick_check``, every page read), as the window runs it after its
  first paint and every backup runs it first;
- a backup (check, then SQLite's online backup from a reader connection) and its size;
- the rebuild of a file with pages overwritten as in issue 14 (``dd bs=4096 seek=20
  count=40``, plus 100 leaf pages of the articles table) over its backup: salvage, merge,
  search index rebuilt, checked — and what it saved;
- the first page of the article list and a search read through the damage-watching connection
  against a plain one: the price of finding damage wherever a query meets it.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.reader import generate  # noqa: E402
from desktop_app.domain import ArticleFilter  # noqa: E402
from desktop_app.store import articles  # noqa: E402
from desktop_app.store.db import connect  # noqa: E402
from desktop_app.store.recovery import back_up, backups_dir, check_fully, open_database  # noqa: E402


def median_ms(function: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def damage(path: Path, rng: random.Random) -> None:
    """The issue's dd, and a hundred leaf pages of the articles table besides."""
    with sqlite3.connect(path) as connection:
        leaves = [
            row[0]
            for row in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf'"
            )
        ]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as file:
        file.seek(20 * 4096)
        file.write(rng.randbytes(40 * 4096))
        for page in rng.sample(leaves, 100):
            file.seek((page - 1) * page_size)
            file.write(rng.randbytes(page_size))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(20261206)
    figures: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        path = folder / "caravan.sqlite3"
        seconds = generate(path, args.articles, args.feeds, rng)
        size = path.stat().st_size / 1e6
        print(f"generated {args.articles:,} articles: {seconds:.1f} s, {size:.0f} MB")
        opened = open_database(path)
        database = opened.database
        figures["full check (quick_check)"] = (
            f"{median_ms(lambda: check_fully(database), args.runs):.0f} ms"
        )
        moments = iter(datetime(2026, 12, 6, 9) + timedelta(hours=2 * n) for n in range(99))

        def one_backup() -> None:
            database.writer.run(
                lambda c: c.execute("UPDATE articles SET read = 1 - read WHERE id = 1")
            )
            assert back_up(database, next(moments)) is not None

        figures["backup (check + online copy)"] = f"{median_ms(one_backup, args.runs):.0f} ms"
        backup_size = sum(p.stat().st_size for p in backups_dir(path).iterdir()) / 1e6
        kept = len(list(backups_dir(path).iterdir()))
        figures["backups kept, total size"] = f"{kept} files, {backup_size:.0f} MB"
        plain = connect(path)
        watched = database.reader()
        for name, connection in (("plain", plain), ("watched", watched)):

            def first_page(c: sqlite3.Connection = connection) -> object:
                return articles.list_articles(c, ArticleFilter(), limit=200)

            def search_page(c: sqlite3.Connection = connection) -> object:
                return articles.list_articles(c, ArticleFilter(search="glacier market"), limit=50)

            page = median_ms(first_page, args.runs * 20)
            search = median_ms(search_page, args.runs * 20)
            figures[f"first list page, {name} connection"] = f"{page:.2f} ms"
            figures[f"search, {name} connection"] = f"{search:.2f} ms"
        plain.close()
        watched.close()
        database.close()

        rebuild_times: list[float] = []
        saved = ""
        for _ in range(max(1, args.runs // 2)):
            trial = folder / "trial"
            shutil.rmtree(trial, ignore_errors=True)
            trial.mkdir()
            shutil.copyfile(path, trial / "caravan.sqlite3")
            shutil.copytree(backups_dir(path), backups_dir(trial / "caravan.sqlite3"))
            database = open_database(trial / "caravan.sqlite3").database
            database.writer.run(
                lambda c: c.execute("UPDATE articles SET starred = 1 WHERE id % 97 = 0")
            )
            database.close()  # stars given after the backup: only the damaged file has them
            damage(trial / "caravan.sqlite3", rng)
            (trial / "caravan.sqlite3.repair").write_text("benchmark", encoding="utf-8")
            started = time.perf_counter()
            repaired = open_database(trial / "caravan.sqlite3")
            rebuild_times.append(time.perf_counter() - started)
            report = repaired.report
            with closing(repaired.database.reader()) as reader:
                starred = reader.execute("SELECT count(*) FROM articles WHERE starred").fetchone()[
                    0
                ]
            repaired.database.close()
            assert report is not None
            counts = report.counts
            saved = (
                f"{counts.articles_salvaged:,} articles from the damaged file, "
                f"{counts.articles_from_backup:,} from the backup, "
                f"{report.unreadable_pages} of {report.page_count:,} pages unreadable; "
                f"{starred:,} of {args.articles // 97:,} stars given after the backup kept"
            )
        figures["rebuild of the damaged file"] = f"{statistics.median(rebuild_times):.1f} s"
        figures["what the rebuild saved"] = saved
    for name, value in figures.items():
        print(f"| {name} | {value} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
