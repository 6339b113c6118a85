"""The rate chart: which days a range shows, round axis values, the day read out under the
pointer, and a line that is really painted, inside the axes only.

The history is the ECB's real 90-day file (2016-12-05 to 2017-03-03, 64 working days): IDR/USD
is a tiny number (about 0.0000747) and USD/IDR a big one (about 13,380), the two shapes the
Central Asian pairs have (UZS/USD 0.00007869, USD/UZS 12,707.57).
"""

from __future__ import annotations

import itertools
import math
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.rates import ecb
from desktop_app.rates.quotes import NumberStyle, format_value
from desktop_app.ui.rate_chart import (
    RateChart,
    RateChartPanel,
    empty_message,
    label_resolution,
    nice_ticks,
    one_day_message,
    visible_points,
)

Point = tuple[date, float]
KGS_USD = [(date(2024, 8, 19) - timedelta(days=n), 0.01166 - n * 0.00000178) for n in range(90)]


def _ecb_series(fixtures_dir: Path, currency: str, in_currency: str) -> list[Point]:
    body = (fixtures_dir / "rates" / "ecb_eurofxref-hist-90d_2017-03-03.xml").read_bytes()
    points = []
    for snapshot in ecb.parse_history(body):
        value = snapshot.price(currency, in_currency)
        if value is not None:
            points.append((snapshot.valid_on, value))
    return points


@pytest.fixture
def idr_usd(fixtures_dir: Path) -> list[Point]:
    return _ecb_series(fixtures_dir, "IDR", "USD")


@pytest.fixture
def usd_idr(fixtures_dir: Path) -> list[Point]:
    return _ecb_series(fixtures_dir, "USD", "IDR")


def _chart(
    qtbot,
    points: list[Point],
    style: NumberStyle | None = None,
    pair: str = "",
    today: date | None = None,
):
    """A chart of ``points`` seen on ``today``: by default the newest point's day."""
    chart = RateChart()
    qtbot.addWidget(chart)
    chart.resize(520, 260)
    newest = max((day for day, _ in points), default=date(2024, 8, 19))
    chart.set_history(points, style or NumberStyle(), pair, today or newest)
    return chart


# -- the arithmetic --------------------------------------------------------------------------
def test_a_range_keeps_the_days_less_than_its_length_before_today(idr_usd):
    newest = date(2017, 3, 3)
    assert len(idr_usd) == 64
    last_30 = visible_points(idr_usd, 30, newest)
    assert last_30 == sorted(last_30)
    assert last_30[-1][0] == newest
    assert all((newest - day).days < 30 for day, _ in last_30)
    assert min(day for day, _ in last_30) == date(2017, 2, 2)  # 29 days before
    assert date(2017, 2, 1) in {day for day, _ in idr_usd}  # 30 days before: left out
    assert len(last_30) == 22
    assert len(visible_points(idr_usd, 90, newest)) == 64
    assert visible_points(idr_usd, 365, newest) == sorted(idr_usd)
    assert visible_points(idr_usd, None, newest) == sorted(idr_usd)


def test_a_range_ends_today_not_at_the_newest_stored_day(idr_usd):
    ten_days_later = date(2017, 3, 13)
    last_30 = visible_points(idr_usd, 30, ten_days_later)
    assert min(day for day, _ in last_30) == date(2017, 2, 13)  # 28 days before today
    assert len(last_30) == 15
    assert visible_points(idr_usd, 30, date(2026, 11, 1)) == []
    assert visible_points(idr_usd, None, date(2026, 11, 1)) == sorted(idr_usd)
    tomorrow = [(date(2026, 4, 25), 75.5273), (date(2026, 4, 24), 75.1)]
    assert visible_points(tomorrow, 30, date(2026, 4, 24)) == sorted(tomorrow), (
        "a rate published ahead is the newest, not left out"
    )


def _ranges(fixtures_dir: Path) -> list[tuple[float, float]]:
    tiny = [value for _, value in _ecb_series(fixtures_dir, "IDR", "USD")]
    big = [value for _, value in _ecb_series(fixtures_dir, "USD", "IDR")]
    kgs = [value for _, value in KGS_USD]
    return [
        (min(tiny), max(tiny)),
        (min(big), max(big)),
        (min(kgs), max(kgs)),
        (0.00007869, 0.00007869),  # UZS/USD, flat
        (12_707.57, 12_707.57),  # USD/UZS, flat
        (5.5, 14.5),
        (0.9, 1.0),
    ]


