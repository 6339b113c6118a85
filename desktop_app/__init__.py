"""Caravan: a docked currency-rate ticker above an offline-first news reader."""

__version__ = "0.1.0"

# The one application id (reverse DNS, on the GitHub account the project lives under, as
# Flathub asks of a project without a domain): the desktop file, icon and metainfo names,
# the window's desktop file name, the single-instance socket, the autostart entries.
APP_ID = "io.github.caravanapp.caravan"
