"""Downloading an enclosure for offline use: a podcast episode, a video, an image, a PDF.

The user asks for each download; nothing is downloaded on its own. Files go to ``downloads/``
next to the database, named by the SHA-256 of their bytes and an extension chosen by us from
the type (never the server's file name): what the system opens is always a media file or a
PDF, however the feed or the server describe it.

Bounds, and why: one file at most ``MAX_FILE_BYTES`` (1 GB: an hour of 1080p video podcast
is under that, two hours of audio at 256 kbit/s are 230 MB; a larger "episode" is a mistake
or abuse), all downloads together at most ``MAX_TOTAL_BYTES`` (4 GB, some 60 hours of
podcast audio: a laptop's disk is shared with everything else, and the user removes what
they have heard). A download over either is refused before it starts when the feed or the
server say the size, cut as soon as it passes the bound otherwise, and nothing is kept.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain import Enclosure
from desktop_app.errors import DownloadCancelled, DownloadRefused, TooLargeError
from desktop_app.i18n import PLURAL, decimal, translate
from desktop_app.store import enclosures as enclosure_store
from desktop_app.store.db import Database

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 1_000_000_000
MAX_TOTAL_BYTES = 4_000_000_000
# Slow connections take long over a large file: the deadline only stops a download that would
# never end; a server that stops sending is cut by the read time-out.
DOWNLOAD_DEADLINE_S = 3 * 3600.0
# Progress is reported when it moves a bar of 1000 steps, or every MB of a file of unknown
# size: a thousand repaints at most, and a stalled download still shows where it stands.
PROGRESS_STEPS = 1000
PROGRESS_UNKNOWN_EVERY = 1_000_000
_STALE_PARTIAL_S = 24 * 3600  # a partial file this old belongs to no running download

# What may be downloaded, and the extension its file gets.
EXTENSIONS = {
    "audio/mpeg": "mp3", "audio/mp3": "mp3", "audio/mp4": "m4a", "audio/x-m4a": "m4a",
    "audio/m4a": "m4a", "audio/aac": "aac", "audio/ogg": "ogg", "audio/opus": "opus",
    "audio/wav": "wav", "audio/x-wav": "wav", "audio/flac": "flac", "audio/x-flac": "flac",
    "video/mp4": "mp4", "video/x-m4v": "m4v", "video/webm": "webm", "video/quicktime": "mov",
    "video/x-matroska": "mkv", "image/jpeg": "jpg", "image/png": "png", "image/gif": "gif",
    "image/webp": "webp", "application/pdf": "pdf", "application/epub+zip": "epub",
}  # fmt: skip
# Server types that say nothing about the file: the feed's declared type decides.
_GENERIC_TYPES = frozenset(
    {"", "application/octet-stream", "binary/octet-stream", "application/binary",
     "application/x-download", "application/force-download"}
)  # fmt: skip
_NAME_CHARACTERS = frozenset("0123456789abcdef")

Progress = Callable[[int, int | None], None]  # bytes so far, bytes expected (None: unknown)


def downloads_folder(database_path: Path) -> Path:
    return database_path.parent / "downloads"


def human_size(size: int) -> str:
    """Bytes in the decimal units file managers show: 850 KB, 12.4 MB, 1 GB."""
    if size < 1000:
        return translate("Sizes", "%n byte(s)", None, PLURAL, size)
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1000
        if value < 1000 or unit == "GB":
            break
    digits = 1 if value < 100 and round(value, 1) != round(value) else 0
    shown = decimal(value, digits)
    units = {
        "KB": translate("Sizes", "{size} KB"),
        "MB": translate("Sizes", "{size} MB"),
        "GB": translate("Sizes", "{size} GB"),
    }
    return units[unit].format(size=shown)


def downloadable(enclosure: Enclosure) -> str | None:
    """Why this enclosure cannot be downloaded at all, or None when it can."""
    if enclosure.mime_type and enclosure.mime_type not in EXTENSIONS:
        return (
            f"Caravan downloads audio, video, images and PDF documents; this one is "
            f"{enclosure.mime_type}"
        )
    return None


@dataclass(eq=False)  # one task is one download: compared and hashed by identity
class DownloadTask:
    """A running download: ``cancel()`` from any thread stops it at the next piece."""

    article_id: int
    url: str
    cancelled: threading.Event

    def cancel(self) -> None:
        self.cancelled.set()


class Downloads:
    """Blocking work, for a worker thread: the library runs it off the UI thread."""

    def __init__(
        self,
        database: Database,
        *,
        max_file_bytes: int = MAX_FILE_BYTES,
        max_total_bytes: int = MAX_TOTAL_BYTES,
    ) -> None:
        self._database = database
        self.folder = downloads_folder(database.path)
        self.max_file_bytes = max_file_bytes
        self.max_total_bytes = max_total_bytes

    def path(self, file: str | None) -> Path | None:
        """The downloaded file's path, when ``file`` is one of ours and is on disk."""
        if not file:
            return None
        stem, _dot, extension = file.partition(".")
        if (
            len(stem) != 64
            or not set(stem) <= _NAME_CHARACTERS
            or extension not in EXTENSIONS.values()
        ):
            return None
        path = self.folder / file
        return path if path.is_file() else None

    def used_bytes(self) -> int:
        reader = self._database.reader()
        try:
            return enclosure_store.downloads_bytes(reader)
        finally:
            reader.close()

    def check(self, enclosure: Enclosure) -> None:
        """Refuse up front what can be refused without a request (DownloadRefused)."""
        reason = downloadable(enclosure)
        if reason:
            raise DownloadRefused(reason)
        declared = enclosure.length
        if declared is not None and declared > self.max_file_bytes:
            raise DownloadRefused(
                f"This file is {human_size(declared)}; one download may be at most "
                f"{human_size(self.max_file_bytes)}"
            )
        room = self.max_total_bytes - self.used_bytes()
        if room <= 0 or (declared is not None and declared > room):
            raise DownloadRefused(
                f"Downloads already take {human_size(self.max_total_bytes - room)} of the "
                f"{human_size(self.max_total_bytes)} kept for them: remove some first"
            )

    def download(
        self,
        task: DownloadTask,
        enclosure: Enclosure,
        progress: Progress = lambda _done, _total: None,
    ) -> str:
        """Download ``enclosure`` of the task's article; the stored file's name.

        Raises DownloadRefused (type, size, space), DownloadCancelled, NetworkError or
        StorageError; in every case nothing of the download is left behind.
        """
        # Loaded with the first download, not with the window that lists enclosures: the
        # network stack (requests) and OpenSSL's hashlib cost start-up ~100 M instructions.
        import hashlib
        import tempfile

        from desktop_app.net.http import HttpClient, NetworkPolicy

        self.check(enclosure)
        room = self.max_total_bytes - self.used_bytes()
        limit = min(self.max_file_bytes, room)
        client = HttpClient(
            NetworkPolicy(
                connect_timeout=15.0,
                read_timeout=30.0,
                total_deadline=DOWNLOAD_DEADLINE_S,
                max_bytes=limit,
            )
        )
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=self.folder, prefix=".partial-")
        temporary = Path(name)
        digest = hashlib.sha256()
        kind: list[str] = []

        def accept(headers: dict[str, str]) -> None:
            kind.append(self._file_type(headers.get("content-type", ""), enclosure))

        try:
            with os.fdopen(handle, "wb") as file:

                def write(chunk: bytes) -> None:
                    digest.update(chunk)
                    file.write(chunk)

                client.download(
                    enclosure.url,
                    write,
                    check=accept,
                    progress=_throttled(progress),
                    cancelled=task.cancelled.is_set,
                )
            stored = f"{digest.hexdigest()}.{EXTENSIONS[kind[0]]}"
            temporary.replace(self.folder / stored)
        except TooLargeError as error:
            temporary.unlink(missing_ok=True)
            raise DownloadRefused(self._too_large(limit)) from error
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        size = (self.folder / stored).stat().st_size
        recorded = self._database.writer.run(
            lambda connection: enclosure_store.record_download(
                connection, task.article_id, enclosure.url, stored, size
            )
        )
        if not recorded:  # the article went (retention, its feed removed) meanwhile
            self.prune()
            raise DownloadCancelled("the article was removed while its enclosure downloaded")
        return stored

    def _too_large(self, limit: int) -> str:
        if limit < self.max_file_bytes:
            return (
                f"The file does not fit in the {human_size(limit)} left of the "
                f"{human_size(self.max_total_bytes)} kept for downloads: remove some first"
            )
        return f"The file is larger than {human_size(limit)}, the limit of one download"

    @staticmethod
    def _file_type(server_type: str, enclosure: Enclosure) -> str:
        """The type the file is kept as: the server's, unless it says nothing (then the
        feed's); refused when neither is audio, video, an image or a PDF."""
        kind = server_type.split(";")[0].strip().lower()
        if kind in _GENERIC_TYPES:
            kind = enclosure.mime_type
        if kind == "text/html":
            raise DownloadRefused("The server sent a web page, not the file")
        if kind not in EXTENSIONS:
            raise DownloadRefused(
                f"The server sent {kind or 'a file of unknown type'}, not audio, video, an "
                "image or a PDF"
            )
        return kind

    def remove(self, article_id: int, enclosure: Enclosure) -> None:
        """Delete the downloaded copy (its file once no other enclosure shares it)."""
        orphan = self._database.writer.run(
            lambda connection: enclosure_store.forget_download(
                connection, article_id, enclosure.url
            )
        )
        path = self.path(orphan)
        if path is not None:
            path.unlink(missing_ok=True)

    def prune(self) -> int:
        """Delete the files no enclosure refers to any more (its article was deleted by
        retention or with its feed) and partial files of downloads long dead."""
        if not self.folder.is_dir():
            return 0
        reader = self._database.reader()
        try:
            kept = enclosure_store.downloaded_files(reader)
        finally:
            reader.close()
        removed = 0
        now = time.time()
        for path in self.folder.iterdir():
            if path.name.startswith(".partial-"):
                try:
                    stale = now - path.stat().st_mtime > _STALE_PARTIAL_S
                except OSError:
                    continue
                if not stale:
                    continue
            elif path.name in kept or self.path(path.name) is None:
                continue  # in use, or not a file of ours: never touched
            path.unlink(missing_ok=True)
            removed += 1
        return removed


def _throttled(progress: Progress) -> Progress:
    """Report the start, the end, and each move of the bar (see ``PROGRESS_STEPS``)."""
    last = [-1]

    def report(done: int, total: int | None) -> None:
        step = done * PROGRESS_STEPS // total if total else done // PROGRESS_UNKNOWN_EVERY
        if done == 0 or done == total or step != last[0]:
            last[0] = step
            progress(done, total)

    return report
