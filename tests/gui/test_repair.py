"""Damage found while the window runs — by a query the user's action makes, or by the full
check after start-up — restarts the window on the rebuilt file, and the user is told before
and after; damage the first screen's reads meet is repaired before the window shows."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import app as composition
from desktop_app.config import load_config
from desktop_app.paths import AppPaths
from desktop_app.store.recovery import back_up, open_database
from desktop_app.ui.main_window import MainWindow
from tests.unit.test_salvage import fill, overwrite, pages_of


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    config = tmp_path / "caravan.toml"
    config.write_text("", encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    fill(data / "caravan.sqlite3")
    opened = open_database(data / "caravan.sqlite3")
    assert back_up(opened.database, datetime(2026, 12, 6, 9, 12)) is not None
    opened.database.close()
    return AppPaths.resolve(config, data)


def stored_articles(paths: AppPaths) -> int:
    with closing(sqlite3.connect(paths.database)) as connection:
        return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])


class Script:
    """Steps run by a timer inside the window's own event loop, each until it returns True;
    the loop is ended if the script does not finish in time."""

    def __init__(self, steps: list[Callable[[], bool]], timeout_ms: int = 60_000) -> None:
        self.steps = steps
        self.done = False
        self._timer = QTimer()
        self._timer.timeout.connect(self._tick)
        self._timer.start(50)
        QTimer.singleShot(timeout_ms, self._give_up)

    def _tick(self) -> None:
        if self.steps and self.steps[0]():
            self.steps.pop(0)
        if not self.steps:
            self.done = True
            self._timer.stop()

    def _give_up(self) -> None:
        if not self.done:
            QApplication.exit(99)


def main_windows() -> list[MainWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def box_titled(title: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible() and widget.windowTitle() == title:
            return widget
    return None


def run_repair_script(
    paths: AppPaths, damage: Callable[[MainWindow], None], told: list[str]
) -> tuple[int, Script]:
    first: list[MainWindow] = []

    def window_up() -> bool:
        if not main_windows():
            return False
        first.append(main_windows()[0])
        damage(first[0])
        return True

    def asked() -> bool:
        box = box_titled("Caravan must repair its database")
        if box is None:
            return False
        told.append(box.text())
        box.accept()
        return True

    def reopened_and_reported() -> bool:
        box = box_titled("Caravan repaired its database")
        windows = main_windows()
        if box is None or not windows or windows[0] is first[0]:
            return False
        told.append(f"{box.text()}\n{box.informativeText()}")
        for widget in QApplication.topLevelWidgets():
            widget.close()
        return True

    script = Script([window_up, asked, reopened_and_reported])
    code = composition.run_gui(paths, load_config(paths.config_file), offline=True)
    return code, script


def test_a_search_that_meets_damage_restarts_the_window_on_the_rebuilt_file(
    qapp, paths: AppPaths, monkeypatch
):
    monkeypatch.setattr(composition, "FULL_CHECK_DELAY_MS", 600_000)  # the query finds it
    total = stored_articles(paths)

    def search_old_articles(window: MainWindow) -> None:
        overwrite(paths.database, pages_of(paths.database, "articles", "leaf")[2:4])
        window.search_box.setText("Story 0")  # the oldest feed's articles: damaged pages

    told: list[str] = []
    code, script = run_repair_script(paths, search_old_articles, told)

    assert script.done and code == 0
    assert "found damage in its database" in told[0]
    assert "Caravan rebuilt it" in told[1] and "09:12" in told[1]
    assert stored_articles(paths) == total, "the backup filled in the damaged pages"
    assert list(paths.data_dir.glob("caravan.sqlite3.damaged-*"))


def test_the_full_check_after_start_up_finds_damage_no_screen_read(
    qapp, paths: AppPaths, monkeypatch
):
    monkeypatch.setattr(composition, "FULL_CHECK_DELAY_MS", 0)
    overwrite(paths.database, pages_of(paths.database, "articles_search_data"))  # unread at start

    told: list[str] = []
    code, script = run_repair_script(paths, lambda _window: None, told)

    assert script.done and code == 0
    assert "Caravan rebuilt it" in told[1]
    with closing(sqlite3.connect(paths.database)) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_damage_the_first_screen_meets_is_repaired_before_the_window_shows(qapp, paths: AppPaths):
    overwrite(paths.database, pages_of(paths.database, "articles_unread_by_feed"))
    told: list[str] = []

    def reported() -> bool:
        box = box_titled("Caravan repaired its database")
        if box is None or not main_windows():
            return False
        told.append(box.informativeText())
        for widget in QApplication.topLevelWidgets():
            widget.close()
        return True

    script = Script([reported])
    code = composition.run_gui(paths, load_config(paths.config_file), offline=True)

    assert script.done and code == 0
    assert "Read from the damaged file: 3 subscriptions" in told[0]
