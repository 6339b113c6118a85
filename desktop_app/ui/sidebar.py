"""The feed sidebar: All, Unread, Starred, then folders and feeds with unread counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTreeView, QWidget

from desktop_app.domain import ArticleFilter, Feed

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from desktop_app.ui.feed_icons import FeedIcons

FILTER_ROLE = Qt.ItemDataRole.UserRole + 1
FEED_ROLE = Qt.ItemDataRole.UserRole + 2


class Sidebar(QTreeView):
    filter_selected = Signal(object)  # ArticleFilter
    feed_menu_requested = Signal(object, object)  # Feed, QPoint (global)
    filter_menu_requested = Signal(object, object)  # ArticleFilter, QPoint (global)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName("Feeds")
        self.setHeaderHidden(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self._current = ArticleFilter()
        self._icons: FeedIcons | None = None
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)

    def _warning_icon(self) -> QIcon:
        """Asked for only when a feed is in error: the style looks it up in the desktop's
        icon themes, ~3 ms the first time."""
        return self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def populate(self, feeds: list[Feed], unread: dict[int, int], starred: int) -> None:
        """Rebuild from stored feeds and counts, keeping the selected entry selected."""
        self._model.blockSignals(True)
        self._model.clear()
        total_unread = sum(unread.values())
        root = self._model.invisibleRootItem()
        root.appendRow(_entry("All articles", total_unread, ArticleFilter()))
        root.appendRow(_entry("Unread", total_unread, ArticleFilter(unread_only=True)))
        root.appendRow(
            _entry("Starred", starred, ArticleFilter(starred_only=True), count_bold=False)
        )
        folders: dict[str, QStandardItem] = {}
        loose: list[QStandardItem] = []
        for feed in feeds:
            item = _entry(
                feed.title or feed.url, unread.get(feed.id, 0), ArticleFilter(feed_id=feed.id)
            )
            item.setData(feed, FEED_ROLE)
            if not feed.enabled:
                item.setForeground(self.palette().placeholderText())
                item.setToolTip(f"{feed.url}\nPaused: not fetched\n{feed.last_error or ''}")
            elif feed.last_error:
                item.setIcon(self._warning_icon())
                item.setToolTip(f"{feed.url}\nError ({feed.error_count}×): {feed.last_error}")
            else:
                item.setToolTip(feed.url)
            if feed.folder:
                folder = folders.get(feed.folder)
                if folder is None:
                    folder = _entry(feed.folder, 0, ArticleFilter(folder=feed.folder))
                    folders[feed.folder] = folder
                    root.appendRow(folder)
                folder.appendRow(item)
            else:
                loose.append(item)
        for item in loose:  # folders first, then feeds outside any folder
            root.appendRow(item)
        for name, folder in folders.items():
            count = sum(unread.get(feed.id, 0) for feed in feeds if feed.folder == name)
            _set_label(folder, name, count)
        self._apply_icons()
        self._model.blockSignals(False)
        self.expandAll()
        self._select(self._current)

    def set_icons(self, icons: FeedIcons) -> None:
        """Show the feeds' icons, from now on (after the first paint: decoding them is not
        what the window waits for)."""
        self._icons = icons
        self._apply_icons()

    def _apply_icons(self) -> None:
        """Each feed's icon, or the warning sign while it is in error; a blank one for a feed
        without, so that names line up, once any feed has one."""
        icons = self._icons
        if icons is None or not icons.any():
            return
        for index in self._all_indexes():
            feed = index.data(FEED_ROLE)
            if isinstance(feed, Feed) and not (feed.enabled and feed.last_error):
                item = self._model.itemFromIndex(index)
                item.setIcon(icons.get(feed.id) or icons.blank())

    def current_filter(self) -> ArticleFilter:
        return self._current

    def _select(self, wanted: ArticleFilter) -> None:
        matches = [index for index in self._all_indexes() if index.data(FILTER_ROLE) == wanted]
        if not matches:  # what was shown is gone (a removed feed): show everything
            self._current = ArticleFilter()
            self.setCurrentIndex(self._model.index(0, 0))
            self.filter_selected.emit(self._current)
            return
        self.selectionModel().blockSignals(True)
        self.setCurrentIndex(matches[0])
        self.selectionModel().blockSignals(False)
        # Hidden (at start-up), the view paints anew when shown; the viewport stays untouched
        # then, its first wrap costs ~10 ms (see ReaderView.viewport_width).
        if self.isVisible():
            self.viewport().update()

    def _all_indexes(self) -> list[QModelIndex]:
        """Every row, folders' feeds included, in display order. (QStandardItemModel.match
        compares Python objects by identity; filters are compared here by value.)"""
        found: list[QModelIndex] = []
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            children = [
                self._model.index(row, 0, parent) for row in range(self._model.rowCount(parent))
            ]
            found.extend(children)
            pending.extend(reversed(children))
        return found

    def _on_context_menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if not index.isValid():
            return
        where = self.viewport().mapToGlobal(position)
        feed = index.data(FEED_ROLE)
        if isinstance(feed, Feed):
            self.feed_menu_requested.emit(feed, where)
            return
        selected = index.data(FILTER_ROLE)
        if isinstance(selected, ArticleFilter):
            self.filter_menu_requested.emit(selected, where)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        selected = current.data(FILTER_ROLE)
        if isinstance(selected, ArticleFilter):
            self._current = selected
            self.filter_selected.emit(selected)


def _entry(
    label: str, count: int, article_filter: ArticleFilter, count_bold: bool = True
) -> QStandardItem:
    item = QStandardItem()
    item.setData(article_filter, FILTER_ROLE)
    _set_label(item, label, count, count_bold)
    return item


def _set_label(item: QStandardItem, label: str, count: int, bold: bool = True) -> None:
    item.setText(f"{label}  ({count:,})" if count else label)
    font = item.font()
    font.setBold(bold and count > 0)
    item.setFont(font)
    item.setData(f"{label}, {count} unread" if count else label, Qt.ItemDataRole.AccessibleTextRole)
