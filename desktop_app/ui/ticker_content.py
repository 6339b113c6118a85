"""What the ticker strips show, kept in step with the library: the stored quotes (read again
after a refresh or new settings), the newest unread headlines when the settings ask for them
(read again whenever read state changes), and which rates are out of date (judged again at
midnight, when a rate can become stale without anything else happening)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer

from desktop_app.config import Config
from desktop_app.domain import ArticleFilter, ArticleSummary, Quote
from desktop_app.services.library import Library
from desktop_app.ui.ticker import TickerWidget
from desktop_app.ui.ticker_items import (
    headline_items,
    interleave_headlines,
    locale_number_style,
    ticker_items,
)


class TickerContent(QObject):
    def __init__(
        self,
        library: Library,
        strips: Sequence[TickerWidget],
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._strips = tuple(strips)
        self._clock = clock
        self._quotes: list[Quote] = []
        self._headline_count = 0
        self._headlines: list[ArticleSummary] = []
        self._placeholder = ""
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.setTimerType(Qt.TimerType.VeryCoarseTimer)  # a second late is fine
        self._midnight.timeout.connect(self._show)

    @property
    def quotes(self) -> list[Quote]:
        return list(self._quotes)

    def reload(self, config: Config, placeholder: str) -> None:
        """Read quotes and headlines again: at start, after a refresh, with new settings.
        ``placeholder`` is what the strips say while there are no rates."""
        self._quotes = self._library.quotes(config.rates)
        self._headline_count = config.ticker.headlines
        self._headlines = self._read_headlines()
        self._placeholder = placeholder
        self._show()

    def follow_read_state(self) -> None:
        """Read state changed (an article opened, marked, all marked, undone): the headlines
        follow, and the strips are redrawn only when they changed."""
        if not self._headline_count:
            return
        headlines = self._read_headlines()
        if headlines != self._headlines:
            self._headlines = headlines
            self._show()

    def _read_headlines(self) -> list[ArticleSummary]:
        if not self._headline_count:
            return []
        return self._library.articles(ArticleFilter(unread_only=True), limit=self._headline_count)

    def _show(self) -> None:
        now = self._clock()
        items = ticker_items(self._quotes, locale_number_style(), now.date())
        if self._headlines:
            items = interleave_headlines(items, headline_items(self._headlines))
        for strip in self._strips:
            strip.set_items(items, self._placeholder)
        if self._quotes:
            self._midnight.start(_until_tomorrow(now))
        else:
            self._midnight.stop()


def _until_tomorrow(now: datetime) -> int:
    """Milliseconds from ``now`` to a second past the next local midnight."""
    tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
    return int((tomorrow - now.replace(tzinfo=None)).total_seconds() * 1000) + 1000
