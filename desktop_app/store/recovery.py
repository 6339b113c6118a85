"""A damaged database is detected at open, moved aside, and the newest daily backup takes its
place (or a fresh one, if there is none); the user is told. Backups are taken once a day with
SQLite's online backup, and the last three are kept."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop_app.errors import CorruptDatabaseError
from desktop_app.store.db import Database, connect

log = logging.getLogger(__name__)

KEEP_BACKUPS = 3


@dataclass(frozen=True, slots=True)
class Opened:
    database: Database
    notice: str | None = None  # what recovery did, in words for the user


def backups_dir(database_path: Path) -> Path:
    return database_path.parent / "backups"


def open_database(path: Path) -> Opened:
    """Open (migrating) and check ``path``; mend it from a backup when it is damaged."""
    database: Database | None = None
    try:
        database = Database(path)
        _check(path)
        return Opened(database)
    except CorruptDatabaseError as error:
        log.error("%s", error)
        if database is not None:
            database.close()
    damaged = _move_aside(path)
    restored = _restore_newest_backup(path)
    database = Database(path)
    if restored is not None:
        notice = (
            f"The database was damaged; Caravan restored its backup {restored.name} "
            f"and kept the damaged file as {damaged.name}."
        )
    else:
        notice = (
            "The database was damaged and there was no backup: Caravan started a new one "
            f"and kept the damaged file as {damaged.name}."
        )
    log.warning(notice)
    return Opened(database, notice)


def _check(path: Path) -> None:
    connection = connect(path)
    try:
        result = connection.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise CorruptDatabaseError(f"the database {path} is damaged: {error}") from error
    finally:
        connection.close()
    if result != "ok":
        raise CorruptDatabaseError(f"the database {path} failed its check: {result}")


def _move_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            part.replace(Path(f"{target}{suffix}"))
    return target


def _restore_newest_backup(path: Path) -> Path | None:
    for backup in sorted(backups_dir(path).glob("caravan-*.sqlite3"), reverse=True):
        try:
            _check(backup)
        except CorruptDatabaseError:
            continue
        shutil.copy2(backup, path)
        return backup
    return None


def back_up_daily(database: Database, today: date) -> Path | None:
    """Copy the database once a day (SQLite online backup: consistent while in use)."""
    folder = backups_dir(database.path)
    target = folder / f"caravan-{today.isoformat()}.sqlite3"
    if target.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)

    def copy(connection: sqlite3.Connection) -> None:
        destination = sqlite3.connect(target)
        try:
            connection.backup(destination)
        finally:
            destination.close()

    try:
        database.writer.run_without_transaction(copy)
    except (sqlite3.Error, OSError, RuntimeError) as error:  # RuntimeError: shutting down
        log.warning("the daily backup failed: %s", error)
        target.unlink(missing_ok=True)
        return None
    for old in sorted(folder.glob("caravan-*.sqlite3"), reverse=True)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    return target
