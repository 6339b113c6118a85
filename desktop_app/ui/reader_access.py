"""The reader's heading and links for screen readers: Qt exposes the reader's text (its Text
interface) but not its structure, so the reader's viewport — a child Qt gives no role of its
own — becomes a document whose children are the article's headings and links, each named by
its text (a link's description is its address). Built only while a screen reader listens
(the factory in :mod:`desktop_app.ui.accessibility`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QColor,
    QTextCursor,
    QTextDocument,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from desktop_app.i18n import translate
from desktop_app.ui.leaf_access import LeafAccessible

if TYPE_CHECKING:
    from desktop_app.ui.reader_view import ReaderView


@dataclass(frozen=True, slots=True)
class Part:
    """A heading or a link of the shown article: where it starts and ends in the document."""

    role: QAccessible.Role
    text: str
    start: int
    end: int
    href: str = ""


def parts(document: QTextDocument) -> list[Part]:
    """The document's headings and links, in reading order (a link's fragments joined)."""
    found: list[Part] = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level > 0 and block.text().strip():
            found.append(
                Part(QAccessible.Role.Heading, block.text().strip(), block.position(),
                     block.position() + block.length() - 1)
            )  # fmt: skip
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fragments += 1
            style = fragment.charFormat()
            href = style.anchorHref()
            if not (style.isAnchor() and href):
                continue
            start, end = fragment.position(), fragment.position() + fragment.length()
            last = found[-1] if found else None
            if (
                last is not None
                and last.role == QAccessible.Role.Link
                and (last.href == href and last.end == start)
            ):
                found[-1] = Part(last.role, last.text + fragment.text(), last.start, end, href)
            else:
                found.append(Part(QAccessible.Role.Link, fragment.text(), start, end, href))
        block = block.next()
    return found


class ReaderContentsAccessible(QAccessibleWidget):
    """The reader's viewport as a document of headings and links."""

    def __init__(self, viewport: QWidget, reader: ReaderView) -> None:
        super().__init__(viewport, QAccessible.Role.Document)
        self.reader = reader
        self._parts: list[Part] | None = None
        self._children: list[PartAccessible] = []
        self._retired: list[PartAccessible] = []  # Qt may still hold them: kept alive
        reader.accessible = self

    def document_changed(self) -> None:
        for child in self._children:
            child.retire()
        self._retired.extend(self._children)
        self._children = []
        self._parts = None
        QAccessible.updateAccessibility(
            QAccessibleEvent(self.reader.viewport(), QAccessible.Event.ObjectReorder)
        )

    def _list(self) -> list[PartAccessible]:
        if self._parts is None:
            self._parts = parts(self.reader.document())
            self._children = [PartAccessible(self, part) for part in self._parts]
        return self._children

    def childCount(self) -> int:
        return len(self._list())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        children = self._list()
        return children[index] if 0 <= index < len(children) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        for index, candidate in enumerate(self._list()):
            if candidate is child:
                return index
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        for child in self._list():
            if child.rect().contains(x, y):
                return child
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return translate("Reader", "Article contents")
        return super().text(kind)

    def link_focused(self, position: int) -> None:
        """Tab moved to the link at ``position``: screen readers say it."""
        for child in self._list():
            part = child.part
            if part.role == QAccessible.Role.Link and part.start <= position < part.end:
                QAccessible.updateAccessibility(QAccessibleEvent(child, QAccessible.Event.Focus))
                return


class PartAccessible(LeafAccessible):
    """A heading or a link of the article."""

    _parent: ReaderContentsAccessible | None

    def __init__(self, parent: ReaderContentsAccessible, part: Part) -> None:
        super().__init__(parent)
        self.part = part

    def isValid(self) -> bool:
        return self._parent is not None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._parent.reader.window().windowHandle() if self._parent is not None else None

    def role(self) -> QAccessible.Role:
        return self.part.role

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        if self._parent is None:
            state.invalid = True
            return state
        state.readOnly = True
        if self.part.role == QAccessible.Role.Link:
            state.focusable = True
            state.linked = True
            cursor = self._parent.reader.textCursor()
            if cursor.hasSelection() and cursor.selectionStart() == self.part.start:
                state.focused = True
        return state

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.part.text
        if kind in (QAccessible.Text.Description, QAccessible.Text.Value):
            return self.part.href
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        del kind, text

    def rect(self) -> QRect:
        if self._parent is None:
            return QRect()
        reader = self._parent.reader
        cursor = QTextCursor(reader.document())
        cursor.setPosition(self.part.start)
        first = reader.cursorRect(cursor)
        cursor.setPosition(self.part.end)
        last = reader.cursorRect(cursor)
        local = first.united(last)
        viewport = reader.viewport()
        return QRect(viewport.mapToGlobal(local.topLeft()), local.size())

    def backgroundColor(self) -> QColor:
        return QColor()

    def foregroundColor(self) -> QColor:
        return QColor()
