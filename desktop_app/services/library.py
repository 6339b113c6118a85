"""What the window reads and changes — articles, feeds, flags, rates, remembered state — so the
UI talks to a service and never to storage.

Reads run on the calling (UI) thread on the library's own read connection: they are indexed
and page-sized. Changes are queued on the database's single writer and return a Future; on a
read-only database that Future fails with ReadOnlyStorageError (see ``read_only``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from desktop_app.config import OfflineSettings, RatesSettings
from desktop_app.domain import Article, ArticleFilter, ArticleSummary, Enclosure, Feed, Quote
from desktop_app.errors import ReadOnlyStorageError, StartedOfflineError
from desktop_app.services.rates import current_quotes
from desktop_app.services.read_undo import MarkedRead
from desktop_app.store import articles, feeds, images, state
from desktop_app.store import enclosures as enclosure_store
from desktop_app.store import rates as rate_store
from desktop_app.store.db import Database

if TYPE_CHECKING:
    from pathlib import Path

    from desktop_app.services.accounts import AccountState
    from desktop_app.services.background import BackgroundSync
    from desktop_app.services.downloads import Downloads, DownloadTask, Progress
    from desktop_app.services.offline import OfflineWorker
    from desktop_app.services.subscriptions import OpmlImport

T = TypeVar("T")


class Library:
    """``offline`` are the settings of offline reading (images, full texts kept);
    ``started_offline`` is ``--offline``: then nothing the library does touches the network."""

    def __init__(
        self,
        database: Database,
        offline: OfflineSettings | None = None,
        *,
        started_offline: bool = False,
    ) -> None:
        self._database = database
        self._reader = database.reader()
        self._offline_settings = offline or OfflineSettings()
        self._started_offline = started_offline
        self._offline: OfflineWorker | None = None
        self._fetcher: ThreadPoolExecutor | None = None
        self._signer: ThreadPoolExecutor | None = None
        self._image_files = images.files_for(database.path)
        self._downloads: Downloads | None = None
        self._downloader: ThreadPoolExecutor | None = None
        self._running: set[DownloadTask] = set()

    @property
    def read_only(self) -> ReadOnlyStorageError | None:
        """Why no change can be saved (the folder named in it is read-only); None when they
        can."""
        access = self._database.read_only
        return None if access is None else access.error()

    def close(self) -> None:
        for task in list(self._running):
            task.cancel()  # each stops at its next piece and deletes its partial file
        if self._downloader is not None:
            # Not waited for: a server that stopped sending holds its download until the read
            # time-out, and the window must not wait that long to close.
            self._downloader.shutdown(wait=False, cancel_futures=True)
        for worker in (self._fetcher, self._signer):
            if worker is not None:
                worker.shutdown(wait=True, cancel_futures=True)
        self._reader.close()

    # -- reading -------------------------------------------------------------------------------
    def articles(
        self,
        article_filter: ArticleFilter,
        *,
        limit: int,
        after: tuple[int, int] | None = None,
    ) -> list[ArticleSummary]:
        return articles.list_articles(self._reader, article_filter, limit=limit, after=after)

    def count(self, article_filter: ArticleFilter) -> int:
        return articles.count_articles(self._reader, article_filter)

    def newest_article_id(self) -> int | None:
        """The moment a "mark all as read" is asked at: what a refresh stores later stays
        unread."""
        return articles.newest_article_id(self._reader)

    def article(self, article_id: int) -> Article | None:
        return articles.get_article(self._reader, article_id)

    def article_document(
        self, article: Article, *, feed_text: bool = False, highlight: str = ""
    ) -> str:
        """The reader's HTML for ``article``: images from the cache, the rest as alt text
        (``feed_text``: the feed's own text even when the page's full text is stored).
        The images shown become the last the cache evicts."""
        # The HTML stack (nh3, the teaser test, image rewriting) loads with the first
        # article shown: the window's first paint needs none of it.
        from desktop_app.services.article_view import cached_images, render_article_html, shown_body

        cached = cached_images(self._reader, shown_body(article, feed_text))
        if cached:
            urls = list(cached)
            self._write(lambda connection: images.touch(connection, urls))
        return render_article_html(article, cached, feed_text=feed_text, highlight=highlight)

    def image(self, digest: str) -> bytes | None:
        """A cached image's bytes (the reader resolves ``caravan-image:`` addresses here)."""
        return self._image_files.read(digest)

    def feeds(self) -> list[Feed]:
        return feeds.list_feeds(self._reader)

    # -- enclosures ------------------------------------------------------------------------------
    def enclosures(self, article_id: int) -> tuple[Enclosure, ...]:
        return enclosure_store.article_enclosures(self._reader, article_id)

    def downloaded_path(self, enclosure: Enclosure) -> Path | None:
        """The downloaded copy of ``enclosure`` on disk, when there is one."""
        return self._enclosure_downloads().path(enclosure.downloaded)

    def download_enclosure(
        self, article_id: int, enclosure: Enclosure, progress: Progress
    ) -> tuple[DownloadTask, Future[str]]:
        """Download ``enclosure`` on a worker thread, ``progress`` called from there; the
        task cancels it, the Future gives the stored file's name or why there is none
        (DownloadRefused, DownloadCancelled, NetworkError, StartedOfflineError,
        ReadOnlyStorageError: the last two before any request)."""
        import threading

        from desktop_app.services.downloads import DownloadTask

        task = DownloadTask(article_id, enclosure.url, threading.Event())
        refusal = StartedOfflineError() if self._started_offline else self.read_only
        if refusal is not None:
            refused: Future[str] = Future()
            refused.set_exception(refusal)
            return task, refused
        if self._downloader is None:
            # Two at once: a second episode starts while the first arrives, no more.
            self._downloader = ThreadPoolExecutor(2, thread_name_prefix="download")
        downloads = self._enclosure_downloads()

        def work() -> str:
            try:
                return downloads.download(task, enclosure, progress)
            finally:
                self._running.discard(task)

        self._running.add(task)
        return task, self._downloader.submit(work)

    def remove_download(self, article_id: int, enclosure: Enclosure) -> Future[None]:
        """Delete the downloaded copy of ``enclosure`` (the enclosure itself stays)."""
        if self.read_only is not None:
            refused: Future[None] = Future()
            refused.set_exception(self.read_only)
            return refused
        downloads = self._enclosure_downloads()
        if self._downloader is None:
            self._downloader = ThreadPoolExecutor(2, thread_name_prefix="download")
        return self._downloader.submit(downloads.remove, article_id, enclosure)

    def _enclosure_downloads(self) -> Downloads:
        if self._downloads is None:
            from desktop_app.services.downloads import Downloads

            self._downloads = Downloads(self._database)
        return self._downloads

    def unread_counts(self) -> dict[int, int]:
        return articles.unread_counts(self._reader)

    def quotes(self, settings: RatesSettings) -> list[Quote]:
        return current_quotes(self._reader, settings)

    def rate_history(self, quote: Quote) -> list[tuple[date, float]]:
        return rate_store.history(self._reader, quote.provider, quote.base, quote.quote)

    def remembered(self, key: str) -> str | None:
        return state.get_state(self._reader, key)

    def export_opml(self) -> bytes:
        from desktop_app.services.subscriptions import export_opml  # OPML: on first use

        return export_opml(self._reader)

    # -- changing (queued on the single writer) -------------------------------------------------
    def set_read(self, article_ids: Sequence[int], read: bool) -> Future[int]:
        ids = list(article_ids)
        return self._write(lambda connection: articles.set_read(connection, ids, read))

    def set_starred(self, article_ids: Sequence[int], starred: bool) -> Future[int]:
        ids = list(article_ids)
        return self._write(lambda connection: articles.set_starred(connection, ids, starred))

    def mark_all_read(
        self, article_filter: ArticleFilter, *, up_to: int | None = None
    ) -> Future[MarkedRead]:
        """Mark read what ``article_filter`` holds (stored up to ``up_to``), in one
        transaction; the Future names the articles changed, so that an undo (``set_read``
        of those, unread) takes back exactly this change."""

        def work(connection: sqlite3.Connection) -> MarkedRead:
            changed = articles.mark_all_read(connection, article_filter, up_to=up_to)
            return MarkedRead(tuple(changed))

        return self._write(work)

    def add_feed(self, url: str, title: str = "", folder: str = "") -> Future[tuple[int, bool]]:
        return self._write(lambda connection: feeds.add_feed(connection, url, title, folder))

    def update_feed(
        self,
        feed_id: int,
        *,
        title: str | None = None,
        folder: str | None = None,
        enabled: bool | None = None,
        interval_minutes: int | None = None,
    ) -> Future[bool]:
        """Change what ``caravan edit-feed`` changes; ``interval_minutes`` 0 goes back to the
        global interval."""
        return self._write(
            lambda connection: feeds.update_feed(
                connection,
                feed_id,
                title=title,
                folder=folder,
                enabled=enabled,
                interval_minutes=interval_minutes or None,
                clear_interval=interval_minutes == 0,
            )
        )

    def change_feed_url(self, feed_id: int, url: str) -> Future[bool]:
        """A new address for a feed, its articles kept (DuplicateFeedError if taken)."""
        return self._write(lambda connection: feeds.change_url(connection, feed_id, url))

    def make_feed_due(self, feed_id: int) -> Future[None]:
        return self._write(lambda connection: feeds.make_due(connection, feed_id))

    def rename_folder(self, old: str, new: str) -> Future[int]:
        """Every feed of folder ``old`` moves to ``new`` ('' for no folder)."""
        return self._write(lambda connection: feeds.rename_folder(connection, old, new))

    def set_feed_full_text(self, feed_id: int, full_text: bool | None) -> Future[bool]:
        """Fetch article pages for this feed always (True), never (False) or for teasers."""
        return self._write(
            lambda connection: feeds.update_feed(
                connection, feed_id, full_text=full_text, detect_full_text=full_text is None
            )
        )

    def fetch_full_text(self, article_id: int) -> Future[bool]:
        """Download one article's page now, keep its main text and cache its images; the
        Future says whether an article text was found (else the reason is stored with it).
        Started offline, it fails with StartedOfflineError and stores nothing; read-only,
        with ReadOnlyStorageError before anything is downloaded."""
        refusal = StartedOfflineError() if self._started_offline else self.read_only
        if refusal is not None:
            refused: Future[bool] = Future()
            refused.set_exception(refusal)
            return refused
        if self._fetcher is None:
            self._fetcher = ThreadPoolExecutor(1, thread_name_prefix="full-text")
        return self._fetcher.submit(self._fetch_full_text, article_id)

    def _fetch_full_text(self, article_id: int) -> bool:
        reader = self._database.reader()
        try:
            article = articles.get_article(reader, article_id)
        finally:
            reader.close()
        if article is None or not article.link:
            return False
        worker = self._offline_worker()
        html = worker.fetch_full_text(article_id, article.link)
        if html is None:
            return False
        if self._offline_settings.images:
            worker.images.cache_images(html)
        return True

    def _offline_worker(self) -> OfflineWorker:
        if self._offline is None:
            # Imported on first use: the extraction libraries are not needed to start.
            from desktop_app.services.offline import OfflineWorker

            self._offline = OfflineWorker(self._database, self._offline_settings)
        return self._offline

    def remove_feed(self, feed_id: int) -> Future[int | None]:
        return self._write(lambda connection: feeds.remove_feed(connection, feed_id))

    def remember(self, values: dict[str, str]) -> Future[None]:
        def work(connection: sqlite3.Connection) -> None:
            for key, value in values.items():
                state.set_state(connection, key, value)

        return self._write(work)

    def import_opml(self, data: bytes) -> OpmlImport:
        from desktop_app.services.subscriptions import import_opml

        return import_opml(self._database, data)

    # -- the sync account (services/accounts.py) ----------------------------------------------
    def sync_account(self) -> AccountState:
        from desktop_app.services.accounts import account_state

        return account_state(self._database)

    def kept_sync_password(self) -> str | None:
        """The account's password from the system's keyring; None: ask the user."""
        from desktop_app.oslayer.secrets import load_password

        account = self.sync_account().account
        if account is None:
            return None
        return load_password(account.server_url, account.username)

    def sign_in(self, server_url: str, username: str, password: str) -> Future[str | None]:
        """Check the login with the server and set the account up, off the UI thread; the
        Future gives why the password could not be kept (None: the keyring has it)."""
        from desktop_app.services.accounts import sign_in

        refusal = StartedOfflineError() if self._started_offline else self.read_only
        if refusal is not None:
            refused: Future[str | None] = Future()
            refused.set_exception(refusal)
            return refused
        if self._signer is None:
            self._signer = ThreadPoolExecutor(1, thread_name_prefix="sign-in")
        return self._signer.submit(sign_in, self._database, server_url, username, password)

    def sign_out(self) -> None:
        from desktop_app.services.accounts import sign_out

        sign_out(self._database)

    def local_sync_folders(self) -> dict[str, int]:
        """Folder ("" for none) → its feeds that are not in the sync account."""
        from desktop_app.store import sync

        return sync.local_folders(self._reader)

    def move_into_account(self, folders: Sequence[str]) -> Future[int]:
        """The local feeds of these folders go to the account at the next sync (the others
        stay local); the Future gives how many were queued."""
        from desktop_app.store import sync

        return self._write(
            lambda connection: sync.queue_subscribe(
                connection, sync.local_feed_ids(connection, folders)
            )
        )

    def background_sync(self, password: str) -> BackgroundSync:
        from desktop_app.services.background import BackgroundSync

        return BackgroundSync(self._database, password)

    def _write(self, work: Callable[[sqlite3.Connection], T]) -> Future[T]:
        return self._database.writer.submit(work)
