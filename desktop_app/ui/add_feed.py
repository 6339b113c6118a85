"""The add-feed dialog: an address (prefilled from the clipboard), a title and a folder, checked
in the background before anything is subscribed, with the feeds a web page links to offered."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import CaravanError, OfflineError
from desktop_app.i18n import PLURAL, translate
from desktop_app.services.discovery import Discovery, address_problem

# A check answers with the feed found (and the others a page links to) or raises CaravanError.
Check = Callable[[str], Discovery]


@dataclass(frozen=True, slots=True)
class Subscription:
    """What the user chose: one or several feed addresses, with the title and folder typed."""

    urls: tuple[str, ...]
    title: str
    folder: str
    checked: bool  # False: subscribed without checking, at the user's word


def clipboard_address() -> str:
    """The clipboard's text when it is one http(s) address, else "" (never a paragraph)."""
    text = QGuiApplication.clipboard().text().strip()
    return text if text and not address_problem(text) else ""


class AddFeedDialog(QDialog):
    """Checks the address off the UI thread (cancellable: a late answer is dropped), refuses
    what is not a feed with the reason while keeping what was typed, and lets the user pick
    among the feeds a page links to. ``cannot_check`` (offline) offers subscribing unchecked;
    ``refused`` (read-only) says why nothing can be subscribed."""

    _answered = Signal(int, object)  # check number, Discovery or CaravanError

    def __init__(
        self,
        check: Check,
        folders: Sequence[str],
        subscribed: Callable[[str], bool],
        parent: QWidget | None = None,
        *,
        url: str = "",
        title: str = "",
        folder: str = "",
        heading: str = "",
        cannot_check: str = "",
        refused: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(heading or translate("AddFeedDialog", "Add feed"))
        self.setMinimumWidth(520)
        self._check = check
        self._subscribed = subscribed
        self._cannot_check = cannot_check
        self._refused = refused
        self._checks = 0  # checks started
        self._awaited = 0  # the number of the check whose answer is awaited (0: none)
        self._found: tuple[str, ...] = ()  # the addresses checked for the current text
        self._found_for = ""
        self.subscription: Subscription | None = None

        self.address = QLineEdit(url or clipboard_address())
        self.address.setPlaceholderText(
            translate("AddFeedDialog", "https://example.com/feed.xml or the site's address")
        )
        self.address.setAccessibleName(translate("AddFeedDialog", "Address"))
        self.address.textEdited.connect(self._address_edited)
        self.title = QLineEdit(title)
        self.title.setPlaceholderText(translate("AddFeedDialog", "The feed's own title"))
        self.title.setAccessibleName(translate("AddFeedDialog", "Title"))
        self.folder = QComboBox()
        self.folder.setEditable(True)
        self.folder.setAccessibleName(translate("AddFeedDialog", "Folder"))
        folder_text = QLineEdit()
        folder_text.setPlaceholderText(translate("AddFeedDialog", "None, or type a new folder"))
        self.folder.setLineEdit(folder_text)
        self.folder.addItems(["", *folders])
        self.folder.setEditText(folder)
        form = QFormLayout()
        form.addRow(translate("AddFeedDialog", "&Address:"), self.address)
        form.addRow(translate("AddFeedDialog", "&Title:"), self.title)
        form.addRow(translate("AddFeedDialog", "&Folder:"), self.folder)

        self.spinner = QProgressBar()
        self.spinner.setRange(0, 0)  # busy, without a percentage
        self.spinner.setMaximumHeight(6)
        self.spinner.setTextVisible(False)
        self.spinner.setAccessibleName(translate("AddFeedDialog", "Checking"))
        self.spinner.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(translate("AddFeedDialog", "Status"))
        self.choices = QListWidget()
        self.choices.setAccessibleName(translate("AddFeedDialog", "Feeds found"))
        self.choices.setMaximumHeight(self.fontMetrics().height() * 9)
        self.choices.hide()
        self.unchecked = QCheckBox(
            translate("AddFeedDialog", "Subscribe without checking the address")
        )
        self.unchecked.setAccessibleName(translate("AddFeedDialog", "Subscribe without checking"))
        self.unchecked.hide()

        self.buttons = QDialogButtonBox()
        self.subscribe_button = QPushButton(translate("AddFeedDialog", "&Subscribe"))
        self.subscribe_button.setAccessibleName(translate("AddFeedDialog", "Subscribe"))
        self.subscribe_button.setDefault(True)
        self.buttons.addButton(self.subscribe_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(translate("AddFeedDialog", "Cancel"))
        self.subscribe_button.clicked.connect(self._subscribe_clicked)
        self.cancel_button.clicked.connect(self._cancel_clicked)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.spinner)
        layout.addWidget(self.status)
        layout.addWidget(self.choices)
        layout.addWidget(self.unchecked)
        layout.addWidget(self.buttons)
        self._answered.connect(self._on_answer)
        self._show_state()

    # -- state -------------------------------------------------------------------------------
    @property
    def checking(self) -> bool:
        return self._awaited > 0

    def _show_state(self) -> None:
        if self._refused:
            self.status.setText(
                translate("AddFeedDialog", "{reason}: nothing can be subscribed.").format(
                    reason=self._refused
                )
            )
            self.subscribe_button.setEnabled(False)
            self.subscribe_button.setToolTip(self._refused)
        elif self._cannot_check:
            self.status.setText(
                translate(
                    "AddFeedDialog",
                    "{reason}: the address cannot be checked now. You may subscribe without "
                    "checking; its articles come with the first refresh online.",
                ).format(reason=self._cannot_check)
            )
            self.unchecked.show()

    def _address_edited(self) -> None:
        """A new address: what was found for the old one no longer applies."""
        self._cancel_check()
        if self._found:
            self._found, self._found_for = (), ""
            self.choices.clear()
            self.choices.hide()
            self.status.clear()
            self._show_state()

    # -- checking ----------------------------------------------------------------------------
    def check_now(self) -> None:
        """What Subscribe does, for an address handed over rather than typed."""
        self._subscribe_clicked()

    def _subscribe_clicked(self) -> None:
        url = self.address.text().strip()
        problem = address_problem(url)
        if problem:
            self._refuse(problem)
            return
        if self._subscribed(url):
            self._refuse(
                translate("AddFeedDialog", "Already subscribed to {address}").format(address=url)
            )
            return
        if self.unchecked.isVisible() and self.unchecked.isChecked():
            self._accept_with((url,), checked=False)
        elif self._found and self._found_for == url:
            chosen = self._chosen()
            if not chosen:
                self._refuse(translate("AddFeedDialog", "Tick at least one of the feeds found"))
                return
            self._accept_with(chosen, checked=True)
        elif self._cannot_check:
            self._refuse(
                translate(
                    "AddFeedDialog",
                    "{reason}: tick “Subscribe without checking” to subscribe anyway",
                ).format(reason=self._cannot_check)
            )
        else:
            self._start_check(url)

    def _start_check(self, url: str) -> None:
        self._checks += 1
        number = self._awaited = self._checks
        self.status.setText(
            translate("AddFeedDialog", "Checking {address}…").format(address=url[:80])
        )
        self.spinner.show()
        self.subscribe_button.setEnabled(False)
        self.address.setReadOnly(True)

        def run() -> None:
            try:
                answer: object = self._check(url)
            except CaravanError as error:
                answer = error
            with suppress(RuntimeError):  # the dialog is gone: nobody waits for the answer
                self._answered.emit(number, answer)

        threading.Thread(target=run, name="add-feed check", daemon=True).start()

    def _on_answer(self, number: int, answer: object) -> None:
        if number != self._awaited:  # cancelled, or an older address
            return
        self._stop_checking()
        url = self.address.text().strip()
        if not isinstance(answer, Discovery):
            self._refuse(
                translate("AddFeedDialog", "{reason}. Nothing subscribed.").format(reason=answer)
            )
            if isinstance(answer, OfflineError):
                self.unchecked.show()  # nothing answers: the user may know better
            return
        if not answer.note and not answer.alternatives:
            self._accept_with((answer.url,), checked=True)
            return
        self._found, self._found_for = (answer.url, *answer.alternatives), url
        self.choices.clear()
        for found in self._found:
            item = QListWidgetItem(found)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            already = self._subscribed(found)
            item.setCheckState(
                Qt.CheckState.Checked
                if found == answer.url and not already
                else Qt.CheckState.Unchecked
            )
            if already:
                item.setText(
                    translate("AddFeedDialog", "{address} (already subscribed)").format(
                        address=found
                    )
                )
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            item.setData(Qt.ItemDataRole.UserRole, found)
            self.choices.addItem(item)
        self.choices.show()
        feeds = len(self._found)
        said = translate(
            "AddFeedDialog",
            "{address} is a web page that links to %n feed(s): tick those to subscribe to.",
            None, PLURAL, feeds)  # fmt: skip
        self.status.setText(said.format(address=url[:80]))

    def _chosen(self) -> tuple[str, ...]:
        items = (self.choices.item(row) for row in range(self.choices.count()))
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def _refuse(self, reason: str) -> None:
        """Say why, keep everything typed, stay open."""
        self.status.setText(reason)
        self.address.setFocus()

    def _stop_checking(self) -> None:
        self._awaited = 0
        self.spinner.hide()
        self.address.setReadOnly(False)
        self.subscribe_button.setEnabled(not self._refused)

    def _cancel_check(self) -> None:
        if self.checking:
            self._stop_checking()
            self.status.setText(translate("AddFeedDialog", "Check cancelled."))

    def _cancel_clicked(self) -> None:
        """Cancel stops a check under way; pressed again (or with no check), it closes."""
        if self.checking:
            self._cancel_check()
        else:
            self.reject()

    def _accept_with(self, urls: tuple[str, ...], *, checked: bool) -> None:
        self.subscription = Subscription(
            urls, self.title.text().strip(), self.folder.currentText().strip(), checked
        )
        self.accept()

    def reject(self) -> None:  # Esc, the window's close button
        self._awaited = 0  # an answer arriving later is dropped
        super().reject()
