"""The feed sidebar: All, Unread, Starred, then folders and feeds with unread counts; feeds
are dragged between folders here."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMimeData, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTreeView, QWidget

from desktop_app.domain import ArticleFilter, Feed
from desktop_app.i18n import PLURAL, translate
from desktop_app.services.problems import in_language
from desktop_app.ui.focus import FocusAwareDelegate

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from desktop_app.ui.feed_icons import FeedIcons

FILTER_ROLE = Qt.ItemDataRole.UserRole + 1
FEED_ROLE = Qt.ItemDataRole.UserRole + 2
# What a dragged feed carries: its id, as text.
FEED_MIME = "application/x-caravan-feed-id"


class _FeedModel(QStandardItemModel):
    """Drags carry the feed's id; the drop itself is the view's (a stored change, then a
    reload), so the model never moves rows on its own."""

    def mimeTypes(self) -> list[str]:
        return [FEED_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        feeds = [index.data(FEED_ROLE) for index in indexes]
        ids = [str(feed.id) for feed in feeds if isinstance(feed, Feed)]
        if ids:
            data.setData(FEED_MIME, ids[0].encode())
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class Sidebar(QTreeView):
    filter_selected = Signal(object)  # ArticleFilter
    feed_menu_requested = Signal(object, object)  # Feed, QPoint (global)
    filter_menu_requested = Signal(object, object)  # ArticleFilter, QPoint (global)
    folder_menu_requested = Signal(str, object)  # folder ('' on the empty space), QPoint
    feed_dropped = Signal(int, str)  # feed id, the folder it was dropped in ('' for none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName(translate("Sidebar", "Feeds"))
        self.setHeaderHidden(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self._model = _FeedModel(self)
        self.setModel(self._model)
        self.setItemDelegate(FocusAwareDelegate(self))
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self._current = ArticleFilter()
        self._icons: FeedIcons | None = None
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()  # the selection turns from grey to the focus's colour

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def _warning_icon(self) -> QIcon:
        """Asked for only when a feed is in error: the style looks it up in the desktop's
        icon themes, ~3 ms the first time."""
        return self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def populate(
        self,
        feeds: list[Feed],
        unread: dict[int, int],
        starred: int,
        empty_folders: Sequence[str] = (),
    ) -> None:
        """Rebuild from stored feeds and counts, keeping the selected entry selected;
        ``empty_folders`` were made by the user and have no feed yet."""
        self._model.blockSignals(True)
        self._model.clear()
        total_unread = sum(unread.values())
        root = self._model.invisibleRootItem()
        root.appendRow(_entry(translate("Sidebar", "All articles"), total_unread, ArticleFilter()))
        root.appendRow(
            _entry(translate("Sidebar", "Unread"), total_unread, ArticleFilter(unread_only=True))
        )
        root.appendRow(
            _entry(
                translate("Sidebar", "Starred"),
                starred,
                ArticleFilter(starred_only=True),
                count_bold=False,
            )
        )
        folders: dict[str, QStandardItem] = {}
        loose: list[QStandardItem] = []
        for feed in feeds:
            item = _entry(
                feed.title or feed.url,
                unread.get(feed.id, 0),
                ArticleFilter(feed_id=feed.id),
                draggable=True,
            )
            item.setData(feed, FEED_ROLE)
            if not feed.enabled:
                item.setForeground(self.palette().placeholderText())
                paused = translate("Sidebar", "Paused: not fetched")
                item.setToolTip(f"{feed.url}\n{paused}\n{in_language(feed.last_error or '')}")
            elif feed.last_error:
                item.setIcon(self._warning_icon())
                error = translate("Sidebar", "Error ({count}×): {error}").format(
                    count=QLocale().toString(feed.error_count), error=in_language(feed.last_error)
                )
                item.setToolTip(f"{feed.url}\n{error}")
            else:
                item.setToolTip(feed.url)
            if feed.folder:
                folder = folders.get(feed.folder)
                if folder is None:
                    folder = folders[feed.folder] = _folder(feed.folder)
                folder.appendRow(item)
            else:
                loose.append(item)
        for name in empty_folders:
            if name not in folders:
                folders[name] = _folder(name, empty=True)
        for name in sorted(folders, key=str.casefold):
            root.appendRow(folders[name])
        for item in loose:  # folders first, then feeds outside any folder
            root.appendRow(item)
        for name, folder in folders.items():
            count = sum(unread.get(feed.id, 0) for feed in feeds if feed.folder == name)
            _set_label(folder, name, count)
            if not folder.hasChildren():
                empty = translate("Sidebar", "{folder}, empty folder").format(folder=name)
                folder.setData(empty, Qt.ItemDataRole.AccessibleTextRole)
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
        # The first match ends the walk: at start-up that is "All articles", the first row,
        # and the hundreds of feeds below it are not compared.
        found = next(
            (index for index in self._all_indexes() if index.data(FILTER_ROLE) == wanted), None
        )
        if found is None:  # what was shown is gone (a removed feed): show everything
            self._current = ArticleFilter()
            self.setCurrentIndex(self._model.index(0, 0))
            self.filter_selected.emit(self._current)
            return
        self.selectionModel().blockSignals(True)
        self.setCurrentIndex(found)
        self.selectionModel().blockSignals(False)
        # Hidden (at start-up), the view paints anew when shown; the viewport stays untouched
        # then, its first wrap costs ~10 ms (see ReaderView.viewport_width).
        if self.isVisible():
            self.viewport().update()

    def _all_indexes(self) -> Iterator[QModelIndex]:
        """Every row, folders' feeds included, in display order. (QStandardItemModel.match
        compares Python objects by identity; filters are compared here by value.)"""
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            children = [
                self._model.index(row, 0, parent) for row in range(self._model.rowCount(parent))
            ]
            yield from children
            pending.extend(reversed(children))

    def _on_context_menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        where = self.viewport().mapToGlobal(position)
        if not index.isValid():
            self.folder_menu_requested.emit("", where)
            return
        feed = index.data(FEED_ROLE)
        if isinstance(feed, Feed):
            self.feed_menu_requested.emit(feed, where)
            return
        selected = index.data(FILTER_ROLE)
        if isinstance(selected, ArticleFilter) and selected.folder:
            self.folder_menu_requested.emit(selected.folder, where)
        elif isinstance(selected, ArticleFilter):
            self.filter_menu_requested.emit(selected, where)

    # -- dragging a feed to another folder ---------------------------------------------------
    def folder_at(self, position: QPoint) -> str:
        """The folder a feed dropped at ``position`` goes to: the folder under it, the folder
        of the feed under it, else none."""
        index = self.indexAt(position)
        feed = index.data(FEED_ROLE)
        if isinstance(feed, Feed):
            return feed.folder
        selected = index.data(FILTER_ROLE)
        return (selected.folder or "") if isinstance(selected, ArticleFilter) else ""

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Drag the feed's row; unlike Qt's own, nothing is removed when it is dropped: the
        reload after the stored change rebuilds the tree."""
        from PySide6.QtGui import QDrag  # with the first drag, not at start-up

        index = self.currentIndex()
        if not isinstance(index.data(FEED_ROLE), Feed):
            return
        drag = QDrag(self)
        drag.setMimeData(self._model.mimeData([index]))
        drag.setPixmap(self.viewport().grab(self.visualRect(index)))
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(FEED_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not event.mimeData().hasFormat(FEED_MIME):
            super().dragMoveEvent(event)
            return
        super().dragMoveEvent(event)  # the drop indicator and auto-scroll
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        raw = bytes(event.mimeData().data(FEED_MIME).data()).decode(errors="replace")
        if not raw.isdigit():
            super().dropEvent(event)
            return
        folder = self.folder_at(event.position().toPoint())
        event.acceptProposedAction()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        self.feed_dropped.emit(int(raw), folder)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        selected = current.data(FILTER_ROLE)
        if isinstance(selected, ArticleFilter):
            self._current = selected
            self.filter_selected.emit(selected)


def _entry(
    label: str,
    count: int,
    article_filter: ArticleFilter,
    count_bold: bool = True,
    draggable: bool = False,
) -> QStandardItem:
    """A row of the sidebar; only a feed is ``draggable`` (into a folder), as a new item is:
    its flags are left alone (each flag operation on a Python enum costs ~5 µs, and a
    long-used library has hundreds of feeds to list before the first paint)."""
    item = QStandardItem()
    if not draggable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
    item.setData(article_filter, FILTER_ROLE)
    _set_label(item, label, count, count_bold)
    return item


def _folder(name: str, empty: bool = False) -> QStandardItem:
    """A folder row; an empty one (no expand arrow) is told apart from the smart filters by
    its italics and its tip."""
    item = _entry(name, 0, ArticleFilter(folder=name))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
    if empty:
        font = item.font()
        font.setItalic(True)
        item.setFont(font)
        item.setToolTip(translate("Sidebar", "An empty folder: drag feeds here"))
    return item


def _set_label(item: QStandardItem, label: str, count: int, bold: bool = True) -> None:
    item.setText(f"{label}  ({QLocale().toString(count)})" if count else label)
    font = item.font()
    font.setBold(bold and count > 0)
    item.setFont(font)
    spoken = translate("Sidebar", "{label}, %Ln unread", None, PLURAL, count).format(label=label)
    item.setData(spoken if count else label, Qt.ItemDataRole.AccessibleTextRole)
