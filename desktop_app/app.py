"""GUI composition root: builds each subsystem in order and wires them. No logic lives here."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import APP_ID, __version__
from desktop_app.config import LoadedConfig
from desktop_app.errors import CorruptDatabaseError, InstanceNotAnsweringError, StorageError
from desktop_app.i18n import install as install_language
from desktop_app.i18n import translate
from desktop_app.oslayer.signals import QuitSignals
from desktop_app.paths import AppPaths, resource_path
from desktop_app.services.background import BackgroundRefresher, MainThreadDispatcher
from desktop_app.services.library import Library
from desktop_app.services.subscriptions import import_config_feeds
from desktop_app.startup import resume_collection
from desktop_app.store.db import Database
from desktop_app.store.recovery import (
    Opened,
    RecoveryReport,
    back_up,
    check_fully,
    damage_left_as_is,
    open_database,
)
from desktop_app.ui import accessibility
from desktop_app.ui.first_paint import AfterFirstPaint
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.single_instance import InstanceServer, claim_or_hand_over
from desktop_app.ui.theme import apply_theme

log = logging.getLogger(__name__)

# The window shares its interpreter with the refresh threads: fewer fetchers and a shorter GIL
# switch interval keep its event loop answering within ~15 ms during a 100-feed refresh
# (bench/responsiveness.py: worst stall 36-94 ms with 32 fetchers and the default 5 ms).
GUI_FETCH_WORKERS = 8
GUI_SWITCH_INTERVAL = 0.001
# How long a second launch waits for the running Caravan to answer (it may still be starting).
HAND_OVER_PATIENCE_S = 10.0
# The full check of every page waits until the start-up work after the first paint is done.
FULL_CHECK_DELAY_MS = 3000
_REPAIR_AND_RESTART = 75  # run_window's code when damage sent the database to repair


def run_gui(
    paths: AppPaths,
    loaded: LoadedConfig,
    offline: bool,
    add_feed: str | None = None,
    minimized: bool = False,
) -> int:
    """The window until it closes; when damage was found meanwhile, once more on the
    rebuilt database (the next open repairs it). ``minimized``: a start at login, into the
    tray or the compact strip."""
    while True:
        code = _run_window(paths, loaded, offline, add_feed, minimized)
        if code != _REPAIR_AND_RESTART:
            return code
        log.warning("restarting the window to repair the database")
        add_feed = None  # handled (or in the repaired file) already
        minimized = False  # the user was told of the repair: the window comes back in view


def _run_window(
    paths: AppPaths, loaded: LoadedConfig, offline: bool, add_feed: str | None, minimized: bool
) -> int:
    started = time.monotonic()
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    install_language(loaded.config.appearance.language, app)  # before any text is set
    # A start at login finding Caravan already running leaves it as it is.
    request: dict[str, Any] = {"show": not minimized}
    if add_feed:
        request["add_feed"] = add_feed
    try:
        lock = claim_or_hand_over(paths.data_dir, request, HAND_OVER_PATIENCE_S)
    except InstanceNotAnsweringError as error:
        from PySide6.QtWidgets import QMessageBox

        log.error("%s", error)
        print(f"caravan: {error}", file=sys.stderr)
        QMessageBox.critical(None, translate("App", "Caravan is already running"), str(error))
        return 1
    if lock is None:
        print(
            translate("App", "Caravan is already running.")
            if minimized
            else translate("App", "Caravan is already running: its window was brought forward.")
        )
        log.info("handed over to the running Caravan: %s", request)
        return 0
    app.setApplicationName("Caravan")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    try:
        opened, window = _open_and_build(paths, loaded, offline)
    except StorageError as error:
        from PySide6.QtWidgets import QMessageBox  # only on this path; its enums cost ~1 ms

        from desktop_app.services.problems import in_language

        log.error("%s", error)
        QMessageBox.critical(
            None, translate("App", "Caravan cannot open its database"), in_language(str(error))
        )
        lock.release()
        return 2
    database = opened.database
    painting = window.restore_mode(minimized)
    after_paint = AfterFirstPaint(window.on_screen_widgets() if painting else ())
    after_paint.add(accessibility.install)  # first: a screen reader may ask from now on
    after_paint.add(lambda: _set_window_icon(app))
    after_paint.add(window.finish_start_up)
    instances: list[InstanceServer] = []
    after_paint.add(lambda: instances.append(InstanceServer(paths.data_dir, window.handle_launch)))
    if add_feed:
        after_paint.add(lambda: window.handle_launch(request))
    if loaded.problems:
        after_paint.add(lambda: _report_config_problems(window, loaded))
    if opened.lost_changes is not None:
        lost = opened.lost_changes
        after_paint.add(lambda: _tell(window, translate("App", "Recent changes were lost"), lost))
    if opened.report is not None:
        report = opened.report
        after_paint.add(lambda: _show_repair_report(window, report))
    dispatcher = MainThreadDispatcher()
    exit_code: list[int] = []

    def repair(damage: CorruptDatabaseError) -> None:
        """On the UI thread: tell the user, then close and open again on the rebuilt file;
        read-only, only tell."""
        if database.read_only is not None:
            from desktop_app.ui.repair import show_damage_left_as_is

            show_damage_left_as_is(window, str(damage_left_as_is(str(damage), database.read_only)))
        elif not exit_code:
            exit_code.append(_REPAIR_AND_RESTART)

            from desktop_app.ui.repair import ask_to_restart_for_repair

            def restart() -> None:
                window.close()
                app.exit(_REPAIR_AND_RESTART)

            ask_to_restart_for_repair(window, str(damage), then=restart)

    database.watch_damage(lambda damage: dispatcher.post(lambda: repair(damage)))
    after_paint.add(lambda: QTimer.singleShot(FULL_CHECK_DELAY_MS, lambda: _in_background(
        "check", lambda: back_up(database, datetime.now()) if check_fully(database) else None
    )))  # fmt: skip
    stored = window.article_model.total
    log.info(
        "window shown in %.0f ms with %d stored articles and %d rates%s",
        (time.monotonic() - started) * 1000,
        stored,
        len(window.ticker.items()),
        " (offline)" if offline else " (read-only)" if database.read_only else "",
    )
    refreshers: list[BackgroundRefresher] = []
    stopping: list[bool] = []

    def start_refreshing() -> None:
        """On the UI thread, once the refresh machinery is loaded; the collector comes back
        on last, so that what it imported is frozen with the rest."""
        try:
            if not stopping:  # the window may have closed while the machinery loaded
                refreshers.append(_start_refreshing(window, database, loaded))
                window.sync_status.start_if_set_up()
        except Exception:
            log.exception("the refresh cannot start: Caravan stays offline")
        finally:
            QTimer.singleShot(0, resume_collection)  # a pass of the event loop of its own

    if window.refresh_refused:  # offline, or read-only: what it brought could not be kept
        after_paint.add(resume_collection)  # last: what the work above imports is frozen too
    else:
        after_paint.add(lambda: _load_refresh_machinery(dispatcher, then=start_refreshing))
    quit_on_signals = _QuitOnSignals(app)
    quiet_damage = _QuietAfterDamage(database)
    try:
        code = app.exec()
        return exit_code[0] if exit_code else code
    finally:
        stopping.append(True)
        after_paint.cancel()  # e.g. the instance server, which would answer for a gone window
        for instance in instances:
            instance.close()
        quit_on_signals.restore()
        for refresher in refreshers:
            refresher.stop_schedule()
            refresher.wait(timeout=10)
        window.library.close()
        if exit_code:  # the window restarts: nothing of this one may run in the next loop
            window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        quiet_damage.restore()
        database.close()
        lock.release()  # last: a new launch may open the database only once it is closed


class _QuietAfterDamage:
    """Once damage is reported (and the repair under way), the reads it breaks in the
    window's slots are logged, not printed as tracebacks: the user has been told once."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._previous = sys.excepthook
        sys.excepthook = self._hook

    def _hook(self, kind: type[BaseException], value: BaseException, trace: Any) -> None:
        if self._database.damage is not None and issubclass(kind, sqlite3.Error | StorageError):
            log.warning("after the damage was found: %s", value)
            return
        self._previous(kind, value, trace)

    def restore(self) -> None:
        sys.excepthook = self._previous


