"""What the window reads and changes — articles, feeds, flags, rates, remembered state — so the
UI talks to a service and never to storage.

Reads run on the calling (UI) thread on the library's own read connection: they are indexed
and page-sized. Changes are queued on the database's single writer and return a Future.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from datetime import date
from typing import TypeVar

from desktop_app.config import RatesSettings
from desktop_app.domain import Article, ArticleFilter, ArticleSummary, Feed, Quote
from desktop_app.services.rates import current_quotes
from desktop_app.services.subscriptions import OpmlImport, export_opml, import_opml
from desktop_app.store import articles, feeds, state
from desktop_app.store import rates as rate_store
from desktop_app.store.db import Database

T = TypeVar("T")


class Library:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._reader = database.reader()

    def close(self) -> None:
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

    def article(self, article_id: int) -> Article | None:
        return articles.get_article(self._reader, article_id)

    def feeds(self) -> list[Feed]:
        return feeds.list_feeds(self._reader)

    def unread_counts(self) -> dict[int, int]:
        return articles.unread_counts(self._reader)

    def quotes(self, settings: RatesSettings) -> list[Quote]:
        return current_quotes(self._reader, settings)

    def rate_history(self, quote: Quote) -> list[tuple[date, float]]:
        return rate_store.history(self._reader, quote.provider, quote.base, quote.quote)

    def remembered(self, key: str) -> str | None:
        return state.get_state(self._reader, key)

    def export_opml(self) -> bytes:
        return export_opml(self._reader)

    # -- changing (queued on the single writer) -------------------------------------------------
    def set_read(self, article_ids: Sequence[int], read: bool) -> Future[int]:
        ids = list(article_ids)
        return self._write(lambda connection: articles.set_read(connection, ids, read))

    def set_starred(self, article_ids: Sequence[int], starred: bool) -> Future[int]:
        ids = list(article_ids)
        return self._write(lambda connection: articles.set_starred(connection, ids, starred))

    def mark_all_read(self, article_filter: ArticleFilter) -> Future[int]:
        return self._write(lambda connection: articles.mark_all_read(connection, article_filter))

    def add_feed(self, url: str, title: str = "", folder: str = "") -> Future[tuple[int, bool]]:
        return self._write(lambda connection: feeds.add_feed(connection, url, title, folder))

    def update_feed(
        self,
        feed_id: int,
        *,
        title: str | None = None,
        folder: str | None = None,
        enabled: bool | None = None,
    ) -> Future[bool]:
        return self._write(
            lambda connection: feeds.update_feed(
                connection, feed_id, title=title, folder=folder, enabled=enabled
            )
        )

    def remove_feed(self, feed_id: int) -> Future[int | None]:
        return self._write(lambda connection: feeds.remove_feed(connection, feed_id))

    def remember(self, values: dict[str, str]) -> Future[None]:
        def work(connection: sqlite3.Connection) -> None:
            for key, value in values.items():
                state.set_state(connection, key, value)

        return self._write(work)

    def import_opml(self, data: bytes) -> OpmlImport:
        return import_opml(self._database, data)

    def _write(self, work: Callable[[sqlite3.Connection], T]) -> Future[T]:
        return self._database.writer.submit(work)
