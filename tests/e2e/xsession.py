"""A private X server (Xvfb) for driving the real application: start, find windows, screenshot.

Used by the end-to-end tests, the README screenshot script and the start-up benchmark.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

# Where X servers keep their locks and sockets: fixed by X11, not temporary files of ours.
X_LOCKS = Path("/tmp")  # noqa: S108
X_SOCKETS = Path("/tmp/.X11-unix")  # noqa: S108
XVFB_PACKAGES = "xvfb xdotool imagemagick and Qt's xcb libraries"


def x_tools_available() -> bool:
    return all(shutil.which(tool) for tool in ("Xvfb", "xdotool", "import"))


class XSession:
    """An Xvfb server on a free display number, stopped with :meth:`stop`."""

    def __init__(self, width: int = 1280, height: int = 800) -> None:
        # Left to pick a number, Xvfb took :0 for two sessions at once (a test run beside a
        # benchmark), the second taking the first one's socket. So the number is ours: the
        # search starts at a place of our own and skips every number with a lock or a socket
        # file; Xvfb exits on a number taken meanwhile (it writes no lock file when it
        # announces itself on -displayfd), and the next one is tried.
        first = 100 + os.getpid() % 400
        for number in range(first, first + 200):
            socket = X_SOCKETS / f"X{number}"
            if (X_LOCKS / f".X{number}-lock").exists() or socket.exists():
                continue
            ready, announce = os.pipe()
            # -noreset: by default the server resets when its last client leaves, and a
            # program started during the reset is refused ("could not connect to display");
            # a benchmark that starts one program after another hit it every few runs.
            process = subprocess.Popen(
                ["Xvfb", f":{number}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp",
                 "-noreset", "-displayfd", str(announce)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                pass_fds=(announce,),
                start_new_session=True,  # out of reach of signals sent to our process group
            )  # fmt: skip
            os.close(announce)
            announced = _announced_display(process, ready)
            if announced:
                self._process = process
                self._ready = ready
                self.display = f":{announced}"
                return
            process.kill()
            process.wait()
            os.close(ready)
        raise RuntimeError("Xvfb did not start on any free display")

    def env(self, **extra: str) -> dict[str, str]:
        """The environment for a Qt program on this display."""
        environment = dict(os.environ)
        environment.pop("QT_QPA_PLATFORM", None)
        # No session bus unless a test brings its own (dbus-run-session sets the address for
        # its child): with dbus-x11 installed, libdbus would autolaunch a bus daemon per X
        # display on Qt's first D-Bus call, which outlives the app and the test.
        environment.update(
            DISPLAY=self.display, QT_QPA_PLATFORM="xcb", DBUS_SESSION_BUS_ADDRESS="disabled:"
        )
        environment.update(extra)
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

    def start_window_manager(self) -> subprocess.Popen[bytes]:
        """Openbox on this display, once it has announced itself (EWMH's supporting-WM
        window on the root): maximising, iconifying and struts are a window manager's."""
        manager = subprocess.Popen(
            ["openbox", "--sm-disable"],
            env=self.env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_until(
            lambda: "window id" in self.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK"),
            timeout=20,
        )
        return manager

    def property(self, window: str, name: str) -> str:
        """One property of ``window`` as xprop prints it (its value after the ``=``)."""
        text = self.run("xprop", "-id", window, name)
        return text.partition("=")[2].strip()

    def frame(self, window: str) -> tuple[int, int, int, int]:
        """Where the window manager drew ``window``, decorations included: left, top, right
        and bottom edges (the last pixel's coordinates)."""
        # xwininfo, not xdotool: xdotool 3.2016 counts a reparented window's offset twice.
        info = self.run("xwininfo", "-id", window)
        values = dict(line.strip().split(":", 1) for line in info.splitlines() if ":" in line)
        x, y = int(values["Absolute upper-left X"]), int(values["Absolute upper-left Y"])
        width, height = int(values["Width"]), int(values["Height"])
        extents = self.property(window, "_NET_FRAME_EXTENTS")
        left, right, top, bottom = (int(v) for v in extents.split(",")) if extents else (0,) * 4
        return x - left, y - top, x + width - 1 + right, y + height - 1 + bottom

    def stop(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()
        os.close(self._ready)


def _announced_display(process: subprocess.Popen[bytes], ready: int) -> str | None:
    """The display number Xvfb announces on ``-displayfd`` once it accepts clients (its
    socket file appears earlier, and a client connecting in between is refused); None if it
    exited first. The pipe stays open as long as the server runs: Xvfb treats a failed write
    to it as fatal, and it may write the number and the newline apart."""
    announced = b""
    deadline = time.monotonic() + 15
    while not announced.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([ready], [], [], remaining)[0]:
            return None
        chunk = os.read(ready, 32)
        if not chunk:  # the server exited before it was ready
            return None
        announced += chunk
    return announced.decode().strip() if process.poll() is None else None


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


def start_caravan(session: XSession, *arguments: str) -> subprocess.Popen[bytes]:
    """``python -m desktop_app ARGUMENTS`` on ``session``'s display and in its XDG folders;
    its error output is kept for :func:`quit_cleanly`."""
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", *arguments],
        env=session.env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def quit_cleanly(process: subprocess.Popen[bytes], timeout: float = 30) -> str:
    """End Caravan as a session does (SIGTERM); it must exit 0. Returns its error output."""
    process.send_signal(signal.SIGTERM)
    try:
        _, errors = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    text = errors.decode(errors="replace") if errors else ""
    assert process.returncode == 0, text
    return text
