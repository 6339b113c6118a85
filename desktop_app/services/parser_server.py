"""What the parsers' fork server loads before it forks a worker: the parser itself, and a
watch on the app, so that the server (and, through their own watch, its workers) end when
the app ends, however it ends.

Only the fork server acts on the import: the app names itself in ``CARAVAN_PARSER_APP``
before starting it (see parsing.py), so a process that inherited the name but is not the app
is the server — and if the app is already gone by then, the server ends at once.
"""

from __future__ import annotations

import os

from desktop_app.feeds import parse  # noqa: F401 - preloaded once, inherited by every worker
from desktop_app.services.lifeline import die_with_parent

APP_PID_VARIABLE = "CARAVAN_PARSER_APP"
# Set in the server for its workers: the parent each must see, or end (a worker forked just
# before the server died would otherwise take its new parent, init, for the server).
SERVER_PID_VARIABLE = "CARAVAN_PARSER_SERVER"

_app = os.environ.get(APP_PID_VARIABLE, "")
if _app.isdigit() and int(_app) != os.getpid():
    os.environ[SERVER_PID_VARIABLE] = str(os.getpid())
    die_with_parent(int(_app))
