"""The main window: ticker dock on top, sidebar | article list | reader below, status bar."""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QByteArray, QItemSelection, QModelIndex, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.config import Config
from desktop_app.domain import Article, ArticleFilter, Feed, Quote
from desktop_app.errors import STARTED_OFFLINE, CaravanError, ConfigError
from desktop_app.services.background import BackgroundRefresher, MainThreadDispatcher
from desktop_app.services.library import Library
from desktop_app.services.read_undo import MarkedRead, ReadUndo
from desktop_app.ui.article_list import ArticleListModel
from desktop_app.ui.article_view import ArticleListView
from desktop_app.ui.compact import CompactTicker
from desktop_app.ui.reader_view import ReaderView
from desktop_app.ui.sidebar import Sidebar
from desktop_app.ui.theme import apply_theme
from desktop_app.ui.ticker import TickerItem, TickerWidget
from desktop_app.ui.ticker_content import TickerContent
from desktop_app.ui.ticker_items import locale_number_style
from desktop_app.ui.tray import Tray, tray_menu

# Dialogs load when first opened, not at start-up; Qt's own (QFileDialog, QInputDialog,
# QMessageBox) too, since PySide6 builds a class's enums when the class is first imported.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMessageBox

    from desktop_app.services.outcomes import OfflineSummary, RefreshSummary
    from desktop_app.ui.feed_errors import FeedErrorsDialog
    from desktop_app.ui.rate_detail import RateDetail
    from desktop_app.ui.undo_bar import UndoBar

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150  # search as you type, once the typing pauses
# The date filter: (title, days before today's midnight; None: no limit).
DATE_RANGES: tuple[tuple[str, int | None], ...] = (
    ("Any time", None),
    ("Today", 0),
    ("Since yesterday", 1),
    ("Last 7 days", 6),
    ("Last 30 days", 29),
)
# What a window started with --offline says of the controls that would need the network.
REFRESH_REFUSED = f"{STARTED_OFFLINE}: feeds and rates are not refreshed"
FULL_TEXT_REFUSED = f"{STARTED_OFFLINE}: the article's page is not fetched"
# How long the status bar offers to undo a "mark all as read".
UNDO_SECONDS = 15
# At least this wide, the list and the reader sit side by side; narrower, they are stacked.
WIDE_LAYOUT_WIDTH = 1500
_COMPACT_KEY = "ticker.compact"
_ZOOM_KEY = "reader.zoom"
_COMPACT_EDGE_KEY = "ticker.compact_edge"
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
        self._config = config
        self._config_path = config_path
        self._refresher: BackgroundRefresher | None = None
        # --offline: nothing in this window touches the network, for as long as it is open.
        self._started_offline = offline
        # A read-only data folder: everything is read, no change can be saved, and nothing is
        # refreshed (what it brought could not be stored either).
        self._read_only = library.read_only
        # What the status bar shows: also when the network is down.
        self._offline = offline or self._read_only is not None
        self._refresh_refused = REFRESH_REFUSED if offline else ""
        self._full_text_refused = FULL_TEXT_REFUSED if offline else ""
        if self._read_only is not None and not offline:
            self._refresh_refused = f"{self._read_only.notice}: feeds and rates are not refreshed"
            self._full_text_refused = f"{self._read_only.notice}: the article's page is not fetched"
        self.library = library
        self._dispatcher = MainThreadDispatcher(self)
        self._current_article_id: int | None = None
        self._unread_total = 0
        self.rate_detail: RateDetail | None = None
        self.settings_dialog: QDialog | None = None
        self._closed = False
        self.last_notification: tuple[str, str] | None = None
        self.feed_errors_dialog: FeedErrorsDialog | None = None
        self.mark_read_prompt: QMessageBox | None = None
        self._read_undo = ReadUndo()
        self._feed_count = 0
        self.setWindowTitle("Caravan")
        self.resize(1180, 760)

        self.ticker = TickerWidget(config.ticker.speed, reduce_motion=config.ticker.reduce_motion)
        self.ticker.item_clicked.connect(self._open_ticker_item)
        self.compact = CompactTicker(
            config.ticker.speed,
            config.ticker.reduce_motion,
            self.library.remembered(_COMPACT_EDGE_KEY) or "top",
        )
        self.compact.ticker.item_clicked.connect(self._open_ticker_item)
        self.compact.restore_requested.connect(lambda: self.set_compact(False))
        self.ticker_content = TickerContent(self.library, (self.ticker, self.compact.ticker), self)
        self.ticker_dock = QDockWidget("Rates", self)
        self.ticker_dock.setObjectName("ticker-dock")
        self.ticker_dock.setWidget(self.ticker)
        self.ticker_dock.setAllowedAreas(
            Qt.DockWidgetArea.TopDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.ticker_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.ticker_dock.setTitleBarWidget(QWidget())  # a thin strip, no title bar
        self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.ticker_dock)

        self.sidebar = Sidebar()
        self.article_model = ArticleListModel(self.library)
        self.article_view = ArticleListView()
        self.article_view.setModel(self.article_model)
        self.list_header = QLabel()
        self.list_header.setObjectName("list-header")
        list_pane = QWidget()
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(2)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setAccessibleName("Search articles")
        self.search_box.setPlaceholderText("Search titles and text  (/)")
        self.search_box.setMaximumWidth(320)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        clear_search = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_box)
        clear_search.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.activated.connect(self._leave_search)
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            to_results = QShortcut(QKeySequence(key), self.search_box)
            to_results.setContext(Qt.ShortcutContext.WidgetShortcut)
            to_results.activated.connect(self._go_to_results)
        header_row = QHBoxLayout()
        header_row.setContentsMargins(4, 0, 0, 0)
        header_row.addWidget(self.list_header, 1)
        self.date_range = QComboBox()
        self.date_range.setObjectName("date-range")
        self.date_range.setAccessibleName("Published")
        for title, days in DATE_RANGES:
            self.date_range.addItem(title, days)
        self.date_range.currentIndexChanged.connect(lambda _index: self._apply_search())
        header_row.addWidget(self.date_range)
        header_row.addWidget(self.search_box)
        list_layout.addLayout(header_row)
        list_layout.addWidget(self.article_view)

        self.reader = ReaderView()
        self.reader.set_image_source(self.library.image)
        self.reader.action_requested.connect(self._on_reader_action)
        self._feed_text_chosen: set[int] = set()  # articles shown with the feed's own text
        self.content_splitter = QSplitter(Qt.Orientation.Vertical)
        self.content_splitter.addWidget(list_pane)
        self.content_splitter.addWidget(self.reader)
        self.content_splitter.setSizes([300, 420])
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(self.sidebar)
        self.main_splitter.addWidget(self.content_splitter)
        self.main_splitter.setSizes([250, 930])
        self.main_splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.main_splitter)

        self.status_text = QLabel()
        self.status_text.setObjectName("status-text")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.network_label = QLabel()
        self.network_label.setObjectName("network-state")
        self._undo_bar: UndoBar | None = None
        self.statusBar().addWidget(self.status_text, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.network_label)
        self.read_only_label: QLabel | None = None
        if self._read_only is not None:
            self.read_only_label = QLabel(self._read_only.notice)
            self.read_only_label.setObjectName("read-only")
            self.read_only_label.setToolTip(str(self._read_only))
            self.statusBar().addPermanentWidget(self.read_only_label)

        self._build_actions()
        self.sidebar.filter_selected.connect(self._show_filter)
        self.sidebar.feed_menu_requested.connect(
            lambda feed, where: self.feed_menu(feed).exec(where)
        )
        self.sidebar.filter_menu_requested.connect(
            lambda article_filter, where: self.filter_menu(article_filter).exec(where)
        )
        self.article_view.selectionModel().selectionChanged.connect(self._on_selection)
        self.article_model.rowsInserted.connect(lambda *_: self._update_list_header())
        self.reader.link_refused.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.tray_menu = tray_menu(
            self,
            self.toggle_reader,
            self.refresh_now,
            self.compact_action,
            self.close,
            refresh_refused=self._refresh_refused,
        )
        self.tray: Tray | None = None  # built by finish_start_up
        self.reload_everything()
        self._restore_layout()
        self._set_network_state()

    @property
    def refresh_refused(self) -> str:
        """Why this window never refreshes (started offline, or read-only); "" when it does."""
        return self._refresh_refused

    def on_screen_widgets(self) -> tuple[QWidget, ...]:
        """What paints when Caravan appears: the window, or in compact mode the strip's ticker
        or the surface it scrolls (they cover the strip and paint opaquely, so the strip itself
        gets no paint event)."""
        return (self, *self.compact.ticker.painting_widgets())

    @property
    def undo_bar(self) -> UndoBar:
        """Built when first offered: start-up does not pay for a bar it rarely shows."""
        if self._undo_bar is None:
            from desktop_app.ui.undo_bar import UndoBar as Bar  # the name is the type's too

            self._undo_bar = Bar()
            self._undo_bar.undo_requested.connect(self.undo_mark_all_read)
            self._undo_bar.expired.connect(self._end_undo)
            self.statusBar().insertPermanentWidget(1, self._undo_bar)  # after the message
        return self._undo_bar

    def finish_start_up(self) -> None:
        """What the first paint does not show, once it is on screen: the search box's clear
        button (the style looks its icon up in the icon themes, ~3 ms) and the tray icon (a
        round trip to the desktop's tray)."""
        self.search_box.setClearButtonEnabled(True)
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = Tray(self.windowIcon(), self.tray_menu, self.toggle_reader)
            self.tray.show()
            self.tray.show_unread(self._unread_total)

    def attach_refresher(self, refresher: BackgroundRefresher) -> None:
        """Show the progress and results of ``refresher``; F5 starts it."""
        self._refresher = refresher
        refresher.progress.connect(self._on_refresh_progress)
        refresher.finished.connect(self._on_refresh_finished)
        refresher.completed.connect(self._on_offline_completed)

    # -- actions -----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.refresh_action = QAction("&Refresh now", self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        if self.refresh_action.shortcut().isEmpty():
            self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh_now)
        file_menu.addAction(self.refresh_action)
        add_feed = QAction("&Add feed…", self)
        add_feed.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        add_feed.triggered.connect(self.ask_for_feed)
        file_menu.addAction(add_feed)
        import_action = QAction("&Import subscriptions (OPML)…", self)
        import_action.triggered.connect(self.ask_for_opml_import)
        file_menu.addAction(import_action)
        export_action = QAction("&Export subscriptions (OPML)…", self)
        export_action.triggered.connect(self.ask_for_opml_export)
        file_menu.addAction(export_action)
        self.mark_all_action = QAction("Mark all as &read", self)
        self.mark_all_action.setShortcut(QKeySequence("Shift+Ctrl+R"))
        self.mark_all_action.triggered.connect(lambda: self.mark_all_read())
        file_menu.addAction(self.mark_all_action)
        self.undo_action = QAction("&Undo marking read", self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setEnabled(False)  # while the status bar offers it
        self.undo_action.triggered.connect(self.undo_mark_all_read)
        file_menu.addAction(self.undo_action)
        file_menu.addSeparator()
        self.settings_action = QAction("&Settings…", self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.settings_action.setEnabled(self._config_path is not None)
        file_menu.addAction(self.settings_action)
        self.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        if quit_action.shortcut().isEmpty():  # some platform themes define none
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        for action in (
            self.refresh_action,
            add_feed,
            self.mark_all_action,
            self.undo_action,
            quit_action,
        ):
            self.addAction(action)  # listed in the shortcuts dialog, active without the menu

        article_menu = self.menuBar().addMenu("&Article")
        by_keys: dict[str, QAction] = {}
        for text, keys, slot in (
            ("&Next article", "J", lambda: self._move(1)),
            ("&Previous article", "K", lambda: self._move(-1)),
            ("Next &unread article", "N", self.next_unread),
            ("Page down, then next unread", "Space", self.page_or_next_unread),
            ("Toggle &read", "M", self.toggle_read),
            ("Toggle &star", "S", self.toggle_star),
            ("&Open in browser", "O", self.open_original),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            article_menu.addAction(action)
            self.addAction(action)  # shortcuts work even with the menu bar hidden
            by_keys[keys] = action
        self.full_text_action = QAction("&Fetch full text", self)
        self.full_text_action.setShortcut(QKeySequence("Shift+F"))
        self.full_text_action.triggered.connect(self.fetch_full_text)
        article_menu.addAction(self.full_text_action)
        self.addAction(self.full_text_action)

        search_action = QAction("&Search", self)
        search_action.setShortcuts([QKeySequence("/"), QKeySequence(QKeySequence.StandardKey.Find)])
        search_action.triggered.connect(self._focus_search)
        article_menu.addAction(search_action)
        self.addAction(search_action)

        view_menu = self.menuBar().addMenu("&View")
        self.errors_action = QAction("Feeds with &errors…", self)
        self.errors_action.triggered.connect(self.show_feed_errors)
        view_menu.addAction(self.errors_action)
        view_menu.addSeparator()
        for text, standard_key, step in (
            ("&Larger text", QKeySequence.StandardKey.ZoomIn, 1),
            ("&Smaller text", QKeySequence.StandardKey.ZoomOut, -1),
        ):
            zoom = QAction(text, self)
            zoom.setShortcut(QKeySequence(standard_key))
            zoom.triggered.connect(lambda _checked=False, step=step: self.zoom_reader(step))
            view_menu.addAction(zoom)
            self.addAction(zoom)
        toggle_ticker = self.ticker_dock.toggleViewAction()
        toggle_ticker.setText("Show rate &ticker")
        view_menu.addAction(toggle_ticker)
        self.pause_ticker_action = QAction("&Pause the ticker", self)
        self.pause_ticker_action.setCheckable(True)
        self.pause_ticker_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.pause_ticker_action.toggled.connect(self.ticker.set_paused)
        view_menu.addAction(self.pause_ticker_action)
        self.addAction(self.pause_ticker_action)
        self.reduce_motion_action = QAction("&Reduce motion (still pages)", self)
        self.reduce_motion_action.setCheckable(True)
        self.reduce_motion_action.setChecked(self.ticker.reduce_motion)
        self.reduce_motion_action.toggled.connect(self.ticker.set_reduce_motion)
        self.reduce_motion_action.toggled.connect(self.compact.ticker.set_reduce_motion)
        view_menu.addAction(self.reduce_motion_action)
        view_menu.addSeparator()
        self.compact_action = QAction("&Compact ticker (reader hidden)", self)
        self.compact_action.setCheckable(True)
        self.compact_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.compact_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.compact_action.toggled.connect(self.set_compact)
        view_menu.addAction(self.compact_action)
        self.addAction(self.compact_action)
        self.compact.addAction(self.compact_action)
        self.compact_bottom_action = QAction("Compact ticker at the &bottom edge", self)
        self.compact_bottom_action.setCheckable(True)
        self.compact_bottom_action.setChecked(self.compact.edge == "bottom")
        self.compact_bottom_action.toggled.connect(
            lambda bottom: self._set_compact_edge("bottom" if bottom else "top")
        )
        view_menu.addAction(self.compact_bottom_action)

        help_menu = self.menuBar().addMenu("&Help")
        shortcuts = QAction("&Keyboard shortcuts", self)
        shortcuts.setShortcut(QKeySequence("?"))
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        self.addAction(shortcuts)
        about = QAction("&About Caravan", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        if self._refresh_refused:
            self._refuse(self.refresh_action, self._refresh_refused)
            self._refuse(self.full_text_action, self._full_text_refused)
        if self._read_only is not None:
            for action in (
                add_feed,
                import_action,
                self.mark_all_action,
                by_keys["M"],
                by_keys["S"],
            ):
                self._refuse(action, str(self._read_only))

    def _refuse(self, action: QAction, reason: str) -> None:
        """A control that needs the network in a window started offline, or that changes
        what is stored in a read-only one: greyed out with the reason as its tip, and its
        shortcut says the reason in the status bar rather than doing nothing."""
        action.setEnabled(False)
        action.setToolTip(reason)
        action.setStatusTip(reason)
        for keys in action.shortcuts():
            explain = QShortcut(keys, self)
            explain.activated.connect(lambda: self.statusBar().showMessage(reason, 8000))

    def _go_to_results(self) -> None:
        """Down or Enter in the search box: read the first result."""
        self._search_timer.stop()
        self._apply_search()
        self.article_view.setFocus()
        self._move(1)

    def _leave_search(self) -> None:
        self.search_box.clear()
        self.article_view.setFocus()

    def zoom_reader(self, step: int) -> None:
        """Ctrl + / Ctrl -: the reader's text size, remembered across restarts."""
        self.reader.set_zoom(self.reader.zoom + step)
        self.library.remember({_ZOOM_KEY: str(self.reader.zoom)})

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def refresh_now(self) -> None:
        if self._refresh_refused:
            self.statusBar().showMessage(self._refresh_refused, 8000)
            return
        if self._refresher is None:  # still loading, just after start-up: it refreshes first
            self.statusBar().showMessage("Starting: the first refresh follows in a moment", 4000)
            return
        if not self._refresher.request(feeds=True, rates=True):
            self.statusBar().showMessage("A refresh is running; another follows it", 4000)

    def _fetch_due_feeds(self) -> None:
        """After subscribing: a new feed is due, so a check of the due feeds fetches it and
        leaves the others to their plan (a failing feed is not retried for it). Offline, or
        before the first refresh (which takes every feed), there is nothing to start."""
        if self._refresher is not None and not self._offline:
            self._refresher.request(feeds=True, rates=False, due_only=True)

    def show_feed_errors(self) -> None:
        """Every feed in error with its message, since when and how often; a retry."""
        failing = [feed for feed in self.library.feeds() if feed.last_error]
        from desktop_app.ui.feed_errors import FeedErrorsDialog

        dialog = FeedErrorsDialog(
            failing,
            self.refresh_now,
            self,
            retry_refused=self._refresh_refused,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.feed_errors_dialog = dialog
        dialog.open()

    def ask_for_feed(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        url, accepted = QInputDialog.getText(
            self, "Add feed", "Address of the feed (http or https):"
        )
        if accepted:
            self.add_feed(url)

    def add_feed(self, url: str) -> None:
        """Subscribe to ``url`` and fetch it now; a bad address is refused with a message."""
        url = url.strip()
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            self.statusBar().showMessage(f"Not a web address: {url[:80]}", 8000)
            return

        def added() -> None:
            self.reload_everything()
            if self._started_offline:
                self.statusBar().showMessage(
                    f"Subscribed to {url[:80]}. {STARTED_OFFLINE}: its articles come with "
                    "the first refresh online",
                    10000,
                )
                return
            self._fetch_due_feeds()

        self._after(self.library.add_feed(url), added)

    def ask_for_opml_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, "Import subscriptions", "", "OPML files (*.opml *.xml);;All files (*)"
        )
        if path:
            self.import_opml(Path(path))

    def import_opml(self, path: Path) -> None:
        """Subscribe to an OPML file's feeds and fetch them; a bad file is explained."""
        from PySide6.QtWidgets import QMessageBox

        try:
            result = self.library.import_opml(path.read_bytes())
        except (OSError, CaravanError) as error:
            QMessageBox.warning(self, "Import subscriptions", f"Cannot import {path.name}: {error}")
            return
        skipped = f"; {len(result.skipped)} entries skipped" if result.skipped else ""
        later = f". {STARTED_OFFLINE}: fetched when online" if self._started_offline else ""
        self.statusBar().showMessage(
            f"Imported {result.added} new feeds ({result.already} already subscribed)"
            f"{skipped}{later}",
            10000,
        )
        self.reload_everything()
        if result.added:
            self._fetch_due_feeds()

    def ask_for_opml_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, "Export subscriptions", "caravan.opml", "OPML files (*.opml)"
        )
        if path:
            self.export_opml(Path(path))

    def export_opml(self, path: Path) -> None:
        from PySide6.QtWidgets import QMessageBox

        try:
            path.write_bytes(self.library.export_opml())
        except OSError as error:
            QMessageBox.warning(self, "Export subscriptions", f"Cannot write {path}: {error}")
            return
        self.statusBar().showMessage(f"Subscriptions written to {path}", 8000)

    # -- feed management (sidebar context menu) -----------------------------------------------
    def feed_menu(self, feed: Feed) -> QMenu:
        """The sidebar's context menu for one feed."""
        menu = QMenu(self)
        menu.addAction("Mark all as read", lambda: self.mark_all_read(ArticleFilter(feed.id)))
        menu.addSeparator()
        menu.addAction("Rename…", lambda: self._ask_rename(feed))
        menu.addAction("Move to folder…", lambda: self._ask_folder(feed))
        menu.addAction(
            "Resume fetching" if not feed.enabled else "Pause fetching",
            lambda: self.update_feed(feed.id, enabled=not feed.enabled),
        )
        full_text = menu.addMenu("Full text")
        for label, choice in (
            ("Automatic (for teasers)", None),
            ("Always fetch the article page", True),
            ("Never", False),
        ):
            action = full_text.addAction(label)
            action.setCheckable(True)
            action.setChecked(feed.full_text is choice)
            action.triggered.connect(
                lambda _checked=False, choice=choice: self.set_feed_full_text(feed.id, choice)
            )
        menu.addSeparator()
        menu.addAction("Remove…", lambda: self._ask_remove(feed))
        return self._changes_refused(menu)

    def _changes_refused(self, menu: QMenu) -> QMenu:
        """A menu of changes, in a read-only window: every entry greyed out with the reason."""
        if self._read_only is not None:
            menu.setToolTipsVisible(True)
            for action in menu.actions():
                action.setEnabled(False)
                action.setToolTip(str(self._read_only))
        return menu

    def _document(self, article: Article) -> str:
        return self.library.article_document(
            article,
            feed_text=article.id in self._feed_text_chosen,
            highlight=self.article_model.article_filter.search,
        )

    def _show_article(self, article: Article) -> None:
        self.reader.show_html(self._document(article))

    def _on_reader_action(self, action: str) -> None:
        """The reader's own links: which text to show, or fetch the full text now."""
        # Loaded already by the article that holds the link: not needed at start-up.
        from desktop_app.services.article_view import (
            FETCH_FULL_TEXT,
            SHOW_FEED_TEXT,
            SHOW_FULL_TEXT,
        )

        article_id = self._current_article_id
        if article_id is None:
            return
        if action == FETCH_FULL_TEXT:
            self.fetch_full_text()
            return
        if action == SHOW_FEED_TEXT:
            self._feed_text_chosen.add(article_id)
        elif action == SHOW_FULL_TEXT:
            self._feed_text_chosen.discard(article_id)
        article = self.library.article(article_id)
        if article is not None:
            self._show_article(article)

    def open_settings(self) -> None:
        """The settings dialog (Ctrl+,): every configuration key, saved into the user's file."""
        if self._config_path is None:
            return
        from desktop_app.ui.settings_dialog import SettingsDialog  # tomlkit: on first use

        dialog = SettingsDialog(self._config, self._config_path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settings_saved.connect(self.apply_settings)
        self.settings_dialog = dialog
        dialog.open()

    def apply_settings(self, config: Config) -> None:
        """What can change in a running window does at once; intervals, storage and offline
        settings are read by the background machinery when it next starts."""
        self._config = config
        for ticker in (self.ticker, self.compact.ticker):
            ticker.speed = float(config.ticker.speed)
        self.reduce_motion_action.setChecked(config.ticker.reduce_motion)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, config.appearance.theme)
        self._reload_rates()
        self.statusBar().showMessage("Settings saved", 5000)

    def set_feed_full_text(self, feed_id: int, full_text: bool | None) -> None:
        self._after(self.library.set_feed_full_text(feed_id, full_text), self.reload_everything)

    def fetch_full_text(self) -> None:
        """Download the open article's page now and show its main text."""
        article_id = self._current_article_id
        if article_id is None:
            return
        if self._full_text_refused:
            self.statusBar().showMessage(self._full_text_refused, 8000)
            return
        self.statusBar().showMessage("Fetching the full text…")
        fetched = self.library.fetch_full_text(article_id)

        def show(_future: object) -> None:
            error = fetched.exception()
            found = error is None and fetched.result()

            def report() -> None:
                article = self.library.article(article_id)
                if found and self._current_article_id == article_id and article is not None:
                    self._feed_text_chosen.discard(article_id)
                    self._show_article(article)
                    self.statusBar().showMessage("Full text fetched", 5000)
                    return
                reason = str(error) if error else (article and article.full_text_error)
                self.statusBar().showMessage(f"No full text: {reason or 'unknown reason'}", 8000)

            self._dispatcher.post(report)

        fetched.add_done_callback(show)

    def filter_menu(self, article_filter: ArticleFilter) -> QMenu:
        menu = QMenu(self)
        menu.addAction("Mark all as read", lambda: self.mark_all_read(article_filter))
        return self._changes_refused(menu)

    def _ask_rename(self, feed: Feed) -> None:
        from PySide6.QtWidgets import QInputDialog

        title, accepted = QInputDialog.getText(self, "Rename feed", "Title:", text=feed.title)
        if accepted and title.strip():
            self.update_feed(feed.id, title=title.strip())

    def _ask_folder(self, feed: Feed) -> None:
        from PySide6.QtWidgets import QInputDialog

        folders = sorted({f.folder for f in self.library.feeds() if f.folder})
        folder, accepted = QInputDialog.getItem(
            self, "Move to folder", "Folder (empty for none):", ["", *folders],
            folders.index(feed.folder) + 1 if feed.folder in folders else 0, True,
        )  # fmt: skip
        if accepted:
            self.update_feed(feed.id, folder=folder.strip())

    def _ask_remove(self, feed: Feed) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            "Remove feed",
            f"Unsubscribe from {feed.title or feed.url} and delete its articles?",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_feed(feed.id)

    def update_feed(
        self,
        feed_id: int,
        *,
        title: str | None = None,
        folder: str | None = None,
        enabled: bool | None = None,
    ) -> None:
        self._after(
            self.library.update_feed(feed_id, title=title, folder=folder, enabled=enabled),
            self.reload_everything,
        )

    def remove_feed(self, feed_id: int) -> None:
        self._after(self.library.remove_feed(feed_id), self.reload_everything)

    def mark_all_read(self, article_filter: ArticleFilter | None = None) -> None:
        """Mark everything read in ``article_filter`` (by default: what the list shows); above
        the configured number of articles, ask first. The status bar offers to undo it."""
        if article_filter is None:
            article_filter = self.article_model.article_filter
        up_to = self.library.newest_article_id()
        unread = self.library.count(replace(article_filter, unread_only=True))
        if up_to is None or not unread:
            self.statusBar().showMessage("No unread articles here", 4000)
            return
        threshold = self._config.reader.confirm_mark_all_read_above
        if threshold and unread > threshold:
            self._ask_mark_all_read(article_filter, unread, up_to)
        else:
            self._mark_all_read(article_filter, up_to)

    def _ask_mark_all_read(self, article_filter: ArticleFilter, unread: int, up_to: int) -> None:
        from PySide6.QtWidgets import QCheckBox, QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Mark all as read",
            f"Mark {unread:,} articles as read?",
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(f"The status bar offers to undo it for {UNDO_SECONDS} seconds.")
        confirm = box.addButton("Mark as read", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(confirm)
        # Named, so it lives until the answer: PySide6 leaves the box's check box to Python,
        # which would free an unnamed one at once (reading it then crashed).
        never_ask = QCheckBox("Don't ask again")
        box.setCheckBox(never_ask)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            self.mark_read_prompt = None
            if box.clickedButton() is not confirm:
                return
            if never_ask.isChecked():
                self._stop_asking_before_marking()
            self._mark_all_read(article_filter, up_to)

        box.finished.connect(answered)
        self.mark_read_prompt = box
        box.open()

    def _stop_asking_before_marking(self) -> None:
        """The prompt's "Don't ask again": the threshold becomes 0 (never ask), in this window
        at once and in the user's file, where only that line changes."""
        reader = replace(self._config.reader, confirm_mark_all_read_above=0)
        self._config = replace(self._config, reader=reader)
        if self._config_path is None:
            return
        from desktop_app.config_writer import save_settings  # tomlkit: on first use

        try:
            save_settings(self._config_path, {"reader.confirm_mark_all_read_above": 0})
        except ConfigError as error:
            log.warning("could not save reader.confirm_mark_all_read_above: %s", error)
            self.statusBar().showMessage(
                f"Not asking again until Caravan restarts: the setting was not saved ({error})",
                10000,
            )

    def _mark_all_read(self, article_filter: ArticleFilter, up_to: int) -> None:
        """One transaction on the writer; the status bar then offers to undo exactly it."""
        self._end_undo()
        self._read_undo.expect()
        marking = self.library.mark_all_read(article_filter, up_to=up_to)
        self._after(marking, lambda: self._offer_undo(marking.result()))

    def _offer_undo(self, marked: MarkedRead) -> None:
        self.reload_everything()
        if not marked.count:
            self._read_undo.withdraw()
            self.statusBar().showMessage("No unread articles here", 4000)
            return
        self._read_undo.offer(marked)
        counted = f"{marked.count:,} article{'s' if marked.count != 1 else ''}"
        self.undo_bar.offer(f"Marked {counted} read", f"Undo marking {counted} read", UNDO_SECONDS)
        self.undo_action.setEnabled(True)

    def undo_mark_all_read(self) -> None:
        """Mark unread again what the last "mark all as read" changed, but for the articles
        opened or changed since; one transaction on the writer."""
        if self._read_undo.offered is None:
            return
        article_ids = self._read_undo.take()
        self._end_undo()
        restoring = self.library.set_read(article_ids, False)

        def restored() -> None:
            count = restoring.result()
            self.reload_everything()
            self.statusBar().showMessage(
                f"{count:,} article{'s' if count != 1 else ''} unread again", 5000
            )

        self._after(restoring, restored)

    def _end_undo(self) -> None:
        """The offer to undo is over (taken, expired, replaced or the window closes): what
        was marked stays marked."""
        self._read_undo.withdraw()
        self.undo_bar.withdraw()
        self.undo_action.setEnabled(False)

    def toggle_read(self) -> None:
        row = self.article_view.currentIndex().row()
        summary = self.article_model.article_at(row)
        if summary is None:
            return
        self.article_model.set_read_locally(row, not summary.read)
        self._read_undo.touch([summary.id])
        self._after(
            self.library.set_read([summary.id], not summary.read),
            self._reload_counts,
        )

    def toggle_star(self) -> None:
        row = self.article_view.currentIndex().row()
        summary = self.article_model.article_at(row)
        if summary is None:
            return
        self.article_model.set_starred_locally(row, not summary.starred)
        self._after(
            self.library.set_starred([summary.id], not summary.starred),
            self._reload_counts,
        )

    def open_original(self) -> None:
        summary = self.article_model.article_at(self.article_view.currentIndex().row())
        if summary is not None and summary.link:
            self.reader.anchorClicked.emit(QUrl(summary.link))

    def _move(self, step: int) -> None:
        """Next/previous article; with none open yet, the first one."""
        selected = self.article_view.selectionModel().selectedRows()
        target = max(0, selected[0].row() + step) if selected else 0
        if target >= self.article_model.rowCount() and self.article_model.canFetchMore():
            self.article_model.fetchMore()
        if target < self.article_model.rowCount():
            self.article_view.selectRow(target)

    def next_unread(self) -> None:
        """The next unread article below the current one (loading more pages as needed)."""
        selected = self.article_view.selectionModel().selectedRows()
        row = selected[0].row() + 1 if selected else 0
        while True:
            while row < self.article_model.rowCount():
                summary = self.article_model.article_at(row)
                if summary is not None and not summary.read:
                    self.article_view.selectRow(row)
                    return
                row += 1
            if not self.article_model.canFetchMore():
                self.statusBar().showMessage("No unread article below", 3000)
                return
            self.article_model.fetchMore()

    def page_or_next_unread(self) -> None:
        """Space: scroll the article a page; at its end, go to the next unread one."""
        bar = self.reader.verticalScrollBar()
        if bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep())
        else:
            self.next_unread()

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
        box.setWindowTitle("Keyboard shortcuts")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.shortcuts_text())
        box.setModal(False)
        box.show()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            "About Caravan",
            f"<b>Caravan {__version__}</b><br>Currency-rate ticker and offline news reader."
            "<br>Rates: ExchangeRate-API (open.er-api.com).",
        )

    # -- data --------------------------------------------------------------------------------
    def _after(self, change: Future[Any], then: Callable[[], None]) -> None:
        """Once the writer has committed ``change``, run ``then`` on the UI thread. A failed
        change is reported in the status bar and the view is reloaded from what is stored."""

        def committed(_future: Future[Any]) -> None:
            error = change.exception()
            if error is not None:
                log.error("could not save a change: %s", error)
                self._dispatcher.post(
                    lambda: self.statusBar().showMessage(f"Could not save: {error}", 8000)
                )
                self._dispatcher.post(self._unless_closed(self.reload_everything))
                return
            self._dispatcher.post(self._unless_closed(then))

        change.add_done_callback(committed)

    def _unless_closed(self, then: Callable[[], None]) -> Callable[[], None]:
        """A follow-up that arrives after the window closed (its reads are gone) does nothing:
        the change itself is committed."""
        return lambda: None if self._closed else then()

    def reload_everything(self) -> None:
        self._reload_counts()
        self._reload_articles()
        self._reload_rates()

    def _reload_counts(self) -> None:
        subscribed = self.library.feeds()
        self._feed_count = len(subscribed)
        unread = self.library.unread_counts()
        starred = self.library.count(ArticleFilter(starred_only=True))
        self.sidebar.populate(subscribed, unread, starred)
        self._unread_total = sum(unread.values())
        if self.tray is not None:
            self.tray.show_unread(self._unread_total)
        self.ticker_content.follow_read_state()  # the headlines, when the ticker shows some
        self.setWindowTitle(
            f"Caravan — {self._unread_total:,} unread" if self._unread_total else "Caravan"
        )
        self._update_list_header()

    def _reload_articles(self) -> None:
        shown = self.article_model.rowCount()
        self.article_model.reload(shown)
        if self._current_article_id is not None:
            row = self.article_model.row_of(self._current_article_id)
            if row is not None:
                self.article_view.selectionModel().blockSignals(True)
                self.article_view.selectRow(row)
                self.article_view.selectionModel().blockSignals(False)
        self._update_list_header()

    def _reload_rates(self) -> None:
        placeholder = "Offline — no rates stored yet" if self._offline else "Loading rates…"
        self.ticker_content.reload(self._config, placeholder)

    # -- compact ticker mode ---------------------------------------------------------------------
    @property
    def compact_mode(self) -> bool:
        return self.compact.isVisible()

    def set_compact(self, on: bool) -> None:
        """Switch between the reader and the compact strip; the choice survives a restart."""
        if on:
            self.compact.place()
            self.compact.show()
            self.hide()
        else:
            self.compact.hide()
            self.show()
            self.raise_()
            self.activateWindow()
        if self.compact_action.isChecked() != on:
            self.compact_action.setChecked(on)
        self.library.remember({_COMPACT_KEY: "1" if on else "0"})

    def handle_launch(self, request: dict[str, Any]) -> None:
        """Another launch of Caravan asked for something: come forward, maybe add a feed."""
        if request.get("show"):
            self.set_compact(False)
        url = request.get("add_feed")
        if isinstance(url, str):
            self.add_feed(url)

    def toggle_reader(self) -> None:
        """From the tray: show the reader (leaving compact mode) or hide it."""
        if self.isVisible():
            self.hide()
        else:
            self.set_compact(False)

    def restore_mode(self) -> None:
        """At start-up: come back in compact mode if that is how Caravan was left."""
        if self.library.remembered(_COMPACT_KEY) == "1":
            self.set_compact(True)

    def _set_compact_edge(self, edge: str) -> None:
        self.compact.set_edge(edge)
        self.library.remember({_COMPACT_EDGE_KEY: edge})

    def _open_ticker_item(self, item: TickerItem) -> None:
        """A rate opens its detail; a headline opens the article in the reader."""
        if isinstance(item.payload, int) and self.compact_mode:
            self.set_compact(False)
        if isinstance(item.payload, Quote):
            quote = item.payload
            history = self.library.rate_history(quote)
            from desktop_app.ui.rate_detail import RateDetail  # the chart: on first use

            detail = RateDetail(quote, history, locale_number_style(), self)
            detail.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            detail.show()
            self.rate_detail = detail
        elif isinstance(item.payload, int):
            self.open_article(item.payload)

    def open_article(self, article_id: int) -> None:
        """Show one article in the reader and mark it read, whatever the list shows."""
        article = self.library.article(article_id)
        if article is None:
            return
        self._current_article_id = article_id
        self._read_undo.touch([article_id])
        self._show_article(article)
        row = self.article_model.row_of(article_id)
        if row is not None:
            self.article_view.selectionModel().blockSignals(True)
            self.article_view.selectRow(row)
            self.article_view.selectionModel().blockSignals(False)
            if self._marks_read_on_open():
                self.article_model.set_read_locally(row, True)
        if not article.read and self._marks_read_on_open():
            self._after(
                self.library.set_read([article_id], True),
                self.reload_everything,
            )

    def _marks_read_on_open(self) -> bool:
        """As the settings say, unless the mark could not be saved."""
        return self._config.reader.mark_read_on_open and self._read_only is None

    def _update_list_header(self) -> None:
        total = self.article_model.total
        searching = bool(self.article_model.article_filter.search)
        loaded = self.article_model.rowCount()
        if total and loaded < total:
            # More than the list has read yet: say which part is shown, and of how many.
            text = f"Showing 1–{loaded:,} of {total:,} articles"
            if searching:
                text += " found"
        elif total:
            text = f"{total:,} article{'s' if total != 1 else ''}"
            if searching:
                text += " found"
        elif searching:
            text = "No article matches the search"
        elif self.article_model.article_filter != ArticleFilter():
            text = "Nothing here"
        elif not self._feed_count:
            text = "No feeds yet — File › Add feed… (Ctrl+N), or import an OPML file"
        elif self._offline:
            text = "No articles stored yet — they arrive with the first refresh online"
        else:
            text = "No articles yet — refreshing feeds…"
        self.list_header.setText(text)

    def _apply_search(self) -> None:
        """Search as you type (debounced): the words narrow what the sidebar selected."""
        self._show_filter(self.sidebar.current_filter())

    def _show_filter(self, article_filter: ArticleFilter) -> None:
        self._current_article_id = None
        article_filter = replace(
            article_filter, search=self.search_box.text().strip(), since=self._since()
        )
        self.article_view.delegate.search = article_filter.search
        self.article_model.set_filter(article_filter)
        self.reader.clear_article()
        self._update_list_header()

    def _since(self) -> datetime | None:
        """The start of the chosen date range: local midnight, so "Today" means today here."""
        days = self.date_range.currentData()
        if not isinstance(days, int):
            return None
        midnight = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        return midnight - timedelta(days=days)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self._open_row(indexes[0])

    def _open_row(self, index: QModelIndex) -> None:
        summary = self.article_model.article_at(index.row())
        if summary is None:
            return
        self._current_article_id = summary.id
        self._read_undo.touch([summary.id])
        article = self.library.article(summary.id)
        if article is None:
            self.reader.clear_article()
            return
        self._show_article(article)
        if not summary.read and self._marks_read_on_open():
            self.article_model.set_read_locally(index.row(), True)
            self._after(
                self.library.set_read([summary.id], True),
                self._reload_counts,
            )

    # -- refresh feedback --------------------------------------------------------------------
    def _on_refresh_progress(self, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status_text.setText(f"Refreshing {done}/{total} feeds")

    def notify_new_articles(self, count: int) -> None:
        """A desktop notification (through the tray) naming the newest unread titles."""
        newest = self.library.articles(ArticleFilter(unread_only=True), limit=3)
        title = f"{count:,} new article{'s' if count != 1 else ''}"
        text = "\n".join(summary.title for summary in newest)
        self.last_notification = (title, text)
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, self.windowIcon(), 8000)
        else:
            log.info("no notification area for: %s", title)

    def _on_offline_completed(self, work: OfflineSummary) -> None:
        """Full texts and images arrived: new excerpts in the list, and the open article gets
        them where the reader stands."""
        if not (work.full_texts or work.images):
            return
        if work.full_texts:
            self._reload_articles()
        if self._current_article_id is None:
            return
        article = self.library.article(self._current_article_id)
        if article is None:
            return
        document = self._document(article)
        if document != self.reader.shown_document:
            position = self.reader.verticalScrollBar().value()
            self.reader.show_html(document)
            self.reader.verticalScrollBar().setValue(position)

    def _on_refresh_finished(self, summary: RefreshSummary) -> None:
        self.progress.hide()
        if summary.sources == 0 and not summary.network_down:
            return  # a scheduled check found nothing due: keep the last report
        self._offline = summary.offline
        self._set_network_state()
        stamp = datetime.now().strftime("%H:%M")
        if summary.network_down:
            if not self.status_text.text().startswith("Offline since"):
                log.info("offline: no feed host answers; refreshing paused until one does")
                self.status_text.setText(
                    f"Offline since {stamp} — refreshing resumes when the network returns"
                )
            return
        if summary.offline:
            log.info("offline: no source reachable; showing what is stored")
            self.status_text.setText(f"Offline at {stamp} — showing stored articles and rates")
        else:
            failed = len(summary.failed_feeds)
            errors = f", {failed} feed{'s' if failed != 1 else ''} in error" if failed else ""
            if summary.new_articles and self._config.notifications.new_articles:
                self.notify_new_articles(summary.new_articles)
            self.status_text.setText(f"Updated at {stamp}: {summary.describe()}{errors}")
        self.reload_everything()
        self._save_refresh_time()

    def _set_network_state(self) -> None:
        self.network_label.setText("● Offline" if self._offline else "")
        if self._started_offline:
            why = f"{STARTED_OFFLINE}: showing what is stored"
        elif self._read_only is not None:
            why = self._refresh_refused
        else:
            why = "No network: showing what is stored" if self._offline else ""
        self.network_label.setToolTip(why)
        if self._offline and not self.status_text.text():
            self.status_text.setText("Offline — showing stored articles and rates")

    def _save_refresh_time(self) -> None:
        stamp = datetime.now().isoformat(timespec="seconds")
        self.library.remember({"last_refresh": stamp})

    # -- layout persistence ------------------------------------------------------------------
    def _restore_layout(self) -> None:
        for key, restore in (
            (_GEOMETRY_KEY, self.restoreGeometry),
            (_STATE_KEY, self.restoreState),
        ):
            saved = self.library.remembered(key)
            if saved:
                restore(QByteArray(base64.b64decode(saved)))
        zoom = self.library.remembered(_ZOOM_KEY)
        if zoom and zoom.lstrip("-").isdigit():
            self.reader.set_zoom(int(zoom))
        splitters = self.library.remembered(_SPLITTER_KEY)
        if splitters:
            main, content = splitters.split(";", 1)
            self.main_splitter.restoreState(QByteArray(base64.b64decode(main)))
            self.content_splitter.restoreState(QByteArray(base64.b64decode(content)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_layout()

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

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self._end_undo()  # what was marked read stays so
        self.library.remember(self._layout_state())
        if self._refresher is not None:
            self._refresher.stop_schedule()
        self.compact.close()
        super().closeEvent(event)
        QTimer.singleShot(0, self.library.close)
