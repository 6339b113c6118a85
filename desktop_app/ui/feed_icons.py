"""Each feed's icon, decoded from the image cache once per file and shared by the sidebar and
the article list: nothing is fetched here, so icons are there offline."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap

from desktop_app.domain import Feed

# QIcon is imported where icons are made, after the first paint: PySide6 builds its enums
# (ThemeIcon alone has some 150 values, ~10 M instructions) when it is first imported.
if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

# An ICO carries up to a dozen sizes; the first few are all a 16 px row at 2x needs.
_MAX_FRAMES = 8
# An SVG icon is drawn once at this size; the largest row icon is 16 px at scale 2 = 32 px.
_SVG_SIZE = QSize(64, 64)


class FeedIcons:
    """Icons by feed id, kept in step with the feeds by :meth:`update`."""

    def __init__(self, read: Callable[[str], bytes | None]) -> None:
        self._read = read
        self._by_digest: dict[str, QIcon | None] = {}
        self._by_feed: dict[int, QIcon] = {}
        self._blank: QIcon | None = None

    def update(self, feeds: Collection[Feed]) -> None:
        """Icons for ``feeds``; an icon no feed uses any more is let go."""
        by_feed: dict[int, QIcon] = {}
        for feed in feeds:
            if feed.icon_digest is None:
                continue
            if feed.icon_digest not in self._by_digest:
                data = self._read(feed.icon_digest)
                self._by_digest[feed.icon_digest] = None if data is None else decode_icon(data)
            icon = self._by_digest[feed.icon_digest]
            if icon is not None:
                by_feed[feed.id] = icon
        self._by_feed = by_feed
        used = {feed.icon_digest for feed in feeds}
        self._by_digest = {key: icon for key, icon in self._by_digest.items() if key in used}

    def get(self, feed_id: int) -> QIcon | None:
        return self._by_feed.get(feed_id)

    def any(self) -> bool:
        """Does any feed have an icon? (Only then do the others need a blank one.)"""
        return bool(self._by_feed)

    def blank(self) -> QIcon:
        """A transparent icon for a feed without one: its name lines up with its neighbours'."""
        if self._blank is None:
            from PySide6.QtGui import QIcon

            pixmap = QPixmap(16, 16)
            pixmap.fill(Qt.GlobalColor.transparent)
            self._blank = QIcon(pixmap)
        return self._blank


def decode_icon(data: bytes) -> QIcon | None:
    """Every frame of an ICO (Qt picks the best for the row size and screen scale), or an
    SVG rasterised by Qt's reader, which runs no script and loads nothing."""
    # Imported with the first icon, after the first paint: PySide6 builds the enums of
    # QIODevice, QImageReader and QIcon when they are first imported.
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QIcon, QImageReader

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    if bytes(reader.format().data()) in (b"svg", b"svgz"):
        reader.setScaledSize(_SVG_SIZE)
    icon = QIcon()
    for _frame in range(_MAX_FRAMES):
        image = reader.read()
        if not image.isNull():
            icon.addPixmap(QPixmap.fromImage(image))
        if not reader.jumpToNextImage():
            break
    return None if icon.isNull() else icon
