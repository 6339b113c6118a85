"""Quotes → ticker items, with the user's locale separators and words for screen readers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from desktop_app.domain import ArticleSummary, Quote
from desktop_app.i18n import PLURAL, translate
from desktop_app.rates.currencies import currency_name
from desktop_app.rates.freshness import EVERY_DAY, is_stale, publication_days
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
    source = provider_words(quote.provider)
    age = (today - quote.valid_on).days
    valid = _spoken_day(quote.valid_on)
    if age > 1:
        valid_line = translate("TickerItems", "Valid for {day} (%n days ago)", None, PLURAL, age)
    else:
        valid_line = translate("TickerItems", "Valid for {day}")
    change_line = (
        translate("TickerItems", "Change since the previous day: {change}").format(change=change)
        if change
        else translate("TickerItems", "Change: unknown (no earlier rate stored)")
    )
    stale = is_stale(quote.provider, quote.valid_on, today)
    base, quoted = currency_words(quote.base), currency_words(quote.quote)
    tooltip = (
        f"<b>{quote.pair}</b> = {QLocale().toString(quote.value, 'g', 10)}<br>"
        f"1 {base} = {value} {quote.quote}<br>{change_line}<br>"
        f"{valid_line.format(day=valid)}<br>"
        + translate("TickerItems", "Source: {source}").format(source=source)
    )
    if stale:
        tooltip += "<br>" + (
            translate(
                "TickerItems",
                "<b>Out of date</b>: the source publishes every day, "
                "and no newer rate has been stored",
            )
            if publication_days(quote.provider) == EVERY_DAY
            else translate(
                "TickerItems",
                "<b>Out of date</b>: the source publishes on working days, "
                "and no newer rate has been stored",
            )
        )
    spoken = translate("TickerItems", "{base} to {quote} {value}").format(
        base=base, quote=quoted, value=value
    )
    if quote.change_percent is not None:
        shown = rounded_change(quote.change_percent)
        amount = QLocale().toString(abs(shown), "f", 2)  # the value's separators too
        if shown > 0:
            spoken += translate("TickerItems", ", up {amount} percent").format(amount=amount)
        elif shown < 0:
            spoken += translate("TickerItems", ", down {amount} percent").format(amount=amount)
        else:
            spoken += translate("TickerItems", ", unchanged")
    if stale:
        spoken += translate("TickerItems", ", out of date: the rate of {day}").format(day=valid)
    return TickerItem(
        label=f"{quote.pair} {value}",
        change=change,
        direction=direction(quote.change_percent),
        tooltip=tooltip + "<br><i>" + translate("TickerItems", "Click for the detail") + "</i>",
        accessible_text=spoken,
        payload=quote,
        as_of=_short_day(quote.valid_on, today) if stale else "",
    )


def currency_words(code: str) -> str:
    """A currency's name in the interface's language: the region's own words for the
    currencies of Central Asia and those they are most quoted against, else the English name
    (rates/currencies.py) or the code spelled out."""
    names = {
        "KGS": translate("Currency", "Kyrgyz som"),
        "KZT": translate("Currency", "Kazakhstani tenge"),
        "TJS": translate("Currency", "Tajikistani somoni"),
        "UZS": translate("Currency", "Uzbekistani som"),
        "TMT": translate("Currency", "Turkmenistani manat"),
        "AZN": translate("Currency", "Azerbaijani manat"),
        "USD": translate("Currency", "US dollar"),
        "EUR": translate("Currency", "euro"),
        "RUB": translate("Currency", "Russian ruble"),
        "CNY": translate("Currency", "Chinese yuan"),
    }
    return names.get(code) or currency_name(code)


def provider_words(name: str) -> str:
    """A rate source's name in the interface's language: the banks by their local names,
    anything else by its own title (rates/providers.py)."""
    titles = {
        "nbk": translate("RateSource", "National Bank of Kazakhstan"),
        "nbkr": translate("RateSource", "National Bank of the Kyrgyz Republic"),
        "cbu": translate("RateSource", "Central Bank of the Republic of Uzbekistan"),
        "cbr": translate("RateSource", "Bank of Russia"),
        "nbt": translate("RateSource", "National Bank of Tajikistan"),
        "cbt": translate("RateSource", "Central Bank of Turkmenistan"),
        "ecb": translate("RateSource", "European Central Bank"),
    }
    return titles.get(name) or provider_title(name)


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
        title = summary.title or translate("TickerItems", "(untitled)")
        short = (
            title if len(title) <= HEADLINE_CHARACTERS else title[: HEADLINE_CHARACTERS - 1] + "…"
        )
        items.append(
            TickerItem(
                label=short,
                change="",
                direction=0,
                tooltip=f"<b>{escape(title)}</b><br>{escape(summary.feed_title)}<br><i>"
                + translate("TickerItems", "Click to read")
                + "</i>",
                accessible_text=translate("TickerItems", "Headline: {title}, from {feed}").format(
                    title=title, feed=summary.feed_title
                ),
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
