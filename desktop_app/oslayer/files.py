"""Whether a folder or a file can be written, asked without writing anything that is not
already writable."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def can_write_folder(folder: Path) -> bool:
    """Whether this process can create files in ``folder``.

    Linux and macOS ask the system (access(2) knows read-only mounts, immutable folders,
    access lists and the user's rights), and nothing is created. Windows' access() looks at
    the read-only attribute alone, which folders do not honour, so it says yes to every
    folder: there a file is created and removed at once, which succeeds only where writing
    does (and creates nothing where it does not).
    """
    if sys.platform == "win32":
        import tempfile

        try:
            handle, name = tempfile.mkstemp(prefix=".caravan-probe-", dir=folder)
        except OSError:
            return False
        os.close(handle)
        Path(name).unlink(missing_ok=True)
        return True
    else:
        return os.access(folder, os.W_OK | os.X_OK)


def can_write_file(path: Path) -> bool:
    """Whether this process can write the existing file ``path``.

    Linux and macOS ask the system, as for a folder. On Windows access() sees the read-only
    attribute but not the file's access list: the file is opened for writing there, and
    closed with nothing written.
    """
    if sys.platform == "win32":
        try:
            with path.open("r+b"):
                return True
        except OSError:
            return False
    else:
        return os.access(path, os.W_OK)
