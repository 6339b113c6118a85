"""The main content of a news page: three extractors, and their agreement block by block.

No single extractor holds on every site. trafilatura sometimes stops at the first of several
blocks an advertisement splits; readability-lxml sometimes takes bylines, teasers or a
neighbouring box along; both keep boilerplate the other leaves out. So the page is parsed once
and read three ways: trafilatura with its defaults, readability, and trafilatura in its
precision mode (without its fallbacks: the cheapest of the three, and a differently biased
voter).

1. **Choice.** Of trafilatura's and readability's results, when the shorter is (almost)
   contained in the longer the shorter wins, unless it is much shorter: then it is the one
   that lost part of the article. When neither contains the other, trafilatura's is kept. When
   the page declares its article body in JSON-LD, and that body is visible on the page and not
   a teaser, the result closer to it wins instead (:mod:`structured`).
2. **Agreement.** Each paragraph, heading or quote of the chosen result, and each list or
   table as a whole, stays only if the other readings hold it too; a reading much shorter than
   the chosen one lost content and does not vote.
3. **Headline.** Blocks at the top made of the page title's words repeat the headline, which
   the reader shows above the article already.

Every number in these rules is a field of :class:`Thresholds`; ``bench/extraction.py`` fits them
by cross-validation on the 116 pages of the Zyte article-extraction benchmark (folds by a hash
of the page key, each fold scored with the thresholds fitted on the others), and the defaults
here are the ones fitted on all its pages: cross-validated F1 0.975 (precision 0.974, recall
0.976), against 0.955 for trafilatura's defaults and 0.961 for readability's. Nothing reads a
site's name or address, and no rule counts characters: shares of 4-word shingles and of words.
Why each part, and what was measured and left out: ``docs/notes/extraction.md``.

The text leaves out figure captions and photo credits (they stay in the HTML, by their image):
they describe a picture, not the story, and a gallery's captions can outweigh the article.

Nothing here touches the network: the libraries get a parsed tree, never a URL, and relative
links are resolved here, once, against the page address or its ``<base href>``.
"""

from __future__ import annotations

import codecs
import html
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urljoin

import lxml.etree
import lxml.html
import trafilatura
from readability import Document  # type: ignore[import-untyped]

from desktop_app.fulltext.agreement import (
    Holder,
    agreement,
    contained_share,
    shingles,
    words,
)
from desktop_app.fulltext.structured import declared_body, visible_text

log = logging.getLogger(__name__)
# readability logs a traceback at ERROR for every page it cannot read; such a page is an
# ordinary outcome here (the other extractor, or no full text, with the reason stored).
logging.getLogger("readability.readability").setLevel(logging.CRITICAL)

MAX_PAGE_CHARACTERS = 10_000_000  # seven times the largest real page seen; beyond, hostile


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Every number the method depends on (module docstring), fitted by ``bench/extraction.py``."""

    contained: float = 0.8  # share of the shorter result's shingles the longer must hold
    truncated: float = 0.5  # a text shorter than this share of another lost content
    held: float = 0.3  # share of a block's shingles a voter's text must hold to hold it
    quorum: float = 1.0  # share of the voters that must hold a block for it to stay
    headline: float = 1.0  # share of a top block's words found in the page title
    declared: float = 0.8  # share of a JSON-LD body's shingles the visible page must show


THRESHOLDS = Thresholds()


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


@dataclass(slots=True)
class _Block:
    element: lxml.html.HtmlElement
    words: list[str]
    droppable: bool  # a paragraph, heading, item or quote that holds no other block


@dataclass(slots=True)
class _Candidate:
    """One extractor's result: its fragment cut into blocks (:func:`_cut`), captions left out."""

    extractor: str
    root: lxml.html.HtmlElement
    blocks: list[_Block]
    segments: list[tuple[int, str]]  # (owning block, prose), in reading order
    units: list[tuple[list[int], list[str]]]  # what is voted on: (blocks, their words)
    words: int
    holder: Holder

    def text_without(self, dropped: set[int]) -> str:
        """The prose, whitespace collapsed, without the blocks numbered in ``dropped``."""
        return " ".join(segment for owner, segment in self.segments if owner not in dropped)


