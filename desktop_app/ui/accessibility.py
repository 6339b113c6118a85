"""Qt's accessibility factory for what Qt cannot describe on its own: the ticker's items and
the reader's headings and links. Qt asks it for an interface only while an assistive
technology listens (never otherwise, and never per frame)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface

_installed = False


def install() -> None:
    """Register the factory once."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def _factory(_class_name: str, target: QObject | None) -> QAccessibleInterface | None:
    from desktop_app.ui.reader_view import ReaderView
    from desktop_app.ui.ticker import TickerWidget

    if isinstance(target, TickerWidget):
        from desktop_app.ui.ticker_access import TickerAccessible

        return TickerAccessible(target)
    parent = target.parent() if target is not None else None
    if isinstance(parent, ReaderView) and target is parent.viewport():
        from desktop_app.ui.reader_access import ReaderContentsAccessible

        return ReaderContentsAccessible(parent.viewport(), parent)
    return None


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
