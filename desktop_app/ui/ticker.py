"""The scrolling rate strip.

The items are painted once into a pixmap (HiDPI-aware), long enough to hold the strip and a
screen's width of its start again, shown by a plain ``QLabel`` that a ``QPropertyAnimation``
moves across the widget: Qt moves it by elapsed time (so a busy moment never slows the motion
down), wraps it around, and blits what is already on screen, painting only the sliver that
comes into view. No Python runs per frame; the ticker's own code runs when something changes
(new items, a pause, the pointer, the keyboard). The animation runs only while the strip is on
screen and not paused (pointer over it, keyboard focus in it, paused from the keyboard or a
menu, or dragged by hand). With reduced motion the strip shows still pages that turn every
few seconds instead.

With the keyboard focus (reached by Tab, F6 or a key pressed in it; not a click or the
window coming forward), the strip stands still and one item is the current one, ringed: Left
and Right move to the next item (the strip follows), Enter or Space opens it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractAnimation,
    QEvent,
    QObject,
    QPoint,
    QPropertyAnimation,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
    QWindow,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QWidget

from desktop_app.i18n import translate
from desktop_app.ui.theme import focus_colour, rate_colours

if TYPE_CHECKING:
    from desktop_app.ui.ticker_access import TickerAccessible

PAGE_MS = 5000  # reduced motion: how long each still page stays


def paused_text() -> str:
    return translate("Ticker", "Paused")


def resume_hint() -> str:
    return translate("Ticker", "P or Ctrl+Shift+P resumes")


_RING = 2  # the current item's ring, logical px
# The focus moving with the window (another window came forward, a menu opened) leaves the
# strip as it was; a click or the window's first focus is not someone reading it by keyboard.
_KEEPS_FOCUS_KIND = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)
_NOT_THE_KEYBOARD = (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.NoFocusReason)
_GAP = 36
_PADDING = 10
_DRAG_THRESHOLD = 4
_STEP = 40  # pixels a wheel notch or an arrow key moves the strip
_FADE = 16  # the paused mark's fade over the strip
_SPARE = 256  # the pixmap holds this much more than the width: a small resize paints nothing


@dataclass(frozen=True, slots=True)
class TickerItem:
    label: str  # "KGS/USD 0.01154"
    change: str  # "▼ 0.86%", "0.00%" or "" when unknown
    direction: int  # -1 down, 0 unchanged/unknown, +1 up
    tooltip: str
    accessible_text: str
    payload: object = None  # what a click opens: a Quote, an article id, …
    headline: bool = False  # drawn lighter than the rates, which stay the strip's content
    as_of: str = ""  # an out-of-date rate's day ("19 Aug 2024"), drawn after it, muted

    @property
    def stale(self) -> bool:
        return bool(self.as_of)


class PausedMark(QWidget):
    """The strip's right end while the user has paused it: two bars and the word, so a
    strip that stands still is not taken for a broken one."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("ticker-paused")
        self.setAccessibleName(paused_text())
        # The pointer, clicks and the wheel still reach the strip beneath.
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        pill = 8 + self._bars_width() + 6 + metrics.horizontalAdvance(paused_text()) + 10
        return QSize(_FADE + 2 + pill + 4, metrics.height())

    def _bars_width(self) -> int:
        return max(6, QFontMetrics(self.font()).capHeight() * 3 // 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        # Here, not at the top: the mark shows only once paused, and importing the gradient
        # builds QGradient's enums (some 180 values) for every start.
        from PySide6.QtGui import QBrush, QLinearGradient

        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The strip fades out under the mark's left edge rather than showing half a letter.
        fade = QLinearGradient(0, 0, _FADE, 0)
        fade.setColorAt(0, QColor(base.red(), base.green(), base.blue(), 0))
        fade.setColorAt(1, base)
        painter.fillRect(QRect(0, 0, _FADE, self.height()), QBrush(fade))
        painter.fillRect(QRect(_FADE, 0, self.width() - _FADE, self.height()), base)
        pill = QRectF(_FADE + 2.5, 3.5, self.width() - _FADE - 7, self.height() - 7)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Button))
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        metrics = QFontMetrics(self.font())
        text = palette.color(QPalette.ColorRole.ButtonText)
        bars = self._bars_width()
        cap = metrics.capHeight()
        top = (self.height() - cap) / 2
        bar = bars / 3
        left = _FADE + 2 + 8
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(text)
        painter.drawRect(QRectF(left, top, bar, cap))
        painter.drawRect(QRectF(left + bars - bar, top, bar, cap))
        painter.setPen(text)
        baseline = (self.height() + metrics.ascent() - metrics.descent()) // 2
        painter.drawText(left + bars + 6, baseline, paused_text())


