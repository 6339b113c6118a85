"""Start-up tuning shared by the command line and the window: the cyclic garbage collector.

Start-up creates some 60,000 objects that live as long as the process (modules, classes, Qt's
enums). With the collector on, it walks them about seventy times before the window appears,
~10 ms of a ~300 ms start, and every later full collection walks them again. So the collector
is paused from the first line until start-up is over, and what start-up built is then frozen:
moved out of the collector's sight, as the gc module's documentation suggests for long-lived
start-up state. Reference counting still frees everything as usual.
"""

from __future__ import annotations

import gc

_paused_here = False


def pause_collection() -> None:
    global _paused_here
    if gc.isenabled():
        gc.disable()
        _paused_here = True


def resume_collection() -> None:
    """Freeze what start-up built and switch the collector back on; a no-op unless
    ``pause_collection`` paused it (tests and embedders keep their own settings)."""
    global _paused_here
    if _paused_here:
        _paused_here = False
        # No collection first: it would take ~45 ms on the UI thread just after the window
        # appears, to free ~600 objects (~120 KB) of start-up garbage that freezing keeps.
        gc.freeze()
        gc.enable()
