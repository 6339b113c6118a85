"""Article identity inside a feed, shared by every format's parser.

Read and starred flags hang on these keys: the rules must never change between versions
(``tests/fixtures/golden_article_keys.json`` holds them fixed).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable
from urllib.parse import urljoin

from desktop_app.domain import ParsedEntry


def article_key(guid: object, link: str, title: str, date_text: object) -> str:
    """guid/id, else link, else a hash of title and date."""
    if isinstance(guid, str) and guid.strip():
        return guid.strip()
    if link:
        return link
    return "sha1:" + digest(title, str(date_text or ""))


def absolute_link(link: str, base_url: str) -> str:
    """A relative link made absolute against the document's address, as a browser would.

    Both parse paths use it: the link is an article's identity when it has no guid.
    """
    if not link or "://" in link[:12] or link.startswith("mailto:"):
        return link
    try:
        return urljoin(base_url, link)
    except ValueError:
        return link


def digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8"), usedforsecurity=False).hexdigest()


def unique_entries(entries: Iterable[ParsedEntry]) -> list[ParsedEntry]:
    """Keep every distinct item: a reused guid gets a suffix, an exact repeat goes.

    The suffix hashes link, title and date only: fields no sanitizer or parser upgrade
    rewrites, so the key stays put across versions.
    """
    kept: list[ParsedEntry] = []
    seen: set[str] = set()
    for entry in entries:
        moment = entry.published_at.isoformat() if entry.published_at else ""
        twin = f"{entry.key}#{digest(entry.link, entry.title, moment)[:12]}"
        if entry.key in seen:
            if twin in seen:
                continue  # the same item repeated
            entry = dataclasses.replace(entry, key=twin)
        seen.update((entry.key, twin))
        kept.append(entry)
    return kept