def _open_and_build(
    paths: AppPaths, loaded: LoadedConfig, offline: bool
) -> tuple[Opened, MainWindow]:
    """Open the database and build the window on it. Damage the window's first reads meet
    (the checks at open read little) sends the file to repair and the window is built
    again on the rebuilt one."""
    for attempt in range(2):
        opened = open_database(paths.database)
        database = opened.database
        library: Library | None = None
        windows_before = set(QApplication.topLevelWidgets())
        try:
            import_config_feeds(database, loaded.config.feeds)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, loaded.config.appearance.theme)
            library = Library(database, loaded.config.offline, started_offline=offline)
            window = MainWindow(
                library, loaded.config, offline=offline, config_path=paths.config_file
            )
            return opened, window
        except (sqlite3.DatabaseError, StorageError) as error:
            for half_built in set(QApplication.topLevelWidgets()) - windows_before:
                half_built.deleteLater()  # else its views query the closed file later
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            if library is not None:
                library.close()
            database.close()
            if database.damage is not None and database.read_only is not None:
                raise damage_left_as_is(str(database.damage), database.read_only) from error
            if database.damage is None or attempt == 1:
                raise
            log.warning("the first reads met damage: repairing the database")
    raise AssertionError("unreachable")


def _show_repair_report(window: MainWindow, report: RecoveryReport) -> None:
    from desktop_app.ui.repair import show_repair_report  # a repair is rare: not loaded to start

    show_repair_report(window, report.headline(), report.details(), report.reason)


