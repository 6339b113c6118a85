"""English names of the currencies the ticker is most used with (for tooltips and screen
readers); any other code is spoken as its letters."""

from __future__ import annotations

NAMES = {
    "AED": "UAE dirham", "AFN": "Afghan afghani", "AMD": "Armenian dram",
    "AZN": "Azerbaijani manat", "BYN": "Belarusian ruble", "CHF": "Swiss franc",
    "CNY": "Chinese yuan", "EUR": "euro", "GBP": "pound sterling", "GEL": "Georgian lari",
    "INR": "Indian rupee", "IRR": "Iranian rial", "JPY": "Japanese yen", "KGS": "Kyrgyz som",
    "KRW": "South Korean won", "KZT": "Kazakhstani tenge", "MNT": "Mongolian tugrik",
    "PKR": "Pakistani rupee", "RUB": "Russian ruble", "TJS": "Tajikistani somoni",
    "TMT": "Turkmenistani manat", "TRY": "Turkish lira", "UAH": "Ukrainian hryvnia",
    "USD": "US dollar", "UZS": "Uzbekistani som",
}  # fmt: skip


def currency_name(code: str) -> str:
    return NAMES.get(code, " ".join(code))
