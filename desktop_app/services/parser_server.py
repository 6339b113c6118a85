"""What the parsers' fork server loads before it forks a worker: the parser itself, and a
watch on the app, so that the server (and, through their own watch, its workers) end when
the app ends, however it ends.

Only a fork server imports this module: parsing.py names it as the server's preload, and
nothing else imports it (a spawned worker, where there is no fork server, must not take
itself for one). The app names itself in ``CARAVAN_PARSER_APP`` before starting the server;
if the app is already gone by then, the server ends at once.
"""

from __future__ import annotations

import os

from desktop_app.feeds import parse  # noqa: F401 - preloaded once, inherited by every worker
from desktop_app.oslayer.processes import end_with_parent
from desktop_app.services.parsing import APP_PID_VARIABLE, SERVER_PID_VARIABLE

_app = os.environ.get(APP_PID_VARIABLE, "")
if _app.isdigit() and int(_app) != os.getpid():
    os.environ[SERVER_PID_VARIABLE] = str(os.getpid())
    end_with_parent(int(_app))
