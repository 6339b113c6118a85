"""The real application, started on a database damaged after a clean exit: it shows its
window on the rebuilt file and says what was saved; the next start is clean."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.store.recovery import back_up, open_database
from tests.e2e.xsession import (
    XVFB_PACKAGES,
    XSession,
    quit_cleanly,
    start_caravan,
    wait_until,
    x_tools_available,
)
from tests.unit.test_salvage import fill, overwrite, pages_of

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not x_tools_available(), reason=f"needs {XVFB_PACKAGES}"),
]


def _offline(config: Path, data: Path) -> tuple[str, ...]:
    return ("--offline", "--config", str(config), "--data-dir", str(data))


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

    damaged = start_caravan(xsession, *_offline(config, data))
    try:
        wait_until(lambda: xsession.visible_windows("Caravan repaired its database"), timeout=60)
        wait_until(lambda: f"Caravan — {unread} unread" in xsession.window_names("Caravan"), 30)
        xsession.screenshot(tmp_path / "repaired.png")
    finally:
        errors = quit_cleanly(damaged)
    assert "Traceback" not in errors
    assert list(data.glob("caravan.sqlite3.damaged-*")), "the damaged file is kept aside"

    again = start_caravan(xsession, *_offline(config, data))
    try:
        wait_until(lambda: f"Caravan — {unread} unread" in xsession.window_names("Caravan"), 30)
        assert not xsession.visible_windows("Caravan repaired its database")
    finally:
        quit_cleanly(again)
    with closing(sqlite3.connect(database)) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
