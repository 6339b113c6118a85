"""The one HTML policy for everything a feed or a web page sends us (nh3, an allow-list).

Feed HTML is hostile until proven otherwise: only formatting survives, links keep only
http/https/mailto, images only http/https (the reader resolves them from the local cache or
shows their alt text, it never loads them from the network).
"""

from __future__ import annotations

import html
import re

import nh3

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details",
        "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
        "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp",
        "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot",
        "th", "thead", "time", "tr", "u", "ul", "var",
    }
)  # fmt: skip
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
_WHITESPACE = re.compile(r"\s+")
_BLOCK_TAG = re.compile(
    r"<(?=/?(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]"
    r"|header|hr|li|ol|p|pre|section|table|td|th|tr|ul)\b)",
    re.IGNORECASE,
)
IMAGE_SCHEMES = frozenset({"http", "https"})


def sanitize_html(fragment: str) -> str:
    """Safe HTML for the reader pane: an allow-list of tags, attributes and URL schemes."""
    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(LINK_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
        attribute_filter=_only_web_images,
    )


def _only_web_images(tag: str, attribute: str, value: str) -> str | None:
    """``mailto:`` is fine for a link, not for an image source."""
    if tag == "img" and attribute == "src":
        scheme = value.split(":", 1)[0].strip().lower() if ":" in value else ""
        return value if scheme in IMAGE_SCHEMES else None
    return value


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, whitespace collapsed: for search and excerpts."""
    if "<" not in fragment and "&" not in fragment:
        return _WHITESPACE.sub(" ", fragment).strip()
    spaced = _BLOCK_TAG.sub(" <", fragment)  # "<p>a</p><p>b</p>" reads "a b", "<b>H</b>i" "Hi"
    stripped = nh3.clean(spaced, tags=set(), strip_comments=True)
    return _WHITESPACE.sub(" ", html.unescape(stripped)).strip()
