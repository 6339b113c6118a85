"""Compact ticker mode: a frameless, always-on-top strip across the top or bottom edge of a
screen, with the reader hidden (like Snackr or a Windows app bar). It reserves its height like
a panel (oslayer.docking), so maximised windows stop at it. A double-click, the tray icon, the
context menu or the shortcut brings the reader back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QHideEvent, QMouseEvent, QScreen
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from desktop_app.i18n import translate
from desktop_app.ui.ticker import TickerItem, TickerWidget

if TYPE_CHECKING:
    from desktop_app.oslayer.docking import Dock, Rect

EDGES = ("top", "bottom")


class CompactTicker(QWidget):
    restore_requested = Signal()
    # A click on an item, once it is sure not to be the first half of a double-click (which
    # restores the reader, and must not open a rate's detail on the way).
    item_clicked = Signal(object)  # TickerItem

    def __init__(
        self, speed: float, reduce_motion: bool, edge: str = "top", screen_name: str = ""
    ) -> None:
        super().__init__(
            None,
            Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.Tool,
        )
        self.setObjectName("compact-ticker")
        self.setWindowTitle(translate("CompactTicker", "Caravan ticker"))
        self.setAccessibleName(translate("CompactTicker", "Caravan compact ticker"))
        self.edge = edge if edge in EDGES else "top"
        self.screen_name = screen_name
        self.menu = QMenu(self)  # filled by the ticker controller
        self.menu.setAccessibleName(translate("CompactTicker", "Compact ticker menu"))
        self.ticker = TickerWidget(speed, self, reduce_motion=reduce_motion)
        self.ticker.item_clicked.connect(self._clicked)
        self._pending: TickerItem | None = None
        self._click_timer = QTimer(self)
        self._click_timer.setSingleShot(True)
        self._click_timer.timeout.connect(self._deliver_click)
        self._dock: Dock | None = None  # chosen on first show: the platform is known by then
        self._reserved = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ticker)

    def target_screen(self) -> QScreen:
        """The screen chosen by name, else the primary one (a monitor since unplugged)."""
        for screen in QGuiApplication.screens():
            if screen.name() == self.screen_name:
                return screen
        return QGuiApplication.primaryScreen()

    def place(self) -> QRect:
        """Span the chosen screen at the chosen edge and reserve the strip there; return the
        geometry. The whole screen is measured, not its available part: that shrinks by the
        strip's own reservation."""
        screen = self.target_screen()
        if self.screen() is not screen:
            self.setScreen(screen)
        area = screen.geometry()
        height = self.ticker.sizeHint().height()
        top = area.top() if self.edge == "top" else area.bottom() - height + 1
        geometry = QRect(area.left(), top, area.width(), height)
        dock = self._docking()
        window_id = int(self.winId())
        if not self._reserved:
            dock.prepare(window_id)
        ratio = screen.devicePixelRatio()
        granted = dock.reserve(
            window_id,
            _native(geometry, ratio),
            _native(area, ratio),
            _native(screen.virtualGeometry(), ratio),
            self.edge,
        )
        self._reserved = True
        geometry = QRect(*(round(value / ratio) for value in granted))
        self.setGeometry(geometry)
        return geometry

    def set_edge(self, edge: str) -> None:
        self.edge = edge if edge in EDGES else "top"
        if self.isVisible():
            self.place()

    def set_screen_name(self, name: str) -> None:
        self.screen_name = name
        if self.isVisible():
            self.place()

    def release(self) -> None:
        """Give the reserved space back: maximised windows take the whole screen again."""
        if self._reserved and self._dock is not None:
            self._dock.release(int(self.winId()))
        self._reserved = False

    def hideEvent(self, event: QHideEvent) -> None:
        self.release()
        self._click_timer.stop()
        super().hideEvent(event)

    def _docking(self) -> Dock:
        if self._dock is None:
            # ctypes and the system's libraries: when the strip first shows, not at start-up
            from desktop_app.oslayer.docking import NoDock, dock_for

            platform = QGuiApplication.platformName()
            self._dock = dock_for(platform) if platform != "offscreen" else NoDock()
        return self._dock

    def _clicked(self, item: TickerItem) -> None:
        self._pending = item
        self._click_timer.start(QGuiApplication.styleHints().mouseDoubleClickInterval())

    def _deliver_click(self) -> None:
        item, self._pending = self._pending, None
        if item is not None:
            self.item_clicked.emit(item)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._click_timer.stop()
        self._pending = None
        self.restore_requested.emit()
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menu.popup(event.globalPos())
        event.accept()


def _native(rect: QRect, ratio: float) -> Rect:
    return (
        round(rect.left() * ratio),
        round(rect.top() * ratio),
        round(rect.width() * ratio),
        round(rect.height() * ratio),
    )
