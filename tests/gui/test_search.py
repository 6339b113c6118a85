"""Searching the articles as a user does it: type, Enter to the results, Esc back, and the
article being read stays open through it all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.config import Config
from desktop_app.domain import ArticleFilter
from desktop_app.services.library import Library
from desktop_app.store import articles
from desktop_app.store.db import Database
from desktop_app.ui.main_window import MainWindow

EVERY_ARTICLE = 80  # Macworld's 30 and Scripting News' 50


def _window(qtbot, database: Database) -> MainWindow:
    window = MainWindow(Library(database), Config(), offline=True)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def _search(qtbot, window: MainWindow, text: str) -> None:
    window.search_box.setFocus()
    window.search_box.selectAll()
    QTest.keyClicks(window.search_box, text)
    qtbot.waitUntil(lambda: window.article_model.article_filter.search == text.strip())


def _selected_ids(window: MainWindow) -> list[int]:
    rows = window.article_view.selectionModel().selectedRows()
    return [window.article_model.article_at(index.row()).id for index in rows]  # type: ignore[union-attr]


def test_esc_in_the_results_ends_the_search_and_keeps_the_article_open(qtbot, filled_database):
    window = _window(qtbot, filled_database)
    _search(qtbot, window, "face id")
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.article_view.hasFocus()
    opened = window.reading.current_article_id
    assert opened is not None and "Face ID" in window.reader.toPlainText()
    QTest.keyClick(window.article_view, Qt.Key.Key_Escape)
    # At once, not after the typing delay: the whole list, the article still open and selected.
    assert window.search_box.text() == ""
    assert window.article_model.total == EVERY_ARTICLE
    assert window.article_view.hasFocus()
    assert window.reading.current_article_id == opened
    assert _selected_ids(window) == [opened]
    assert "Face ID" in window.reader.toPlainText()
    assert "search-match" not in window.reader.shown_document  # the highlights went with it


def test_clearing_the_search_keeps_the_open_article_where_it_is_in_the_whole_list(
    qtbot, filled_database
):
    window = _window(qtbot, filled_database)
    oldest_first = filled_database.writer.run(
        lambda connection: connection.execute(
            "SELECT id, title FROM articles ORDER BY published_at, id"
        ).fetchall()
    )
    # The oldest article with a title word to search for: the last row of the whole list.
    oldest, word = next(
        (row, word) for row in oldest_first for word in row["title"].split() if len(word) > 4
    )
    _search(qtbot, window, word)
    row = window.article_model.row_of(oldest["id"])
    assert row is not None
    window.article_view.selectRow(row)
    assert window.reading.current_article_id == oldest["id"]
    window.search_box.clear()  # the clear button does this
    qtbot.waitUntil(lambda: window.article_model.article_filter.search == "")
    assert window.reading.current_article_id == oldest["id"]
    assert _selected_ids(window) == [oldest["id"]]
    assert oldest["title"] in window.reader.toPlainText()
    whole_list_row = window.article_model.row_of(oldest["id"])
    assert whole_list_row is not None and whole_list_row > 40


def test_a_search_that_drops_the_open_article_clears_the_reader(qtbot, filled_database):
    window = _window(qtbot, filled_database)
    window.article_view.selectRow(0)
    assert window.reader.toPlainText()
    _search(qtbot, window, "nosuchwordanywhere")
    assert window.reading.current_article_id is None
    assert window.reader.toPlainText() == "Select an article to read it."


def test_punctuation_only_finds_nothing_and_says_what_to_type(qtbot, filled_database):
    window = _window(qtbot, filled_database)
    _search(qtbot, window, '"(*')
    assert window.article_model.total == 0
    assert window.list_header.text() == "Nothing to search for: type a word"


def test_mark_all_read_under_a_punctuation_search_marks_nothing(filled_database):
    def unread(connection) -> int:
        return articles.count_articles(connection, ArticleFilter(unread_only=True))

    changed = filled_database.writer.run(
        lambda connection: articles.mark_all_read(connection, ArticleFilter(search='"(*'))
    )
    assert changed == []
    assert filled_database.writer.run(unread) == EVERY_ARTICLE


def test_the_search_box_shows_its_whole_placeholder(qtbot, filled_database):
    window = _window(qtbot, filled_database)
    box = window.search_box
    needed = box.fontMetrics().horizontalAdvance(box.placeholderText())
    assert box.width() > needed
