"""A feed's properties: everything `caravan edit-feed` changes, and its address (the articles
stay), with what Caravan knows of it (site, last check, last error, articles)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
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

# (label, stored value): None detects teaser feeds.
FULL_TEXT_CHOICES: tuple[tuple[str, bool | None], ...] = (
    ("Automatic (for teasers)", None),
    ("Always fetch the article page", True),
    ("Never", False),
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
        self.setWindowTitle(f"{feed.title or feed.url} — Properties")
        self.setMinimumWidth(520)

        self.url = QLineEdit(feed.url)
        self.url.setAccessibleName("Address")
        self.url.setToolTip("Changing the address keeps the feed's articles")
        self.title = QLineEdit(feed.title)
        self.title.setAccessibleName("Title")
        self.title.setPlaceholderText("The feed's own title")
        self.folder = QComboBox()
        self.folder.setEditable(True)
        self.folder.setAccessibleName("Folder")
        self.folder.addItems(["", *sorted(set(folders) | {feed.folder} - {""}, key=str.casefold)])
        self.folder.setCurrentText(feed.folder)
        self.interval = QSpinBox()
        self.interval.setAccessibleName("Refresh interval in minutes")
        self.interval.setRange(0, MAX_INTERVAL_MINUTES)
        self.interval.setSuffix(" min")
        self.interval.setSpecialValueText(f"The global interval ({global_interval} min)")
        self.interval.setValue(feed.interval_minutes or 0)
        self.enabled = QCheckBox("Fetch this feed (unchecked: paused, its articles kept)")
        self.enabled.setAccessibleName("Fetch this feed")
        self.enabled.setChecked(feed.enabled)
        self.full_text = QComboBox()
        self.full_text.setAccessibleName("Full text")
        for label, value in FULL_TEXT_CHOICES:
            self.full_text.addItem(label, value)
        self.full_text.setCurrentIndex(
            next(i for i, (_, value) in enumerate(FULL_TEXT_CHOICES) if value is feed.full_text)
        )

        form = QFormLayout()
        form.addRow("&Address:", self.url)
        form.addRow("&Title:", self.title)
        form.addRow("&Folder:", self.folder)
        form.addRow("&Refresh every:", self.interval)
        form.addRow("", self.enabled)
        form.addRow("F&ull text:", self.full_text)
        self.site = _info(feed.site_url or "not given by the feed", "Website")
        self.last_checked = _info(_when(feed), "Last checked")
        self.last_error = _info(
            f"{feed.last_error} ({feed.error_count}×)" if feed.last_error else "none", "Last error"
        )
        self.article_count = _info(f"{article_count:,}", "Articles stored")
        form.addRow("Website:", self.site)
        form.addRow("Last checked:", self.last_checked)
        form.addRow("Last error:", self.last_error)
        form.addRow("Articles stored:", self.article_count)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName("Save")
        self.website_button = QPushButton("Open &website")
        self.website_button.setAccessibleName("Open website")
        self.website_button.setEnabled(bool(feed.site_url))
        self.website_button.clicked.connect(lambda: self.open_website.emit(feed.site_url))
        self.copy_button = QPushButton("&Copy address")
        self.copy_button.setAccessibleName("Copy address")
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
        self.problem.setText("" if valid else "The address must start with http:// or https://")
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
        return "never"
    return feed.last_fetched_at.astimezone().strftime("%d %b %Y %H:%M")
