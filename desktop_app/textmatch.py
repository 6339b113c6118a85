"""Where the words of a search appear in a text, as the search index matched them: each word
of the query is a prefix of a word of the text, letter case and accents ignored (the index's
``unicode61 remove_diacritics 2`` tokenizer). Shared by storage (snippets) and the UI
(highlights); no dependency of its own.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def query_words(search: str) -> tuple[str, ...]:
    """The query's words as the index compares them (words without letters or digits go)."""
    return tuple(_folded(word) for word in _WORD.findall(search))


def match_spans(text: str, search: str) -> list[tuple[int, int]]:
    """(start, end) of every word of ``text`` that a word of ``search`` is a prefix of."""
    words = query_words(search)
    if not words:
        return []
    return [
        (found.start(), found.end())
        for found in _WORD.finditer(text)
        if _folded(found.group()).startswith(words)
    ]


def snippet(text: str, search: str, width: int = 200) -> str | None:
    """About ``width`` characters of ``text`` around its first match, cut at words and marked
    with "…" where cut; None when the search words do not occur in ``text``."""
    words = query_words(search)
    if not words:
        return None
    for found in _WORD.finditer(text):
        if _folded(found.group()).startswith(words):
            start = max(0, found.start() - width // 4)
            if start:
                space = text.find(" ", start)
                start = space + 1 if 0 <= space < found.start() else start
            end = min(len(text), start + width)
            return ("…" if start else "") + text[start:end]
    return None
