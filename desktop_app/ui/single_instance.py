"""One Caravan per data directory: a second launch hands its request to the running one (bring
the window forward, add a feed) and exits, so the database is never written by two windows.

The first launch holds a lock on a file in the data directory for as long as it runs; a launch
that cannot take it is a second one. That decides at once, even for two launches a moment apart,
before either can listen. A local socket named after the data directory then carries one JSON
message per launch. The server starts once the window has painted (QtNetwork is some 10 ms of
start-up that nothing on screen needs), so a second launch waits for it to listen.
"""

from __future__ import annotations

import json
import logging
import os
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from desktop_app import APP_ID
from desktop_app.errors import InstanceNotAnsweringError
from desktop_app.i18n import translate
from desktop_app.oslayer.local_sockets import socket_file
from desktop_app.oslayer.locks import lock_exclusively, unlock_and_close

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

_TIMEOUT_MS = 1500
_MAX_MESSAGE = 64 * 1024
_RETRY_S = 0.05
LOCK_FILE = "caravan.lock"


class DataDirectoryLock:
    """The data directory, held by this process: an exclusive lock on ``caravan.lock`` that the
    system lets go of when the process ends, however it ends (so a crash leaves no stale lock,
    and a process id reused by another program cannot pass for a running Caravan)."""

    def __init__(self, handle: IO[str] | None) -> None:
        self._handle = handle

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        if self._handle is not None:
            unlock_and_close(self._handle)
            self._handle = None


def lock_data_dir(data_dir: Path) -> DataDirectoryLock | None:
    """Hold ``data_dir`` for this process; None when another Caravan holds it.

    In a directory that cannot be written, the lock file left there by a Caravan that could is
    locked for reading (that locks as well); without one the directory is treated as free and
    the returned lock is not held. Caravan opens such a directory read-only, so a second
    launch could not write there either: there is no second writer to fear.
    """
    path = data_dir / LOCK_FILE
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        handle = path.open("a+", encoding="utf-8")  # kept open while the lock is held
    except OSError as error:
        try:
            handle = path.open("r", encoding="utf-8")
        except OSError:
            log.warning(
                "cannot create %s (%s): opening without the lock; a Caravan that cannot "
                "write the directory cannot write its database either, so a second launch "
                "would do no harm",
                path,
                error.strerror or error,
            )
            return DataDirectoryLock(None)
    try:
        lock_exclusively(handle)
    except OSError:  # held by another process
        handle.close()
        return None
    if handle.writable():
        handle.truncate(0)
        handle.write(f"{os.getpid()}\n")  # for whoever looks: the holder
        handle.flush()
    return DataDirectoryLock(handle)


def server_name(data_dir: Path) -> str:
    """One name per data directory, after the application id, from checksums of its real
    path: the name needs no cryptography, and hashlib would load OpenSSL on the start path
    (~2 ms)."""
    path = str(data_dir.resolve()).encode("utf-8")
    return f"{APP_ID}-{zlib.crc32(path):08x}{zlib.adler32(path):08x}"


def may_be_listening(name: str) -> bool:
    """False when no server called ``name`` can be listening. Where Qt's local server is a
    socket file, a waiting launch watches for the file instead of trying to connect; where it
    is not (Windows' named pipes), only a connection can tell. (Only a launch that finds
    the directory held asks: QDir's enums are not built on the usual start path.)"""
    from PySide6.QtCore import QDir

    path = socket_file(name, Path(QDir.tempPath()))
    return path is None or path.exists()


def claim_or_hand_over(
    data_dir: Path, request: dict[str, Any], patience_s: float
) -> DataDirectoryLock | None:
    """This launch's hold on ``data_dir``; or None once ``request`` is handed over to the Caravan
    that holds it. That one listens once its window has painted, so this waits for it up to
    ``patience_s``; if it ends meanwhile, this launch takes the directory over. Raises
    InstanceNotAnsweringError when it neither answers nor ends."""
    deadline = time.monotonic() + patience_s
    while True:
        lock = lock_data_dir(data_dir)
        if lock is not None:
            return lock
        if hand_over(data_dir, request):
            return None
        if time.monotonic() >= deadline:
            raise InstanceNotAnsweringError(
                translate(
                    "SingleInstance",
                    "Another Caravan is using {folder} but does not answer (it may be showing a "
                    "message of its own). Close it, then start Caravan again.",
                ).format(folder=data_dir)
            )
        time.sleep(_RETRY_S)


def hand_over(data_dir: Path, request: dict[str, Any]) -> bool:
    """Give ``request`` to the Caravan listening for ``data_dir``; False when none answers."""
    name = server_name(data_dir)
    return may_be_listening(name) and _send(name, request)


def _send(name: str, request: dict[str, Any]) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(_TIMEOUT_MS):
        return False
    message = json.dumps(request).encode("utf-8") + b"\n"
    written = socket.write(message)
    socket.flush()
    acknowledged = socket.waitForReadyRead(_TIMEOUT_MS) and socket.readLine().data() == b"ok\n"
    socket.disconnectFromServer()
    if not acknowledged:
        log.warning("the running Caravan did not acknowledge; it may be busy")
    return written == len(message)


class InstanceServer(QObject):
    """Listens for later launches; ``on_request`` gets each launch's request on the UI thread."""

    def __init__(
        self,
        data_dir: Path,
        on_request: Callable[[dict[str, Any]], None],
        parent: QObject | None = None,
    ) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._on_request = on_request
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # a socket left behind by a crash
            if not self._server.listen(name):
                log.warning("cannot listen for other launches: %s", self._server.errorString())
        self._server.newConnection.connect(self._accept)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda socket=socket: self._read(socket))

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > _MAX_MESSAGE:
                socket.abort()
            return
        line = bytes(socket.readLine(_MAX_MESSAGE).data())
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        try:
            request = json.loads(line)
        except ValueError:
            log.warning("ignored a malformed message from another launch")
            return
        if isinstance(request, dict):
            self._on_request(request)
