"""Damage is found at open, by any query later, or by the full check after start-up; the
file is then rebuilt: every readable row is salvaged from it (``store.salvage``) and merged
over the newest sound backup (``store.rebuild``), and the user is told what came from
where. The damaged file is kept aside, never deleted.

Every open reads the header, the schema and both ends of the articles table (cheap, and
what a torn file fails). The full check (``PRAGMA quick_check``, a read of every page) runs
at open only after a process that had the database open did not close it (each process
leaves a ``.in-use-PID`` marker while it has the file open); otherwise the window runs it on
a thread after its first paint, and every backup runs it before copying. Damage met by any
connection writes a ``.repair`` marker at once, so the next open rebuilds the file even if
the process ends before it can.

Backups use SQLite's online backup from a reader connection (writes go on meanwhile):
taken when the database changed since the newest one and that one is at least an hour old;
the newest two and the newest of each of the two days before are kept.

A database that cannot be written opens read-only and none of this writes: no marker, no
backup, no rebuild. Damage found then is told with what to do, and the file is left as it is.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from desktop_app.errors import CorruptDatabaseError, StorageError
from desktop_app.i18n import PLURAL, date_time, translate, whole
from desktop_app.oslayer.processes import is_running
from desktop_app.store.db import Database, ReadOnly, connect, migrate, read_only_access

if TYPE_CHECKING:
    from desktop_app.store.rebuild import MergeCounts

log = logging.getLogger(__name__)

KEEP_RECENT = 2
KEEP_EARLIER_DAYS = 2
BACKUP_EVERY = timedelta(hours=1)
_BACKUP_GLOB = "caravan-*.sqlite3"
_BACKUP_STAMPS = ("%Y-%m-%dT%H%M%S", "%Y-%m-%d")  # the second: daily backups of before


@dataclass(frozen=True, slots=True)
class RecoveryReport:
    """What a rebuild did, for the dialog and the command line."""

    reason: str
    damaged_copy: Path
    backup: Path | None
    backup_taken_at: datetime | None
    counts: MergeCounts
    unreadable_pages: int
    page_count: int

    HEADLINE: ClassVar[str] = "Caravan's database was damaged; Caravan rebuilt it."

    @staticmethod
    def headline() -> str:
        """HEADLINE in the interface's language."""
        return translate("RecoveryReport", "Caravan's database was damaged; Caravan rebuilt it.")

    def details(self) -> list[str]:
        """What was saved from where and what was lost, a sentence each."""
        counts = self.counts
        lines: list[str] = []
        if counts.feeds_salvaged or counts.articles_salvaged:
            feeds, found = counts.feeds_salvaged, counts.articles_salvaged
            rates = counts.rates_salvaged
            saved = [
                translate("RecoveryReport", "%Ln subscription(s)", None, PLURAL, feeds),
                translate("RecoveryReport", "%Ln article(s)", None, PLURAL, found),
            ]
            marks = translate("RecoveryReport", "({marked} of them read or starred, marks kept)")
            saved[1] += " " + marks.format(marked=whole(counts.read_or_starred_salvaged))
            if rates:
                saved.append(translate("RecoveryReport", "%Ln rate(s)", None, PLURAL, rates))
            line = translate("RecoveryReport", "Read from the damaged file: {what}.")
            lines.append(line.format(what=", ".join(saved)))
        else:
            lines.append(
                translate("RecoveryReport", "Nothing could be read from the damaged file.")
            )
        if self.backup_taken_at is not None:
            taken = date_time(self.backup_taken_at)
            if counts.feeds_from_backup or counts.articles_from_backup:
                feeds, found = counts.feeds_from_backup, counts.articles_from_backup
                what = [
                    translate("RecoveryReport", "%Ln subscription(s)", None, PLURAL, feeds),
                    translate("RecoveryReport", "%Ln article(s)", None, PLURAL, found),
                ]
                line = translate(
                    "RecoveryReport",
                    "Taken from the backup of {taken}: {what} the damaged file no longer held.",
                )
                lines.append(line.format(taken=taken, what=", ".join(what)))
            else:
                line = translate("RecoveryReport", "The backup of {taken} was not needed.")
                lines.append(line.format(taken=taken))
        else:
            lines.append(
                translate("RecoveryReport", "There was no backup to fill in what the damage took.")
            )
        if self.unreadable_pages or counts.articles_without_feed:
            pages, orphans = self.unreadable_pages, counts.articles_without_feed
            of_pages = translate("RecoveryReport", "{pages} of the file's {total} pages")
            lost = [of_pages.format(pages=whole(pages), total=whole(self.page_count))]
            if orphans:
                lost.append(
                    translate("RecoveryReport", "%Ln article(s) whose feed was lost",
                              None, PLURAL, orphans)
                )  # fmt: skip
            line = translate(
                "RecoveryReport",
                "Could not be read: {lost}. Articles still in their feeds come back at the "
                "next refresh.",
            )
            lines.append(line.format(lost=", ".join(lost)))
        else:
            lines.append(
                translate("RecoveryReport", "Every page of the damaged file could be read.")
            )
        kept = translate("RecoveryReport", "The damaged file is kept as {path}.")
        lines.append(kept.format(path=self.damaged_copy))
        return lines

    def describe(self) -> str:
        """The whole report, for the command line and the log."""
        damage = translate("RecoveryReport", "The damage: {reason}").format(reason=self.reason)
        return "\n".join([self.headline(), *self.details(), damage])


