"""The operating-system layer on the system the tests run on: real processes, real signals,
real folders."""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.oslayer.files import can_write_file, can_write_folder
from desktop_app.oslayer.processes import is_running
from desktop_app.oslayer.signals import QUIT_SIGNALS, QuitSignals


def test_a_process_runs_until_it_has_ended() -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        assert is_running(child.pid)
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(30)
    assert not is_running(child.pid), "ended (and reaped)"


def test_this_process_runs_and_no_process_group_passes_for_a_process() -> None:
    """On Linux, signal 0 sent to pid 0 reaches the caller's own process group: a marker named
    after pid 0 must not pass for a running Caravan."""
    assert is_running(os.getpid())
    assert not is_running(0)


def test_a_quit_signal_wakes_the_watcher_and_leaves_the_process_running() -> None:
    before = {number: signal.getsignal(number) for number in QUIT_SIGNALS}
    signals = QuitSignals()
    try:
        for number in QUIT_SIGNALS:
            assert select.select([signals.fileno()], [], [], 0)[0] == []
            signal.raise_signal(number)
            readable, _, _ = select.select([signals.fileno()], [], [], 10)
            assert readable == [signals.fileno()], f"{signal.Signals(number).name} woke nobody"
            signals.take()
    finally:
        signals.restore()
    assert {number: signal.getsignal(number) for number in QUIT_SIGNALS} == before


def test_a_writable_folder_and_file_are_seen_as_such(tmp_path: Path) -> None:
    database = tmp_path / "caravan.sqlite3"
    database.write_bytes(b"")
    assert can_write_folder(tmp_path)
    assert can_write_file(database)
    assert sorted(tmp_path.iterdir()) == [database], "nothing left behind by asking"


def test_a_read_only_folder_and_file_are_seen_as_such(tmp_path: Path, make_read_only) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    database = folder / "caravan.sqlite3"
    database.write_bytes(b"")
    make_read_only(folder)
    assert not can_write_folder(folder)
    assert not can_write_file(database)


def test_the_desktops_animation_setting_decides_reduce_motion(tmp_path):
    """KDE's factor 0 asks for less motion; a desktop that says nothing leaves the default
    alone."""
    from desktop_app.oslayer.motion import kde_factor_reduces

    kdeglobals = tmp_path / "kdeglobals"
    assert kde_factor_reduces(kdeglobals) is None
    kdeglobals.write_text("[General]\nColorScheme=BreezeDark\n", encoding="utf-8")
    assert kde_factor_reduces(kdeglobals) is None
    kdeglobals.write_text("[KDE]\nAnimationDurationFactor=0\n", encoding="utf-8")
    assert kde_factor_reduces(kdeglobals) is True
    kdeglobals.write_text("[KDE]\nAnimationDurationFactor=0.5\n", encoding="utf-8")
    assert kde_factor_reduces(kdeglobals) is False


def test_reduce_motion_follows_the_desktop_unless_the_user_chose(tmp_path, monkeypatch):
    """The file's choice wins; a file that says nothing leaves it to the desktop, which the
    window asks (the configuration itself never does: the command line reads it too)."""
    from desktop_app.config import load_config
    from desktop_app.oslayer.motion import desktop_reduces_motion

    config_home = tmp_path / "config-home"
    config_home.mkdir()
    (config_home / "kdeglobals").write_text("[KDE]\nAnimationDurationFactor=0\n", "utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config_home))
    silent = tmp_path / "silent.toml"
    silent.write_text("[ticker]\nspeed = 60\n", encoding="utf-8")
    assert load_config(silent).config.ticker.reduce_motion is None
    assert desktop_reduces_motion() is True
    chosen = tmp_path / "chosen.toml"
    chosen.write_text("[ticker]\nreduce_motion = false\n", encoding="utf-8")
    assert load_config(chosen).config.ticker.reduce_motion is False


_ASK_THE_PORTAL = """
import subprocess, sys
service = subprocess.Popen(
    [sys.executable, sys.argv[1], sys.argv[2]], stdout=subprocess.PIPE, text=True
)
assert service.stdout.readline().strip() == "ready"
from desktop_app.oslayer.motion import desktop_reduces_motion
print(desktop_reduces_motion())
service.terminate()
"""


@pytest.mark.skipif(not shutil.which("dbus-run-session"), reason="needs dbus (dbus-run-session)")
@pytest.mark.parametrize(("animations", "reduced"), [("false", "True"), ("true", "False")])
def test_reduce_motion_follows_gnome_through_the_settings_portal(animations, reduced, tmp_path):
    """GNOME's switch, read over a real session bus from a service answering as the portal
    does (no program started by Caravan)."""
    environment = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path))  # no kdeglobals here
    answer = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", _ASK_THE_PORTAL,
         str(Path(__file__).with_name("settings_portal.py")), animations],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )  # fmt: skip
    assert answer.returncode == 0, answer.stderr
    assert answer.stdout.strip().splitlines()[-1] == reduced
