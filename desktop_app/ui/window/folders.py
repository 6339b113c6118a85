"""The sidebar's folders: new, rename, delete (its feeds stay, outside any folder), mark read.

A folder is the feeds' folder column; one made here and not yet given a feed is remembered
in app_state (a JSON list) until a feed moves in or it is deleted — no schema change."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtWidgets import QMenu

from desktop_app.domain import ArticleFilter
from desktop_app.i18n import PLURAL, translate
from desktop_app.ui.window.context import WindowContext

EMPTY_FOLDERS_KEY = "sidebar.empty_folders"


class Folders:
    """Owned by the subscriptions controller, which shows them in its sidebar."""

    def __init__(
        self, context: WindowContext, mark_all_read: Callable[[ArticleFilter], None]
    ) -> None:
        self._context = context
        self._mark_all_read = mark_all_read
        self.empty: list[str] = []

    def names(self) -> list[str]:
        """Every folder: those of the feeds, and those made and still empty."""
        named = {feed.folder for feed in self._context.library.feeds() if feed.folder}
        return sorted(named | set(self.empty), key=str.casefold)

    def load(self, in_use: set[str]) -> list[str]:
        """The folders made in the sidebar that still have no feed; one a feed has moved
        into is forgotten (it lives on as that feed's folder)."""
        raw = self._context.library.remembered(EMPTY_FOLDERS_KEY)
        try:
            remembered = [name for name in json.loads(raw or "[]") if isinstance(name, str)]
        except ValueError:
            remembered = []
        self.empty = [name for name in remembered if name and name not in in_use]
        if self.empty != remembered and self._context.read_only is None:
            self._context.library.remember({EMPTY_FOLDERS_KEY: json.dumps(self.empty)})
        return self.empty

    def _remember(self, empty: list[str]) -> None:
        self._context.after(
            self._context.library.remember({EMPTY_FOLDERS_KEY: json.dumps(empty)}),
            self._context.reload_everything,
        )

    def menu(self, folder: str) -> QMenu:
        """The sidebar's menu for a folder (or, with ``folder`` empty, its blank space)."""
        menu = QMenu(self._context.window)
        menu.setToolTipsVisible(True)
        if folder:
            menu.addAction(
                translate("Folders", "Mark all as read"),
                lambda: self._mark_all_read(ArticleFilter(folder=folder)),
            )
            menu.addSeparator()
        menu.addAction(translate("Folders", "New folder…"), self.ask_new)
        if folder:
            menu.addAction(translate("Folders", "Rename folder…"), lambda: self._ask_rename(folder))
            menu.addAction(translate("Folders", "Delete folder…"), lambda: self._ask_delete(folder))
        self._context.refuse_in_menu(menu.actions())
        return menu

    def ask_new(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, accepted = QInputDialog.getText(
            self._context.window,
            translate("Folders", "New folder"),
            translate("Folders", "Folder name:"),
        )
        if accepted:
            self.new(name)

    def new(self, name: str) -> None:
        """A folder with no feed yet: shown (and remembered) until a feed moves in."""
        name = name.strip()
        if not name:
            return
        if name in self.names():
            self._context.show_message(
                translate("Folders", "There is already a folder {folder}").format(folder=name), 6000
            )
            return
        self._remember([*self.empty, name])

    def _ask_rename(self, folder: str) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, accepted = QInputDialog.getText(
            self._context.window,
            translate("Folders", "Rename folder"),
            translate("Folders", "Folder name:"),
            text=folder,
        )
        if accepted:
            self.rename(folder, name)

    def rename(self, old: str, new: str) -> None:
        """Its feeds move to ``new``; onto an existing folder, the two are merged."""
        new = new.strip()
        if not new or new == old:
            return
        if old in self.empty:
            empty = [name for name in self.empty if name != old]
            if new not in self.names():
                empty.append(new)
            self._remember(empty)
            return
        self._context.after(
            self._context.library.rename_folder(old, new), self._context.reload_everything
        )

    def _ask_delete(self, folder: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        count = sum(1 for feed in self._context.library.feeds() if feed.folder == folder)
        question = (
            translate(
                "Folders",
                "Delete the folder {folder}? Its %n feed(s) will be outside any folder; "
                "none is unsubscribed.",
                None, PLURAL, count)
            if count
            else translate("Folders", "Delete the folder {folder}? It has no feeds.")
        )  # fmt: skip
        answer = QMessageBox.question(
            self._context.window,
            translate("Folders", "Delete folder"),
            question.format(folder=folder),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(folder)

    def delete(self, folder: str) -> None:
        """The folder goes; its feeds stay subscribed, outside any folder."""
        if folder in self.empty:
            self._remember([name for name in self.empty if name != folder])
            return
        self._context.after(
            self._context.library.rename_folder(folder, ""), self._context.reload_everything
        )
