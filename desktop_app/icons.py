"""Site icons in downloaded bytes: where a home page declares its icons, and whether bytes are
an icon we are willing to keep (a small raster image, or an SVG with nothing active in it).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from desktop_app.imaging import ImageRejected, inspect_image

# Caps on one icon: a favicon is a few KB; an ICO of 16 to 256 px in 32-bit colour ~370 KB
# uncompressed is what sites rarely ship, PNG-in-ICO keeps the usual ones far under this.
MAX_ICON_BYTES = 256 * 1024
MAX_ICON_PIXELS = 512 * 512  # the largest frame's decoded size: 1 MB of RGBA
RASTER_FORMATS = frozenset({"ICO", "PNG", "GIF", "JPEG", "WEBP"})

# rel values that name an icon, best first: a favicon, then the larger touch icons.
_RELS = ("icon", "shortcut icon", "apple-touch-icon", "apple-touch-icon-precomposed")
_SVG_ELEMENTS_REFUSED = frozenset(
    {"script", "foreignobject", "iframe", "embed", "object", "image", "feimage", "animate",
     "set", "animatemotion", "animatetransform", "handler", "listener"}
)  # fmt: skip
_EXTERNAL_URL = re.compile(r"url\(\s*['\"]?\s*(?!#)", re.IGNORECASE)


def declared_icons(page: bytes, page_url: str) -> list[str]:
    """The icon addresses a home page's ``<link rel=…>`` declare, best first (a favicon before
    a touch icon; among those, the size nearest 32 px), absolute, http(s) only."""
    from lxml import etree, html

    try:
        root = html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return []
    found: list[tuple[int, int, str]] = []
    for link in root.iter("link"):
        rel = " ".join((link.get("rel") or "").lower().split())
        href = (link.get("href") or "").strip()
        if rel not in _RELS or not href:
            continue
        address = urljoin(page_url, href)
        if not address.startswith(("http://", "https://")):
            continue
        rank = 0 if rel == "shortcut icon" else _RELS.index(rel)
        found.append((rank, _size_rank(link.get("sizes") or ""), address))
    found.sort(key=lambda entry: entry[:2])
    return list(dict.fromkeys(address for _rel, _size, address in found))


def _size_rank(sizes: str) -> int:
    """How far the declared size is from 32 px (unknown sizes and ``any`` after exact ones)."""
    best = 1000
    for size in sizes.lower().split():
        width, _, _height = size.partition("x")
        if width.isdigit():
            best = min(best, abs(int(width) - 32))
    return best


def icon_format(data: bytes) -> str:
    """The format of ``data`` if it is an icon we keep (``ICO``, ``PNG``…, ``SVG``); else
    :class:`ImageRejected` saying why. Sniffed from the bytes: a server's content type is not
    believed (HTML is sometimes served as ``image/x-icon``)."""
    if len(data) > MAX_ICON_BYTES:
        raise ImageRejected(f"{len(data):,} bytes is over the icon limit of {MAX_ICON_BYTES:,}")
    head = data[:512].lstrip().lower()
    if head.startswith((b"<svg", b"<?xml")) and b"<svg" in data[:4096].lower():
        check_svg(data)
        return "SVG"
    info = inspect_image(data, MAX_ICON_PIXELS)
    if info.format not in RASTER_FORMATS:
        raise ImageRejected(f"{info.format} is not an icon format")
    return info.format


def check_svg(data: bytes) -> None:
    """Refuse an SVG that could do anything but draw itself: a DTD (entity expansion), script,
    event handlers, embedded documents or images, animation, or any reference outside itself.
    What passes is drawn by Qt's SVG renderer, which neither runs scripts nor loads anything."""
    from lxml import etree

    if b"<!doctype" in data.lower() or b"<!entity" in data.lower():
        raise ImageRejected("an SVG with a document type (entities) is not kept")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise ImageRejected(f"a broken SVG ({error})") from error
    if etree.QName(root).localname != "svg":
        raise ImageRejected("an XML document that is not an SVG")
    for element in root.iter():
        if not isinstance(element.tag, str):
            if isinstance(element, etree._ProcessingInstruction):
                raise ImageRejected("an SVG with processing instructions is not kept")
            continue
        name = etree.QName(element).localname.lower()
        if name in _SVG_ELEMENTS_REFUSED:
            raise ImageRejected(f"an SVG with <{name}> is not kept")
        text = element.text or ""
        if name == "style" and (_EXTERNAL_URL.search(text) or "@import" in text):
            raise ImageRejected("an SVG whose style loads something is not kept")
        for attribute, raw in element.attrib.items():
            local = etree.QName(attribute).localname.lower()
            value = str(raw)
            if local.startswith("on"):
                raise ImageRejected(f"an SVG with an event handler ({local}) is not kept")
            if local in ("href", "src") and not value.strip().startswith("#"):
                raise ImageRejected("an SVG that refers outside itself is not kept")
            if _EXTERNAL_URL.search(value):
                raise ImageRejected("an SVG that refers outside itself is not kept")
