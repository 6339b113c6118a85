"""Taking back a "mark all as read": exactly the articles it changed, less those the user
opened or changed since, since undoing must never take back what the user did afterwards."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MarkedRead:
    """What one "mark all as read" changed: these articles went from unread to read (ones
    read before are not among them)."""

    article_ids: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.article_ids)


class ReadUndo:
    """The last "mark all as read", while it can still be undone.

    :meth:`expect` is called when the user asks, before the writer has done it: an article
    opened while the change waits for the writer is kept out of the undo as well.
    """

    def __init__(self) -> None:
        self._marked: MarkedRead | None = None
        self._touched: set[int] | None = None  # None: nothing to undo, nothing to track

    @property
    def offered(self) -> MarkedRead | None:
        return self._marked

    def expect(self) -> None:
        """A marking is on its way: from now on what the user touches stays as the user left
        it. An earlier marking can no longer be undone."""
        self._marked = None
        self._touched = set()

    def offer(self, marked: MarkedRead) -> None:
        """The marking is committed: it can be undone until :meth:`take` or :meth:`withdraw`."""
        if self._touched is None:
            self._touched = set()
        self._marked = marked if marked.article_ids else None

    def touch(self, article_ids: Iterable[int]) -> None:
        """The user opened these articles or changed their flags: an undo leaves them be."""
        if self._touched is not None:
            self._touched.update(article_ids)

    def take(self) -> tuple[int, ...]:
        """The articles to mark unread again; the offer ends."""
        marked, touched = self._marked, self._touched or set()
        self.withdraw()
        if marked is None:
            return ()
        return tuple(article_id for article_id in marked.article_ids if article_id not in touched)

    def withdraw(self) -> None:
        """The offer expired (or the window closes): what was marked stays marked."""
        self._marked = None
        self._touched = None
