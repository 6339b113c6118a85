"""The scrolling rate strip.

The strip is painted once into a pixmap (HiDPI-aware) and blitted at an offset each frame;
the offset follows elapsed time (pixels per second), not the number of frames, so a busy
moment never slows the motion down. The animation timer runs only while the strip is visible
and not paused (pointer over it, paused from the keyboard, or dragged by hand). With reduced
motion the strip shows still pages that turn every few seconds instead of scrolling.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
    QWindow,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

FRAME_MS = 16
PAGE_MS = 5000  # reduced motion: how long each still page stays
_GAP = 36
_PADDING = 10
_DRAG_THRESHOLD = 4


@dataclass(frozen=True, slots=True)
class TickerItem:
    label: str  # "KGS/USD 0.01154"
    change: str  # "▼ 0.86%", "0.00%" or "" when unknown
    direction: int  # -1 down, 0 unchanged/unknown, +1 up
    tooltip: str
    accessible_text: str
    payload: object = None  # what a click opens: a Quote, an article id, …
    headline: bool = False  # drawn lighter than the rates, which stay the strip's content


class TickerWidget(QWidget):
    item_clicked = Signal(object)  # TickerItem

    def __init__(
        self,
        speed: float,
        parent: QWidget | None = None,
        *,
        reduce_motion: bool = False,
        clock: Callable[[], int] = time.monotonic_ns,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ticker")
        self.setAccessibleName("Currency rates")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.speed = float(speed)
        self._clock = clock
        self._items: list[TickerItem] = []
        self._spans: list[tuple[int, int]] = []  # item extents inside the strip, logical px
        self._placeholder = "No rates yet"
        self._strip = QPixmap()
        self._strip_width = 0
        self._offset = 0.0
        self._hovered = False
        self._user_paused = False
        self._drag_from: tuple[int, float] | None = None  # pointer x and offset at press
        self._dragged = False
        self._last_ns = 0
        self._reduce_motion = reduce_motion
        self._page = 0
        self._watched_window: QWindow | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)

    # -- content ---------------------------------------------------------------------------
    def set_items(self, items: list[TickerItem], placeholder: str = "No rates yet") -> None:
        """Swap the content; the offset is kept so the strip does not jump."""
        self._items = list(items)
        self._placeholder = placeholder
        self._render_strip()
        self.setAccessibleDescription("; ".join(item.accessible_text for item in items))
        self._update_timer()
        self.update()

    def items(self) -> list[TickerItem]:
        return list(self._items)

    @property
    def offset(self) -> float:
        return self._offset

    @property
    def animating(self) -> bool:
        return self._timer.isActive()

    @property
    def paused(self) -> bool:
        return self._user_paused

    def set_paused(self, paused: bool) -> None:
        """Pause from the keyboard or a menu (hovering pauses on its own)."""
        self._user_paused = paused
        self._update_timer()

    @property
    def reduce_motion(self) -> bool:
        return self._reduce_motion

    def set_reduce_motion(self, reduce: bool) -> None:
        self._reduce_motion = reduce
        self._page = 0
        self._timer.stop()
        self._update_timer()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, QFontMetrics(self.font()).height() + 2 * 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.sizeHint().height())

    # -- painting ----------------------------------------------------------------------------
    def _colors(self) -> dict[int, QColor]:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        return {
            -1: QColor("#ff6b6b" if dark else "#c62828"),
            1: QColor("#5fd38a" if dark else "#2e7d32"),
            0: self.palette().color(QPalette.ColorRole.PlaceholderText),
        }

    def _headline_font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Normal)
        font.setItalic(True)
        return font

    def _item_width(self, item: TickerItem, metrics: QFontMetrics) -> int:
        if item.headline:
            return QFontMetrics(self._headline_font()).horizontalAdvance(item.label)
        width = metrics.horizontalAdvance(item.label)
        if item.change:
            width += metrics.horizontalAdvance(" " + item.change)
        return width

    def _render_strip(self) -> None:
        metrics = QFontMetrics(self.font())
        spans: list[tuple[int, int]] = []
        x = 0
        for item in self._items:
            width = self._item_width(item, metrics)
            spans.append((x, x + width))
            x += width + _GAP
        self._spans = spans
        self._strip_width = x
        if not self._items:
            self._strip = QPixmap()
            return
        ratio = self.devicePixelRatioF()
        height = self.sizeHint().height()
        pixmap = QPixmap(int(x * ratio) + 1, int(height * ratio) + 1)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(pixmap)
        painter.setFont(self.font())
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        colors = self._colors()
        baseline = (height + metrics.ascent() - metrics.descent()) // 2
        text_color = self.palette().color(QPalette.ColorRole.Text)
        separator = self.palette().color(QPalette.ColorRole.Mid)
        headline_font = self._headline_font()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for item, (start, end) in zip(self._items, spans, strict=True):
            if item.headline:
                painter.setFont(headline_font)
                painter.setPen(muted)
                painter.drawText(start, baseline, item.label)
                painter.setFont(self.font())
                painter.setPen(separator)
                painter.drawText(end + _GAP // 2 - 2, baseline, "·")
                continue
            painter.setPen(text_color)
            painter.drawText(start, baseline, item.label)
            if item.change:
                painter.setPen(colors[item.direction])
                painter.drawText(
                    start + metrics.horizontalAdvance(item.label + " "), baseline, item.change
                )
            painter.setPen(separator)
            painter.drawText(end + _GAP // 2 - 2, baseline, "·")
        painter.end()
        self._strip = pixmap
        if self._strip_width:
            self._offset %= self._strip_width

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        # eraseRect, not fillRect: any fillRect makes PySide6 build QGradient's enums while it
        # picks an overload, ~2 ms of the window's first paint.
        painter.setBackground(self.palette().color(QPalette.ColorRole.Base))
        painter.eraseRect(self.rect())
        if self._strip.isNull() or self._strip_width == 0:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect().adjusted(_PADDING, 0, 0, 0),
                Qt.AlignmentFlag.AlignVCenter,
                self._placeholder,
            )
            return
        if self._reduce_motion:
            self._paint_page(painter)
            return
        x = -round(self._offset)
        while x < self.width():
            painter.drawPixmap(QPoint(x, 0), self._strip)
            x += self._strip_width

    # -- reduced motion: still pages ---------------------------------------------------------
    def pages(self) -> list[tuple[int, int]]:
        """(first item, end item) of each page: as many whole items as fit the width."""
        pages: list[tuple[int, int]] = []
        first = 0
        while first < len(self._spans):
            start = self._spans[first][0]
            end = first + 1
            while end < len(self._spans) and self._spans[end][1] - start <= self.width() - _PADDING:
                end += 1
            pages.append((first, end))
            first = end
        return pages

    def _paint_page(self, painter: QPainter) -> None:
        pages = self.pages()
        first, end = pages[self._page % len(pages)]
        start = self._spans[first][0]
        width = self._spans[end - 1][1] - start + _GAP // 2
        ratio = self._strip.devicePixelRatio()
        source = QRect(int(start * ratio), 0, int(width * ratio), self._strip.height())
        painter.drawPixmap(
            QRect(_PADDING, 0, width, int(self._strip.height() / ratio)), self._strip, source
        )

    # -- motion ------------------------------------------------------------------------------
    def _tick(self) -> None:
        if self._reduce_motion:
            self._page += 1
            self.update()
            return
        now = self._clock()
        elapsed = (now - self._last_ns) / 1e9
        self._last_ns = now
        self.advance_by(elapsed * self.speed)

    def advance_by(self, pixels: float) -> None:
        """Move the strip; on screen, the pixels already drawn are shifted (QWidget.scroll) and
        only the sliver that comes into view is painted — a frame costs a few columns."""
        if not self._strip_width:
            return
        before = round(self._offset)
        self._offset = (self._offset + pixels) % self._strip_width
        shift = before - round(self._offset)
        half = self._strip_width / 2
        if shift > half:  # the offset wrapped around the strip's end
            shift -= self._strip_width
        elif shift < -half:
            shift += self._strip_width
        if shift == 0:
            return
        if self._reduce_motion or abs(shift) >= self.width():
            self.update()
        else:
            self.scroll(shift, 0)

    def _update_timer(self) -> None:
        paused = self._hovered or self._user_paused or self._drag_from is not None
        window = self.window()
        on_screen = self.isVisible() and not window.isMinimized()
        handle = window.windowHandle()
        if handle is not None and on_screen:
            on_screen = handle.isExposed()  # covered or unmapped: nothing to animate
        should_run = on_screen and not paused and self._strip_width > 0
        if should_run and self._reduce_motion:
            should_run = len(self.pages()) > 1
        if should_run and not self._timer.isActive():
            self._last_ns = self._clock()
            self._timer.start(PAGE_MS if self._reduce_motion else FRAME_MS)
        elif not should_run and self._timer.isActive():
            self._timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.window().windowHandle()
        if handle is not None and handle is not self._watched_window:
            # Minimizing or covering the window sends no hide event to the strip: watch it.
            handle.installEventFilter(self)
            self.window().installEventFilter(self)
            self._watched_window = handle
        self._update_timer()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Expose, QEvent.Type.WindowStateChange):
            self._update_timer()
        return False

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_timer()

    def enterEvent(self, event: QEnterEvent) -> None:
        self._hovered = True
        self._update_timer()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = False
        self._update_timer()
        super().leaveEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_timer()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._render_strip()
            self.update()

    # -- by hand: wheel, drag, click, keyboard ---------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        steps = (delta.y() or delta.x()) / 120
        if self._reduce_motion:
            self._page += -1 if steps > 0 else 1
            self.update()
        else:
            self.advance_by(-steps * 40)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = (round(event.position().x()), self._offset)
            self._dragged = False
            self._update_timer()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and not self._reduce_motion:
            start_x, start_offset = self._drag_from
            moved = round(event.position().x()) - start_x
            if abs(moved) >= _DRAG_THRESHOLD:
                self._dragged = True
            if self._dragged and self._strip_width:
                self._offset = (start_offset - moved) % self._strip_width
                self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drag_from is not None:
            clicked = not self._dragged
            self._drag_from = None
            self._update_timer()
            if clicked:
                item = self.item_at(round(event.position().x()))
                if item is not None:
                    self.item_clicked.emit(item)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_P):
            self.set_paused(not self._user_paused)
        elif key == Qt.Key.Key_Left:
            self.advance_by(-40)
        elif key == Qt.Key.Key_Right:
            self.advance_by(40)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- tooltips ----------------------------------------------------------------------------
    def item_at(self, x: int) -> TickerItem | None:
        if not self._strip_width:
            return None
        if self._reduce_motion:
            pages = self.pages()
            first, end = pages[self._page % len(pages)]
            position = x - _PADDING + self._spans[first][0]
            candidates = range(first, end)
        else:
            position = int((x + self._offset) % self._strip_width)
            candidates = range(len(self._items))
        for index in candidates:
            start, end_x = self._spans[index]
            if start <= position <= end_x:
                return self._items[index]
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.item_at(event.pos().x())
            if item is not None:
                QToolTip.showText(event.globalPos(), item.tooltip, self, QRect())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
