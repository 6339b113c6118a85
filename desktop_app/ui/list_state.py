"""What the list pane shows where articles would be when there are none to show for a reason
the user can act on: no feeds yet, or a feed in error."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


@dataclass(frozen=True, slots=True)
class Choice:
    """A button of the panel; ``refused`` greys it out with the reason as its tip."""

    text: str
    act: Callable[[], None]
    refused: str = ""


class ListState(QWidget):
    """A heading, a line of detail and a row of buttons, centred in the list pane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("list-state")
        self.heading = QLabel()
        self.heading.setObjectName("list-state-heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.detail)
        layout.addSpacing(8)
        layout.addLayout(self._buttons)
        layout.addStretch(2)

    def show_state(self, heading: str, detail: str, choices: Sequence[Choice]) -> None:
        self.heading.setText(heading)
        self.detail.setText(detail)
        self.setAccessibleName(heading)
        self.detail.setAccessibleName(detail)
        for button in self.buttons:
            self._buttons.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for index, choice in enumerate(choices):
            button = QPushButton(choice.text)
            button.setAccessibleName(choice.text.rstrip("…"))
            button.clicked.connect(lambda _checked=False, act=choice.act: act())
            if choice.refused:
                button.setEnabled(False)
                button.setToolTip(choice.refused)
            self._buttons.insertWidget(1 + index, button)
            self.buttons.append(button)
        self.show()

    def button(self, text: str) -> QPushButton:
        return next(button for button in self.buttons if button.text() == text)
