"""A fast path for the common feed: well-formed UTF-8 RSS 2.0, Atom 1.0 or RSS 1.0, read
with lxml (C) in about a tenth of feedparser's time.

It declines — returns None, and feedparser takes the document — on anything outside what it
is proven to read exactly like feedparser: other encodings, a DOCTYPE or entities, xml:base,
malformed XML, unknown roots, dates it cannot read, text feedparser would repair as
double-encoded. ``tests/unit/test_fastparse.py`` compares
both paths on every fixture; a difference there is a bug in this module.
"""

from __future__ import annotations

import email.utils
import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime

from lxml import etree

from desktop_app.domain import Enclosure, ParsedEntry, ParsedFeed
from desktop_app.feeds.enclosures import finish, make_enclosure, media_fallback
from desktop_app.feeds.identity import absolute_link, article_key, unique_entries
from desktop_app.sanitize import html_to_text, sanitize_html

ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
DC = "{http://purl.org/dc/elements/1.1/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
SY = "{http://purl.org/rss/1.0/modules/syndication/}"
XHTML = "{http://www.w3.org/1999/xhtml}"
MEDIA = "{http://search.yahoo.com/mrss/}"
# Vocabularies feedparser maps onto title, link, author, dates, summary or content: an item
# using them is left to feedparser.
_MAPPED_NAMESPACES = (
    ATOM,
    "{http://www.itunes.com/dtds/podcast-1.0.dtd}",
    "{http://purl.org/dc/terms/}",
    XHTML,
    "{http://www.w3.org/2005/Atom/}",
    "{http://purl.org/atom/ns#}",
    "{http://backend.userland.com/rss2}",
    "{http://purl.org/rss/1.0/modules/content/}",
    "{http://media.tangent.org/rss/1.0/}",
)
_MAPPED_DC = frozenset(
    f"{DC}{name}" for name in ("title", "description", "contributor", "identifier")
)

_DECLARATION = re.compile(rb"^<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']")
_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,  # elements only: every child has a tag name
)
_PERIOD_MINUTES = {"hourly": 60, "daily": 1440, "weekly": 10080, "monthly": 43200, "yearly": 525600}


class _Decline(Exception):
    """The document is outside what the fast path reads exactly like feedparser."""


def fast_parse(body: bytes, url: str, headers: Mapping[str, str]) -> ParsedFeed | None:
    """The parsed feed, or None when feedparser should read this document."""
    try:
        root = _root(body, headers)
        if root.tag == "rss":
            return _rss(root, url)
        if root.tag == f"{ATOM}feed":
            return _atom(root, url)
        if root.tag == f"{RDF}RDF":
            return _rdf(root, url)
    except _Decline:
        return None
    return None


def _root(body: bytes, headers: Mapping[str, str]) -> etree._Element:
    head = body[:1024].lstrip()
    if not head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf:RDF")):
        raise _Decline
    declared = _DECLARATION.match(head)
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8"):
        raise _Decline
    content_type = {k.lower(): v for k, v in headers.items()}.get("content-type", "").lower()
    if "charset=" in content_type and "charset=utf-8" not in content_type.replace('"', ""):
        raise _Decline
    if b"<!DOCTYPE" in head or b"<!ENTITY" in body or b"xml:base" in body:
        # xml:base makes feedparser re-serialize the HTML it resolves: leave those to it.
        raise _Decline
    try:
        body.decode("utf-8")
        root = etree.fromstring(body, _PARSER)
    except (UnicodeDecodeError, etree.XMLSyntaxError, ValueError) as error:
        raise _Decline from error
    return root


# -- RSS 2.0 / 0.9x ---------------------------------------------------------------------------


def _rss(root: etree._Element, url: str) -> ParsedFeed:
    if root.get("version") not in ("2.0", "0.91", "0.92"):
        raise _Decline
    channel = root.find("channel")
    if channel is None:
        raise _Decline
    entries = [_rss_item(item, url) for item in channel.iterfind("item")]
    return ParsedFeed(
        title=html_to_text(_text(channel.find("title"))),
        site_url=_text(channel.find("link")),
        entries=tuple(unique_entries(entries)),
        min_interval_minutes=_min_interval(channel),
        icon_url=absolute_link(_text(channel.find("image/url")), url),
    )


def _rss_item(item: etree._Element, url: str) -> ParsedEntry:
    _refuse_mapped_children(item, _RSS_ITEM_FIELDS)
    title = html_to_text(_text(item.find("title")))
    link = absolute_link(_text(item.find("link")), url)
    guid_element = item.find("guid")
    guid = _text(guid_element) if guid_element is not None else None
    if not link and guid_element is not None and guid:
        permalink = guid_element.get("isPermaLink", "true").lower() != "false"
        if permalink and guid.startswith(("http://", "https://")):
            link = guid
    date_text = (
        _text(item.find("pubDate"))
        or _text(item.find(f"{DC}date"))
        or _text(item.find(f"{ATOM}updated"))
    )
    summary = _html(_text(item.find("description")), url)
    content = _html(_text(item.find(f"{CONTENT}encoded")), url)
    if not summary:
        summary, content = content, ""  # feedparser's RSS summary falls back to the content
    entry = _entry(
        guid, link, title, date_text, _author(item), summary, content, _rss_date(date_text)
    )
    return _with_enclosures(entry, _rss_enclosures(item, url))


