"""OPML subscription lists: read (with folders) and write (OPML 2.0, readable by other readers).

OPML files come from anywhere: a document type declaration (the door to entity expansion
and external entities) is refused before the XML parser sees the file.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from urllib.parse import urlsplit

from desktop_app.errors import FeedError

MAX_BYTES = 10 * 1024 * 1024


class OpmlError(FeedError):
    """The file is not a usable OPML subscription list."""


@dataclass(frozen=True, slots=True)
class Subscription:
    url: str
    title: str = ""
    folder: str = ""
    site_url: str = ""


def read_opml(data: bytes) -> tuple[list[Subscription], list[str]]:
    """The subscriptions in ``data`` and, in words, the outlines that were skipped.

    Folders are the outlines that hold feeds; nested folders are joined with " / ".
    """
    if len(data) > MAX_BYTES:
        raise OpmlError(f"the file is larger than {MAX_BYTES // 1024 // 1024} MB")
    if b"<!DOCTYPE" in data[:4096].upper() or b"<!ENTITY" in data.upper():
        raise OpmlError("the file declares a document type or entities, which are refused")
    try:
        root = ElementTree.fromstring(data)  # noqa: S314 - no DTD can reach the parser
    except ElementTree.ParseError as error:
        raise OpmlError(f"the file is not well-formed XML ({error})") from error
    if root.tag.lower() != "opml" or root.find("body") is None:
        raise OpmlError("the file is not OPML (no <opml><body>)")
    subscriptions: list[Subscription] = []
    skipped: list[str] = []
    seen: set[str] = set()

    def walk(outline: ElementTree.Element, folders: tuple[str, ...]) -> None:
        for child in outline.findall("outline"):
            label = (child.get("title") or child.get("text") or "").strip()
            url = (child.get("xmlUrl") or child.get("xmlurl") or "").strip()
            if url:
                parts = urlsplit(url)
                if parts.scheme not in ("http", "https") or not parts.netloc:
                    skipped.append(f"{label or url}: not an http or https address ({url[:80]})")
                elif url not in seen:
                    seen.add(url)
                    subscriptions.append(
                        Subscription(
                            url=url,
                            title=label,
                            folder=" / ".join(folders),
                            site_url=(child.get("htmlUrl") or "").strip(),
                        )
                    )
            if len(child):
                walk(child, (*folders, label) if not url and label else folders)

    walk(root.find("body"), ())  # type: ignore[arg-type]
    return subscriptions, skipped


def write_opml(
    subscriptions: Iterable[Subscription], title: str = "Caravan subscriptions"
) -> bytes:
    """OPML 2.0: feeds in folders as nested outlines, feeds outside any folder at the top."""
    root = ElementTree.Element("opml", version="2.0")
    head = ElementTree.SubElement(root, "head")
    ElementTree.SubElement(head, "title").text = title
    ElementTree.SubElement(head, "dateCreated").text = format_datetime(datetime.now(UTC))
    body = ElementTree.SubElement(root, "body")
    folders: dict[str, ElementTree.Element] = {}
    for subscription in subscriptions:
        parent = body
        if subscription.folder:
            # An Element's truth is its child count (deprecated since 3.12): test for None.
            folder = folders.get(subscription.folder)
            if folder is None:
                folder = ElementTree.SubElement(
                    body, "outline", text=subscription.folder, title=subscription.folder
                )
                folders[subscription.folder] = folder
            parent = folder
        attributes = {
            "type": "rss",
            "text": subscription.title or subscription.url,
            "title": subscription.title or subscription.url,
            "xmlUrl": subscription.url,
        }
        if subscription.site_url:
            attributes["htmlUrl"] = subscription.site_url
        ElementTree.SubElement(parent, "outline", attributes)
    ElementTree.indent(root)
    document: bytes = ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
    return document + b"\n"