def _in_background(name: str, work: Callable[[], object]) -> None:
    """Run ``work`` on a daemon thread: a check or a backup must never hold up the window,
    nor its closing."""
    threading.Thread(target=work, name=name, daemon=True).start()


def _set_window_icon(app: QApplication) -> None:
    """After the first paint: the icon is an SVG, and Qt loads its SVG engine to draw it for
    the window manager (~5 ms)."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resource_path("icons/caravan.svg"))))


def _load_refresh_machinery(dispatcher: MainThreadDispatcher, then: Callable[[], None]) -> None:
    """Import the refresh machinery (requests, feedparser, lxml, nh3: ~140 ms) on a thread,
    so the window answers the user meanwhile instead of freezing just after it appears;
    ``then`` runs on the UI thread once it is loaded."""

    def load() -> None:
        try:
            import desktop_app.net.http
            import desktop_app.services.refresh  # noqa: F401
            from desktop_app.oslayer.secrets import keyring_problem
            from desktop_app.services import accounts, sync  # noqa: F401

            keyring_problem()  # the platform keyring's modules load here, not on the UI thread
        except Exception:
            log.exception("the refresh machinery cannot be loaded")  # then reports it too
        dispatcher.post(then)

    threading.Thread(target=load, name="load-refresh", daemon=True).start()


def _start_refreshing(
    window: MainWindow, database: Database, loaded: LoadedConfig
) -> BackgroundRefresher:
    """Build the refresh machinery once the window is painted: requests and feedparser take a
    good part of start-up to import, and the stored content does not need them."""
    from desktop_app.net.http import HttpClient
    from desktop_app.services.refresh import RefreshService

    service = RefreshService(database, HttpClient(), loaded.config, workers=GUI_FETCH_WORKERS)
    refresher = BackgroundRefresher(service, loaded.config.rates.interval_minutes)
    refresher.finished.connect(
        lambda _summary: _in_background("backup", lambda: back_up(database, datetime.now()))
    )
    window.attach_refresher(refresher)
    refresher.request()
    refresher.start_schedule()
    return refresher


class _QuitOnSignals:
    """The signals that ask Caravan to quit (SIGTERM and SIGINT; Ctrl+C and Ctrl+Break on
    Windows) close the window cleanly (layout saved, writes finished): they make a socket
    readable, which Qt watches, waking its loop at once (oslayer.signals says why)."""

    def __init__(self, app: QApplication) -> None:
        self._signals = QuitSignals()
        self._notifier = QSocketNotifier(self._signals.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._on_signal)
        self._app = app

    def _on_signal(self) -> None:
        self._signals.take()
        log.info("asked to quit by a signal")
        for window in self._app.topLevelWidgets():
            window.close()
        self._app.quit()

    def restore(self) -> None:
        self._notifier.setEnabled(False)
        self._signals.restore()


def _report_config_problems(window: MainWindow, loaded: LoadedConfig) -> None:
    """Tell the user once, without blocking start-up: the window works on defaults meanwhile
    (the console has had them from cli.main)."""
    from desktop_app.services.problems import in_language

    problems = "\n".join(in_language(problem) for problem in loaded.problems)
    _tell(window, translate("App", "Configuration problems"), problems)


def _tell(window: MainWindow, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # a notice is rare: not loaded to start

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, window)
    box.setModal(False)
    box.show()
