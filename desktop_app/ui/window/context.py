"""What the window's controllers share: the library, the settings, whether anything may be
refreshed or saved, the status bar, and how a change is followed up once committed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop_app.config import Config
from desktop_app.errors import STARTED_OFFLINE
from desktop_app.i18n import translate
from desktop_app.services.background import MainThreadDispatcher
from desktop_app.services.library import Library
from desktop_app.ui.feed_icons import FeedIcons

log = logging.getLogger(__name__)

# What a window started with --offline says of the controls that would need the network, in
# English (the window says it in the interface's language: refresh_refused, full_text_refused).
REFRESH_REFUSED = f"{STARTED_OFFLINE}: feeds and rates are not refreshed"
FULL_TEXT_REFUSED = f"{STARTED_OFFLINE}: the article's page is not fetched"


def text_action(text: str, parent: QObject) -> QAction:
    """An action with ``text``, made without ``QAction(text, parent)``: resolving that
    overload makes PySide6 try QAction(QIcon, …) and build QIcon's enums (ThemeIcon alone has
    some 150 values, ~10 M instructions before the first paint)."""
    action = QAction(parent)
    action.setText(text)
    return action


def started_offline() -> str:
    """errors.STARTED_OFFLINE in the interface's language."""
    return translate("WindowContext", "Caravan was started offline (--offline)")


def refresh_refused(reason: str) -> str:
    return translate("WindowContext", "{reason}: feeds and rates are not refreshed").format(
        reason=reason
    )


def full_text_refused(reason: str) -> str:
    return translate("WindowContext", "{reason}: the article's page is not fetched").format(
        reason=reason
    )


class WindowContext:
    """One per window, handed to each controller (no controller reaches into another's
    widgets through it): mutable, as settings and the network state change while it is open."""

    def __init__(
        self,
        window: QMainWindow,
        library: Library,
        config: Config,
        offline: bool,
        config_path: Path | None,
    ) -> None:
        self.window = window
        self.library = library
        self.config = config
        self.config_path = config_path
        # --offline: nothing in this window touches the network, for as long as it is open.
        self.started_offline = offline
        # A read-only data folder: everything is read, no change can be saved, and nothing is
        # refreshed (what it brought could not be stored either).
        self.read_only = library.read_only
        # What the status bar shows: also when the network is down.
        self.offline = offline or self.read_only is not None
        self.refresh_refused = refresh_refused(started_offline()) if offline else ""
        self.full_text_refused = full_text_refused(started_offline()) if offline else ""
        if self.read_only is not None and not offline:
            self.refresh_refused = refresh_refused(self.read_only.notice)
            self.full_text_refused = full_text_refused(self.read_only.notice)
        self.dispatcher = MainThreadDispatcher(window)
        # The feeds' icons from the image cache: the subscriptions keep them in step with the
        # feeds, the sidebar and the article list draw them.
        self.feed_icons = FeedIcons(library.image)
        self.closed = False
        self.feed_count = 0
        self.feeds_in_error = 0  # counted with feed_count, whenever the sidebar is reloaded
        self.unread_total = 0
        # Set by the window once every controller exists: reread what is stored, everywhere
        # or only the sidebar with its counts, or only the article list.
        self.reload_everything: Callable[[], None] = lambda: None
        self.reload_counts: Callable[[], None] = lambda: None
        self.reload_articles: Callable[[], None] = lambda: None

    def show_message(self, text: str, timeout_ms: int = 0) -> None:
        self.window.statusBar().showMessage(text, timeout_ms)

    def after(self, change: Future[Any], then: Callable[[], None]) -> None:
        """Once the writer has committed ``change``, run ``then`` on the UI thread. A failed
        change is reported in the status bar and the view is reloaded from what is stored."""

        def committed(_future: Future[Any]) -> None:
            error = change.exception()
            if error is not None:
                log.error("could not save a change: %s", error)
                self.dispatcher.post(lambda: self.show_message(_could_not_save(error), 8000))
                self.dispatcher.post(self._unless_closed(self.reload_everything))
                return
            self.dispatcher.post(self._unless_closed(then))

        change.add_done_callback(committed)

    def _unless_closed(self, then: Callable[[], None]) -> Callable[[], None]:
        """A follow-up that arrives after the window closed (its reads are gone) does nothing:
        the change itself is committed."""
        return lambda: None if self.closed else then()

    def action(
        self,
        text: str,
        slot: Callable[[], object],
        keys: str | QKeySequence.StandardKey = "",
        fallback: str = "",
    ) -> QAction:
        """An action of the window. One with a shortcut (``fallback`` where the platform
        defines no standard one) is the window's too: it works with the menu bar hidden and
        the shortcuts dialog lists it."""
        action = text_action(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        if keys:
            action.setShortcut(QKeySequence(keys))
            if action.shortcut().isEmpty() and fallback:
                action.setShortcut(QKeySequence(fallback))
            self.window.addAction(action)
        return action

    def refuse(self, action: QAction, reason: str) -> None:
        """A control that needs the network in a window started offline, or that changes
        what is stored in a read-only one: greyed out with the reason as its tip, and its
        shortcut says the reason in the status bar rather than doing nothing."""
        action.setEnabled(False)
        action.setToolTip(reason)
        action.setStatusTip(reason)
        for keys in action.shortcuts():
            explain = QShortcut(keys, self.window)
            explain.activated.connect(lambda: self.show_message(reason, 8000))

    def refuse_changes(self, *actions: QAction) -> None:
        """In a read-only window: ``actions`` change what is stored, so they are refused."""
        if self.read_only is not None:
            for action in actions:
                self.refuse(action, str(self.read_only))

    def refuse_in_menu(self, actions: list[QAction]) -> None:
        """In a read-only window: these menu entries change what is stored, so they are
        greyed out with the reason (the menu's other entries only read)."""
        if self.read_only is not None:
            for action in actions:
                action.setEnabled(False)
                action.setToolTip(str(self.read_only))

    def changes_refused(self, menu: QMenu) -> QMenu:
        """A menu of changes, in a read-only window: every entry greyed out with the reason."""
        if self.read_only is not None:
            menu.setToolTipsVisible(True)
            for action in menu.actions():
                action.setEnabled(False)
                action.setToolTip(str(self.read_only))
        return menu


def _could_not_save(error: BaseException) -> str:
    return translate("WindowContext", "Could not save: {error}").format(error=error)
