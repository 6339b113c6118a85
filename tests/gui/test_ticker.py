"""The ticker strip: motion by Qt alone, pause on hover and its mark, no timer while hidden,
stale rates, still pages, tooltips."""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QCursor, QEnterEvent, QGuiApplication, QImage, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop_app.services.library import Library
from desktop_app.ui.compact import CompactTicker
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.theme import focus_colour, rate_colours
from desktop_app.ui.ticker import PAGE_MS, PausedMark, TickerItem, TickerWidget


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


def test_offset_follows_elapsed_time_not_the_number_of_frames(qtbot):
    """A busy moment (here half a second without an event loop) does not slow the strip: the
    first frame after it moves as far as the time that passed, not one frame's step."""
    ticker = _ticker(qtbot, speed=20)  # 10 px in the half second, a round takes ~20 s
    with qtbot.waitExposed(ticker):
        ticker.show()
    qtbot.waitUntil(lambda: ticker.offset > 0, timeout=2000)
    before = ticker.offset
    time.sleep(0.5)
    qtbot.waitUntil(lambda: ticker.offset != before, timeout=2000)
    assert ticker.offset - before >= 0.5 * 20 - 1  # one rounded pixel


def test_the_wrap_is_seamless(qtbot):
    ticker = _ticker(qtbot, speed=0)
    width = ticker.strip_width
    assert width > 0

    def frame(offset: float) -> QImage:
        ticker.seek(offset)
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
    assert ticker.offset == pytest.approx((start + 40) % ticker.strip_width)
    first = ticker.item_at(5)
    assert first is not None
    with qtbot.waitSignal(ticker.item_clicked) as clicked:
        qtbot.mouseClick(ticker, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert clicked.args[0] == first


def test_keyboard_pauses_and_resumes(qtbot):
    ticker = _ticker(qtbot)
    with qtbot.waitExposed(ticker):
        ticker.show()
    assert ticker.animating, "the window's first focus is no one reading the strip"
    qtbot.keyClick(ticker, Qt.Key.Key_P)
    assert ticker.paused and not ticker.animating
    qtbot.keyClick(ticker, Qt.Key.Key_P)
    assert not ticker.paused
    assert not ticker.animating, "it stands still while the keyboard is on it"
    ticker.clearFocus()
    assert ticker.animating


def test_reduced_motion_shows_still_pages_that_turn_slowly(qtbot):
    ticker = _ticker(qtbot)
    ticker.resize(200, ticker.sizeHint().height())
    ticker.set_reduce_motion(True)
    with qtbot.waitExposed(ticker):
        ticker.show()
    pages = ticker.pages()
    assert len(pages) > 1
    assert ticker.animating and ticker._page_timer.interval() == PAGE_MS
    assert ticker.item_at(15) == _items()[pages[0][0]]
    ticker._turn_page()
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


def _calls_into_caravan_while(qtbot, condition) -> list[str]:
    """The functions of Caravan's own code called while the event loop runs until
    ``condition`` holds."""
    calls: list[str] = []

    def profile(frame, event, _arg) -> None:
        if event == "call" and "desktop_app" in frame.f_code.co_filename:
            calls.append(f"{Path(frame.f_code.co_filename).name}:{frame.f_code.co_name}")

    sys.setprofile(profile)
    try:
        qtbot.waitUntil(condition, timeout=3000)
    finally:
        sys.setprofile(None)
    return calls


def test_the_compact_strip_scrolls_without_running_python(qtbot):
    """Every frame is Qt's own work: the strip scrolls ten pixels and none of Caravan's code
    runs meanwhile (no timer slot, no paint event, no event filter)."""
    strip = CompactTicker(120, reduce_motion=False)
    qtbot.addWidget(strip)
    strip.ticker.set_items(_items(), "")
    # The strip spans its screen's top edge: the pointer (where an earlier test left it) would
    # pause it on hover.
    QCursor.setPos(QGuiApplication.primaryScreen().geometry().center())
    with qtbot.waitExposed(strip):
        strip.show()
    surface = strip.ticker.painting_widgets()[1]
    qtbot.waitUntil(lambda: strip.ticker.animating and surface.isVisible(), timeout=2000)
    start = surface.x()
    calls = _calls_into_caravan_while(qtbot, lambda: surface.x() <= start - 10)
    assert calls == []


def test_the_windows_ticker_scrolls_without_running_python(qtbot, filled_database, config):
    window = MainWindow(Library(filled_database), config, offline=True)
    qtbot.addWidget(window)
    qtbot.addWidget(window.compact)
    window.move(300, 300)  # away from the offscreen pointer, which would pause the strip
    with qtbot.waitExposed(window):
        window.show()
    window.ticker_mode.follow_desktop_motion()  # as after the first paint: motion allowed
    surface = window.ticker.painting_widgets()[1]
    qtbot.waitUntil(lambda: window.ticker.animating, timeout=2000)
    start = surface.x()
    calls = _calls_into_caravan_while(qtbot, lambda: surface.x() <= start - 10)
    assert calls == []


def test_a_paused_strip_shows_and_says_that_it_is_paused(qtbot):
    ticker = _ticker(qtbot)
    with qtbot.waitExposed(ticker):
        ticker.show()
    mark = ticker.findChild(PausedMark)
    assert mark is not None and not mark.isVisible()
    moving = ticker.grab().toImage()
    ticker.set_paused(True)
    assert ticker.paused and not ticker.animating
    assert mark.isVisible() and mark.accessibleName() == "Paused"
    assert mark.geometry().right() == ticker.rect().right(), "at the strip's right end"
    assert ticker.accessibleDescription().startswith("Paused (P or Ctrl+Shift+P resumes). ")
    assert "Kyrgyz som down" in ticker.accessibleDescription()
    paused = ticker.grab().toImage()
    ink = mark.palette().color(QPalette.ColorRole.ButtonText)
    region = mark.geometry()
    inked = [
        (x, y)
        for x in range(region.left(), region.right())
        for y in range(region.top(), region.bottom())
        if paused.pixelColor(x, y) == ink and moving.pixelColor(x, y) != ink
    ]
    assert len(inked) > 20, "the bars and the word are drawn"
    ticker.set_paused(False)
    assert not mark.isVisible() and ticker.animating
    assert not ticker.accessibleDescription().startswith("Paused")


def test_a_paused_empty_strip_shows_only_its_placeholder(qtbot):
    ticker = TickerWidget(60)
    qtbot.addWidget(ticker)
    ticker.set_items([], "Offline — no rates stored yet")
    ticker.set_paused(True)
    with qtbot.waitExposed(ticker):
        ticker.show()
    mark = ticker.findChild(PausedMark)
    assert mark is not None and not mark.isVisible()


def _stale_items() -> list[TickerItem]:
    fresh, _, _ = _items()
    stale = TickerItem(
        "KZT/USD 0.002088",
        "▼ 0.99%",
        -1,
        "tenge",
        "tenge, out of date: the rate of 19 August 2024",
        as_of="19 Aug 2024",
    )
    return [fresh, stale]


def _colours_in(image: QImage, left: int, right: int) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(max(0, left), min(image.width(), right))
        for y in range(image.height())
    }


