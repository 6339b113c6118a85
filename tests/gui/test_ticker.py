"""The ticker strip: motion, pause on hover, no timer while hidden, tooltips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QEnterEvent, QImage
from PySide6.QtWidgets import QApplication

from desktop_app.ui.ticker import PAGE_MS, TickerItem, TickerWidget


def _items() -> list[TickerItem]:
    return [
        TickerItem("KGS/USD 0.01154", "▼ 0.86%", -1, "Kyrgyz som", "Kyrgyz som down"),
        TickerItem("KZT/USD 0.001990", "0.00%", 0, "tenge", "tenge unchanged"),
        TickerItem("TJS/USD 0.09168", "▲ 0.11%", 1, "somoni", "somoni up"),
    ]


def _ticker(qtbot, speed: float = 120) -> TickerWidget:
    ticker = TickerWidget(speed)
    qtbot.addWidget(ticker)
    ticker.resize(300, ticker.sizeHint().height())
    # The offscreen pointer rests at (0, 0): keep the strip away so hovering does not pause it.
    ticker.move(400, 400)
    ticker.set_items(_items())
    return ticker


def test_strip_moves_while_visible_and_stops_when_hidden(qtbot):
    ticker = _ticker(qtbot)
    assert not ticker.animating, "nothing runs before the strip is shown"
    with qtbot.waitExposed(ticker):
        ticker.show()
    assert ticker.animating
    start = ticker.offset
    qtbot.waitUntil(lambda: ticker.offset != start, timeout=2000)
    ticker.hide()
    assert not ticker.animating, "a hidden ticker must not wake up"


def test_hover_pauses_and_leaving_resumes(qtbot):
    ticker = _ticker(qtbot)
    with qtbot.waitExposed(ticker):
        ticker.show()
    QApplication.sendEvent(ticker, QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))
    assert not ticker.animating
    paused_at = ticker.offset
    qtbot.wait(100)
    assert ticker.offset == paused_at
    ticker.leaveEvent(QEnterEvent(QPointF(-1, -1), QPointF(-1, -1), QPointF(-1, -1)))
    assert ticker.animating


def test_new_items_keep_the_offset(qtbot):
    ticker = _ticker(qtbot, speed=0)
    ticker.advance_by(25)
    ticker.set_items(list(reversed(_items())))
    assert ticker.offset == 25


def test_item_under_the_pointer_gives_its_tooltip(qtbot):
    ticker = _ticker(qtbot, speed=0)
    assert ticker.item_at(2) == _items()[0]
    assert "Kyrgyz som down" in ticker.accessibleDescription()


def test_empty_ticker_shows_placeholder_and_does_not_animate(qtbot):
    ticker = TickerWidget(60)
    qtbot.addWidget(ticker)
    ticker.set_items([], "Offline — no rates stored yet")
    with qtbot.waitExposed(ticker):
        ticker.show()
    assert not ticker.animating
    assert ticker.item_at(10) is None


class FakeClock:
    """Nanoseconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 0

    def __call__(self) -> int:
        return self.now


def test_offset_follows_elapsed_time_not_the_number_of_frames(qtbot):
    clock = FakeClock()
    ticker = TickerWidget(120, clock=clock)
    qtbot.addWidget(ticker)
    ticker.resize(300, ticker.sizeHint().height())
    ticker.move(400, 400)
    ticker.set_items(_items())
    with qtbot.waitExposed(ticker):
        ticker.show()
    ticker._timer.stop()  # frames are driven by hand below
    ticker._last_ns = clock.now
    start = ticker.offset
    clock.now += 500_000_000  # half a second in one (slow) frame
    ticker._tick()
    one_frame = ticker.offset - start
    for _ in range(30):  # the next half second in thirty frames
        clock.now += 500_000_000 // 30
        ticker._tick()
    thirty_frames = ticker.offset - start - one_frame
    assert one_frame == pytest.approx(60.0)  # 120 px/s for 0.5 s
    assert thirty_frames == pytest.approx(60.0, abs=0.01)
    ticker._tick()  # a frame with no time passed moves nothing
    assert ticker.offset - start == pytest.approx(120.0, abs=0.01)


def test_the_wrap_is_seamless(qtbot):
    ticker = _ticker(qtbot, speed=0)
    width = ticker._strip_width
    assert width > 0

    def frame(offset: float) -> QImage:
        ticker._offset = offset % width
        return ticker.grab().toImage()

    for offset in (width - 3, width - 1, width, width + 2):
        before, after = frame(offset), frame(offset + 1)
        # One pixel later, every column shows what its right neighbour showed.
        for x in range(1, before.width() - 1):
            for y in range(0, before.height(), 3):
                assert after.pixel(x - 1, y) == before.pixel(x, y), (offset, x, y)


def test_drag_moves_the_strip_and_a_click_opens_the_item(qtbot):
    ticker = _ticker(qtbot, speed=0)
    with qtbot.waitExposed(ticker):
        ticker.show()
    start = ticker.offset
    qtbot.mousePress(ticker, Qt.MouseButton.LeftButton, pos=QPoint(100, 5))
    qtbot.mouseMove(ticker, QPoint(60, 5))
    qtbot.mouseRelease(ticker, Qt.MouseButton.LeftButton, pos=QPoint(60, 5))
    assert ticker.offset == pytest.approx((start + 40) % ticker._strip_width)
    first = ticker.item_at(5)
    assert first is not None
    with qtbot.waitSignal(ticker.item_clicked) as clicked:
        qtbot.mouseClick(ticker, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert clicked.args[0] == first


def test_keyboard_pauses_and_resumes(qtbot):
    ticker = _ticker(qtbot)
    with qtbot.waitExposed(ticker):
        ticker.show()
    assert ticker.animating
    qtbot.keyClick(ticker, Qt.Key.Key_Space)
    assert ticker.paused and not ticker.animating
    qtbot.keyClick(ticker, Qt.Key.Key_Space)
    assert ticker.animating


def test_reduced_motion_shows_still_pages_that_turn_slowly(qtbot):
    ticker = _ticker(qtbot)
    ticker.resize(200, ticker.sizeHint().height())
    ticker.set_reduce_motion(True)
    with qtbot.waitExposed(ticker):
        ticker.show()
    pages = ticker.pages()
    assert len(pages) > 1
    assert ticker.animating and ticker._timer.interval() == PAGE_MS
    assert ticker.item_at(15) == _items()[pages[0][0]]
    ticker._tick()
    assert ticker.item_at(15) == _items()[pages[1][0]]
    ticker.resize(2000, ticker.sizeHint().height())
    assert len(ticker.pages()) == 1
    assert not ticker.animating, "a single page never needs a timer"


def test_a_minimized_window_stops_the_strip(qtbot):
    ticker = _ticker(qtbot)
    with qtbot.waitExposed(ticker):
        ticker.show()
    assert ticker.animating
    ticker.showMinimized()
    qtbot.waitUntil(lambda: not ticker.animating, timeout=2000)
    ticker.showNormal()
    qtbot.waitUntil(lambda: ticker.animating, timeout=2000)
