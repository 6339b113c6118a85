"""JSON feeds: JSON Feed 1.0/1.1 (jsonfeed.org) and RSS-in-JSON (``{"rss": {"channel": …}}``).

Entries come out like feedparser's do for XML feeds: same identity rules, UTC dates, summary
and content HTML kept apart and already sanitized (as feedparser sanitizes), plain text for
search.
"""

from __future__ import annotations

import email.utils
import html
import json
from datetime import UTC, datetime
from typing import Any

from desktop_app.domain import Enclosure, ParsedEntry, ParsedFeed
from desktop_app.errors import FeedError, NotAFeedError
from desktop_app.feeds.enclosures import finish, make_enclosure
from desktop_app.feeds.identity import article_key, unique_entries
from desktop_app.sanitize import html_to_text, sanitize_html

_JSON_FEED_VERSION = "https://jsonfeed.org/version/"


def looks_like_json(body: bytes) -> bool:
    start = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return start in (b"{", b"[")


def parse_json_feed(body: bytes, url: str) -> ParsedFeed:
    try:
        document = json.loads(body.decode("utf-8-sig"), strict=False)
    except UnicodeDecodeError as error:
        raise FeedError(f"{url}: a JSON feed must be UTF-8 ({error.reason})") from error
    except json.JSONDecodeError as error:
        raise FeedError(f"{url}: broken JSON feed ({error.msg}, character {error.pos})") from error
    if isinstance(document, dict) and str(document.get("version", "")).startswith(
        _JSON_FEED_VERSION
    ):
        return _json_feed(document, url)
    if isinstance(document, dict) and isinstance(document.get("rss"), dict):
        return _rss_in_json(document["rss"], url)
    raise NotAFeedError(f"{url} is JSON but not a feed")


def _json_feed(document: dict[str, Any], url: str) -> ParsedFeed:
    items = document.get("items")
    if not isinstance(items, list):
        raise FeedError("the JSON feed has no list of items")
    feed_author = _author(document)
    entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        link = _string(item.get("url")) or _string(item.get("external_url"))
        title = html_to_text(_string(item.get("title")))
        summary = sanitize_html(_string(item.get("summary")))
        content = sanitize_html(_string(item.get("content_html"))) or _paragraphs(
            _string(item.get("content_text"))
        )
        if not summary:
            summary, content = content, ""
        published = _string(item.get("date_published")) or _string(item.get("date_modified"))
        guid = item.get("id")
        entries.append(
            ParsedEntry(
                key=article_key(
                    str(guid) if isinstance(guid, str | int) else None, link, title, published
                ),
                title=title,
                link=link,
                author=_author(item) or feed_author,
                published_at=_rfc3339(published),
                summary_html=summary,
                content_html=content,
                text=html_to_text(content or summary),
                enclosures=_attachments(item.get("attachments"), url),
            )
        )
    return ParsedFeed(
        title=html_to_text(_string(document.get("title"))),
        site_url=_string(document.get("home_page_url")),
        entries=tuple(unique_entries(entries)),
        # favicon is the small one, meant for lists; icon (512 px) only when it is missing
        icon_url=_string(document.get("favicon")) or _string(document.get("icon")),
    )


def _attachments(attachments: object, url: str) -> tuple[Enclosure, ...]:
    """JSON Feed's enclosures: url, mime_type, title, size_in_bytes, duration_in_seconds."""
    if not isinstance(attachments, list):
        return ()
    return finish(
        make_enclosure(
            attachment.get("url"),
            url,
            mime_type=attachment.get("mime_type", ""),
            length=attachment.get("size_in_bytes"),
            duration=attachment.get("duration_in_seconds"),
            title=attachment.get("title", ""),
        )
        for attachment in attachments
        if isinstance(attachment, dict)
    )


def _rss_in_json(rss: dict[str, Any], url: str) -> ParsedFeed:
    channel = rss.get("channel")
    if not isinstance(channel, dict):
        raise FeedError("the RSS-in-JSON document has no channel")
    items = channel.get("item", [])
    if isinstance(items, dict):
        items = [items]
    entries = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        link = _string(item.get("link"))
        title = html_to_text(_string(item.get("title")))
        description = sanitize_html(_string(item.get("description")))
        date_text = _string(item.get("pubDate"))
        guid = item.get("guid")
        if isinstance(guid, dict):
            guid = guid.get("#value") or guid.get("value")
        entries.append(
            ParsedEntry(
                key=article_key(_string(guid) or None, link, title, date_text),
                title=title,
                link=link,
                author=html_to_text(_string(item.get("author"))),
                published_at=_rfc822(date_text),
                summary_html=description,
                content_html="",
                text=html_to_text(description),
                enclosures=_rss_enclosures(item.get("enclosure"), url),
            )
        )
    return ParsedFeed(
        title=html_to_text(_string(channel.get("title"))),
        site_url=_string(channel.get("link")),
        entries=tuple(unique_entries(entries)),
    )


def _rss_enclosures(value: object, url: str) -> tuple[Enclosure, ...]:
    """RSS-in-JSON's ``enclosure``: an object of url, type and length, or a list of them."""
    enclosures = value if isinstance(value, list) else [value]
    return finish(
        make_enclosure(
            enclosure.get("url"),
            url,
            mime_type=enclosure.get("type", ""),
            length=enclosure.get("length"),
        )
        for enclosure in enclosures
        if isinstance(enclosure, dict)
    )


def _string(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _author(holder: dict[str, Any]) -> str:
    authors = holder.get("authors")
    if isinstance(authors, list) and authors and isinstance(authors[0], dict):
        return html_to_text(_string(authors[0].get("name")))
    author = holder.get("author")
    if isinstance(author, dict):
        return html_to_text(_string(author.get("name")))
    return ""


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(part)}</p>" for part in text.split("\n\n") if part.strip())


def _rfc3339(text: str) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return _rfc822(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return _plausible(moment.astimezone(UTC))


def _rfc822(text: str) -> datetime | None:
    if not text:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return _plausible(moment.astimezone(UTC))


def _plausible(moment: datetime) -> datetime | None:
    """Years before 1990 are placeholders (epoch zero and the like), not publication dates."""
    return moment if moment.year >= 1990 else None
