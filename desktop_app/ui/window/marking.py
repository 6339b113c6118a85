"""Mark all as read — asked first above the configured number — and its undo, offered in the
status bar for a while."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from desktop_app.domain import ArticleFilter
from desktop_app.errors import ConfigError
from desktop_app.i18n import PLURAL, translate
from desktop_app.services.read_undo import MarkedRead, ReadUndo
from desktop_app.ui.window.context import WindowContext

# Qt's QMessageBox and the undo bar load when first shown, not at start-up.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.undo_bar import UndoBar

log = logging.getLogger(__name__)

# How long the status bar offers to undo a "mark all as read".
UNDO_SECONDS = 15


class Marking:
    """Mark all as read (Shift+Ctrl+R, and the sidebar's menus) and Undo (Ctrl+Z)."""

    def __init__(
        self,
        context: WindowContext,
        read_undo: ReadUndo,
        shown_filter: Callable[[], ArticleFilter],
    ) -> None:
        self._context = context
        self._read_undo = read_undo
        self._shown_filter = shown_filter
        self._undo_bar: UndoBar | None = None
        self.prompt: QMessageBox | None = None
        self.mark_all_action = context.action(
            translate("Marking", "Mark all as &read"), self.mark_all_read, "Shift+Ctrl+R"
        )
        self.undo_action = context.action(
            translate("Marking", "&Undo marking read"),
            self.undo_mark_all_read,
            QKeySequence.StandardKey.Undo,
        )
        self.undo_action.setEnabled(False)  # while the status bar offers it
        context.refuse_changes(self.mark_all_action)

    @property
    def undo_bar(self) -> UndoBar:
        """Built when first offered: start-up does not pay for a bar it rarely shows."""
        if self._undo_bar is None:
            from desktop_app.ui.undo_bar import UndoBar as Bar  # the name is the type's too

            self._undo_bar = Bar()
            self._undo_bar.undo_requested.connect(self.undo_mark_all_read)
            self._undo_bar.expired.connect(self.end_undo)
            # After the message.
            self._context.window.statusBar().insertPermanentWidget(1, self._undo_bar)
        return self._undo_bar

    def filter_menu(self, article_filter: ArticleFilter) -> QMenu:
        """The sidebar's context menu for a smart filter (all, unread, starred)."""
        menu = QMenu(self._context.window)
        menu.addAction(
            translate("Marking", "Mark all as read"), lambda: self.mark_all_read(article_filter)
        )
        return self._context.changes_refused(menu)

    def mark_all_read(self, article_filter: ArticleFilter | None = None) -> None:
        """Mark everything read in ``article_filter`` (by default: what the list shows); above
        the configured number of articles, ask first. The status bar offers to undo it."""
        context = self._context
        if article_filter is None:
            article_filter = self._shown_filter()
        up_to = context.library.newest_article_id()
        unread = context.library.count(replace(article_filter, unread_only=True))
        if up_to is None or not unread:
            context.show_message(translate("Marking", "No unread articles here"), 4000)
            return
        threshold = context.config.reader.confirm_mark_all_read_above
        if threshold and unread > threshold:
            self._ask(article_filter, unread, up_to)
        else:
            self._mark_all_read(article_filter, up_to)

    def _ask(self, article_filter: ArticleFilter, unread: int, up_to: int) -> None:
        from PySide6.QtWidgets import QCheckBox, QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Marking", "Mark all as read"),
            translate("Marking", "Mark %Ln articles as read?", None, PLURAL, unread),
            QMessageBox.StandardButton.Cancel,
            self._context.window,
        )
        box.setInformativeText(
            translate("Marking", "The status bar offers to undo it for %n seconds.",
                      None, PLURAL, UNDO_SECONDS)
        )  # fmt: skip
        confirm = box.addButton(
            translate("Marking", "Mark as read"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(confirm)
        # Named, so it lives until the answer: PySide6 leaves the box's check box to Python,
        # which would free an unnamed one at once (reading it then crashed).
        never_ask = QCheckBox(translate("Marking", "Don't ask again"))
        box.setCheckBox(never_ask)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            self.prompt = None
            if box.clickedButton() is not confirm:
                return
            if never_ask.isChecked():
                self._stop_asking()
            self._mark_all_read(article_filter, up_to)

        box.finished.connect(answered)
        self.prompt = box
        box.open()

    def _stop_asking(self) -> None:
        """The prompt's "Don't ask again": the threshold becomes 0 (never ask), in this window
        at once and in the user's file, where only that line changes."""
        context = self._context
        reader = replace(context.config.reader, confirm_mark_all_read_above=0)
        context.config = replace(context.config, reader=reader)
        if context.config_path is None:
            return
        from desktop_app.config_writer import save_settings  # tomlkit: on first use

        try:
            save_settings(context.config_path, {"reader.confirm_mark_all_read_above": 0})
        except ConfigError as error:
            log.warning("could not save reader.confirm_mark_all_read_above: %s", error)
            not_saved = translate(
                "Marking",
                "Not asking again until Caravan restarts: the setting was not saved ({error})",
            ).format(error=error)
            context.show_message(not_saved, 10000)

    def _mark_all_read(self, article_filter: ArticleFilter, up_to: int) -> None:
        """One transaction on the writer; the status bar then offers to undo exactly it."""
        self.end_undo()
        self._read_undo.expect()
        marking = self._context.library.mark_all_read(article_filter, up_to=up_to)
        self._context.after(marking, lambda: self._offer_undo(marking.result()))

    def _offer_undo(self, marked: MarkedRead) -> None:
        self._context.reload_everything()
        if not marked.count:
            self._read_undo.withdraw()
            self._context.show_message(translate("Marking", "No unread articles here"), 4000)
            return
        self._read_undo.offer(marked)
        count = marked.count
        self.undo_bar.offer(
            translate("Marking", "Marked %Ln article(s) read", None, PLURAL, count),
            translate("Marking", "Undo marking %Ln article(s) read", None, PLURAL, count),
            UNDO_SECONDS,
        )
        self.undo_action.setEnabled(True)

    def undo_mark_all_read(self) -> None:
        """Mark unread again what the last "mark all as read" changed, but for the articles
        opened or changed since; one transaction on the writer."""
        if self._read_undo.offered is None:
            return
        article_ids = self._read_undo.take()
        self.end_undo()
        restoring = self._context.library.set_read(article_ids, False)

        def restored() -> None:
            count = restoring.result()
            self._context.reload_everything()
            self._context.show_message(
                translate("Marking", "%Ln article(s) unread again", None, PLURAL, count), 5000
            )

        self._context.after(restoring, restored)

    def end_undo(self) -> None:
        """The offer to undo is over (taken, expired, replaced or the window closes): what
        was marked stays marked."""
        self._read_undo.withdraw()
        self.undo_bar.withdraw()
        self.undo_action.setEnabled(False)
