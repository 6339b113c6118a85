"""The real application process in a real X server: first start online, then offline."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import LocalServer
from tests.e2e.xsession import (
    XVFB_PACKAGES,
    XSession,
    quit_cleanly,
    start_caravan,
    wait_until,
    x_tools_available,
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not x_tools_available(), reason=f"needs {XVFB_PACKAGES}"),
]

MACWORLD_ITEMS = 30
PAIRS = 5


def _write_config(path: Path, server: LocalServer) -> None:
    path.write_text(
        f"""
[refresh]
interval_minutes = 30
[rates]
provider = "open-er-api"
url = "{server.url("/rates.json")}"
base = "USD"
pairs = ["KGS", "KZT", "TJS", "UZS", "TMT"]
[ticker]
speed = 60
[offline]
images = false
full_text = false
[[feeds]]
url = "{server.url("/macworld.rss")}"
folder = "Tech"
""",
        encoding="utf-8",
    )


def _stored(database: Path) -> tuple[int, int]:
    if not database.exists():
        return 0, 0
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        rates = connection.execute("SELECT count(*) FROM rates").fetchone()[0]
    except sqlite3.OperationalError:
        return 0, 0
    finally:
        connection.close()
    return int(articles), int(rates)


def _distinct_colours(path: Path) -> int:
    image = QImage(str(path))
    assert not image.isNull()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    return len(colours)


def test_app_stores_feed_and_rates_then_shows_them_offline(
    xsession: XSession, http_server: LocalServer, fixtures_dir: Path, tmp_path: Path
) -> None:
    http_server.serve_file("/macworld.rss", fixtures_dir / "feeds-real" / "macworld.rss")
    http_server.serve_file(
        "/rates.json",
        fixtures_dir / "rates" / "open-er-api_latest_USD_2024-08-19.json",
        "application/json",
    )
    config = tmp_path / "caravan.toml"
    _write_config(config, http_server)
    data = tmp_path / "data"
    database = data / "caravan.sqlite3"

    online = start_caravan(xsession, "--config", str(config), "--data-dir", str(data))
    try:
        wait_until(lambda: _stored(database) == (MACWORLD_ITEMS, 161), timeout=60)
        title = f"Caravan — {MACWORLD_ITEMS} unread"
        wait_until(lambda: title in xsession.window_names("Caravan"), timeout=30)
        shot = xsession.screenshot(tmp_path / "online.png")
        assert _distinct_colours(shot) > 20, "the window looks blank"
    finally:
        quit_cleanly(online)

    http_server.stop()
    offline = start_caravan(xsession, "--config", str(config), "--data-dir", str(data))
    try:
        title = f"Caravan — {MACWORLD_ITEMS} unread"
        wait_until(lambda: title in xsession.window_names("Caravan"), timeout=30)
        log = data / "logs" / "caravan.log"
        shown = f"with {MACWORLD_ITEMS} stored articles and {PAIRS} rates"
        wait_until(lambda: shown in log.read_text(encoding="utf-8"), timeout=30)
        wait_until(lambda: "offline" in log.read_text(encoding="utf-8").lower(), timeout=30)
        shot = xsession.screenshot(tmp_path / "offline.png")
        assert _distinct_colours(shot) > 20
    finally:
        quit_cleanly(offline)
    assert _stored(database) == (MACWORLD_ITEMS, 161), "nothing stored may be lost offline"


def _feed_urls(database: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT url FROM feeds")]
    except sqlite3.OperationalError:
        return []
    finally:
        connection.close()


def test_a_second_launch_hands_over_to_the_running_window(xsession: XSession, tmp_path: Path):
    config = tmp_path / "caravan.toml"
    config.write_text('[rates]\nurl = "http://127.0.0.1:9/rates"\n', encoding="utf-8")
    data = tmp_path / "data"
    command = [sys.executable, "-m", "desktop_app", "--offline", "--config", str(config),
               "--data-dir", str(data)]  # fmt: skip
    first = subprocess.Popen(command, env=xsession.env(), stderr=subprocess.PIPE)
    try:
        wait_until(lambda: xsession.window_id("Caravan"), timeout=30)
        second = subprocess.run(
            [*command, "--add-feed", "https://example.org/feed.xml"],
            env=xsession.env(),
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout
        database = data / "caravan.sqlite3"
        wait_until(lambda: "https://example.org/feed.xml" in _feed_urls(database), timeout=15)
        assert len(xsession.visible_windows("^Caravan")) == 1, "one window, not two"
    finally:
        quit_cleanly(first)


def test_two_launches_a_moment_apart_open_one_window(xsession: XSession, tmp_path: Path):
    """A double click on the launcher: both start before either listens (a Caravan listens
    once its window has painted). Whichever comes second must hand over and exit, not open a
    second window on the same database."""
    config = tmp_path / "caravan.toml"
    config.write_text('[rates]\nurl = "http://127.0.0.1:9/rates"\n', encoding="utf-8")
    data = tmp_path / "data"
    command = [sys.executable, "-m", "desktop_app", "--offline", "--config", str(config),
               "--data-dir", str(data)]  # fmt: skip
    launches = [
        subprocess.Popen(
            [*command, "--add-feed", "https://example.org/feed.xml"],
            env=xsession.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    try:
        wait_until(lambda: any(launch.poll() is not None for launch in launches), timeout=60)
        ended = [launch for launch in launches if launch.poll() is not None]
        assert len(ended) == 1, "one launch hands over, the other stays"
        handed, errors = ended[0].communicate(timeout=20)
        assert ended[0].returncode == 0, errors.decode(errors="replace")
        assert b"already running" in handed
        wait_until(lambda: xsession.window_id("Caravan"), timeout=30)
        database = data / "caravan.sqlite3"
        wait_until(lambda: "https://example.org/feed.xml" in _feed_urls(database), timeout=15)
        assert len(xsession.visible_windows("^Caravan")) == 1, "one window, not two"
        assert [launch for launch in launches if launch.poll() is not None] == ended
    finally:
        for launch in launches:
            if launch.poll() is None:
                quit_cleanly(launch)
