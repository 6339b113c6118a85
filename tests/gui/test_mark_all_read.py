"""Marking many articles read, in the real window over a real database, offscreen: it asks
first above the configured number, and the status bar offers to undo exactly what it did."""

from __future__ import annotations

from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.config import Config, ReaderSettings, load_config
from desktop_app.domain import ArticleFilter, ParsedEntry
from desktop_app.services.library import Library
from desktop_app.store import articles, feeds
from desktop_app.store.db import Database
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.window import marking

MACWORLD = 30
SCRIPTING = 50


def _window(
    qtbot, database: Database, config: Config, config_path: Path | None = None
) -> MainWindow:
    window = MainWindow(Library(database), config, offline=True, config_path=config_path)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def _asking_above(config: Config, threshold: int) -> Config:
    return replace(config, reader=ReaderSettings(confirm_mark_all_read_above=threshold))


def _unread(database: Database) -> set[int]:
    with closing(database.reader()) as reader:
        return {row[0] for row in reader.execute("SELECT id FROM articles WHERE read = 0")}


def _feed_id(database: Database, title: str) -> int:
    with closing(database.reader()) as reader:
        return next(feed.id for feed in feeds.list_feeds(reader) if feed.title == title)


def _settle(window: MainWindow) -> None:
    """Wait for the writer to have done everything queued so far."""
    window.library.set_read([], True).result()


def _marked(qtbot, window: MainWindow, count: int) -> None:
    noun = "article" if count == 1 else "articles"
    qtbot.waitUntil(lambda: window.undo_bar.isVisible())
    assert window.undo_bar.message.text() == f"Marked {count} {noun} read"


def _prompt(window: MainWindow) -> QMessageBox:
    box = window.mark_read_prompt
    assert box is not None and box.isVisible()
    return box


def _confirm(box: QMessageBox) -> None:
    (button,) = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    button.click()


def test_undo_restores_exactly_the_articles_the_marking_changed(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    for row in range(3):  # read before: an undo leaves them read
        window.article_view.selectRow(row)
    _settle(window)
    unread_before = _unread(filled_database)
    assert len(unread_before) == MACWORLD + SCRIPTING - 3

    window.mark_all_action.trigger()

    _marked(qtbot, window, MACWORLD + SCRIPTING - 3)
    assert _unread(filled_database) == set()
    assert window.windowTitle() == "Caravan"
    button = window.undo_bar.button
    assert button.isVisible()
    assert button.accessibleName() == f"Undo marking {MACWORLD + SCRIPTING - 3} articles read"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.windowTitle() == f"Caravan — {len(unread_before)} unread")
    assert _unread(filled_database) == unread_before
    assert not window.undo_bar.isVisible()
    assert window.statusBar().currentMessage() == f"{len(unread_before)} articles unread again"


