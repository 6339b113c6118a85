"""The feeds in error, in one list: what failed, since when, how many times; a retry, and
each one's properties (to correct its address) or its removal."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import Feed
from desktop_app.i18n import PLURAL, translate
from desktop_app.services.problems import in_language
from desktop_app.ui.dates import local_date_time

_FEED_ROLE = Qt.ItemDataRole.UserRole + 1


class FeedErrorsDialog(QDialog):
    edit_requested = Signal(object)  # Feed
    remove_requested = Signal(object)  # Feed

    def __init__(
        self,
        failing: Sequence[Feed],
        retry: Callable[[], None],
        parent: QWidget | None = None,
        *,
        retry_refused: str = "",
        change_refused: str = "",
    ) -> None:
        """``retry_refused``: why no retry can be made (Caravan was started offline);
        ``change_refused``: why no feed can be changed (a read-only library). The buttons
        are then greyed out with that as their tip."""
        super().__init__(parent)
        self._retry_refused = retry_refused
        self._change_refused = change_refused
        self.setObjectName("feed-errors")
        self.setWindowTitle(translate("FeedErrorsDialog", "Feeds with errors — Caravan"))
        self.resize(760, 360)
        self.summary = QLabel()
        self.table = QTreeWidget()
        self.table.setObjectName("feed-error-list")
        self.table.setAccessibleName(translate("FeedErrorsDialog", "Feeds with errors"))
        self.table.setHeaderLabels(
            [
                translate("FeedErrorsDialog", "Feed"),
                translate("FeedErrorsDialog", "Error"),
                translate("FeedErrorsDialog", "Since"),
                translate("FeedErrorsDialog", "Times"),
            ]
        )
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        self.table.setUniformRowHeights(False)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(0, 170)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.retry_button = QPushButton(translate("FeedErrorsDialog", "Retry now"))
        self.retry_button.setToolTip(
            retry_refused
            or translate(
                "FeedErrorsDialog",
                "Refresh every feed now; each of these is retried once before its next check, "
                "unless its server asked to wait",
            )
        )
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.edit_button = QPushButton(translate("FeedErrorsDialog", "&Edit…"))
        self.edit_button.setAccessibleName(translate("FeedErrorsDialog", "Edit the selected feed"))
        self.edit_button.setToolTip(
            translate("FeedErrorsDialog", "The selected feed's properties: its address, title, …")
        )
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.remove_button = QPushButton(translate("FeedErrorsDialog", "Re&move…"))
        self.remove_button.setAccessibleName(
            translate("FeedErrorsDialog", "Remove the selected feed")
        )
        self.remove_button.setToolTip(
            change_refused or translate("FeedErrorsDialog", "Unsubscribe from the selected feed")
        )
        self.remove_button.clicked.connect(lambda: self._request(self.remove_requested))
        for button in (self.edit_button, self.remove_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button.setAccessibleName(translate("FeedErrorsDialog", "Retry now"))
        self.retry_button.clicked.connect(retry)
        self.retry_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.table.itemDoubleClicked.connect(lambda *_: self._request(self.edit_requested))
        self.show_feeds(failing)

    def selected_feed(self) -> Feed | None:
        item = self.table.currentItem()
        feed = item.data(0, _FEED_ROLE) if item is not None else None
        return feed if isinstance(feed, Feed) else None

    def _request(self, signal: SignalInstance) -> None:
        feed = self.selected_feed()
        if feed is not None:
            signal.emit(feed)

    def _update_buttons(self) -> None:
        chosen = self.selected_feed() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and not self._change_refused)

    def show_feeds(self, failing: Sequence[Feed]) -> None:
        self.table.clear()
        for feed in failing:
            since = local_date_time(feed.error_since) if feed.error_since else ""
            item = QTreeWidgetItem(
                [
                    feed.title or feed.url,
                    in_language(feed.last_error or ""),
                    since,
                    QLocale().toString(feed.error_count),
                ]
            )
            item.setData(0, _FEED_ROLE, feed)
            item.setToolTip(0, feed.url)
            item.setToolTip(1, in_language(feed.last_error or ""))
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight)
            self.table.addTopLevelItem(item)
        count = len(failing)
        self.summary.setText(
            translate("FeedErrorsDialog", "Every feed is fine.") if not count
            else translate(
                "FeedErrorsDialog",
                "%n feed(s) failed at the last attempt. Caravan tries them again by itself, "
                "waiting longer after each failure.",
                None, PLURAL, count)
        )  # fmt: skip
        self.retry_button.setEnabled(bool(count) and not self._retry_refused)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self._update_buttons()
