"""Setting up and forgetting the sync account, for the command line and the settings dialog
alike: the login is checked first, the password goes to the system's keyring only."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.errors import SyncError
from desktop_app.oslayer import secrets
from desktop_app.services.discovery import address_problem
from desktop_app.store import sync
from desktop_app.store.db import Database
from desktop_app.store.sync import SyncAccount
from desktop_app.sync.greader import GoogleReaderClient


@dataclass(frozen=True, slots=True)
class AccountState:
    account: SyncAccount | None
    synced_feeds: int
    pending_changes: int


def account_state(database: Database) -> AccountState:
    reader = database.reader()
    try:
        return AccountState(
            sync.get_account(reader), len(sync.synced_feed_ids(reader)), sync.pending_count(reader)
        )
    finally:
        reader.close()


def sign_in(
    database: Database, server_url: str, username: str, password: str, *, check: bool = True
) -> str | None:
    """Set up the account (after checking the login with the server unless ``check`` is
    False); the reason the password could not be kept, or None when the keyring has it.
    A SyncError (SyncAuthError: refused) or a NetworkError when the server says no."""
    server_url = server_url.strip().rstrip("/")
    username = username.strip()
    problem = address_problem(server_url)
    if problem:
        raise SyncError(problem)
    if not username or not password:
        raise SyncError("the user name and the password are both needed")
    if check:
        GoogleReaderClient(server_url, username, password).login()
    database.writer.run(lambda connection: sync.set_account(connection, server_url, username))
    return secrets.store_password(server_url, username, password)


def sign_out(database: Database) -> SyncAccount | None:
    """Forget the account and its kept password; its feeds stay, as local ones."""
    state = account_state(database)
    if state.account is None:
        return None
    database.writer.run(sync.remove_account)
    secrets.delete_password(state.account.server_url, state.account.username)
    return state.account
