"""The scrolling rate strip.

The strip is painted once into a pixmap (HiDPI-aware) and blitted at an offset each frame;
the offset follows elapsed time (pixels per second), not the number of frames, so a busy
moment never slows the motion down. The animation timer runs only while the strip is visible
and not paused by the pointer.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, QEvent, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

FRAME_MS = 16
_GAP = 36
_PADDING = 10


@dataclass(frozen=True, slots=True)
class TickerItem:
    label: str  # "KGS/USD 0.01154"
    change: str  # "▼ 0.86%", "0.00%" or "" when unknown
    direction: int  # -1 down, 0 unchanged/unknown, +1 up
    tooltip: str
    accessible_text: str


class TickerWidget(QWidget):
    def __init__(self, speed: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticker")
        self.setAccessibleName("Currency rates")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMouseTracking(True)
        self.speed = float(speed)
        self._items: list[TickerItem] = []
        self._spans: list[tuple[int, int]] = []  # item extents inside the strip, logical px
        self._placeholder = "No rates yet"
        self._strip = QPixmap()
        self._strip_width = 0
        self._offset = 0.0
        self._paused = False
        self._clock = QElapsedTimer()
        self._last_ns = 0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._advance)
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

    def _render_strip(self) -> None:
        metrics = QFontMetrics(self.font())
        spans: list[tuple[int, int]] = []
        x = 0
        for item in self._items:
            width = metrics.horizontalAdvance(item.label)
            if item.change:
                width += metrics.horizontalAdvance(" " + item.change)
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
        for item, (start, _end) in zip(self._items, spans, strict=True):
            painter.setPen(text_color)
            painter.drawText(start, baseline, item.label)
            if item.change:
                painter.setPen(colors[item.direction])
                painter.drawText(
                    start + metrics.horizontalAdvance(item.label + " "), baseline, item.change
                )
            painter.setPen(separator)
            painter.drawText(_spans_end(start, item, metrics) + _GAP // 2 - 2, baseline, "·")
        painter.end()
        self._strip = pixmap
        if self._strip_width:
            self._offset %= self._strip_width

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        if self._strip.isNull() or self._strip_width == 0:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect().adjusted(_PADDING, 0, 0, 0),
                Qt.AlignmentFlag.AlignVCenter,
                self._placeholder,
            )
            return
        x = -round(self._offset)
        while x < self.width():
            painter.drawPixmap(QPoint(x, 0), self._strip)
            x += self._strip_width

    # -- motion ------------------------------------------------------------------------------
    def _advance(self) -> None:
        now = self._clock.nsecsElapsed()
        elapsed = (now - self._last_ns) / 1e9
        self._last_ns = now
        self.advance_by(elapsed * self.speed)

    def advance_by(self, pixels: float) -> None:
        if self._strip_width:
            self._offset = (self._offset + pixels) % self._strip_width
            self.update()

    def _update_timer(self) -> None:
        should_run = self.isVisible() and not self._paused and self._strip_width > 0
        if should_run and not self._timer.isActive():
            self._clock.start()
            self._last_ns = 0
            self._timer.start()
        elif not should_run and self._timer.isActive():
            self._timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_timer()

    def enterEvent(self, event: QEnterEvent) -> None:
        self._paused = True
        self._update_timer()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._paused = False
        self._update_timer()
        super().leaveEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._render_strip()
            self.update()

    # -- tooltips ----------------------------------------------------------------------------
    def item_at(self, x: int) -> TickerItem | None:
        if not self._strip_width:
            return None
        position = (x + self._offset) % self._strip_width
        for item, (start, end) in zip(self._items, self._spans, strict=True):
            if start <= position <= end:
                return item
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


def _spans_end(start: int, item: TickerItem, metrics: QFontMetrics) -> int:
    width = metrics.horizontalAdvance(item.label)
    if item.change:
        width += metrics.horizontalAdvance(" " + item.change)
    return start + width
