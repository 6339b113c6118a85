"""Whether the desktop asks applications for less motion: the default of Caravan's *reduce
motion* when the user has not set it.

Linux: KDE's ``AnimationDurationFactor`` in ``kdeglobals`` (0 turns animations off).
Windows: the client-area animation setting, which *Show animations in Windows* switches.
None when the desktop says nothing. GNOME's ``enable-animations`` and macOS's *Reduce
motion* are not read yet: ``gsettings`` and ``defaults`` are programs, and no module of
Caravan but the desktop-cache one may start a process (tests/unit/test_layering.py); the
XDG settings portal over D-Bus is the way for GNOME (docs/notes/accessibility.md).
"""

from __future__ import annotations

import configparser
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def desktop_reduces_motion() -> bool | None:
    """True when the desktop turned animations off, False when it has them on, None when it
    has no such setting (or it could not be read)."""
    try:
        if sys.platform == "win32":
            return _windows()
        elif sys.platform == "darwin":
            return None
        else:
            return _kde()
    except (OSError, ValueError, configparser.Error) as error:
        log.info("the desktop's animation setting could not be read: %s", error)
        return None


def _kde() -> bool | None:
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return kde_factor_reduces(config_home / "kdeglobals")


def kde_factor_reduces(path: Path) -> bool | None:
    """KDE's ``[KDE] AnimationDurationFactor`` in ``path``: 0 is no animation at all."""
    if not path.is_file():
        return None
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.read(path, encoding="utf-8")
    factor = parser.get("KDE", "AnimationDurationFactor", fallback=None)
    if factor is None:
        return None
    return float(factor) == 0


if sys.platform == "win32":

    def _windows() -> bool | None:
        import ctypes

        get_client_area_animation = 0x1042  # SPI_GETCLIENTAREAANIMATION
        enabled = ctypes.c_int(1)
        if not ctypes.windll.user32.SystemParametersInfoW(
            get_client_area_animation, 0, ctypes.byref(enabled), 0
        ):
            return None
        return not enabled.value

else:

    def _windows() -> bool | None:
        return None
