"""Syncing with the account's server from the window: the action, the background sync and
what the status bar says of it. The password comes from the keyring, or is asked once per
start where there is none (it is then held in memory only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTime, QTimer

from desktop_app.i18n import translate
from desktop_app.services.problems import in_language
from desktop_app.ui.window.context import WindowContext

if TYPE_CHECKING:  # the sync machinery (requests) loads with the first sync, not at start
    from desktop_app.services.background import BackgroundSync
    from desktop_app.services.sync import SyncSummary


class SyncStatus:
    def __init__(self, context: WindowContext) -> None:
        self._context = context
        self.background: BackgroundSync | None = None
        self.sync_action = context.action(
            translate("SyncStatus", "S&ync with server"), self.sync_now
        )
        self.sync_action.setEnabled(False)
        self.sync_action.setStatusTip(
            translate("SyncStatus", "No sync account is set up (Settings, Sync)")
        )
        if context.refresh_refused:
            context.refuse(self.sync_action, context.refresh_refused)
        self.last_report = ""

    def start_if_set_up(self, *, ask: bool = True) -> None:
        """After start-up: sync now and then on schedule, when an account is set up."""
        if self._context.refresh_refused or self.background is not None:
            return
        state = self._context.library.sync_account()
        if state.account is None:
            return
        password = self._context.library.kept_sync_password()
        if password is None and ask:
            password = self._ask_password(state.account.username, state.account.server_url)
        if password is None:
            self._report(
                translate("SyncStatus", "Sync paused: no password (none is kept in a keyring)")
            )
            return
        self.begin(password)

    def begin(self, password: str) -> None:
        """Sync with this password from now on (after signing in in the settings)."""
        self.end()
        background = self._context.library.background_sync(password)
        background.started.connect(
            lambda: self._report(translate("SyncStatus", "Syncing with the server…"))
        )
        background.progress.connect(self._on_progress)
        background.finished.connect(self._on_finished)
        self.background = background
        self.sync_action.setEnabled(True)
        self.sync_action.setStatusTip(
            translate("SyncStatus", "Send the changes made here and take the server's")
        )
        background.request()
        background.start_schedule()

    def end(self) -> None:
        """No more syncing (signed out, or the window closes); a running sync is cancelled."""
        background, self.background = self.background, None
        if background is not None:
            background.stop(timeout=10)
            background.deleteLater()
        self.sync_action.setEnabled(False)

    def sync_now(self) -> None:
        if self.background is None:
            self._report(translate("SyncStatus", "No sync account is set up (Settings, Sync)"))
        elif not self.background.request():
            self._report(translate("SyncStatus", "A sync is running; another follows it"))

    def _ask_password(self, username: str, server_url: str) -> str | None:
        # Qt's dialogs load where they open: PySide6 builds a class's enums on first import.
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        password, given = QInputDialog.getText(
            self._context.window,
            translate("SyncStatus", "Sync password"),
            translate(
                "SyncStatus", "No keyring keeps the password here.\nPassword of {user} on {server}:"
            ).format(user=username, server=server_url),
            QLineEdit.EchoMode.Password,
        )
        return password if given and password else None

    def _on_progress(self, stage: str, done: int) -> None:
        self._report(
            translate("SyncStatus", "Syncing: {stage} ({done})").format(
                stage=stage, done=QLocale().toString(done)
            )
        )

    def _on_finished(self, summary: SyncSummary | None, error: str) -> None:
        """The sidebar now and the article list at the next turn of the event loop: after a
        first sync of 10,000 items the two together held the loop ~40-50 ms, over the 50 ms
        rule on a busy machine (bench/sync_window.py). The rates are the ticker's, untouched."""
        stamp = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        if error:
            text = translate("SyncStatus", "Sync failed at {time}: {error}").format(
                time=stamp, error=in_language(error)
            )
        elif summary is not None:
            text = translate("SyncStatus", "Synced at {time}: {summary}").format(
                time=stamp, summary=summary.describe()
            )
        else:
            text = ""
        self._context.reload_counts()
        QTimer.singleShot(0, self._context.window, lambda: self._articles_then(text))

    def _articles_then(self, text: str) -> None:
        self._context.reload_articles()
        if text:
            self._report(text)

    def _report(self, text: str) -> None:
        self.last_report = text
        self._context.show_message(text)
