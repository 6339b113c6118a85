"""Where a local server (Qt's QLocalServer) listens, so that a later launch can look for it
without connecting."""

from __future__ import annotations

import sys
from pathlib import Path


def socket_file(name: str, temporary_folder: Path) -> Path | None:
    """The file a local server called ``name`` listens on: a socket in Qt's temporary folder on
    Linux and macOS. None on Windows, where it is a named pipe that only a connection finds."""
    if sys.platform == "win32":
        return None
    else:
        return temporary_folder / name
