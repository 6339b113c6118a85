"""A private X server (Xvfb) for driving the real application: start, find windows, screenshot.

Used by the end-to-end tests, the README screenshot script and the start-up benchmark.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

XVFB_PACKAGES = "xvfb xdotool imagemagick and Qt's xcb libraries"


def x_tools_available() -> bool:
    return all(shutil.which(tool) for tool in ("Xvfb", "xdotool", "import"))


class XSession:
    """An Xvfb server on a free display number, stopped with :meth:`stop`."""

    def __init__(self, width: int = 1280, height: int = 800) -> None:
        read_end, write_end = os.pipe()
        self._process = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                f"{width}x{height}x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            self._process.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"

    def env(self, **extra: str) -> dict[str, str]:
        """The environment for a Qt program on this display."""
        environment = dict(os.environ)
        environment.pop("QT_QPA_PLATFORM", None)
        environment.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb", **extra)
        return environment

    def run(self, *command: str) -> str:
        result = subprocess.run(
            command, env=self.env(), capture_output=True, text=True, timeout=30, check=False
        )
        return result.stdout

    def window_names(self, pattern: str) -> list[str]:
        ids = self.run("xdotool", "search", "--name", pattern).split()
        return [self.run("xdotool", "getwindowname", wid).strip() for wid in ids]

    def visible_windows(self, pattern: str) -> list[str]:
        return self.run("xdotool", "search", "--onlyvisible", "--name", pattern).split()

    def window_id(self, pattern: str) -> str | None:
        ids = self.run("xdotool", "search", "--onlyvisible", "--name", pattern).split()
        return ids[-1] if ids else None

    def key(self, window: str, *keys: str) -> None:
        self.run("xdotool", "windowfocus", "--sync", window)
        for key in keys:
            self.run("xdotool", "key", "--window", window, key)

    def screenshot(self, path: Path) -> Path:
        subprocess.run(
            ["import", "-display", self.display, "-window", "root", str(path)],
            check=True,
            timeout=30,
            capture_output=True,
        )
        return path

    def stop(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()


def wait_until(condition: Callable[[], object], timeout: float, interval: float = 0.1) -> object:
    """Poll ``condition`` until it returns something true; raise TimeoutError after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"condition not met within {timeout} s")
        time.sleep(interval)
