"""Turning an address the user typed into a feed to subscribe to."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.errors import NotAFeedError
from desktop_app.feeds.parse import parse_feed
from desktop_app.net.http import FEED_ACCEPT, HttpClient


@dataclass(frozen=True, slots=True)
class Discovery:
    """What an address turned out to be when the user subscribed to it."""

    url: str  # the address subscribed to
    alternatives: tuple[str, ...] = ()  # other feeds the page linked to
    note: str = ""


def resolve_feed_address(http: HttpClient, url: str) -> Discovery:
    """Check ``url``: a feed is taken as it is; a web page is replaced by the first feed it
    announces (``<link rel="alternate">``). Raises NotAFeedError for a page with none and
    NetworkError when it cannot be fetched."""
    response = http.get(url, accept=FEED_ACCEPT)
    body = response.body or b""
    try:
        parse_feed(body, response.url, response.headers)
    except NotAFeedError as error:
        if not error.discovered:
            raise
        first, *others = error.discovered
        return Discovery(first, tuple(others), f"{url} is a web page; it links to this feed")
    return Discovery(response.permanent_redirect or url)
