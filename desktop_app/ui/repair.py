"""What the user is told about a damaged database: before the window restarts to rebuild it,
and what the rebuild saved once it has."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_to_restart_for_repair(parent: QWidget, reason: str, then: Callable[[], None]) -> None:
    """Modal to the window: ``then`` (close, and open again on the rebuilt file) runs when it
    is dismissed — going on with a damaged file could only lose more."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Caravan must repair its database",
        "Caravan found damage in its database and will now restart to repair it.",
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText(
        "Everything that can still be read is kept, and what cannot is taken from the "
        "newest backup; the damaged file is kept aside. You will be told what was saved."
    )
    box.setDetailedText(reason)
    box.button(QMessageBox.StandardButton.Ok).setText("Restart and repair")
    box.setAccessibleName("Caravan must repair its database")
    box.finished.connect(lambda _result: then())
    box.open()


def show_repair_report(parent: QWidget, headline: str, details: list[str], damage: str) -> None:
    """Not modal: the window is usable while the user reads what was saved."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Caravan repaired its database",
        headline,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText("\n\n".join(details))
    box.setDetailedText(damage)
    box.setAccessibleName("Caravan repaired its database")
    box.setModal(False)
    box.show()
