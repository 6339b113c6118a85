"""Finding each feed's icon during a refresh: the site's declared icon, else the feed's own,
else ``/favicon.ico``; kept in the image cache, looked for again at most once a week.

Never fails a feed: whatever goes wrong is logged and the look is recorded as done.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit, urlunsplit

from desktop_app.domain import Feed
from desktop_app.errors import CaravanError, OfflineError
from desktop_app.icons import MAX_ICON_BYTES, declared_icons, icon_format
from desktop_app.imaging import ImageRejected
from desktop_app.net.http import HttpClient, NetworkPolicy
from desktop_app.store import feeds
from desktop_app.store.db import Database
from desktop_app.store.images import files_for

log = logging.getLogger(__name__)

LOOK_AGAIN_AFTER = timedelta(days=7)
ICON_ACCEPT = "image/png,image/x-icon,image/svg+xml,image/*;q=0.8"
PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9"
ICON_POLICY = NetworkPolicy(
    connect_timeout=5.0, read_timeout=10.0, total_deadline=10.0, max_bytes=MAX_ICON_BYTES
)
PAGE_POLICY = NetworkPolicy(
    connect_timeout=5.0, read_timeout=10.0, total_deadline=10.0, max_bytes=1024 * 1024
)
# A feed's whole search for its icon: the home page and the candidates, at most this long.
SEARCH_BUDGET_SECONDS = 20.0
MAX_CANDIDATES = 4


def icon_due(feed: Feed, now: datetime | None = None) -> bool:
    """Never looked for, or looked for over a week ago."""
    checked = feed.icon_checked_at
    return checked is None or (now or datetime.now(UTC)) - checked >= LOOK_AGAIN_AFTER


class FaviconFetcher:
    """Thread-safe, like the HTTP clients it holds: the refresh's feed workers share one."""

    def __init__(
        self, database: Database, icons: HttpClient | None = None, pages: HttpClient | None = None
    ) -> None:
        self._database = database
        self._icons = icons or HttpClient(ICON_POLICY)
        self._pages = pages or HttpClient(PAGE_POLICY)
        self.files = files_for(database.path)

    def update(self, feed: Feed, site_url: str, feed_icon_url: str = "") -> str | None:
        """Look for ``feed``'s icon and record what was found (its digest, or None)."""
        started = time.monotonic()
        digest = None
        unreachable: set[str] = set()  # hosts that did not answer: not asked again this time
        for url in self.candidates(feed, site_url, feed_icon_url, unreachable)[:MAX_CANDIDATES]:
            if time.monotonic() - started > SEARCH_BUDGET_SECONDS:
                log.info("icon of %s: search stopped at its time budget", feed.url)
                break
            if urlsplit(url).netloc in unreachable:
                continue
            digest = self._fetch(url, unreachable)
            if digest is not None:
                break
        found = digest
        self._database.writer.run(lambda connection: feeds.record_icon(connection, feed.id, found))
        return digest

    def candidates(
        self, feed: Feed, site_url: str, feed_icon_url: str, unreachable: set[str]
    ) -> list[str]:
        """Where to look, in order: the home page's declared icons, the feed's own icon,
        ``/favicon.ico`` on the site's host (the feed's host when the feed names no site)."""
        home = site_url if site_url.startswith(("http://", "https://")) else ""
        found: list[str] = []
        if home:
            try:
                page = self._pages.get(home, accept=PAGE_ACCEPT)
                found.extend(declared_icons(page.body or b"", page.url))
            except CaravanError as error:
                log.info("icon of %s: home page not read: %s", feed.url, error)
                if isinstance(error, OfflineError):
                    unreachable.add(urlsplit(home).netloc)
        if feed_icon_url.startswith(("http://", "https://")):
            found.append(feed_icon_url)
        parts = urlsplit(home or feed.url)
        found.append(urlunsplit((parts.scheme, parts.netloc, "/favicon.ico", "", "")))
        return list(dict.fromkeys(found))

    def _fetch(self, url: str, unreachable: set[str]) -> str | None:
        try:
            response = self._icons.get(url, accept=ICON_ACCEPT)
            body = response.body or b""
            kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind.startswith(("text/html", "application/xhtml")):
                raise ImageRejected(f"the server sent {kind}, not an icon")
            icon_format(body)
            return self.files.write(body)
        except (CaravanError, ImageRejected, OSError) as error:
            log.info("icon %s not kept: %s", url, error)
            if isinstance(error, OfflineError):
                unreachable.add(urlsplit(url).netloc)
            return None
