"""Logging: a rotating file in the log directory, and the console for what a user must see."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

PRINTED = {"printed": True}
"""``extra=`` of a record the command line has printed itself: the log file alone keeps it."""


def setup_logging(log_dir: Path, console_level: int = logging.ERROR) -> Path | None:
    """Log INFO and above to ``caravan.log`` (rotated at 1 MB, 3 kept); return its path."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(console_level)
    console.setFormatter(logging.Formatter("caravan: %(message)s"))
    console.addFilter(lambda record: not getattr(record, "printed", False))
    root.addHandler(console)
    log_file = log_dir / "caravan.log"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as error:
        root.warning("cannot write the log file %s: %s", log_file, error)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    return log_file
