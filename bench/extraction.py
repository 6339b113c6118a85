"""Main-text extraction quality and speed, against trafilatura and readability alone.

    python bench/extraction.py DIR [--predictions OUT.json] [--folds K]

``DIR`` holds ``html/KEY.html.gz`` and ``ground-truth.json`` (``{KEY: {"articleBody": ...,
"url": ...}}``), the layout of the Zyte article-extraction benchmark. Prints:

- precision, recall and F1 of ``extract_article`` (its shipped thresholds) and of the two
  libraries with plain defaults, on the whole set, with the median milliseconds per page, all
  measured in the same run, page by page in turn;
- the cross-validated score: the pages fall into K folds by a hash of their key; for each fold
  every combination of :data:`GRID` is scored on the other folds, the best one (the most
  central of equals) is kept, and the fold is scored with it. Precision, recall and F1 come
  from the held-out predictions of all folds together; the per-fold F1 show the spread;
- the thresholds the same search picks on all pages (the shipped ones should be those);
- what of the article's structure survives in our sanitized HTML: the share of ground-truth
  paragraphs found as one block of their own, and the images, headings, list items, quotes
  and links kept.

``--predictions`` writes our texts as ``{KEY: {"articleBody": text}}``, the benchmark's own
output format.

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
import hashlib
import itertools
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import lxml.html  # noqa: E402
import trafilatura  # noqa: E402
from readability import Document  # type: ignore[import-untyped]  # noqa: E402

from desktop_app.fulltext.extract import (  # noqa: E402
    THRESHOLDS,
    ReadPage,
    Thresholds,
    article_text,
    extract_article,
    read_page,
)
from desktop_app.sanitize import html_to_text, sanitize_html  # noqa: E402

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


Extractor = Callable[[bytes, str | None], tuple[str, str]]  # text, HTML (or "")
Match = tuple[float, float, float]

# The values the cross-validation tries: round numbers around the shipped ones.
GRID: dict[str, tuple[float, ...]] = {
    "contained": (0.7, 0.8, 0.9),
    "truncated": (0.4, 0.5, 0.6),
    "held": (0.2, 0.3, 0.5),
    "quorum": (0.5, 1.0),
    "headline": (0.6, 0.8, 1.0),
    "declared": (0.8, 0.9),
}
STRUCTURE = {
    "images": ("img",),
    "headings": ("h1", "h2", "h3", "h4", "h5", "h6"),
    "list items": ("li",),
    "quotes": ("blockquote",),
    "links": ("a",),
}
_PARAGRAPH_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "dd")


def ours(page: bytes, url: str | None) -> tuple[str, str]:
    article = extract_article(page, url)
    return (article.text, article.html) if article is not None else ("", "")


def trafilatura_default(page: bytes, url: str | None) -> tuple[str, str]:
    return trafilatura.extract(page.decode("utf-8", errors="replace"), url=url) or "", ""


def readability_default(page: bytes, url: str | None) -> tuple[str, str]:
    summary = Document(page.decode("utf-8", errors="replace"), url=url).summary(html_partial=True)
    return html_to_text(str(summary)), str(summary)


EXTRACTORS: dict[str, Extractor] = {
    "caravan": ours,
    "trafilatura": trafilatura_default,
    "readability": readability_default,
}


def run(
    pages: Mapping[str, bytes], urls: Mapping[str, str | None]
) -> tuple[dict[str, dict[str, tuple[str, str]]], dict[str, float]]:
    """Text and HTML of every extractor by key, and each one's median seconds per page.

    The extractors take turns page by page, so that a load on the machine weighs on each.
    """
    outputs: dict[str, dict[str, tuple[str, str]]] = {name: {} for name in EXTRACTORS}
    durations: dict[str, list[float]] = {name: [] for name in EXTRACTORS}
    for key, page in pages.items():
        for name, extractor in EXTRACTORS.items():
            start = time.perf_counter()
            outputs[name][key] = extractor(page, urls[key])
            durations[name].append(time.perf_counter() - start)
    return outputs, {name: statistics.median(values) for name, values in durations.items()}


def fold_of(key: str, folds: int) -> int:
    """A page's fold: fixed by its key, whatever else the set holds."""
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % folds


