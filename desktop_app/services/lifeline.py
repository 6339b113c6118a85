"""Worker processes must not outlive the process that started them.

A refresh parses in worker processes; if Caravan is killed (kill -9, a crash, the power
button of a frozen session) nothing runs its clean-up, and the workers would wait forever
for work that never comes: measured here, a forkserver and its workers stayed behind after
every kill. Each worker watches its parent instead and ends once it is gone. (Linux's
``PR_SET_PDEATHSIG`` follows the parent *thread*, and the pool is started from a fetch
thread that ends before the pool does: a watch on the process is what holds.)
"""

from __future__ import annotations

import os
import threading
import time

CHECK_SECONDS = 0.5


def die_with_parent(parent: int) -> None:
    """End this process (at once, no clean-up to run) when ``parent`` is no longer its
    parent: a daemon thread looks twice a second."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="lifeline", daemon=True).start()
