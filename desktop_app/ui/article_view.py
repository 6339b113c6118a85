"""The article list's view: two lines per article, drawn by a delegate (never a widget per row).

Line one: the title, bold while unread, a star when starred, and the relative date on the
right. Line two, muted: the feed and the start of the text.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFocusEvent, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.bidi import is_right_to_left
from desktop_app.domain import ArticleSummary
from desktop_app.i18n import translate
from desktop_app.textmatch import match_spans
from desktop_app.ui.article_list import SUMMARY_ROLE, relative_date
from desktop_app.ui.feed_icons import FeedIcons
from desktop_app.ui.focus import draw_current_item, unfocused_looks_inactive
from desktop_app.ui.reader_view import MATCH_BACKGROUND, MATCH_TEXT

_PADDING = 6
ICON_SIZE = 16  # the feed's icon before its name, in device-independent pixels
_Index = QModelIndex | QPersistentModelIndex


class ArticleDelegate(QStyledItemDelegate):
    search = ""  # the words of the current search, highlighted where they match
    icons: FeedIcons | None = None  # the feeds' icons, drawn before the feed's name

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, 2 * line + 3 * _PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        summary = index.data(SUMMARY_ROLE)
        if not isinstance(summary, ArticleSummary):
            super().paint(painter, option, index)
            return
        painter.save()
        option = QStyleOptionViewItem(option)
        unfocused_looks_inactive(option, option.widget)
        has_focus = bool(option.state & QStyle.StateFlag.State_HasFocus)
        option.state &= ~QStyle.StateFlag.State_HasFocus  # drawn below, thicker
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_color if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        area = option.rect.adjusted(_PADDING + 2, _PADDING, -_PADDING - 2, -_PADDING)
        line = QFontMetrics(option.font).height()

        when = relative_date(summary.published_at)
        date_width = QFontMetrics(option.font).horizontalAdvance(when) + _PADDING
        painter.setPen(muted)
        painter.setFont(option.font)
        painter.drawText(
            QRect(area.right() - date_width, area.top(), date_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            when,
        )
        title_font = QFont(option.font)
        title_font.setBold(not summary.read)
        painter.setFont(title_font)
        painter.setPen(text_color)
        title = ("★ " if summary.starred else "") + (
            summary.title or translate("ArticleList", "(untitled)")
        )
        title_rect = QRect(area.left(), area.top(), area.width() - date_width, line)
        self._draw_line(painter, title_rect, title, title_font, text_color)
        second = (
            f"{summary.feed_title} · {summary.excerpt}" if summary.excerpt else summary.feed_title
        )
        second_rect = QRect(area.left(), area.top() + line + _PADDING, area.width(), line)
        icon = self.icons.get(summary.feed_id) if self.icons is not None else None
        if icon is not None:
            size = min(ICON_SIZE, line)
            icon.paint(
                painter,
                QRect(second_rect.left(), second_rect.center().y() - size // 2 + 1, size, size),
            )
            second_rect.setLeft(second_rect.left() + size + _PADDING - 2)
        self._draw_line(
            painter, second_rect, second, option.font, muted, summary.excerpt or summary.feed_title
        )
        if has_focus:
            option.state |= QStyle.StateFlag.State_HasFocus
            draw_current_item(painter, option)
        painter.restore()

    def _draw_line(
        self,
        painter: QPainter,
        rect: QRect,
        text: str,
        font: QFont,
        color: QColor,
        direction_from: str | None = None,
    ) -> None:
        """One line, elided at its end; the words the search matched on a marker. A line
        whose text (or ``direction_from``: the excerpt after an English feed name) reads
        right to left is laid out and aligned so, whatever the window's direction (its
        markers are left out: they are placed left to right)."""
        metrics = QFontMetrics(font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.setFont(font)
        right_to_left = is_right_to_left(text if direction_from is None else direction_from)
        spans = match_spans(shown, self.search) if self.search and not right_to_left else []
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if right_to_left:
            painter.save()
            painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            painter.setPen(color)
            flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(rect, flags | Qt.AlignmentFlag.AlignAbsolute, shown)
            painter.restore()
            return
        if not spans:
            painter.setPen(color)
            painter.drawText(rect, flags, shown)
            return
        x = rect.left()
        position = 0
        for start, end in [*spans, (len(shown), len(shown))]:
            for piece, marked in ((shown[position:start], False), (shown[start:end], True)):
                if not piece:
                    continue
                width = metrics.horizontalAdvance(piece)
                piece_rect = QRect(x, rect.top(), width, rect.height())
                if marked:
                    painter.fillRect(piece_rect, QColor(MATCH_BACKGROUND))
                painter.setPen(QColor(MATCH_TEXT) if marked else color)
                painter.drawText(piece_rect, flags, piece)
                x += width
            position = end


class ArticleListView(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article-list")
        self.setAccessibleName(translate("ArticleList", "Articles"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.delegate = ArticleDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()  # the selection turns from grey to the focus's colour

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def selectRow(self, row: int) -> None:
        """Make ``row`` the current, selected article (as QTableView.selectRow does)."""
        index = self.model().index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)
