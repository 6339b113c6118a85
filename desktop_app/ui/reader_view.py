"""The reader pane: sanitized HTML in a QTextBrowser that never loads anything itself.

Links go to the system browser, and only http, https and mailto; the pane resolves no
resource from disk or network (an image without a cached copy shows its alt text).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette, QResizeEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.sanitize import LINK_SCHEMES

_EMPTY = "<p style='color: gray'>Select an article to read it.</p>"
MEASURE_CHARACTERS = 75  # a comfortable line length; wider panes get side margins
MIN_MARGIN = 18
ZOOM_RANGE = (-4, 8)  # font steps around the system size


class ReaderView(QTextBrowser):
    link_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName("Article")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self._zoom = 0
        self.apply_theme()
        self.setHtml(_EMPTY)

    def apply_theme(self) -> None:
        palette = self.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
        link = palette.color(QPalette.ColorRole.Link).name()
        self.document().setDefaultStyleSheet(
            f"""
            body {{ line-height: 150%; }}
            h1 {{ font-size: x-large; margin-bottom: 2px; }}
            h1 a {{ text-decoration: none; }}
            a {{ color: {link}; }}
            .meta {{ color: {muted}; }}
            blockquote {{ margin-left: 14px; color: {muted}; }}
            pre, code {{ font-family: monospace; }}
            """
        )
        self._fit_measure()

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

    def _fit_measure(self) -> None:
        """Keep lines about 75 characters long: a wide pane gets wide side margins."""
        measure = self.fontMetrics().averageCharWidth() * MEASURE_CHARACTERS
        spare = self.viewport().width() - measure
        margin = max(MIN_MARGIN, spare // 2)
        frame = self.document().rootFrame().frameFormat()
        frame.setLeftMargin(margin)
        frame.setRightMargin(margin)
        frame.setTopMargin(MIN_MARGIN)
        frame.setBottomMargin(MIN_MARGIN)
        self.document().rootFrame().setFrameFormat(frame)

    def show_html(self, document: str) -> None:
        self.setHtml(document)
        self._fit_measure()
        self.verticalScrollBar().setValue(0)

    def clear_article(self) -> None:
        self.setHtml(_EMPTY)
        self._fit_measure()

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Nothing is loaded from disk or network: stored articles render as stored."""
        del kind, name
        return None

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in LINK_SCHEMES:
            QDesktopServices.openUrl(url)
        else:
            self.link_refused.emit(f"Refused to open {url.toString()[:80]}: not a web link")
