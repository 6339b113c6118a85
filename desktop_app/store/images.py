"""The image cache: files named by the SHA-256 of their bytes, indexed by address in SQLite.

Content addressing stores an image shared by many articles (a site's logo, a photo in two
feeds) once. The index remembers failures too, so a broken address is not fetched again on
every refresh. Eviction drops the least recently shown images until the cache fits its cap.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.domain import CachedImage
from desktop_app.store import feeds

# A failed address is tried again after this long (the server may have been down).
RETRY_FAILED_AFTER = timedelta(days=1)


class ImageFiles:
    """The files: ``DIR/ab/abcdef…``, written atomically, so a crash leaves no half image."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def path(self, digest: str) -> Path | None:
        """Where the image with this digest lives; None for anything that is not a digest."""
        if len(digest) != 64 or not all(char in "0123456789abcdef" for char in digest):
            return None
        return self._file(digest)

    def _file(self, digest: str) -> Path:
        return self.directory / digest[:2] / digest

    def write(self, data: bytes) -> str:
        import hashlib  # here, not at start-up: it loads OpenSSL (~2 ms) and only a refresh writes

        digest = hashlib.sha256(data).hexdigest()
        target = self._file(digest)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".partial-")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            Path(temporary).replace(target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return digest

    def read(self, digest: str) -> bytes | None:
        path = self.path(digest)
        if path is None:
            return None
        try:
            return path.read_bytes()
        except OSError:
            return None

    def delete(self, digests: Iterable[str]) -> None:
        for digest in digests:
            path = self.path(digest)
            if path is not None:
                path.unlink(missing_ok=True)


def files_for(database_path: Path) -> ImageFiles:
    """The cache's files live next to the database, in ``images/``."""
    return ImageFiles(database_path.parent / "images")


def _now(now: datetime | None) -> int:
    return int((now or datetime.now(UTC)).timestamp())


def lookup(connection: sqlite3.Connection, urls: Iterable[str]) -> dict[str, CachedImage]:
    """The cached images among ``urls`` (addresses never fetched or failed are absent)."""
    wanted = list(dict.fromkeys(urls))
    found: dict[str, CachedImage] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = connection.execute(
            f"SELECT url, digest, width, height FROM images "  # noqa: S608 (only ? marks)
            f"WHERE url IN ({marks}) AND digest IS NOT NULL",
            chunk,
        )
        for row in rows:
            found[row["url"]] = CachedImage(
                row["url"], row["digest"], row["width"] or 0, row["height"] or 0
            )
    return found


def needing_fetch(
    connection: sqlite3.Connection, urls: Iterable[str], now: datetime | None = None
) -> list[str]:
    """Addresses not cached and not failed recently, in the order given."""
    retry_before = _now(now) - int(RETRY_FAILED_AFTER.total_seconds())
    result: list[str] = []
    for url in dict.fromkeys(urls):
        row = connection.execute(
            "SELECT digest, fetched_at FROM images WHERE url = ?", (url,)
        ).fetchone()
        if row is None or (row["digest"] is None and row["fetched_at"] < retry_before):
            result.append(url)
    return result


def record_image(
    connection: sqlite3.Connection,
    url: str,
    digest: str,
    size: int,
    width: int,
    height: int,
    now: datetime | None = None,
) -> None:
    moment = _now(now)
    connection.execute(
        "INSERT OR REPLACE INTO images (url, digest, bytes, width, height, error, fetched_at, "
        "used_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)",
        (url, digest, size, width, height, moment, moment),
    )


def record_failure(
    connection: sqlite3.Connection, url: str, error: str, now: datetime | None = None
) -> None:
    moment = _now(now)
    connection.execute(
        "INSERT OR REPLACE INTO images (url, digest, bytes, error, fetched_at, used_at) "
        "VALUES (?, NULL, 0, ?, ?, ?)",
        (url, error[:500], moment, moment),
    )


def touch(connection: sqlite3.Connection, urls: Iterable[str], now: datetime | None = None) -> None:
    """Shown now: the last to be evicted."""
    moment = _now(now)
    connection.executemany(
        "UPDATE images SET used_at = ? WHERE url = ? AND digest IS NOT NULL",
        [(moment, url) for url in dict.fromkeys(urls)],
    )


def cache_bytes(connection: sqlite3.Connection) -> int:
    """Bytes on disk: each distinct file once, however many addresses share it."""
    row = connection.execute(
        "SELECT coalesce(sum(bytes), 0) FROM "
        "(SELECT max(bytes) AS bytes FROM images WHERE digest IS NOT NULL GROUP BY digest)"
    ).fetchone()
    return int(row[0])


def evict(connection: sqlite3.Connection, max_bytes: int) -> list[str]:
    """Forget the least recently shown images until the cache fits ``max_bytes``; return the
    digests no address refers to any more (their files can go once this commits)."""
    total = cache_bytes(connection)
    if total <= max_bytes:
        return []
    rows = connection.execute(
        "SELECT digest, max(bytes) AS bytes, max(used_at) AS used FROM images "
        "WHERE digest IS NOT NULL GROUP BY digest ORDER BY used, digest"
    ).fetchall()
    doomed: list[str] = []
    for row in rows:
        if total <= max_bytes:
            break
        doomed.append(row["digest"])
        total -= row["bytes"]
    connection.executemany("DELETE FROM images WHERE digest = ?", [(d,) for d in doomed])
    # A feed's icon may be the same file as an evicted image: its file stays.
    icons = feeds.icon_digests(connection)
    return [digest for digest in doomed if digest not in icons]
