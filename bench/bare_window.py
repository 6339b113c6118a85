"""The baseline of the start-up benchmarks: an empty PySide6 main window, nothing else.

python bench/bare_window.py
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow


def build() -> QMainWindow:
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.resize(1180, 760)
    return window


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = build()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