@dataclass(slots=True)
class ReadPage:
    """A page read by every extractor: what the thresholds then decide between.

    Reading is the costly part; :func:`article_text` and :func:`assemble` only compare the
    results, so the benchmark reads each page once and tries many thresholds on it.
    """

    document: str
    trafilatura: _Candidate | None
    readability: _Candidate | None
    precise: _Candidate | None
    title: frozenset[str]
    declared: Counter[tuple[str, ...]] | None  # shingles of the JSON-LD article body
    declared_words: int
    declared_visible: float  # share of those shingles the visible page shows
    _held: dict[tuple[str, str, int], float] = field(default_factory=dict)
    _shingles: dict[str, Counter[tuple[str, ...]]] = field(default_factory=dict)

    def shingles(self, candidate: _Candidate) -> Counter[tuple[str, ...]]:
        """The shingles of a candidate's whole text (cached)."""
        if candidate.extractor not in self._shingles:
            self._shingles[candidate.extractor] = shingles(words(candidate.text_without(set())))
        return self._shingles[candidate.extractor]

    def held(self, chosen: _Candidate, unit: int, voter: _Candidate) -> float:
        """Share of unit number ``unit`` of ``chosen`` that ``voter`` holds (cached)."""
        key = (chosen.extractor, voter.extractor, unit)
        if key not in self._held:
            self._held[key] = voter.holder.share_held(chosen.units[unit][1])
        return self._held[key]


def extract_article(
    page: bytes | str, url: str | None = None, *, encoding: str | None = None
) -> ExtractedArticle | None:
    """The main content of ``page``, or None when it has none (or is not a web page at all).

    ``url`` is the address the page was downloaded from (links and images are resolved
    against it); ``encoding`` is the charset of the HTTP ``Content-Type``, when it gave one.
    Never raises on what a server can send: broken, binary or hostile input gives None.
    """
    read = read_page(page, encoding=encoding)
    return None if read is None else assemble(read, url)


def read_page(page: bytes | str, *, encoding: str | None = None) -> ReadPage | None:
    """``page`` decoded, parsed once and read by the three extractors; None if not a page."""
    document = _decode(page, encoding) if isinstance(page, bytes) else page
    if len(document) > MAX_PAGE_CHARACTERS:
        log.info("page too large for full-text extraction: %d characters", len(document))
        return None
    document, controls = _CONTROL_CHARACTERS.subn("", document)  # lxml refuses them in text
    if controls > len(document) // 100 or "<" not in document:
        return None  # binary data (an image, a PDF) or plain text: not a web page
    try:
        tree = trafilatura.load_html(document)
    except Exception as error:  # lxml failing on a hostile page: no article
        log.info("page not parsed: %r", error)
        return None
    if tree is None:
        return None
    title = frozenset(words(" ".join(_titles(tree))))
    body = declared_body(tree)
    declared = shingles(words(body)) if body else None
    visible = contained_share(declared, shingles(words(visible_text(tree)))) if declared else 0.0
    # trafilatura works on a copy; readability drops the page's hidden elements: it goes last.
    return ReadPage(
        document=document,
        trafilatura=_trafilatura(tree, "trafilatura", favor_precision=False),
        precise=_trafilatura(tree, "trafilatura-precision", favor_precision=True),
        readability=_readability(tree),
        title=title,
        declared=declared,
        declared_words=declared.total() if declared else 0,
        declared_visible=visible,
    )


def article_text(read: ReadPage, thresholds: Thresholds = THRESHOLDS) -> str:
    """The text :func:`assemble` would give, leaving ``read`` as it is: for the benchmark."""
    decision = _decide(read, thresholds)
    if decision is None:
        return ""
    chosen, dropped = decision
    return chosen.text_without(dropped)


