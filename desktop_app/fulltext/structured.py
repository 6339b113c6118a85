"""The article body a page declares in its structured data (schema.org ``articleBody`` in JSON-LD).

A publisher's own statement of what the article is, but not always an honest one: some pages
cut it to a teaser of a few hundred characters, some carry a stale or a different story. So the
caller checks it against the visible page before trusting it (:func:`visible_text`), and
against the extractors' texts for truncation.
"""

from __future__ import annotations

import json
import logging

import lxml.etree
import lxml.html

from desktop_app.sanitize import html_to_text

log = logging.getLogger(__name__)

MAX_OBJECTS = 2_000  # JSON-LD objects looked at per page: a real page has a few dozen
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "head"})


def declared_body(page: lxml.html.HtmlElement) -> str | None:
    """The longest ``articleBody`` string of the page's JSON-LD blocks, as plain text."""
    bodies: list[str] = []
    for script in page.iterfind('.//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):  # broken or hostile JSON: not a declaration
            continue
        bodies.extend(_article_bodies(data))
    if not bodies:
        return None
    body = max(bodies, key=len)
    return html_to_text(body) if "<" in body or "&" in body else " ".join(body.split())


def _article_bodies(data: object) -> list[str]:
    found: list[str] = []
    stack, seen = [data], 0
    while stack and seen < MAX_OBJECTS:
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            body = item.get("articleBody")
            if isinstance(body, str) and body.strip():
                found.append(body)
            stack.extend(value for value in item.values() if isinstance(value, (dict, list)))
    return found


def visible_text(page: lxml.html.HtmlElement) -> str:
    """The text a reader of ``page`` could see: everything but scripts, styles and the head."""
    parts: list[str] = []
    walk = lxml.etree.iterwalk(page, events=("start", "end", "comment", "pi"))
    for event, element in walk:
        if event == "start":
            if element.tag in _INVISIBLE:
                walk.skip_subtree()  # its "end" still comes, with the tail
            elif element.text:
                parts.append(element.text)
        elif element.tail:  # the end of an element, a comment or a processing instruction
            parts.append(element.tail)
    return " ".join(parts)
