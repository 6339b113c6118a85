"""Caravan's first screen built with PySide6 and nothing else: the floor of its start-up.

    python bench/floor_window.py DATABASE

The same widgets as Caravan's window (menus with their shortcuts, a docked strip of rates,
the sidebar with unread counts, the two-line article list drawn by a delegate, the search
row, the reader pane, the status bar) filled from the same SQLite file, but none of Caravan's
code: no configuration, logging, settings, single-instance check or schema check. What
Caravan takes beyond this program is its own; what this program takes beyond a bare
window is what showing that screen costs in PySide6. ``bench/startup.py`` starts all three.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

MENUS = {
    "&File": ["Add feed…", "Import OPML…", "Export OPML…", "Refresh", "Settings…", "Quit"],
    "&Article": [
        "Next",
        "Previous",
        "Next unread",
        "Toggle read",
        "Toggle star",
        "Open link",
        "Mark feed read",
        "Mark all read",
        "Full text",
    ],
    "&View": [
        "Search",
        "Unread only",
        "Compact ticker",
        "Pause ticker",
        "Reduce motion",
        "Zoom in",
        "Zoom out",
        "Reset zoom",
        "Feed errors",
    ],
    "&Help": ["Keyboard shortcuts", "About"],
}
SHORTCUTS = ["Ctrl+N", "Ctrl+I", "Ctrl+E", "F5", "Ctrl+,", "Ctrl+Q", "J", "K", "N", "M", "S",
             "O", "Shift+A", "Ctrl+Shift+A", "F", "/", "U", "Ctrl+Shift+T", "P", "R",
             "Ctrl++", "Ctrl+-", "Ctrl+0", "Ctrl+Shift+E", "?", "F1"]  # fmt: skip
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class Strip(QWidget):
    """The rates, painted as one line and moved every frame."""

    def __init__(self, items: list[str]) -> None:
        super().__init__()
        self._text = "   ·   ".join(items)
        self._offset = 0
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)
        self.setFixedHeight(QFontMetrics(font).height() + 12)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._step)
        self._timer.start(16)

    def _step(self) -> None:
        self._offset = (self._offset + 1) % 2000
        self.update()

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.drawText(QRect(10 - self._offset, 0, 4000, self.height()),
                         Qt.AlignmentFlag.AlignVCenter, self._text)  # fmt: skip


class Articles(QAbstractListModel):
    def __init__(self, rows: list[tuple[object, ...]]) -> None:
        super().__init__()
        self._rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role == ROW_ROLE:
            return self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][0]
        return None


class TwoLines(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: object) -> QSize:
        return QSize(200, 2 * QFontMetrics(option.font).height() + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: object) -> None:
        title, feed, published, excerpt, read = index.data(ROW_ROLE)  # type: ignore[attr-defined]
        style = option.widget.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                            option.widget)  # fmt: skip
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        font = QFont(option.font)
        font.setBold(not read)
        painter.setFont(font)
        painter.setPen(option.palette.color(role))
        line = QFontMetrics(font).height()
        top = option.rect.adjusted(6, 6, -6, 0)
        day = datetime.fromtimestamp(published, UTC).strftime("%-d %b %Y")
        painter.drawText(QRect(top.left(), top.top(), top.width(), line),
                         Qt.AlignmentFlag.AlignRight, day)  # fmt: skip
        width = top.width() - QFontMetrics(font).horizontalAdvance(day) - 12
        painter.drawText(
            QRect(top.left(), top.top(), width, line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(font).elidedText(title, Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(option.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        second = f"{feed} · {' '.join(excerpt.split())}"
        painter.drawText(QRect(top.left(), top.top() + line + 6, top.width(), line),
                         Qt.AlignmentFlag.AlignLeft,
                         option.fontMetrics.elidedText(second, Qt.TextElideMode.ElideRight,
                                                       top.width()))  # fmt: skip
        painter.restore()


def build(database: str) -> QMainWindow:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    window = QMainWindow()
    window.setWindowTitle("Floor window")
    window.resize(1180, 760)
    shortcuts = iter(SHORTCUTS)
    for title, names in MENUS.items():
        menu = window.menuBar().addMenu(title)
        for name in names:
            action = QAction(name, window)
            action.setShortcut(QKeySequence(next(shortcuts, "")))
            menu.addAction(action)

    latest = connection.execute("SELECT max(valid_on) FROM rates").fetchone()[0]
    prices = dict(connection.execute(
        "SELECT currency, price FROM rates WHERE valid_on = ?", (latest,)))  # fmt: skip
    rates = [f"{code}/USD {prices[code]:.4g}" for code in ("KGS", "KZT", "TJS", "UZS", "TMT")
             if code in prices]  # fmt: skip
    dock = QDockWidget("Rates", window)
    dock.setWidget(Strip(rates))
    dock.setTitleBarWidget(QWidget())
    window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, dock)

    sidebar_model = QStandardItemModel()
    total = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    unread_by_feed = dict(connection.execute(
        "SELECT feed_id, count(*) FROM articles WHERE read = 0 GROUP BY feed_id"))  # fmt: skip
    unread = sum(unread_by_feed.values())
    entries = [(f"All articles  ({total})", True), (f"Unread  ({unread})", True)]
    entries.append(("Starred", False))
    for feed_id, title in connection.execute("SELECT id, title FROM feeds ORDER BY title"):
        count = unread_by_feed.get(feed_id, 0)
        entries.append((f"{title}  ({count})", count > 0))
    for text, bold in entries:
        item = QStandardItem(text)
        font = QFont()
        font.setBold(bold)
        item.setFont(font)
        sidebar_model.appendRow(item)
    sidebar = QTreeView()
    sidebar.setHeaderHidden(True)
    sidebar.setModel(sidebar_model)

    rows = connection.execute(
        "SELECT articles.title, feeds.title, published_at, substr(text, 1, 300), read "
        "FROM articles JOIN feeds ON feeds.id = articles.feed_id "
        "ORDER BY published_at DESC, articles.id DESC LIMIT 50").fetchall()  # fmt: skip
    article_list = QListView()
    article_list.setUniformItemSizes(True)
    article_list.setItemDelegate(TwoLines(article_list))
    article_list.setModel(Articles(rows))
    header = QHBoxLayout()
    header.addWidget(QLabel(f"{total} articles"), 1)
    when = QComboBox()
    for title in ("Any time", "Today", "Past week", "Past month", "Past year"):
        when.addItem(title)
    header.addWidget(when)
    search = QLineEdit()
    search.setPlaceholderText("Search titles and text  (/)")
    search.setMaximumWidth(320)
    header.addWidget(search)
    list_pane = QWidget()
    list_layout = QVBoxLayout(list_pane)
    list_layout.setContentsMargins(0, 0, 0, 0)
    list_layout.addLayout(header)
    list_layout.addWidget(article_list)
    reader = QTextBrowser()
    reader.setHtml("<p align='center' style='color: gray'>Select an article to read it.</p>")

    content = QSplitter(Qt.Orientation.Vertical)
    content.addWidget(list_pane)
    content.addWidget(reader)
    content.setSizes([300, 420])
    main = QSplitter(Qt.Orientation.Horizontal)
    main.addWidget(sidebar)
    main.addWidget(content)
    main.setSizes([250, 930])
    window.setCentralWidget(main)
    window.statusBar().addWidget(QLabel("Offline — showing stored articles and rates"), 1)
    progress = QProgressBar()
    progress.hide()
    window.statusBar().addPermanentWidget(progress)
    window.statusBar().addPermanentWidget(QLabel("● Offline"))
    connection.close()
    return window


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = build(sys.argv[1])
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
