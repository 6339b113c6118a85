"""The main window: ticker dock on top, sidebar | article list | reader below, status bar.

It composes one controller per concern, each in ``desktop_app.ui.window`` with its own
widgets and actions (NetNewsWire's sidebar/timeline/detail, qutebrowser's ``mainwindow/``);
the window lays them out, builds the menus from their actions, and keeps what is the whole
window's: settings, help, layout and closing."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QWidget

from desktop_app import __version__
from desktop_app.config import Config
from desktop_app.i18n import PLURAL, translate
from desktop_app.services.library import Library
from desktop_app.services.read_undo import ReadUndo
from desktop_app.ui.focus import FocusRings, cycle_regions
from desktop_app.ui.theme import apply_theme
from desktop_app.ui.tray import tray_menu
from desktop_app.ui.window.context import FULL_TEXT_REFUSED, REFRESH_REFUSED, WindowContext
from desktop_app.ui.window.marking import Marking
from desktop_app.ui.window.reading import ListPrompts, Reading
from desktop_app.ui.window.status import RefreshStatus
from desktop_app.ui.window.subscriptions import Subscriptions, dropped_address
from desktop_app.ui.window.sync_status import SyncStatus
from desktop_app.ui.window.ticker_mode import TickerMode

# Dialogs load when first opened, not at start-up; Qt's own (QMessageBox) too, since PySide6
# builds a class's enums when the class is first imported.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMessageBox

    from desktop_app.services.background import BackgroundRefresher
    from desktop_app.ui.feed_errors import FeedErrorsDialog
    from desktop_app.ui.rate_detail import RateDetail
    from desktop_app.ui.undo_bar import UndoBar

__all__ = ["FULL_TEXT_REFUSED", "REFRESH_REFUSED", "WIDE_LAYOUT_WIDTH", "MainWindow"]

# At least this wide, the list and the reader sit side by side; narrower, they are stacked.
WIDE_LAYOUT_WIDTH = 1500
_GEOMETRY_KEY = "window.geometry"
_STATE_KEY = "window.state"
_SPLITTER_KEY = "window.splitters"


class MainWindow(QMainWindow):
    def __init__(
        self,
        library: Library,
        config: Config,
        offline: bool,
        config_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.library = library
        self._context = context = WindowContext(self, library, config, offline, config_path)
        self.settings_dialog: QDialog | None = None
        self.setWindowTitle("Caravan")
        self.resize(1180, 760)
        self.setAcceptDrops(True)  # a link dropped on the window is offered for subscribing

        read_undo = ReadUndo()
        self.ticker_mode = TickerMode(context, lambda article_id: self.open_article(article_id))
        self.status = RefreshStatus(context, lambda: self.ticker_mode.tray)
        self.sync_status = SyncStatus(context)
        self.subscriptions = Subscriptions(
            context,
            lambda article_filter: self.marking.mark_all_read(article_filter),
            self.status.refresh_now,
            self.status.fetch_due_feeds,
        )
        self.marking = Marking(
            context, read_undo, lambda: self.reading.article_model.article_filter
        )
        subscriptions = self.subscriptions
        self.reading = Reading(
            context,
            read_undo,
            subscriptions.sidebar.current_filter,
            ListPrompts(
                subscriptions.ask_for_feed,
                subscriptions.ask_for_opml_import,
                self.status.refresh_now,
                subscriptions.ask_to_edit_address,
            ),
        )
        self._expose()

        self.content_splitter = QSplitter(Qt.Orientation.Vertical)
        self.content_splitter.addWidget(self.reading.list_pane)
        self.content_splitter.addWidget(self.reading.reader_pane)
        self.content_splitter.setSizes([300, 420])
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(self.sidebar)
        self.main_splitter.addWidget(self.content_splitter)
        self.main_splitter.setSizes([250, 930])
        self.main_splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.main_splitter)
        self._name_splitters()
        self.focus_rings = FocusRings(
            (
                self.ticker,
                self.sidebar,
                self.article_view,
                self.reader,
                self.search_box,
                self.date_range,
            ),
            self,
        )
        for splitter in (self.main_splitter, self.content_splitter):
            splitter.splitterMoved.connect(lambda *_: self.focus_rings.place())
        cycle_regions(
            self,
            lambda: (
                self.ticker,
                self.sidebar,
                self.reading.list_state
                if self.reading.list_state is not None and self.reading.list_state.isVisible()
                else self.article_view,
                self.reader,
            ),
        )

        self._build_menus()
        # The window's first focus: the articles (the first widget made, the ticker, would
        # get it otherwise, and a strip with the focus is a strip being read).
        self.article_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sidebar.filter_selected.connect(self.reading.show_filter)
        self.sidebar.filter_menu_requested.connect(
            lambda article_filter, where: self.filter_menu(article_filter).exec(where)
        )
        self.tray_menu = tray_menu(
            self,
            self.ticker_mode.toggle_reader,
            self.refresh_now,
            self.compact_action,
            self.quit,
            refresh_refused=context.refresh_refused,
        )
        context.reload_everything = self.reload_everything
        context.reload_counts = self._reload_counts
        context.reload_articles = self.reading.reload_articles
        self.reload_everything()
        self._restore_layout()
        self.status.show_network_state()

    def _name_splitters(self) -> None:
        """Screen readers name a splitter's handle by its accessible name."""
        self.main_splitter.setAccessibleName(translate("MainWindow", "Feeds and articles"))
        self.main_splitter.handle(1).setAccessibleName(
            translate("MainWindow", "Resize the feed list")
        )
        self.content_splitter.setAccessibleName(translate("MainWindow", "Articles and reader"))
        self.content_splitter.handle(1).setAccessibleName(
            translate("MainWindow", "Resize the article list and the reader")
        )

    def _expose(self) -> None:
        """The controllers' widgets, actions and commands that app.py, the tray and the tests
        reach through the window: the same objects under the names they always had."""
        ticker_mode, status, subscriptions = self.ticker_mode, self.status, self.subscriptions
        marking, reading = self.marking, self.reading
        self.ticker, self.compact = ticker_mode.ticker, ticker_mode.compact
        self.pause_ticker_action = ticker_mode.pause_action
        self.reduce_motion_action = ticker_mode.reduce_motion_action
        self.compact_action = ticker_mode.compact_action
        self.compact_bottom_action = ticker_mode.compact_bottom_action
        self.set_compact, self.restore_mode = ticker_mode.set_compact, ticker_mode.restore_mode
        self.status_text, self.network_label = status.status_text, status.network_label
        self.read_only_label = status.read_only_label
        self.refresh_action, self.refresh_now = status.refresh_action, status.refresh_now
        self.sidebar, self.errors_action = subscriptions.sidebar, subscriptions.errors_action
        self.add_feed, self.import_opml = subscriptions.add_feed, subscriptions.import_opml
        self.export_opml, self.feed_menu = subscriptions.export_opml, subscriptions.feed_menu
        self.update_feed, self.remove_feed = subscriptions.update_feed, subscriptions.remove_feed
        self.mark_all_action, self.undo_action = marking.mark_all_action, marking.undo_action
        self.mark_all_read, self.filter_menu = marking.mark_all_read, marking.filter_menu
        self.undo_mark_all_read = marking.undo_mark_all_read
        self.article_model, self.article_view = reading.article_model, reading.article_view
        self.list_header, self.search_box = reading.list_header, reading.search_box
        self.date_range, self.reader = reading.date_range, reading.reader
        self.open_article, self.next_unread = reading.open_article, reading.next_unread
        self.toggle_read, self.zoom_reader = reading.toggle_read, reading.zoom_reader

    # What changes while the window is open, read where it lives.
    @property
    def refresh_refused(self) -> str:
        """Why this window never refreshes (started offline, or read-only); "" when it does."""
        return self._context.refresh_refused

    @property
    def compact_mode(self) -> bool:
        return self.ticker_mode.compact_mode

    @property
    def undo_bar(self) -> UndoBar:
        return self.marking.undo_bar

    @property
    def mark_read_prompt(self) -> QMessageBox | None:
        return self.marking.prompt

    @property
    def rate_detail(self) -> RateDetail | None:
        return self.ticker_mode.rate_detail

    @property
    def feed_errors_dialog(self) -> FeedErrorsDialog | None:
        return self.subscriptions.feed_errors_dialog

    @property
    def last_notification(self) -> tuple[str, str] | None:
        return self.status.last_notification

    def on_screen_widgets(self) -> tuple[QWidget, ...]:
        """What paints when Caravan appears: the window, or in compact mode the strip's ticker
        or the surface it scrolls (they cover the strip and paint opaquely, so the strip itself
        gets no paint event)."""
        return (self, *self.compact.ticker.painting_widgets())

    def finish_start_up(self) -> None:
        """What the first paint does not show, once it is on screen: the desktop's reduce
        motion (asked on a thread: a D-Bus call that may wait half a second), the search box's
        clear button (the style looks its icon up in the icon themes, ~3 ms), the feeds' icons
        (read and decoded from the cache, ~0.1 ms each) and the tray icon (a round trip to
        the desktop's tray)."""
        self.ticker_mode.follow_desktop_motion()
        self.search_box.setClearButtonEnabled(True)
        for clear in self.search_box.findChildren(QAction):  # the clear button's action
            clear.setText(translate("MainWindow", "Clear the search"))
            clear.setToolTip(translate("MainWindow", "Clear the search"))
        self.subscriptions.show_icons()
        self.article_view.viewport().update()
        self.ticker_mode.show_tray(self.tray_menu, self.ticker_mode.toggle_reader)

    def attach_refresher(self, refresher: BackgroundRefresher) -> None:
        """Show the progress and results of ``refresher``; F5 starts it."""
        self.status.attach(refresher)
        refresher.completed.connect(self.reading.on_offline_completed)

    def handle_launch(self, request: dict[str, Any]) -> None:
        """Another launch of Caravan asked for something: come forward, maybe add a feed."""
        if request.get("show"):
            self.set_compact(False)
        url = request.get("add_feed")
        if isinstance(url, str):
            self.add_feed(url)

    def quit(self) -> None:
        """Close the window and end Caravan, even from the tray with no window on screen
        (closing only what is hidden would leave Caravan running with nothing to show)."""
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        context = self._context
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.refresh_action)
        file_menu.addAction(self.sync_status.sync_action)
        file_menu.addActions(self.subscriptions.file_actions())
        file_menu.addActions([self.mark_all_action, self.undo_action])
        file_menu.addSeparator()
        self.settings_action = context.action(
            translate("MainWindow", "&Settings…"), self.open_settings, "Ctrl+,"
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.setEnabled(context.config_path is not None)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = context.action(
            translate("MainWindow", "&Quit"),
            self.quit,
            QKeySequence.StandardKey.Quit,
            fallback="Ctrl+Q",
        )  # some platform themes define no Quit key
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        file_menu.addAction(quit_action)
        self.ticker_mode.fill_compact_menu(quit_action)

        self.reading.fill_article_menu(self.menuBar().addMenu(translate("MainWindow", "&Article")))
        self.full_text_action = self.reading.full_text_action

        view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        view_menu.addAction(self.errors_action)
        view_menu.addSeparator()
        view_menu.addActions(self.reading.zoom_actions())
        self.ticker_mode.fill_view_menu(view_menu)

        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(
            context.action(translate("MainWindow", "&Keyboard shortcuts"), self.show_shortcuts, "?")
        )
        help_menu.addAction(context.action(translate("MainWindow", "&About Caravan"), self._about))

    def shortcuts_text(self) -> str:
        """Every action that has a shortcut, as the shortcuts dialog lists them."""
        rows = []
        for action in self.actions():
            keys = ", ".join(
                shortcut.toString(QKeySequence.SequenceFormat.NativeText)
                for shortcut in action.shortcuts()
            )
            if keys:
                rows.append(
                    f"<tr><td><b>{keys}</b></td><td>{action.text().replace('&', '')}</td></tr>"
                )
        return "<table cellspacing='6'>" + "".join(rows) + "</table>"

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(translate("MainWindow", "Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.shortcuts_text())
        box.setModal(False)
        box.show()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            translate("MainWindow", "About Caravan"),
            f"<b>Caravan {__version__}</b><br>"
            + translate("MainWindow", "Currency-rate ticker and offline news reader.")
            + "<br>"
            + translate("MainWindow", "Rates: {source}.").format(
                source="ExchangeRate-API (open.er-api.com)"
            ),
        )

    # -- settings ----------------------------------------------------------------------------
    def open_settings(self) -> None:
        """The settings dialog (Ctrl+,): every configuration key, saved into the user's file."""
        if self._context.config_path is None:
            return
        from desktop_app.ui.settings_dialog import SettingsDialog  # tomlkit: on first use

        dialog = SettingsDialog(
            self._context.config, self._context.config_path, self, library=self.library
        )
        dialog.signed_in.connect(self.sync_status.begin)
        dialog.signed_out.connect(self.sync_status.end)
        dialog.moved_in.connect(self.sync_status.sync_now)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settings_saved.connect(self.apply_settings)
        self.settings_dialog = dialog
        dialog.open()

    def apply_settings(self, config: Config) -> None:
        """What can change in a running window does at once; intervals, storage and offline
        settings are read by the background machinery when it next starts."""
        self._context.config = config
        self.ticker_mode.apply_settings(config)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, config.appearance.theme)
        self.statusBar().showMessage(translate("MainWindow", "Settings saved"), 5000)

    # -- data --------------------------------------------------------------------------------
    def reload_everything(self) -> None:
        self._reload_counts()
        self.reading.reload_articles()
        self.ticker_mode.reload_rates()

    def _reload_counts(self) -> None:
        unread_total = self.subscriptions.reload()
        self._context.unread_total = unread_total
        self.ticker_mode.show_unread(unread_total)
        self.ticker_mode.follow_read_state()
        self.setWindowTitle(
            translate("MainWindow", "Caravan — %Ln unread", None, PLURAL, unread_total)
            if unread_total
            else "Caravan"
        )
        self.reading.update_list_header()
        self.status.show_status()

    # -- layout persistence ------------------------------------------------------------------
    def _restore_layout(self) -> None:
        for key, restore in (
            (_GEOMETRY_KEY, self.restoreGeometry),
            (_STATE_KEY, self.restoreState),
        ):
            saved = self.library.remembered(key)
            if saved:
                restore(QByteArray(base64.b64decode(saved)))
        self._fit_on_screen()
        self._fitted_shown = False  # fitted again once shown: the frame is known then
        self.reading.restore_zoom()
        splitters = self.library.remembered(_SPLITTER_KEY)
        if splitters:
            main, content = splitters.split(";", 1)
            self.main_splitter.restoreState(QByteArray(base64.b64decode(main)))
            self.content_splitter.restoreState(QByteArray(base64.b64decode(content)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_layout()
        self.focus_rings.place()

    def _fit_layout(self) -> None:
        """Side by side when there is room for a list and a readable column, else stacked."""
        wide = self.width() >= WIDE_LAYOUT_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.content_splitter.orientation() == orientation:
            return
        self.content_splitter.setOrientation(orientation)
        room = sum(self.content_splitter.sizes()) or 1000
        share = 0.42 if wide else 0.4  # the list's part; the reader keeps the rest
        self.content_splitter.setSizes([int(room * share), room - int(room * share)])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted_shown:
            self._fitted_shown = True
            self._fit_on_screen()
            # Where the window manager draws the frame, its size is known only once it has
            # (an X11 frame comes a moment after the window): fit again then.
            handle = self.windowHandle()
            if self.frameGeometry() == self.geometry() and handle is not None:
                handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window's first exposure: an X11 window manager has framed it by then."""
        if event.type() == QEvent.Type.Expose and watched is self.windowHandle():
            watched.removeEventFilter(self)
            self._fit_on_screen()
        return super().eventFilter(watched, event)

    def _fit_on_screen(self) -> None:
        """A geometry saved on a bigger monitor (or one since unplugged) is shrunk and moved
        into the available part of the screen it lands on, title bar and frame included:
        Qt only moves it, and a window taller than the screen hides its title bar or its
        status bar."""
        if self.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            return  # the window manager fits those
        geometry = self.geometry()
        screen = QGuiApplication.screenAt(geometry.center()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_width = frame.width() - geometry.width()
        extra_height = frame.height() - geometry.height()
        width = min(geometry.width(), area.width() - extra_width)
        height = min(geometry.height(), area.height() - extra_height)
        left = min(max(frame.left(), area.left()), area.right() + 1 - width - extra_width)
        top = min(max(frame.top(), area.top()), area.bottom() + 1 - height - extra_height)
        fitted = QRect(
            left + geometry.left() - frame.left(), top + geometry.top() - frame.top(), width, height
        )
        if fitted != geometry:
            self.setGeometry(fitted)

    def _layout_state(self) -> dict[str, str]:
        def encode(data: QByteArray) -> str:
            return base64.b64encode(bytes(data.data())).decode("ascii")

        return {
            _GEOMETRY_KEY: encode(self.saveGeometry()),
            _STATE_KEY: encode(self.saveState()),
            _SPLITTER_KEY: encode(self.main_splitter.saveState())
            + ";"
            + encode(self.content_splitter.saveState()),
        }

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """A link dragged from a browser: accepted when it is an http(s) address."""
        if dropped_address(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A dropped link opens the add-feed dialog with it, to be checked there."""
        url = dropped_address(event.mimeData())
        if url:
            event.acceptProposedAction()
            self.subscriptions.ask_for_feed(url)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._context.closed = True
        self.marking.end_undo()  # what was marked stays so
        self.library.remember(self._layout_state())
        self.status.stop()
        self.sync_status.end()
        self.compact.close()
        super().closeEvent(event)
        QTimer.singleShot(0, self.library.close)
