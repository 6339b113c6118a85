"""Problems the layers below word in English — a feed's stored error, the sync's failures, the
keyring's reason, the settings' validation — shown in the interface's language: each is made
by the real code (a local server, the parser, the settings writer), then said in Russian."""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from desktop_app.config import load_config
from desktop_app.config_writer import InvalidSettingError, save_settings
from desktop_app.errors import CaravanError, DesktopIntegrationError, StorageError, SyncAuthError
from desktop_app.feeds.parse import parse_feed
from desktop_app.i18n import use_without_qt
from desktop_app.net.http import HttpClient
from desktop_app.oslayer import desktop, secrets
from desktop_app.services.problems import in_language, setting_problem
from desktop_app.services.sync import SyncSummary
from desktop_app.store.db import migrate
from desktop_app.sync.greader import GoogleReaderClient
from tests.conftest import LocalServer, Route


@pytest.fixture
def russian() -> Iterator[None]:
    use_without_qt("ru")
    yield
    use_without_qt("en")


def _raised(call) -> str:
    with pytest.raises(CaravanError) as raised:
        call()
    return str(raised.value)


def test_a_missing_feed_says_so_in_russian(http_server: LocalServer, russian):
    address = http_server.url("/gone.rss")
    stored = _raised(lambda: HttpClient().get(address))

    assert in_language(stored) == f"Сервер ответил HTTP 404 (не найдено) на запрос {address}"


def test_english_shows_the_error_as_stored(http_server: LocalServer):
    stored = _raised(lambda: HttpClient().get(http_server.url("/gone.rss")))

    assert stored.startswith("HTTP 404 ")
    assert in_language(stored) == stored


def test_a_server_that_is_down_in_russian(russian):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    stored = _raised(lambda: HttpClient().get(f"http://127.0.0.1:{port}/feed"))

    assert in_language(stored) == (
        f"Не удаётся подключиться к 127.0.0.1:{port}: в соединении отказано"
    )


def test_a_web_page_and_a_broken_json_feed_in_russian(russian):
    page = _raised(lambda: parse_feed(b"<html><body><p>Hello</p></body></html>", "https://a.kg/"))
    broken = _raised(
        lambda: parse_feed(
            b'{"version": "https://jsonfeed.org/version/1", "items": [', "https://a.kg/f.json"
        )
    )

    assert in_language(page).startswith("https://a.kg/ — ")
    assert "не лента" in in_language(page)
    assert in_language(broken).startswith("https://a.kg/f.json: повреждённая JSON-лента (")


def test_a_wrong_sync_password_in_russian(http_server: LocalServer, russian):
    http_server.routes["/accounts/ClientLogin"] = Route(
        b"Error=BadAuthentication", "text/plain", 401
    )
    client = GoogleReaderClient(http_server.base_url, "aida", "wrong")
    with pytest.raises(SyncAuthError) as refused:
        client.login()

    said = in_language(str(refused.value))
    assert said.endswith(" не принял имя пользователя или пароль"), said


def test_the_keyring_missing_in_russian(russian):
    problem = secrets.keyring_problem() or secrets.store_password("", "", "") or ""
    if not problem:
        pytest.skip("this system has a keyring: nothing to report")
    assert in_language(problem).startswith("В системе не найдена связка ключей")


def test_the_settings_writers_refusal_in_russian(tmp_path: Path, russian):
    path = tmp_path / "caravan.toml"
    path.write_text("[ticker]\nspeed = 60\n", encoding="utf-8")
    with pytest.raises(InvalidSettingError) as refused:
        save_settings(path, {"ticker.speed": 5000, "rates.pairs": ["SOMS"]})

    said = [setting_problem(message) for _key, message in refused.value.problems]
    assert "должно быть от 5 до 1000" in said
    assert "'SOMS' — не трёхбуквенный код валюты" in said


def test_a_broken_configuration_file_and_an_unknown_key_in_russian(tmp_path: Path, russian):
    broken = tmp_path / "broken.toml"
    broken.write_text("[ticker\nspeed = ", encoding="utf-8")
    unknown = tmp_path / "unknown.toml"
    unknown.write_text("[ticker]\nsped = 60\n", encoding="utf-8")

    (notice,) = load_config(broken).problems
    (line,) = load_config(unknown).problems

    assert in_language(notice).startswith(f"{broken}: не удаётся прочитать настройки (")
    assert "; его копия сохранена в " in in_language(notice)
    assert in_language(line) == f"{unknown}: ticker.sped: неизвестный ключ; пропущено"


def test_a_text_no_pattern_knows_stays_readable(russian):
    assert in_language("something a library said") == "something a library said"


def test_the_sync_summary_in_russian_and_english(russian):
    summary = SyncSummary(new_items=3, pushed=1, read_changes=4, starred_changes=1)

    assert summary.describe() == (
        "3 новые статьи, отправлено 1 изменение, 5 отметок получено с сервера"
    )
    use_without_qt("en")
    assert summary.describe() == "3 new articles, 1 change sent, 5 marks taken from the server"


def test_an_opml_file_that_is_not_one_in_russian(russian):
    from desktop_app.feeds.opml import read_opml

    refused = _raised(lambda: read_opml(b"<html><body/></html>"))
    _subscriptions, skipped = read_opml(
        b'<opml version="2.0"><body><outline text="Kun" xmlUrl="ftp://kun.uz/rss"/></body></opml>'
    )

    assert in_language(refused) == "файл не в формате OPML (нет <opml><body>)"
    assert [in_language(reason) for reason in skipped] == [
        "Kun: не http- или https-адрес (ftp://kun.uz/rss)"
    ]


@pytest.mark.skipif(not desktop.MENU_SUPPORTED, reason="the XDG autostart entry is Linux's")
def test_a_start_at_login_the_system_refuses_in_russian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, russian
):
    not_a_folder = tmp_path / "config"
    not_a_folder.write_text("a file where the configuration folder should be")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(not_a_folder))
    with pytest.raises(DesktopIntegrationError) as raised:
        desktop.set_autostart(True, ["caravan"])

    said = in_language(str(raised.value))
    assert said.startswith(f"Не удаётся изменить {not_a_folder}")
    assert "cannot" not in said


def test_a_database_from_a_newer_caravan_in_russian(tmp_path: Path, russian):
    path = tmp_path / "caravan.sqlite3"
    with closing(sqlite3.connect(path)) as newer:
        newer.execute("PRAGMA user_version = 99")
    with pytest.raises(StorageError) as raised:
        migrate(path)

    said = in_language(str(raised.value))
    assert said.startswith(f"{path} записан более новой версией Caravan (схема 99")
    assert "--data-dir" in said
