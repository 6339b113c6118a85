"""A line chart of one currency pair's stored days, painted with QPainter.

PySide6-Essentials has no QtCharts, and the chart needs little: a y axis of round values, a few
dates, one line and a readout of the day under the pointer (or chosen with the arrow keys).
Every number goes through ``format_value`` so the axis reads like the ticker, and every colour
comes from the palette so light and dark themes both work. The arithmetic (which days a range
shows, which values the axis labels) lives in plain functions that tests call directly.

A range ends today, not at the newest stored day: "30 days" shows the last thirty days up to
today, and the date axis runs to today, so a rate that stopped coming shows as a line that
stops short, and a range with nothing in it says so instead of drawing an old line. "All" is
every stored day, its axis from the first to the newest: an old series stays readable.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop_app.i18n import PLURAL, translate
from desktop_app.rates.quotes import NumberStyle, format_value

# The ranges offered, in days; None is every stored day.
RANGES: tuple[int | None, ...] = (30, 90, 365, None)
DEFAULT_RANGE_DAYS = 90


def empty_message() -> str:
    return translate("RateChart", "No stored history yet")


def one_day_message() -> str:
    return translate("RateChart", "one day stored")


def day_text(day: date) -> str:
    """A day as the interface's language writes it in full (``19 August 2024``)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


Y_TICKS = 5  # the axis gets four to six labels
_PAD = 8  # pixels between the labels and the plot, and around the widget's edge
_INSET = 6  # the first and last day sit this far inside the plot, off the axis line
_POINTER_REACH = 12  # how far outside the plot the pointer still reads the nearest day

Point = tuple[date, float]


def range_title(days: int | None) -> str:
    """``"90 days"``, ``"1 year"``, ``"All"``: what the buttons and the accessible name say."""
    if days is None:
        return translate("RateChart", "All")
    if days == 365:
        return translate("RateChart", "1 year")
    return translate("RateChart", "%n days", None, PLURAL, days)


def visible_points(points: Sequence[Point], days: int | None, today: date) -> list[Point]:
    """The points of the ``days`` days up to ``today``, oldest first (every point for None).

    Today counts as the first: ``days=30`` keeps the dates from 29 days ago on. A date after
    today (the Bank of Russia publishes tomorrow's rate) stays in: it is the newest rate.
    """
    if days is not None and days < 1:
        raise ValueError(f"a range of {days} days shows nothing")
    ordered = sorted(points)
    if days is None:
        return ordered
    return [point for point in ordered if (today - point[0]).days < days]


def empty_range_message(days: int | None, newest: date) -> str:
    """What a range with nothing in it says: which range, and when the newest stored day is."""
    return translate(
        "RateChart", "Nothing in the last {range}: the newest stored day is {day}"
    ).format(range=range_title(days), day=day_text(newest))


def nice_ticks(low: float, high: float, count: int = Y_TICKS, min_step: float = 0.0) -> list[float]:
    """``count - 1`` to ``count + 1`` evenly spaced round values, the first ≤ ``low`` and the
    last ≥ ``high``; consecutive values are 1, 2 or 5 × 10^k apart.

    ``min_step`` is the finest difference the labels can show (ticks closer than that would
    print the same text). A flat series (``low == high``) gets ticks around its value.
    """
    if not (math.isfinite(low) and math.isfinite(high)):
        raise ValueError(f"no ticks for {low}..{high}")
    if count < 3:
        raise ValueError("an axis needs at least three ticks to read")
    low, high = min(low, high), max(low, high)
    if high == low:
        pad = (min_step or abs(low) * 1e-3 or 1.0) * (count - 1) / 2
        low, high = low - pad, high + pad
    raw = max((high - low) / (count - 1), min_step)
    exponent = math.floor(math.log10(raw)) - 1
    while True:
        for mantissa in (1, 2, 5):
            step = mantissa * 10.0**exponent
            if step < min_step * (1 - 1e-9):
                continue
            first = math.floor(low / step + 1e-9)
            last = math.ceil(high / step - 1e-9)
            if last - first <= count:  # count + 1 ticks at most
                return _fill_ticks(first, last, step, exponent, low, high, count)
        exponent += 1


