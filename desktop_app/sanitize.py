"""The one HTML policy for everything a feed or a web page sends us (nh3, an allow-list).

Feed HTML is hostile until proven otherwise: only formatting survives, links keep only
http/https/mailto, stored images only http/https. What the reader receives is cleaned once
more with images allowed only from the local cache (``caravan-image:``): it never has an
address to load from the network.
"""

from __future__ import annotations

import html
import re
from contextvars import ContextVar
from urllib.parse import urljoin

import nh3

from desktop_app.domain import IMAGE_CACHE_SCHEME

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details",
        "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
        "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp",
        "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot",
        "th", "thead", "time", "tr", "u", "ul", "var",
    }
)  # fmt: skip
# Every kept element keeps its direction (``dir``: ltr, rtl or auto): an Arabic quote in an
# English text stays right to left.
_DIRECTION = "dir"
_DIRECTIONS = frozenset({"ltr", "rtl", "auto"})
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "time": {"datetime"},
    "ol": {"start"},
}
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_BLOCK_TAG = re.compile(
    r"<(?=/?(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]"
    r"|header|hr|li|ol|p|pre|section|table|td|th|tr|ul)\b)",
    re.IGNORECASE,
)
IMAGE_SCHEMES = frozenset({"http", "https"})
READER_IMAGE_SCHEMES = frozenset({IMAGE_CACHE_SCHEME})
MISSING_IMAGE_CLASS = "missing-image"  # an image not in the cache, shown by its alt text
SEARCH_MATCH_CLASS = "search-match"  # a word the current search matched
_READER_CLASSES = frozenset({MISSING_IMAGE_CLASS, SEARCH_MATCH_CLASS})
_IMAGE_SCHEMES: ContextVar[frozenset[str]] = ContextVar(
    "sanitize_image_schemes", default=IMAGE_SCHEMES
)


def sanitize_html(fragment: str, base_url: str | None = None) -> str:
    """Safe HTML to store: an allow-list of tags, attributes and URL schemes.

    With ``base_url``, relative links and image sources are made absolute against it (the
    address the feed was fetched from, as feedparser would); without, they are dropped from
    images and left inert in links.
    """
    token = _BASE_URL.set(base_url)
    try:
        return _CLEANER.clean(fragment)
    finally:
        _BASE_URL.reset(token)


def sanitize_for_reader(fragment: str) -> str:
    """Safe HTML to show: the same policy, with images only from the local cache."""
    token = _IMAGE_SCHEMES.set(READER_IMAGE_SCHEMES)
    try:
        return _READER_CLEANER.clean(fragment)
    finally:
        _IMAGE_SCHEMES.reset(token)


_BASE_URL: ContextVar[str | None] = ContextVar("sanitize_base_url", default=None)


def _filter_urls(tag: str, attribute: str, value: str) -> str | None:
    """Every kept link or image source is absolute, with an allowed scheme.

    Leading whitespace and control characters (any Unicode space, not only ASCII) are cut
    before the scheme is read, so an address like U+1680 + ``javascript:`` is not taken for a
    relative path; relative addresses are resolved against the base, dropped without one.
    """
    if attribute == "class":
        return value if value in _READER_CLASSES else None
    if attribute == _DIRECTION:
        return value.strip().lower() if value.strip().lower() in _DIRECTIONS else None
    if attribute not in ("href", "src"):
        return value
    allowed = _IMAGE_SCHEMES.get() if tag == "img" else LINK_SCHEMES
    candidate = _LEADING_JUNK.sub("", value)
    match = _SCHEME.match(candidate)
    if match is None:
        base = _BASE_URL.get()
        if not base:
            return None
        try:
            candidate = urljoin(base, candidate.strip())
        except ValueError:
            return None
        match = _SCHEME.match(candidate)
    if match is None or match.group(1).lower() not in allowed:
        return None
    return candidate


_LEADING_JUNK = re.compile(
    "^[\\s\x00-\x20\x7f-\xa0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]+"
)
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
# Built once: nh3.clean() with arguments builds a policy per call, ten times the cleaning.
_TEXT_CLEANER = nh3.Cleaner(tags=set(), strip_comments=True)
_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    attributes={
        "*": {_DIRECTION},
        **{tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
    },
    url_schemes=set(LINK_SCHEMES),
    link_rel="noopener noreferrer",
    strip_comments=True,
    attribute_filter=_filter_urls,
)


_READER_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    attributes={
        "*": {_DIRECTION},
        **{tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        "span": {"class"},  # _READER_CLASSES only
    },
    url_schemes=set(LINK_SCHEMES | READER_IMAGE_SCHEMES),
    link_rel="noopener noreferrer",
    strip_comments=True,
    attribute_filter=_filter_urls,
)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, whitespace collapsed: for search and excerpts."""
    if "<" not in fragment and "&" not in fragment:
        return _collapse_whitespace(fragment)
    spaced = _BLOCK_TAG.sub(" <", fragment)  # "<p>a</p><p>b</p>" reads "a b", "<b>H</b>i" "Hi"
    stripped = _TEXT_CLEANER.clean(spaced)
    return _collapse_whitespace(html.unescape(stripped))


def _collapse_whitespace(text: str) -> str:
    """Runs of whitespace (Unicode's, as ``\\s``) to one space; five times a regex's speed."""
    return " ".join(text.split())
