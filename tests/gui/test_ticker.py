"""The ticker strip: motion, pause on hover, no timer while hidden, tooltips."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication

from desktop_app.ui.ticker import TickerItem, TickerWidget


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
    ticker.show()
    qtbot.waitExposed(ticker)
    assert ticker.animating
    start = ticker.offset
    qtbot.waitUntil(lambda: ticker.offset != start, timeout=2000)
    ticker.hide()
    assert not ticker.animating, "a hidden ticker must not wake up"


def test_hover_pauses_and_leaving_resumes(qtbot):
    ticker = _ticker(qtbot)
    ticker.show()
    qtbot.waitExposed(ticker)
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
    ticker.show()
    qtbot.waitExposed(ticker)
    assert not ticker.animating
    assert ticker.item_at(10) is None
