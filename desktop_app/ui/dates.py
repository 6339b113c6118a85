"""Moments shown to the user in the interface's locale (``QLocale()``, set by the language),
not in fixed ``strftime`` patterns whose month names are English whatever the language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def local_date_time(moment: datetime) -> str:
    """``moment`` in local time, as the locale writes a date and time in short."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)