def grid() -> list[Thresholds]:
    names = [field.name for field in fields(Thresholds)]
    if set(names) != set(GRID):
        raise ValueError("the grid must name every threshold of the extractor")
    return [
        Thresholds(**dict(zip(GRID, values, strict=True)))
        for values in itertools.product(*GRID.values())
    ]


def centrality(thresholds: Thresholds) -> float:
    """How far ``thresholds`` sit from the middle of the grid (0: in the middle)."""
    distance = 0.0
    for name, values in GRID.items():
        middle = (len(values) - 1) / 2
        distance += abs(values.index(getattr(thresholds, name)) - middle)
    return distance


def fit(candidates: Sequence[Thresholds], matches: Mapping[Thresholds, Sequence[Match]]) -> int:
    """The index of the best candidate by F1 over ``matches``; among equals, the most central."""
    results = [round(scores(matches[candidate]).f1, 9) for candidate in candidates]
    best = max(results)
    return min(
        (index for index, result in enumerate(results) if result == best),
        key=lambda index: centrality(candidates[index]),
    )


@dataclass(frozen=True, slots=True)
class CrossValidation:
    overall: Scores  # from the held-out predictions of every fold together
    folds: list[tuple[Scores, Thresholds]]  # each fold's held-out score, thresholds it used
    fitted_on_all: Thresholds
    sensitivity: dict[str, list[tuple[float, float]]]  # F1 on all pages, one threshold varied


def cross_validate(
    truth: Mapping[str, str], read: Mapping[str, ReadPage | None], folds: int
) -> CrossValidation:
    """K-fold cross-validation of the thresholds (module docstring)."""
    candidates = grid()
    by_key: dict[str, dict[Thresholds, Match]] = {}
    for key, page in read.items():
        by_text: dict[str, Match] = {}  # many thresholds give the same text
        by_key[key] = {}
        for candidate in candidates:
            text = article_text(page, candidate) if page is not None else ""
            if text not in by_text:
                by_text[text] = shingle_matching(truth[key], text)
            by_key[key][candidate] = by_text[text]
    fold = {key: fold_of(key, folds) for key in truth}
    held_out: list[Match] = []
    per_fold: list[tuple[Scores, Thresholds]] = []
    for number in range(folds):
        train = [key for key in truth if fold[key] != number]
        test = [key for key in truth if fold[key] == number]
        matches = {c: [by_key[key][c] for key in train] for c in candidates}
        chosen = candidates[fit(candidates, matches)]
        fold_matches = [by_key[key][chosen] for key in test]
        held_out.extend(fold_matches)
        per_fold.append((scores(fold_matches), chosen))
    everything = {c: [by_key[key][c] for key in truth] for c in candidates}
    fitted = candidates[fit(candidates, everything)]
    sensitivity = {
        name: [(value, scores(everything[replace(fitted, **{name: value})]).f1) for value in values]
        for name, values in GRID.items()
    }
    return CrossValidation(scores(held_out), per_fold, fitted, sensitivity)


