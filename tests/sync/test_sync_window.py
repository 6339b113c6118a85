"""The window's sync against a real Miniflux (window_cases.py), in a pytest process of its own.

In one process with the GUI suite, Qt timers stopped firing (in these tests after the others,
in the others after these: docs/notes/sync.md); in a process of their own the cases run as
they do alone. Skipped and failed like the rest of the sync suite when Miniflux is missing.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sync_server.miniflux import Miniflux

pytestmark = pytest.mark.sync

CASES = Path(__file__).with_name("window_cases.py")
ROOT = Path(__file__).resolve().parents[2]


def test_the_window_cases_pass_in_a_process_of_their_own(miniflux: Miniflux) -> None:
    """``miniflux`` only to skip (or fail on CI) as the suite does when there is no server;
    the child starts its own."""
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(CASES)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert re.search(r"^3 passed", done.stdout, re.MULTILINE), done.stdout