def assemble(
    read: ReadPage, url: str | None, thresholds: Thresholds = THRESHOLDS
) -> ExtractedArticle | None:
    """The article of a read page: the chosen result without the blocks the votes dropped.

    Consumes ``read``: the chosen fragment is edited in place.
    """
    decision = _decide(read, thresholds)
    if decision is None:
        return None
    chosen, dropped = decision
    emptied = []
    for index in dropped:
        element = chosen.blocks[index].element  # a droppable block holds no other block
        emptied.append(element.getparent())
        element.drop_tree()
    for container in emptied:  # a list or table whose items all went goes too
        while container is not None and _empty(container):
            parent = container.getparent()
            if parent is None:  # the root, or a container already gone
                break
            container.drop_tree()
            container = parent
    return ExtractedArticle(
        html=_finish(chosen.root, _base_url(read.document, url)),
        text=chosen.text_without(dropped),
        extractor=chosen.extractor,
    )


def _empty(element: lxml.html.HtmlElement) -> bool:
    return len(element) == 0 and not (element.text or "").strip()


def _decide(read: ReadPage, thresholds: Thresholds) -> tuple[_Candidate, set[int]] | None:
    """The chosen result and the numbers of its blocks to drop (module docstring)."""
    pair = [c for c in (read.trafilatura, read.readability) if c is not None]
    if not pair:
        return None
    chosen = _choose(pair, read, thresholds)
    voters = [
        voter
        for voter in (*pair, read.precise)
        if voter is not None
        and voter is not chosen
        and voter.words >= thresholds.truncated * chosen.words
    ]
    dropped: set[int] = set()
    for index, (members, _) in enumerate(chosen.units if voters else ()):
        holding = sum(read.held(chosen, index, voter) >= thresholds.held for voter in voters)
        if holding < thresholds.quorum * len(voters):
            dropped.update(members)
    if all(owner in dropped for owner, _ in chosen.segments):
        dropped = set()  # the voters hold none of it: they disagree, not the article
    dropped.update(_headlines(chosen, read.title, dropped, thresholds))
    return chosen, dropped


def _choose(pair: list[_Candidate], read: ReadPage, thresholds: Thresholds) -> _Candidate:
    """Trafilatura's result or readability's (step 1 of the module docstring)."""
    if len(pair) == 1:
        return pair[0]
    texts = [read.shingles(candidate) for candidate in pair]
    declared = read.declared
    if (
        declared is not None
        and read.declared_visible >= thresholds.declared
        and read.declared_words >= thresholds.truncated * max(c.words for c in pair)
    ):
        scores = [agreement(declared, text) for text in texts]
        return pair[scores.index(max(scores))]
    (shorter, shorter_text), (longer, longer_text) = sorted(
        zip(pair, texts, strict=True), key=lambda item: item[0].words
    )
    if contained_share(shorter_text, longer_text) < thresholds.contained:
        return pair[0]
    return shorter if shorter.words >= thresholds.truncated * longer.words else longer


def _headlines(
    chosen: _Candidate, title: frozenset[str], dropped: set[int], thresholds: Thresholds
) -> list[int]:
    """The numbers of the first kept blocks that repeat the page title: the headline."""
    if not title:
        return []
    kept = [
        index
        for index, block in enumerate(chosen.blocks)
        if index not in dropped and block.words and block.droppable
    ]
    return [
        index
        for index in kept[:3]
        if chosen.blocks[index].element.find(".//img") is None
        and sum(word in title for word in chosen.blocks[index].words)
        >= thresholds.headline * len(chosen.blocks[index].words)
    ]


def _titles(tree: lxml.html.HtmlElement) -> list[str]:
    """The page's ``<title>`` and its Open Graph title."""
    titles = [element.text_content() for element in tree.iterfind(".//title")]
    titles += [
        element.get("content", "")
        for element in tree.iterfind(".//meta[@property]")
        if element.get("property") == "og:title"
    ]
    return titles