def _fill_ticks(
    first: int, last: int, step: float, exponent: int, low: float, high: float, count: int
) -> list[float]:
    # The step chosen is the finest that gives at most count + 1 ticks, so the one before it
    # gave more: this one leaves at least count - 2, and one more tick makes count - 1.
    while last - first < count - 2:
        below_room, above_room = low - first * step, last * step - high
        if below_room <= above_room and not (first <= 0 < low / step):
            first -= 1
        else:
            last += 1
    decimals = max(0, -exponent)
    return [round(k * step, decimals) for k in range(first, last + 1)]


def label_resolution(value: float) -> float:
    """The smallest difference ``format_value`` shows near ``value`` (0.01 for 12,707.57,
    0.00000001 for 0.00007869): axis ticks closer than that would print the same label."""
    decimals = format_value(abs(value)).partition(".")[2]
    return 10.0 ** -len(decimals)


def date_ticks(first: date, last: date, max_count: int) -> list[date]:
    """Round dates from ``first`` to ``last`` for the x axis, at most ``max_count`` of them:
    every day or second day, Mondays, every other Monday, then month starts."""
    first, last = min(first, last), max(first, last)
    if first == last or max_count < 2:
        return [first]
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    candidates: list[list[date]] = [
        [day for day in days if day.toordinal() % step == remainder]
        for step, remainder in ((1, 0), (2, 0), (7, 1), (14, 1))  # ordinal 1 was a Monday
    ]
    candidates += [
        [day for day in days if day.day == 1 and (day.month - 1) % months == 0]
        for months in (1, 2, 3, 6, 12)
    ]
    for ticks in candidates:
        if 0 < len(ticks) <= max_count:
            return ticks
    return [first]


