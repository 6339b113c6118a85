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
