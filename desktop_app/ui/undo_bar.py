"""A status-bar message with an Undo button, for a change that can be taken back for a while.

It sits among the status bar's permanent widgets: the passing messages other actions show
(``showMessage``) hide the status bar's normal widgets, and must not hide the way back.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.i18n import translate


class UndoBar(QWidget):
    undo_requested = Signal()
    expired = Signal()  # the time to undo is over: what was done stays done

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undo-bar")
        self.message = QLabel()
        self.message.setObjectName("undo-message")
        self.button = QPushButton(translate("UndoBar", "Undo"))
        self.button.setObjectName("undo-button")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.undo_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)
        self.hide()

    def offer(self, text: str, undo_name: str, seconds: int) -> None:
        """Show ``text`` and the Undo button (``undo_name`` is what a screen reader says it
        does) for ``seconds``; a new offer replaces the one shown."""
        self.message.setText(text)
        self.button.setAccessibleName(undo_name)
        self.button.setToolTip(undo_name)
        self.show()
        self._timer.start(seconds * 1000)

    def withdraw(self) -> None:
        """Hide without expiring: the offer was taken, or the window closes."""
        self._timer.stop()
        self.hide()

    @property
    def offering(self) -> bool:
        return self._timer.isActive()

    def _expire(self) -> None:
        self.hide()
        self.expired.emit()