@dataclass(frozen=True, slots=True)
class Opened:
    database: Database
    report: RecoveryReport | None = None  # set when the file had to be rebuilt
    lost_changes: str | None = None  # set when a damaged log dropped committed changes

    @property
    def notice(self) -> str | None:
        if self.report is not None:
            return self.report.describe()
        return self.lost_changes


def backups_dir(database_path: Path) -> Path:
    return database_path.parent / "backups"


def open_database(path: Path) -> Opened:
    """Open (migrating) and check ``path``; rebuild it when it is damaged or a repair was
    asked for. A database that cannot be written opens read-only (``Database.read_only``)."""
    read_only = read_only_access(path)
    if read_only is not None:
        return Opened(_open_read_only(path, read_only))
    reason = _repair_reason(path)
    if reason is None:
        database: Database | None = None
        full_check = _left_open(path)
        lost = _lost_log_transactions(path) if full_check else None
        try:
            database = Database(path)
            if full_check:
                _check(path)
            else:
                _light_check(path)
            return Opened(_watched(database), lost_changes=lost)
        except CorruptDatabaseError as error:
            log.error("%s", error)
            reason = str(error)
            if database is not None:
                database.close()
    report = rebuild(path, reason)
    log.warning("%s", report.describe())
    _repair_marker(path).unlink(missing_ok=True)
    return Opened(_watched(Database(path)), report)


def _open_read_only(path: Path, read_only: ReadOnly) -> Database:
    """Checked as a writable open is, but damage is told rather than mended: a rebuild would
    write the folder. The reason names the way out."""
    log.warning("%s: opening the database read-only", read_only.error())
    reason = _repair_reason(path)
    if reason is None:
        database: Database | None = None
        try:
            database = Database(path, read_only)
            if _stale_in_use_markers(path):
                _check(path, read_only)
            else:
                _light_check(path, read_only)
            return database
        except CorruptDatabaseError as error:
            reason = str(error)
            if database is not None:
                database.close()
    raise damage_left_as_is(reason, read_only)


def damage_left_as_is(reason: str, read_only: ReadOnly) -> StorageError:
    """Damage found in a database that cannot be written, told with the way out."""
    message = translate(
        "RecoveryReport",
        "{reason}. Caravan cannot repair it here: {why}. Copy the folder somewhere Caravan "
        "can write and open the copy with --data-dir to repair it.",
    )
    return StorageError(message.format(reason=reason, why=read_only.error()))


def _lost_log_transactions(path: Path) -> str | None:
    """After an unclean exit, before SQLite replays the log: what a damaged log will drop
    (SQLite drops it without a word), in words for the user."""
    from desktop_app.store.salvage import lost_log_transactions

    lost = lost_log_transactions(path)
    if not lost:
        return None
    message = translate(
        "RecoveryReport",
        "Caravan did not close its database last time, and the end of its write-ahead log "
        "({file}) was damaged: the last %n change(s) saved before that could not be read and "
        "are lost. Everything saved before them is intact.",
        None, PLURAL, lost).format(file=f"{path.name}-wal")  # fmt: skip
    log.warning("%s", message)
    return message