def test_a_stale_rate_is_drawn_muted_with_its_date(qtbot):
    ticker = TickerWidget(0)
    qtbot.addWidget(ticker)
    ticker.resize(800, ticker.sizeHint().height())
    fresh, stale = _stale_items()
    ticker.set_items([fresh, replace(stale, as_of="")])
    undated = ticker.strip_width
    ticker.set_items([fresh, stale])
    assert ticker.strip_width > undated, "the date takes room after the rate"
    image = ticker.grab().toImage()
    (fresh_start, fresh_end), (stale_start, stale_end) = ticker._spans
    text = ticker.palette().color(QPalette.ColorRole.Text).name()
    down = rate_colours(ticker.palette())[-1].name()
    fresh_colours = _colours_in(image, fresh_start, fresh_end)
    stale_colours = _colours_in(image, stale_start, stale_end)
    assert text in fresh_colours and down in fresh_colours
    assert text not in stale_colours, "no part of a stale rate in the rates' colour"
    assert down not in stale_colours, "nor its old change in red"
    assert ticker.item_at(stale_end - 2) == stale, "the date belongs to the item"
    assert "out of date: the rate of 19 August 2024" in ticker.accessibleDescription()


def test_reduced_motion_pages_end_with_their_last_item(qtbot):
    ticker = _ticker(qtbot)
    ticker.resize(420, ticker.sizeHint().height())
    ticker.set_reduce_motion(True)
    with qtbot.waitExposed(ticker):
        ticker.show()
    first, end = ticker.pages()[0]
    assert end < len(_items()), "more than one page"
    image = ticker.grab().toImage()
    base = ticker.palette().color(QPalette.ColorRole.Base).name()
    page_end = 10 + ticker._spans[end - 1][1] - ticker._spans[first][0]
    assert _colours_in(image, page_end + 2, image.width()) == {base}, "no stray '·'"
    assert _colours_in(image, 10, page_end) != {base}


