"""A text's direction from the text itself: the first strongly directional character decides
(Unicode's rule P2, as HTML's ``dir="auto"`` and ``QString::isRightToLeft`` do)."""

from __future__ import annotations

import unicodedata

_RIGHT_TO_LEFT = frozenset({"R", "AL"})


def is_right_to_left(text: str) -> bool:
    """Whether ``text`` reads right to left: Arabic, Hebrew, Persian… Digits, spaces and
    punctuation decide nothing; a text with no letter at all reads left to right."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in _RIGHT_TO_LEFT:
            return True
        if kind == "L":
            return False
    return False
