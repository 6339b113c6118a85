"""Figures for the robustness suite: what each XML attack costs to contain.

    python bench/robustness.py [--runs 5]

Each attack of ``tests/unit/test_xml_attacks.py`` is parsed in a fresh process, as a refresh
would, against a harmless feed of the same shape; the table gives the median wall time of the
parse and the growth of the process's peak resident memory over a process that only loaded
the parsers. The limits the suite asserts are 1 s and 100 MB (issue 8).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MEASURE = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from desktop_app.errors import CaravanError
from desktop_app.feeds.parse import parse_feed
parse_feed(b'<rss version="2.0"><channel><title>warm</title></channel></rss>', "u")
parse_feed(b"<?xml version='1.0' encoding='iso-8859-1'?><rss version='2.0'><channel/></rss>", "u")
body = sys.stdin.buffer.read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
try:
    parse_feed(body, "https://example.org/feed.xml")
    outcome = "parsed, nothing expanded"
except CaravanError as error:
    outcome = "refused: " + str(error)[:60]
elapsed = time.perf_counter() - started
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({"seconds": elapsed, "grown_kb": grown, "outcome": outcome}))
"""


def measure(body: bytes) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, str(ROOT)],
        input=body,
        capture_output=True,
        check=True,
        timeout=60,
    )
    return dict(json.loads(result.stdout))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from tests.unit.test_xml_attacks import ATTACKS

    harmless = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>a calm story</title></item></channel></rss>"
    )
    cases = {"harmless feed (baseline)": harmless, **ATTACKS}
    print("| attack | parse time (median) | peak memory growth | outcome |")
    print("|---|---|---|---|")
    for name, document in cases.items():
        runs = [measure(document.encode()) for _ in range(args.runs)]
        seconds = statistics.median(float(str(run["seconds"])) for run in runs)
        grown_mb = max(int(str(run["grown_kb"])) for run in runs) / 1024
        print(f"| {name} | {seconds * 1000:.1f} ms | {grown_mb:.1f} MB | {runs[0]['outcome']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
