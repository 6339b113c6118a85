"""Search matches marked in article HTML for the reader (the matching itself is
``desktop_app.textmatch``, shared with storage's snippets and the list's highlights)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from desktop_app.sanitize import SEARCH_MATCH_CLASS
from desktop_app.textmatch import match_spans, query_words

if TYPE_CHECKING:  # lxml is loaded on the first highlighted article, not at start-up
    from lxml.html import HtmlElement


def highlight_html(fragment: str, search: str) -> str:
    """``fragment`` with every matching word of its text wrapped in a span of class
    ``search-match`` (markup and attributes untouched)."""
    if not query_words(search) or not fragment.strip():
        return fragment
    from lxml import etree, html

    try:
        root = html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment
    for element in list(root.iter()):
        if element.tag in ("script", "style") or not isinstance(element.tag, str):
            continue
        if element.text:
            _wrap_text(element, search, tail=False)
        if element is not root and element.tail:
            _wrap_text(element, search, tail=True)
    return escape(root.text or "", quote=False) + "".join(
        etree.tostring(child, encoding="unicode", method="html") for child in root
    )


def _wrap_text(element: HtmlElement, search: str, *, tail: bool) -> None:
    from lxml import html

    text = (element.tail if tail else element.text) or ""
    spans = match_spans(text, search)
    parent = element.getparent()
    if not spans or (tail and parent is None):
        return
    pieces: list[HtmlElement] = []
    before = text[: spans[0][0]]
    for number, (start, end) in enumerate(spans):
        mark = html.Element("span")
        mark.set("class", SEARCH_MATCH_CLASS)
        mark.text = text[start:end]
        following = spans[number + 1][0] if number + 1 < len(spans) else len(text)
        mark.tail = text[end:following]
        pieces.append(mark)
    if tail and parent is not None:
        element.tail = before
        position = parent.index(element) + 1
        for offset, piece in enumerate(pieces):
            parent.insert(position + offset, piece)
    else:
        element.text = before
        for offset, piece in enumerate(pieces):
            element.insert(offset, piece)