def _rss_enclosures(item: etree._Element, url: str) -> tuple[Enclosure, ...]:
    found = [
        make_enclosure(
            element.get("url"),
            url,
            mime_type=element.get("type", ""),
            length=element.get("length"),
        )
        for element in item.iterfind("enclosure")
    ]
    if not any(found):
        found = media_fallback(
            (
                (media.get("url"), media.get("type"), media.get("fileSize"), media.get("duration"))
                for media in item.iter(f"{MEDIA}content")
            ),
            url,
        )
    return finish(found)


_RSS_ITEM_FIELDS = frozenset(
    {"title", "link", "guid", "pubDate", "description", "author", f"{CONTENT}encoded",
     f"{DC}creator", f"{DC}date", f"{ATOM}updated"}
)  # fmt: skip
_RDF_ITEM_FIELDS = frozenset(
    {f"{RSS1}title", f"{RSS1}link", f"{RSS1}description", f"{CONTENT}encoded", f"{DC}creator",
     f"{DC}date"}
)  # fmt: skip


def _author(item: etree._Element) -> str:
    creator = _text(item.find(f"{DC}creator"))
    if creator:
        return html_to_text(creator)
    author = _text(item.find("author"))
    if "@" in author:
        raise _Decline  # feedparser splits "mail@example.org (Name)"; leave it to it
    return html_to_text(author)


# -- Atom 1.0 ---------------------------------------------------------------------------------


def _atom(root: etree._Element, url: str) -> ParsedFeed:
    entries = [_atom_entry(entry, url) for entry in root.iterfind(f"{ATOM}entry")]
    return ParsedFeed(
        title=html_to_text(_atom_text(root.find(f"{ATOM}title"))),
        site_url=_atom_link(root),
        entries=tuple(unique_entries(entries)),
        icon_url=absolute_link(
            _text(root.find(f"{ATOM}icon")) or _text(root.find(f"{ATOM}logo")), url
        ),
    )


def _atom_entry(entry: etree._Element, url: str) -> ParsedEntry:
    _refuse_unknown_children(entry, _ATOM_ENTRY_CHILDREN)
    title_element = entry.find(f"{ATOM}title")
    title = html_to_text(_atom_text(title_element))
    published = _text(entry.find(f"{ATOM}published"))
    updated = _text(entry.find(f"{ATOM}updated"))
    date_text = published or updated
    summary = _atom_html(entry.find(f"{ATOM}summary"), url)
    content = _atom_html(entry.find(f"{ATOM}content"), url)
    author = entry.find(f"{ATOM}author")
    name = "" if author is None else html_to_text(_text(author.find(f"{ATOM}name")))
    if author is not None and author.find(f"{ATOM}email") is not None:
        raise _Decline
    parsed = _entry(
        _text(entry.find(f"{ATOM}id")) or None,
        _atom_link(entry),
        title,
        date_text,
        name,
        summary,
        content,
        _iso_date(date_text),
    )
    enclosures = finish(
        make_enclosure(
            link.get("href"),
            url,
            mime_type=link.get("type", ""),
            length=link.get("length"),
            title=link.get("title", ""),
        )
        for link in entry.iterfind(f"{ATOM}link")
        if link.get("rel") == "enclosure"
    )
    return _with_enclosures(parsed, enclosures)


_ATOM_ENTRY_CHILDREN = frozenset(
    f"{ATOM}{name}"
    for name in ("id", "title", "link", "published", "updated", "summary", "content", "author",
                 "category", "contributor", "rights")
)  # fmt: skip


def _atom_link(element: etree._Element) -> str:
    for link in element.iterfind(f"{ATOM}link"):
        if link.get("rel", "alternate") == "alternate":
            return (link.get("href") or "").strip()
    return ""


def _atom_text(element: etree._Element | None) -> str:
    if element is None:
        return ""
    if element.get("type") == "xhtml":
        raise _Decline
    value = _checked(element.text or "")
    if len(element):
        raise _Decline  # markup inside a text construct: feedparser's business
    return value.strip() if element.get("type") in (None, "text") else value


def _atom_html(element: etree._Element | None, url: str) -> str:
    if element is None:
        return ""
    kind = element.get("type", "text")
    if element.get("src") is not None or len(element):
        raise _Decline
    value = _checked(element.text or "")
    if kind in ("html", "text/html"):
        return _html(value, url)
    if kind in ("text", "text/plain"):
        return html.escape(value.strip()) if value.strip() else ""
    raise _Decline


