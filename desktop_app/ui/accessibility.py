"""Qt's accessibility factory for what Qt cannot describe on its own: the ticker's items and
the reader's headings and links. Qt asks it for an interface only while an assistive
technology listens (never otherwise, and never per frame).

The factory is installed once the window has painted (app.py's first step after it), not by
the widgets: importing ``QAccessible`` makes PySide6 build its enums (~190 values, some 10 M
instructions), and nothing asks for an interface before then. On Linux Qt makes interfaces
only once AT-SPI is active, which takes D-Bus answers the event loop handles, from its first
pass on; the install runs in the pass right after the paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAccessibleInterface

_installed = False


def install() -> None:
    """Register the factory once."""
    global _installed
    if not _installed:
        from PySide6.QtGui import QAccessible

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