def _trafilatura(
    tree: lxml.html.HtmlElement, name: str, *, favor_precision: bool
) -> _Candidate | None:
    # No url: trafilatura would resolve links against the site root, not the page's address.
    # The precision reading skips trafilatura's fallbacks (fast): it only votes.
    try:
        markup = trafilatura.extract(
            tree,
            output_format="html",
            fast=favor_precision,
            favor_precision=favor_precision,
            include_comments=False,
            include_images=True,
            include_links=True,
            include_formatting=True,
            include_tables=True,
        )
    except Exception as error:  # a library failing on a hostile page: no article
        log.info("trafilatura failed: %r", error)
        return None
    return _candidate(name, markup)


def _readability(tree: lxml.html.HtmlElement) -> _Candidate | None:
    try:
        # No url: readability would resolve every link of the page, a third of its time.
        markup = Document(tree).summary(html_partial=True)
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
    blocks, segments = _cut(root)
    tokens = [word for block in blocks for word in block.words]
    if not tokens:
        return None
    return _Candidate(
        extractor, root, blocks, segments, _units(blocks), len(tokens), Holder(tokens)
    )


def _units(blocks: list[_Block]) -> list[tuple[list[int], list[str]]]:
    """What the extractors vote on: each droppable block, but a list or a table as a whole.

    One extractor often keeps a list or a table whole and another not at all; voting item by
    item would cut a list of one-word items down to the few words found elsewhere on the page.
    A block with an image is never voted on: the reader would lose the picture with it.
    """
    units: dict[lxml.html.HtmlElement, tuple[list[int], list[str]]] = {}
    pictured: set[lxml.html.HtmlElement] = set()
    for index, block in enumerate(blocks):
        if not block.droppable or not block.words:
            continue
        unit = block.element
        containers = _UNIT_CONTAINERS.get(block.element.tag)
        if containers:
            unit = next(
                (above for above in block.element.iterancestors(*containers)), block.element
            )
        members, words_ = units.setdefault(unit, ([], []))
        members.append(index)
        words_.extend(block.words)
        if block.element.find(".//img") is not None:
            pictured.add(unit)
    return [unit for key, unit in units.items() if key not in pictured]


def _cut(root: lxml.html.HtmlElement) -> tuple[list[_Block], list[tuple[int, str]]]:
    """A fragment's blocks, and its prose in runs each owned by one block.

    Every element of :data:`_BLOCK_TAGS` (and the root) is a block; a word belongs to the
    innermost block around it, so loose text of a ``div`` belongs to the ``div``, which is
    never dropped. Captions, scripts and styles give no words (captions stay in the HTML).
    """
    blocks: list[_Block] = []
    segments: list[tuple[int, str]] = []
    open_blocks: list[int] = []
    parts: list[str] = []

    def flush() -> None:
        if parts:
            run = " ".join("".join(parts).split())
            if run:
                segments.append((open_blocks[-1], run))
                blocks[open_blocks[-1]].words.extend(words(run))
            parts.clear()

    walk = lxml.etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walk:
        if event == "start":
            if element.tag in _WORDLESS or _is_caption(element):
                walk.skip_subtree()  # its "end" still comes, with its tail
                continue
            if element.tag in _BLOCK_TAGS or element is root:
                flush()
                if open_blocks:
                    blocks[open_blocks[-1]].droppable = False
                open_blocks.append(len(blocks))
                blocks.append(_Block(element, [], element.tag in _DROPPABLE_TAGS))
            if element.text:
                parts.append(element.text)
            continue
        if event == "end" and open_blocks and blocks[open_blocks[-1]].element is element:
            flush()
            open_blocks.pop()
        if element.tail and open_blocks:
            parts.append(element.tail)
    return blocks, segments


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


# The block-level tags of desktop_app.sanitize.html_to_text, and the containers of tables.
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)
_DROPPABLE_TAGS = frozenset(
    {"blockquote", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "li", "p", "pre", "td", "th"}
)
_UNIT_CONTAINERS = {
    "li": ("ul", "ol"),
    "dd": ("dl",),
    "dt": ("dl",),
    "td": ("table",),
    "th": ("table",),
}
_WORDLESS = frozenset({"script", "style", "noscript", "template"})
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
