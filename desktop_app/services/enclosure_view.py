"""How an enclosure is described to the user: its name, its type in words, its size and
duration. Plain functions, so the words are tested without a window."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from desktop_app.domain import Enclosure
from desktop_app.i18n import translate
from desktop_app.services.downloads import human_size

_KINDS = {
    "audio/mpeg": "MP3", "audio/mp3": "MP3", "audio/mp4": "M4A", "audio/x-m4a": "M4A",
    "audio/m4a": "M4A", "audio/aac": "AAC", "audio/ogg": "Ogg", "audio/opus": "Opus",
    "audio/wav": "WAV", "audio/x-wav": "WAV", "audio/flac": "FLAC", "audio/x-flac": "FLAC",
    "video/mp4": "MP4", "video/x-m4v": "M4V", "video/webm": "WebM",
    "video/quicktime": "QuickTime", "video/x-matroska": "MKV",
}  # fmt: skip
MAX_NAME_CHARACTERS = 80


def kind_in_words(mime_type: str) -> str:
    """ "Audio MP3", "Video MP4", "PDF", "Image"…; "File" when the feed did not say."""
    major = mime_type.partition("/")[0]
    words = {
        "audio": translate("EnclosureKinds", "Audio"),
        "video": translate("EnclosureKinds", "Video"),
        "image": translate("EnclosureKinds", "Image"),
    }
    if mime_type in _KINDS:
        return f"{words[major]} {_KINDS[mime_type]}"
    documents = {
        "application/pdf": "PDF",
        "application/epub+zip": translate("EnclosureKinds", "EPUB book"),
        "application/zip": translate("EnclosureKinds", "ZIP archive"),
    }
    if mime_type in documents:
        return documents[mime_type]
    return words.get(major, translate("EnclosureKinds", "File"))


def duration_in_words(seconds: int) -> str:
    """As players show it: 1:02:03, 12:05, 0:45."""
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def display_name(enclosure: Enclosure) -> str:
    """The enclosure's title, else its file's name, else its host."""
    if enclosure.title:
        name = enclosure.title
    else:
        parts = urlsplit(enclosure.url)
        name = unquote(parts.path.rstrip("/").rpartition("/")[2]) or parts.hostname or "file"
    name = " ".join(name.split())
    if len(name) > MAX_NAME_CHARACTERS:
        name = name[: MAX_NAME_CHARACTERS - 1] + "…"
    return name


def details(enclosure: Enclosure) -> str:
    """Type · size · duration, each when known: "Audio MP3 · 105 MB · 2:54:35"."""
    parts = [kind_in_words(enclosure.mime_type)]
    size = enclosure.downloaded_bytes if enclosure.downloaded else enclosure.length
    if size:
        parts.append(human_size(size))
    if enclosure.duration_seconds:
        parts.append(duration_in_words(enclosure.duration_seconds))
    return " · ".join(parts)


def is_image(enclosure: Enclosure) -> bool:
    return enclosure.mime_type.startswith("image/")