def test_undo_leaves_the_articles_opened_or_toggled_since(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    unread_before = _unread(filled_database)
    window.mark_all_read()
    _marked(qtbot, window, MACWORLD + SCRIPTING)
    opened = window.article_model.article_at(0)
    toggled = window.article_model.article_at(1)
    assert opened is not None and toggled is not None
    window.article_view.selectRow(0)  # read now, by the user
    window.article_view.selectRow(1)
    window.toggle_read()  # unread, then read again: the user's choice
    window.toggle_read()
    _settle(window)

    window.undo_action.trigger()

    qtbot.waitUntil(lambda: not window.undo_bar.isVisible())
    _settle(window)
    assert _unread(filled_database) == unread_before - {opened.id, toggled.id}


def test_ctrl_z_undoes_while_the_offer_shows_and_nothing_after_it_expired(
    qtbot, filled_database, config, monkeypatch: pytest.MonkeyPatch
):
    window = _window(qtbot, filled_database, config)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.article_view.setFocus()
    tech = ArticleFilter(folder="Tech")
    window.mark_all_read(tech)
    _marked(qtbot, window, MACWORLD)
    assert window.undo_action.isEnabled()

    qtbot.keyClick(window.article_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: window.windowTitle() == f"Caravan — {MACWORLD + SCRIPTING} unread")
    assert not window.undo_action.isEnabled()

    monkeypatch.setattr(marking, "UNDO_SECONDS", 1)
    window.mark_all_read(tech)
    _marked(qtbot, window, MACWORLD)
    qtbot.waitUntil(lambda: not window.undo_bar.isVisible(), timeout=5000)
    assert not window.undo_action.isEnabled()
    qtbot.keyClick(window.article_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _settle(window)
    assert len(_unread(filled_database)) == SCRIPTING  # the Tech folder stays read


def test_the_offer_lasts_at_least_ten_seconds():
    assert marking.UNDO_SECONDS >= 10


def test_a_refresh_between_marking_and_undo_stays_as_it_came(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    news = _feed_id(filled_database, "Scripting News")
    window.mark_all_read(ArticleFilter(feed_id=news))
    _marked(qtbot, window, SCRIPTING)
    fresh = [
        ParsedEntry(f"fresh-{n}", f"Fresh {n}", f"https://news.example/fresh/{n}", "",
                    datetime(2026, 11, 2, tzinfo=UTC), "<p>New.</p>", "", "New.")
        for n in range(3)
    ]  # fmt: skip
    filled_database.writer.run(lambda c: articles.store_entries(c, news, fresh))
    new_ids = _unread(filled_database) - _unread_in(filled_database, "Macworld")
    assert len(new_ids) == 3

    window.undo_mark_all_read()

    qtbot.waitUntil(lambda: not window.undo_bar.isVisible())
    _settle(window)
    assert len(_unread(filled_database)) == MACWORLD + SCRIPTING + 3
    assert new_ids <= _unread(filled_database)


def _unread_in(database: Database, title: str) -> set[int]:
    feed_id = _feed_id(database, title)
    with closing(database.reader()) as reader:
        rows = reader.execute("SELECT id FROM articles WHERE read = 0 AND feed_id = ?", (feed_id,))
        return {row[0] for row in rows}


def test_articles_stored_while_the_question_is_open_are_not_marked(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, _asking_above(config, 10))
    news = _feed_id(filled_database, "Scripting News")
    window.mark_all_read(ArticleFilter(feed_id=news))
    box = _prompt(window)
    assert box.text() == f"Mark {SCRIPTING} articles as read?"
    late = ParsedEntry("late", "Late", "https://news.example/late", "",
                       datetime(2026, 11, 2, tzinfo=UTC), "<p>Late.</p>", "", "Late.")  # fmt: skip
    filled_database.writer.run(lambda c: articles.store_entries(c, news, [late]))

    _confirm(box)

    _marked(qtbot, window, SCRIPTING)
    assert len(_unread_in(filled_database, "Scripting News")) == 1


def test_closing_the_window_keeps_what_was_marked(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    window.mark_all_read()
    _marked(qtbot, window, MACWORLD + SCRIPTING)

    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    _settle(window)

    assert _unread(filled_database) == set()
    window.undo_mark_all_read()  # nothing to undo any more
    _settle(window)
    assert _unread(filled_database) == set()


def test_the_sidebar_menus_mark_a_feed_or_a_folder_and_offer_the_undo(
    qtbot, filled_database, config
):
    window = _window(qtbot, filled_database, config)
    (macworld,) = [feed for feed in window.library.feeds() if feed.title == "Macworld"]
    (feed_action,) = [a for a in window.feed_menu(macworld).actions() if "read" in a.text()]
    feed_action.trigger()
    _marked(qtbot, window, MACWORLD)
    window.undo_mark_all_read()
    qtbot.waitUntil(lambda: window.windowTitle() == f"Caravan — {MACWORLD + SCRIPTING} unread")

    (folder_action,) = window.filter_menu(ArticleFilter(folder="Tech")).actions()
    folder_action.trigger()
    _marked(qtbot, window, MACWORLD)
    assert _unread(filled_database) == _unread_in(filled_database, "Scripting News")


def test_the_question_comes_above_the_threshold_and_not_below(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, _asking_above(config, 40))

    window.mark_all_read(ArticleFilter(folder="Tech"))  # 30: no question
    assert window.mark_read_prompt is None
    _marked(qtbot, window, MACWORLD)

    window.mark_all_read()  # the other 50
    box = _prompt(window)
    assert box.text() == f"Mark {SCRIPTING} articles as read?"
    box.reject()  # Cancel, or Escape
    _settle(window)
    assert len(_unread(filled_database)) == SCRIPTING

    window.mark_all_read()
    _confirm(_prompt(window))
    _marked(qtbot, window, SCRIPTING)
    assert _unread(filled_database) == set()


def test_zero_never_asks(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, _asking_above(config, 0))
    window.mark_all_read()
    assert window.mark_read_prompt is None
    _marked(qtbot, window, MACWORLD + SCRIPTING)


def test_dont_ask_again_is_saved_in_the_users_file_and_the_question_stops(
    qtbot, filled_database, config, tmp_path
):
    path = tmp_path / "caravan.toml"
    path.write_text(
        "# my settings\n[reader]\nconfirm_mark_all_read_above = 20  # careful\n", encoding="utf-8"
    )
    window = _window(qtbot, filled_database, load_config(path).config, path)

    window.mark_all_read(ArticleFilter(folder="Tech"))
    box = _prompt(window)
    check = box.checkBox()
    assert check is not None and check.text() == "Don't ask again"
    check.setChecked(True)
    _confirm(box)
    _marked(qtbot, window, MACWORLD)

    assert path.read_text(encoding="utf-8") == (
        "# my settings\n[reader]\nconfirm_mark_all_read_above = 0  # careful\n"
    )
    assert load_config(path).config.reader.confirm_mark_all_read_above == 0
    window.mark_all_read()  # 50 more, above the old 20: no question any more
    assert window.mark_read_prompt is None
    _marked(qtbot, window, SCRIPTING)


def test_with_nothing_unread_nothing_is_asked_or_offered(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, _asking_above(config, 1))
    window.mark_all_read(ArticleFilter(starred_only=True))  # nothing starred
    assert window.mark_read_prompt is None
    assert not window.undo_bar.isVisible()
    assert window.statusBar().currentMessage() == "No unread articles here"
