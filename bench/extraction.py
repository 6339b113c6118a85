"""Main-text extraction quality and speed, against trafilatura and readability alone.

    python bench/extraction.py DIR [--predictions OUT.json]

``DIR`` holds ``html/KEY.html.gz`` and ``ground-truth.json`` (``{KEY: {"articleBody": ...,
"url": ...}}``), the layout of the Zyte article-extraction benchmark. Prints precision, recall
and F1 of ``extract_article`` and of the two libraries with plain defaults, measured in the same
run on the same pages, with the median milliseconds per page; ``--predictions`` writes our texts
as ``{KEY: {"articleBody": text}}``, the benchmark's own output format.

The metric is the benchmark's ``evaluate.py`` (scrapinghub/article-extraction-benchmark):
``\\w+`` tokens, case kept; 4-token shingles counted as multisets; per page TP, FP and FN
normalised to sum to one; precision averaged over the pages where something was predicted or
expected (TP + FP > 0), recall over those where something was expected (TP + FN > 0); F1 from
the two averages. It is written out here rather than shared with the extractor, so that what
is measured cannot change the measure.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402
from readability import Document  # type: ignore[import-untyped]  # noqa: E402

from desktop_app.fulltext.extract import extract_article  # noqa: E402
from desktop_app.sanitize import html_to_text  # noqa: E402

SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float


def shingle_matching(true: str, predicted: str) -> tuple[float, float, float]:
    """One page's (TP, FP, FN) over shingle multisets, normalised to sum to 1 (or all 0).

    A text shorter than a shingle is one shingle of all its tokens; a text without any token
    has none.
    """
    true_shingles, predicted_shingles = _shingles(true), _shingles(predicted)
    true_positive = (true_shingles & predicted_shingles).total()
    false_positive = predicted_shingles.total() - true_positive
    false_negative = true_shingles.total() - true_positive
    total = true_positive + false_positive + false_negative
    if total == 0:
        return (0.0, 0.0, 0.0)
    return (true_positive / total, false_positive / total, false_negative / total)


def precision_score(true_positive: float, false_positive: float, false_negative: float) -> float:
    if false_positive == false_negative == 0:
        return 1.0
    if true_positive == false_positive == 0:
        return 0.0
    return true_positive / (true_positive + false_positive)


def recall_score(true_positive: float, false_positive: float, false_negative: float) -> float:
    if false_positive == false_negative == 0:
        return 1.0
    if true_positive == false_negative == 0:
        return 0.0
    return true_positive / (true_positive + false_negative)


def scores(pages: Iterable[tuple[float, float, float]]) -> Scores:
    """Precision and recall averaged over pages, and F1 of the two averages."""
    matches = list(pages)
    precision = statistics.mean(
        precision_score(*match) for match in matches if match[0] + match[1] > 0
    )
    recall = statistics.mean(recall_score(*match) for match in matches if match[0] + match[2] > 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1)


def evaluate(truth: Mapping[str, str], predicted: Mapping[str, str]) -> Scores:
    """Scores of ``predicted`` texts against ``truth`` texts, both by page key."""
    if truth.keys() != predicted.keys():
        raise ValueError("the predictions do not cover the same pages as the ground truth")
    return scores(shingle_matching(truth[key], predicted[key]) for key in truth)


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(
        shingle
        for i in range(max(1, len(tokens) - SHINGLE_SIZE + 1))
        if (shingle := tuple(tokens[i : i + SHINGLE_SIZE]))
    )


Extractor = Callable[[bytes, str | None], str]


def ours(page: bytes, url: str | None) -> str:
    article = extract_article(page, url)
    return article.text if article is not None else ""


def trafilatura_default(page: bytes, url: str | None) -> str:
    return trafilatura.extract(page.decode("utf-8", errors="replace"), url=url) or ""


def readability_default(page: bytes, url: str | None) -> str:
    summary = Document(page.decode("utf-8", errors="replace"), url=url).summary(html_partial=True)
    return html_to_text(str(summary))


EXTRACTORS: dict[str, Extractor] = {
    "caravan": ours,
    "trafilatura": trafilatura_default,
    "readability": readability_default,
}


def run(
    extractor: Extractor, pages: Mapping[str, bytes], urls: Mapping[str, str | None]
) -> tuple[dict[str, str], float]:
    """Texts by key, and the median seconds per page."""
    texts: dict[str, str] = {}
    durations: list[float] = []
    for key, page in pages.items():
        start = time.perf_counter()
        texts[key] = extractor(page, urls[key])
        durations.append(time.perf_counter() - start)
    return texts, statistics.median(durations)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path, help="holds html/KEY.html.gz, ground-truth.json")
    parser.add_argument("--predictions", type=Path, help="write our texts here as JSON")
    arguments = parser.parse_args()

    ground_truth = json.loads((arguments.directory / "ground-truth.json").read_text("utf-8"))
    truth = {key: entry.get("articleBody") or "" for key, entry in ground_truth.items()}
    urls = {key: entry.get("url") for key, entry in ground_truth.items()}
    pages = {
        key: gzip.decompress((arguments.directory / "html" / f"{key}.html.gz").read_bytes())
        for key in ground_truth
    }
    print(f"{len(pages)} pages in {arguments.directory}")
    print(f"{'extractor':<14}{'precision':>10}{'recall':>10}{'F1':>10}{'ms/page':>10}")
    for name, extractor in EXTRACTORS.items():
        texts, median = run(extractor, pages, urls)
        result = evaluate(truth, texts)
        print(
            f"{name:<14}{result.precision:>10.4f}{result.recall:>10.4f}{result.f1:>10.4f}"
            f"{median * 1000:>10.1f}"
        )
        if name == "caravan" and arguments.predictions:
            arguments.predictions.write_text(
                json.dumps({key: {"articleBody": text} for key, text in texts.items()}, indent=1),
                "utf-8",
            )


if __name__ == "__main__":
    main()
