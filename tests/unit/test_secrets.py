"""Which keyring keeps the sync password: the one the user configured for ``keyring`` wins,
else the platform's own store, and never a plain-text one (desktop_app/oslayer/secrets.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop_app.oslayer import secrets
from tests.sync.conftest import MemoryKeyring

SERVER = "https://news.example"


@pytest.fixture
def nothing_configured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No PYTHON_KEYRING_BACKEND, an empty configuration folder, no D-Bus session."""
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    MemoryKeyring.passwords.clear()
    return tmp_path / "config"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Secret Service is Linux's")
def test_without_a_secret_service_there_is_no_keyring_and_nothing_is_kept(
    nothing_configured: Path,
) -> None:
    assert secrets.keyring_problem() is not None
    assert secrets.store_password(SERVER, "ana", "pw") == secrets.keyring_problem()
    assert secrets.load_password(SERVER, "ana") is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="keyring's config root")
def test_a_backend_named_in_keyrings_config_file_wins(nothing_configured: Path) -> None:
    folder = nothing_configured / "python_keyring"
    folder.mkdir(parents=True)
    (folder / "keyringrc.cfg").write_text(
        "[backend]\ndefault-keyring = tests.sync.conftest.MemoryKeyring\n", encoding="utf-8"
    )

    assert secrets.store_password(SERVER, "ana", "pw") is None

    assert MemoryKeyring.passwords == {(secrets.SERVICE, f"ana@{SERVER}"): "pw"}
    assert secrets.load_password(SERVER, "ana") == "pw"
    secrets.delete_password(SERVER, "ana")
    assert secrets.load_password(SERVER, "ana") is None


def test_the_environment_variable_wins_and_a_store_that_keeps_nothing_is_refused(
    nothing_configured: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

    assert secrets.keyring_problem() is not None
    assert secrets.store_password(SERVER, "ana", "pw") is not None

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.sync.conftest.MemoryKeyring")
    assert secrets.keyring_problem() is None
    assert secrets.store_password(SERVER, "ana", "pw") is None
    assert secrets.load_password(SERVER, "ana") == "pw"