def request_repair(database_path: Path, damage: CorruptDatabaseError) -> None:
    """Have the next open rebuild the file (the reason is kept for the user)."""
    try:
        _repair_marker(database_path).write_text(str(damage), encoding="utf-8")
    except OSError as error:
        log.error("cannot ask for a repair of %s: %s", database_path, error)


def _watched(database: Database) -> Database:
    """Mark the file in use while open, and have any damage met repaired at the next open."""
    _mark_in_use(database)
    database.watch_damage(lambda damage: request_repair(database.path, damage))
    return database


def _repair_marker(path: Path) -> Path:
    return path.with_name(f"{path.name}.repair")


def _repair_reason(path: Path) -> str | None:
    marker = _repair_marker(path)
    if not marker.exists():
        return None
    try:
        return marker.read_text(encoding="utf-8").strip() or "damage was found earlier"
    except (OSError, UnicodeDecodeError):
        return "damage was found earlier"


def _in_use_marker(path: Path, pid: int) -> Path:
    return path.with_name(f"{path.name}.in-use-{pid}")


def _mark_in_use(database: Database) -> None:
    """Leave a marker for as long as this process has the file open (gone at a clean close)."""
    marker = _in_use_marker(database.path, os.getpid())
    try:
        marker.touch()
    except OSError as error:
        log.warning("cannot mark the database in use: %s", error)
        return
    database.on_close(lambda: marker.unlink(missing_ok=True))


def _left_open(path: Path) -> bool:
    """Did a process that is gone leave the database open? (Its marker says so.)"""
    stale = _stale_in_use_markers(path)
    for marker in stale:
        marker.unlink(missing_ok=True)
    return bool(stale)


def _stale_in_use_markers(path: Path) -> list[Path]:
    """The markers of processes that are gone: each left the database open."""
    stale = []
    for marker in path.parent.glob(f"{path.name}.in-use-*"):
        pid = marker.name.rsplit("-", 1)[1]
        if pid.isdigit() and is_running(int(pid)):
            continue
        log.warning("Caravan did not close the database last time (%s): checking it", marker.name)
        stale.append(marker)
    return stale


def _light_check(path: Path, read_only: ReadOnly | None = None) -> None:
    """What a clean close leaves little room for: the header, the schema, both ends of the
    articles table."""
    connection = connect(path, read_only=read_only)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # Two subqueries: each end is one seek down the table's b-tree. Asked together in one
        # select, min and max scan the whole table (10 ms at 100,000 articles).
        connection.execute(
            "SELECT (SELECT min(id) FROM articles), (SELECT max(id) FROM articles)"
        ).fetchone()
    except sqlite3.DatabaseError as error:
        raise CorruptDatabaseError(f"the database {path} is damaged: {error}") from error
    finally:
        connection.close()


def check_fully(database: Database) -> bool:
    """Read every page (a tenth of a second at 100,000 articles, warm); damage found is
    reported like damage met by a query. True when the database is sound."""
    try:
        _check(database.path, database.read_only)
    except CorruptDatabaseError as error:
        database.report_damage(error)
        return False
    return True


def _check(path: Path, read_only: ReadOnly | None = None) -> None:
    connection = connect(path, read_only=read_only)
    try:
        result = connection.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise CorruptDatabaseError(f"the database {path} is damaged: {error}") from error
    finally:
        connection.close()
    if result != "ok":
        problems = [line for line in result.splitlines() if not line.startswith("***")]
        more = f" and {len(problems) - 1} more problems" if len(problems) > 1 else ""
        first = problems[0] if problems else result
        raise CorruptDatabaseError(f"the database {path} failed its check: {first}{more}")


