"""When a stored rate is out of date: each source's publication cadence.

A rate is *stale* once its source should have published a newer one by yesterday: today is
later than the first publication day after the rate's date. The day of slack covers time
zones and time of day (open.er-api dates its update in UTC; a central bank publishes some
time during its working day), so a rate is never called stale on the morning it is due.

- open.er-api updates once every 24 hours, weekends included: a rate of Monday is stale on
  Wednesday.
- The central banks publish on working days: a rate of Friday (or of Saturday, the Bank of
  Russia's date for the rate it sets on Friday) stays current until Monday, and is stale on
  Tuesday. Public holidays are not known here: after one, the rate is marked stale, and its
  date says why.
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.i18n import translate

EVERY_DAY: frozenset[int] = frozenset(range(7))  # date.weekday(): Monday 0 … Sunday 6
WORKING_DAYS: frozenset[int] = frozenset(range(5))

# provider name -> the weekdays it publishes a new rate on
CADENCE: dict[str, frozenset[int]] = {
    "open-er-api": EVERY_DAY,
    "nbk": WORKING_DAYS,
    "nbkr": WORKING_DAYS,
    "cbu": WORKING_DAYS,
    "cbr": WORKING_DAYS,
    "nbt": WORKING_DAYS,
    "cbt": WORKING_DAYS,  # it also dates a file on Saturdays: the weekend is allowed anyway
    "ecb": WORKING_DAYS,
}


def publication_days(provider: str) -> frozenset[int]:
    """The weekdays ``provider`` publishes on; working days for a name not known here (the
    lenient choice: a rate is never called stale by mistake on a weekend)."""
    return CADENCE.get(provider, WORKING_DAYS)


def next_publication(provider: str, valid_on: date) -> date:
    """The first day after ``valid_on`` that ``provider`` publishes a new rate on."""
    days = publication_days(provider)
    later = valid_on + timedelta(days=1)
    while later.weekday() not in days:
        later += timedelta(days=1)
    return later


def is_stale(provider: str, valid_on: date, today: date) -> bool:
    """True when a newer rate should have arrived by yesterday (see the module's docstring)."""
    return today > next_publication(provider, valid_on)


def cadence_text(provider: str) -> str:
    """``"every day"`` or ``"on working days"``: what a tooltip says the source keeps to."""
    if publication_days(provider) == EVERY_DAY:
        return translate("RateSource", "every day")
    return translate("RateSource", "on working days")
