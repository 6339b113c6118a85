"""The open article's enclosures, under the reader: one row each with its name, its type,
size and duration, and what can be done with it — play or open it with the system, download
it for offline use (with progress, cancellable), open or remove the downloaded copy.

Downloads run on the library's worker threads; their progress comes back through the
window's dispatcher. A download goes on while the user reads other articles: the row shows
it again when its article is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import Article, Enclosure
from desktop_app.errors import DownloadCancelled, DownloadRefused
from desktop_app.i18n import PLURAL, translate
from desktop_app.services.downloads import DownloadTask, downloadable, human_size
from desktop_app.services.enclosure_view import details, display_name
from desktop_app.ui.window.context import WindowContext

MAX_VISIBLE_ROWS = 3  # more enclosures scroll: the article keeps most of the pane


def started_offline_download() -> str:
    return translate("Enclosures", "Caravan was started offline (--offline): nothing is downloaded")


def open_enclosure(context: WindowContext, enclosure: Enclosure) -> None:
    """Hand the enclosure to the system: its downloaded copy when there is one (works
    offline), else its address (the system's player or browser streams it)."""
    path = context.library.downloaded_path(enclosure)
    url = QUrl.fromLocalFile(str(path)) if path is not None else QUrl(enclosure.url)
    if url.scheme() not in ("http", "https", "file"):
        context.show_message(
            translate("Enclosures", "Refused to open {address}: not a web address").format(
                address=enclosure.url[:80]
            ),
            6000,
        )
        return
    if not QDesktopServices.openUrl(url):
        context.show_message(
            translate("Enclosures", "The system has no application to open this enclosure"), 6000
        )


@dataclass
class _Download:
    """A download in flight, kept by (article, address) while its row may come and go."""

    task: DownloadTask
    future: Future[str]
    name: str
    done: int = 0
    total: int | None = None
    rows: list[EnclosureRow] = field(default_factory=list)


class ElidedLabel(QLabel):
    """One line that ends in "…" when the column is narrower than the text (a podcast's file
    name has no space to wrap at); the whole text stays in ``full_text`` and is what a
    screen reader reads."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.full_text = text
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        shown = self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideMiddle, self.width()
        )
        if shown != self.text():
            self.setText(shown)


class EnclosureRow(QWidget):
    """One enclosure: name and details, Play/Open, and the offline copy's controls."""

    def __init__(
        self,
        enclosure: Enclosure,
        downloaded: bool,
        *,
        play: Callable[[], None],
        download: Callable[[], None],
        cancel: Callable[[], None],
        remove: Callable[[], None],
        download_refused: str = "",
        remove_refused: str = "",
    ) -> None:
        super().__init__()
        self.enclosure = enclosure
        name = display_name(enclosure)
        self.setAccessibleName(translate("Enclosures", "Enclosure {name}").format(name=name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(1)
        self.name_label = ElidedLabel(name)
        self.name_label.setObjectName("enclosure-name")
        self.name_label.setToolTip(enclosure.url)
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.details_label = QLabel(details(enclosure))
        self.details_label.setObjectName("enclosure-details")
        self.details_label.setAccessibleName(f"{name}: {details(enclosure)}")
        self.note = QLabel()  # why a download failed or was refused
        self.note.setObjectName("enclosure-note")
        self.note.setWordWrap(True)
        self.note.hide()
        for label in (self.name_label, self.details_label, self.note):
            layout.addWidget(label)

        playable = enclosure.mime_type.startswith(("audio/", "video/"))
        self.play_button = self._button(
            translate("Enclosures", "Play") if playable else translate("Enclosures", "Open"),
            f"{name}",
            play,
        )
        self.download_button = self._button(
            translate("Enclosures", "Download for offline"), name, download
        )
        self.open_downloaded_button = self._button(
            translate("Enclosures", "Open downloaded"), name, play
        )
        self.remove_button = self._button(translate("Enclosures", "Remove download"), name, remove)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(
            translate("Enclosures", "Downloading {name}").format(name=name)
        )
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = self._button(
            translate("Enclosures", "Cancel"),
            translate("Enclosures", "download of {name}").format(name=name),
            cancel,
        )
        # The controls under the text: the row fits the reader's column, however narrow.
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 3, 0, 0)
        for widget in (
            self.play_button,
            self.download_button,
            self.progress,
            self.cancel_button,
            self.open_downloaded_button,
            self.remove_button,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        layout.addLayout(controls)
        refusal = download_refused or downloadable(enclosure) or ""
        if refusal:
            self.download_button.setEnabled(False)
            self.download_button.setToolTip(refusal)
        if remove_refused:
            self.remove_button.setEnabled(False)
            self.remove_button.setToolTip(remove_refused)
        self.show_state(downloaded)

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(f"{text}: {name}")
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def show_state(self, downloaded: bool, download: _Download | None = None) -> None:
        """Not downloaded, downloading (with its progress) or downloaded."""
        running = download is not None
        self.download_button.setVisible(not downloaded and not running)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.open_downloaded_button.setVisible(downloaded and not running)
        self.remove_button.setVisible(downloaded and not running)
        if download is not None:
            self.show_progress(download.done, download.total)

    def show_progress(self, done: int, total: int | None) -> None:
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, done * 1000 // total))
            self.progress.setFormat(
                translate("Enclosures", "{done} of {total}").format(
                    done=human_size(done), total=human_size(total)
                )
            )
        else:
            self.progress.setRange(0, 0)  # busy: the server did not say how much
            self.progress.setFormat(human_size(done))

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


class EnclosurePanel(QFrame):
    """Shown under the reader while the open article has enclosures; hidden otherwise."""

    def __init__(self, context: WindowContext) -> None:
        super().__init__()
        self._context = context
        self.setObjectName("enclosures")
        self.setAccessibleName(translate("Enclosures", "Enclosures"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.article_id: int | None = None
        self.rows: list[EnclosureRow] = []
        self._downloads: dict[tuple[int, str], _Download] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 4)
        self._outer = outer
        outer.setSpacing(2)
        self.header = QLabel()
        self.header.setObjectName("enclosures-header")
        self.header.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        outer.addWidget(self.header)
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(0)
        self._scroll = QScrollArea()
        self._scroll.setWidget(self._list)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setAccessibleName(translate("Enclosures", "Enclosure list"))
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self._scroll)
        self.hide()

    def align_with(self, column_left: int) -> None:
        """Line the list up with the reader's text column above it."""
        side = max(8, column_left)
        self._outer.setContentsMargins(side, 6, side, 6)

    def show_article(self, article: Article) -> None:
        self.article_id = article.id
        self._build(article.id, article.enclosures)

    def clear(self) -> None:
        self.article_id = None
        self._build(None, ())

    def _build(self, article_id: int | None, enclosures: tuple[Enclosure, ...]) -> None:
        for row in self.rows:
            for download in self._downloads.values():
                if row in download.rows:
                    download.rows.remove(row)
            row.deleteLater()
        self.rows = []
        if article_id is None or not enclosures:
            self.hide()
            return
        count = len(enclosures)
        self.header.setText(translate("Enclosures", "%n enclosure(s)", None, PLURAL, count))
        refused = self._download_refused()
        for enclosure in enclosures:
            row = self._row(article_id, enclosure, refused)
            self._list_layout.addWidget(row)
            row.show()  # now, not when the layout gets to it: the list is current at once
            self.rows.append(row)
        self.show()
        self._fit_height()

    def _fit_height(self) -> None:
        shown = self.rows[:MAX_VISIBLE_ROWS]
        height = sum(row.sizeHint().height() for row in shown)
        self._scroll.setFixedHeight(height + 2)

    def _row(self, article_id: int, enclosure: Enclosure, refused: str) -> EnclosureRow:
        key = (article_id, enclosure.url)

        def current() -> Enclosure:
            """The row's enclosure as stored now (a download since may have changed it)."""
            return next(
                (e for e in self._context.library.enclosures(article_id) if e.url == key[1]),
                enclosure,
            )

        row = EnclosureRow(
            enclosure,
            self._context.library.downloaded_path(enclosure) is not None,
            play=lambda: open_enclosure(self._context, current()),
            download=lambda: self.download(article_id, current()),
            cancel=lambda: self.cancel(article_id, enclosure.url),
            remove=lambda: self.remove(article_id, current()),
            download_refused=refused,
            remove_refused=str(self._context.read_only or ""),
        )
        running = self._downloads.get(key)
        if running is not None:
            running.rows.append(row)
            row.show_state(False, running)
        return row

    def _download_refused(self) -> str:
        context = self._context
        if context.started_offline:
            return started_offline_download()
        if context.read_only is not None:
            return str(context.read_only)
        return ""

    # -- downloads ---------------------------------------------------------------------------
    def download(self, article_id: int, enclosure: Enclosure) -> None:
        key = (article_id, enclosure.url)
        if key in self._downloads:
            return
        dispatcher = self._context.dispatcher

        def progress(done: int, total: int | None) -> None:  # on the download's thread
            dispatcher.post(lambda: self._progress(key, done, total))

        task, future = self._context.library.download_enclosure(article_id, enclosure, progress)
        download = _Download(task, future, display_name(enclosure), total=enclosure.length)
        self._downloads[key] = download
        for row in self._rows_of(key):
            download.rows.append(row)
            row.show_note("")
            row.show_state(False, download)
        self._context.show_message(
            translate("Enclosures", "Downloading {name}…").format(name=display_name(enclosure)),
            3000,
        )
        # Posted even from this thread (a refusal can be done already): rows settle first.
        future.add_done_callback(lambda _f: dispatcher.post(lambda: self._finished(key)))

    def cancel(self, article_id: int, url: str) -> None:
        download = self._downloads.get((article_id, url))
        if download is not None:
            download.task.cancel()

    def remove(self, article_id: int, enclosure: Enclosure) -> None:
        name = display_name(enclosure)
        self._context.after(
            self._context.library.remove_download(article_id, enclosure),
            lambda: self._refresh(
                article_id,
                translate("Enclosures", "Removed the download of {name}").format(name=name),
            ),
        )

    @property
    def downloading(self) -> int:
        return len(self._downloads)

    def _rows_of(self, key: tuple[int, str]) -> list[EnclosureRow]:
        if self.article_id != key[0]:
            return []
        return [row for row in self.rows if row.enclosure.url == key[1]]

    def _progress(self, key: tuple[int, str], done: int, total: int | None) -> None:
        download = self._downloads.get(key)
        if download is None:
            return
        download.done, download.total = done, total
        for row in download.rows:
            row.show_progress(done, total)

    def _finished(self, key: tuple[int, str]) -> None:
        download = self._downloads.pop(key, None)
        if download is None or self._context.closed:
            return
        error = download.future.exception()
        name = download.name
        if error is None:
            message = translate(
                "Enclosures", "Downloaded {name} ({size}): it opens offline"
            ).format(name=name, size=human_size(download.done))
        elif isinstance(error, DownloadCancelled):
            message = translate("Enclosures", "Download of {name} cancelled").format(name=name)
        elif isinstance(error, DownloadRefused):
            message = translate("Enclosures", "Not downloaded: {error}").format(error=error)
        else:
            message = translate("Enclosures", "Download of {name} failed: {error}").format(
                name=name, error=error
            )
        self._context.show_message(message, 8000)
        self._refresh(key[0], "" if error is None else message, key[1])

    def _refresh(self, article_id: int, message: str, url: str = "") -> None:
        """Rebuild the rows of the open article from what is stored; ``message`` under the
        row of ``url`` (why a download did not happen)."""
        if self.article_id != article_id:
            if message:
                self._context.show_message(message, 8000)
            return
        self._build(article_id, self._context.library.enclosures(article_id))
        for row in self.rows:
            if url and row.enclosure.url == url:
                row.show_note(message)
        self._fit_height()
        if message and not url:
            self._context.show_message(message, 5000)
