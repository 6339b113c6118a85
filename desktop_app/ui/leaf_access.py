"""What the items a widget's accessible interface lists (the ticker's items, the reader's
links) answer alike: loaded with those interfaces, only while a screen reader asks."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessibleInterface


class LeafAccessible(QAccessibleInterface):
    """An item a widget's interface lists (a ticker item, a link of the article) that is no
    widget and has no children of its own: what such items answer alike. ``retire`` cuts it
    from its parent when the parent's list is rebuilt, and it answers as gone from then on."""

    def __init__(self, parent: QAccessibleInterface) -> None:
        super().__init__()
        self._parent: QAccessibleInterface | None = parent

    def retire(self) -> None:
        self._parent = None

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return self._parent

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        del index
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        del child
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        del x, y
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None
