"""Enclosures as the three feed formats give them, made safe to store and show.

RSS ``<enclosure url length type>``, Atom ``<link rel="enclosure" href length type title>``,
JSON Feed ``attachments`` and, for items without any of those, Media RSS ``media:content``
of audio or video; ``itunes:duration`` gives the duration of an item's first audio or video
file. Every value comes from the feed, so every value is checked: a bad address drops that
enclosure (never the article), an impossible size or duration is forgotten, not trusted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from desktop_app.domain import Enclosure
from desktop_app.feeds.identity import absolute_link
from desktop_app.sanitize import html_to_text

MAX_ENCLOSURES_PER_ARTICLE = 20  # a podcast item has one or two; more is a feed bug or abuse
MAX_URL_CHARACTERS = 2048
MAX_TITLE_CHARACTERS = 300
# A declared length above this is not a file anybody serves in a feed (a 4-hour 4K video is
# ~50 GB): the feed is wrong, so the size is not shown rather than shown absurd.
MAX_DECLARED_BYTES = 1 << 40  # 1 TiB
MAX_DURATION_SECONDS = 7 * 24 * 3600  # a week-long stream is the longest real one
_MIME = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$")
# Types a feed parser puts on an enclosure link that declares none (feedparser: text/html).
_NO_TYPE = frozenset({"", "text/html"})
_PLAYABLE = ("audio/", "video/")
# No real enclosure is smaller: feeds put 0, 1 or the duration there when they do not know.
MIN_DECLARED_BYTES = 1024
# The type of an enclosure that declares none, by its file's extension: our own table, so a
# feed is stored the same on every system (``mimetypes`` reads the system's).
TYPES_BY_EXTENSION = {
    "mp3": "audio/mpeg", "m4a": "audio/mp4", "aac": "audio/aac", "ogg": "audio/ogg",
    "oga": "audio/ogg", "opus": "audio/opus", "wav": "audio/wav", "flac": "audio/flac",
    "mp4": "video/mp4", "m4v": "video/mp4", "webm": "video/webm", "mov": "video/quicktime",
    "mkv": "video/x-matroska", "pdf": "application/pdf", "epub": "application/epub+zip",
    "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif",
    "webp": "image/webp",
}  # fmt: skip


def make_enclosure(
    url: object,
    base_url: str,
    *,
    mime_type: object = "",
    length: object = None,
    duration: object = None,
    title: object = "",
) -> Enclosure | None:
    """One enclosure from a feed's raw values, or None when its address is not a web file."""
    address = _address(url, base_url)
    if address is None:
        return None
    return Enclosure(
        url=address,
        mime_type=_mime_type(mime_type, address),
        length=_length(length),
        duration_seconds=parse_duration(duration),
        title=_title(title),
    )


def finish(
    enclosures: Iterable[Enclosure | None], duration: object = None
) -> tuple[Enclosure, ...]:
    """An item's enclosures: the bad ones dropped, each address once (its first form kept),
    at most ``MAX_ENCLOSURES_PER_ARTICLE``; ``duration`` (``itunes:duration``) goes to the
    first audio or video file that does not declare its own."""
    kept: dict[str, Enclosure] = {}
    for enclosure in enclosures:
        if enclosure is not None and enclosure.url not in kept:
            kept[enclosure.url] = enclosure
        if len(kept) == MAX_ENCLOSURES_PER_ARTICLE:
            break
    result = list(kept.values())
    seconds = parse_duration(duration)
    if seconds is not None:
        for index, enclosure in enumerate(result):
            if enclosure.mime_type.startswith(_PLAYABLE):
                if enclosure.duration_seconds is None:
                    result[index] = _with_duration(enclosure, seconds)
                break
    return tuple(result)


def playable(enclosure: Enclosure) -> bool:
    """Audio or video: what a media player opens."""
    return enclosure.mime_type.startswith(_PLAYABLE)


def media_fallback(
    contents: Iterable[tuple[object, object, object, object]], base_url: str
) -> list[Enclosure | None]:
    """Media RSS ``media:content`` (url, type, fileSize, duration) of audio or video, for an
    item that has no enclosure: images there are usually the article's own picture."""
    found: list[Enclosure | None] = []
    for url, kind, size, duration in contents:
        enclosure = make_enclosure(url, base_url, mime_type=kind, length=size, duration=duration)
        if enclosure is not None and playable(enclosure):
            found.append(enclosure)
    return found


def parse_duration(value: object) -> int | None:
    """``itunes:duration`` and its kin as seconds: ``SS``, ``MM:SS`` or ``HH:MM:SS``, an
    optional fraction; minutes and seconds after the first part under 60. Junk is None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        text = str(value)
    elif isinstance(value, str):
        text = value.strip()
    else:
        return None
    if not text or len(text) > 20:
        return None
    parts = text.split(":")
    if len(parts) > 3:
        return None
    seconds_part = parts[-1]
    whole, _dot, fraction = seconds_part.partition(".")
    if not fraction.isdigit() and fraction:
        return None
    numbers = [*parts[:-1], whole]
    if not all(number.isdigit() and number.isascii() for number in numbers):
        return None
    values = [int(number) for number in numbers]
    if any(later >= 60 for later in values[1:]):
        return None
    seconds = 0
    for number in values:
        seconds = seconds * 60 + number
    if seconds == 0 or seconds > MAX_DURATION_SECONDS:
        return None
    return seconds


def _address(url: object, base_url: str) -> str | None:
    if not isinstance(url, str):
        return None
    text = url.strip()
    if not text or len(text) > MAX_URL_CHARACTERS or any(ord(char) < 32 for char in text):
        return None
    address = absolute_link(text, base_url)
    try:
        parts = urlsplit(address)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return address


def _mime_type(value: object, address: str) -> str:
    kind = value.split(";")[0].strip().lower() if isinstance(value, str) else ""
    if kind in _NO_TYPE or not _MIME.match(kind):
        extension = urlsplit(address).path.rpartition("/")[2].rpartition(".")[2].lower()
        return TYPES_BY_EXTENSION.get(extension, "")
    return kind


def _length(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and value.strip().isdigit() and value.strip().isascii():
        number = int(value.strip()) if len(value.strip()) < 20 else 0
    else:
        return None
    return number if MIN_DECLARED_BYTES <= number <= MAX_DECLARED_BYTES else None


def _title(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        return ""
    return html_to_text(value)[:MAX_TITLE_CHARACTERS]


def _with_duration(enclosure: Enclosure, seconds: int) -> Enclosure:
    return Enclosure(enclosure.url, enclosure.mime_type, enclosure.length, seconds, enclosure.title)
