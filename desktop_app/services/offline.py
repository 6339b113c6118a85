"""Making stored articles complete for offline reading: the article page's main text for
teasers, and every image the article shows, fetched in the background after a refresh.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from desktop_app.config import OfflineSettings
from desktop_app.domain import Feed
from desktop_app.errors import CaravanError, FullTextError, StorageError
from desktop_app.fulltext.teaser import is_teaser
from desktop_app.net.http import HttpClient, NetworkPolicy
from desktop_app.sanitize import html_to_text, sanitize_html
from desktop_app.services.images import ImageFetcher
from desktop_app.services.outcomes import OfflineSummary
from desktop_app.store import articles
from desktop_app.store.articles import PendingArticle
from desktop_app.store.db import Database

log = logging.getLogger(__name__)

PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
PAGE_POLICY = NetworkPolicy(
    connect_timeout=10.0, read_timeout=20.0, total_deadline=30.0, max_bytes=5 * 1024 * 1024
)
# At most this many articles are worked on at once: a refresh of new articles must not turn
# into hundreds of simultaneous downloads from one site.
OFFLINE_WORKERS = 4
SCAN = 500  # pending articles looked at per query
CHUNK = 2 * OFFLINE_WORKERS  # articles worked on between two looks at should_stop


@dataclass
class _Tally:
    full_texts: int = 0
    full_text_failures: int = 0
    images: int = 0
    image_failures: int = 0


class OfflineWorker:
    def __init__(
        self,
        database: Database,
        settings: OfflineSettings,
        *,
        pages: HttpClient | None = None,
        images: ImageFetcher | None = None,
        workers: int = OFFLINE_WORKERS,
    ) -> None:
        self._database = database
        self._settings = settings
        self._pages = pages or HttpClient(PAGE_POLICY)
        self.images = images or ImageFetcher(database)
        self._workers = workers
        self._lock = threading.Lock()

    def wants_full_text(self, article: PendingArticle) -> bool:
        if article.full_html or not article.link.startswith(("http://", "https://")):
            return False
        if article.feed_full_text is not None:
            return article.feed_full_text
        return self._settings.full_text and is_teaser(article.summary_html, article.content_html)

    def may_need_work(self, feed: Feed) -> bool:
        """Could an article of ``feed`` need anything fetched? Not when images and automatic
        full text are off and the feed is not set to fetch full text always."""
        return self._settings.images or self._settings.full_text or feed.full_text is True

    def needs_work(self, article: PendingArticle) -> bool:
        """Is there anything to fetch for this article (its page, or images it shows)?"""
        if self.wants_full_text(article):
            return True
        return self._settings.images and (
            bool(article.image_enclosures)
            or any(
                "<img" in body
                for body in (article.full_html, article.content_html, article.summary_html)
            )
        )

    def complete_pending(self, should_stop: Callable[[], bool] = lambda: False) -> OfflineSummary:
        """One pass over the pending articles, newest first, then fit the image cache.

        Articles with nothing to fetch are marked done in bulk; the others are worked on
        ``workers`` at a time, in small chunks so that ``should_stop`` is heard quickly.
        """
        tally = _Tally()
        done = 0
        before: int | None = None
        with ThreadPoolExecutor(self._workers, thread_name_prefix="offline") as pool:
            while not should_stop():
                reader = self._database.reader()
                try:
                    batch = articles.pending_offline(reader, SCAN, before=before)
                finally:
                    reader.close()
                if not batch:
                    break
                before = batch[-1].id
                work = [article for article in batch if self.needs_work(article)]
                idle = [article.id for article in batch if article not in work]
                try:
                    self._mark_done(idle)
                except StorageError as error:
                    log.warning("offline work paused: %s", error)
                    break
                done += len(idle)
                for start in range(0, len(work), CHUNK):
                    if should_stop():
                        break
                    chunk = work[start : start + CHUNK]
                    done += sum(pool.map(lambda article: self._complete(article, tally), chunk))
        if self._settings.images:
            self.images.evict(self._settings.image_cache_mb * 1024 * 1024)
        self._prune_downloads()
        return OfflineSummary(
            done, tally.full_texts, tally.full_text_failures, tally.images, tally.image_failures
        )

    def _prune_downloads(self) -> None:
        """Downloaded enclosures whose article retention deleted go with it."""
        from desktop_app.services.downloads import Downloads

        try:
            Downloads(self._database).prune()
        except (OSError, StorageError) as error:
            log.warning("downloads not pruned: %s", error)

    def _mark_done(self, article_ids: list[int]) -> None:
        self._database.writer.run(
            lambda connection: articles.mark_offline_done(connection, article_ids)
        )

    def _complete(self, article: PendingArticle, tally: _Tally) -> bool:
        body = article.full_html or article.content_html or article.summary_html
        try:
            if self.wants_full_text(article):
                fetched = self.fetch_full_text(article.id, article.link)
                with self._lock:
                    if fetched is None:
                        tally.full_text_failures += 1
                    else:
                        tally.full_texts += 1
                        body = fetched
            if self._settings.images:
                feed_body = article.content_html or article.summary_html
                counted = [
                    self.images.cache_images(shown)
                    for shown in dict.fromkeys((body, feed_body))  # the reader can show either
                ]
                counted.append(self.images.cache_urls(list(article.image_enclosures)))
                with self._lock:
                    tally.images += sum(counts.cached for counts in counted)
                    tally.image_failures += sum(counts.failed for counts in counted)
            self._mark_done([article.id])
        except StorageError as error:
            log.warning("article %d not completed for offline reading: %s", article.id, error)
            return False
        return True

    def fetch_full_text(self, article_id: int, link: str) -> str | None:
        """Download the article's page and store its main text; None (and the reason stored
        with the article) when there is none. Also the "Fetch full text" action."""
        try:
            response = self._pages.get(link, accept=PAGE_ACCEPT)
            kind = response.headers.get("content-type", "").lower()
            if kind and "html" not in kind:
                raise FullTextError(f"the article's page is {kind.split(';')[0]}, not a web page")
            charset = kind.partition("charset=")[2].split(";")[0].strip(" \"'") or None
            from desktop_app.fulltext.extract import extract_article  # heavy: on first use

            extracted = extract_article(response.body or b"", response.url, encoding=charset)
            if extracted is None:
                raise FullTextError("no article text was found on its page")
        except CaravanError as error:
            message = str(error)
            log.info("full text of article %d (%s): %s", article_id, link, message)
            self._database.writer.run(
                lambda connection: articles.record_full_text_error(connection, article_id, message)
            )
            return None
        html = sanitize_html(extracted.html, response.url)
        text = extracted.text or html_to_text(html)
        self._database.writer.run(
            lambda connection: articles.store_full_text(connection, article_id, html, text)
        )
        return html
