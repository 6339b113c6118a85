"""Downloading the images articles show into the local cache, within caps, so that the reader
can show them offline and never has to load anything itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from desktop_app.errors import NetworkError, StorageError
from desktop_app.imaging import (
    MAX_IMAGE_BYTES,
    MAX_IMAGE_PIXELS,
    MAX_IMAGES_PER_ARTICLE,
    ImageRejected,
    image_sources,
    inspect_image,
)
from desktop_app.net.http import HttpClient, NetworkPolicy
from desktop_app.store import images
from desktop_app.store.db import Database
from desktop_app.store.images import files_for

log = logging.getLogger(__name__)

IMAGE_ACCEPT = "image/avif,image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8"
IMAGE_POLICY = NetworkPolicy(
    connect_timeout=10.0, read_timeout=20.0, total_deadline=30.0, max_bytes=MAX_IMAGE_BYTES
)


@dataclass(frozen=True, slots=True)
class ImageCounts:
    cached: int = 0
    failed: int = 0


class ImageFetcher:
    """Caches the images of an article's HTML: http/https only, ``image/*`` only, at most
    ``MAX_IMAGES_PER_ARTICLE`` per article, each under ``MAX_IMAGE_BYTES`` and
    ``MAX_IMAGE_PIXELS``; a failure is remembered so the address is not tried on every
    refresh. Thread-safe: several articles can be processed at once."""

    def __init__(self, database: Database, http: HttpClient | None = None) -> None:
        self._database = database
        self._http = http or HttpClient(IMAGE_POLICY)
        self.files = files_for(database.path)

    def cache_images(self, fragment: str) -> ImageCounts:
        return self.cache_urls(image_sources(fragment, MAX_IMAGES_PER_ARTICLE))

    def cache_urls(self, sources: list[str]) -> ImageCounts:
        """Cache these image addresses (an article's, or its image enclosures)."""
        sources = sources[:MAX_IMAGES_PER_ARTICLE]
        if not sources:
            return ImageCounts()
        reader = self._database.reader()
        try:
            wanted = images.needing_fetch(reader, sources)
        finally:
            reader.close()
        cached = failed = 0
        for url in wanted:
            if self._fetch(url):
                cached += 1
            else:
                failed += 1
        return ImageCounts(cached, failed)

    def _fetch(self, url: str) -> bool:
        try:
            response = self._http.get(url, accept=IMAGE_ACCEPT)
            body = response.body or b""
            kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if not kind.startswith("image/"):
                raise ImageRejected(f"the server sent {kind or 'no content type'}, not an image")
            info = inspect_image(body, MAX_IMAGE_PIXELS)
            digest = self.files.write(body)
        except (NetworkError, ImageRejected, OSError) as error:
            reason = str(error)
            log.info("image %s not cached: %s", url, reason)
            self._database.writer.run(
                lambda connection: images.record_failure(connection, url, reason)
            )
            return False
        self._database.writer.run(
            lambda connection: images.record_image(
                connection, url, digest, len(body), info.width, info.height
            )
        )
        return True

    def evict(self, max_bytes: int) -> int:
        """Shrink the cache to ``max_bytes`` (least recently shown first); return files freed."""
        try:
            doomed = self._database.writer.run(
                lambda connection: images.evict(connection, max_bytes)
            )
        except StorageError as error:
            log.warning("image cache eviction skipped: %s", error)
            return 0
        self.files.delete(doomed)  # after the commit: a crash leaves a file, never a hole
        return len(doomed)
