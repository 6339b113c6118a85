"""The main content of a news page: two extractors, and one rule to choose between them.

trafilatura and readability-lxml are each right where the other fails. trafilatura sometimes
stops at the first of several content blocks an advertisement splits (it keeps a third of the
article); readability sometimes takes bylines, teasers or a neighbouring box with it. So both
run, and when the shorter result is (almost) contained in the longer one the text only one of
them kept is read as boilerplate and the shorter wins, unless it is less than half the longer:
then it is the one that lost part of the article. When neither contains the other they do not
agree on what the article is, and trafilatura's, which already weighed its own fallbacks (a
readability port and jusText), is kept.

The text leaves out figure captions and photo credits (they stay in the HTML, by their image):
they describe a picture, not the story, and a gallery's captions can outweigh the article.

On the 116 pages of the Zyte article-extraction benchmark kept in the shared fixtures this
scores F1 0.970, against 0.955 for trafilatura's defaults and 0.961 for readability's; each
library alone, with captions left out the same way, scores 0.957 and 0.968 (run
``bench/extraction.py``). The rule reads only the two outputs, never the site, and its
thresholds are round numbers: F1 stays between 0.965 and 0.972 for containment from 0.8 to 0.95
and a size ratio from 0.3 to 0.7.

Nothing here touches the network: both libraries get a string, never a URL, and relative links
are resolved here, once, against the page address or its ``<base href>``.
"""

from __future__ import annotations

import codecs
import html
import logging
import re
from collections import Counter
from copy import deepcopy
from dataclasses import dataclass
from urllib.parse import urljoin

import lxml.etree
import lxml.html
import trafilatura
from readability import Document  # type: ignore[import-untyped]

from desktop_app.sanitize import html_to_text

log = logging.getLogger(__name__)
# readability logs a traceback at ERROR for every page it cannot read; such a page is an
# ordinary outcome here (the other extractor, or no full text, with the reason stored).
logging.getLogger("readability.readability").setLevel(logging.CRITICAL)

MAX_PAGE_CHARACTERS = 10_000_000  # seven times the largest real page seen; beyond, hostile
CONTAINED = 0.9  # share of the shorter text's 4-word shingles the longer one must hold
TRUNCATED = 0.5  # a contained text shorter than this share of the other one lost content


@dataclass(frozen=True, slots=True)
class ExtractedArticle:
    """The article part of a page.

    ``html`` is a fragment with paragraphs, headings, lists, tables, images and links, every
    link and image source made absolute against the page address; it is *not* sanitized (pass
    it through :func:`desktop_app.sanitize.sanitize_html`). ``text`` is its prose on one line,
    for search and excerpts: figure captions and photo credits stay with their image in
    ``html`` and out of ``text``. ``extractor`` names the library whose result was kept.
    """

    html: str
    text: str
    extractor: str


@dataclass(frozen=True, slots=True)
class _Candidate:
    extractor: str
    root: lxml.html.HtmlElement
    text: str
    words: int


def extract_article(
    page: bytes | str, url: str | None = None, *, encoding: str | None = None
) -> ExtractedArticle | None:
    """The main content of ``page``, or None when it has none (or is not a web page at all).

    ``url`` is the address the page was downloaded from (links and images are resolved
    against it); ``encoding`` is the charset of the HTTP ``Content-Type``, when it gave one.
    Never raises on what a server can send: broken, binary or hostile input gives None.
    """
    document = _decode(page, encoding) if isinstance(page, bytes) else page
    if len(document) > MAX_PAGE_CHARACTERS:
        log.info("page too large for full-text extraction: %d characters", len(document))
        return None
    document, controls = _CONTROL_CHARACTERS.subn("", document)  # lxml refuses them in text
    if controls > len(document) // 100 or "<" not in document:
        return None  # binary data (an image, a PDF) or plain text: not a web page
    candidates = [
        candidate
        for candidate in (_trafilatura(document), _readability(document))
        if candidate is not None
    ]
    if not candidates:
        return None
    chosen = _choose(*candidates) if len(candidates) == 2 else candidates[0]
    return ExtractedArticle(
        html=_finish(chosen.root, _base_url(document, url)),
        text=chosen.text,
        extractor=chosen.extractor,
    )


def _trafilatura(document: str) -> _Candidate | None:
    # No url: trafilatura would resolve links against the site root, not the page's address.
    try:
        markup = trafilatura.extract(
            document,
            output_format="html",
            include_comments=False,
            include_images=True,
            include_links=True,
            include_formatting=True,
            include_tables=True,
        )
    except Exception as error:  # a library failing on a hostile page: no article
        log.info("trafilatura failed: %r", error)
        return None
    return _candidate("trafilatura", markup)


