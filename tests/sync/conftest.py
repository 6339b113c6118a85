"""The sync tests' real Miniflux: one server (and its PostgreSQL) for the session, one new user
per test. Without the built binary or PostgreSQL they are skipped on a developer's machine
and fail on CI (CI=1), which builds and installs both (.ci/run)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from desktop_app.store.db import Database
from desktop_app.store.sync import set_account
from desktop_app.sync.greader import GoogleReaderClient
from tests.conftest import FIXTURES, LocalServer
from tests.sync_server.miniflux import Account, Miniflux, Unavailable

FEEDS = FIXTURES / "feeds-real"


@pytest.fixture(scope="session")
def miniflux() -> Iterator[Miniflux]:
    try:
        server = Miniflux()
        server.start()
    except Unavailable as error:
        if os.environ.get("CI"):
            pytest.fail(str(error))
        pytest.skip(str(error))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def account(miniflux: Miniflux) -> Iterator[Account]:
    """A fresh user; Miniflux back up if a test stopped it."""
    if not miniflux.running:
        miniflux.start_server()
    yield miniflux.create_user()
    if not miniflux.running:
        miniflux.start_server()


@pytest.fixture
def feed_server(http_server: LocalServer) -> LocalServer:
    """Real feeds for Miniflux to crawl, on 127.0.0.1."""
    for name, kind in (
        ("DaringFireball.atom", "application/atom+xml"),
        ("scriptingNews.rss", "application/rss+xml"),
        ("macworld.rss", "application/rss+xml"),
        ("natasha.xml", "application/rss+xml"),
    ):
        http_server.serve_file(f"/{name}", FEEDS / name, kind)
    return http_server


@pytest.fixture
def synced_database(tmp_path: Path, account: Account) -> Iterator[Database]:
    database = Database(tmp_path / "caravan.sqlite3")
    database.writer.run(lambda c: set_account(c, account.base_url, account.username))
    try:
        yield database
    finally:
        database.close()


def client_for(account: Account, password: str | None = None) -> GoogleReaderClient:
    return GoogleReaderClient(
        account.base_url, account.username, account.password if password is None else password
    )


class MemoryKeyring(KeyringBackend):
    """A keyring in this process's memory, for the tests only: no Secret Service runs on
    this machine or on CI (no D-Bus session), and ``keyrings.alt``'s file backend would write
    the password in plain text, which Caravan refuses. It behaves as the real ones do through
    ``keyring``'s API: set, get, delete (PasswordDeleteError when there is nothing)."""

    priority = 1.0

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.passwords: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[service, username] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such password")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        yield
    finally:
        keyring.set_keyring(previous)
