"""One Caravan per data directory: a second launch hands its request to the running one (bring
the window forward, add a feed) and exits, so the database is never written by two windows.

The first launch holds a lock file in the data directory for as long as it runs; a launch that
cannot take it is a second one. That decides at once, even for two launches a moment apart,
before either can listen. A local socket named after the data directory then carries one JSON
message per launch. The server starts once the window has painted (QtNetwork is some 10 ms of
start-up that nothing on screen needs), so a second launch waits for it to listen.
"""

from __future__ import annotations

import json
import logging
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDir, QLockFile, QObject

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

_TIMEOUT_MS = 1500
_MAX_MESSAGE = 64 * 1024
_RETRY_S = 0.05
LOCK_FILE = "caravan.lock"


def lock_data_dir(data_dir: Path) -> QLockFile | None:
    """Hold ``data_dir`` for this process until it unlocks or ends; None when another Caravan
    holds it. A lock left by a process that died is stale and taken over (Qt checks the
    process id written in the file). A directory that cannot hold the file is logged and
    treated as free: the returned lock is then not held."""
    lock = QLockFile(str(data_dir / LOCK_FILE))
    lock.setStaleLockTime(0)  # held for days: only a dead owner makes it stale
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.warning("cannot create %s: %s", data_dir, error)
        return lock
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    log.warning("cannot lock %s (%s): another launch would not be noticed", data_dir, lock.error())
    return lock


def server_name(data_dir: Path) -> str:
    """One name per data directory, from checksums of its real path: the name needs no
    cryptography, and hashlib would load OpenSSL on the start path (~2 ms)."""
    path = str(data_dir.resolve()).encode("utf-8")
    return f"caravan-{zlib.crc32(path):08x}{zlib.adler32(path):08x}"


def may_be_listening(name: str) -> bool:
    """False when no server called ``name`` can be listening. On Unix Qt's local server is a
    socket file in the temporary directory, so a waiting launch watches for the file instead
    of trying to connect; elsewhere (Windows' named pipes) only a connection can tell."""
    if sys.platform == "win32":
        return True
    return Path(QDir.tempPath(), name).exists()


def hand_over(data_dir: Path, request: dict[str, Any], patience_ms: int = 0) -> bool:
    """Give ``request`` to the Caravan running on ``data_dir``, waiting up to ``patience_ms``
    for it to listen (a Caravan starting up listens once its window has painted); False when
    none answers."""
    name = server_name(data_dir)
    deadline = time.monotonic() + patience_ms / 1000
    while not (may_be_listening(name) and _send(name, request)):
        if time.monotonic() >= deadline:
            return False
        time.sleep(_RETRY_S)
    return True


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
