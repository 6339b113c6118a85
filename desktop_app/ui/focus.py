"""Where the keyboard is: one focus ring on the focused region, the current item marked in
the lists, selections that turn grey in a list without the focus, and F6 / Shift+F6 to move
between the window's regions.

The ring is a 3 px line on the region's edge in :func:`~desktop_app.ui.theme.focus_colour`,
which stands out at 3:1 or more from the window and the views in either theme; the styles'
own focus marks are thinner and, in Fusion, 1.2:1 against a selection.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import (
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.ui.theme import focus_colour

RING_WIDTH = 3  # its inner two pixels stand on the region itself, whatever its frame
_Index = QModelIndex | QPersistentModelIndex
# Computed once: each operation on a PySide6 flag is Python's enum code (some microseconds),
# and the delegates below run for every row they paint.
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus
_NOT_ACTIVE = ~QStyle.StateFlag.State_Active
_NOT_HAS_FOCUS = ~QStyle.StateFlag.State_HasFocus


class FocusRing:
    """A ring on the focused region's edge, in the focus colour: on the edge, not around it,
    since a region that fills its parent (the ticker in its dock) would clip a ring outside
    it. Four plain, opaque bars, children of the window above everything: Qt paints them
    without Python, and what lies between them repaints without them. (A transparent ring
    widget over a list made Qt repaint the list, through Python, on each frame of the
    ticker; a ``QFocusFrame`` did the same.)"""

    def __init__(self, window: QWidget) -> None:
        self._window = window
        self.region: QWidget | None = None
        self.bars = [QWidget(window) for _ in range(4)]
        for bar in self.bars:
            bar.setObjectName("focus-ring")
            bar.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            bar.setAutoFillBackground(True)
            bar.hide()

    def isVisible(self) -> bool:
        return self.bars[0].isVisible()

    def follow(self, region: QWidget | None) -> None:
        """Ring ``region`` where it stands now (None: no ring)."""
        self.region = region
        if region is None or not region.isVisible():
            for bar in self.bars:
                bar.hide()
            return
        edge = QRect(region.mapTo(self._window, QPoint(0, 0)), region.size())
        width = RING_WIDTH
        places = (
            QRect(edge.left(), edge.top(), edge.width(), width),
            QRect(edge.left(), edge.bottom() - width + 1, edge.width(), width),
            QRect(edge.left(), edge.top(), width, edge.height()),
            QRect(edge.right() - width + 1, edge.top(), width, edge.height()),
        )
        colour = focus_colour(region.palette())
        for bar, place in zip(self.bars, places, strict=True):
            palette = bar.palette()
            palette.setColor(QPalette.ColorRole.Window, colour)
            bar.setPalette(palette)
            bar.setGeometry(place)
            bar.show()
            bar.raise_()


class FocusRings(QObject):
    """Puts the ring around whichever of ``regions`` holds the focus (or a widget in it);
    :meth:`place` puts it again after the layout moved (a splitter dragged, a resize)."""

    def __init__(self, regions: Sequence[QWidget], window: QWidget) -> None:
        super().__init__(window)
        self._regions = tuple(regions)
        self.ring = FocusRing(window)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow)

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if shiboken6.isValid(self.ring.bars[0]):  # not a window being destroyed
            self.ring.follow(region_of(self._regions, new))

    def place(self) -> None:
        if self.ring.isVisible():
            self.ring.follow(self.ring.region)


def region_of(regions: Sequence[QWidget], widget: QWidget | None) -> QWidget | None:
    """The region that is ``widget`` or holds it."""
    for region in regions:
        if widget is not None and (widget is region or region.isAncestorOf(widget)):
            return region
    return None


def cycle_regions(window: QWidget, regions: Callable[[], Sequence[QWidget]]) -> None:
    """F6 and Shift+F6 move the focus to the next or previous region of ``window`` that is
    shown (``regions()`` in order, read at each press: a hidden ticker is skipped)."""

    def move(step: int) -> None:
        shown = [region for region in regions() if region.isVisible() and region.isEnabled()]
        if not shown:
            return
        current = region_of(shown, QApplication.focusWidget())
        index = shown.index(current) + step if current is not None else 0
        region = shown[index % len(shown)]
        if region.focusPolicy() == Qt.FocusPolicy.NoFocus:  # a panel: its first button
            region = next(
                (
                    child
                    for child in region.findChildren(QWidget)
                    if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isVisible()
                ),
                region,
            )
        region.setFocus(Qt.FocusReason.TabFocusReason)

    for keys, step in (("F6", 1), ("Shift+F6", -1)):
        shortcut = QShortcut(QKeySequence(keys), window)
        shortcut.activated.connect(lambda step=step: move(step))


def unfocused_looks_inactive(option: QStyleOptionViewItem, view: QWidget | None) -> None:
    """A selection in a view without the focus is drawn from the palette's Inactive group
    (grey), so only the focused view shows a coloured one; Qt itself looks only at whether
    the window is active."""
    if view is not None and not view.hasFocus():
        option.state &= _NOT_ACTIVE
        option.palette.setCurrentColorGroup(QPalette.ColorGroup.Inactive)


def draw_current_item(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """The current item of a focused view: a 2 px ring inside its row, in the selected text's
    colour on a selection and the focus colour elsewhere."""
    if not option.state & _HAS_FOCUS:
        return
    palette = option.palette
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    colour = palette.color(QPalette.ColorRole.HighlightedText) if selected else None
    pen = QPen(colour if colour is not None else focus_colour(palette), RING_WIDTH)
    painter.save()
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    rect: QRect = option.rect
    painter.drawRect(rect.toRectF().adjusted(1.5, 1.5, -1.5, -1.5))
    painter.restore()


class FocusAwareDelegate(QStyledItemDelegate):
    """The default item delegate, with the focus marks above: a grey selection without the
    focus, and a ring around the current item with it."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        unfocused_looks_inactive(option, option.widget)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        # The grey look comes from initStyleOption, which the base class's paint calls.
        if not option.state & _HAS_FOCUS:  # every row but the current one of a focused view
            super().paint(painter, option, index)
            return
        shown = QStyleOptionViewItem(option)
        shown.state &= _NOT_HAS_FOCUS  # the style's own thin mark
        super().paint(painter, shown, index)
        draw_current_item(painter, option)
