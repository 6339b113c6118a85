"""Quotes → ticker items, with the user's locale separators and words for screen readers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from desktop_app.domain import ArticleSummary, Quote
from desktop_app.rates.currencies import currency_name
from desktop_app.rates.freshness import cadence_text, is_stale
from desktop_app.rates.providers import provider_title
from desktop_app.rates.quotes import (
    NumberStyle,
    direction,
    format_change,
    format_value,
    rounded_change,
)
from desktop_app.ui.ticker import TickerItem


def locale_number_style(locale: QLocale | None = None) -> NumberStyle:
    locale = locale or QLocale()
    return NumberStyle(decimal_point=locale.decimalPoint(), group_separator=locale.groupSeparator())


def ticker_items(quotes: list[Quote], style: NumberStyle, today: date) -> list[TickerItem]:
    return [_item(quote, style, today) for quote in quotes]


def _item(quote: Quote, style: NumberStyle, today: date) -> TickerItem:
    value = format_value(quote.value, style)
    change = format_change(quote.change_percent, style)
    source = provider_title(quote.provider)
    age = (today - quote.valid_on).days
    as_of = quote.valid_on.isoformat() + (f" ({age} days ago)" if age > 1 else "")
    change_line = (
        f"Change since the previous day: {change}"
        if change
        else "Change: unknown (no earlier rate stored)"
    )
    stale = is_stale(quote.provider, quote.valid_on, today)
    tooltip = (
        f"<b>{quote.pair}</b> = {QLocale().toString(quote.value, 'g', 10)}<br>"
        f"1 {currency_name(quote.base)} = {value} {quote.quote}<br>"
        f"{change_line}<br>Valid for {as_of}<br>Source: {source}"
    )
    if stale:
        tooltip += (
            f"<br><b>Out of date</b>: the source publishes {cadence_text(quote.provider)}, "
            "and no newer rate has been stored"
        )
    spoken = f"{currency_name(quote.base)} to {currency_name(quote.quote)} {value}"
    if quote.change_percent is not None:
        shown = rounded_change(quote.change_percent)
        if shown:
            amount = QLocale().toString(abs(shown), "f", 2)  # the value's separators too
            spoken += f", {'up' if shown > 0 else 'down'} {amount} percent"
        else:
            spoken += ", unchanged"
    if stale:
        spoken += f", out of date: the rate of {_spoken_day(quote.valid_on)}"
    return TickerItem(
        label=f"{quote.pair} {value}",
        change=change,
        direction=direction(quote.change_percent),
        tooltip=tooltip + "<br><i>Click for the detail</i>",
        accessible_text=spoken,
        payload=quote,
        as_of=_short_day(quote.valid_on, today) if stale else "",
    )


def _short_day(day: date, today: date) -> str:
    """``"19 Aug"`` this year, ``"19 Aug 2024"`` before, in the user's language."""
    layout = "d MMM" if day.year == today.year else "d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), layout)


def _spoken_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


HEADLINE_CHARACTERS = 70


def headline_items(summaries: list[ArticleSummary]) -> list[TickerItem]:
    """Newest unread titles, shortened; a click opens the article (payload: its id)."""
    from html import escape  # here: html loads its 75 KB entity table, and headlines are opt-in

    items = []
    for summary in summaries:
        title = summary.title or "(untitled)"
        short = (
            title if len(title) <= HEADLINE_CHARACTERS else title[: HEADLINE_CHARACTERS - 1] + "…"
        )
        items.append(
            TickerItem(
                label=short,
                change="",
                direction=0,
                tooltip=f"<b>{escape(title)}</b><br>{escape(summary.feed_title)}"
                "<br><i>Click to read</i>",
                accessible_text=f"Headline: {title}, from {summary.feed_title}",
                payload=summary.id,
                headline=True,
            )
        )
    return items


def interleave_headlines(rates: list[TickerItem], headlines: list[TickerItem]) -> list[TickerItem]:
    """One headline after each run of rates, spread evenly: the numbers stay the strip's
    main content."""
    if not headlines:
        return rates
    if not rates:
        return headlines
    every = max(1, len(rates) // len(headlines))
    mixed: list[TickerItem] = []
    pending = list(headlines)
    for index, item in enumerate(rates, start=1):
        mixed.append(item)
        if pending and index % every == 0:
            mixed.append(pending.pop(0))
    return mixed + pending
