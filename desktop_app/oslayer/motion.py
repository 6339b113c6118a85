"""Whether the desktop asks applications for less motion: the default of Caravan's *reduce
motion* when the user has not set it.

Linux: KDE's ``AnimationDurationFactor`` in ``kdeglobals`` (0 turns animations off), else
GNOME's ``org.gnome.desktop.interface enable-animations`` as the XDG settings portal gives it
over D-Bus (``gsettings`` would be a program, and no module of Caravan but the desktop-cache
one may start a process: tests/unit/test_layering.py). Windows: the client-area animation
setting, which *Show animations in Windows* switches. macOS is not read (its *Reduce motion*
is a ``defaults`` key, a program again). None when the desktop says nothing.
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
            kde = _kde()
            return kde if kde is not None else _gnome()
    except (OSError, ValueError, configparser.Error) as error:
        log.info("the desktop's animation setting could not be read: %s", error)
        return None


_PORTAL = "org.freedesktop.portal.Desktop"
_PORTAL_PATH = "/org/freedesktop/portal/desktop"
_PORTAL_SETTINGS = "org.freedesktop.portal.Settings"
_PORTAL_TIMEOUT_MS = 500


def _gnome() -> bool | None:
    """GNOME's ``enable-animations``, through the XDG settings portal on the session bus
    (no program started: the portal is asked over D-Bus). None without a portal, or from a
    portal that does not know the key (not GNOME)."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return None
    from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected() or not bus.interface().isServiceRegistered(_PORTAL).value():
        return None
    call = QDBusMessage.createMethodCall(_PORTAL, _PORTAL_PATH, _PORTAL_SETTINGS, "ReadOne")
    call.setArguments(["org.gnome.desktop.interface", "enable-animations"])
    reply = bus.call(call, QDBus.CallMode.Block, _PORTAL_TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return None
    return animations_answer(reply.arguments()[0])


def animations_answer(value: object) -> bool | None:
    """The portal's value (a boolean, maybe wrapped in a D-Bus variant) as whether motion is
    reduced: animations off is motion reduced."""
    unwrap = getattr(value, "variant", None)
    if callable(unwrap):
        value = unwrap()
    return (not value) if isinstance(value, bool) else None


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
