"""Images in article HTML and in downloaded bytes: which ones an article shows, what a cached
copy replaces them with, and whether downloaded bytes are an image we are willing to keep.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from desktop_app.domain import CachedImage
from desktop_app.sanitize import MISSING_IMAGE_CLASS

if TYPE_CHECKING:
    from lxml import html

# lxml and Pillow are imported on first use: the window opens without them.

# Formats Qt's bundled image plugins draw; SVG is not among them on purpose (it is a document
# that can carry scripts and links, not a picture).
ACCEPTED_FORMATS = frozenset({"PNG", "JPEG", "GIF", "WEBP", "BMP", "ICO"})
# Caps on what one article may make us download and keep.
MAX_IMAGES_PER_ARTICLE = 20
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000  # decoded size: about 160 MB of RGBA, and no more


@dataclass(frozen=True, slots=True)
class ImageInfo:
    format: str
    width: int
    height: int


class ImageRejected(Exception):
    """Downloaded bytes that are not an image we keep (its message says why)."""


def _fragment(fragment: str) -> html.HtmlElement | None:
    from lxml import etree, html

    if not fragment.strip():
        return None
    try:
        return html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return None


def image_sources(fragment: str, limit: int) -> list[str]:
    """The http(s) addresses of the first ``limit`` distinct images ``fragment`` shows."""
    root = _fragment(fragment)
    if root is None:
        return []
    sources: list[str] = []
    for image in root.iter("img"):
        source = (image.get("src") or "").strip()
        if source.startswith(("http://", "https://")) and source not in sources:
            sources.append(source)
            if len(sources) == limit:
                break
    return sources


def with_cached_images(fragment: str, cached: Mapping[str, CachedImage]) -> str:
    """``fragment`` with each cached image pointing at its cache copy and every other image
    replaced by its alt text: the reader never has an address to fetch.

    The result still goes through the sanitizer, which lets only cache addresses through.
    """
    from lxml import etree, html

    root = _fragment(fragment)
    if root is None:
        return fragment
    for image in list(root.iter("img")):
        copy = cached.get((image.get("src") or "").strip())
        if copy is not None:
            image.set("src", copy.cache_url)
            continue
        alt = (image.get("alt") or "").strip()
        if alt:
            replacement = html.Element("span")
            replacement.set("class", MISSING_IMAGE_CLASS)
            replacement.text = f"[{alt}]"
            replacement.tail = image.tail
            image.getparent().replace(image, replacement)
        else:
            image.drop_tree()
    return escape(root.text or "", quote=False) + "".join(
        etree.tostring(child, encoding="unicode", method="html") for child in root
    )


def inspect_image(data: bytes, max_pixels: int) -> ImageInfo:
    """Read the header only (no pixel is decoded): format and size, within ``max_pixels``."""
    from PIL import Image, UnidentifiedImageError

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                kind = image.format or ""
        except (
            UnidentifiedImageError,
            Image.DecompressionBombError,
            Image.DecompressionBombWarning,
        ) as error:
            raise ImageRejected(f"not an image we can show ({error})") from error
        except (OSError, ValueError, SyntaxError) as error:  # truncated or broken headers
            raise ImageRejected(f"a broken image ({error})") from error
    if kind not in ACCEPTED_FORMATS:
        raise ImageRejected(f"{kind or 'an unknown'} image format is not shown")
    if width <= 0 or height <= 0 or width * height > max_pixels:
        raise ImageRejected(f"{width}×{height} pixels is over the limit of {max_pixels:,}")
    return ImageInfo(kind, width, height)
