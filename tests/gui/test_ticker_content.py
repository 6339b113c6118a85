"""What the strips show over a real database: rates marked stale by their source's cadence
(and again at midnight), and headlines that follow read state without a restart."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from desktop_app.config import Config, TickerSettings
from desktop_app.domain import Quote
from desktop_app.rates.quotes import NumberStyle
from desktop_app.services.library import Library
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.rate_detail import RateDetail
from desktop_app.ui.ticker import TickerWidget
from desktop_app.ui.ticker_content import TickerContent
from desktop_app.ui.ticker_items import ticker_items

# The fixture's rates are open.er-api's of Monday 2024-08-19 (and the day before).
KGS = Quote("KGS", "USD", 0.01166, -0.99, date(2024, 8, 19), "open-er-api")


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_a_rate_is_stale_once_its_source_should_have_published_again():
    style = NumberStyle()
    (fresh,) = ticker_items([KGS], style, date(2024, 8, 20))
    assert not fresh.stale and "out of date" not in fresh.accessible_text
    (stale,) = ticker_items([KGS], style, date(2024, 8, 21))
    assert stale.as_of == "19 Aug"
    assert stale.accessible_text.endswith(", out of date: the rate of 19 August 2024")
    assert "<b>Out of date</b>: the source publishes every day" in stale.tooltip
    (old,) = ticker_items([KGS], style, date(2026, 12, 5))  # the 839 days
    assert old.as_of == "19 Aug 2024" and "(838 days ago)" in old.tooltip


def test_a_central_bank_rate_of_friday_stays_current_over_the_weekend():
    friday = Quote("KZT", "USD", 0.002088, 0.0, date(2026, 5, 22), "nbk")
    assert not ticker_items([friday], NumberStyle(), date(2026, 5, 25))[0].stale  # Monday
    tuesday = ticker_items([friday], NumberStyle(), date(2026, 5, 26))[0]
    assert tuesday.stale and "publishes on working days" in tuesday.tooltip


def _content(qtbot, database, config: Config, clock: Clock) -> tuple[TickerContent, TickerWidget]:
    strip = TickerWidget(60)
    qtbot.addWidget(strip)
    library = Library(database)
    database.on_close(library.close)  # no connection left for the collector (3.13 warns)
    content = TickerContent(library, (strip,), clock=clock)
    content.reload(config, "No rates")
    return content, strip


def test_rates_turn_stale_at_midnight_without_a_reload(qtbot, filled_database, config):
    clock = Clock(datetime(2024, 8, 20, 12, 0))
    content, strip = _content(qtbot, filled_database, config, clock)
    assert [item.stale for item in strip.items()] == [False] * 5
    timer = content._midnight
    assert timer.isActive()
    assert timer.interval() == (12 * 3600 + 1) * 1000, "a second past midnight"
    clock.now = datetime(2024, 8, 21, 0, 0, 1)
    timer.timeout.emit()
    assert [item.stale for item in strip.items()] == [True] * 5
    assert "out of date" in strip.accessibleDescription()


def test_no_rates_no_midnight_timer(qtbot, database, config):
    content, strip = _content(qtbot, database, config, Clock(datetime(2024, 8, 20, 12, 0)))
    assert strip.items() == []
    assert not content._midnight.isActive()


def _headline_ids(strip: TickerWidget) -> list[int]:
    return [item.payload for item in strip.items() if item.headline]  # type: ignore[misc]


def test_headlines_follow_read_state_in_both_strips(qtbot, filled_database):
    window = MainWindow(
        Library(filled_database), Config(ticker=TickerSettings(headlines=2)), offline=True
    )
    qtbot.addWidget(window)
    qtbot.addWidget(window.compact)
    with qtbot.waitExposed(window):
        window.show()
    before = _headline_ids(window.ticker)
    assert len(before) == 2
    row = window.article_model.row_of(before[0])
    assert row is not None
    window.article_view.setFocus()
    window.article_view.selectRow(row)  # opening it marks it read
    qtbot.waitUntil(lambda: before[0] not in _headline_ids(window.ticker))
    after = _headline_ids(window.ticker)
    assert len(after) == 2 and after[0] == before[1], "the next unread title moves up"
    assert _headline_ids(window.compact.ticker) == after
    qtbot.keyClick(window.article_view, Qt.Key.Key_M)  # toggle read: unread again
    qtbot.waitUntil(lambda: _headline_ids(window.ticker) == before)
    assert _headline_ids(window.compact.ticker) == before


def test_the_rate_popup_says_a_stale_rate_is_out_of_date(qtbot):
    history = [(date(2024, 8, 18), 0.01177), (date(2024, 8, 19), 0.01166)]
    detail = RateDetail(KGS, history, NumberStyle(), today=date(2026, 11, 1))
    qtbot.addWidget(detail)
    text = detail.summary.text()
    assert "<b>Out of date</b>: 804 days old; the source publishes every day" in text
    assert detail.chart.chart.range_days is None, "opens on every stored day"
    assert len(detail.chart.chart.points()) == 2
    current = RateDetail(KGS, history, NumberStyle(), today=date(2024, 8, 20))
    qtbot.addWidget(current)
    assert "Out of date" not in current.summary.text()
    assert current.chart.chart.range_days == 90


def test_spoken_rates_and_tooltips_keep_to_one_locale(qapp):
    """In Russian the rate, its change and the tooltip's exact value all take the decimal
    comma: "0,01166, down 0,99 percent", never "0,01166, down 0.99 percent"."""
    from PySide6.QtCore import QLocale

    from desktop_app.ui.ticker_items import locale_number_style

    previous = QLocale()
    QLocale.setDefault(QLocale("ru_RU"))
    try:
        (item,) = ticker_items([KGS], locale_number_style(), date(2024, 8, 19))
    finally:
        QLocale.setDefault(previous)
    assert "0,01166" in item.accessible_text
    assert "down 0,99 percent" in item.accessible_text
    assert "0.99" not in item.accessible_text
    assert "= 0,01166<br>" in item.tooltip
