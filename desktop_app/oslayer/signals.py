"""The signals that ask Caravan to quit, made visible to an event loop.

Python runs a signal handler only between bytecodes, which an event loop asleep in C (Qt's)
never executes. Python's C-level handler writes the signal's number to a socket instead
(``signal.set_wakeup_fd``, which takes a socket on Windows as well); the loop watches the other
end and wakes at once.
"""

from __future__ import annotations

import signal
import socket
import sys

if sys.platform == "win32":
    # Windows sends a window no signal: it asks the window to close, and Qt makes that a close
    # event. From a console, Ctrl+C and Ctrl+Break arrive as SIGINT and SIGBREAK.
    QUIT_SIGNALS = (signal.SIGINT, signal.SIGBREAK)
else:
    # Linux and macOS: SIGTERM (kill, the session ending, a service manager) and SIGINT
    # (Ctrl+C in the terminal that started Caravan).
    QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class QuitSignals:
    """While installed (from the main thread), a quit signal makes :meth:`fileno` readable
    instead of running a Python handler or ending the process."""

    def __init__(self) -> None:
        self._reader, self._writer = socket.socketpair()
        self._writer.setblocking(False)  # the C handler must never block
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, _ignore) for number in QUIT_SIGNALS}

    def fileno(self) -> int:
        """The socket to watch for reading."""
        return self._reader.fileno()

    def take(self) -> None:
        """Read what made the socket readable, so that it does not wake the watcher again."""
        self._reader.recv(64)

    def restore(self) -> None:
        """Put back the handlers found at installation, and close the socket."""
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._reader.close()
        self._writer.close()


def _ignore(number: int, frame: object) -> None:
    """The Python-level handler: the socket has already been written to."""
