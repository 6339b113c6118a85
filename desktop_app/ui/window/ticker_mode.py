"""The rates strip: the ticker docked in the window, the compact strip that replaces the
window, a rate's detail, and the tray icon that stands in for a hidden window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QSystemTrayIcon, QWidget

from desktop_app.config import Config
from desktop_app.domain import Quote
from desktop_app.i18n import translate
from desktop_app.ui.compact import CompactTicker
from desktop_app.ui.motion import ask_desktop, desktop_answered, reduce_motion
from desktop_app.ui.ticker import TickerItem, TickerWidget
from desktop_app.ui.ticker_content import TickerContent
from desktop_app.ui.ticker_items import locale_number_style
from desktop_app.ui.tray import Tray
from desktop_app.ui.window.context import WindowContext, text_action

if TYPE_CHECKING:
    from desktop_app.ui.rate_detail import RateDetail

_COMPACT_KEY = "ticker.compact"
_COMPACT_EDGE_KEY = "ticker.compact_edge"
_COMPACT_SCREEN_KEY = "ticker.compact_screen"


class TickerMode:
    """The ticker in its dock or as the compact strip (the reader hidden), and the tray."""

    def __init__(self, context: WindowContext, open_article: Callable[[int], None]) -> None:
        self._context = context
        self._open_article = open_article
        window = context.window
        config = context.config
        self.rate_detail: RateDetail | None = None  # the last one opened
        self._rate_details: dict[str, RateDetail] = {}  # one per pair, raised when clicked again
        self.tray: Tray | None = None  # built by show_tray, after the first paint
        still = reduce_motion(config)
        self.ticker = TickerWidget(config.ticker.speed, reduce_motion=still)
        self.ticker.item_clicked.connect(self._open_ticker_item)
        self.compact = CompactTicker(
            config.ticker.speed,
            still,
            context.library.remembered(_COMPACT_EDGE_KEY) or "top",
            context.library.remembered(_COMPACT_SCREEN_KEY) or "",
        )
        self.compact.item_clicked.connect(self._open_ticker_item)
        self.compact.restore_requested.connect(lambda: self.set_compact(False))
        self.content = TickerContent(context.library, (self.ticker, self.compact.ticker), window)
        # Reduce motion left to the desktop, which is asked after the first paint: the strips
        # stand still until it answers (follow_desktop_motion), rather than scroll for a
        # moment in front of a user who asked for less motion.
        self._waiting_for_desktop = config.ticker.reduce_motion is None and not desktop_answered()
        for ticker in (self.ticker, self.compact.ticker):
            ticker.hold(self._waiting_for_desktop)
        self.dock = QDockWidget(translate("TickerMode", "Rates"), window)
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
        self.pause_action = text_action(translate("TickerMode", "&Pause the ticker"), window)
        self.pause_action.setCheckable(True)
        self.pause_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.pause_action.toggled.connect(self.ticker.set_paused)
        self.pause_action.toggled.connect(self.compact.ticker.set_paused)
        self.compact.addAction(self.pause_action)
        self.reduce_motion_action = text_action(
            translate("TickerMode", "&Reduce motion (still pages)"), window
        )
        self.reduce_motion_action.setCheckable(True)
        self.reduce_motion_action.setChecked(self.ticker.reduce_motion)
        self.reduce_motion_action.toggled.connect(self.ticker.set_reduce_motion)
        self.reduce_motion_action.toggled.connect(self.compact.ticker.set_reduce_motion)
        self.compact_action = text_action(
            translate("TickerMode", "&Compact ticker (reader hidden)"), window
        )
        self.compact_action.setCheckable(True)
        self.compact_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.compact_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.compact_action.toggled.connect(self.set_compact)
        self.compact.addAction(self.compact_action)
        self.compact_bottom_action = text_action(
            translate("TickerMode", "Compact ticker at the &bottom edge"), window
        )
        self.compact_bottom_action.setCheckable(True)
        self.compact_bottom_action.setChecked(self.compact.edge == "bottom")
        self.compact_bottom_action.toggled.connect(
            lambda bottom: self._set_compact_edge("bottom" if bottom else "top")
        )
        self.show_reader_action = text_action(translate("TickerMode", "&Show the reader"), window)
        self.show_reader_action.triggered.connect(lambda: self.set_compact(False))
        self.compact_top_action = text_action(translate("TickerMode", "&Top edge"), window)
        self.compact_top_action.setCheckable(True)
        self.compact_top_action.setChecked(self.compact.edge == "top")
        self.compact_top_action.triggered.connect(lambda: self._set_compact_edge("top"))
        self.compact_bottom_action.toggled.connect(
            lambda bottom: self.compact_top_action.setChecked(not bottom)
        )

    def fill_compact_menu(self, quit_action: QAction) -> None:
        """The strip's context menu; ``quit_action`` (the window's, Ctrl+Q) is the strip's
        too, as the window it belongs to is hidden while the strip shows."""
        self.compact.addAction(quit_action)
        menu = self.compact.menu
        menu.addAction(self.show_reader_action)
        menu.addSeparator()
        menu.addAction(self.compact_top_action)
        bottom = menu.addAction(translate("TickerMode", "&Bottom edge"))
        bottom.setCheckable(True)
        bottom.setChecked(self.compact_bottom_action.isChecked())
        bottom.triggered.connect(lambda: self._set_compact_edge("bottom"))
        self.compact_bottom_action.toggled.connect(bottom.setChecked)
        edges = QActionGroup(menu)  # drawn as a choice of one
        edges.addAction(self.compact_top_action)
        edges.addAction(bottom)
        self.screen_menu = menu.addMenu(translate("TickerMode", "Sc&reen"))
        self.screen_menu.setAccessibleName(translate("TickerMode", "Screen of the compact ticker"))
        menu.aboutToShow.connect(self._fill_screen_menu)
        menu.addSeparator()
        menu.addAction(self.pause_action)
        menu.addAction(quit_action)

    def _fill_rate_menu(self) -> None:
        """One entry per rate the strip shows: its detail, without the mouse."""
        menu = self.rate_menu
        menu.clear()
        for item in self.ticker.items():
            if isinstance(item.payload, Quote):
                entry = menu.addAction(item.label)
                entry.triggered.connect(lambda _on=False, item=item: self._open_ticker_item(item))
        if menu.isEmpty():
            menu.addAction(translate("TickerMode", "No rates yet")).setEnabled(False)

    def _fill_screen_menu(self) -> None:
        """One entry per screen, offered when there are several (they come and go)."""
        menu = self.screen_menu
        menu.clear()
        screens = QGuiApplication.screens()
        menu.menuAction().setVisible(len(screens) > 1)
        current = self.compact.target_screen()
        for screen in screens:
            geometry = screen.geometry()
            label = f"{screen.name()} ({geometry.width()}×{geometry.height()})"
            name = screen.name()
            entry = menu.addAction(label)
            entry.setCheckable(True)
            entry.setChecked(screen is current)
            entry.triggered.connect(lambda _on=False, name=name: self._set_screen(name))

    def fill_view_menu(self, menu: QMenu) -> None:
        toggle_ticker = self.dock.toggleViewAction()
        toggle_ticker.setText(translate("TickerMode", "Show rate &ticker"))
        menu.addAction(toggle_ticker)
        self.rate_menu = menu.addMenu(translate("TickerMode", "Rate &details"))
        self.rate_menu.aboutToShow.connect(self._fill_rate_menu)
        menu.addAction(self.pause_action)
        self._context.window.addAction(self.pause_action)
        menu.addAction(self.reduce_motion_action)
        menu.addSeparator()
        menu.addAction(self.compact_action)
        self._context.window.addAction(self.compact_action)
        menu.addAction(self.compact_bottom_action)

    def follow_desktop_motion(self) -> None:
        """After the first paint: ask the desktop whether it wants less motion (on a
        thread), and apply its answer once it comes, unless the user has chosen meanwhile."""
        if self._waiting_for_desktop:
            ask_desktop(self._desktop_answered, self._context.dispatcher.post)

    def _desktop_answered(self, reduced: bool) -> None:
        if self._context.closed or not self._waiting_for_desktop:
            return
        self._waiting_for_desktop = False
        if self._context.config.ticker.reduce_motion is None:
            self.reduce_motion_action.setChecked(reduced)
        for ticker in (self.ticker, self.compact.ticker):
            ticker.hold(False)

    def apply_settings(self, config: Config) -> None:
        for ticker in (self.ticker, self.compact.ticker):
            ticker.speed = float(config.ticker.speed)
        self.reduce_motion_action.setChecked(reduce_motion(config))
        self.reload_rates()

    def reload_rates(self) -> None:
        context = self._context
        placeholder = (
            translate("TickerMode", "Offline — no rates stored yet")
            if context.offline
            else translate("TickerMode", "Loading rates…")
        )
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

    def _set_screen(self, name: str) -> None:
        self.compact.set_screen_name(name)
        self._context.library.remember({_COMPACT_SCREEN_KEY: name})

    def _set_compact_edge(self, edge: str) -> None:
        if edge == self.compact.edge:
            return
        self.compact.set_edge(edge)
        self.compact_bottom_action.setChecked(edge == "bottom")  # the View menu's entry
        self._context.library.remember({_COMPACT_EDGE_KEY: edge})

    def _forget(self, pair: str) -> None:
        self._rate_details.pop(pair, None)

    def _open_ticker_item(self, item: TickerItem) -> None:
        """A rate opens its detail; a headline opens the article in the reader."""
        if isinstance(item.payload, int) and self.compact_mode:
            self.set_compact(False)
        if isinstance(item.payload, Quote):
            quote = item.payload
            opened = self._rate_details.get(quote.pair)
            if opened is not None and opened.isVisible():  # not one closing
                opened.showNormal()
                opened.raise_()
                opened.activateWindow()
                self.rate_detail = opened
                return
            history = self._context.library.rate_history(quote)
            from desktop_app.ui.rate_detail import RateDetail  # the chart: on first use

            detail = RateDetail(quote, history, locale_number_style(), self._context.window)
            detail.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            detail.destroyed.connect(lambda _=None, pair=quote.pair: self._forget(pair))
            detail.show()
            self.rate_detail = detail
            self._rate_details[quote.pair] = detail
        elif isinstance(item.payload, int):
            self._open_article(item.payload)
