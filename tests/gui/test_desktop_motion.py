"""Reduce motion left to the desktop: the desktop is asked after the first paint, on a thread
(GNOME's answer is a D-Bus call that may wait half a second), and the window follows its
answer when it comes. The desktop here is a stand-in that answers when the test lets it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest

from desktop_app.config import Config
from desktop_app.oslayer import motion as desktop_motion
from desktop_app.services.library import Library
from desktop_app.store.db import Database
from desktop_app.ui import motion
from desktop_app.ui.main_window import MainWindow


class SlowDesktop:
    """A desktop whose animation setting is read only once the test says so."""

    def __init__(self, reduces: bool | None) -> None:
        self.reduces = reduces
        self.asked = threading.Event()
        self.may_answer = threading.Event()

    def __call__(self) -> bool | None:
        self.asked.set()
        self.may_answer.wait(10)
        return self.reduces


@pytest.fixture
def desktop(monkeypatch) -> Iterator[Callable[[bool | None], SlowDesktop]]:
    monkeypatch.setattr(motion, "_answered", [])  # a run that has not asked yet

    def make(reduces: bool | None) -> SlowDesktop:
        slow = SlowDesktop(reduces)
        monkeypatch.setattr(desktop_motion, "desktop_reduces_motion", slow)
        return slow

    yield make


def _started(qtbot, database: Database, config: Config) -> MainWindow:
    """The window as app.py starts it: shown, then what follows the first paint."""
    window = MainWindow(Library(database), config, offline=True)
    qtbot.addWidget(window)
    qtbot.addWidget(window.compact)
    window.move(300, 300)  # away from the offscreen pointer, which would pause the strip
    with qtbot.waitExposed(window):
        window.show()
    window.finish_start_up()
    return window


def test_the_window_shows_before_the_desktop_answers_then_turns_to_still_pages(
    qtbot, filled_database, config, desktop
):
    slow = desktop(True)
    window = _started(qtbot, filled_database, config)
    assert slow.asked.wait(5)
    # The desktop has not answered, and the window is on screen and answers the user; its
    # strip stands still rather than scroll for a user who may have asked for less motion.
    assert window.isVisible()
    assert not window.ticker.animating and not window.ticker.paused
    assert not window.reduce_motion_action.isChecked()
    slow.may_answer.set()
    qtbot.waitUntil(lambda: window.ticker.reduce_motion, timeout=5000)
    assert window.reduce_motion_action.isChecked()
    assert window.compact.ticker.reduce_motion, "the compact strip follows too"
    assert not window.ticker.paused


@pytest.mark.parametrize("reduces", [False, None], ids=["animations on", "says nothing"])
def test_a_desktop_with_animations_lets_the_strip_scroll_once_it_answers(
    qtbot, filled_database, config, desktop, reduces
):
    slow = desktop(reduces)
    window = _started(qtbot, filled_database, config)
    assert slow.asked.wait(5)
    assert not window.ticker.animating
    slow.may_answer.set()
    qtbot.waitUntil(lambda: window.ticker.animating, timeout=5000)
    assert not window.ticker.reduce_motion and not window.reduce_motion_action.isChecked()


def test_the_users_choice_is_not_asked_of_the_desktop(qtbot, filled_database, config, desktop):
    slow = desktop(True)
    chosen = replace(config, ticker=replace(config.ticker, reduce_motion=False))
    window = _started(qtbot, filled_database, chosen)
    qtbot.waitUntil(lambda: window.ticker.animating, timeout=5000)
    assert not slow.asked.is_set()
    assert not window.ticker.reduce_motion


def test_a_second_window_of_the_run_takes_the_answer_already_given(
    qtbot, filled_database, config, desktop
):
    slow = desktop(True)
    slow.may_answer.set()
    first = _started(qtbot, filled_database, config)
    qtbot.waitUntil(lambda: first.ticker.reduce_motion, timeout=5000)
    first.close()
    slow.asked.clear()
    second = MainWindow(Library(filled_database), config, offline=True)
    qtbot.addWidget(second)
    qtbot.addWidget(second.compact)
    assert second.ticker.reduce_motion and second.reduce_motion_action.isChecked()
    assert not slow.asked.is_set()
