"""Reading: the article list with its search and date filter, the reader, moving between
articles, marking one read or starred (also from its context menu), and the full text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QLocale, QModelIndex, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QVBoxLayout, QWidget

from desktop_app.domain import Article, ArticleFilter, Enclosure, Feed
from desktop_app.i18n import PLURAL, translate
from desktop_app.services.read_undo import ReadUndo
from desktop_app.textmatch import query_words
from desktop_app.ui.article_list import ArticleListModel
from desktop_app.ui.article_view import ArticleListView
from desktop_app.ui.reader_view import ReaderView
from desktop_app.ui.window.context import WindowContext

if TYPE_CHECKING:
    from desktop_app.services.outcomes import OfflineSummary
    from desktop_app.ui.enclosures import EnclosurePanel
    from desktop_app.ui.list_state import ListState

SEARCH_DELAY_MS = 150  # search as you type, once the typing pauses
KEEP_OPEN_ROWS = 5_000  # how far down a new list is read to keep the open article selected


def date_ranges() -> tuple[tuple[str, int | None], ...]:
    """The date filter: (title, days before today's midnight; None: no limit)."""
    return (
        (translate("Reading", "Any time"), None),
        (translate("Reading", "Today"), 0),
        (translate("Reading", "Since yesterday"), 1),
        (translate("Reading", "Last 7 days"), 6),
        (translate("Reading", "Last 30 days"), 29),
    )


_ZOOM_KEY = "reader.zoom"


@dataclass(frozen=True, slots=True)
class ListPrompts:
    """What the list pane offers where articles would be: subscribing when there are no
    feeds, and for a feed in error, a retry and a new address (the window wires them)."""

    add_feed: Callable[[], None]
    import_opml: Callable[[], None]
    retry: Callable[[], None]
    edit_address: Callable[[Feed], None]


class Reading:
    """The list pane and the reader (the window lays them out), and the Article menu."""

    def __init__(
        self,
        context: WindowContext,
        read_undo: ReadUndo,
        sidebar_filter: Callable[[], ArticleFilter],
        prompts: ListPrompts,
    ) -> None:
        self._context = context
        self._prompts = prompts
        self.list_state: ListState | None = None  # built when first needed
        self._read_undo = read_undo
        self._sidebar_filter = sidebar_filter
        self.current_article_id: int | None = None
        self._feed_text_chosen: set[int] = set()  # articles shown with the feed's own text
        self.article_model = ArticleListModel(context.library)
        self.article_view = ArticleListView()
        self.article_view.delegate.icons = context.feed_icons
        self.article_view.setModel(self.article_model)
        self.list_header = QLabel()
        self.list_header.setObjectName("list-header")
        self.list_pane = QWidget()
        list_layout = QVBoxLayout(self.list_pane)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(2)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setAccessibleName(translate("Reading", "Search articles"))
        self.search_box.setPlaceholderText(translate("Reading", "Search titles and text  (/)"))
        self.search_box.setMinimumWidth(_fitting_width(self.search_box))
        self.search_box.setMaximumWidth(max(320, self.search_box.minimumWidth()))
        self._search_timer = QTimer(context.window)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        clear_search = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_box)
        clear_search.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.activated.connect(self._leave_search)
        # Enter took the user to the results: Esc there still ends the search.
        clear_in_results = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.article_view)
        clear_in_results.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear_in_results.activated.connect(self._leave_search)
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            to_results = QShortcut(QKeySequence(key), self.search_box)
            to_results.setContext(Qt.ShortcutContext.WidgetShortcut)
            to_results.activated.connect(self._go_to_results)
        header_row = QHBoxLayout()
        header_row.setContentsMargins(4, 0, 0, 0)
        header_row.addWidget(self.list_header, 1)
        self.date_range = QComboBox()
        self.date_range.setObjectName("date-range")
        # Named for what it filters; screen readers say its value (the range) after it.
        self.date_range.setAccessibleName(translate("Reading", "Date filter: published"))
        self.date_range.setToolTip(translate("Reading", "Show articles published in this period"))
        for title, days in date_ranges():
            self.date_range.addItem(title, days)
        self.date_range.currentIndexChanged.connect(lambda _index: self._apply_search())
        # Its label: on Linux a combo box is named by the label that points at it (AT-SPI's
        # labelled-by), its own name being its value; screen readers say "Published: Today".
        date_label = QLabel(translate("Reading", "&Published:"))
        date_label.setBuddy(self.date_range)
        header_row.addWidget(date_label)
        header_row.addWidget(self.date_range)
        header_row.addWidget(self.search_box)
        list_layout.addLayout(header_row)
        list_layout.addWidget(self.article_view)
        self._list_layout = list_layout

        self.reader = ReaderView()
        # The article's enclosures go under the reader, in a panel built with the first
        # article that has any (its module and widgets cost start-up ~13 M instructions).
        self._enclosures: EnclosurePanel | None = None
        self._column_left = 0  # the reader's text column, which the panel lines up with
        self.reader_pane = QWidget()
        self._reader_layout = reader_layout = QVBoxLayout(self.reader_pane)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.setSpacing(0)
        reader_layout.addWidget(self.reader, 1)
        self.reader.column_moved.connect(self._column_moved)
        self.reader.set_image_source(context.library.image)
        self.reader.action_requested.connect(self._on_reader_action)
        self.reader.link_refused.connect(lambda text: context.show_message(text, 6000))
        self.article_view.selectionModel().selectionChanged.connect(self._on_selection)
        self.article_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.article_view.customContextMenuRequested.connect(self._on_article_menu)
        self.article_model.rowsInserted.connect(lambda *_: self.update_list_header())

    def fill_article_menu(self, menu: QMenu) -> None:
        context = self._context
        for text, keys, slot in (
            (translate("Reading", "&Next article"), "J", lambda: self._move(1)),
            (translate("Reading", "&Previous article"), "K", lambda: self._move(-1)),
            (translate("Reading", "Next &unread article"), "N", self.next_unread),
            (
                translate("Reading", "Page down, then next unread"),
                "Space",
                self.page_or_next_unread,
            ),
            (translate("Reading", "Toggle &read"), "M", self.toggle_read),
            (translate("Reading", "Toggle &star"), "S", self.toggle_star),
            (translate("Reading", "&Open in browser"), "O", self.open_original),
            (translate("Reading", "Play or open &enclosure"), "E", self.open_first_enclosure),
        ):
            action = context.action(text, slot, keys)
            menu.addAction(action)
            if keys in ("M", "S"):
                context.refuse_changes(action)
        self.full_text_action = context.action(
            translate("Reading", "&Fetch full text"), self.fetch_full_text, "Shift+F"
        )
        menu.addAction(self.full_text_action)
        if context.refresh_refused:
            context.refuse(self.full_text_action, context.full_text_refused)
        search_action = context.action(translate("Reading", "&Search"), self._focus_search, "/")
        search_action.setShortcuts([QKeySequence("/"), QKeySequence(QKeySequence.StandardKey.Find)])
        menu.addAction(search_action)

    def zoom_actions(self) -> list[QAction]:
        """Ctrl + / Ctrl -, for the View menu."""
        return [
            self._context.action(text, partial(self.zoom_reader, step), standard_key)
            for text, standard_key, step in (
                (translate("Reading", "&Larger text"), QKeySequence.StandardKey.ZoomIn, 1),
                (translate("Reading", "&Smaller text"), QKeySequence.StandardKey.ZoomOut, -1),
            )
        ]

    def restore_zoom(self) -> None:
        zoom = self._context.library.remembered(_ZOOM_KEY)
        if zoom and zoom.lstrip("-").isdigit():
            self.reader.set_zoom(int(zoom))

    def zoom_reader(self, step: int) -> None:
        """Ctrl + / Ctrl -: the reader's text size, remembered across restarts."""
        self.reader.set_zoom(self.reader.zoom + step)
        self._context.library.remember({_ZOOM_KEY: str(self.reader.zoom)})

    # -- the list ----------------------------------------------------------------------------
    def show_filter(self, article_filter: ArticleFilter, *, keep_open: bool = False) -> None:
        """List what ``article_filter`` selects, with the search and date range applied.
        With ``keep_open`` (the search or the date range changed, not the sidebar's choice)
        the open article stays in the reader, selected, if the new list holds it."""
        kept = self.current_article_id if keep_open else None
        self.current_article_id = None
        article_filter = replace(
            article_filter, search=self.search_box.text().strip(), since=self._since()
        )
        self.article_view.delegate.search = article_filter.search
        self.article_model.set_filter(article_filter)
        row = self._load_through(kept) if kept is not None else None
        if kept is not None and row is not None:
            self.current_article_id = kept
            self._select_quietly(row)
            self.article_view.scrollTo(self.article_model.index(row, 0))
            self._show_again_in_place(kept)
        else:
            self.reader.clear_article()
            self._clear_enclosures()
        self.update_list_header()

    def _load_through(self, article_id: int) -> int | None:
        """The row of ``article_id`` in the list, reading more pages for it up to a bound (an
        article thousands of rows down is not worth the wait: the reader is cleared instead)."""
        row = self.article_model.row_of(article_id)
        while row is None and (
            self.article_model.rowCount() < KEEP_OPEN_ROWS and self.article_model.canFetchMore()
        ):
            self.article_model.fetchMore()
            row = self.article_model.row_of(article_id)
        return row

    def _show_again_in_place(self, article_id: int) -> None:
        """The open article with the search's new highlights, where the reader stood."""
        article = self._context.library.article(article_id)
        if article is None:
            self.reader.clear_article()
            self._clear_enclosures()
            return
        document = self._document(article)
        if document != self.reader.shown_document:
            position = self.reader.verticalScrollBar().value()
            self.reader.show_html(document)
            self.reader.verticalScrollBar().setValue(position)

    def reload_articles(self) -> None:
        shown = self.article_model.rowCount()
        self.article_model.reload(shown)
        if self.current_article_id is not None:
            row = self.article_model.row_of(self.current_article_id)
            if row is not None:
                self._select_quietly(row)
        self.update_list_header()

    def _select_quietly(self, row: int) -> None:
        """Select ``row`` without opening it again."""
        self.article_view.selectionModel().blockSignals(True)
        self.article_view.selectRow(row)
        self.article_view.selectionModel().blockSignals(False)

    def update_list_header(self) -> None:
        total = self.article_model.total
        searching = bool(self.article_model.article_filter.search)
        loaded = self.article_model.rowCount()
        if total and loaded < total:
            # More than the list has read yet: say which part is shown, and of how many.
            text = (
                translate(
                    "Reading", "Showing 1–{loaded} of %Ln articles found", None, PLURAL, total
                )
                if searching
                else translate("Reading", "Showing 1–{loaded} of %Ln articles", None, PLURAL, total)
            ).format(loaded=QLocale().toString(loaded))
        elif total:
            text = (
                translate("Reading", "%Ln article(s) found", None, PLURAL, total)
                if searching
                else translate("Reading", "%Ln article(s)", None, PLURAL, total)
            )
        elif searching and not query_words(self.article_model.article_filter.search):
            text = translate("Reading", "Nothing to search for: type a word")
        elif searching:
            text = translate("Reading", "No article matches the search")
        else:
            text = self._nothing_shown()
        self._show_list_state(None if searching else self._shown_feed())
        self.list_header.setText(text)

    def _nothing_shown(self) -> str:
        """Why the list is empty, truthfully: no feed, not fetched yet, offline, or nothing
        matching the sidebar's choice."""
        context, article_filter = self._context, self.article_model.article_filter
        feed = self._shown_feed()
        if feed is not None and feed.last_error:
            return translate("Reading", "No articles from this feed")
        if feed is not None and feed.last_fetched_at is None:
            if context.offline:
                return translate(
                    "Reading", "Not checked yet — it is fetched with the first refresh online"
                )
            return translate("Reading", "Not checked yet")
        if article_filter != ArticleFilter():
            return translate("Reading", "Nothing here")
        if not context.feed_count:
            return translate("Reading", "No feeds yet")
        if context.offline:
            return translate(
                "Reading", "No articles stored yet — they arrive with the first refresh online"
            )
        return translate("Reading", "No articles yet — refreshing feeds…")

    def _shown_feed(self) -> Feed | None:
        feed_id = self.article_model.article_filter.feed_id
        if feed_id is None:
            return None
        return next((feed for feed in self._context.library.feeds() if feed.id == feed_id), None)

    def _show_list_state(self, feed: Feed | None) -> None:
        """The empty library's way in, or a feed's error with what can be done about it,
        where the articles would be; otherwise the list (then list_state, ~4 M instructions
        of classes and Qt enums, is not loaded: this runs before the first paint)."""
        context, prompts = self._context, self._prompts
        refused = str(context.read_only) if context.read_only is not None else ""
        empty = not self.article_model.total
        if empty and not context.feed_count and not self.article_model.article_filter.search:
            from desktop_app.ui.list_state import Choice

            self._list_state().show_state(
                translate("Reading", "No feeds yet"),
                translate(
                    "Reading",
                    "Add a feed by its address or a site's, or import the subscriptions "
                    "exported from another feed reader (OPML).",
                ),
                (
                    Choice(translate("Reading", "Add a feed…"), prompts.add_feed, refused),
                    Choice(translate("Reading", "Import OPML…"), prompts.import_opml, refused),
                ),
            )
        elif feed is not None and feed.last_error:
            from desktop_app.ui.dates import local_date_time
            from desktop_app.ui.list_state import Choice

            when = feed.error_since.astimezone() if feed.error_since else None
            since = (
                translate("Reading", " (since {when})").format(when=local_date_time(when))
                if when
                else ""
            )
            self._list_state().show_state(
                translate("Reading", "This feed could not be fetched"),
                f"{feed.last_error}{since}",
                (
                    Choice(translate("Reading", "Retry"), prompts.retry, context.refresh_refused),
                    Choice(
                        translate("Reading", "Edit address…"),
                        lambda: prompts.edit_address(feed),
                        refused,
                    ),
                ),
            )
        elif self.list_state is not None:
            self.list_state.hide()
        in_place = self.list_state is not None and not self.list_state.isHidden()
        self.article_view.setVisible(not (empty and in_place))

    def _list_state(self) -> ListState:
        if self.list_state is None:
            from desktop_app.ui.list_state import ListState

            self.list_state = ListState()
            self._list_layout.insertWidget(1, self.list_state, 1)
        return self.list_state

    def _apply_search(self) -> None:
        """Search as you type (debounced): the words narrow what the sidebar selected."""
        self.show_filter(self._sidebar_filter(), keep_open=True)

    def _since(self) -> datetime | None:
        """The start of the chosen date range: local midnight, so "Today" means today here."""
        days = self.date_range.currentData()
        if not isinstance(days, int):
            return None
        midnight = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        return midnight - timedelta(days=days)

    def _go_to_results(self) -> None:
        """Down or Enter in the search box: read the first result."""
        self._search_timer.stop()
        self._apply_search()
        self.article_view.setFocus()
        self._move(1)

    def _leave_search(self) -> None:
        """Esc: the whole list again at once (no typing delay), the open article kept."""
        if self.search_box.text():
            self.search_box.clear()
            self._search_timer.stop()
            self._apply_search()
        self.article_view.setFocus()

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    # -- opening an article ------------------------------------------------------------------
    def open_article(self, article_id: int) -> None:
        """Show one article in the reader and mark it read, whatever the list shows."""
        article = self._context.library.article(article_id)
        if article is None:
            return
        self.current_article_id = article_id
        self._read_undo.touch([article_id])
        self._show_article(article)
        row = self.article_model.row_of(article_id)
        if row is not None:
            self._select_quietly(row)
            if self._marks_read_on_open():
                self.article_model.set_read_locally(row, True)
        if not article.read and self._marks_read_on_open():
            self._context.after(
                self._context.library.set_read([article_id], True),
                self._context.reload_everything,
            )

    def _marks_read_on_open(self) -> bool:
        """As the settings say, unless the mark could not be saved."""
        return self._context.config.reader.mark_read_on_open and self._context.read_only is None

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self._open_row(indexes[0])

    def _open_row(self, index: QModelIndex) -> None:
        summary = self.article_model.article_at(index.row())
        if summary is None:
            return
        self.current_article_id = summary.id
        self._read_undo.touch([summary.id])
        article = self._context.library.article(summary.id)
        if article is None:
            self.reader.clear_article()
            self._clear_enclosures()
            return
        self._show_article(article)
        if not summary.read and self._marks_read_on_open():
            self.article_model.set_read_locally(index.row(), True)
            self._context.after(
                self._context.library.set_read([summary.id], True),
                self._context.reload_counts,
            )

    def _document(self, article: Article) -> str:
        return self._context.library.article_document(
            article,
            feed_text=article.id in self._feed_text_chosen,
            highlight=self.article_model.article_filter.search,
        )

    def _show_article(self, article: Article) -> None:
        self.reader.show_html(self._document(article))
        wanted = bool(article.enclosures) or self._enclosures is not None
        if wanted and self.enclosures.article_id != article.id:
            self.enclosures.show_article(article)

    @property
    def enclosures(self) -> EnclosurePanel:
        """The panel of the open article's enclosures (hidden while it has none)."""
        if self._enclosures is None:
            from desktop_app.ui.enclosures import EnclosurePanel

            self._enclosures = EnclosurePanel(self._context)
            self._enclosures.align_with(self._column_left)
            self._reader_layout.addWidget(self._enclosures)
        return self._enclosures

    def _clear_enclosures(self) -> None:
        if self._enclosures is not None:
            self._enclosures.clear()

    def _column_moved(self, left: int) -> None:
        self._column_left = left
        if self._enclosures is not None:
            self._enclosures.align_with(left)

    def on_offline_completed(self, work: OfflineSummary) -> None:
        """Full texts and images arrived: new excerpts in the list, and the open article gets
        them where the reader stands."""
        if not (work.full_texts or work.images):
            return
        if work.full_texts:
            self.reload_articles()
        if self.current_article_id is None:
            return
        article = self._context.library.article(self.current_article_id)
        if article is None:
            return
        document = self._document(article)
        if document != self.reader.shown_document:
            position = self.reader.verticalScrollBar().value()
            self.reader.show_html(document)
            self.reader.verticalScrollBar().setValue(position)

    def _on_reader_action(self, action: str) -> None:
        """The reader's own links: which text to show, or fetch the full text now."""
        # Loaded already by the article that holds the link: not needed at start-up.
        from desktop_app.services.article_view import (
            FETCH_FULL_TEXT,
            SHOW_FEED_TEXT,
            SHOW_FULL_TEXT,
        )

        article_id = self.current_article_id
        if article_id is None:
            return
        if action == FETCH_FULL_TEXT:
            self.fetch_full_text()
            return
        if action == SHOW_FEED_TEXT:
            self._feed_text_chosen.add(article_id)
        elif action == SHOW_FULL_TEXT:
            self._feed_text_chosen.discard(article_id)
        article = self._context.library.article(article_id)
        if article is not None:
            self._show_article(article)

    def fetch_full_text(self) -> None:
        """Download the open article's page now and show its main text."""
        context = self._context
        article_id = self.current_article_id
        if article_id is None:
            return
        if context.full_text_refused:
            context.show_message(context.full_text_refused, 8000)
            return
        context.show_message(translate("Reading", "Fetching the full text…"))
        fetched = context.library.fetch_full_text(article_id)

        def show(_future: object) -> None:
            error = fetched.exception()
            found = error is None and fetched.result()

            def report() -> None:
                article = context.library.article(article_id)
                if found and self.current_article_id == article_id and article is not None:
                    self._feed_text_chosen.discard(article_id)
                    self._show_article(article)
                    context.show_message(translate("Reading", "Full text fetched"), 5000)
                    return
                reason = str(error) if error else (article and article.full_text_error)
                reason = reason or translate("Reading", "unknown reason")
                context.show_message(
                    translate("Reading", "No full text: {reason}").format(reason=reason), 8000
                )

            context.dispatcher.post(report)

        fetched.add_done_callback(show)

    # -- the current article, or the one under the context menu ------------------------------
    def _on_article_menu(self, position: QPoint) -> None:
        index = self.article_view.indexAt(position)
        if index.isValid():
            self.article_menu(index.row()).exec(self.article_view.viewport().mapToGlobal(position))

    def article_menu(self, row: int) -> QMenu:
        """The list's context menu for the article in ``row``: it acts on that one without
        opening it (opening would mark it read)."""
        context = self._context
        menu = QMenu(context.window)
        menu.setToolTipsVisible(True)
        summary = self.article_model.article_at(row)
        if summary is None:
            return menu
        marks = [
            menu.addAction(
                translate("Reading", "Mark as unread")
                if summary.read
                else translate("Reading", "Mark as read"),
                lambda: self.toggle_read(row),
            ),
            menu.addAction(
                translate("Reading", "Remove star")
                if summary.starred
                else translate("Reading", "Star"),
                lambda: self.toggle_star(row),
            ),
        ]
        menu.addSeparator()
        for action in (
            menu.addAction(
                translate("Reading", "Open in browser"), lambda: self.open_original(row)
            ),
            menu.addAction(
                translate("Reading", "Copy link"),
                lambda: QGuiApplication.clipboard().setText(summary.link),
            ),
        ):
            action.setEnabled(bool(summary.link))
        self._add_enclosure_entry(menu, summary.id)
        context.refuse_in_menu(marks)
        return menu

    def _add_enclosure_entry(self, menu: QMenu, article_id: int) -> None:
        """ "Open enclosure": the article's one enclosure, a submenu when it has several,
        greyed out when it has none."""
        # Loaded with the first menu: the names are not needed to start.
        from desktop_app.services.enclosure_view import details, display_name

        context = self._context
        enclosures = context.library.enclosures(article_id)
        if len(enclosures) > 1:
            submenu = menu.addMenu(translate("Reading", "Open enclosure"))
            for enclosure in enclosures:
                entry = submenu.addAction(f"{display_name(enclosure)}  ({details(enclosure)})")
                entry.triggered.connect(partial(self._open_enclosure, enclosure))
            return
        action = menu.addAction(translate("Reading", "Open enclosure"))
        if enclosures:
            action.triggered.connect(partial(self._open_enclosure, enclosures[0]))
            action.setToolTip(display_name(enclosures[0]))
        else:
            action.setEnabled(False)
            action.setToolTip(translate("Reading", "This article has no enclosure"))

    def _open_enclosure(self, enclosure: Enclosure, _checked: bool = False) -> None:
        from desktop_app.ui.enclosures import open_enclosure

        open_enclosure(self._context, enclosure)

    def open_first_enclosure(self) -> None:
        """E: play or open the open article's first enclosure (its downloaded copy if any)."""
        article_id = self.current_article_id
        enclosures = self._context.library.enclosures(article_id) if article_id else ()
        if not enclosures:
            self._context.show_message(translate("Reading", "This article has no enclosure"), 3000)
            return
        self._open_enclosure(enclosures[0])

    def _row(self, row: int | None) -> int:
        return self.article_view.currentIndex().row() if row is None else row

    def toggle_read(self, row: int | None = None) -> None:
        """Read ↔ unread: the current article, or the one in ``row``."""
        row = self._row(row)
        summary = self.article_model.article_at(row)
        if summary is None:
            return
        self.article_model.set_read_locally(row, not summary.read)
        self._read_undo.touch([summary.id])
        self._context.after(
            self._context.library.set_read([summary.id], not summary.read),
            self._context.reload_counts,
        )

    def toggle_star(self, row: int | None = None) -> None:
        row = self._row(row)
        summary = self.article_model.article_at(row)
        if summary is None:
            return
        self.article_model.set_starred_locally(row, not summary.starred)
        self._context.after(
            self._context.library.set_starred([summary.id], not summary.starred),
            self._context.reload_counts,
        )

    def open_original(self, row: int | None = None) -> None:
        summary = self.article_model.article_at(self._row(row))
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
                self._context.show_message(translate("Reading", "No unread article below"), 3000)
                return
            self.article_model.fetchMore()

    def page_or_next_unread(self) -> None:
        """Space: scroll the article a page; at its end, go to the next unread one."""
        bar = self.reader.verticalScrollBar()
        if bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep())
        else:
            self.next_unread()


def _fitting_width(box: QLineEdit) -> int:
    """Wide enough for the placeholder to be read whole, frame and margins included."""
    margins = box.textMargins()
    text = box.fontMetrics().horizontalAdvance(box.placeholderText())
    # The frame, the text's own side margins (QLineEdit keeps 2 px a side, plus the style's
    # frame width) and the clear button beside the text (its icon and padding).
    return text + margins.left() + margins.right() + 48
