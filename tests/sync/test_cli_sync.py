"""``caravan account`` and ``caravan sync`` against a real Miniflux, with the password kept in
a keyring and nowhere else."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop_app.cli import main
from tests.conftest import LocalServer
from tests.sync.conftest import MemoryKeyring
from tests.sync_server.miniflux import Account

pytestmark = pytest.mark.sync


def _caravan(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *arguments: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    options = ["--config", str(tmp_path / "caravan.toml"), "--data-dir", str(tmp_path / "data")]
    code = main([*arguments, *options])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_account_add_keeps_the_password_in_the_keyring_only_and_sync_uses_it(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    account: Account,
    feed_server: LocalServer,
    memory_keyring: type[MemoryKeyring],
) -> None:
    account.subscribe(feed_server.url("/macworld.rss"), "Apple")
    code, out, err = _caravan(
        tmp_path,
        capsys,
        monkeypatch,
        *("account", "add", "--server", account.base_url, "--user", account.username),
        "--password-stdin",
        stdin=account.password + "\n",
    )
    assert (code, err) == (0, "")
    assert "Account added" in out
    assert account.password in memory_keyring.passwords.values()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert account.password.encode() not in path.read_bytes(), path

    code, out, err = _caravan(tmp_path, capsys, monkeypatch, "sync")

    assert (code, err) == (0, "")
    assert f"{len(account.entries())} new articles" in out
    code, out, _ = _caravan(tmp_path, capsys, monkeypatch, "account", "status")
    assert code == 0
    assert "1 synced" in out and "in the system's keyring" in out

    code, out, _ = _caravan(tmp_path, capsys, monkeypatch, "account", "remove")

    assert code == 0
    assert "1 feed stays here as a local feed" in out
    assert memory_keyring.passwords == {}


def test_without_a_keyring_nothing_is_kept_and_the_password_is_asked_each_time(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    account: Account,
    no_keyring: None,
) -> None:
    code, _, err = _caravan(
        tmp_path,
        capsys,
        monkeypatch,
        *("account", "add", "--server", account.base_url, "--user", account.username),
        "--password-stdin",
        stdin=account.password + "\n",
    )
    assert code == 0
    assert "no keyring was found" in err and "asked at each sync" in err

    code, _, err = _caravan(tmp_path, capsys, monkeypatch, "sync")
    assert code == 2
    assert "no password" in err

    code, out, _ = _caravan(
        tmp_path, capsys, monkeypatch, "sync", "--password-stdin", stdin=account.password
    )
    assert code == 0
    assert out.startswith("Synced in")


def test_account_add_with_a_wrong_password_is_refused_and_nothing_is_set_up(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    account: Account,
    memory_keyring: type[MemoryKeyring],
) -> None:
    code, _, err = _caravan(
        tmp_path,
        capsys,
        monkeypatch,
        *("account", "add", "--server", account.base_url, "--user", account.username),
        "--password-stdin",
        stdin="not-the-password\n",
    )

    assert code == 1
    assert "refused the user name or the password" in err
    assert memory_keyring.passwords == {}
    code, _, err = _caravan(tmp_path, capsys, monkeypatch, "account", "status")
    assert code == 1 and "no sync account" in err