def _readability(document: str) -> _Candidate | None:
    try:
        # No url: readability would resolve every link of the page, a third of its time.
        markup = Document(document).summary(html_partial=True)
    except Exception as error:  # a library failing on a hostile page: no article
        log.info("readability failed: %r", error)
        return None
    return _candidate("readability", markup)


def _candidate(extractor: str, markup: object) -> _Candidate | None:
    if not isinstance(markup, str) or not markup.strip():
        return None
    try:
        root = lxml.html.fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        return None
    body = root.find("body")
    if body is not None:
        root = body
    root.tag = "div"
    # readability's answer to a page without a body is its head
    lxml.etree.strip_elements(root, "head", "title", with_tail=False)
    text = _prose(root)
    words = len(_WORD.findall(text))
    if words == 0:
        return None
    return _Candidate(extractor, root, text, words)


def _choose(first: _Candidate, second: _Candidate) -> _Candidate:
    """The rule of the module docstring; ``first`` is the one kept when they disagree."""
    shorter, longer = sorted((first, second), key=lambda candidate: candidate.words)
    if _contained_share(shorter.text, longer.text) < CONTAINED:
        return first
    return shorter if shorter.words >= TRUNCATED * longer.words else longer


def _contained_share(part: str, whole: str) -> float:
    """Share of ``part``'s 4-word shingles (counted with repeats) that ``whole`` also holds."""
    part_shingles, whole_shingles = _shingles(part), _shingles(whole)
    total = part_shingles.total()
    return (part_shingles & whole_shingles).total() / total if total else 0.0


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text)
    return Counter(tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3)))


def _prose(root: lxml.html.HtmlElement) -> str:
    """The text of an extracted fragment without figure captions and photo credits."""
    prose = deepcopy(root)
    for caption in [element for element in prose.iter() if _is_caption(element)]:
        caption.drop_tree()
    return html_to_text(_serialize(prose))


def _is_caption(element: lxml.html.HtmlElement) -> bool:
    """A ``figcaption``, or what a site names a caption (trafilatura's own test) minus images."""
    if element.tag == "figcaption":
        return True
    names = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return "caption" in names and element.find(".//img") is None


def _finish(root: lxml.html.HtmlElement, url: str | None) -> str:
    """The chosen fragment with lazy images given their real source and addresses absolute."""
    for image in root.iter("img"):
        source = image.get("src", "").strip()
        if not source or source.startswith("data:"):
            lazy = next((image.get(name) for name in _LAZY_SOURCES if image.get(name)), None)
            if lazy is None and image.get("srcset"):
                lazy = image.get("srcset", "").split()[0].rstrip(",")
            if lazy:
                image.set("src", lazy.strip())
    if url:
        root.make_links_absolute(url, resolve_base_href=False, handle_failures="discard")
    return _serialize(root)


def _base_url(document: str, url: str | None) -> str | None:
    """The address relative links are read against: the page's ``<base href>``, else its own."""
    if url is None:
        return None
    head = document[: document.find("<body")] if "<body" in document else document[:65536]
    base = _BASE_HREF.search(head)
    if base is None:
        return url
    try:
        resolved = urljoin(url, html.unescape(base.group(1)).strip())
    except ValueError:
        return url
    return resolved if resolved.lower().startswith(("http://", "https://")) else url


def _serialize(root: lxml.html.HtmlElement) -> str:
    markup: str = lxml.html.tostring(root, encoding="unicode")
    return markup


def _decode(page: bytes, encoding: str | None) -> str:
    """Text of a page: its byte order mark, else the HTTP charset, else the one the page
    declares, else UTF-8, else windows-1252 (what browsers assume of undeclared pages).

    The first of these that decodes the whole page wins; when none does, a few broken bytes
    become U+FFFD in the labelled encoding rather than the page turning into mojibake.
    """
    for bom, bom_encoding in _BOMS:
        if page.startswith(bom):
            return page[len(bom) :].decode(bom_encoding, errors="replace")
    declared = _DECLARED_CHARSET.search(page[:4096])
    labels = [
        name
        for name in (encoding, declared.group(1).decode("ascii") if declared else None)
        if name and _usable(name)
    ]
    for name in [*labels, "utf-8"]:
        try:
            return page.decode(name)
        except UnicodeDecodeError:
            continue
    return page.decode(labels[0] if labels else "windows-1252", errors="replace")


def _usable(label: str) -> bool:
    """A known encoding, other than a UTF-16 or UTF-32 label on a page without byte order mark
    (a page read in it at all would have had one: such a label lies)."""
    try:
        return codecs.lookup(label).name not in _WIDE_ENCODINGS
    except LookupError:
        return False


_WORD = re.compile(r"\w+")
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-url")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16's: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WIDE_ENCODINGS = frozenset(
    {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
)
_BASE_HREF = re.compile(r"""<base\s[^>]{0,200}?href\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE
)
