"""How much of one text another holds: the measures the extractors' votes are counted with.

Texts are compared as runs of ``\\w+`` words (4-word shingles), the unit the article-extraction
benchmark scores with: a block "is held" by an extractor's text when most of its shingles
occur there, whatever the markup around them. A block shorter than four words is compared as
one run of all its words.
"""

from __future__ import annotations

import re
from collections import Counter

SHINGLE = 4

WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def shingles(tokens: list[str]) -> Counter[tuple[str, ...]]:
    """The 4-word shingles of ``tokens`` with their repeats (one shingle of all when fewer)."""
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1)))


def contained_share(part: Counter[tuple[str, ...]], whole: Counter[tuple[str, ...]]) -> float:
    """Share of ``part``'s shingles (counted with repeats) that ``whole`` also holds."""
    total = part.total()
    return (part & whole).total() / total if total else 0.0


def agreement(first: Counter[tuple[str, ...]], second: Counter[tuple[str, ...]]) -> float:
    """F1 of the two shingle multisets: 1 for the same text, 0 for nothing in common."""
    total = first.total() + second.total()
    return 2 * (first & second).total() / total if total else 0.0


class Holder:
    """One extractor's text (its words), ready to say how much of any block it holds."""

    def __init__(self, tokens: list[str]) -> None:
        self._tokens = tokens
        self._runs: dict[int, frozenset[tuple[str, ...]]] = {}

    def share_held(self, block: list[str]) -> float:
        """Share of the block's shingles (of ``len(block)`` words when it is shorter) held here."""
        if not block:
            return 1.0
        size = min(SHINGLE, len(block))
        runs = self._runs.get(size)
        if runs is None:  # most blocks need only shingles: build the shorter runs on demand
            tokens = self._tokens
            runs = frozenset(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))
            self._runs[size] = runs
        count = len(block) - size + 1
        return sum(tuple(block[i : i + size]) in runs for i in range(count)) / count