@pytest.mark.parametrize("case", range(7))
def test_axis_values_cover_the_data_in_one_two_five_steps(fixtures_dir, case):
    low, high = _ranges(fixtures_dir)[case]
    resolution = label_resolution(high)
    ticks = nice_ticks(low, high, 5, resolution)
    assert 4 <= len(ticks) <= 6, ticks
    assert ticks[0] <= low and ticks[-1] >= high
    steps = [b - a for a, b in itertools.pairwise(ticks)]
    step = steps[0]
    assert all(s == pytest.approx(step, rel=1e-6) for s in steps)
    mantissa = step / 10 ** math.floor(math.log10(step) + 1e-9)
    assert any(mantissa == pytest.approx(nice) for nice in (1, 2, 5)), step
    assert all(tick / step == pytest.approx(round(tick / step)) for tick in ticks)
    labels = [format_value(tick) for tick in ticks]
    assert len(set(labels)) == len(labels), f"two ticks print the same: {labels}"


def test_a_flat_series_gets_ticks_around_its_value():
    assert nice_ticks(12_707.57, 12_707.57, 5, 0.01) == pytest.approx(
        [12_707.55, 12_707.56, 12_707.57, 12_707.58, 12_707.59]
    )
    assert nice_ticks(1.0, 1.0) == pytest.approx([0.998, 0.999, 1.0, 1.001, 1.002])


# -- the widget --------------------------------------------------------------------------------
def test_range_buttons_switch_the_days_shown_and_default_to_ninety(qtbot, idr_usd):
    panel = RateChartPanel()
    qtbot.addWidget(panel)
    panel.set_history(idr_usd, NumberStyle(), "IDR/USD", date(2017, 3, 3))
    buttons = {button.text(): button for button in panel.ranges.group.buttons()}
    assert list(buttons) == ["30 days", "90 days", "1 year", "All"]
    assert buttons["90 days"].isChecked() and panel.chart.range_days == 90
    assert len(panel.chart.points()) == 64
    with qtbot.waitExposed(panel):
        panel.show()
    with qtbot.waitSignal(panel.ranges.days_changed) as changed:
        qtbot.mouseClick(buttons["30 days"], Qt.MouseButton.LeftButton)
    assert changed.args == [30]
    assert panel.chart.range_days == 30 and len(panel.chart.points()) == 22
    assert panel.chart.accessibleName().startswith("IDR/USD, 30 days, from ")
    qtbot.mouseClick(buttons["1 year"], Qt.MouseButton.LeftButton)
    assert len(panel.chart.points()) == 64
    assert [b.text() for b in panel.ranges.group.buttons() if b.isChecked()] == ["1 year"]
    with qtbot.waitSignal(panel.ranges.days_changed) as changed:
        qtbot.mouseClick(buttons["All"], Qt.MouseButton.LeftButton)
    assert changed.args == [None] and panel.chart.range_days is None
    assert len(panel.chart.points()) == 64


def test_accessible_name_summarises_the_series(qtbot):
    chart = _chart(qtbot, KGS_USD, pair="KGS/USD")
    assert chart.accessibleName() == "KGS/USD, 90 days, from 0.01150 to 0.01166"
    assert "lowest 0.01150 on 22 May 2024" in chart.accessibleDescription()
    assert "highest 0.01166 on 19 August 2024" in chart.accessibleDescription()