# -- RSS 1.0 (RDF) ----------------------------------------------------------------------------


def _rdf(root: etree._Element, url: str) -> ParsedFeed:
    channel = root.find(f"{RSS1}channel")
    if channel is None:
        raise _Decline
    entries = []
    for item in root.iterfind(f"{RSS1}item"):
        _refuse_mapped_children(item, _RDF_ITEM_FIELDS)
        title = html_to_text(_text(item.find(f"{RSS1}title")))
        link = _text(item.find(f"{RSS1}link"))
        date_text = _text(item.find(f"{DC}date"))
        summary = _html(_text(item.find(f"{RSS1}description")), url)
        content = _html(_text(item.find(f"{CONTENT}encoded")), url)
        creator = html_to_text(_text(item.find(f"{DC}creator")))
        guid = item.get(f"{RDF}about")
        entries.append(
            _entry(guid, link, title, date_text, creator, summary, content, _iso_date(date_text))
        )
    return ParsedFeed(
        title=html_to_text(_text(channel.find(f"{RSS1}title"))),
        site_url=_text(channel.find(f"{RSS1}link")),
        entries=tuple(unique_entries(entries)),
        min_interval_minutes=_min_interval(channel),
        icon_url=absolute_link(_text(root.find(f"{RSS1}image/{RSS1}url")), url),
    )


# -- shared -----------------------------------------------------------------------------------


def _entry(
    guid: str | None,
    link: str,
    title: str,
    date_text: str,
    author: str,
    summary: str,
    content: str,
    published: datetime | None,
) -> ParsedEntry:
    if content.strip() == summary.strip():
        content = ""
    return ParsedEntry(
        key=article_key(guid, link, title, date_text or None),
        title=title,
        link=link,
        author=author,
        published_at=published,
        summary_html=summary,
        content_html=content,
        text=html_to_text(content or summary),
    )


def _with_enclosures(entry: ParsedEntry, enclosures: tuple[Enclosure, ...]) -> ParsedEntry:
    return replace(entry, enclosures=enclosures) if enclosures else entry


def _refuse_unknown_children(element: etree._Element, known: Iterable[str]) -> None:
    for child in element:
        if child.tag not in known:
            raise _Decline


def _refuse_mapped_children(element: etree._Element, fields: frozenset[str]) -> None:
    """Decline an item that repeats a field we read, or uses a vocabulary feedparser maps
    onto those fields (itunes:summary, atom:link, dcterms:modified, …)."""
    seen: set[str] = set()
    for child in element:
        tag = child.tag
        if tag in fields:
            if tag in seen:
                raise _Decline
            seen.add(tag)
        elif tag in _MAPPED_DC or tag.startswith(_MAPPED_NAMESPACES) or tag in _PLAIN_MAPPED:
            raise _Decline


_PLAIN_MAPPED = frozenset(
    {"summary", "content", "body", "fullitem", "pubdate", "published", "updated", "modified",
     "issued", "created", "dc:date", "creator", "name", "email", "url", "abstract", "copyright",
     "subtitle", "tagline", "info", "id", "channel", "item", "entry"}
)  # fmt: skip


def _text(element: etree._Element | None) -> str:
    if element is None:
        return ""
    if len(element):
        raise _Decline
    return _checked((element.text or "").strip())


def _checked(text: str) -> str:
    if not text.isascii() and _feedparser_would_repair(text):
        raise _Decline
    return text


def _feedparser_would_repair(text: str) -> bool:
    """feedparser rewrites UTF-8 text that reads as double-encoded ("Ã©" becomes "é") and C1
    controls as their cp1252 characters; such text is left to it rather than imitated."""
    if any("\x80" <= char <= "\x9f" for char in text):
        return True
    try:
        text.encode("iso-8859-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return True


def _html(value: str, url: str) -> str:
    return sanitize_html(value, url) if value else ""


def _rss_date(text: str) -> datetime | None:
    if not text:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError) as error:
        raise _Decline from error
    if moment.tzinfo is None:
        raise _Decline  # feedparser has its own rules for zone-less dates
    return _plausible(moment.astimezone(UTC))


def _iso_date(text: str) -> datetime | None:
    """W3C dates; a date without a zone is taken as UTC, as feedparser does."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise _Decline from error
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return _plausible(moment.astimezone(UTC))


def _plausible(moment: datetime) -> datetime | None:
    return moment if moment.year >= 1990 else None


def _min_interval(channel: etree._Element) -> int | None:
    ttl = _text(channel.find("ttl"))
    if ttl.isdigit() and int(ttl) > 0:
        return min(int(ttl), 7 * 1440)
    period = _PERIOD_MINUTES.get(_text(channel.find(f"{SY}updatePeriod")).lower())
    if period is None:
        return None
    frequency = _text(channel.find(f"{SY}updateFrequency")) or "1"
    times = int(frequency) if frequency.isdigit() and int(frequency) > 0 else 1
    return min(max(1, period // times), 7 * 1440)