def rebuild(path: Path, reason: str) -> RecoveryReport:
    """Salvage ``path`` over its newest sound backup into a new file, then put that in its
    place; the damaged file (and its log) are kept as ``.damaged-STAMP``. Until the new
    file is complete, nothing of the old one is touched."""
    from desktop_app.store.rebuild import MergeCounts, merge_salvage, table_shapes
    from desktop_app.store.salvage import salvage  # loaded for a repair only

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    damaged_copy = path.with_name(f"{path.name}.damaged-{stamp}")
    building = path.with_name(f"{path.name}.rebuilding")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    backup = _newest_sound_backup(path)
    try:
        if backup is not None:
            shutil.copyfile(backup[0], building)
        migrate(building)
        connection = connect(building)
        try:
            shapes = table_shapes(connection)
            found = salvage(path, shapes) if path.exists() else None
            counts = merge_salvage(connection, shapes, found) if found else MergeCounts()
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
        _check(building)
    except (sqlite3.Error, OSError) as error:
        raise StorageError(
            f"the database {path} is damaged and could not be rebuilt ({error}); "
            "it was left as it is"
        ) from error
    for suffix in ("", "-wal"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            shutil.copy2(part, Path(f"{damaged_copy}{suffix}"))
    building.replace(path)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return RecoveryReport(
        reason=reason,
        damaged_copy=damaged_copy,
        backup=backup[0] if backup else None,
        backup_taken_at=backup[1] if backup else None,
        counts=counts,
        unreadable_pages=found.unreadable_pages if found else 0,
        page_count=found.page_count if found else 0,
    )


def _backups(path: Path) -> list[tuple[Path, datetime]]:
    """The backups of ``path`` with the time each was taken, newest first."""
    found: list[tuple[Path, datetime]] = []
    for backup in backups_dir(path).glob(_BACKUP_GLOB):
        stamp = backup.name.removeprefix("caravan-").removesuffix(".sqlite3")
        for pattern in _BACKUP_STAMPS:
            try:
                found.append((backup, datetime.strptime(stamp, pattern)))
                break
            except ValueError:
                continue
    return sorted(found, key=lambda item: item[1], reverse=True)


def _newest_sound_backup(path: Path) -> tuple[Path, datetime] | None:
    for backup, taken_at in _backups(path):
        try:
            _check(backup)
        except (CorruptDatabaseError, StorageError):
            log.warning("the backup %s is damaged too", backup.name)
            continue
        return backup, taken_at
    return None


def back_up(database: Database, now: datetime) -> Path | None:
    """Copy the database when it changed since the newest backup and that one is at least
    ``BACKUP_EVERY`` old; never copy a damaged file over good backups, nor write anything
    for a read-only database."""
    if database.read_only is not None:
        return None
    existing = _backups(database.path)
    if existing:
        newest, taken_at = existing[0]
        if now - taken_at < BACKUP_EVERY or not _changed_since(database.path, newest):
            return None
    if not check_fully(database):
        return None
    folder = backups_dir(database.path)
    target = folder / f"caravan-{now.strftime(_BACKUP_STAMPS[0])}.sqlite3"
    partial = target.with_name(f"{target.name}.partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        source = connect(database.path)
        try:
            destination = sqlite3.connect(partial)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        partial.replace(target)
    except (sqlite3.Error, OSError, StorageError) as error:
        log.warning("the backup failed: %s", error)
        partial.unlink(missing_ok=True)
        return None
    _rotate(database.path)
    return target


def _changed_since(path: Path, backup: Path) -> bool:
    """Was the database (or its log) written after ``backup`` was?"""
    taken = backup.stat().st_mtime
    for part in (path, Path(f"{path}-wal")):
        try:
            if part.stat().st_mtime > taken:
                return True
        except FileNotFoundError:
            continue
    return False


def _rotate(path: Path) -> None:
    """Keep the newest ``KEEP_RECENT`` backups and the newest of each of the
    ``KEEP_EARLIER_DAYS`` days before them."""
    existing = _backups(path)
    kept = existing[:KEEP_RECENT]
    days = {taken_at.date() for _, taken_at in kept}
    earlier = 0
    for backup, taken_at in existing[KEEP_RECENT:]:
        if earlier < KEEP_EARLIER_DAYS and taken_at.date() not in days:
            days.add(taken_at.date())
            earlier += 1
            continue
        backup.unlink(missing_ok=True)
