"""The entry point of ``python -m desktop_app``, the ``caravan`` command and a frozen build."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

# Stands in for PyInstaller's freeze_support(): in a frozen build, a helper that
# multiprocessing starts (the fork server, a spawned worker) is the app's own executable, and
# freeze_support() runs the helper and exits when the arguments name one.
_FROZEN = """
import multiprocessing, sys

def run_the_helper():
    if sys.argv[1:2] == ["-c"]:
        print("helper ran", flush=True)
        sys.exit(0)

sys.frozen = True
multiprocessing.freeze_support = run_the_helper
sys.argv = ["caravan", *sys.argv[1:]]
from desktop_app.__main__ import main
sys.exit(main())
"""


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _FROZEN, *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )


def test_a_frozen_build_started_as_a_multiprocessing_helper_runs_the_helper() -> None:
    """Without freeze_support() the fork server, started as the bundle with ``-c ...``, would
    be given to Caravan's command line, and every refresh through the pool would fail."""
    helper = _run("-c", "from multiprocessing.forkserver import main; main(3, 4)")
    assert (helper.returncode, helper.stdout) == (0, "helper ran\n"), helper.stderr


def test_a_frozen_build_started_by_the_user_runs_caravan() -> None:
    started = _run("--help")
    assert started.returncode == 0, started.stderr
    assert "helper ran" not in started.stdout
    assert "usage: caravan" in started.stdout
