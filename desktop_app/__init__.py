"""Caravan: a docked currency-rate ticker above an offline-first news reader."""

__version__ = "0.1.0"
