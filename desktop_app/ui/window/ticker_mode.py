"""The rates strip: the ticker docked in the window, the compact strip that replaces the
window, a rate's detail, and the tray icon that stands in for a hidden window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QSystemTrayIcon, QWidget

from desktop_app.config import Config
from desktop_app.domain import Quote
from desktop_app.ui.compact import CompactTicker
from desktop_app.ui.ticker import TickerItem, TickerWidget
from desktop_app.ui.ticker_content import TickerContent
from desktop_app.ui.ticker_items import locale_number_style
from desktop_app.ui.tray import Tray
from desktop_app.ui.window.context import WindowContext

if TYPE_CHECKING:
    from desktop_app.ui.rate_detail import RateDetail

_COMPACT_KEY = "ticker.compact"
_COMPACT_EDGE_KEY = "ticker.compact_edge"


class TickerMode:
    """The ticker in its dock or as the compact strip (the reader hidden), and the tray."""

    def __init__(self, context: WindowContext, open_article: Callable[[int], None]) -> None:
        self._context = context
        self._open_article = open_article
        window = context.window
        config = context.config
        self.rate_detail: RateDetail | None = None
        self.tray: Tray | None = None  # built by show_tray, after the first paint
        self.ticker = TickerWidget(config.ticker.speed, reduce_motion=config.ticker.reduce_motion)
        self.ticker.item_clicked.connect(self._open_ticker_item)
        self.compact = CompactTicker(
            config.ticker.speed,
            config.ticker.reduce_motion,
            context.library.remembered(_COMPACT_EDGE_KEY) or "top",
        )
        self.compact.ticker.item_clicked.connect(self._open_ticker_item)
        self.compact.restore_requested.connect(lambda: self.set_compact(False))
        self.content = TickerContent(context.library, (self.ticker, self.compact.ticker), window)
        self.dock = QDockWidget("Rates", window)
        self.dock.setObjectName("ticker-dock")
        self.dock.setWidget(self.ticker)
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.TopDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.dock.setTitleBarWidget(QWidget())  # a thin strip, no title bar
        window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.dock)
        self._build_actions()

    def _build_actions(self) -> None:
        window = self._context.window
        self.pause_action = QAction("&Pause the ticker", window)
        self.pause_action.setCheckable(True)
        self.pause_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.pause_action.toggled.connect(self.ticker.set_paused)
        self.reduce_motion_action = QAction("&Reduce motion (still pages)", window)
        self.reduce_motion_action.setCheckable(True)
        self.reduce_motion_action.setChecked(self.ticker.reduce_motion)
        self.reduce_motion_action.toggled.connect(self.ticker.set_reduce_motion)
        self.reduce_motion_action.toggled.connect(self.compact.ticker.set_reduce_motion)
        self.compact_action = QAction("&Compact ticker (reader hidden)", window)
        self.compact_action.setCheckable(True)
        self.compact_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.compact_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.compact_action.toggled.connect(self.set_compact)
        self.compact.addAction(self.compact_action)
        self.compact_bottom_action = QAction("Compact ticker at the &bottom edge", window)
        self.compact_bottom_action.setCheckable(True)
        self.compact_bottom_action.setChecked(self.compact.edge == "bottom")
        self.compact_bottom_action.toggled.connect(
            lambda bottom: self._set_compact_edge("bottom" if bottom else "top")
        )

    def fill_view_menu(self, menu: QMenu) -> None:
        toggle_ticker = self.dock.toggleViewAction()
        toggle_ticker.setText("Show rate &ticker")
        menu.addAction(toggle_ticker)
        menu.addAction(self.pause_action)
        self._context.window.addAction(self.pause_action)
        menu.addAction(self.reduce_motion_action)
        menu.addSeparator()
        menu.addAction(self.compact_action)
        self._context.window.addAction(self.compact_action)
        menu.addAction(self.compact_bottom_action)

    def apply_settings(self, config: Config) -> None:
        for ticker in (self.ticker, self.compact.ticker):
            ticker.speed = float(config.ticker.speed)
        self.reduce_motion_action.setChecked(config.ticker.reduce_motion)
        self.reload_rates()

    def reload_rates(self) -> None:
        context = self._context
        placeholder = "Offline — no rates stored yet" if context.offline else "Loading rates…"
        self.content.reload(context.config, placeholder)

    def follow_read_state(self) -> None:
        """The headlines riding in the strips follow what is read (when there are any)."""
        self.content.follow_read_state()

    @property
    def quotes(self) -> list[Quote]:
        return self.content.quotes

    # -- the tray ----------------------------------------------------------------------------
    def show_tray(self, menu: QMenu, toggle_reader: Callable[[], None]) -> None:
        """The tray icon, where the desktop has a tray: a round trip to it, so after the
        first paint."""
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = Tray(self._context.window.windowIcon(), menu, toggle_reader)
            self.tray.show()
            self.tray.show_unread(self._context.unread_total)

    def show_unread(self, count: int) -> None:
        if self.tray is not None:
            self.tray.show_unread(count)

    # -- compact mode ------------------------------------------------------------------------
    @property
    def compact_mode(self) -> bool:
        return self.compact.isVisible()

    def set_compact(self, on: bool) -> None:
        """Switch between the reader and the compact strip; the choice survives a restart."""
        window = self._context.window
        if on:
            self.compact.place()
            self.compact.show()
            window.hide()
        else:
            self.compact.hide()
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
            window.show()
            window.raise_()
            window.activateWindow()
        if self.compact_action.isChecked() != on:
            self.compact_action.setChecked(on)
        self._context.library.remember({_COMPACT_KEY: "1" if on else "0"})

    def toggle_reader(self) -> None:
        """From the tray: show the reader (leaving compact mode) or hide it."""
        if self._context.window.isVisible():
            self._context.window.hide()
        else:
            self.set_compact(False)

    def restore_mode(self, minimized: bool = False) -> bool:
        """At start-up: come back in compact mode if that is how Caravan was left, else show
        the window — or, ``minimized`` (a start at login), leave it to the tray icon, or
        minimized where there is no tray. Returns whether something is painted now."""
        if self._context.library.remembered(_COMPACT_KEY) == "1":
            self.set_compact(True)
            return True
        if not minimized:
            self._context.window.show()
            return True
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self._context.window.showMinimized()
        return False

    def _set_compact_edge(self, edge: str) -> None:
        self.compact.set_edge(edge)
        self._context.library.remember({_COMPACT_EDGE_KEY: edge})

    def _open_ticker_item(self, item: TickerItem) -> None:
        """A rate opens its detail; a headline opens the article in the reader."""
        if isinstance(item.payload, int) and self.compact_mode:
            self.set_compact(False)
        if isinstance(item.payload, Quote):
            quote = item.payload
            history = self._context.library.rate_history(quote)
            from desktop_app.ui.rate_detail import RateDetail  # the chart: on first use

            detail = RateDetail(quote, history, locale_number_style(), self._context.window)
            detail.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            detail.show()
            self.rate_detail = detail
        elif isinstance(item.payload, int):
            self._open_article(item.payload)
