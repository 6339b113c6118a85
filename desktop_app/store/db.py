"""The SQLite database: connections, pragmas, schema migrations and the single writer.

Every write goes through one :class:`Writer` thread that owns the only writing connection;
readers open their own connections (WAL lets them read while the writer commits).

A database that cannot be written (its folder or its file is read-only) opens read-only: no
migration, and every write is refused with one :class:`ReadOnlyStorageError` naming the folder.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from desktop_app.errors import (
    CorruptDatabaseError,
    DiskFullError,
    ReadOnlyStorageError,
    StorageError,
)
from desktop_app.oslayer.files import can_write_file, can_write_folder
from desktop_app.store.schema import MIGRATIONS, OLDEST_READABLE

log = logging.getLogger(__name__)

T = TypeVar("T")
PAGE_SIZE = 16384
DamageListener = Callable[[CorruptDatabaseError], None]


class _WatchedCursor(sqlite3.Cursor):
    """Tells its connection's listener about damage met while a statement runs or rows are
    stepped through, wherever the error is caught afterwards; the error itself goes on."""

    def execute(self, sql: str, parameters: Any = (), /) -> _WatchedCursor:
        try:
            super().execute(sql, parameters)
        except sqlite3.DatabaseError as error:
            self._seen(error)
            raise
        return self

    def executemany(self, sql: str, parameters: Any, /) -> _WatchedCursor:
        try:
            super().executemany(sql, parameters)
        except sqlite3.DatabaseError as error:
            self._seen(error)
            raise
        return self

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except sqlite3.DatabaseError as error:
            self._seen(error)
            raise

    def fetchmany(self, size: int | None = 1) -> list[Any]:
        try:
            return super().fetchmany(self.arraysize if size is None else size)
        except sqlite3.DatabaseError as error:
            self._seen(error)
            raise

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except sqlite3.DatabaseError as error:
            self._seen(error)
            raise

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except sqlite3.DatabaseError as error:
            self._seen(error)
            raise

    def _seen(self, error: sqlite3.DatabaseError) -> None:
        connection = self.connection
        if isinstance(connection, _WatchedConnection):
            connection.seen(error)


class _WatchedConnection(sqlite3.Connection):
    """A connection whose statements report damage to ``listener`` (see ``connect``)."""

    listener: DamageListener | None = None
    path: Path = Path()

    def execute(self, sql: str, parameters: Any = (), /) -> _WatchedCursor:
        return self.cursor(_WatchedCursor).execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any, /) -> _WatchedCursor:
        return self.cursor(_WatchedCursor).executemany(sql, parameters)

    def seen(self, error: sqlite3.DatabaseError) -> None:
        damage = _classified(self.path, error)
        if self.listener is not None and isinstance(damage, CorruptDatabaseError):
            self.listener(damage)


@dataclass(frozen=True, slots=True)
class ReadOnly:
    """Why the database cannot be written, and how SQLite can still read it."""

    folder: Path
    why: str
    # The folder cannot hold the -shm and -wal files a WAL database is read through: SQLite
    # then reads the file as it is, trusting that nothing changes it meanwhile.
    immutable: bool

    def error(self) -> ReadOnlyStorageError:
        return ReadOnlyStorageError(self.folder, self.why)


def read_only_access(path: Path) -> ReadOnly | None:
    """How the database at ``path`` must be opened when it cannot be written; None when it
    can. The system is asked (oslayer.files: on Linux and macOS access(2), which knows
    read-only mounts, immutable files and the user's rights); nothing is created to find out
    in a folder that cannot be written."""
    folder = path.parent
    if not folder.is_dir():
        return None  # created at the first open, or that open says why it cannot be
    if not can_write_folder(folder):
        if not path.exists():
            raise ReadOnlyStorageError(
                folder, "the folder is read-only, and holds no Caravan database to read"
            )
        wal, shm = (Path(f"{path}{suffix}") for suffix in ("-wal", "-shm"))
        if wal.exists() and not shm.exists():
            log.warning(
                "%s holds changes that cannot be read in a read-only folder (its -shm file "
                "is missing): showing the database as it was before them",
                wal,
            )
        return ReadOnly(folder, "the folder is read-only", not (wal.exists() and shm.exists()))
    if path.exists() and not can_write_file(path):
        return ReadOnly(folder, f"its database file {path.name} is read-only", immutable=False)
    return None


def connect(
    path: Path, on_damage: DamageListener | None = None, read_only: ReadOnly | None = None
) -> sqlite3.Connection:
    """A connection with the project's pragmas; rows are addressable by column name.

    With ``on_damage``, every statement that meets a damaged page calls it (the error is
    raised as usual): damage found by any query, however it is handled, reaches recovery.
    With ``read_only``, SQLite opens the file for reading only and changes nothing in it.
    """
    target: str | Path = path
    if read_only is not None:
        mode = "mode=ro&immutable=1" if read_only.immutable else "mode=ro"
        target = f"{path.absolute().as_uri()}?{mode}"
    try:
        if on_damage is None:
            connection = sqlite3.connect(
                target, timeout=30, isolation_level=None, uri=read_only is not None
            )
        else:
            watched = sqlite3.connect(
                target,
                timeout=30,
                isolation_level=None,
                factory=_WatchedConnection,
                uri=read_only is not None,
            )
            watched.listener = on_damage
            watched.path = path
            connection = watched
    except sqlite3.Error as error:
        raise StorageError(f"cannot open the database {path}: {error}") from error
    connection.row_factory = sqlite3.Row
    if read_only is not None:
        return _read_only_pragmas(connection, path)
    try:
        # Only a new file takes it (the first write fixes the page size): an article row of
        # ~5 KB then fits in a page instead of spilling over two, storing a feed takes a
        # quarter less time, and the WAL is checkpointed every 16 MB instead of 4.
        connection.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA busy_timeout = 30000")
    except sqlite3.Error as error:  # e.g. "file is not a database"
        connection.close()
        raise _classified(path, error) from error
    return connection


def _read_only_pragmas(connection: sqlite3.Connection, path: Path) -> sqlite3.Connection:
    """Those that change nothing in the file: the page size and the journal mode are the
    file's own already."""
    try:
        connection.execute("PRAGMA query_only = ON")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA busy_timeout = 30000")
    except sqlite3.Error as error:
        connection.close()
        raise _classified(path, error) from error
    return connection


def _classified(path: Path, error: sqlite3.Error) -> StorageError | CorruptDatabaseError:
    """Damage (which recovery can mend) apart from other failures (which it must not touch)."""
    text = str(error).lower()
    code = getattr(error, "sqlite_errorcode", None)
    primary = None if code is None else code & 0xFF  # extended codes keep the primary low
    if isinstance(error, sqlite3.DatabaseError) and (
        primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
        or "not a database" in text
        or "malformed" in text
        or "corrupt" in text
    ):
        return CorruptDatabaseError(f"the database {path} is damaged: {error}")
    return StorageError(f"cannot open the database {path}: {error}")


def _write_failure(path: Path, error: sqlite3.Error) -> StorageError:
    """A failed write in words a user can act on; the transaction was rolled back."""
    if error.sqlite_errorcode == sqlite3.SQLITE_FULL:
        return DiskFullError(
            f"the disk is full (or the database {path.name} reached its size limit): this "
            "change was not saved, nothing saved before was lost; free some space and it "
            "will be saved on the next try"
        )
    damaged = _classified(path, error)
    if isinstance(damaged, CorruptDatabaseError):
        return damaged
    return StorageError(f"could not write to the database {path}: {error}")


def _is_storage_failure(error: sqlite3.Error) -> bool:
    """The file or the disk failed, as opposed to a bug in our SQL (which must surface)."""
    return not isinstance(
        error, sqlite3.ProgrammingError | sqlite3.InterfaceError | sqlite3.IntegrityError
    )


def _stored_version(path: Path, read_only: ReadOnly | None = None) -> int:
    """The schema version, read before any pragma changes the file (a newer one stays as is)."""
    try:
        if read_only is None:
            probe = sqlite3.connect(path, timeout=30)
        else:
            probe = connect(path, read_only=read_only)
    except sqlite3.Error as error:
        raise StorageError(f"cannot open the database {path}: {error}") from error
    try:
        return int(probe.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error as error:
        raise _classified(path, error) from error
    finally:
        probe.close()


def migrate(path: Path) -> int:
    """Bring the schema at ``path`` to the newest version; return that version.

    The version is ``PRAGMA user_version`` = number of migrations applied. Each migration runs
    in its own transaction; an existing database is copied aside before it is changed. A
    database written by a newer Caravan is refused rather than damaged.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(
            f"cannot create the data folder {path.parent}: {error.strerror or error}"
        ) from error
    version = _stored_version(path)
    _refuse_newer(path, version)
    connection = connect(path)
    try:
        if version == 0:
            # Before the first table exists: lets retention give freed pages back to the disk.
            # WAL mode has already written the header, so the change needs a VACUUM (instant
            # on an empty file).
            connection.execute("PRAGMA auto_vacuum = INCREMENTAL")
            connection.execute("VACUUM")
        if 0 < version < len(MIGRATIONS):
            backup = path.with_name(f"{path.name}.before-v{len(MIGRATIONS)}")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            shutil.copy2(path, backup)
            log.info("copied the database to %s before migrating", backup)
        # SQLite's procedure for changing a table's definition: foreign keys off while the
        # migrations run (rebuilding a parent table would otherwise cascade its DROP to the
        # children), and a check before each commits that it broke no link between rows.
        connection.execute("PRAGMA foreign_keys = OFF")
        for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
            connection.execute("BEGIN IMMEDIATE")
            try:
                broken_before = _broken_links(connection)
                migration(connection)
                if _broken_links(connection) > broken_before:
                    raise StorageError(
                        f"migrating {path} to schema {number} would break links between "
                        "rows; the database was left as it was"
                    )
                connection.execute(f"PRAGMA user_version = {number}")
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            log.info("database schema migrated to version %d", number)
        return len(MIGRATIONS)
    except sqlite3.DatabaseError as error:
        raise _classified(path, error) from error
    finally:
        connection.close()


def _broken_links(connection: sqlite3.Connection) -> int:
    """Rows whose foreign key points at no row (none, unless edited from outside Caravan)."""
    return len(connection.execute("PRAGMA foreign_key_check").fetchall())


def _refuse_newer(path: Path, version: int) -> None:
    if version > len(MIGRATIONS):
        raise StorageError(
            f"{path} was written by a newer Caravan (schema {version}, this one knows "
            f"{len(MIGRATIONS)}); update Caravan or choose another --data-dir"
        )


def check_readable(path: Path, read_only: ReadOnly) -> int:
    """The schema version of a database that cannot be migrated, when this Caravan's reads
    understand it; else a StorageError that says what would have to be written."""
    version = _stored_version(path, read_only)
    _refuse_newer(path, version)
    if version == 0:
        raise StorageError(f"{path} holds no Caravan data yet: {read_only.error()}")
    if version < OLDEST_READABLE:
        raise StorageError(
            f"{path} was written by an older Caravan (schema {version}) and must be upgraded "
            f"to schema {len(MIGRATIONS)} before this one can read it, which cannot be saved: "
            f"{read_only.error()}"
        )
    return version


class Writer:
    """The one thread allowed to write; callers hand it functions of a connection.

    Each submitted function runs inside one transaction, so a user action is either committed
    completely or not at all. A failure of the file or the disk comes back as a
    :class:`StorageError` (:class:`DiskFullError` when space ran out). With ``read_only``,
    every function is refused with a :class:`ReadOnlyStorageError` and none runs. Once
    :meth:`close` is called, nothing more is accepted (a :class:`StorageError`): a write
    that came later would open a connection that nobody closes.
    """

    def __init__(
        self,
        path: Path,
        on_damage: DamageListener | None = None,
        read_only: ReadOnly | None = None,
    ) -> None:
        self._path = path
        self._on_damage = on_damage
        self._read_only = read_only
        self._local = threading.local()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-writer")
        self._closed = False
        # Held while work is queued and while close() queues the last item: no work can
        # slip in behind the connection's closing.
        self._queueing = threading.Lock()

    def submit(self, work: Callable[[sqlite3.Connection], T]) -> Future[T]:
        if self._read_only is not None:
            refused: Future[T] = Future()
            refused.set_exception(self._read_only.error())
            return refused
        return self._queued(self._run, work)

    def _queued(
        self,
        method: Callable[[Callable[[sqlite3.Connection], T]], T],
        work: Callable[[sqlite3.Connection], T],
    ) -> Future[T]:
        with self._queueing:
            if self._closed:
                raise StorageError(f"{self._path} is closed: nothing more can be saved")
            return self._executor.submit(method, work)

    def run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Submit and wait: for command-line use and tests."""
        return self.submit(work).result()

    def run_without_transaction(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """For maintenance that cannot run inside a transaction (vacuuming)."""
        if self._read_only is not None:
            raise self._read_only.error()
        return self._queued(self._run_bare, work).result()

    def _run_bare(self, work: Callable[[sqlite3.Connection], T]) -> T:
        try:
            return work(self._connection())
        except sqlite3.Error as error:
            if _is_storage_failure(error):
                raise _write_failure(self._path, error) from error
            raise

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = connect(self._path, self._on_damage)
            self._local.connection = connection
        return connection

    def close(self) -> None:
        """Finish the queued writes, then close the connection on its own thread."""
        with self._queueing:
            if self._closed:
                return
            self._closed = True
            last = self._executor.submit(self._close_connection)
        last.result()
        self._executor.shutdown(wait=True)

    def _close_connection(self) -> None:
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None

    def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        connection = self._connection()
        connection.execute("BEGIN IMMEDIATE")
        try:
            result = work(connection)
            connection.execute("COMMIT")
        except BaseException as error:
            if connection.in_transaction:  # also when COMMIT itself failed (disk full)
                connection.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error) and _is_storage_failure(error):
                raise _write_failure(self._path, error) from error
            raise
        return result


class Database:
    """The database file: migrated on open, one writer, any number of reader connections.

    Damage met by any of its connections is reported once to the listeners given to
    :meth:`watch_damage` (from whichever thread met it) and stays in :attr:`damage`.
    With ``read_only`` (see :func:`read_only_access`) the file is read as it is, if this
    Caravan can, and :attr:`read_only` says why nothing can be saved.
    """

    def __init__(self, path: Path, read_only: ReadOnly | None = None) -> None:
        self.path = path
        self.read_only = read_only
        if read_only is None:
            migrate(path)
        else:
            check_readable(path, read_only)
        self.writer = Writer(path, self.report_damage, read_only)
        self._on_close: list[Callable[[], None]] = []
        self._damage_listeners: list[DamageListener] = []
        self._damage_lock = threading.Lock()
        self.damage: CorruptDatabaseError | None = None

    def reader(self) -> sqlite3.Connection:
        """A new connection for reading on the calling thread."""
        connection = connect(self.path, self.report_damage, self.read_only)
        connection.execute("PRAGMA query_only = ON")
        return connection

    def watch_damage(self, listener: DamageListener) -> None:
        """Call ``listener`` once when damage is first met (at once if it already was)."""
        with self._damage_lock:
            self._damage_listeners.append(listener)
            damage = self.damage
        if damage is not None:
            listener(damage)

    def report_damage(self, damage: CorruptDatabaseError) -> None:
        with self._damage_lock:
            if self.damage is not None:
                return
            self.damage = damage
            listeners = list(self._damage_listeners)
        log.error("%s", damage)
        for listener in listeners:
            listener(damage)

    def on_close(self, action: Callable[[], None]) -> None:
        """Run ``action`` once the writer has finished, at :meth:`close`."""
        self._on_close.append(action)

    def close(self) -> None:
        self.writer.close()
        for action in self._on_close:
            action()
        self._on_close.clear()
