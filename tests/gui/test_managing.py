"""Managing what is read, in the real window over a real database, offscreen: the context
menus of articles, feeds and folders, a feed's properties, folders made before their first
feed, dragging a feed to another folder, and *Feeds with errors…* that edits and removes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import datetime

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from desktop_app.config import Config
from desktop_app.domain import ArticleFilter, Feed
from desktop_app.services.library import Library
from desktop_app.store import articles, feeds
from desktop_app.store.db import Database
from desktop_app.ui.feed_properties import FeedPropertiesDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sidebar import FEED_MIME
from tests.gui.conftest import DesktopStandIn, desktop_stand_in

MACWORLD = 30
SCRIPTING = 50


def _window(qtbot, database: Database, config: Config, *, offline: bool = True) -> MainWindow:
    window = MainWindow(Library(database), config, offline=offline)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def _stored(database: Database, title: str) -> Feed:
    with closing(database.reader()) as reader:
        return next(f for f in feeds.list_feeds(reader) if title in (f.title, f.url))


def _labels(window: MainWindow) -> list[str]:
    model = window.sidebar.model()
    labels = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        labels.append(index.data())
        labels.extend(f"  {model.index(r, 0, index).data()}" for r in range(model.rowCount(index)))
    return labels


def _index(window: MainWindow, label_start: str):
    model = window.sidebar.model()
    matches = model.match(
        model.index(0, 0), Qt.ItemDataRole.DisplayRole, label_start, 1,
        Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive,
    )  # fmt: skip
    assert matches, label_start
    return matches[0]


def _entry(menu: QMenu, text: str):
    (action,) = [a for a in menu.actions() if a.text() == text]
    return action


def _settle(window: MainWindow) -> None:
    """Wait for the writer to have done everything queued so far."""
    window.library.set_read([], True).result()


@pytest.fixture
def browser() -> Iterator[DesktopStandIn]:
    with desktop_stand_in(("http", "https")) as handler:
        yield handler


def _answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Answer the next question box with ``button``, noting what it asked."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)


def _after(window: MainWindow, qtbot, condition: Callable[[], bool]) -> None:
    _settle(window)
    qtbot.waitUntil(condition)


# -- articles ---------------------------------------------------------------------------------
def test_an_articles_menu_marks_stars_opens_and_copies_without_opening_it(
    qtbot, filled_database, config, browser
):
    window = _window(qtbot, filled_database, config)
    window.sidebar.setCurrentIndex(_index(window, "Macworld"))
    window.article_view.selectRow(0)  # opened: read
    _settle(window)
    first, third = window.article_model.article_at(0), window.article_model.article_at(2)
    assert first is not None and third is not None and first.read and not third.read

    menu = window.reading.article_menu(0)
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Mark as unread", "Star", "Open in browser", "Copy link", "Open enclosure"
    ]  # fmt: skip
    _entry(menu, "Mark as unread").trigger()
    _entry(window.reading.article_menu(2), "Star").trigger()
    _after(window, qtbot, lambda: "Starred  (1)" in _labels(window))
    assert window.windowTitle() == f"Caravan — {MACWORLD + SCRIPTING} unread"
    with closing(filled_database.reader()) as reader:
        assert not articles.get_article(reader, first.id).read  # type: ignore[union-attr]
        starred = articles.get_article(reader, third.id)
        assert starred is not None and starred.starred and not starred.read
    # The menu acted on the row under it: the open article stays the open one.
    assert window.reading.current_article_id == first.id
    assert _entry(window.reading.article_menu(2), "Remove star").isEnabled()

    _entry(window.reading.article_menu(2), "Copy link").trigger()
    assert QGuiApplication.clipboard().text() == third.link
    _entry(window.reading.article_menu(2), "Open in browser").trigger()
    assert browser.opened == [QUrl(third.link).toString()]


def test_right_click_on_an_article_shows_its_menu(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    shown: list[list[str]] = []

    def look_and_close() -> None:
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu):
            QTimer.singleShot(10, look_and_close)
            return
        shown.append([action.text() for action in popup.actions()])
        popup.close()

    QTimer.singleShot(0, look_and_close)
    rect = window.article_view.visualRect(window.article_model.index(1, 0))
    window.article_view.customContextMenuRequested.emit(rect.center())
    assert shown and shown[0][0] == "Mark as read"
    assert window.reading.current_article_id is None  # nothing opened, nothing marked


# -- feeds ------------------------------------------------------------------------------------
def test_a_feeds_menu_copies_its_address_opens_its_site_and_refreshes_it(
    qtbot, filled_database, config, browser
):
    filled_database.writer.run(
        lambda c: c.execute(
            "UPDATE feeds SET site_url = 'https://www.macworld.com/' WHERE folder = 'Tech'"
        )
    )
    window = _window(qtbot, filled_database, config, offline=False)
    macworld = _stored(filled_database, "Macworld")
    menu = window.feed_menu(macworld)
    _entry(menu, "Copy address").trigger()
    assert QGuiApplication.clipboard().text() == "http://example.invalid/macworld"
    _entry(menu, "Open website").trigger()
    assert browser.opened == ["https://www.macworld.com/"]
    scripting = _stored(filled_database, "Scripting News")
    assert not _entry(window.feed_menu(scripting), "Open website").isEnabled()  # none given

    # Refreshing one feed makes it due now: the next check of the due feeds fetches it.
    filled_database.writer.run(
        lambda c: c.execute("UPDATE feeds SET next_check_at = 4102444800")  # year 2100
    )
    _entry(window.feed_menu(macworld), "Refresh this feed").trigger()
    _settle(window)
    with closing(filled_database.reader()) as reader:
        due = feeds.due_feeds(reader, datetime.now().astimezone())
    assert [feed.title for feed in due] == ["Macworld"]


def test_refreshing_one_feed_is_refused_offline_saying_why(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    action = _entry(window.feed_menu(_stored(filled_database, "Macworld")), "Refresh this feed")
    assert not action.isEnabled()
    assert action.toolTip() == window.refresh_action.toolTip() != ""


# -- properties -------------------------------------------------------------------------------
def _properties(window: MainWindow, feed: Feed) -> FeedPropertiesDialog:
    window.subscriptions.show_properties(feed)
    dialog = window.subscriptions.properties_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_properties_dialog_changes_what_edit_feed_changes_and_the_address_keeps_articles(
    qtbot, filled_database, config
):
    window = _window(qtbot, filled_database, config)
    macworld = _stored(filled_database, "Macworld")
    dialog = _properties(window, macworld)
    assert dialog.url.text() == macworld.url
    assert dialog.folder.currentText() == "Tech"
    assert dialog.article_count.text() == str(MACWORLD)
    assert dialog.last_error.text() == "none"
    assert dialog.interval.text() == f"The global interval ({config.refresh.interval_minutes} min)"
    controls = (dialog.url, dialog.title, dialog.folder, dialog.interval, dialog.enabled)
    buttons = (dialog.full_text, dialog.ok_button, dialog.website_button, dialog.copy_button)
    for widget in (*controls, *buttons):
        assert widget.accessibleName(), widget

    dialog.url.setText("https://www.macworld.com/feed")
    dialog.title.setText("Mac news")
    dialog.folder.setCurrentText("Apple")
    dialog.interval.setValue(90)
    dialog.enabled.setChecked(False)
    dialog.full_text.setCurrentIndex(1)  # always
    dialog.ok_button.click()
    _after(window, qtbot, lambda: "Apple  (30)" in _labels(window))

    changed = _stored(filled_database, "Mac news")
    assert changed.id == macworld.id and changed.url == "https://www.macworld.com/feed"
    assert (changed.folder, changed.interval_minutes, changed.enabled, changed.full_text) == (
        "Apple", 90, False, True
    )  # fmt: skip
    assert window.library.count(ArticleFilter(feed_id=macworld.id)) == MACWORLD

    # Back to the global interval, automatic full text; the rest untouched.
    dialog = _properties(window, changed)
    dialog.interval.setValue(0)
    dialog.full_text.setCurrentIndex(0)
    dialog.ok_button.click()
    _after(window, qtbot, lambda: _stored(filled_database, "Mac news").interval_minutes is None)
    again = _stored(filled_database, "Mac news")
    assert (again.full_text, again.folder, again.enabled) == (None, "Apple", False)


def test_a_bad_or_taken_address_is_refused_and_said(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    macworld = _stored(filled_database, "Macworld")
    dialog = _properties(window, macworld)
    dialog.url.setText("ftp://example.invalid/feed")
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem.isVisible() and "http" in dialog.problem.text()
    dialog.url.setText("http://example.invalid/scripting")  # Scripting News has it
    dialog.title.setText("Still renamed")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    _after(window, qtbot, lambda: "Another feed already has" in window.statusBar().currentMessage())
    kept = _stored(filled_database, "Still renamed")
    assert kept.url == macworld.url


def test_the_properties_buttons_copy_the_address_and_open_the_website(
    qtbot, filled_database, config, browser
):
    filled_database.writer.run(
        lambda c: c.execute(
            "UPDATE feeds SET site_url = 'https://www.macworld.com/' WHERE folder = 'Tech'"
        )
    )
    window = _window(qtbot, filled_database, config)
    dialog = _properties(window, _stored(filled_database, "Macworld"))
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "http://example.invalid/macworld"
    dialog.website_button.click()
    assert browser.opened == ["https://www.macworld.com/"]
    dialog.reject()
    dialog = _properties(window, _stored(filled_database, "Scripting News"))
    assert not dialog.website_button.isEnabled()


# -- folders ----------------------------------------------------------------------------------
def test_a_new_folder_shows_while_empty_and_survives_a_restart(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    window.subscriptions.folders.new("Reading list")
    _after(window, qtbot, lambda: "Reading list" in _labels(window))
    again = _window(qtbot, filled_database, config)
    assert "Reading list" in _labels(again)
    shown = _index(again, "Reading list")  # told apart from the smart filters
    assert shown.data(Qt.ItemDataRole.ToolTipRole) == "An empty folder: drag feeds here"
    assert shown.data(Qt.ItemDataRole.AccessibleTextRole) == "Reading list, empty folder"
    folder = _properties(again, _stored(filled_database, "Macworld")).folder
    assert "Reading list" in [folder.itemText(i) for i in range(folder.count())]


def _drop(window: MainWindow, feed_label: str, target_label: str | None) -> None:
    """Drop a feed's row where ``target_label`` is (None: the blank space below)."""
    sidebar = window.sidebar
    data = sidebar.model().mimeData([_index(window, feed_label)])
    assert data.hasFormat(FEED_MIME)
    if target_label is None:
        last = sidebar.visualRect(sidebar.model().index(sidebar.model().rowCount() - 1, 0))
        where = QPointF(last.center().x(), sidebar.viewport().height() - 2)
    else:
        where = QPointF(sidebar.visualRect(_index(window, target_label)).center())
    event = QDropEvent(
        where, Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    sidebar.dropEvent(event)
    assert event.isAccepted()


def test_dragging_a_feed_moves_it_between_folders(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    window.subscriptions.folders.new("Blogs")
    _after(window, qtbot, lambda: "Blogs" in _labels(window))

    _drop(window, "Scripting News", "Blogs")
    _after(window, qtbot, lambda: "  Scripting News  (50)" in _labels(window))
    assert _stored(filled_database, "Scripting News").folder == "Blogs"
    assert _labels(window)[3:5] == ["Blogs  (50)", "  Scripting News  (50)"]
    # Now it has a feed, the folder lives on as that feed's folder only.
    assert window.library.remembered("sidebar.empty_folders") == "[]"

    _drop(window, "Scripting News", "Macworld")  # onto a feed: into its folder
    _after(window, qtbot, lambda: _stored(filled_database, "Scripting News").folder == "Tech")
    assert "Blogs" not in _labels(window)

    _drop(window, "Macworld", None)  # onto the blank space: out of any folder
    _after(window, qtbot, lambda: _stored(filled_database, "Macworld").folder == "")


def test_something_else_dragged_in_is_not_taken_for_a_feed(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    data = QMimeData()
    data.setText("http://example.invalid/other")
    event = QDropEvent(
        QPointF(window.sidebar.visualRect(_index(window, "Tech")).center()),
        Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.sidebar.dropEvent(event)
    _settle(window)
    assert [f.folder for f in window.library.feeds()] == ["", "Tech"]


def test_a_folders_menu_renames_deletes_after_asking_and_marks_read(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    menu = window.subscriptions.folders.menu("Tech")
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Mark all as read", "New folder…", "Rename folder…", "Delete folder…"
    ]  # fmt: skip
    assert [a.text() for a in window.subscriptions.folders.menu("").actions()] == ["New folder…"]

    window.subscriptions.folders.rename("Tech", "Apple")
    _after(window, qtbot, lambda: "Apple  (30)" in _labels(window))
    assert _stored(filled_database, "Macworld").folder == "Apple"

    asked: list[str] = []
    _answer(QMessageBox.StandardButton.No, asked)
    _entry(window.subscriptions.folders.menu("Apple"), "Delete folder…").trigger()
    assert asked == [
        "Delete the folder Apple? Its 1 feed will be outside any folder; none is unsubscribed."
    ]
    _settle(window)
    assert _stored(filled_database, "Macworld").folder == "Apple"
    _answer(QMessageBox.StandardButton.Yes, asked)
    _entry(window.subscriptions.folders.menu("Apple"), "Delete folder…").trigger()
    _after(window, qtbot, lambda: "Apple  (30)" not in _labels(window))
    assert _stored(filled_database, "Macworld").folder == ""
    assert window.library.count(ArticleFilter()) == MACWORLD + SCRIPTING  # nothing unsubscribed

    window.subscriptions.folders.new("Tech")
    window.update_feed(_stored(filled_database, "Macworld").id, folder="Tech")
    _after(window, qtbot, lambda: "Tech  (30)" in _labels(window))
    _entry(window.subscriptions.folders.menu("Tech"), "Mark all as read").trigger()
    _after(window, qtbot, lambda: window.windowTitle() == f"Caravan — {SCRIPTING} unread")


def test_an_empty_folder_is_renamed_and_deleted_without_a_feed(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    window.subscriptions.folders.new("Later")
    _after(window, qtbot, lambda: "Later" in _labels(window))
    window.subscriptions.folders.rename("Later", "Someday")
    _after(window, qtbot, lambda: "Someday" in _labels(window) and "Later" not in _labels(window))
    window.subscriptions.folders.new("Someday")  # taken: said, not doubled
    assert window.statusBar().currentMessage() == "There is already a folder Someday"
    asked: list[str] = []
    _answer(QMessageBox.StandardButton.Yes, asked)
    _entry(window.subscriptions.folders.menu("Someday"), "Delete folder…").trigger()
    _after(window, qtbot, lambda: "Someday" not in _labels(window))
    assert asked == ["Delete the folder Someday? It has no feeds."]


# -- feeds with errors ------------------------------------------------------------------------
def test_feeds_with_errors_opens_a_feeds_properties_and_removes_it(qtbot, filled_database, config):
    macworld = _stored(filled_database, "Macworld")
    filled_database.writer.run(lambda c: feeds.record_error(c, macworld.id, "HTTP 404: Not Found"))
    window = _window(qtbot, filled_database, config)
    window.errors_action.trigger()
    dialog = window.feed_errors_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.selected_feed() is not None and dialog.selected_feed().id == macworld.id  # type: ignore[union-attr]
    assert dialog.edit_button.isEnabled() and dialog.remove_button.isEnabled()

    dialog.edit_button.click()
    properties = window.subscriptions.properties_dialog
    assert properties is not None and properties.isVisible()
    assert properties.last_error.text() == "HTTP 404: Not Found (1×)"
    properties.url.setText("https://www.macworld.com/feed")
    properties.ok_button.click()
    # The corrected address clears the error: the list follows.
    _after(window, qtbot, lambda: dialog.summary.text() == "Every feed is fine.")
    assert not dialog.edit_button.isEnabled()

    filled_database.writer.run(lambda c: feeds.record_error(c, macworld.id, "HTTP 410: Gone"))
    dialog.show_feeds([f for f in window.library.feeds() if f.last_error])
    asked: list[str] = []
    _answer(QMessageBox.StandardButton.Yes, asked)
    dialog.remove_button.click()
    _after(window, qtbot, lambda: dialog.summary.text() == "Every feed is fine.")
    assert asked and "Macworld" in asked[0]
    assert [f.title for f in window.library.feeds()] == ["Scripting News"]
