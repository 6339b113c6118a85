"""Subscriptions: the sidebar of feeds, adding and removing them, their menu (refresh,
properties, rename, folder, pause, full text, copy address, website), dragging feeds between
folders (the folders' own menu: folders.py), OPML import and export, and the feeds in error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop_app.domain import ArticleFilter, Feed
from desktop_app.errors import CaravanError, started_offline
from desktop_app.i18n import PLURAL, translate
from desktop_app.services.problems import in_language
from desktop_app.ui.sidebar import Sidebar
from desktop_app.ui.window.context import WindowContext
from desktop_app.ui.window.folders import Folders

# Dialogs load when first opened, not at start-up; Qt's own (QFileDialog, QInputDialog,
# QMessageBox) too, since PySide6 builds a class's enums when the class is first imported.
if TYPE_CHECKING:
    from desktop_app.ui.add_feed import AddFeedDialog, Subscription
    from desktop_app.ui.feed_errors import FeedErrorsDialog
    from desktop_app.ui.feed_properties import FeedChanges, FeedPropertiesDialog


class Subscriptions:
    """The sidebar and what changes the list of feeds."""

    def __init__(
        self,
        context: WindowContext,
        mark_all_read: Callable[[ArticleFilter], None],
        refresh_now: Callable[[], None],
        fetch_due_feeds: Callable[[], None],
    ) -> None:
        self._context = context
        self._mark_all_read = mark_all_read
        self._refresh_now = refresh_now
        self._fetch_due_feeds = fetch_due_feeds
        self.feed_errors_dialog: FeedErrorsDialog | None = None
        self.add_feed_dialog: AddFeedDialog | None = None
        self.properties_dialog: FeedPropertiesDialog | None = None
        self.sidebar = Sidebar()
        self.folders = Folders(context, mark_all_read)
        self._icons_shown = False  # the feeds' icons wait for the first paint
        self.sidebar.feed_menu_requested.connect(
            lambda feed, where: self.feed_menu(feed).exec(where)
        )
        self.sidebar.folder_menu_requested.connect(
            lambda folder, where: self.folders.menu(folder).exec(where)
        )
        self.sidebar.feed_dropped.connect(self.move_feed)
        self.add_feed_action = context.action(
            translate("Subscriptions", "&Add feed…"),
            self.ask_for_feed,
            QKeySequence.StandardKey.New,
        )
        self.import_action = context.action(
            translate("Subscriptions", "&Import subscriptions (OPML)…"), self.ask_for_opml_import
        )
        self.export_action = context.action(
            translate("Subscriptions", "&Export subscriptions (OPML)…"), self.ask_for_opml_export
        )
        self.new_folder_action = context.action(
            translate("Subscriptions", "New &folder…"), self.folders.ask_new
        )
        self.errors_action = context.action(
            translate("Subscriptions", "Feeds with &errors…"), self.show_feed_errors
        )
        context.refuse_changes(self.add_feed_action, self.import_action, self.new_folder_action)

    def show_icons(self) -> None:
        """Decode the feeds' icons and show them (called once the window is on screen)."""
        self._icons_shown = True
        self._context.feed_icons.update(self._context.library.feeds())
        self.sidebar.set_icons(self._context.feed_icons)

    def file_actions(self) -> list[QAction]:
        return [
            self.add_feed_action,
            self.new_folder_action,
            self.import_action,
            self.export_action,
        ]

    def reload(self) -> int:
        """The sidebar from what is stored; returns the number of unread articles."""
        library = self._context.library
        subscribed = library.feeds()
        self._context.feed_count = len(subscribed)
        self._context.feeds_in_error = sum(1 for feed in subscribed if feed.last_error)
        unread = library.unread_counts()
        starred = library.count(ArticleFilter(starred_only=True))
        if self._icons_shown:
            self._context.feed_icons.update(subscribed)
        empty = self.folders.load({feed.folder for feed in subscribed})
        self.sidebar.populate(subscribed, unread, starred, empty)
        return sum(unread.values())

    # -- subscribing -------------------------------------------------------------------------
    def ask_for_feed(self, url: str = "") -> None:
        """The add-feed dialog, prefilled with ``url`` (a drop, a launch) or the clipboard's
        address; what it checks and the user chooses is subscribed and fetched."""
        dialog = self._open_address_dialog(None, url=url)
        dialog.accepted.connect(lambda: self._subscribe(dialog.subscription))

    def ask_to_edit_address(self, feed: Feed) -> None:
        """A feed in error: its address corrected, checked like a new one; its articles,
        read states and stars stay with it."""
        dialog = self._open_address_dialog(
            feed,
            url=feed.url,
            title=feed.title,
            folder=feed.folder,
            heading=translate("Subscriptions", "Edit feed address"),
        )
        dialog.accepted.connect(lambda: self._move_feed(feed, dialog.subscription))

    def _open_address_dialog(self, editing: Feed | None, **shown: str) -> AddFeedDialog:
        """The one address dialog (a new feed, or ``editing``'s new address), replacing any
        open one; another feed's address counts as taken, ``editing``'s own does not."""
        from desktop_app.services.discovery import check_address
        from desktop_app.ui.add_feed import AddFeedDialog

        context = self._context
        feeds = context.library.feeds()
        known = {feed.url for feed in feeds if editing is None or feed.id != editing.id}
        if self.add_feed_dialog is not None:
            self.add_feed_dialog.reject()
        dialog = AddFeedDialog(
            check_address,
            sorted({feed.folder for feed in feeds if feed.folder}),
            known.__contains__,
            context.window,
            cannot_check=started_offline() if context.started_offline else "",
            refused=str(context.read_only) if context.read_only is not None else "",
            **shown,
        )
        self.add_feed_dialog = dialog
        dialog.open()
        return dialog

    def _move_feed(self, feed: Feed, chosen: Subscription | None) -> None:
        if chosen is None:
            return
        context, url = self._context, chosen.urls[0]
        context.library.change_feed_url(feed.id, url)
        context.after(
            context.library.update_feed(feed.id, title=chosen.title, folder=chosen.folder),
            lambda: self._added(
                translate("Subscriptions", "{feed} now comes from {address}").format(
                    feed=feed.title or feed.url, address=url[:80]
                )
            ),
        )

    def _subscribe(self, chosen: Subscription | None) -> None:
        if chosen is None:
            return
        context = self._context
        title = chosen.title if len(chosen.urls) == 1 else ""
        *first, last = chosen.urls
        for url in first:
            context.library.add_feed(url, title, chosen.folder)
        count = len(chosen.urls)
        said = (
            translate("Subscriptions", "Subscribed to %n feed(s)", None, PLURAL, count)
            if first
            else translate("Subscriptions", "Subscribed to {address}").format(address=last[:80])
        )
        context.after(
            context.library.add_feed(last, title, chosen.folder), lambda: self._added(said)
        )

    def _added(self, said: str) -> None:
        context = self._context
        context.reload_everything()
        if context.started_offline:
            context.show_message(
                translate(
                    "Subscriptions",
                    "{done}. {reason}: its articles come with the first refresh online",
                ).format(done=said, reason=started_offline()),
                10000,
            )
            return
        context.show_message(said, 8000)
        self._fetch_due_feeds()

    def add_feed(self, url: str) -> None:
        """A feed address handed over (``caravan --add-feed URL``, a browser's feed link):
        checked like one typed into the add-feed dialog, which opens with it and stays only
        when there is something to answer (a refusal and its reason, a page linking to several
        feeds). Started offline nothing can be checked, so it is subscribed as it is and
        fetched with the first refresh online; a bad address is refused with a message."""
        from desktop_app.services.discovery import address_problem

        context = self._context
        url = url.strip()
        problem = address_problem(url)
        if problem:
            context.show_message(problem, 8000)
            return
        if context.started_offline or context.read_only is not None:
            said = translate("Subscriptions", "Subscribed to {address}").format(address=url[:80])
            context.after(context.library.add_feed(url), lambda: self._added(said))
            return
        self.ask_for_feed(url)
        if self.add_feed_dialog is not None:
            self.add_feed_dialog.check_now()

    def ask_for_opml_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self._context.window,
            translate("Subscriptions", "Import subscriptions"),
            "",
            translate("Subscriptions", "OPML files (*.opml *.xml)")
            + ";;"
            + translate("Subscriptions", "All files (*)"),
        )
        if path:
            self.import_opml(Path(path))

    def import_opml(self, path: Path) -> None:
        """Subscribe to an OPML file's feeds and fetch them; a bad file is explained."""
        from PySide6.QtWidgets import QMessageBox

        context = self._context
        try:
            result = context.library.import_opml(path.read_bytes())
        except (OSError, CaravanError) as error:
            QMessageBox.warning(
                context.window,
                translate("Subscriptions", "Import subscriptions"),
                translate("Subscriptions", "Cannot import {file}: {error}").format(
                    file=path.name, error=in_language(str(error))
                ),
            )
            return
        added, already, skipped = result.added, result.already, len(result.skipped)
        said = translate("Subscriptions", "Imported %Ln new feed(s)", None, PLURAL, added)
        said += " (" + translate("Subscriptions", "%Ln already subscribed", None, PLURAL, already)
        said += ")"
        if skipped:
            said += "; " + translate("Subscriptions", "%Ln entries skipped", None, PLURAL, skipped)
        if context.started_offline:
            said += ". " + translate("Subscriptions", "{reason}: fetched when online").format(
                reason=started_offline()
            )
        context.show_message(said, 10000)
        context.reload_everything()
        if result.added:
            self._fetch_due_feeds()

    def ask_for_opml_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self._context.window,
            translate("Subscriptions", "Export subscriptions"),
            "caravan.opml",
            translate("Subscriptions", "OPML files (*.opml)"),
        )
        if path:
            self.export_opml(Path(path))

    def export_opml(self, path: Path) -> None:
        from PySide6.QtWidgets import QMessageBox

        try:
            path.write_bytes(self._context.library.export_opml())
        except OSError as error:
            QMessageBox.warning(
                self._context.window,
                translate("Subscriptions", "Export subscriptions"),
                translate("Subscriptions", "Cannot write {file}: {error}").format(
                    file=path, error=error
                ),
            )
            return
        self._context.show_message(
            translate("Subscriptions", "Subscriptions written to {file}").format(file=path), 8000
        )

    def show_feed_errors(self) -> None:
        """Every feed in error with its message, since when and how often; a retry, and
        each can be edited (its properties) or removed."""
        failing = self._failing()
        from desktop_app.ui.feed_errors import FeedErrorsDialog

        dialog = FeedErrorsDialog(
            failing,
            self._refresh_now,
            self._context.window,
            retry_refused=self._context.refresh_refused,
            change_refused=str(self._context.read_only or ""),
        )
        dialog.edit_requested.connect(self.show_properties)
        dialog.remove_requested.connect(self._ask_remove)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.feed_errors_dialog = dialog
        dialog.open()

    def _failing(self) -> list[Feed]:
        return [feed for feed in self._context.library.feeds() if feed.last_error]

    def refresh_feed_errors(self) -> None:
        """After a change: the open *Feeds with errors…* shows what is stored now."""
        dialog = self.feed_errors_dialog
        if dialog is not None and dialog.isVisible():
            dialog.show_feeds(self._failing())

    # -- one feed (the sidebar's context menu) -----------------------------------------------
    def feed_menu(self, feed: Feed) -> QMenu:
        """The sidebar's context menu for one feed."""
        from desktop_app.ui.feed_properties import full_text_choices

        context = self._context
        menu = QMenu(context.window)
        menu.setToolTipsVisible(True)
        refresh = menu.addAction(
            translate("Subscriptions", "Refresh this feed"), lambda: self.refresh_feed(feed)
        )
        if context.refresh_refused:
            refresh.setEnabled(False)
            refresh.setToolTip(context.refresh_refused)
        elif not feed.enabled:
            refresh.setEnabled(False)
            refresh.setToolTip(translate("Subscriptions", "Paused: resume fetching first"))
        changes = [
            menu.addAction(
                translate("Subscriptions", "Mark all as read"),
                lambda: self._mark_all_read(ArticleFilter(feed.id)),
            )
        ]
        menu.addSeparator()
        menu.addAction(
            translate("Subscriptions", "Properties…"), lambda: self.show_properties(feed)
        )
        menu.addAction(translate("Subscriptions", "Copy address"), lambda: copy_text(feed.url))
        website = menu.addAction(
            translate("Subscriptions", "Open website"), lambda: self.open_website(feed.site_url)
        )
        website.setEnabled(bool(feed.site_url))
        menu.addSeparator()
        changes.append(
            menu.addAction(translate("Subscriptions", "Rename…"), lambda: self._ask_rename(feed))
        )
        changes.append(
            menu.addAction(
                translate("Subscriptions", "Move to folder…"), lambda: self._ask_folder(feed)
            )
        )
        changes.append(
            menu.addAction(
                translate("Subscriptions", "Resume fetching")
                if not feed.enabled
                else translate("Subscriptions", "Pause fetching"),
                lambda: self.update_feed(feed.id, enabled=not feed.enabled),
            )
        )
        full_text = menu.addMenu(translate("Subscriptions", "Full text"))
        for label, choice in full_text_choices():
            action = full_text.addAction(label)
            action.setCheckable(True)
            action.setChecked(feed.full_text is choice)
            action.triggered.connect(
                lambda _checked=False, choice=choice: self.set_feed_full_text(feed.id, choice)
            )
        changes.append(full_text.menuAction())
        menu.addSeparator()
        changes.append(
            menu.addAction(translate("Subscriptions", "Remove…"), lambda: self._ask_remove(feed))
        )
        self._context.refuse_in_menu(changes)
        return menu

    def refresh_feed(self, feed: Feed) -> None:
        """Check this feed now, even if not due (a server's Retry-After still holds)."""
        context = self._context
        if context.refresh_refused:
            context.show_message(context.refresh_refused, 8000)
            return
        context.show_message(
            translate("Subscriptions", "Refreshing {feed}…").format(feed=feed.title or feed.url),
            4000,
        )
        context.after(context.library.make_feed_due(feed.id), self._fetch_due_feeds)

    def open_website(self, url: str) -> None:
        if urlsplit(url).scheme in ("http", "https"):
            QDesktopServices.openUrl(QUrl(url))
        else:
            self._context.show_message(
                translate("Subscriptions", "Refused to open {address}: not a web link").format(
                    address=url[:80]
                ),
                6000,
            )

    def move_feed(self, feed_id: int, folder: str) -> None:
        """A feed dragged in the sidebar: into ``folder`` ('' for none)."""
        if self._context.read_only is not None:
            self._context.show_message(str(self._context.read_only), 8000)
            return
        self.update_feed(feed_id, folder=folder)

    # -- properties --------------------------------------------------------------------------
    def show_properties(self, feed: Feed) -> None:
        from desktop_app.ui.feed_properties import FeedPropertiesDialog

        context = self._context
        dialog = FeedPropertiesDialog(
            feed,
            self.folders.names(),
            context.library.count(ArticleFilter(feed_id=feed.id)),
            context.config.refresh.interval_minutes,
            context.window,
            refused=str(context.read_only or ""),
        )
        dialog.open_website.connect(self.open_website)
        dialog.copy_address.connect(copy_text)
        dialog.accepted.connect(lambda: self.apply_properties(feed, dialog.changes()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.properties_dialog = dialog
        dialog.open()

    def apply_properties(self, feed: Feed, changes: FeedChanges) -> None:
        """Save what the properties dialog changed; a taken address is said, the rest kept."""
        context = self._context
        library = context.library
        if not changes:
            return
        if changes.full_text_changed:
            library.set_feed_full_text(feed.id, changes.full_text)
        if changes.url is not None:
            moved = library.change_feed_url(feed.id, changes.url)

            def said(_future: object) -> None:
                error = moved.exception()
                if error is not None:
                    context.dispatcher.post(lambda: context.show_message(str(error), 8000))

            moved.add_done_callback(said)
        context.after(
            library.update_feed(
                feed.id,
                title=changes.title,
                folder=changes.folder,
                enabled=changes.enabled,
                interval_minutes=changes.interval_minutes,
            ),
            self._after_feed_change,
        )

    def _after_feed_change(self) -> None:
        self._context.reload_everything()
        self.refresh_feed_errors()

    def _ask_rename(self, feed: Feed) -> None:
        from PySide6.QtWidgets import QInputDialog

        title, accepted = QInputDialog.getText(
            self._context.window,
            translate("Subscriptions", "Rename feed"),
            translate("Subscriptions", "Title:"),
            text=feed.title,
        )
        if accepted and title.strip():
            self.update_feed(feed.id, title=title.strip())

    def _ask_folder(self, feed: Feed) -> None:
        from PySide6.QtWidgets import QInputDialog

        folders = self.folders.names()
        folder, accepted = QInputDialog.getItem(
            self._context.window, translate("Subscriptions", "Move to folder"),
            translate("Subscriptions", "Folder (empty for none):"), ["", *folders],
            folders.index(feed.folder) + 1 if feed.folder in folders else 0, True,
        )  # fmt: skip
        if accepted:
            self.update_feed(feed.id, folder=folder.strip())

    def _ask_remove(self, feed: Feed) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self._context.window,
            translate("Subscriptions", "Remove feed"),
            translate("Subscriptions", "Unsubscribe from {feed} and delete its articles?").format(
                feed=feed.title or feed.url
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_feed(feed.id)

    def update_feed(
        self,
        feed_id: int,
        *,
        title: str | None = None,
        folder: str | None = None,
        enabled: bool | None = None,
    ) -> None:
        library = self._context.library
        self._context.after(
            library.update_feed(feed_id, title=title, folder=folder, enabled=enabled),
            self._context.reload_everything,
        )

    def set_feed_full_text(self, feed_id: int, full_text: bool | None) -> None:
        self._context.after(
            self._context.library.set_feed_full_text(feed_id, full_text),
            self._context.reload_everything,
        )

    def remove_feed(self, feed_id: int) -> None:
        self._context.after(self._context.library.remove_feed(feed_id), self._after_feed_change)


def dropped_address(mime: QMimeData) -> str:
    """The first http(s) address a drag carries (a link from a browser, or its text)."""
    from desktop_app.services.discovery import address_problem

    candidates = [url.toString() for url in mime.urls()] if mime.hasUrls() else []
    if mime.hasText():
        candidates.append(mime.text().strip())
    return next((url for url in candidates if not address_problem(url)), "")


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)
