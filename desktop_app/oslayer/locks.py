"""An exclusive lock on an open file, which the system drops when the process ends, however it
ends: a crash leaves no stale lock behind."""

from __future__ import annotations

import sys
from typing import IO, Any


def lock_exclusively(handle: IO[Any]) -> None:
    """Hold the lock on ``handle``'s file, or raise OSError at once when another process holds
    it (BlockingIOError on Linux and macOS, PermissionError on Windows).

    Linux and macOS: ``flock`` on the whole file, which works whatever the file was opened for
    (a file opened for reading only locks as well). Windows: its first byte, with the C
    runtime's ``locking`` (LockFile underneath), which needs no write access either; Windows
    locks are mandatory, so no other process can read that byte meanwhile.
    """
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def unlock_and_close(handle: IO[Any]) -> None:
    """Let go of the lock and close the file. Closing is enough on Linux and macOS; Windows
    drops a closed file's locks in its own time (LockFileEx's documentation asks for an
    explicit unlock), and a launch meanwhile would find the folder still held."""
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        finally:
            handle.close()
    else:
        handle.close()
