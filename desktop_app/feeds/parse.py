"""Feed bytes → :class:`ParsedFeed`, with stable article identities and UTC dates.

feedparser never raises: a broken document sets ``bozo`` and we keep whatever entries it
recovered. A document with no feed structure at all (often an HTML page) is a
:class:`NotAFeedError` for that feed alone.
"""

from __future__ import annotations

import calendar
import hashlib
import logging
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import feedparser

from desktop_app.domain import ParsedEntry, ParsedFeed
from desktop_app.errors import FeedError, NotAFeedError
from desktop_app.sanitize import html_to_text

log = logging.getLogger(__name__)


def parse_feed(body: bytes, url: str, headers: Mapping[str, str] | None = None) -> ParsedFeed:
    """Parse a downloaded document; ``headers`` let feedparser honour the HTTP charset."""
    try:
        result = feedparser.parse(
            body,
            # HTTP header names are case-insensitive; feedparser looks them up in lower case.
            response_headers={name.lower(): value for name, value in (headers or {}).items()},
            resolve_relative_uris=True,
            sanitize_html=True,
        )
    except Exception as error:  # feedparser promises not to raise; a bug there is a feed error
        raise FeedError(f"{url}: the feed could not be parsed ({error})") from error
    if not result.get("version") and not result.entries:
        reason = result.get("bozo_exception")
        looks_html = body.lstrip()[:512].lower().startswith((b"<!doctype html", b"<html"))
        if looks_html:
            raise NotAFeedError(f"{url} is a web page, not a feed")
        raise NotAFeedError(f"{url} is not a feed{f' ({reason})' if reason else ''}")
    feed = result.feed
    entries = _entries(result.entries)
    warning = str(result.get("bozo_exception")) if result.get("bozo") else None
    return ParsedFeed(
        title=_text(feed.get("title", "")),
        site_url=str(feed.get("link", "")),
        entries=tuple(entries),
        warning=warning,
    )


def _entries(raw_entries: list[Any]) -> list[ParsedEntry]:
    entries: list[ParsedEntry] = []
    seen: set[str] = set()
    for raw in raw_entries:
        entry = _entry(raw)
        twin = f"{entry.key}#{_digest(entry.link, entry.title, entry.summary_html)[:12]}"
        if entry.key in seen:
            # Some feeds reuse one guid for different items: keep both, told apart by content.
            if twin in seen:
                continue  # the same item repeated
            entry = _replace_key(entry, twin)
        seen.update((entry.key, twin))
        entries.append(entry)
    return entries


def _entry(raw: Any) -> ParsedEntry:
    title = _text(raw.get("title", ""))
    link = str(raw.get("link", "")).strip()
    published = _date(raw.get("published_parsed") or _own(raw, "updated_parsed"))
    summary = str(raw.get("summary", ""))
    contents = raw.get("content") or []
    content = max((str(part.get("value", "")) for part in contents), key=len, default="")
    if content.strip() == summary.strip():
        summary_html, content_html = summary, ""
    else:
        summary_html, content_html = summary, content
    return ParsedEntry(
        key=article_key(raw.get("id"), link, title, raw.get("published") or _own(raw, "updated")),
        title=title,
        link=link,
        author=_text(raw.get("author", "")),
        published_at=published,
        summary_html=summary_html,
        content_html=content_html,
        text=html_to_text(content_html or summary_html),
    )


def _own(raw: Any, key: str) -> Any:
    """``raw[key]`` without feedparser's deprecated fallback from updated* to published*."""
    return dict.get(raw, key)


def article_key(guid: object, link: str, title: str, date_text: object) -> str:
    """The identity of an article inside its feed: guid/id, else link, else a hash.

    Read and starred flags hang on this value: it must not change between versions.
    """
    if isinstance(guid, str) and guid.strip():
        return guid.strip()
    if link:
        return link
    return "sha1:" + _digest(title, str(date_text or ""))


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8"), usedforsecurity=False).hexdigest()


def _replace_key(entry: ParsedEntry, key: str) -> ParsedEntry:
    return ParsedEntry(
        key=key,
        title=entry.title,
        link=entry.link,
        author=entry.author,
        published_at=entry.published_at,
        summary_html=entry.summary_html,
        content_html=entry.content_html,
        text=entry.text,
    )


def _date(parsed: time.struct_time | None) -> datetime | None:
    """feedparser gives UTC struct_time; years before 1990 are placeholders, not dates."""
    if parsed is None:
        return None
    try:
        moment = datetime.fromtimestamp(calendar.timegm(parsed), UTC)
    except (OverflowError, ValueError, OSError):
        return None
    return moment if moment.year >= 1990 else None


def _text(value: object) -> str:
    return html_to_text(str(value)) if value else ""
