"""PyInstaller's own QtGui hook, less the GTK platform theme.

Its plugin, ``libqgtk3.so``, links GTK 3, and on a machine with GTK installed the bundle would
take GTK and everything GTK links (~100 system libraries: pango, cairo, harfbuzz, atk, …),
copies that then shadow the desktop's own. Without it Qt uses its generic theme or, where one
runs, the XDG desktop portal (light/dark preference, native file dialogs).
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, target) for source, target in binaries if Path(source).name != "libqgtk3.so"]