def test_the_wheel_moves_the_strip_or_turns_pages(qtbot):
    ticker = _ticker(qtbot, speed=0)
    with qtbot.waitExposed(ticker):
        ticker.show()
    start = ticker.offset

    def wheel(notches: int) -> None:
        event = QWheelEvent(
            QPointF(5, 5),
            QPointF(ticker.mapToGlobal(QPoint(5, 5))),
            QPoint(),
            QPoint(0, 120 * notches),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(ticker, event)

    wheel(-1)
    assert ticker.offset == (start + 40) % ticker.strip_width
    wheel(1)
    assert ticker.offset == start % ticker.strip_width
    ticker.resize(200, ticker.sizeHint().height())
    ticker.set_reduce_motion(True)
    pages = ticker.pages()
    assert ticker.item_at(15) == _items()[pages[0][0]]
    wheel(-1)
    assert ticker.item_at(15) == _items()[pages[1][0]]


def _ring_pixels(ticker: TickerWidget) -> set[tuple[int, int]]:
    """Where the strip shows the focus colour."""
    image = ticker.grab().toImage()
    ring = focus_colour(ticker.palette()).name()
    return {
        (x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).name() == ring
    }


@pytest.mark.parametrize("reduce_motion", [False, True])
def test_the_keyboard_walks_the_items_and_opens_one(qtbot, reduce_motion):
    """Tab (here: a keyboard focus) stops the strip and rings an item; Left and Right move
    the ring from item to item, bringing each into view; Enter or Space opens it."""
    ticker = _ticker(qtbot, speed=120)
    ticker.set_reduce_motion(reduce_motion)
    with qtbot.waitExposed(ticker):
        ticker.show()
    ticker.clearFocus()
    qtbot.waitUntil(lambda: ticker.animating)
    assert not _ring_pixels(ticker), "no ring without the keyboard"
    ticker.setFocus(Qt.FocusReason.TabFocusReason)
    assert not ticker.animating, "the strip stands still to be read"
    first = ticker.current_index
    assert first is not None
    ringed = _ring_pixels(ticker)
    assert len(ringed) > 50, "the current item is ringed"
    spoken: list[int] = []
    ticker.current_changed.connect(spoken.append)
    for step in range(1, 4):
        qtbot.keyClick(ticker, Qt.Key.Key_Right)
        index = (first + step) % 3
        assert ticker.current_index == index
        rect = ticker.item_rect(index)
        assert rect.left() >= 0 and rect.right() < ticker.width(), "the item is in view"
        ring = _ring_pixels(ticker)
        assert ring and min(x for x, _ in ring) < rect.left() < max(x for x, _ in ring)
    assert spoken == [(first + 1) % 3, (first + 2) % 3, first]
    qtbot.keyClick(ticker, Qt.Key.Key_Left)
    with qtbot.waitSignal(ticker.item_clicked) as opened:
        qtbot.keyClick(ticker, Qt.Key.Key_Return)
    assert opened.args[0] == _items()[(first - 1) % 3]
    with qtbot.waitSignal(ticker.item_clicked) as opened:
        qtbot.keyClick(ticker, Qt.Key.Key_Space)
    assert opened.args[0] == _items()[(first - 1) % 3]
    ticker.clearFocus()
    assert ticker.animating and ticker.current_index is None
    assert not _ring_pixels(ticker)


def test_a_click_does_not_stop_the_strip_for_the_keyboard(qtbot):
    ticker = _ticker(qtbot)
    with qtbot.waitExposed(ticker):
        ticker.show()
    ticker.setFocus(Qt.FocusReason.MouseFocusReason)
    assert ticker.animating and ticker.current_index is None
    qtbot.keyClick(ticker, Qt.Key.Key_Right)
    assert not ticker.animating and ticker.current_index is not None, "a key takes over"


def test_a_new_speed_keeps_the_strip_where_it_stands(qtbot):
    """The settings dialog changes the speed of a moving strip: no jump, and a round of
    the strip then takes its width over the new speed."""
    ticker = _ticker(qtbot, speed=60)
    with qtbot.waitExposed(ticker):
        ticker.show()
    ticker.set_paused(True)
    ticker.seek(70)
    ticker.speed = 120
    assert ticker.offset == 70
    assert ticker._motion.duration() == round(ticker.strip_width / 120 * 1000)
    ticker.set_paused(False)
    assert ticker.animating
    assert abs(ticker.offset - 70) <= 1, "resumed where it stood"
