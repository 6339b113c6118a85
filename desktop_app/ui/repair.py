"""What the user is told about a damaged database: before the window restarts to rebuild it,
and what the rebuild saved once it has; or, read-only, that it cannot be rebuilt here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.i18n import translate


def ask_to_restart_for_repair(parent: QWidget, reason: str, then: Callable[[], None]) -> None:
    """Modal to the window: ``then`` (close, and open again on the rebuilt file) runs when it
    is dismissed — going on with a damaged file could only lose more."""
    title = translate("RepairMessages", "Caravan must repair its database")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        translate(
            "RepairMessages",
            "Caravan found damage in its database and will now restart to repair it.",
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText(
        translate(
            "RepairMessages",
            "Everything that can still be read is kept, and what cannot is taken from the "
            "newest backup; the damaged file is kept aside. You will be told what was saved.",
        )
    )
    box.setDetailedText(reason)
    box.button(QMessageBox.StandardButton.Ok).setText(
        translate("RepairMessages", "Restart and repair")
    )
    box.setAccessibleName(title)
    box.finished.connect(lambda _result: then())
    box.open()


def show_repair_report(parent: QWidget, headline: str, details: list[str], damage: str) -> None:
    """Not modal: the window is usable while the user reads what was saved."""
    title = translate("RepairMessages", "Caravan repaired its database")
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, headline, QMessageBox.StandardButton.Ok, parent
    )
    box.setInformativeText("\n\n".join(details))
    box.setDetailedText(damage)
    box.setAccessibleName(title)
    box.setModal(False)
    box.show()


def show_damage_left_as_is(parent: QWidget, message: str) -> None:
    """Read-only, nothing can be rebuilt: say so once, and leave the window to read what it
    still can."""
    title = translate("RepairMessages", "Caravan's database is damaged")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        translate(
            "RepairMessages", "Caravan found damage in its database and cannot repair it here."
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText(message)
    box.setAccessibleName(title)
    box.setModal(False)
    box.show()
