"""The sync tests' real Miniflux: one server (and its PostgreSQL) for the session, one new user
per test. Without the built binary or PostgreSQL they are skipped on a developer's machine
and fail on CI (CI=1), which builds and installs both (.ci/run)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from desktop_app.store.db import Database
from desktop_app.store.sync import set_account
from desktop_app.sync.greader import GoogleReaderClient
from tests.conftest import FIXTURES, LocalServer
from tests.sync.proxy import Proxy
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
    ``keyring``'s API: set, get, delete (PasswordDeleteError when there is nothing).

    Chosen the way a user chooses a backend, through ``PYTHON_KEYRING_BACKEND`` (which then
    wins over the platform's store), so ``keyring`` makes a new one at each use: the
    passwords live in the class."""

    priority = 1.0
    passwords: ClassVar[dict[tuple[str, str], str]] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[service, username] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such password")


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[MemoryKeyring]]:
    MemoryKeyring.passwords.clear()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", f"{__name__}.MemoryKeyring")
    yield MemoryKeyring
    MemoryKeyring.passwords.clear()


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """keyring's own "no store" backend, as a user without a keyring configures it."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture
def proxy(account: Account) -> Iterator[Proxy]:
    """Between Caravan and the test's Miniflux: holds or fails chosen requests."""
    between = Proxy(account.base_url)
    try:
        yield between
    finally:
        between.stop()
