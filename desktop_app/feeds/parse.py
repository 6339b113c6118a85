"""Feed bytes → :class:`ParsedFeed`, with stable article identities and UTC dates.

Well-formed UTF-8 RSS/Atom/RDF take the lxml fast path (feeds/fastparse.py), everything else
feedparser; JSON Feed and RSS-in-JSON our own adapter (feedparser 6.0 has none).

feedparser never raises: a broken document sets ``bozo`` and we keep whatever entries it
recovered. A document with no feed structure at all (often an HTML page) is a
:class:`NotAFeedError` for that feed alone.
"""

from __future__ import annotations

import calendar
import html
import io
import logging
import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from desktop_app.domain import Enclosure, ParsedEntry, ParsedFeed
from desktop_app.errors import FeedError, NotAFeedError
from desktop_app.feeds.discover import discover_feeds
from desktop_app.feeds.enclosures import finish, make_enclosure, media_fallback
from desktop_app.feeds.fastparse import fast_parse
from desktop_app.feeds.identity import absolute_link, article_key, unique_entries
from desktop_app.feeds.jsonfeed import looks_like_json, parse_json_feed
from desktop_app.sanitize import html_to_text, sanitize_html

log = logging.getLogger(__name__)


def parse_feed(body: bytes, url: str, headers: Mapping[str, str] | None = None) -> ParsedFeed:
    """Parse a downloaded document; ``headers`` let feedparser honour the HTTP charset."""
    if looks_like_json(body):
        return parse_json_feed(body, url)
    return fast_parse(body, url, headers or {}) or parse_with_feedparser(body, url, headers)


def parse_with_feedparser(
    body: bytes, url: str, headers: Mapping[str, str] | None = None
) -> ParsedFeed:
    """The reference path: every XML feed, however broken or unusual."""
    import feedparser  # most feeds never need it: its import is paid only when one does

    body = _without_entity_declarations(body)
    try:
        result = feedparser.parse(
            # A stream, not bytes: given bytes or a string, feedparser first tries them as a
            # file name to open — a feed whose body is "/etc/passwd" would read that file.
            io.BytesIO(body),
            # HTTP header names are case-insensitive; feedparser looks them up in lower case.
            response_headers={name.lower(): value for name, value in (headers or {}).items()},
            # feedparser's own resolver and sanitizer are most of its time; nh3 does both
            # (sanitize_html below). Only xml:base, which nh3 cannot see, needs feedparser's.
            resolve_relative_uris=b"xml:base" in body,
            sanitize_html=False,
        )
    except Exception as error:  # feedparser promises not to raise; a bug there is a feed error
        raise FeedError(f"{url}: the feed could not be parsed ({error})") from error
    if not result.get("version") and not result.entries:
        reason = result.get("bozo_exception")
        if looks_like_html(body):
            found = tuple(feed_url for feed_url, _title in discover_feeds(body, url))
            offer = f"; it links to {', '.join(found[:3])}" if found else ""
            raise NotAFeedError(f"{url} is a web page, not a feed{offer}", found)
        raise NotAFeedError(f"{url} is not a feed{f' ({reason})' if reason else ''}")
    feed = result.feed
    entries = _entries(result.entries, url)
    warning = str(result.get("bozo_exception")) if result.get("bozo") else None
    return ParsedFeed(
        title=_text(feed.get("title", "")),
        site_url=absolute_link(str(feed.get("link", "")), url),
        entries=tuple(entries),
        warning=warning,
        min_interval_minutes=_min_interval(feed),
        icon_url=absolute_link(_icon(feed), url),
    )


def _icon(feed: Any) -> str:
    """The feed's own icon: Atom ``icon``, else its logo or RSS ``image``."""
    image = feed.get("image")
    href = image.get("href", "") if isinstance(image, Mapping) else ""
    return str(feed.get("icon") or href or feed.get("logo") or "").strip()


_PERIOD_MINUTES = {"hourly": 60, "daily": 1440, "weekly": 10080, "monthly": 43200, "yearly": 525600}


def _min_interval(feed: Any) -> int | None:
    """The publisher's own pace: RSS ``ttl`` (minutes) or ``sy:updatePeriod``/``Frequency``."""
    ttl = str(feed.get("ttl", "")).strip()
    if ttl.isdigit() and int(ttl) > 0:
        return min(int(ttl), 7 * 1440)
    period = _PERIOD_MINUTES.get(str(feed.get("sy_updateperiod", "")).strip().lower())
    if period is None:
        return None
    frequency = str(feed.get("sy_updatefrequency", "1")).strip()
    times = int(frequency) if frequency.isdigit() and int(frequency) > 0 else 1
    return min(max(1, period // times), 7 * 1440)


_INTERNAL_SUBSET = re.compile(rb"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.DOTALL | re.IGNORECASE)


def _without_entity_declarations(body: bytes) -> bytes:
    """Drop a DOCTYPE's internal subset when it declares entities.

    That is where billion laughs, quadratic blow-ups and external entities live; a real feed
    uses it at most to pull in HTML's named entities, which feedparser knows anyway. Undeclared
    references then stay literal text: nothing is expanded, fetched or read.
    """
    if b"<!ENTITY" not in body and b"<!entity" not in body:
        return body
    return _INTERNAL_SUBSET.sub(b"", body, count=1)


def looks_like_html(body: bytes) -> bool:
    head = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1024].lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _entries(raw_entries: list[Any], base_url: str) -> list[ParsedEntry]:
    return unique_entries(_entry(raw, base_url) for raw in raw_entries)


def _entry(raw: Any, base_url: str) -> ParsedEntry:
    title = _text(raw.get("title", ""))
    link = absolute_link(str(raw.get("link", "")).strip(), base_url)
    published = _date(raw.get("published_parsed") or _own(raw, "updated_parsed"))
    summary = _html(raw.get("summary_detail") or {"value": raw.get("summary", "")}, base_url)
    contents = raw.get("content") or []
    content = max((_html(part, base_url) for part in contents), key=len, default="")
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
        enclosures=_enclosures(raw, base_url),
    )


def _enclosures(raw: Any, base_url: str) -> tuple[Enclosure, ...]:
    """RSS enclosures and Atom enclosure links (feedparser keeps both as links), else the
    item's Media RSS audio or video; ``itunes:duration`` for the first playable one."""
    links = [link for link in raw.get("links") or () if isinstance(link, Mapping)]
    found = [
        make_enclosure(
            link.get("href"),
            base_url,
            mime_type=link.get("type", ""),
            length=link.get("length"),
            title=link.get("title", ""),
        )
        for link in links
        if link.get("rel") == "enclosure"
    ]
    if not any(found):
        media = [item for item in raw.get("media_content") or () if isinstance(item, Mapping)]
        found = media_fallback(
            (
                (item.get("url"), item.get("type"), item.get("filesize"), item.get("duration"))
                for item in media
            ),
            base_url,
        )
    return finish(found, raw.get("itunes_duration"))


def _html(detail: Any, base_url: str) -> str:
    """A summary or content value as safe HTML; plain text is escaped, not interpreted."""
    value = str(detail.get("value", ""))
    if detail.get("type") == "text/plain":
        return html.escape(value)
    return sanitize_html(value, base_url)


def _own(raw: Any, key: str) -> Any:
    """``raw[key]`` without feedparser's deprecated fallback from updated* to published*."""
    return dict.get(raw, key)


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
