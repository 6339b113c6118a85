"""The popup a click on a rate opens: the exact value, its change, the date it is valid for
(and whether that is out of date), its source, and a chart of the days stored (30 days,
90 days, a year, all), each range ending today."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.domain import Quote
from desktop_app.i18n import PLURAL, translate
from desktop_app.rates.freshness import cadence_text, is_stale
from desktop_app.rates.quotes import NumberStyle, format_change, format_value
from desktop_app.ui.rate_chart import RateChartPanel, day_text
from desktop_app.ui.ticker_items import currency_words, provider_words


class RateDetail(QDialog):
    def __init__(
        self,
        quote: Quote,
        history: list[tuple[date, float]],
        style: NumberStyle,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rate-detail")
        self.setWindowTitle(f"{quote.pair} — Caravan")
        self.setModal(False)
        today = today or date.today()
        change = format_change(quote.change_percent, style) or translate(
            "RateDetail", "unknown (no earlier day stored)"
        )
        stale = ""
        if is_stale(quote.provider, quote.valid_on, today):
            age = (today - quote.valid_on).days
            stale = "<br>" + translate(
                "RateDetail",
                "<b>Out of date</b>: %n day(s) old; the source publishes {cadence}, and no newer "
                "rate has been stored",
                None, PLURAL, age).format(cadence=cadence_text(quote.provider))  # fmt: skip
        changed = translate("RateDetail", "Change since the previous day: {change}")
        stored = len(history)
        valid = translate(
            "RateDetail", "Valid for {day} · Source: {source} · %n day(s) stored",
            None, PLURAL, stored)  # fmt: skip
        exact = QLocale().toString(quote.value, "g", 10)
        self.summary = QLabel(
            f"<h2>{quote.pair} {format_value(quote.value, style)}</h2>"
            f"<p>1 {currency_words(quote.base)} = {exact} {quote.quote}<br>"
            f"{changed.format(change=change)}<br>"
            f"{valid.format(day=day_text(quote.valid_on), source=provider_words(quote.provider))}"
            f"{stale}</p>"
        )
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.chart = RateChartPanel(self)
        self.chart.set_history(history, style, quote.pair, today)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 1)
        layout.addWidget(buttons)
