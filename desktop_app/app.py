"""GUI composition root: builds each subsystem in order and wires them. No logic lives here."""

from __future__ import annotations

import logging
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import __version__
from desktop_app.config import LoadedConfig
from desktop_app.errors import StorageError
from desktop_app.net.http import HttpClient
from desktop_app.paths import AppPaths, resource_path
from desktop_app.services.background import BackgroundRefresher
from desktop_app.services.refresh import RefreshService
from desktop_app.store.db import Database
from desktop_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def run_gui(paths: AppPaths, loaded: LoadedConfig, offline: bool) -> int:
    started = time.monotonic()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Caravan")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("caravan")
    app.setWindowIcon(QIcon(str(resource_path("icons/caravan.svg"))))
    try:
        database = Database(paths.database)
    except StorageError as error:
        log.error("%s", error)
        QMessageBox.critical(None, "Caravan cannot open its database", str(error))
        return 2
    refresher = None
    if not offline:
        service = RefreshService(database, HttpClient(), loaded.config)
        service.import_config_feeds()
        refresher = BackgroundRefresher(
            service, loaded.config.refresh.interval_minutes, loaded.config.rates.interval_minutes
        )
    window = MainWindow(database, loaded.config, refresher, offline=offline)
    window.show()
    if loaded.problems:
        QTimer.singleShot(0, lambda: _report_config_problems(window, loaded))
    stored = window.article_model.total
    log.info(
        "window shown in %.0f ms with %d stored articles and %d rates%s",
        (time.monotonic() - started) * 1000,
        stored,
        len(window.ticker.items()),
        " (offline)" if offline else "",
    )
    if refresher is not None:
        QTimer.singleShot(0, refresher.request)
        refresher.start_schedule()
    try:
        return app.exec()
    finally:
        if refresher is not None:
            refresher.stop_schedule()
            refresher.wait(timeout=10)
        database.close()


def _report_config_problems(window: MainWindow, loaded: LoadedConfig) -> None:
    """Tell the user without blocking start-up: the window works on defaults meanwhile."""
    window.statusBar().showMessage("The configuration file has problems; see the log", 10000)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Configuration problems",
        "\n".join(loaded.problems),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setModal(False)
    box.show()
