"""The ticker as screen readers see it: a list named "Currency rates" whose children are its
items, one per rate or headline, each with its spoken text (flat review and braille read
them; the keyboard's current item is the focused one).

Qt builds accessible interfaces only while an assistive technology listens, through the
factory in :mod:`desktop_app.ui.accessibility`: nothing of this runs otherwise, and never
per frame. The strip's moving label, its paused mark and its ring are left out of the tree:
the items are what the strip says. The items are virtual (no QObject of their own), like a
table's cells in Qt; their interfaces are kept alive here as long as Qt may hold them.
(PySide6's stubs say the navigation methods never return None; Qt's API returns nullptr for
"none", hence the ``type: ignore[override]`` on them.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QColor, QWindow
from PySide6.QtWidgets import QAccessibleWidget

from desktop_app.i18n import translate
from desktop_app.ui.leaf_access import LeafAccessible

if TYPE_CHECKING:
    from desktop_app.ui.ticker import TickerWidget


class TickerAccessible(QAccessibleWidget):
    def __init__(self, ticker: TickerWidget) -> None:
        super().__init__(ticker, QAccessible.Role.List)
        self._ticker = ticker
        self._children: list[ItemAccessible] = []
        self._retired: list[ItemAccessible] = []  # Qt may still hold them: kept alive
        ticker.accessible = self

    # The items, rebuilt when the strip's content changes.
    def items_changed(self) -> None:
        for child in self._children:
            child.retire()
        self._retired.extend(self._children)
        self._children = []
        QAccessible.updateAccessibility(
            QAccessibleEvent(self._ticker, QAccessible.Event.ObjectReorder)
        )

    def _child_list(self) -> list[ItemAccessible]:
        count = len(self._ticker.items())
        if len(self._children) != count:
            for child in self._children:
                child.retire()
            self._retired.extend(self._children)
            self._children = [ItemAccessible(self, index) for index in range(count)]
        return self._children

    def childCount(self) -> int:
        return len(self._ticker.items())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        children = self._child_list()
        return children[index] if 0 <= index < len(children) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        children = self._child_list()
        for index, candidate in enumerate(children):
            if candidate is child:
                return index
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        current = self._ticker.current_index
        return self.child(current) if current is not None else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        for child in self._child_list():
            if child.rect().contains(x, y):
                return child
        return None

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._ticker.accessibleName()
        if kind == QAccessible.Text.Description:
            return self._ticker.accessibleDescription()
        return super().text(kind)

    def item_focused(self, index: int) -> None:
        """The keyboard moved to item ``index``: screen readers say it."""
        child = self.child(index)
        if child is not None:
            QAccessible.updateAccessibility(QAccessibleEvent(child, QAccessible.Event.Focus))


class ItemAccessible(LeafAccessible):
    """One item of the strip: a rate or a headline, read by its spoken text."""

    _parent: TickerAccessible | None

    def __init__(self, parent: TickerAccessible, index: int) -> None:
        super().__init__(parent)
        self._index = index

    def _ticker(self) -> TickerWidget | None:
        parent = self._parent
        if parent is None:
            return None
        ticker = parent.widget()
        from desktop_app.ui.ticker import TickerWidget

        return ticker if isinstance(ticker, TickerWidget) else None

    def isValid(self) -> bool:
        ticker = self._ticker()
        return ticker is not None and self._index < len(ticker.items())

    def window(self) -> QWindow | None:  # type: ignore[override]
        ticker = self._ticker()
        return ticker.window().windowHandle() if ticker is not None else None

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        ticker = self._ticker()
        if ticker is None:
            state.invalid = True
            return state
        state.focusable = True
        state.selectable = True
        state.readOnly = True
        if ticker.current_index == self._index:
            state.focused = True
            state.selected = True
        rect = ticker.item_rect(self._index)
        if rect.right() < 0 or rect.left() >= ticker.width() or not ticker.isVisible():
            state.offscreen = True
        return state

    def text(self, kind: QAccessible.Text) -> str:
        ticker = self._ticker()
        if ticker is None or self._index >= len(ticker.items()):
            return ""
        item = ticker.items()[self._index]
        if kind == QAccessible.Text.Name:
            return item.accessible_text
        if kind == QAccessible.Text.Description:
            return (
                translate("TickerAccess", "Opens its article")
                if item.headline
                else translate("TickerAccess", "Opens its detail")
            )
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        del kind, text

    def rect(self) -> QRect:
        ticker = self._ticker()
        if ticker is None or self._index >= len(ticker.items()):
            return QRect()
        local = ticker.item_rect(self._index)
        return QRect(ticker.mapToGlobal(local.topLeft()), local.size())

    def backgroundColor(self) -> QColor:
        return QColor()

    def foregroundColor(self) -> QColor:
        return QColor()
