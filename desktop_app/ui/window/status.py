"""Refreshing and what the status bar says of it: progress, results, the network and the
read-only state, and the desktop notification of new articles."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QProgressBar, QSystemTrayIcon

from desktop_app.domain import ArticleFilter
from desktop_app.i18n import PLURAL, translate
from desktop_app.services.background import BackgroundRefresher
from desktop_app.ui.tray import Tray
from desktop_app.ui.window.context import WindowContext, started_offline

if TYPE_CHECKING:
    from desktop_app.services.outcomes import RefreshSummary

log = logging.getLogger(__name__)


class RefreshStatus:
    """The status bar's widgets and the refresh action (F5)."""

    def __init__(self, context: WindowContext, tray: Callable[[], Tray | None]) -> None:
        self._context = context
        self._tray = tray
        self.refresher: BackgroundRefresher | None = None
        self.last_notification: tuple[str, str] | None = None
        # What the status line is made of: the last round's report (the feeds in error are
        # counted from the library whenever it changes, not by the round) or a round's progress.
        self._report = ""
        self._network_down = False  # the report says since when: kept until the network returns
        self._progress: tuple[int, int] | None = None
        status_bar = context.window.statusBar()
        self.status_text = QLabel()
        self.status_text.setObjectName("status-text")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("Status", "Refresh progress"))
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.network_label = QLabel()
        self.network_label.setObjectName("network-state")
        status_bar.addWidget(self.status_text, 1)
        status_bar.addPermanentWidget(self.progress)
        status_bar.addPermanentWidget(self.network_label)
        self.read_only_label: QLabel | None = None
        if context.read_only is not None:
            self.read_only_label = QLabel(context.read_only.notice)
            self.read_only_label.setObjectName("read-only")
            self.read_only_label.setToolTip(str(context.read_only))
            status_bar.addPermanentWidget(self.read_only_label)
        self.refresh_action = context.action(
            translate("Status", "&Refresh now"),
            self.refresh_now,
            QKeySequence.StandardKey.Refresh,
            fallback="F5",
        )
        if context.refresh_refused:
            context.refuse(self.refresh_action, context.refresh_refused)

    def attach(self, refresher: BackgroundRefresher) -> None:
        """Show the progress and results of ``refresher``; F5 starts it."""
        self.refresher = refresher
        refresher.progress.connect(self._on_progress)
        refresher.finished.connect(self._on_finished)

    def refresh_now(self) -> None:
        context = self._context
        if context.refresh_refused:
            context.show_message(context.refresh_refused, 8000)
            return
        if self.refresher is None:  # still loading, just after start-up: it refreshes first
            starting = translate("Status", "Starting: the first refresh follows in a moment")
            context.show_message(starting, 4000)
            return
        if not self.refresher.request(feeds=True, rates=True):
            self._show_status()  # the running round's progress stays, saying another follows

    def fetch_due_feeds(self) -> None:
        """After subscribing: a new feed is due, so a check of the due feeds fetches it and
        leaves the others to their plan (a failing feed is not retried for it). Offline, or
        before the first refresh (which takes every feed), there is nothing to start."""
        if self.refresher is not None and not self._context.offline:
            self.refresher.request(feeds=True, rates=False, due_only=True)

    def stop(self) -> None:
        if self.refresher is not None:
            self.refresher.stop_schedule()

    def notify_new_articles(self, count: int) -> None:
        """A desktop notification (through the tray) naming the newest unread titles."""
        newest = self._context.library.articles(ArticleFilter(unread_only=True), limit=3)
        title = translate("Status", "%Ln new article(s)", None, PLURAL, count)
        text = "\n".join(summary.title for summary in newest)
        self.last_notification = (title, text)
        tray = self._tray()
        if tray is not None and QSystemTrayIcon.supportsMessages():
            tray.showMessage(title, text, self._context.window.windowIcon(), 8000)
        else:
            log.info("no notification area for: %s", title)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self._progress = (done, total)
        self._show_status()

    def show_status(self) -> None:
        """The status line again, after the library changed (a feed removed, its error gone)."""
        if self._progress is None:
            self._show_status()

    def _show_status(self) -> None:
        if self._progress is not None:
            done, total = self._progress
            text = translate("Status", "Refreshing {done}/%Ln feed(s)", None, PLURAL, total)
            text = text.format(done=QLocale().toString(done))
        else:
            text = self._report
            errors = self._context.feeds_in_error
            if text and errors:
                text += " · " + translate("Status", "%Ln feed(s) in error", None, PLURAL, errors)
        if self.refresher is not None and self.refresher.queued:
            text = (
                text + translate("Status", " — another refresh follows")
                if text
                else translate("Status", "Another refresh follows")
            )
        self.status_text.setText(text)

    def _on_finished(self, summary: RefreshSummary) -> None:
        context = self._context
        self.progress.hide()
        self._progress = None
        if summary.sources == 0 and not summary.network_down:
            self._show_status()  # a scheduled check found nothing due: keep the last report
            return
        context.offline = summary.offline
        self.show_network_state()
        stamp = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        if summary.network_down:
            if not self._network_down:
                log.info("offline: no feed host answers; refreshing paused until one does")
                self._network_down = True
                self._report = translate(
                    "Status", "Offline since {time} — refreshing resumes when the network returns"
                ).format(time=stamp)
                context.reload_everything()  # the ticker and the list say offline too
            self._show_status()
            return
        self._network_down = False
        if summary.offline:
            log.info("offline: no source reachable; showing what is stored")
            self._report = translate(
                "Status", "Offline at {time} — showing stored articles and rates"
            ).format(time=stamp)
        else:
            if summary.new_articles and context.config.notifications.new_articles:
                self.notify_new_articles(summary.new_articles)
            self._report = translate("Status", "Updated at {time}: {round}").format(
                time=stamp, round=", ".join(round_parts(summary, context.feed_count))
            )
        context.reload_everything()  # counts the feeds in error, and shows the report
        self._show_status()
        context.library.remember({"last_refresh": datetime.now().isoformat(timespec="seconds")})

    def show_network_state(self) -> None:
        context = self._context
        self.network_label.setText("● " + translate("Status", "Offline") if context.offline else "")
        if context.started_offline:
            why = translate("Status", "{reason}: showing what is stored").format(
                reason=started_offline()
            )
        elif context.read_only is not None:
            why = context.refresh_refused
        elif context.offline:
            why = translate("Status", "No network: showing what is stored")
        else:
            why = ""
        self.network_label.setToolTip(why)
        if context.offline and not self._report:
            self._report = translate("Status", "Offline — showing stored articles and rates")
            self._show_status()


