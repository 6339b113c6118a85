"""Reduce motion as it applies: the user's choice, else the desktop's preference (read once
per run: it is a D-Bus call or a file, and the window asks again on every new setting)."""

from __future__ import annotations

from functools import cache

from desktop_app.config import Config
from desktop_app.oslayer.motion import desktop_reduces_motion


def reduce_motion(config: Config) -> bool:
    """Whether the ticker shows still pages instead of scrolling."""
    chosen = config.ticker.reduce_motion
    return chosen if chosen is not None else desktop_prefers_less_motion()


@cache
def desktop_prefers_less_motion() -> bool:
    return bool(desktop_reduces_motion())
