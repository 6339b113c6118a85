"""Signing in from the settings dialog and syncing in the window, against a real Miniflux."""

from __future__ import annotations

from contextlib import closing

import pytest

from desktop_app.config import Config
from desktop_app.services.library import Library
from desktop_app.store import sync
from desktop_app.store.db import Database
from desktop_app.ui.main_window import MainWindow
from tests.conftest import LocalServer
from tests.sync.conftest import MemoryKeyring
from tests.sync.proxy import Proxy
from tests.sync_server.miniflux import Account

pytestmark = pytest.mark.sync


def _window(qtbot, database: Database) -> MainWindow:
    window = MainWindow(Library(database), Config(), offline=False, config_path=None)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def _wait_for_sync(qtbot, window: MainWindow) -> None:
    """Until the window says it synced; what it said instead when it does not."""
    try:
        qtbot.waitUntil(
            lambda: window.sync_status.last_report.startswith("Synced at"), timeout=60_000
        )
    except qtbot.TimeoutError:
        raise AssertionError(f"not synced: {window.sync_status.last_report!r}") from None


def test_signing_in_from_the_settings_syncs_the_window(
    qtbot,
    database: Database,
    account: Account,
    feed_server: LocalServer,
    memory_keyring: type[MemoryKeyring],
) -> None:
    from desktop_app.ui.settings_dialog import SettingsDialog

    account.subscribe(feed_server.url("/macworld.rss"), "Apple")
    window = _window(qtbot, database)
    assert not window.sync_status.sync_action.isEnabled()  # no account yet
    dialog = SettingsDialog(
        Config(), database.path.with_name("caravan.toml"), window, library=window.library
    )
    dialog.signed_in.connect(window.sync_status.begin)
    qtbot.addWidget(dialog)
    assert dialog.sync_state.text().startswith("No sync account")
    dialog.sync_server.setText(account.base_url)
    dialog.sync_user.setText(account.username)
    dialog.sync_password.setText(account.password)

    dialog.sign_in_button.click()

    assert dialog.sync_state.text() == "Signing in…"  # the login is checked off the UI thread
    qtbot.waitUntil(lambda: dialog.sync_state.text().startswith("Signed in."), timeout=20_000)
    assert dialog.sync_password.text() == ""
    assert account.password in memory_keyring.passwords.values()
    _wait_for_sync(qtbot, window)
    assert window.sync_status.sync_action.isEnabled()
    assert {feed.folder for feed in window.library.feeds()} == {"Apple"}
    assert window.article_model.total == len(account.entries())
    window.sync_status.end()


def test_a_wrong_password_in_the_settings_is_said_and_sets_nothing_up(
    qtbot, database: Database, account: Account, memory_keyring: type[MemoryKeyring]
) -> None:
    from desktop_app.ui.settings_dialog import SettingsDialog

    library = Library(database)
    dialog = SettingsDialog(Config(), database.path.with_name("caravan.toml"), library=library)
    qtbot.addWidget(dialog)
    dialog.sync_server.setText(account.base_url)
    dialog.sync_user.setText(account.username)
    dialog.sync_password.setText("wrong")

    dialog.sign_in_button.click()

    qtbot.waitUntil(lambda: dialog.sync_state.text().startswith("Not signed in"), timeout=20_000)
    assert "refused the user name or the password" in dialog.sync_state.text()
    assert memory_keyring.passwords == {}
    with closing(database.reader()) as reader:
        assert sync.get_account(reader) is None
    library.close()


def test_a_window_started_with_an_account_syncs_with_the_kept_password(
    qtbot,
    database: Database,
    account: Account,
    feed_server: LocalServer,
    memory_keyring: type[MemoryKeyring],
) -> None:
    account.subscribe(feed_server.url("/natasha.xml"))
    library = Library(database)
    assert library.sign_in(account.base_url, account.username, account.password).result() is None
    library.close()
    window = _window(qtbot, database)

    window.sync_status.start_if_set_up(ask=False)

    _wait_for_sync(qtbot, window)
    assert window.article_model.total == len(account.entries())
    window.sync_status.end()


def test_moving_a_folder_in_from_the_settings_pushes_it_and_keeps_the_other_local(
    qtbot,
    database: Database,
    account: Account,
    feed_server: LocalServer,
    memory_keyring: type[MemoryKeyring],
) -> None:
    from PySide6.QtCore import Qt

    from desktop_app.ui.settings_dialog import SettingsDialog

    macworld = feed_server.url("/macworld.rss")
    natasha = feed_server.url("/natasha.xml")
    window = _window(qtbot, database)
    window.library.add_feed(macworld, "Macworld", "Apple").result()
    window.library.add_feed(natasha, "Natasha", "Poetry").result()
    dialog = SettingsDialog(
        Config(), database.path.with_name("caravan.toml"), window, library=window.library
    )
    dialog.signed_in.connect(window.sync_status.begin)
    dialog.moved_in.connect(window.sync_status.sync_now)
    qtbot.addWidget(dialog)
    assert dialog.move_in_folders.isHidden()  # no account: nothing to move into
    dialog.sync_server.setText(account.base_url)
    dialog.sync_user.setText(account.username)
    dialog.sync_password.setText(account.password)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: dialog.sync_state.text().startswith("Signed in."), timeout=20_000)
    _wait_for_sync(qtbot, window)  # the first sync: the server has nothing yet
    folders = dialog.move_in_folders
    assert not folders.isHidden()
    shown = {
        folders.item(row).data(Qt.ItemDataRole.UserRole): folders.item(row)
        for row in range(folders.count())
    }
    assert set(shown) == {"Apple", "Poetry"}
    assert shown["Apple"].text().startswith("Apple: 1 ")  # its feeds, counted

    shown["Apple"].setCheckState(Qt.CheckState.Checked)
    window.sync_status.last_report = ""
    dialog.move_in_button.click()

    qtbot.waitUntil(
        lambda: "into the account with this sync." in dialog.sync_state.text(), timeout=20_000
    )
    _wait_for_sync(qtbot, window)
    server = {feed["feed_url"]: feed for feed in account.feeds()}
    assert set(server) == {macworld}
    assert server[macworld]["category"]["title"] == "Apple"
    with closing(database.reader()) as reader:
        assert sync.local_folders(reader) == {"Poetry": 1}
    dialog._show_account()  # the page as it is shown when opened again
    assert [folders.item(row).data(Qt.ItemDataRole.UserRole) for row in range(folders.count())] == [
        "Poetry"
    ]
    window.sync_status.end()


def test_a_failing_server_is_said_in_the_status_bar_and_the_next_sync_works(
    qtbot,
    database: Database,
    account: Account,
    feed_server: LocalServer,
    memory_keyring: type[MemoryKeyring],
    proxy: Proxy,
) -> None:
    account.subscribe(feed_server.url("/natasha.xml"))
    library = Library(database)
    assert library.sign_in(proxy.url, account.username, account.password).result() is None
    library.close()
    window = _window(qtbot, database)
    proxy.fail("/stream/items/", 503)

    window.sync_status.start_if_set_up(ask=False)

    qtbot.waitUntil(
        lambda: window.sync_status.last_report.startswith("Sync failed"), timeout=60_000
    )
    assert "the server failed (HTTP 503)" in window.sync_status.last_report
    assert "stays queued" in window.sync_status.last_report
    proxy.heal()
    window.sync_status.sync_now()
    _wait_for_sync(qtbot, window)
    assert window.article_model.total == len(account.entries())
    window.sync_status.end()
