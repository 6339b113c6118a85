"""Reduce motion as it applies: the user's choice, else the desktop's preference.

The desktop is asked once per run, on a thread of its own, after the window's first paint:
the answer is a file to parse (KDE) or a D-Bus call that may wait half a second (GNOME's
portal), and neither may hold up the window. Until the desktop answers, a window that follows
it keeps its ticker still (``TickerMode.follow_desktop_motion``), then applies the answer.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from desktop_app.config import Config

log = logging.getLogger(__name__)

_answered: list[bool] = []  # the desktop's answer once it came (read on the UI thread)


def reduce_motion(config: Config) -> bool:
    """Whether the ticker shows still pages instead of scrolling: the user's choice, else
    the desktop's answer (motion, while it has not answered yet)."""
    chosen = config.ticker.reduce_motion
    if chosen is not None:
        return chosen
    return bool(_answered and _answered[-1])


def desktop_answered() -> bool:
    return bool(_answered)


def ask_desktop(then: Callable[[bool], None], post: Callable[[Callable[[], None]], None]) -> None:
    """Ask the desktop whether it wants less motion, on a thread (once per run: a known
    answer is given at once); ``then`` gets the answer on the UI thread, through ``post``."""
    if _answered:
        then(_answered[-1])
        return

    def answer(reduced: bool) -> None:
        if not _answered:
            _answered.append(reduced)
        then(_answered[-1])

    def ask() -> None:
        try:
            from desktop_app.oslayer import motion

            reduced = bool(motion.desktop_reduces_motion())
        except Exception:  # a desktop that cannot say leaves motion on, never the window stuck
            log.exception("the desktop's animation setting could not be read")
            reduced = False
        post(lambda: answer(reduced))

    threading.Thread(target=ask, name="desktop-motion", daemon=True).start()