class RateChart(QWidget):
    """The stored days of one pair as a line over a value axis and a date axis.

    ``set_history`` gives all stored days and today's date, ``set_range_days`` chooses how
    many days up to today the chart shows. Moving the pointer (or Left/Right, Home/End) reads
    out one day.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rate-chart")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._history: list[Point] = []
        self._points: list[Point] = []
        self._style = NumberStyle()
        self._pair = ""
        self._days: int | None = DEFAULT_RANGE_DAYS
        self._today = date.today()
        self._end = self._today  # where the date axis ends: today, or a day published ahead
        self._ticks: list[float] = []
        self._hovered: int | None = None
        self._describe()

    # -- content ---------------------------------------------------------------------------
    def set_history(
        self,
        points: Sequence[Point],
        style: NumberStyle,
        pair: str = "",
        today: date | None = None,
    ) -> None:
        """All stored days of ``pair`` (any order); days without a finite value are left out.
        The ranges end ``today`` (the local date when not given)."""
        self._history = sorted(point for point in points if math.isfinite(point[1]))
        self._style = style
        self._pair = pair
        self._today = today or date.today()
        self._refresh()

    def set_range_days(self, days: int | None) -> None:
        """Show the ``days`` days up to today (30, 90 or 365), or every stored day (None)."""
        if days is not None and days < 1:
            raise ValueError(f"a range of {days} days shows nothing")
        self._days = days
        self._refresh()

    @property
    def range_days(self) -> int | None:
        return self._days

    @property
    def stored_days(self) -> int:
        """How many days are stored, whichever range is shown."""
        return len(self._history)

    def points(self) -> list[Point]:
        """The points the chart shows, oldest first."""
        return list(self._points)

    def message(self) -> str:
        """What the chart says instead of (or next to) a line: empty history, an empty range,
        a single day."""
        if not self._history:
            return empty_message()
        if not self._points:
            return empty_range_message(self._days, self._history[-1][0])
        return one_day_message() if len(self._points) == 1 else ""

    def y_ticks(self) -> list[float]:
        return list(self._ticks)

    def y_tick_labels(self) -> list[str]:
        return [format_value(tick, self._style) for tick in self._ticks]

    def _refresh(self) -> None:
        self._points = visible_points(self._history, self._days, self._today)
        if not self._points:
            self._end = self._today
        elif self._days is None:  # "All" is what is stored: its axis ends with the newest day
            self._end = self._points[-1][0]
        else:
            self._end = max(self._today, self._points[-1][0])
        if self._points:
            values = [value for _, value in self._points]
            low, high = min(values), max(values)
            resolution = label_resolution(max(abs(low), abs(high)))
            self._ticks = nice_ticks(low, high, Y_TICKS, resolution)
        else:
            self._ticks = []
        self._hovered = None
        self._describe()
        self.update()

    def _describe(self) -> None:
        prefix = f"{self._pair}, " if self._pair else ""
        if not self._points:
            message = self.message()
            self.setAccessibleName(f"{prefix}{message[0].lower()}{message[1:]}")
            self.setAccessibleDescription("")
            return
        first, last = self._points[0], self._points[-1]
        if len(self._points) == 1:
            one_day = translate("RateChart", "{message}: {value} on {day}").format(
                message=one_day_message(), value=self._format(first[1]), day=day_text(first[0])
            )
            self.setAccessibleName(prefix + one_day)
            self.setAccessibleDescription("")
            return
        span = translate("RateChart", "{range}, from {first} to {last}").format(
            range=range_title(self._days),
            first=self._format(first[1]),
            last=self._format(last[1]),
        )
        self.setAccessibleName(prefix + span)
        lowest = min(self._points, key=lambda point: point[1])
        highest = max(self._points, key=lambda point: point[1])
        count = len(self._points)
        days = translate("RateChart", "%Ln days from {first} to {last}", None, PLURAL, count)
        description = days.format(first=day_text(first[0]), last=day_text(last[0]))
        if last[0] < self._end:
            description += translate(
                "RateChart", ", nothing stored since (the range ends {day})"
            ).format(day=day_text(self._end))
        description += translate(
            "RateChart",
            "; lowest {lowest} on {lowest_day}, highest {highest} on {highest_day}. "
            "Left and Right read one day at a time.",
        ).format(
            lowest=self._format(lowest[1]),
            lowest_day=day_text(lowest[0]),
            highest=self._format(highest[1]),
            highest_day=day_text(highest[0]),
        )
        self.setAccessibleDescription(description)

    def _format(self, value: float) -> str:
        return format_value(value, self._style)

    # -- geometry ----------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 180)

    def plot_rect(self) -> QRectF:
        """The area inside the axes, in widget coordinates."""
        metrics = QFontMetrics(self.font())
        label_width = max(
            (metrics.horizontalAdvance(label) for label in self.y_tick_labels()), default=0
        )
        left = _PAD + label_width + _PAD
        top = self._header_height() + metrics.height() / 2
        bottom = self.height() - _PAD - metrics.height() - _PAD / 2
        right = self.width() - _PAD - metrics.horizontalAdvance("0000") / 2
        return QRectF(left, top, max(1.0, right - left), max(1.0, bottom - top))

    def _header_height(self) -> float:
        """The strip above the plot that holds the readout, so it never covers the line."""
        return _PAD / 2 + QFontMetrics(self.font()).height() + _PAD

    def position_of(self, index: int) -> QPointF:
        """Where the ``index``-th shown point is drawn."""
        day, value = self._points[index]
        return QPointF(self._x_of(day), self._y_of(value))

    def _x_of(self, day: date) -> float:
        plot = self.plot_rect().adjusted(_INSET, 0, -_INSET, 0)
        first, last = self._points[0][0], self._end
        if first == last:
            return plot.center().x()
        return plot.left() + (day - first).days / (last - first).days * plot.width()

    def _y_of(self, value: float) -> float:
        plot = self.plot_rect()
        low, high = self._ticks[0], self._ticks[-1]
        return plot.bottom() - (value - low) / (high - low) * plot.height()

    def _index_at(self, x: float) -> int | None:
        if not self._points:
            return None
        plot = self.plot_rect()
        if not plot.left() - _POINTER_REACH <= x <= plot.right() + _POINTER_REACH:
            return None
        xs = [self._x_of(day) for day, _ in self._points]
        after = bisect.bisect_left(xs, x)
        if after == 0:
            return 0
        if after == len(xs):
            return len(xs) - 1
        return after if xs[after] - x < x - xs[after - 1] else after - 1

    def point_at(self, x: float) -> Point | None:
        """The shown day nearest to ``x`` (widget pixels), None off the plot or when empty."""
        index = self._index_at(x)
        return None if index is None else self._points[index]

    def readout_text(self) -> str:
        """``"19 August 2024  0.01166"`` for the day being read out, empty when there is none."""
        if self._hovered is None:
            return ""
        day, value = self._points[self._hovered]
        return f"{day_text(day)}  {self._format(value)}"

    def _set_hovered(self, index: int | None) -> None:
        if index != self._hovered:
            self._hovered = index
            self.update()

    # -- input -------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._set_hovered(self._index_at(event.position().x()))

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hovered(None)
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._points:
            super().keyPressEvent(event)
            return
        last = len(self._points) - 1
        current = self._hovered
        key = event.key()
        if key == Qt.Key.Key_Left:
            self._set_hovered(last if current is None else max(0, current - 1))
        elif key == Qt.Key.Key_Right:
            self._set_hovered(last if current is None else min(last, current + 1))
        elif key == Qt.Key.Key_Home:
            self._set_hovered(0)
        elif key == Qt.Key.Key_End:
            self._set_hovered(last)
        elif key == Qt.Key.Key_Escape and current is not None:
            self._set_hovered(None)
        else:
            super().keyPressEvent(event)
            return
        if self._hovered is None:
            self._describe()
        else:
            self.setAccessibleDescription(self.readout_text())

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if not self._points:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRectF(self.rect()).adjusted(_PAD, _PAD, -_PAD, -_PAD),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.message(),
            )
            return
        plot = self.plot_rect()
        self._paint_value_axis(painter, plot)
        self._paint_date_axis(painter, plot)
        self._paint_line(painter)
        if self._hovered is None:
            self._paint_span(painter, plot)
        else:
            self._paint_readout(painter, plot, self._hovered)

    def _faint(self, alpha: int) -> QColor:
        color = QColor(self.palette().color(QPalette.ColorRole.Text))
        color.setAlpha(alpha)
        return color

    def _paint_value_axis(self, painter: QPainter, plot: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        text = self.palette().color(QPalette.ColorRole.Text)
        for tick, label in zip(self._ticks, self.y_tick_labels(), strict=True):
            y = round(self._y_of(tick)) + 0.5  # a crisp one-pixel line
            painter.setPen(QPen(self._faint(36), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            box = QRectF(_PAD, y - metrics.height() / 2, plot.left() - 2 * _PAD, metrics.height())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )
        painter.setPen(QPen(self._faint(110), 1))
        left = round(plot.left()) + 0.5
        painter.drawLine(QPointF(left, plot.top()), QPointF(left, plot.bottom()))

    def _paint_date_axis(self, painter: QPainter, plot: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        locale = self.locale()
        widest = max(
            metrics.horizontalAdvance(locale.toString(QDate(2024, 9, 28), layout))
            for layout in ("d MMM", "MMM yyyy")
        )
        first, last = self._points[0][0], self._end
        ticks = date_ticks(first, last, max(2, int(plot.width() // (widest + 2 * _PAD))))
        layout = "MMM yyyy" if all(day.day == 1 for day in ticks) and len(ticks) > 1 else "d MMM"
        bottom = round(plot.bottom()) + 0.5
        painter.setPen(QPen(self._faint(110), 1))
        painter.drawLine(QPointF(plot.left(), bottom), QPointF(plot.right(), bottom))
        text = self.palette().color(QPalette.ColorRole.Text)
        for day in ticks:
            x = round(self._x_of(day)) + 0.5
            painter.setPen(QPen(self._faint(110), 1))
            painter.drawLine(QPointF(x, bottom), QPointF(x, bottom + 4))
            label = locale.toString(QDate(day.year, day.month, day.day), layout)
            width = metrics.horizontalAdvance(label)
            left = min(max(x - width / 2, _PAD / 2), self.width() - _PAD / 2 - width)
            painter.setPen(text)
            painter.drawText(QPointF(left, bottom + 4 + metrics.ascent() + 2), label)

    def _paint_line(self, painter: QPainter) -> None:
        color = self.palette().color(QPalette.ColorRole.Highlight)
        if len(self._points) == 1:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(self.position_of(0), 4, 4)
            return
        path = QPainterPath(self.position_of(0))
        for index in range(1, len(self._points)):
            path.lineTo(self.position_of(index))
        pen = QPen(color, 2)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _header_box(self, plot: QRectF) -> QRectF:
        return QRectF(plot.left(), _PAD / 2, plot.width(), self._header_height() - _PAD)

    def _paint_span(self, painter: QPainter, plot: QRectF) -> None:
        """While nothing is read out the strip says which days the line covers."""
        first, last = self._points[0][0], self._points[-1][0]
        span = (
            f"{one_day_message()}, {day_text(last)}"
            if first == last
            else f"{day_text(first)} – {day_text(last)}"
        )
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            self._header_box(plot), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, span
        )

    def _paint_readout(self, painter: QPainter, plot: QRectF, index: int) -> None:
        palette = self.palette()
        point = self.position_of(index)
        x = round(point.x()) + 0.5
        text = self.readout_text()
        box = self._header_box(plot)
        box.setWidth(QFontMetrics(self.font()).horizontalAdvance(text) + 2 * _PAD)
        box.moveLeft(min(max(x - box.width() / 2, _PAD / 2), self.width() - _PAD / 2 - box.width()))
        painter.setPen(QPen(self._faint(140), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, box.bottom()), QPointF(x, plot.bottom()))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 2))
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawEllipse(point, 4.5, 4.5)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.ToolTipBase))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(palette.color(QPalette.ColorRole.ToolTipText))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class RangeSelector(QWidget):
    """Checkable buttons, "30 days", "90 days", "1 year", "All", one of them always checked."""

    days_changed = Signal(object)  # int | None: None for every stored day

    def __init__(
        self, days: int | None = DEFAULT_RANGE_DAYS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rate-range")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addStretch(1)
        for index, range_days in enumerate(RANGES):
            title = range_title(range_days)
            button = QPushButton(title, self)
            button.setCheckable(True)
            button.setAccessibleName(
                translate("RateChart", "Show every stored day")
                if range_days is None
                else translate("RateChart", "Show the last {range}").format(range=title)
            )
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.set_days(days)
        self.group.idToggled.connect(self._toggled)

    def days(self) -> int | None:
        return RANGES[self.group.checkedId()]

    def set_days(self, days: int | None) -> None:
        if days not in RANGES:
            raise ValueError(f"no range of {days} days; choose from {RANGES}")
        self.group.button(RANGES.index(days)).setChecked(True)

    def _toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.days_changed.emit(RANGES[index])


class RateChartPanel(QWidget):
    """The range buttons above the chart, wired together: what the rate popup embeds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ranges = RangeSelector(DEFAULT_RANGE_DAYS, self)
        self.chart = RateChart(self)
        self.chart.set_range_days(self.ranges.days())
        self.ranges.days_changed.connect(self.chart.set_range_days)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ranges)
        layout.addWidget(self.chart, 1)

    def set_history(
        self,
        points: Sequence[Point],
        style: NumberStyle,
        pair: str = "",
        today: date | None = None,
    ) -> None:
        """The popup opens on the default range, or on every stored day when that range
        holds none (a rate that stopped coming long ago still shows its line)."""
        self.chart.set_history(points, style, pair, today)
        if not self.chart.points() and self.chart.stored_days:
            self.ranges.set_days(None)
        self.ranges.setEnabled(self.chart.stored_days > 0)