def test_pointer_on_a_day_reads_it_out_and_leaving_hides_it(qtbot, idr_usd):
    chart = _chart(qtbot, idr_usd)
    with qtbot.waitExposed(chart):
        chart.show()
    points = chart.points()
    day, value = points[10]
    assert (day, format_value(value)) == (date(2016, 12, 19), "0.00007464")
    x = round(chart.position_of(10).x())
    assert chart.point_at(x) == points[10]
    assert chart.readout_text() == ""
    qtbot.mouseMove(chart, QPoint(x, chart.height() // 2))
    qtbot.waitUntil(lambda: chart.readout_text() != "")
    assert chart.readout_text() == "19 December 2016  0.00007464"
    QApplication.sendEvent(chart, QEvent(QEvent.Type.Leave))
    assert chart.readout_text() == ""


def test_the_pointer_reads_the_nearer_of_two_days(qtbot, idr_usd):
    chart = _chart(qtbot, idr_usd)
    left, right = chart.position_of(20).x(), chart.position_of(21).x()
    assert chart.point_at(left + (right - left) * 0.4) == chart.points()[20]
    assert chart.point_at(left + (right - left) * 0.6) == chart.points()[21]
    assert chart.point_at(chart.plot_rect().left() - 40) is None


def test_arrow_keys_read_one_day_at_a_time(qtbot, usd_idr):
    chart = _chart(qtbot, usd_idr)
    with qtbot.waitExposed(chart):
        chart.show()
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_End)
    newest_day, newest = chart.points()[-1]
    assert newest_day == date(2017, 3, 3)
    assert chart.readout_text() == f"3 March 2017  {format_value(newest)}"
    assert chart.readout_text() == "3 March 2017  13,382.50"
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.readout_text().startswith("2 March 2017  ")
    assert chart.accessibleDescription() == chart.readout_text()
    qtbot.keyClick(chart, Qt.Key.Key_Escape)
    assert chart.readout_text() == ""
    assert chart.accessibleDescription().startswith("64 days from 5 December 2016 to 3 March 2017;")


def test_axis_labels_use_the_locale_separators(qtbot, usd_idr):
    chart = _chart(qtbot, usd_idr, NumberStyle(decimal_point=",", group_separator="\u00a0"))
    labels = chart.y_tick_labels()
    assert 4 <= len(labels) <= 6
    assert all(label.endswith(",00") and "\u00a0" in label for label in labels), labels
    assert "13\u00a0400,00" in labels


def test_tiny_values_keep_four_significant_digits_on_the_axis(qtbot, idr_usd):
    chart = _chart(qtbot, idr_usd)
    labels = chart.y_tick_labels()
    assert labels[0].startswith("0.0000") and len(labels[0]) == len("0.00007350")
    assert len(set(labels)) == len(labels)


def _matches(image: QImage, x: int, y: int, color: QColor, tolerance: int = 24) -> bool:
    pixel = image.pixelColor(x, y)
    return (
        abs(pixel.red() - color.red())
        + abs(pixel.green() - color.green())
        + abs(pixel.blue() - color.blue())
        <= tolerance
    )


def _dark(chart: RateChart) -> None:
    palette = chart.palette()
    for role, name in (
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Highlight, "#3d8ee6"),
        (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
    ):
        palette.setColor(role, QColor(name))
    chart.setPalette(palette)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_line_is_painted_inside_the_axes_and_nowhere_else(qtbot, usd_idr, dark):
    chart = _chart(qtbot, usd_idr, pair="USD/IDR")
    if dark:
        _dark(chart)
    image = chart.grab().toImage()
    ratio = image.devicePixelRatio()
    line = chart.palette().color(QPalette.ColorRole.Highlight)
    plot = chart.plot_rect().adjusted(-2, -2, 2, 2)  # half the pen reaches past the axes
    inside = outside = 0
    for y in range(image.height()):
        for x in range(image.width()):
            if _matches(image, x, y, line):
                if plot.contains(x / ratio, y / ratio):
                    inside += 1
                else:
                    outside += 1
    assert inside > chart.plot_rect().width(), "a line across the plot, two pixels thick"
    assert outside == 0
    # Every day is on the line: the pixel under each point has the line's colour.
    for index in (0, 20, 40, len(chart.points()) - 1):
        point = chart.position_of(index)
        assert _matches(image, int(point.x() * ratio), int(point.y() * ratio), line, 90), index


def test_empty_history_says_so(qtbot):
    chart = _chart(qtbot, [], pair="KGS/USD")
    with qtbot.waitExposed(chart):
        chart.show()
    image = chart.grab().toImage()
    assert chart.message() == empty_message()
    assert chart.points() == [] and chart.y_ticks() == []
    assert chart.accessibleName() == "KGS/USD, no stored history yet"
    assert chart.point_at(chart.width() / 2) is None
    qtbot.mouseMove(chart, QPoint(chart.width() // 2, chart.height() // 2))
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.readout_text() == ""
    base = chart.palette().color(QPalette.ColorRole.Base)
    middle = image.height() // 2
    written = [x for x in range(image.width()) if not _matches(image, x, middle, base, 0)]
    assert written, "the message is drawn across the middle"
    assert abs((written[0] + written[-1]) / 2 - image.width() / 2) < 10, "and centred"


def test_an_empty_history_disables_the_range_buttons(qtbot):
    panel = RateChartPanel()
    qtbot.addWidget(panel)
    panel.set_history([], NumberStyle())
    assert not panel.ranges.isEnabled()
    panel.set_history(KGS_USD, NumberStyle(), today=date(2024, 8, 19))
    assert panel.ranges.isEnabled()


def test_a_range_with_nothing_in_it_says_so_instead_of_drawing_an_old_line(qtbot):
    """The issue's 2024 rate seen in 2026: "30 days" plots no 2024 point."""
    chart = _chart(qtbot, KGS_USD, pair="KGS/USD", today=date(2026, 11, 1))
    chart.set_range_days(30)
    assert chart.points() == [] and chart.y_ticks() == []
    assert chart.message() == "Nothing in the last 30 days: the newest stored day is 19 August 2024"
    assert chart.accessibleName() == (
        "KGS/USD, nothing in the last 30 days: the newest stored day is 19 August 2024"
    )
    assert chart.point_at(chart.width() / 2) is None
    image = chart.grab().toImage()
    line = chart.palette().color(QPalette.ColorRole.Highlight)
    assert not any(
        _matches(image, x, y, line)
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    ), "no line"
    base = chart.palette().color(QPalette.ColorRole.Base)
    middle = image.height() // 2
    written = [x for x in range(image.width()) if not _matches(image, x, middle, base, 0)]
    assert written, "the message is drawn across the middle"


def test_the_popup_opens_on_every_stored_day_when_the_default_range_is_empty(qtbot):
    panel = RateChartPanel()
    qtbot.addWidget(panel)
    panel.set_history(KGS_USD, NumberStyle(), "KGS/USD", date(2026, 11, 1))
    assert panel.chart.range_days is None and panel.ranges.days() is None
    assert len(panel.chart.points()) == 90
    assert panel.ranges.isEnabled()
    chart = panel.chart
    last = chart.position_of(len(chart.points()) - 1).x()
    assert last == pytest.approx(chart.plot_rect().right() - 6), (
        "every stored day spans the axis, not a sliver of the years since"
    )


def test_the_date_axis_runs_to_today_so_a_line_that_stopped_stops_short(qtbot, idr_usd):
    ten_days_later = date(2017, 3, 13)
    chart = _chart(qtbot, idr_usd, pair="IDR/USD", today=ten_days_later)
    chart.set_range_days(30)
    points = chart.points()
    first, last = chart.position_of(0).x(), chart.position_of(len(points) - 1).x()
    # The axis covers 2017-02-13 .. 2017-03-13 (28 days): the newest point, 2017-03-03,
    # sits 18/28 of the way along, the last ten days empty.
    assert (last - first) / (chart.plot_rect().width() - 12) == pytest.approx(18 / 28, abs=0.01)
    assert "nothing stored since (the range ends 13 March 2017)" in chart.accessibleDescription()


def test_a_single_day_is_drawn_as_a_point_and_said_so(qtbot):
    chart = _chart(qtbot, [(date(2024, 8, 19), 0.01166)], pair="KGS/USD")
    image = chart.grab().toImage()
    assert chart.message() == one_day_message()
    assert chart.accessibleName() == "KGS/USD, one day stored: 0.01166 on 19 August 2024"
    assert chart.y_tick_labels() == ["0.01164", "0.01165", "0.01166", "0.01167", "0.01168"]
    point = chart.position_of(0)
    assert point.x() == pytest.approx(chart.plot_rect().center().x())
    line = chart.palette().color(QPalette.ColorRole.Highlight)
    ratio = image.devicePixelRatio()
    assert _matches(image, int(point.x() * ratio), int(point.y() * ratio), line)
    assert chart.point_at(point.x() + 100) == (date(2024, 8, 19), 0.01166)


def test_a_flat_series_paints_without_dividing_by_zero(qtbot):
    flat = [(date(2024, 8, day), 12_707.57) for day in range(1, 20)]
    chart = _chart(qtbot, flat)
    chart.grab()
    assert len(set(chart.y_tick_labels())) == len(chart.y_ticks()) == 5
    ys = {round(chart.position_of(index).y(), 6) for index in range(len(flat))}
    assert len(ys) == 1 and chart.plot_rect().contains(chart.position_of(0))


def test_days_without_a_finite_value_are_left_out(qtbot):
    chart = _chart(qtbot, [(date(2024, 8, 18), math.nan), (date(2024, 8, 19), 0.01166)])
    assert chart.points() == [(date(2024, 8, 19), 0.01166)]


def test_a_range_of_no_days_is_refused():
    with pytest.raises(ValueError, match="0 days"):
        visible_points(KGS_USD, 0, date(2024, 8, 19))
