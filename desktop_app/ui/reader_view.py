"""The reader pane: sanitized HTML in a QTextBrowser that never loads anything itself.

Links go to the system browser, and only http, https and mailto. The only resources the
pane resolves are ``caravan-image:`` addresses, from the local image cache; nothing is ever
loaded from the network (an image without a cached copy arrives as its alt text).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.domain import IMAGE_CACHE_SCHEME
from desktop_app.i18n import translate

if TYPE_CHECKING:
    from desktop_app.ui.reader_access import ReaderContentsAccessible

ImageSource = Callable[[str], bytes | None]  # cached image bytes by digest
_CACHED_IMAGE = re.compile(rf'src="{IMAGE_CACHE_SCHEME}:([0-9a-f]{{64}})"')


def _empty() -> str:
    """What the reader shows with no article open."""
    text = translate("ReaderView", "Select an article to read it.")
    return f"<p style='color: gray'>{text}</p>"


MEASURE_CHARACTERS = 75  # a comfortable line length; wider panes get side margins
MIN_MARGIN = 18
ZOOM_RANGE = (-4, 8)  # font steps around the system size
# Search matches: a marker yellow with dark text, legible on light and dark themes alike.
MATCH_BACKGROUND = "#ffe066"
MATCH_TEXT = "#1d1d1d"


class ReaderView(QTextBrowser):
    link_refused = Signal(str)
    action_requested = Signal(str)  # one of READER_ACTIONS: a link of the document's own
    column_moved = Signal(int)  # the text column's left edge, from the widget's left edge

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName(translate("ReaderView", "Article"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self._zoom = 0
        self._image_source: ImageSource = lambda _digest: None
        self.shown_document = ""
        # Built by Qt's accessibility factory once a screen reader asks (never otherwise;
        # app.py installs it after the first paint).
        self.accessible: ReaderContentsAccessible | None = None
        self.selectionChanged.connect(self._say_focused_link)
        self._directions_by_text = False  # set with the first article: see show_html
        self.apply_theme()
        self.setHtml(_empty())

    def apply_theme(self) -> None:
        palette = self.palette()
        # With their alpha: a translucent muted colour (the desktop's) stays what it is.
        argb = QColor.NameFormat.HexArgb
        muted = palette.color(QPalette.ColorRole.PlaceholderText).name(argb)
        link = palette.color(QPalette.ColorRole.Link).name(argb)
        self.document().setDefaultStyleSheet(
            f"""
            body {{ line-height: 150%; }}
            h1 {{ font-size: x-large; margin-bottom: 2px; }}
            h1 a {{ text-decoration: none; }}
            a {{ color: {link}; }}
            .meta {{ color: {muted}; }}
            .source {{ color: {muted}; font-size: small; }}
            .missing-image {{ color: {muted}; font-style: italic; }}
            .search-match {{ background-color: {MATCH_BACKGROUND}; color: {MATCH_TEXT}; }}
            blockquote {{ margin-left: 14px; color: {muted}; }}
            pre, code {{ font-family: monospace; }}
            """
        )
        self._fit_measure()

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (light/dark): the style sheet takes its colours, the article is set
        again where the reader stands."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_theme()
            if self.shown_document:
                position = self.verticalScrollBar().value()
                self.show_html(self.shown_document)
                self.verticalScrollBar().setValue(position)

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        """Font size in steps around the system size (Ctrl + / Ctrl -), clamped."""
        steps = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], steps))
        self.zoomIn(steps - self._zoom)
        self._zoom = steps
        self._fit_measure()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_measure()

    def column_width(self) -> int:
        """The text column's width in pixels: the measure, or less in a narrow pane."""
        measure = self.fontMetrics().averageCharWidth() * MEASURE_CHARACTERS
        return min(measure, self.viewport_width() - 2 * MIN_MARGIN)

    def viewport_width(self) -> int:
        """``viewport().width()``, without the viewport while no scroll bar takes room from it
        (the empty reader at start-up): PySide6 wraps the viewport only after trying every
        widget class it knows, building their enums, some 10 ms before the first paint."""
        if self.verticalScrollBar().isVisibleTo(self):
            return self.viewport().width()
        return self.maximumViewportSize().width()

    def _fit_measure(self) -> None:
        """Keep lines about 75 characters long: a wide pane gets wide side margins."""
        measure = self.fontMetrics().averageCharWidth() * MEASURE_CHARACTERS
        spare = self.viewport_width() - measure
        margin = max(MIN_MARGIN, spare // 2)
        frame = self.document().rootFrame().frameFormat()
        frame.setLeftMargin(margin)
        frame.setRightMargin(margin)
        frame.setTopMargin(MIN_MARGIN)
        frame.setBottomMargin(MIN_MARGIN)
        # Margins are no change of text: screen readers are not sent the whole article again
        # (they were, as a delete and an insert, after every article shown and every resize).
        # The layout is told directly, not by these signals, so it still reflows.
        with QSignalBlocker(self.document()):
            self.document().rootFrame().setFrameFormat(frame)
        self.column_moved.emit(margin + self.frameWidth())

    def show_html(self, document: str) -> None:
        if _CACHED_IMAGE.search(self.shown_document):
            # Forgets the previous article's images; screen readers hear of it (its text
            # deleted) before the new text, so only after an article that had any.
            self.document().clear()
        self.shown_document = document
        if not self._directions_by_text:
            # Each paragraph takes its direction from its own text (``dir="auto"`` for every
            # block): Arabic or Hebrew reads right to left, right-aligned, its numbers in
            # order, whatever the window's direction (Qt's default: the widget's, for all).
            # Set with the first article, not at start-up: the placeholder is English, and
            # QTextOption's enums cost the first paint ~1 M instructions.
            option = self.document().defaultTextOption()
            option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
            self.document().setDefaultTextOption(option)
            self._directions_by_text = True
        self._add_cached_images(document)
        self.setHtml(document)
        self._fit_measure()
        self.verticalScrollBar().setValue(0)
        if self.accessible is not None:
            self.accessible.document_changed()

    def _say_focused_link(self) -> None:
        """Tab selected a link: screen readers say it (Qt says nothing of it)."""
        cursor = self.textCursor()
        if self.accessible is not None and cursor.hasSelection():
            self.accessible.link_focused(cursor.selectionStart())

    def clear_article(self) -> None:
        self.shown_document = ""
        self.setHtml(_empty())
        self._fit_measure()
        if self.accessible is not None:
            self.accessible.document_changed()

    def set_image_source(self, source: ImageSource) -> None:
        self._image_source = source

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Nothing is loaded from anywhere: the document holds the article's cached images
        (added by :meth:`show_html`), every other resource stays missing."""
        del kind, name
        return None

    def _add_cached_images(self, document: str) -> None:
        """Hand the document the cached images it shows, scaled down to the text column,
        before it is laid out: ``loadResource`` then has nothing to resolve, ever."""
        column = self.column_width()
        for digest in dict.fromkeys(_CACHED_IMAGE.findall(document)):
            data = self._image_source(digest)
            image = QImage.fromData(data) if data else QImage()
            if image.isNull():
                continue
            if column > 0 and image.width() > column:
                image = image.scaledToWidth(column, Qt.TransformationMode.SmoothTransformation)
            self.document().addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(f"{IMAGE_CACHE_SCHEME}:{digest}"),
                image,
            )

    def _open_link(self, url: QUrl) -> None:
        # Loaded with the article that holds the link (the HTML stack is not needed to start).
        from desktop_app.sanitize import LINK_SCHEMES
        from desktop_app.services.article_view import READER_ACTIONS

        if not url.scheme() and not url.path() and url.fragment() in READER_ACTIONS:
            self.action_requested.emit(url.fragment())
        elif url.scheme().lower() in LINK_SCHEMES:
            QDesktopServices.openUrl(url)
        else:
            self.link_refused.emit(
                translate("ReaderView", "Refused to open {address}: not a web link").format(
                    address=url.toString()[:80]
                )
            )