def round_parts(summary: RefreshSummary, subscribed: int) -> list[str]:
    """What a round did, in the interface's language: the figures RefreshSummary.describe
    puts in English for the command line. The window's rounds check only the feeds that are
    due, so it says how many of the ``subscribed`` were checked, not how many were ok: which
    feeds are in error is the library's to say, not one round's."""
    parts = []
    if summary.feeds:
        new = summary.new_articles
        parts.append(translate("Status", "%Ln new article(s)", None, PLURAL, new))
        checked = len(summary.feeds)
        if checked < subscribed:
            of = translate("Status", "{checked} of %Ln feeds checked", None, PLURAL, subscribed)
            parts.append(of.format(checked=QLocale().toString(checked)))
        else:
            parts.append(translate("Status", "%Ln feed(s) checked", None, PLURAL, checked))
    if summary.removed:
        removed = summary.removed
        parts.append(translate("Status", "%Ln old removed", None, PLURAL, removed))
    rates = summary.rates
    if rates is not None:
        if rates.error is not None:
            parts.append(translate("Status", "rates failed"))
        elif rates.valid_on is not None:
            day = QDate(rates.valid_on.year, rates.valid_on.month, rates.valid_on.day)
            shown = QLocale().toString(day, QLocale.FormatType.ShortFormat)
            parts.append(translate("Status", "rates of {day}").format(day=shown))
        else:
            parts.append(translate("Status", "rates unchanged"))
        failed = len(rates.partial_errors)
        if failed:
            parts.append(translate("Status", "%n rate source(s) failed", None, PLURAL, failed))
    asked = sum(feed.server_asked for feed in summary.held_back)
    waiting = len(summary.held_back) - asked
    if asked:
        parts.append(
            translate("Status", "%n feed(s) wait(s) as the server asked (Retry-After)",
                      None, PLURAL, asked)
        )  # fmt: skip
    if waiting:
        parts.append(
            translate("Status", "%n failing feed(s) wait(s) for the next check",
                      None, PLURAL, waiting)
        )  # fmt: skip
    work = summary.offline_work
    if work is not None and (work.full_texts or work.images):
        texts, images = work.full_texts, work.images
        parts.append(
            translate("Status", "%Ln full text(s)", None, PLURAL, texts)
            + ", "
            + translate("Status", "%Ln image(s) kept offline", None, PLURAL, images)
        )
    return parts
