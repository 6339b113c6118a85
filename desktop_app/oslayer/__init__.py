"""What differs between Linux, macOS and Windows: every call that exists on one system only, or
means something else on another, is made here and nowhere else in Caravan.

Each module holds one concern, its Linux (POSIX) code next to a Windows branch and, where macOS
differs from Linux, a macOS one:

- ``processes``: the parser pool's start method (``CARAVAN_MP_START``), a worker's lower
  priority, whether a process still runs, a worker ending with its parent;
- ``locks``: an exclusive lock on an open file that the system drops when its process ends;
- ``signals``: the signals that ask Caravan to quit, and waking an event loop for them;
- ``files``: whether a folder or a file can be written;
- ``local_sockets``: where a local server listens, for a later launch to look;
- ``desktop``: the menu entry, the icons and starting at login (XDG files, the registry's
  ``Run`` key, a LaunchAgent);
- ``motion``: whether the desktop turned animations off (KDE, GNOME's portal, Windows).

tests/unit/test_portability.py keeps it so: it fails on a one-system call, import or path
anywhere else under desktop_app/.
"""
