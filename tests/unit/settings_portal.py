"""A stand-in for the XDG desktop portal's Settings interface on a private session bus, for
the reduce-motion test (xdg-desktop-portal and GNOME do not run here): it answers
``ReadOne("org.gnome.desktop.interface", "enable-animations")`` as GNOME's portal does, with
a boolean in a variant, and an error for any other key.

    python settings_portal.py true|false
"""

from __future__ import annotations

import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusVariant

ANIMATIONS = sys.argv[1] == "true"


# PySide6's stubs know ClassInfo only as keywords, which cannot hold "D-Bus Interface".
@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Settings"})  # type: ignore[call-arg]
class Settings(QObject):  # type: ignore[operator]
    @Slot(str, str, result=QDBusVariant)
    def ReadOne(self, namespace: str, key: str) -> QDBusVariant:
        if (namespace, key) == ("org.gnome.desktop.interface", "enable-animations"):
            return QDBusVariant(ANIMATIONS)
        return QDBusVariant("")


app = QCoreApplication([])
bus = QDBusConnection.sessionBus()
settings = Settings()
if not bus.registerObject(
    "/org/freedesktop/portal/desktop", settings, QDBusConnection.RegisterOption.ExportAllSlots
) or not bus.registerService("org.freedesktop.portal.Desktop"):
    sys.exit("could not take the portal's name")
print("ready", flush=True)
app.exec()
