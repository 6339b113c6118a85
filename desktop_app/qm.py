"""Qt Linguist's compiled catalogues (``.qm``) read without Qt, for the command line and the
services' messages: an English ``caravan list`` must not load PySide6 (``import
PySide6.QtCore`` alone takes about 0.15 s here) to print.

``lrelease`` keeps each message's context and source text in the file, so a message is found
by them; plural forms are chosen by the rules of the four languages Caravan speaks (the ones
Qt writes in the ``.ts`` files). tests/gui/test_qm_catalogue.py compares every answer with
Qt's own ``QTranslator``.
"""

from __future__ import annotations

import logging
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
# Record tags inside the messages block (qtbase/src/corelib/kernel/qtranslator.cpp).
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_COUNT = re.compile(r"%(L?)n")

# Language -> number -> index of its plural form, as Qt's numerus rules count them.
_RULES: dict[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1,
    "kk": lambda n: 0 if n == 1 else 1,
    "uz": lambda n: 0 if n == 1 else 1,
    "ru": lambda n: (
        0
        if n % 10 == 1 and n % 100 != 11
        else 1
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14
        else 2
    ),
}
# The locale's digit grouping for %Ln (QLocale's for en_US, ru_RU, kk_KZ, uz_Latn_UZ).
GROUP_SEPARATORS = {"en": ",", "ru": "\u00a0", "kk": "\u00a0", "uz": "\u00a0"}
DECIMAL_POINTS = {"en": ".", "ru": ",", "kk": ",", "uz": ","}


def group_digits(number: int, language: str) -> str:
    """``1234567`` as the language's locale writes it: ``1,234,567``, ``1 234 567``."""
    return f"{number:,}".replace(",", GROUP_SEPARATORS.get(language, ","))


@dataclass(frozen=True)
class Catalogue:
    """One language's messages: (context, source, comment) -> its forms."""

    language: str
    messages: dict[tuple[str, str, str], tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path, language: str) -> Catalogue:
        """The catalogue at ``path``; a missing or broken file gives an empty one (the
        sources, English), logged: a message left untranslated beats a command that fails."""
        try:
            return cls(language, _parse(path.read_bytes()))
        except (OSError, ValueError, struct.error, UnicodeDecodeError) as error:
            log.warning("catalogue %s unreadable: %s", path, error)
            return cls(language)

    def translate(self, context: str, source: str, comment: str | None, n: int = -1) -> str:
        """As ``QCoreApplication.translate``: the translation or the source, ``%n`` (and the
        grouped ``%Ln``) replaced by ``n`` when a count is given."""
        forms = self.messages.get((context, source, comment or ""))
        text = source
        if forms:
            index = _RULES.get(self.language, _RULES["en"])(abs(n)) if n >= 0 else 0
            text = forms[min(index, len(forms) - 1)] or source
        if n < 0:
            return text
        return _COUNT.sub(
            lambda match: group_digits(n, self.language) if match.group(1) else str(n), text
        )


def _parse(data: bytes) -> dict[tuple[str, str, str], tuple[str, ...]]:
    if not data.startswith(_MAGIC):
        raise ValueError("not a Qt catalogue")
    position = len(_MAGIC)
    while position < len(data):
        tag, length = struct.unpack_from(">BI", data, position)
        position += 5
        if tag == _MESSAGES:
            return _messages(data[position : position + length])
        position += length
    return {}


def _messages(block: bytes) -> dict[tuple[str, str, str], tuple[str, ...]]:
    messages: dict[tuple[str, str, str], tuple[str, ...]] = {}
    position = 0
    forms: list[str] = []
    texts = {_SOURCE: "", _CONTEXT: "", _COMMENT: ""}
    while position < len(block):
        tag = block[position]
        position += 1
        if tag == _END:
            messages[texts[_CONTEXT], texts[_SOURCE], texts[_COMMENT]] = tuple(forms)
            forms = []
            texts = {_SOURCE: "", _CONTEXT: "", _COMMENT: ""}
            continue
        if tag == _OBSOLETE1:
            position += 4
            continue
        (length,) = struct.unpack_from(">I", block, position)
        position += 4
        if length == 0xFFFFFFFF:  # a null translation
            continue
        raw = block[position : position + length]
        position += length
        if tag == _TRANSLATION:
            forms.append(raw.decode("utf-16-be"))
        elif tag in texts:
            texts[tag] = raw.decode("utf-8")
    return messages
