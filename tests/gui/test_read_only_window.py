"""The window over a data folder it cannot write, built as ``caravan`` builds it: it reads
everything, says for as long as it is open that it cannot save changes, marks nothing read,
and every control that would change what is stored is greyed out or answers with the reason.
Not a byte of the folder changes, closing included."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSpinBox

from desktop_app.app import _open_and_build
from desktop_app.config import load_config
from desktop_app.errors import StorageError
from desktop_app.paths import AppPaths
from desktop_app.store.db import Database
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.ui.single_instance import lock_data_dir
from tests.conftest import NetworkGuard
from tests.unit.test_read_only import listing
from tests.unit.test_salvage import fill, overwrite, pages_of

MACWORLD = 30
SCRIPTING = 50
MakeReadOnly = Callable[[Path], None]


@pytest.fixture
def read_only_paths(
    filled_database: Database, tmp_path: Path, make_read_only: MakeReadOnly
) -> AppPaths:
    """Two real feeds and two days of rates in a read-only folder that also holds the
    configuration (a portable install), which asks for a feed not subscribed yet."""
    filled_database.close()
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copyfile(filled_database.path, data_dir / "caravan.sqlite3")
    config = data_dir / "caravan.toml"
    config.write_text('[[feeds]]\nurl = "https://configured.example/feed.xml"\n', "utf-8")
    make_read_only(data_dir)
    return AppPaths.resolve(config, data_dir)


def _build(qtbot, paths: AppPaths) -> tuple[Database, MainWindow]:
    opened, window = _open_and_build(paths, load_config(paths.config_file), offline=False)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return opened.database, window


def _close(database: Database, window: MainWindow) -> None:
    """As the app ends: the window (its layout is not kept), then the library and the file."""
    window.close()
    window.library.close()
    database.close()


def test_a_read_only_folder_opens_a_window_that_reads_and_saves_nothing(
    qtbot, read_only_paths: AppPaths, network_guard: NetworkGuard, caplog
):
    data_dir = read_only_paths.data_dir
    before = listing(data_dir)
    with caplog.at_level(logging.WARNING):
        lock = lock_data_dir(data_dir)
    assert lock is not None and not lock.held  # no lock file can be made: opened without
    assert "opening without the lock" in caplog.text

    database, window = _build(qtbot, read_only_paths)
    assert database.read_only is not None
    status = window.statusBar()
    refusal = f"Read-only: Caravan cannot save changes in {data_dir} (the folder is read-only)"

    # The notice, for as long as the window is open.
    assert window.read_only_label is not None and window.read_only_label.isVisible()
    assert window.read_only_label.text() == f"Read-only: Caravan cannot save changes in {data_dir}"
    assert window.read_only_label.toolTip() == refusal
    status.showMessage("something else", 5000)
    assert window.read_only_label.isVisible()

    # Everything stored is read; the configured feed could not be subscribed.
    assert window.article_model.total == MACWORLD + SCRIPTING
    assert sorted(feed.title for feed in window.library.feeds()) == ["Macworld", "Scripting News"]
    assert window.windowTitle() == f"Caravan — {MACWORLD + SCRIPTING} unread"
    assert window.ticker.items()  # the stored rates

    # Opening an article shows it and leaves it unread, without a word about saving.
    window.article_view.setFocus()
    status.clearMessage()
    qtbot.keyClick(window.article_view, Qt.Key.Key_J)
    opened = window.article_model.article_at(0)
    assert opened is not None and not opened.read
    assert status.currentMessage() == ""
    qtbot.waitUntil(lambda: opened.title in window.reader.document().toPlainText())
    window.open_article(opened.id)  # from a headline of the ticker, the same
    assert status.currentMessage() == ""
    row = window.article_model.article_at(0)
    assert row is not None and not row.read
    stored = window.library.article(opened.id)
    assert stored is not None and not stored.read
    assert window.windowTitle() == f"Caravan — {MACWORLD + SCRIPTING} unread"

    # It never refreshes (the app asks it), and says so where it says it is offline.
    assert window.refresh_refused == (
        f"Read-only: Caravan cannot save changes in {data_dir}: feeds and rates are not refreshed"
    )
    assert window.network_label.toolTip() == window.refresh_refused

    # Every control that would change what is stored: greyed out, the reason as its tip, and
    # its shortcut says the reason.
    by_text = {action.text().replace("&", ""): action for action in window.actions()}
    refused = {
        "Refresh now": f"Read-only: Caravan cannot save changes in {data_dir}: feeds and rates "
        "are not refreshed",
        "Add feed…": refusal,
        "Mark all as read": refusal,
        "Toggle read": refusal,
        "Toggle star": refusal,
        "Fetch full text": f"Read-only: Caravan cannot save changes in {data_dir}: the "
        "article's page is not fetched",
    }
    for text, reason in refused.items():
        action = by_text[text]
        assert not action.isEnabled(), text
        assert action.toolTip() == reason, text
        status.clearMessage()
        (keys,) = action.shortcuts()
        QTest.keySequence(window.article_view, keys)
        assert status.currentMessage() == reason, text
    (import_action,) = [a for a in window.findChildren(QAction) if a.text().startswith("&Imp")]
    assert not import_action.isEnabled() and import_action.toolTip() == refusal

    # The sidebar's menus: every change greyed out, saying why; what only reads (the feed's
    # properties, shown with saving refused, its address, its website) stays.
    (macworld,) = [feed for feed in window.library.feeds() if feed.title == "Macworld"]
    reading = {
        "Properties…", "Copy address", "Open website", "Open in browser", "Copy link",
        "Open enclosure",
    }  # fmt: skip
    for menu in (
        window.feed_menu(macworld),
        window.filter_menu(window.sidebar.current_filter()),
        window.subscriptions.folders.menu("Tech"),
        window.reading.article_menu(0),
    ):
        assert menu.actions()
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.text() in reading:
                assert action.isEnabled() or action.text() == "Open website", action.text()
                continue
            assert not action.isEnabled(), action.text()
            if action.text() == "Refresh this feed":
                assert action.toolTip() == window.refresh_action.toolTip()
            else:
                assert action.toolTip() == refusal, action.text()

    # A launch that asks to subscribe (caravan --add-feed URL) is answered with the reason.
    window.handle_launch({"show": True, "add_feed": "https://another.example/feed.xml"})
    qtbot.waitUntil(lambda: status.currentMessage() == f"Could not save: {refusal}")

    # What is only remembered works for this session and is not kept; exporting reads.
    zoom = window.reader.zoom
    window.zoom_reader(1)
    assert window.reader.zoom == zoom + 1
    window.set_compact(True)
    window.set_compact(False)
    exported = read_only_paths.config_file.parent.parent / "subscriptions.opml"
    window.export_opml(exported)
    assert b"Scripting News" in exported.read_bytes()

    _close(database, window)
    assert network_guard.attempts == []
    assert listing(data_dir) == before


def test_settings_in_a_read_only_folder_refuse_to_save_saying_why(qtbot, read_only_paths: AppPaths):
    database, window = _build(qtbot, read_only_paths)
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    speed = dialog.editor("ticker.speed")
    assert isinstance(speed, QSpinBox)
    speed.setValue(speed.value() + 10)

    with qtbot.assertNotEmitted(dialog.settings_saved):
        dialog.accept()

    assert dialog.isVisible()
    assert dialog.error.text().startswith(f"cannot save {read_only_paths.config_file}: ")
    dialog.reject()
    _close(database, window)


def test_damage_the_first_reads_meet_read_only_is_told_not_repaired(
    qtbot, tmp_path: Path, make_read_only: MakeReadOnly
):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    path = data_dir / "caravan.sqlite3"
    fill(path, per_feed=20)
    overwrite(path, pages_of(path, "articles", "leaf")[2:4] + pages_of(path, "articles_by_date"))
    before = listing(data_dir)
    make_read_only(data_dir)
    paths = AppPaths.resolve(tmp_path / "caravan.toml", data_dir)

    with pytest.raises(StorageError) as refused:
        _open_and_build(paths, load_config(paths.config_file), offline=False)

    assert str(refused.value).startswith(f"the database {path} is damaged")
    assert "Caravan cannot repair it here: Read-only" in str(refused.value)
    assert listing(data_dir) == before


def test_an_empty_read_only_library_says_why_nothing_can_be_subscribed(
    qtbot, tmp_path: Path, make_read_only: MakeReadOnly, network_guard: NetworkGuard
):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    Database(data_dir / "caravan.sqlite3").close()
    make_read_only(data_dir)
    database, window = _build(qtbot, AppPaths.resolve(tmp_path / "caravan.toml", data_dir))
    reason = str(window.library.read_only)
    panel = window.reading.list_state
    assert panel is not None and panel.heading.text() == "No feeds yet"
    assert [(b.text(), b.isEnabled(), b.toolTip()) for b in panel.buttons] == [
        ("Add a feed…", False, reason),
        ("Import OPML…", False, reason),
    ]
    window.subscriptions.ask_for_feed("https://dropped.example/feed.xml")  # a dropped link
    dialog = window.subscriptions.add_feed_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.status.text() == f"{reason}: nothing can be subscribed."
    assert not dialog.subscribe_button.isEnabled()
    assert dialog.address.text() == "https://dropped.example/feed.xml"
    dialog.reject()
    assert network_guard.attempts == []
    _close(database, window)