def structure(truth: Mapping[str, str], markup: Mapping[str, str]) -> dict[str, float]:
    """Share of ground-truth paragraphs that are one block of the HTML, and elements kept.

    A paragraph is found when some paragraph, heading, item, quote or cell of the HTML has
    the same text (shingle F1 0.9 or more, so that punctuation or a stray word do not count).
    """
    found = total = 0
    counts: Counter[str] = Counter()
    for key, body in truth.items():
        blocks: list[Counter[tuple[str, ...]]] = []
        if markup[key].strip():
            root: lxml.html.HtmlElement = lxml.html.fromstring(markup[key])
            blocks = [
                _shingles(element.text_content())
                for element in root.iter(*_PARAGRAPH_TAGS)
                if not any(True for _ in element.iterdescendants(*_PARAGRAPH_TAGS))
            ]
            for name, tags in STRUCTURE.items():
                counts[name] += sum(1 for _ in root.iter(*tags))
        for paragraph in filter(None, (line.strip() for line in body.splitlines())):
            total += 1
            wanted = _shingles(paragraph)
            found += any(
                2 * (wanted & block).total() >= 0.9 * (wanted.total() + block.total())
                for block in blocks
            )
    return {"paragraphs as blocks": found / total if total else 0.0, **counts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path, help="holds html/KEY.html.gz, ground-truth.json")
    parser.add_argument("--predictions", type=Path, help="write our texts here as JSON")
    parser.add_argument("--folds", type=int, default=5, help="folds of the cross-validation")
    arguments = parser.parse_args()

    ground_truth = json.loads((arguments.directory / "ground-truth.json").read_text("utf-8"))
    truth = {key: entry.get("articleBody") or "" for key, entry in ground_truth.items()}
    urls = {key: entry.get("url") for key, entry in ground_truth.items()}
    pages = {
        key: gzip.decompress((arguments.directory / "html" / f"{key}.html.gz").read_bytes())
        for key in ground_truth
    }
    print(f"{len(pages)} pages in {arguments.directory}")
    outputs, medians = run(pages, urls)
    texts = {
        name: {key: text for key, (text, _) in values.items()} for name, values in outputs.items()
    }
    print(f"{'extractor':<14}{'precision':>10}{'recall':>10}{'F1':>10}{'ms/page':>10}")
    for name in EXTRACTORS:
        result = evaluate(truth, texts[name])
        print(
            f"{name:<14}{result.precision:>10.4f}{result.recall:>10.4f}{result.f1:>10.4f}"
            f"{medians[name] * 1000:>10.1f}"
        )
    if arguments.predictions:
        arguments.predictions.write_text(
            json.dumps(
                {key: {"articleBody": text} for key, text in texts["caravan"].items()}, indent=1
            ),
            "utf-8",
        )

    read = {key: read_page(page) for key, page in pages.items()}
    validation = cross_validate(truth, read, arguments.folds)
    result = validation.overall
    fold_f1 = [fold_scores.f1 for fold_scores, _ in validation.folds]
    print(
        f"\n{arguments.folds}-fold cross-validated (thresholds fitted on the other folds): "
        f"precision {result.precision:.4f}, recall {result.recall:.4f}, F1 {result.f1:.4f}"
    )
    print(
        f"per-fold F1 {min(fold_f1):.4f} to {max(fold_f1):.4f} "
        f"(mean {statistics.mean(fold_f1):.4f}, standard deviation {statistics.stdev(fold_f1):.4f})"
    )
    for number, (fold_scores, chosen) in enumerate(validation.folds):
        pages_in_fold = sum(fold_of(key, arguments.folds) == number for key in truth)
        print(
            f"  fold {number}: {pages_in_fold:>3} pages, P {fold_scores.precision:.4f} "
            f"R {fold_scores.recall:.4f} F1 {fold_scores.f1:.4f}  {_short(chosen)}"
        )
    print(
        f"fitted on all pages: {_short(validation.fitted_on_all)}; F1 on all pages when one varies:"
    )
    for name, results in validation.sensitivity.items():
        print(f"  {name:<10}" + "  ".join(f"{value:g}: {f1:.4f}" for value, f1 in results))
    if validation.fitted_on_all != THRESHOLDS:
        print(f"  (the extractor ships {_short(THRESHOLDS)})")

    print("\nstructure kept in the sanitized HTML (share of the ground truth's paragraphs that")
    print("are one block of their own; elements in all pages):")
    for name in ("caravan", "readability"):
        markup = {key: sanitize_html(html) for key, (_, html) in outputs[name].items()}
        kept = structure(truth, markup)
        print(
            f"  {name:<12} {kept.pop('paragraphs as blocks'):.1%} paragraphs; "
            + ", ".join(f"{int(count)} {label}" for label, count in kept.items())
        )


def _short(thresholds: Thresholds) -> str:
    return " ".join(f"{name}={value:g}" for name, value in asdict(thresholds).items())


if __name__ == "__main__":
    main()
