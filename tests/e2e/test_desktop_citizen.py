"""Caravan among other windows, under a real window manager (openbox): the compact strip
reserves its edge like a panel, and a second launch brings a minimised window back."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.services.library import Library
from desktop_app.store.db import Database
from tests.e2e.xsession import (
    XVFB_PACKAGES,
    XSession,
    quit_cleanly,
    wait_until,
    x_tools_available,
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        not (x_tools_available() and shutil.which("openbox") and shutil.which("xprop")),
        reason=f"needs {XVFB_PACKAGES}, openbox and xprop",
    ),
]

WIDTH, HEIGHT = 1024, 600

# Another application's window that asks to be maximised: the window manager decides where.
MAXIMISED_WINDOW = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.setWindowTitle("another application")
window.showMaximized()
app.exec()
"""


@pytest.fixture
def desktop() -> Iterator[XSession]:
    session = XSession(WIDTH, HEIGHT)
    manager = session.start_window_manager()
    try:
        yield session
    finally:
        manager.terminate()
        manager.wait(10)
        session.stop()


def _caravan(desktop: XSession, tmp_path: Path, **remembered: str) -> list[str]:
    """The command of an offline Caravan on its own data directory, with ``remembered``
    stored there first (as a previous run would have left it)."""
    config = tmp_path / "caravan.toml"
    config.write_text('[rates]\nurl = "http://127.0.0.1:9/rates"\n', encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    if remembered:
        database = Database(data / "caravan.sqlite3")
        library = Library(database)
        try:
            library.remember(remembered).result(timeout=10)
        finally:
            library.close()  # its reader: Python 3.13 warns of it in a later test otherwise
            database.close()
    return [sys.executable, "-m", "desktop_app", "--offline", "--config", str(config),
            "--data-dir", str(data)]  # fmt: skip


def _maximised_frame(desktop: XSession) -> tuple[int, int, int, int]:
    other = subprocess.Popen(
        [sys.executable, "-c", MAXIMISED_WINDOW], env=desktop.env(), stderr=subprocess.DEVNULL
    )
    try:
        window = str(wait_until(lambda: desktop.window_id("^another application$"), timeout=30))
        wait_until(
            lambda: "_NET_WM_STATE_MAXIMIZED_VERT" in desktop.property(window, "_NET_WM_STATE"),
            timeout=15,
        )
        return desktop.frame(window)
    finally:
        other.kill()
        other.wait()


@pytest.mark.parametrize("edge", ["top", "bottom"])
def test_a_maximised_window_stops_at_the_compact_strip(
    desktop: XSession, tmp_path: Path, edge: str
):
    command = _caravan(desktop, tmp_path, **{"ticker.compact": "1", "ticker.compact_edge": edge})
    caravan = subprocess.Popen(command, env=desktop.env(), stderr=subprocess.PIPE)
    try:
        strip = str(wait_until(lambda: desktop.window_id("^Caravan ticker$"), timeout=30))
        assert desktop.property(strip, "_NET_WM_WINDOW_TYPE") == "_NET_WM_WINDOW_TYPE_DOCK"
        left, top, right, bottom = desktop.frame(strip)
        assert (left, right) == (0, WIDTH - 1), "the strip spans the screen"
        assert (top == 0) if edge == "top" else (bottom == HEIGHT - 1)

        other_left, other_top, other_right, other_bottom = _maximised_frame(desktop)

        assert (other_left, other_right) == (0, WIDTH - 1), "maximised across"
        if edge == "top":
            assert other_top == bottom + 1, "its title bar starts below the strip"
            assert other_bottom == HEIGHT - 1
        else:
            assert other_top == 0
            assert other_bottom == top - 1, "its bottom edge ends above the strip"
    finally:
        quit_cleanly(caravan)


def test_a_second_launch_brings_a_minimised_window_back(desktop: XSession, tmp_path: Path):
    command = _caravan(desktop, tmp_path)
    caravan = subprocess.Popen(command, env=desktop.env(), stderr=subprocess.PIPE)
    try:
        window = str(wait_until(lambda: desktop.window_id("^Caravan"), timeout=30))
        desktop.run("xdotool", "windowminimize", "--sync", window)
        assert "_NET_WM_STATE_HIDDEN" in desktop.property(window, "_NET_WM_STATE")

        second = subprocess.run(
            command, env=desktop.env(), capture_output=True, text=True, timeout=60, check=False
        )
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout

        wait_until(
            lambda: "_NET_WM_STATE_HIDDEN" not in desktop.property(window, "_NET_WM_STATE"),
            timeout=15,
        )
        assert "IsViewable" in desktop.run("xwininfo", "-id", window), "mapped again"
        assert "window state: Normal" in desktop.run("xprop", "-id", window, "WM_STATE")
        active = desktop.run("xprop", "-root", "_NET_ACTIVE_WINDOW").split()[-1]
        assert int(active, 16) == int(window), "raised and active"
    finally:
        quit_cleanly(caravan)


def test_a_window_saved_on_a_bigger_monitor_fits_a_small_one(desktop: XSession, tmp_path: Path):
    """Saved at 2560×1440 on a big monitor, restored on a 1024×600 screen: title bar, frame
    and status bar all on screen."""
    command = _caravan(desktop, tmp_path, **{"window.geometry": _big_geometry()})
    caravan = subprocess.Popen(command, env=desktop.env(), stderr=subprocess.PIPE)
    try:
        window = str(wait_until(lambda: desktop.window_id("^Caravan"), timeout=30))
        wait_until(lambda: desktop.property(window, "_NET_FRAME_EXTENTS"), timeout=15)

        def on_screen() -> bool:
            left, top, right, bottom = desktop.frame(window)
            return left >= 0 and top >= 0 and right <= WIDTH - 1 and bottom <= HEIGHT - 1

        try:
            wait_until(on_screen, timeout=15)
        except TimeoutError:
            pytest.fail(f"frame {desktop.frame(window)} is not inside the {WIDTH}×{HEIGHT} screen")
        assert "MAXIMIZED" not in desktop.property(window, "_NET_WM_STATE"), "fitted, not maximised"
    finally:
        quit_cleanly(caravan)


def _big_geometry() -> str:
    """What Qt saves for a window 2560×1440 at (1920, 0), from a real QWidget."""
    script = (
        "import base64\n"
        "from PySide6.QtCore import QRect\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "app = QApplication([])\n"
        "window = QWidget()\n"
        "window.setGeometry(QRect(1920, 0, 2560, 1440))\n"
        "print(base64.b64encode(bytes(window.saveGeometry().data())).decode('ascii'))\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True,
        timeout=60, check=True,
    )  # fmt: skip
    return result.stdout.strip()
