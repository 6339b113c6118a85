"""The real application, started on a database damaged after a clean exit: it shows its
window on the rebuilt file and says what was saved; the next start is clean."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.store.recovery import back_up, open_database
from tests.e2e.xsession import XVFB_PACKAGES, XSession, wait_until, x_tools_available
from tests.unit.test_salvage import fill, overwrite, pages_of

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not x_tools_available(), reason=f"needs {XVFB_PACKAGES}"),
]


@pytest.fixture
def xsession() -> Iterator[XSession]:
    session = XSession()
    try:
        yield session
    finally:
        session.stop()


def _start(xsession: XSession, config: Path, data: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "desktop_app", "--offline", "--config", str(config)]
    return subprocess.Popen(
        [*command, "--data-dir", str(data)],
        env=xsession.env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _quit(process: subprocess.Popen[bytes]) -> str:
    process.send_signal(signal.SIGTERM)
    try:
        _, errors = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    text = errors.decode(errors="replace")
    assert process.returncode == 0, text
    return text


def test_a_database_damaged_after_a_clean_exit_opens_rebuilt_and_says_so(
    xsession: XSession, tmp_path: Path
) -> None:
    config = tmp_path / "caravan.toml"
    config.write_text("", encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    database = data / "caravan.sqlite3"
    fill(database)
    opened = open_database(database)
    assert back_up(opened.database, datetime(2026, 12, 6, 9, 12)) is not None
    opened.database.close()
    with closing(sqlite3.connect(database)) as connection:
        unread = connection.execute("SELECT count(*) FROM articles WHERE read = 0").fetchone()[0]
    # What the issue did to a closed file: pages overwritten, here those the first screen reads.
    overwrite(database, pages_of(database, "articles_unread_by_feed"))

    damaged = _start(xsession, config, data)
    try:
        wait_until(lambda: xsession.visible_windows("Caravan repaired its database"), timeout=60)
        wait_until(lambda: f"Caravan — {unread} unread" in xsession.window_names("Caravan"), 30)
        xsession.screenshot(tmp_path / "repaired.png")
    finally:
        errors = _quit(damaged)
    assert "Traceback" not in errors
    assert list(data.glob("caravan.sqlite3.damaged-*")), "the damaged file is kept aside"

    again = _start(xsession, config, data)
    try:
        wait_until(lambda: f"Caravan — {unread} unread" in xsession.window_names("Caravan"), 30)
        assert not xsession.visible_windows("Caravan repaired its database")
    finally:
        _quit(again)
    with closing(sqlite3.connect(database)) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
