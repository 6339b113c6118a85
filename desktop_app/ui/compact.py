"""Compact ticker mode: a frameless, always-on-top strip across the top or bottom edge of the
screen, with the reader hidden (like Snackr or a Windows app bar). A double-click, the tray
icon or the shortcut brings the reader back."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.ui.ticker import TickerWidget

EDGES = ("top", "bottom")


class CompactTicker(QWidget):
    restore_requested = Signal()

    def __init__(self, speed: float, reduce_motion: bool, edge: str = "top") -> None:
        super().__init__(
            None,
            Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.Tool,
        )
        self.setObjectName("compact-ticker")
        self.setWindowTitle("Caravan ticker")
        self.setAccessibleName("Caravan compact ticker")
        self.edge = edge if edge in EDGES else "top"
        self.ticker = TickerWidget(speed, self, reduce_motion=reduce_motion)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ticker)

    def place(self) -> QRect:
        """Span the screen's available width at the chosen edge; return the geometry."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        height = self.ticker.sizeHint().height()
        top = area.top() if self.edge == "top" else area.bottom() - height + 1
        geometry = QRect(area.left(), top, area.width(), height)
        self.setGeometry(geometry)
        return geometry

    def set_edge(self, edge: str) -> None:
        self.edge = edge if edge in EDGES else "top"
        self.place()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.restore_requested.emit()
        event.accept()
