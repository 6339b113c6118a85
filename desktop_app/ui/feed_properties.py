"""A feed's properties: everything `caravan edit-feed` changes, and its address (the articles
stay), with what Caravan knows of it (site, last check, last error, articles)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import Feed
from desktop_app.i18n import translate
from desktop_app.services.problems import in_language
from desktop_app.ui.dates import local_date_time


def full_text_choices() -> tuple[tuple[str, bool | None], ...]:
    """(label, stored value): None detects teaser feeds. Also the sidebar menu's choices;
    a function, as texts are translated when shown, not when the module loads."""
    return (
        (translate("FeedPropertiesDialog", "Automatic (for teasers)"), None),
        (translate("FeedPropertiesDialog", "Always fetch the article page"), True),
        (translate("FeedPropertiesDialog", "Never"), False),
    )


MAX_INTERVAL_MINUTES = 7 * 1440  # as `caravan edit-feed --interval`


@dataclass(frozen=True, slots=True)
class FeedChanges:
    """What the dialog changed; None where the field was left as it was."""

    url: str | None = None
    title: str | None = None
    folder: str | None = None
    interval_minutes: int | None = None  # 0: the global interval
    enabled: bool | None = None
    full_text: bool | None = None
    full_text_changed: bool = False

    def __bool__(self) -> bool:
        return self != FeedChanges()


class FeedPropertiesDialog(QDialog):
    open_website = Signal(str)
    copy_address = Signal(str)

    def __init__(
        self,
        feed: Feed,
        folders: Sequence[str],
        article_count: int,
        global_interval: int,
        parent: QWidget | None = None,
        *,
        refused: str = "",
    ) -> None:
        """``refused``: why nothing can be saved (a read-only library): the fields are shown,
        the OK button is greyed out with that reason."""
        super().__init__(parent)
        self.feed = feed
        self.setObjectName("feed-properties")
        self.setWindowTitle(
            translate("FeedPropertiesDialog", "{feed} — Properties").format(
                feed=feed.title or feed.url
            )
        )
        self.setMinimumWidth(520)

        self.url = QLineEdit(feed.url)
        self.url.setAccessibleName(translate("FeedPropertiesDialog", "Address"))
        self.url.setToolTip(
            translate("FeedPropertiesDialog", "Changing the address keeps the feed's articles")
        )
        self.title = QLineEdit(feed.title)
        self.title.setAccessibleName(translate("FeedPropertiesDialog", "Title"))
        self.title.setPlaceholderText(translate("FeedPropertiesDialog", "The feed's own title"))
        self.folder = QComboBox()
        self.folder.setEditable(True)
        self.folder.setAccessibleName(translate("FeedPropertiesDialog", "Folder"))
        self.folder.addItems(["", *sorted(set(folders) | {feed.folder} - {""}, key=str.casefold)])
        self.folder.setCurrentText(feed.folder)
        self.interval = QSpinBox()
        self.interval.setAccessibleName(
            translate("FeedPropertiesDialog", "Refresh interval in minutes")
        )
        self.interval.setRange(0, MAX_INTERVAL_MINUTES)
        self.interval.setSuffix(translate("FeedPropertiesDialog", " min"))
        self.interval.setSpecialValueText(
            translate("FeedPropertiesDialog", "The global interval ({minutes} min)").format(
                minutes=global_interval
            )
        )
        self.interval.setValue(feed.interval_minutes or 0)
        self.enabled = QCheckBox(
            translate(
                "FeedPropertiesDialog", "Fetch this feed (unchecked: paused, its articles kept)"
            )
        )
        self.enabled.setAccessibleName(translate("FeedPropertiesDialog", "Fetch this feed"))
        self.enabled.setChecked(feed.enabled)
        self.full_text = QComboBox()
        self.full_text.setAccessibleName(translate("FeedPropertiesDialog", "Full text"))
        choices = full_text_choices()
        for label, value in choices:
            self.full_text.addItem(label, value)
        self.full_text.setCurrentIndex(
            next(i for i, (_, value) in enumerate(choices) if value is feed.full_text)
        )

        form = QFormLayout()
        form.addRow(translate("FeedPropertiesDialog", "&Address:"), self.url)
        form.addRow(translate("FeedPropertiesDialog", "&Title:"), self.title)
        form.addRow(translate("FeedPropertiesDialog", "&Folder:"), self.folder)
        form.addRow(translate("FeedPropertiesDialog", "&Refresh every:"), self.interval)
        form.addRow("", self.enabled)
        form.addRow(translate("FeedPropertiesDialog", "F&ull text:"), self.full_text)
        self.site = _info(
            feed.site_url or translate("FeedPropertiesDialog", "not given by the feed"),
            translate("FeedPropertiesDialog", "Website"),
        )
        self.last_checked = _info(_when(feed), translate("FeedPropertiesDialog", "Last checked"))
        self.last_error = _info(
            translate("FeedPropertiesDialog", "{error} ({count}×)").format(
                error=in_language(feed.last_error), count=QLocale().toString(feed.error_count)
            )
            if feed.last_error
            else translate("FeedPropertiesDialog", "none"),
            translate("FeedPropertiesDialog", "Last error"),
        )
        self.article_count = _info(
            QLocale().toString(article_count), translate("FeedPropertiesDialog", "Articles stored")
        )
        form.addRow(translate("FeedPropertiesDialog", "Website:"), self.site)
        form.addRow(translate("FeedPropertiesDialog", "Last checked:"), self.last_checked)
        form.addRow(translate("FeedPropertiesDialog", "Last error:"), self.last_error)
        form.addRow(translate("FeedPropertiesDialog", "Articles stored:"), self.article_count)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(translate("FeedPropertiesDialog", "Save"))
        self.website_button = QPushButton(translate("FeedPropertiesDialog", "Open &website"))
        self.website_button.setAccessibleName(translate("FeedPropertiesDialog", "Open website"))
        self.website_button.setEnabled(bool(feed.site_url))
        self.website_button.clicked.connect(lambda: self.open_website.emit(feed.site_url))
        self.copy_button = QPushButton(translate("FeedPropertiesDialog", "&Copy address"))
        self.copy_button.setAccessibleName(translate("FeedPropertiesDialog", "Copy address"))
        self.copy_button.clicked.connect(lambda: self.copy_address.emit(self.url.text().strip()))
        for button in (self.website_button, self.copy_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setObjectName("feed-properties-problem")
        self.problem.setWordWrap(True)
        self.url.textChanged.connect(lambda _text: self._check())
        if refused:
            self.ok_button.setToolTip(refused)
        self._refused = refused

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._check()

    def _check(self) -> None:
        """An address that is not http(s) cannot be saved: said under the fields."""
        parts = urlsplit(self.url.text().strip())
        valid = parts.scheme in ("http", "https") and bool(parts.netloc)
        self.problem.setText(
            ""
            if valid
            else translate(
                "FeedPropertiesDialog", "The address must start with http:// or https://"
            )
        )
        self.problem.setVisible(not valid)
        self.ok_button.setEnabled(valid and not self._refused)

    def changes(self) -> FeedChanges:
        feed = self.feed
        url = self.url.text().strip()
        title = self.title.text().strip()
        folder = self.folder.currentText().strip()
        interval = self.interval.value()
        full_text = self.full_text.currentData()
        return FeedChanges(
            url=url if url != feed.url else None,
            title=title if title != feed.title else None,
            folder=folder if folder != feed.folder else None,
            interval_minutes=interval if interval != (feed.interval_minutes or 0) else None,
            enabled=self.enabled.isChecked() if self.enabled.isChecked() != feed.enabled else None,
            full_text=full_text,
            full_text_changed=full_text is not feed.full_text,
        )


def _info(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _when(feed: Feed) -> str:
    if feed.last_fetched_at is None:
        return translate("FeedPropertiesDialog", "never")
    return local_date_time(feed.last_fetched_at)
