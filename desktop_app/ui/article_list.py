"""The article list: a table model that reads SQLite a page at a time (never every row)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QFont

from desktop_app.domain import ArticleFilter, ArticleSummary
from desktop_app.i18n import PLURAL, translate
from desktop_app.services.library import Library

PAGE_SIZE = 200
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractListModel):
    """Rows newest first; more pages are read as the view scrolls (canFetchMore/fetchMore)."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self._library = library
        self._filter = ArticleFilter()
        self._rows: list[ArticleSummary] = []
        self._exhausted = False
        self._total = 0
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading ---------------------------------------------------------------------------
    @property
    def article_filter(self) -> ArticleFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many articles match the filter, loaded or not."""
        return self._total

    def set_filter(self, article_filter: ArticleFilter) -> None:
        self._filter = article_filter
        self.reload()

    def reload(self, minimum_rows: int = 0) -> None:
        """Read the first page again; after a refresh, as many rows as were shown."""
        self.beginResetModel()
        self._rows = []
        # Until a page is read: a list whose read failed (damage) asks for no more pages.
        self._exhausted = True
        self._total = self._library.count(self._filter)
        self._rows = self._next_page(max(PAGE_SIZE, minimum_rows))
        self.endResetModel()

    def _next_page(self, size: int) -> list[ArticleSummary]:
        after = None
        if self._rows:
            last = self._rows[-1]
            after = (int(last.published_at.timestamp()), last.id)
        page = self._library.articles(self._filter, limit=size, after=after)
        self._exhausted = len(page) < size
        return page

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._next_page(PAGE_SIZE)
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # -- model API -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return ("★ " if row.starred else "") + (
                row.title or translate("ArticleList", "(untitled)")
            )
        if role == SUMMARY_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            # Here, on a hover: QDateTime's enums are not built for the first paint.
            from desktop_app.ui.dates import local_date_time

            return f"{row.title}\n{row.feed_title} · {local_date_time(row.published_at)}"
        if role == Qt.ItemDataRole.FontRole and not row.read:
            return self._bold
        if role == ARTICLE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = (
                translate("ArticleList", "unread")
                if not row.read
                else translate("ArticleList", "read")
            )
            if row.starred:
                state += translate("ArticleList", ", starred")
            return f"{row.title}, {row.feed_title}, {relative_date(row.published_at)}, {state}"
        return None

    # -- rows --------------------------------------------------------------------------------
    def article_at(self, row: int) -> ArticleSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, article_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == article_id:
                return number
        return None

    def set_read_locally(self, row: int, read: bool) -> None:
        """Show a change the writer is committing, without waiting for a reload."""
        summary = self._rows[row]
        if summary.read == read:
            return
        self._rows[row] = replace(summary, read=read)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def set_starred_locally(self, row: int, starred: bool) -> None:
        summary = self._rows[row]
        self._rows[row] = replace(summary, starred=starred)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 0))


def relative_date(moment: datetime, now: datetime | None = None) -> str:
    """How long ago ``moment`` was, in the interface's language: minutes and hours today,
    "yesterday", the weekday within a week, else the date, as the locale writes them."""
    now = now or datetime.now(UTC)
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return translate("RelativeDate", "just now")
    if seconds < 3600:
        minutes = int(seconds // 60)
        return translate("RelativeDate", "%n min ago", None, PLURAL, minutes)
    if seconds < 86400:
        hours = int(seconds // 3600)
        return translate("RelativeDate", "%n h ago", None, PLURAL, hours)
    local, today = moment.astimezone(), now.astimezone().date()
    locale = QLocale()
    day = QDate(local.year, local.month, local.day)
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if (today - local.date()).days == 1:
        return translate("RelativeDate", "yesterday, {time}").format(time=time)
    if seconds < 7 * 86400:
        return f"{locale.toString(day, 'ddd')} {time}"
    if local.year == today.year:
        return locale.toString(day, "d MMM")
    return locale.toString(day, "d MMM yyyy")