class ItemRing(QWidget):
    """The ring around the current item while the strip has the keyboard focus (the strip
    stands still then, so the ring is placed once per move, never per frame)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("ticker-current-item")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(focus_colour(self.palette()), _RING))
        half = _RING / 2
        area = QRectF(self.rect()).adjusted(half, half, -half, -half)
        painter.drawRoundedRect(area, 3, 3)


class TickerWidget(QWidget):
    item_clicked = Signal(object)  # TickerItem
    current_changed = Signal(int)  # the keyboard's current item, an index into items()

    def __init__(
        self,
        speed: float,
        parent: QWidget | None = None,
        *,
        reduce_motion: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ticker")
        self.setAccessibleName(translate("Ticker", "Currency rates"))
        # Built by Qt's accessibility factory once a screen reader asks (never otherwise;
        # app.py installs it after the first paint).
        self.accessible: TickerAccessible | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._speed = float(speed)
        self._items: list[TickerItem] = []
        self._spans: list[tuple[int, int]] = []  # item extents inside the strip, logical px
        self._placeholder = translate("Ticker", "No rates yet")
        self._strip = QPixmap()  # the strip, then its start again: what the surface shows
        self._strip_width = 0  # one round of the strip, gaps included
        self._offset = 0.0  # where the strip stands while it is not moving
        self._hovered = False
        self._user_paused = False
        self._held = False  # still until told otherwise (the desktop's reduce motion unknown)
        self._drag_from: tuple[int, float] | None = None  # pointer x and offset at press
        self._dragged = False
        self._reduce_motion = reduce_motion
        self._page = 0
        self._watched_window: QWindow | None = None
        # A plain QLabel, not a subclass: Qt paints it without calling into Python. Opaque,
        # so a move blits what is on screen and the widget beneath is never painted.
        self._surface = QLabel(self)
        self._surface.setObjectName("ticker-strip")
        self._surface.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._surface.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._surface.hide()
        self._motion = QPropertyAnimation(self._surface, b"pos", self)
        self._motion.setLoopCount(-1)
        self._paused_mark = PausedMark(self)
        self._ring = ItemRing(self)
        self._current = 0  # the keyboard's item while the strip has the focus
        self._keyboard = False  # the focus came from the keyboard: the strip is being read
        self._page_timer = QTimer(self)
        self._page_timer.timeout.connect(self._turn_page)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)

    # -- content ---------------------------------------------------------------------------
    def set_items(self, items: list[TickerItem], placeholder: str | None = None) -> None:
        """Swap the content; the offset is kept so the strip does not jump, and the
        keyboard's current item stays on the same rate or headline where it still is."""
        if placeholder is None:
            placeholder = translate("Ticker", "No rates yet")
        if items == self._items and placeholder == self._placeholder:
            return  # a reload with nothing new: no drawing, and nothing for screen readers
        current = self._items[self._current] if self._current < len(self._items) else None
        self._items = list(items)
        payloads = [item.payload for item in self._items]
        if current is not None and current.payload is not None and current.payload in payloads:
            self._current = payloads.index(current.payload)
        else:
            self._current = min(self._current, max(0, len(self._items) - 1))
        self._placeholder = placeholder
        self._render_strip()
        self._describe()
        self._update_motion()
        self._place_ring()
        self.update()
        if self.accessible is not None:
            self.accessible.items_changed()

    def items(self) -> list[TickerItem]:
        return list(self._items)

    @property
    def current_index(self) -> int | None:
        """The keyboard's current item while the strip has the focus, else None."""
        return self._current if self.engaged and self._items else None

    @property
    def engaged(self) -> bool:
        """The keyboard is on the strip: it stands still and rings its current item."""
        return self._keyboard and self.hasFocus()

    @property
    def offset(self) -> float:
        """How far the strip has scrolled to the left, 0 up to one round of it."""
        if self._motion.state() == QAbstractAnimation.State.Running:
            return float(-self._surface.x() % self._strip_width)
        return self._offset

    @property
    def strip_width(self) -> int:
        """One round of the strip (its items and their gaps), in logical pixels."""
        return self._strip_width

    def painting_widgets(self) -> tuple[QWidget, ...]:
        """What paints when the strip appears: the strip itself (placeholder, still pages) or,
        scrolling, the surface that covers it (then the strip gets no paint event)."""
        return (self, self._surface)

    @property
    def animating(self) -> bool:
        """Something runs: the scrolling animation, or the page timer with reduced motion."""
        return (
            self._motion.state() == QAbstractAnimation.State.Running or self._page_timer.isActive()
        )

    @property
    def speed(self) -> float:
        return self._speed

    @speed.setter
    def speed(self, speed: float) -> None:
        offset = self.offset
        self._speed = float(speed)
        self._configure_motion()
        self.seek(offset)
        self._update_motion()

    @property
    def paused(self) -> bool:
        return self._user_paused

    def set_paused(self, paused: bool) -> None:
        """Pause from the keyboard or a menu (hovering pauses on its own): the strip says so."""
        self._user_paused = paused
        self._update_motion()
        self._describe()
        self._place_children()
        self.update()  # still pages leave room for the mark

    def hold(self, held: bool) -> None:
        """Keep the strip still, without the paused mark: the window holds it while it does
        not know yet whether the desktop wants less motion."""
        self._held = held
        self._update_motion()

    @property
    def reduce_motion(self) -> bool:
        return self._reduce_motion

    def set_reduce_motion(self, reduce: bool) -> None:
        self._reduce_motion = reduce
        self._page = 0
        self._update_motion()
        self._place_children()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, QFontMetrics(self.font()).height() + 2 * 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.sizeHint().height())

    def _describe(self) -> None:
        # With no rates, what the strip shows instead is what it says.
        spoken = "; ".join(item.accessible_text for item in self._items) or self._placeholder
        if self._user_paused and self._items:
            spoken = f"{paused_text()} ({resume_hint()}). {spoken}"
        if spoken != self.accessibleDescription():  # a change is announced: only a real one
            self.setAccessibleDescription(spoken)

    # -- painting ----------------------------------------------------------------------------
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
        if item.as_of:
            width += QFontMetrics(self._headline_font()).horizontalAdvance("  " + item.as_of)
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
            self._motion.stop()
            self._strip = QPixmap()
            self._surface.clear()
            return
        self._offset %= self._strip_width
        # The strip, then as much of it again as the widget is wide: at any offset the
        # surface covers the widget, and the animation's wrap from one round to the next
        # shows the same pixels.
        total = self._strip_width + self._covered_width()
        ratio = self.devicePixelRatioF()
        height = self.sizeHint().height()
        pixmap = QPixmap(math.ceil(total * ratio), math.ceil(height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        baseline = (height + metrics.ascent() - metrics.descent()) // 2
        for round_start in range(0, total, self._strip_width):
            self._paint_round(painter, round_start, baseline, total)
        painter.end()
        self._strip = pixmap
        self._surface.setPixmap(pixmap)
        self._surface.resize(total, height)
        self._configure_motion()

    def _covered_width(self) -> int:
        """How much of the strip's start the pixmap repeats: the width, rounded up."""
        return (self.width() // _SPARE + 1) * _SPARE

    def _paint_round(self, painter: QPainter, origin: int, baseline: int, total: int) -> None:
        metrics = QFontMetrics(self.font())
        colors = rate_colours(self.palette())
        text_color = self.palette().color(QPalette.ColorRole.Text)
        separator = self.palette().color(QPalette.ColorRole.Mid)
        headline_font = self._headline_font()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for item, (start, end) in zip(self._items, self._spans, strict=True):
            if origin + start >= total:
                break
            left = origin + start
            painter.setFont(headline_font if item.headline else self.font())
            if item.headline or item.stale:
                painter.setPen(muted)
            else:
                painter.setPen(text_color)
            painter.drawText(left, baseline, item.label)
            if item.change and not item.headline:
                if not item.stale:
                    painter.setPen(colors[item.direction])
                painter.drawText(
                    left + metrics.horizontalAdvance(item.label + " "), baseline, item.change
                )
            if item.as_of:
                painter.setFont(headline_font)
                painter.setPen(muted)
                width = QFontMetrics(headline_font).horizontalAdvance(item.as_of)
                painter.drawText(origin + end - width, baseline, item.as_of)
            painter.setFont(self.font())
            painter.setPen(separator)
            painter.drawText(origin + end + _GAP // 2 - 2, baseline, "·")

    def paintEvent(self, event: QPaintEvent) -> None:
        """What the moving surface does not cover: the placeholder, the still pages of
        reduced motion, and the background around them."""
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

    # -- reduced motion: still pages ---------------------------------------------------------
    def pages(self) -> list[tuple[int, int]]:
        """(first item, end item) of each page: as many whole items as fit the width."""
        pages: list[tuple[int, int]] = []
        first = 0
        room = self.width() - _PADDING - self._paused_room()
        while first < len(self._spans):
            start = self._spans[first][0]
            end = first + 1
            while end < len(self._spans) and self._spans[end][1] - start <= room:
                end += 1
            pages.append((first, end))
            first = end
        return pages

    def _paused_room(self) -> int:
        return self._paused_mark.sizeHint().width() if self._user_paused else 0

    def _paint_page(self, painter: QPainter) -> None:
        pages = self.pages()
        first, end = pages[self._page % len(pages)]
        start = self._spans[first][0]
        width = self._spans[end - 1][1] - start + 1  # the items, not the "·" after the last
        ratio = self._strip.devicePixelRatio()
        source = QRect(int(start * ratio), 0, math.ceil(width * ratio), self._strip.height())
        painter.drawPixmap(
            QRect(_PADDING, 0, width, int(self._strip.height() / ratio)), self._strip, source
        )

    def _turn_page(self, step: int = 1) -> None:
        self._page += step
        if self._ring.isVisible():
            self._place_ring()
        self.update()

    # -- motion ------------------------------------------------------------------------------
    def _configure_motion(self) -> None:
        """One round of the strip in ``strip width / speed`` seconds, looping for ever."""
        if not self._strip_width or self._speed <= 0:
            self._motion.stop()
            return
        self._motion.setStartValue(QPoint(0, 0))
        self._motion.setEndValue(QPoint(-self._strip_width, 0))
        self._motion.setDuration(max(1, round(self._strip_width / self._speed * 1000)))

    def seek(self, offset: float) -> None:
        """Stand the strip at ``offset`` (wrapped into one round); a running strip goes on
        from there."""
        if not self._strip_width:
            return
        self._offset = offset % self._strip_width
        if self._motion.state() != QAbstractAnimation.State.Stopped:
            # Paused or running, the animation's clock is where the strip is.
            self._motion.setCurrentTime(round(self._offset / self._speed * 1000))
        self._surface.move(-round(self._offset), 0)
        if self._ring.isVisible():
            self._place_ring()

    def advance_by(self, pixels: float) -> None:
        """Move the strip by hand (wheel, arrow keys): positive to the left."""
        self.seek(self.offset + pixels)

    def _update_motion(self) -> None:
        paused = (
            self._hovered
            or self._user_paused
            or self._held
            or self._drag_from is not None
            or self.engaged
        )
        should_run = self._on_screen() and not paused and self._strip_width > 0
        scrolling = not self._reduce_motion and self._strip_width > 0
        self._surface.setVisible(scrolling)
        if self._reduce_motion:
            self._stop_scrolling()
            should_turn = should_run and len(self.pages()) > 1
            if should_turn and not self._page_timer.isActive():
                self._page_timer.start(PAGE_MS)
            elif not should_turn:
                self._page_timer.stop()
            return
        self._page_timer.stop()
        if should_run and self._speed > 0:
            self._start_scrolling()
        else:
            self._stop_scrolling()

    def _start_scrolling(self) -> None:
        state = self._motion.state()
        if state == QAbstractAnimation.State.Running:
            return
        if state == QAbstractAnimation.State.Stopped:
            self._motion.start()  # from the first frame: the time set below puts it back
        self._motion.setCurrentTime(round(self._offset / self._speed * 1000))
        if state == QAbstractAnimation.State.Paused:
            self._motion.resume()

    def _stop_scrolling(self) -> None:
        """Paused, not stopped: the strip stays where it is, and no timer runs."""
        if self._motion.state() == QAbstractAnimation.State.Running:
            self._offset = -self._surface.x() % self._strip_width
            self._motion.pause()

    def _on_screen(self) -> bool:
        if not self.isVisible():
            return False
        # The QWindow's state, not the widget's: the widget learns of a minimize after the
        # QWindow does, and this runs when the QWindow tells.
        handle = self.window().windowHandle()
        if handle is not None and handle.windowStates() & Qt.WindowState.WindowMinimized:
            return False
        return handle is None or handle.isExposed()  # covered or unmapped: nothing to animate

    def _place_children(self) -> None:
        self._surface.move(-round(self.offset), 0)
        mark = self._paused_mark
        mark.setVisible(self._user_paused and bool(self._items))
        width = mark.sizeHint().width()
        mark.setGeometry(self.width() - width, 0, width, self.height())
        mark.raise_()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.window().windowHandle()
        if handle is not None and handle is not self._watched_window:
            # Minimizing or covering the window sends no hide event to the strip: watch it.
            # The window's QWindow, not its widget: the widget receives every repaint
            # request, and a Python filter there would run on every frame.
            handle.installEventFilter(self)
            handle.windowStateChanged.connect(lambda _state: self._update_motion())
            self._watched_window = handle
        self._place_children()
        self._update_motion()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Expose, QEvent.Type.WindowStateChange):
            self._update_motion()
        return False

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_motion()

    def enterEvent(self, event: QEnterEvent) -> None:
        self._hovered = True
        self._update_motion()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = False
        self._update_motion()
        super().leaveEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._items and self._surface.width() < self._strip_width + self.width():
            self._render_strip()
        self._place_children()
        self._place_ring()
        self._update_motion()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._render_strip()
            self._place_children()
            self.update()

    # -- by hand: wheel, drag, click, keyboard ---------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        steps = (delta.y() or delta.x()) / 120
        if self._reduce_motion:
            self._turn_page(-1 if steps > 0 else 1)
        else:
            self.advance_by(-steps * _STEP)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = (round(event.position().x()), self.offset)
            self._dragged = False
            self._update_motion()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and not self._reduce_motion:
            start_x, start_offset = self._drag_from
            moved = round(event.position().x()) - start_x
            if abs(moved) >= _DRAG_THRESHOLD:
                self._dragged = True
            if self._dragged:
                self.seek(start_offset - moved)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drag_from is not None:
            clicked = not self._dragged
            self._drag_from = None
            self._update_motion()
            if clicked:
                item = self.item_at(round(event.position().x()))
                if item is not None:
                    self.item_clicked.emit(item)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Not a second press (Qt's default): the first click was the click, and what a
        double-click means is the parent's to say (the compact strip restores the reader)."""
        event.ignore()

    _KEYS = (
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Space,
        Qt.Key.Key_P,
    )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in self._KEYS and not self._keyboard:  # after a click: the keyboard takes over
            self._keyboard = True
            self._update_motion()
            self._place_ring()
            if key not in (Qt.Key.Key_P,):
                self._announce_current()
                event.accept()
                return
        if key == Qt.Key.Key_P:
            self.set_paused(not self._user_paused)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._items:
                self.item_clicked.emit(self._items[self._current])
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._items:
            self.set_current(self._current + (-1 if key == Qt.Key.Key_Left else 1))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self._items:
            self.set_current(0 if key == Qt.Key.Key_Home else len(self._items) - 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def set_current(self, index: int) -> None:
        """Make item ``index`` (wrapped around) the keyboard's current one and bring it into
        view: the strip scrolls it to the left edge, still pages turn to its page."""
        if not self._items:
            return
        self._current = index % len(self._items)
        start, end = self._spans[self._current]
        if self._reduce_motion:
            pages = self.pages()
            self._page = next(
                (
                    number
                    for number, (first, last) in enumerate(pages)
                    if first <= self._current < last
                ),
                0,
            )
            self.update()
        else:
            left = (start - self.offset) % self._strip_width
            if left < _PADDING or left + end - start > self.width() - self._paused_room():
                self.seek(start - _PADDING)
        self._place_ring()
        self._announce_current()
        item = self._items[self._current]
        ring = self._ring.geometry()
        QToolTip.showText(self.mapToGlobal(ring.bottomLeft()), item.tooltip, self, ring)

    def _announce_current(self) -> None:
        self.current_changed.emit(self._current)
        if self.accessible is not None:
            self.accessible.item_focused(self._current)

    def item_rect(self, index: int) -> QRect:
        """Where item ``index`` stands in the widget now (it may stand outside it)."""
        start, end = self._spans[index]
        if self._reduce_motion:
            pages = self.pages()
            first = pages[self._page % len(pages)][0]
            left = _PADDING + start - self._spans[first][0]
        else:
            left = round((start - self.offset) % self._strip_width)
        return QRect(left, 0, end - start, self.height())

    def _place_ring(self) -> None:
        shown = self.engaged and bool(self._items)
        if shown:
            self._ring.setGeometry(self.item_rect(self._current).adjusted(-5, 1, 5, -1))
            self._ring.raise_()
        self._ring.setVisible(shown)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """The strip stops while it has the focus; the current item is the first one whole
        on screen (or the one it was)."""
        super().focusInEvent(event)
        if event.reason() not in _KEEPS_FOCUS_KIND:
            self._keyboard = event.reason() not in _NOT_THE_KEYBOARD
        self._update_motion()
        if self._items and not self.item_rect(self._current).left() >= 0:
            visible = [
                index
                for index in range(len(self._items))
                if 0 <= self.item_rect(index).left() < self.width()
            ]
            self._current = min(visible, key=lambda i: self.item_rect(i).left(), default=0)
        self._place_ring()
        if self._items and self.engaged:
            self._announce_current()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() in _KEEPS_FOCUS_KIND:
            # Another window came forward, or this one is going: the strip is left as it
            # is (a window being destroyed sends this too, its children half gone).
            return
        self._keyboard = False
        self._place_ring()
        self._update_motion()

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
            position = int((x + self.offset) % self._strip_width)
            candidates = range(len(self._items))
        for index in candidates:
            start, end_x = self._spans[index]
            if start <= position <= end_x:
                return self._items[index]
        return None

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in self._KEYS
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            event.accept()  # Space, Enter and P are the strip's here, not the window's
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            if self._paused_mark.isVisible() and self._paused_mark.geometry().contains(event.pos()):
                QToolTip.showText(
                    event.globalPos(), f"{paused_text()}: {resume_hint()}", self, QRect()
                )
                return True
            item = self.item_at(event.pos().x())
            if item is not None:
                QToolTip.showText(event.globalPos(), item.tooltip, self, QRect())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
