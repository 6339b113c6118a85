"""The tray icon: unread count, show/hide the reader, refresh now, compact ticker, quit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from desktop_app.i18n import PLURAL, translate

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


def tray_menu(
    parent: QWidget,
    toggle_reader: Callable[[], None],
    refresh: Callable[[], None],
    compact_action: QAction,
    quit_app: Callable[[], object],
    *,
    refresh_refused: str = "",
) -> QMenu:
    """``refresh_refused``: why refreshing cannot be done (the window was started offline);
    the entry is then greyed out, with that as its tip."""
    menu = QMenu(parent)
    menu.setToolTipsVisible(True)
    menu.addAction(translate("Tray", "Show or hide the reader"), toggle_reader)
    refresh_action = menu.addAction(translate("Tray", "Refresh now"), refresh)
    if refresh_refused:
        refresh_action.setEnabled(False)
        refresh_action.setToolTip(refresh_refused)
    menu.addAction(compact_action)
    menu.addSeparator()
    menu.addAction(translate("Tray", "Quit Caravan"), quit_app)
    return menu


class Tray(QSystemTrayIcon):
    """Only built where a tray exists (``QSystemTrayIcon.isSystemTrayAvailable()``)."""

    def __init__(self, icon: QIcon, menu: QMenu, toggle_reader: Callable[[], None]) -> None:
        super().__init__(icon, menu.parent())
        self.setContextMenu(menu)
        self.setToolTip("Caravan")
        self.activated.connect(
            lambda reason: (
                toggle_reader() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
            )
        )

    def show_unread(self, unread: int) -> None:
        self.setToolTip(
            translate("Tray", "Caravan — %Ln unread", None, PLURAL, unread)
            if unread
            else translate("Tray", "Caravan — all read")
        )
