"""The command line speaks the language of the settings or of the environment (LANG, LC_ALL,
LC_MESSAGES, LANGUAGE), like the window, and an English run does not load Qt to say so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.i18n import environment_languages, resolve_language
from tests.conftest import LocalServer

REPO = Path(__file__).resolve().parents[2]


def _caravan(tmp_path: Path, *args: str, **environment: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANG"))}
    env.update(environment, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args, "--data-dir", str(tmp_path / "data"),
         "--config", str(tmp_path / "caravan.toml")],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


@pytest.fixture
def subscribed(tmp_path: Path) -> Path:
    (tmp_path / "caravan.toml").write_text("[offline]\nimages = false\n", encoding="utf-8")
    where = ["--data-dir", str(tmp_path / "data"), "--config", str(tmp_path / "caravan.toml")]
    code = main(["add-feed", "https://kun.uz/news/rss", "--force", "--offline", *where])
    assert code == 0
    return tmp_path


def test_feeds_in_russian_from_the_locale(subscribed: Path):
    result = _caravan(subscribed, "feeds", LANG="ru_RU.UTF-8")
    assert result.returncode == 0, result.stderr
    assert "ещё не проверена" in result.stdout
    assert "0 непрочит." in result.stdout
    assert "unread" not in result.stdout


def test_the_setting_wins_over_the_locale(subscribed: Path):
    (subscribed / "caravan.toml").write_text('[appearance]\nlanguage = "kk"\n', encoding="utf-8")
    result = _caravan(subscribed, "feeds", LANG="ru_RU.UTF-8")
    assert "әлі тексерілмеген" in result.stdout, result.stdout


def test_uzbek_errors_on_the_console(subscribed: Path):
    result = _caravan(subscribed, "show", "424242", LC_ALL="uz_UZ.UTF-8")
    assert result.returncode == 1
    assert "id 424242 bilan maqola yoʻq" in result.stderr


def test_an_english_run_loads_no_qt(subscribed: Path):
    probe = (
        "import sys\nfrom desktop_app.cli import main\n"
        f"code = main(['feeds', '--data-dir', {str(subscribed / 'data')!r},"
        f" '--config', {str(subscribed / 'caravan.toml')!r}])\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')), code)\n"
    )
    for environment in ({"LANG": "en_US.UTF-8"}, {"LANG": "C"}, {}):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
        result = subprocess.run(
            [sys.executable, "-c", probe], cwd=REPO, env={**env, **environment},
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert "not checked yet" in result.stdout, result.stderr
        assert result.stdout.splitlines()[-1] == "[] 0", environment


@pytest.mark.parametrize(
    ("environment", "shown"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "kk_KZ.UTF-8"}, "kk"),  # before LANG
        ({"LC_ALL": "uz_UZ.UTF-8@latin", "LANG": "ru_RU.UTF-8"}, "uz"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "kk:ru"}, "kk"),
        ({"LANG": "C", "LANGUAGE": "ru"}, "en"),  # gettext ignores LANGUAGE under C
        ({}, "en"),
    ],
)
def test_the_environments_language(environment: dict[str, str], shown: str):
    assert resolve_language("system", environment_languages(environment)) == shown


def test_a_refresh_summed_up_in_russian_and_kazakh(
    tmp_path: Path, http_server: LocalServer, fixtures_dir: Path
):
    rates = http_server.serve_file(
        "/rates", fixtures_dir / "rates" / "open-er-api_latest_USD_2024-08-19.json",
        "application/json",
    )  # fmt: skip
    feed = http_server.serve_file("/natasha.xml", fixtures_dir / "feeds-real" / "natasha.xml")
    (tmp_path / "caravan.toml").write_text(
        f'[offline]\nimages = false\nfull_text = false\n[rates]\nurl = "{rates}"\n'
        f'[[feeds]]\nurl = "{feed}"\n',
        encoding="utf-8",
    )
    first = _caravan(tmp_path, "refresh", LANG="ru_RU.UTF-8")
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert "      10 новых  Natasha The Robot" in lines  # aligned under "без изменений"
    assert lines[-1] == "10 новых статей, в порядке 1 из 1 ленты, курсы на 2024-08-19"
    again = _caravan(tmp_path, "refresh", LANG="kk_KZ.UTF-8")
    lines = again.stdout.splitlines()
    assert "  өзгеріссіз  Natasha The Robot" in lines
    assert lines[-1] == "0 жаңа мақала, 1 арнаның 1 жақсы, бағамдар өзгермеді"


def test_help_in_russian_from_the_locale(tmp_path: Path):
    result = _caravan(tmp_path, "--help", LANG="ru_RU.UTF-8")
    assert result.returncode == 0, result.stderr
    assert "Бегущая строка курсов валют и чтение новостей без сети" in result.stdout
    assert "однократно обновить все ленты и курсы, вывести итог" in result.stdout
    assert "print a summary" not in result.stdout
    sync = _caravan(tmp_path, "sync", "--help", LANG="ru_RU.UTF-8")
    assert "читать пароль со стандартного ввода" in sync.stdout


def test_the_man_page_stays_english_whatever_the_language(monkeypatch):
    """The page a packager installs is the English one: made with Russian in force, it is
    still the committed page (which tests/unit/test_manpage.py compares with the parser)."""
    import importlib.util

    from desktop_app.i18n import use_without_qt

    spec = importlib.util.spec_from_file_location("manpage", REPO / "packaging" / "manpage.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    use_without_qt("ru")
    try:
        page = module.render()
    finally:
        use_without_qt("en")
    assert page == (REPO / "packaging" / "caravan.1").read_text(encoding="utf-8")
    assert "update every feed and the rates once" in page


def test_a_feeds_stored_error_in_russian(subscribed: Path):
    from contextlib import closing

    from desktop_app.store import feeds
    from desktop_app.store.db import Database

    database = Database(subscribed / "data" / "caravan.sqlite3")
    try:
        with closing(database.reader()) as reader:
            (feed,) = feeds.list_feeds(reader)
        stored = f"HTTP 404 Not Found for {feed.url}"  # as net/http.py words it
        database.writer.run(lambda connection: feeds.record_error(connection, feed.id, stored))
    finally:
        database.close()

    result = _caravan(subscribed, "feeds", LANG="ru_RU.UTF-8")

    assert f"Сервер ответил HTTP 404 (не найдено) на запрос {feed.url}" in result.stdout
    assert "Not Found" not in result.stdout
    english = _caravan(subscribed, "feeds", LANG="C")
    assert stored in english.stdout
