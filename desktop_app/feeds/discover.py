"""Feed discovery: the feeds a web page announces with ``<link rel="alternate">``."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/feed+json",
        "application/json",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    }
)


class _AlternateLinks(HTMLParser):
    def __init__(self, base_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.feeds: list[tuple[str, str]] = []  # (url, title)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "base" and values.get("href"):
            self.base_url = urljoin(self.base_url, values["href"])
        if tag != "link":
            return
        rel = values.get("rel", "").lower().split()
        kind = values.get("type", "").lower().split(";")[0].strip()
        href = values.get("href", "").strip()
        if "alternate" in rel and kind in FEED_TYPES and href:
            url = urljoin(self.base_url, href)
            if urlsplit(url).scheme in ("http", "https"):
                self.feeds.append((url, values.get("title", "").strip()))


def discover_feeds(page: bytes, page_url: str) -> list[tuple[str, str]]:
    """(url, title) of each feed the page links to, in page order, without repeats."""
    parser = _AlternateLinks(page_url)
    try:
        parser.feed(page[:2_000_000].decode("utf-8", errors="replace"))
        parser.close()
    except AssertionError:  # html.parser gives up on some broken markup; keep what was found
        pass
    seen: set[str] = set()
    unique = []
    for url, title in parser.feeds:
        if url not in seen:
            seen.add(url)
            unique.append((url, title))
    return unique
