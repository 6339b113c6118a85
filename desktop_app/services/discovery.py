"""Turning an address the user typed into a feed to subscribe to."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from desktop_app.errors import CaravanError, NotAFeedError, OfflineError
from desktop_app.feeds.parse import looks_like_html, parse_feed
from desktop_app.i18n import PLURAL, translate
from desktop_app.net.http import FEED_ACCEPT, HttpClient, Response

# A page may announce dozens of feeds (comments, tags): the first few are enough to try.
MAX_CANDIDATES = 3


@dataclass(frozen=True, slots=True)
class Discovery:
    """What an address turned out to be when the user subscribed to it."""

    url: str  # the address subscribed to
    alternatives: tuple[str, ...] = ()  # other feeds the page linked to
    note: str = ""


def address_problem(url: str) -> str:
    """Why ``url`` cannot be subscribed to as typed, or "" for an absolute http(s) address
    with a host and no space or control character: checked before anything is fetched, by
    the command line and the window alike."""
    if not url:
        return translate(
            "Discovery", "Type the address of a feed or of a web page that links to one"
        )
    if any(character.isspace() or not character.isprintable() for character in url):
        problem = translate(
            "Discovery", "{address} is not an http or https address (it holds a space)"
        )
        return problem.format(address=repr(url[:80]))
    try:
        parts = urlsplit(url)
        usable = parts.scheme in ("http", "https") and bool(parts.hostname) and parts.port != 0
    except ValueError:  # "http://[::1", a port that is not a number
        usable = False
    if usable:
        return ""
    return translate("Discovery", "{address} is not an http or https address").format(
        address=repr(url[:80])
    )


def check_address(url: str, http: HttpClient | None = None) -> Discovery:
    """What ``caravan add-feed`` and the add-feed dialog both do before subscribing: the
    address's feed, or the CaravanError that says why there is none (see below)."""
    return resolve_feed_address(http or HttpClient(), url)


def resolve_feed_address(http: HttpClient, url: str) -> Discovery:
    """Check ``url``: a feed is taken as it is; a web page is replaced by the first feed it
    announces (``<link rel="alternate">``) that works.

    Raises a CaravanError whose message says why the address gives no feed: an error status,
    nothing answering, a web page without feeds, a document that is not a feed.
    """
    response = _fetch(http, url)
    try:
        parse_feed(response.body or b"", response.url, response.headers)
    except NotAFeedError as error:
        if not error.discovered:
            raise _not_a_feed(url, response) from error
        return _first_working_feed(http, url, error.discovered)
    return Discovery(response.permanent_redirect or url)


def _fetch(http: HttpClient, url: str) -> Response:
    try:
        return http.get(url, accept=FEED_ACCEPT)
    except OfflineError as error:
        problem = translate("Discovery", "nothing answers at {address} ({error})")
        raise OfflineError(problem.format(address=url, error=error)) from error


def _not_a_feed(url: str, response: Response) -> NotAFeedError:
    body = response.body or b""
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if not body.strip():
        problem = translate("Discovery", "{address} sent an empty document")
        return NotAFeedError(problem.format(address=url))
    if kind in ("text/html", "application/xhtml+xml") or looks_like_html(body):
        problem = translate("Discovery", "{address} is a web page with no feed")
        return NotAFeedError(problem.format(address=url))
    sent = kind or translate("Discovery", "a document of no declared type")
    problem = translate("Discovery", "{address} is not a feed (the server sent {kind}, {size})")
    return NotAFeedError(problem.format(address=url, kind=sent, size=_bytes(len(body))))


def _bytes(count: int) -> str:
    return translate("Discovery", "%Ln byte(s)", None, PLURAL, count)


def _first_working_feed(http: HttpClient, page: str, candidates: tuple[str, ...]) -> Discovery:
    failures = []
    for candidate in candidates[:MAX_CANDIDATES]:
        try:
            response = _fetch(http, candidate)
            parse_feed(response.body or b"", response.url, response.headers)
        except CaravanError as error:
            failures.append(f"{candidate} ({error})")
            continue
        others = tuple(other for other in candidates if other != candidate)
        found = response.permanent_redirect or candidate
        return Discovery(found, others, f"{page} is a web page; it links to this feed")
    raise NotAFeedError(
        f"{page} is a web page whose feeds do not work: it links to {'; '.join(failures)}"
    )
