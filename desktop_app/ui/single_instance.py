"""One Caravan per data directory: a second launch hands its request to the running one (bring
the window forward, add a feed) and exits, so the database is never written by two windows.

A local socket named after the data directory carries one JSON message per launch. QtNetwork
loads only when a running Caravan may be listening, and for the server once the window has
painted: it is some 10 ms of start-up that nothing on screen needs.
"""

from __future__ import annotations

import json
import logging
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDir, QObject

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

_TIMEOUT_MS = 1500
_MAX_MESSAGE = 64 * 1024


def server_name(data_dir: Path) -> str:
    """One name per data directory, from checksums of its real path: the name needs no
    cryptography, and hashlib would load OpenSSL on the start path (~2 ms)."""
    path = str(data_dir.resolve()).encode("utf-8")
    return f"caravan-{zlib.crc32(path):08x}{zlib.adler32(path):08x}"


def may_be_listening(name: str) -> bool:
    """False when no server called ``name`` can be listening. On Unix Qt's local server is a
    socket file in the temporary directory, so a first launch knows without a connection;
    elsewhere (Windows' named pipes) only a connection can tell."""
    if sys.platform == "win32":
        return True
    return Path(QDir.tempPath(), name).exists()


def hand_over(data_dir: Path, request: dict[str, Any]) -> bool:
    """Give ``request`` to a Caravan already running on ``data_dir``; False if none answers."""
    name = server_name(data_dir)
    if not may_be_listening(name):
        return False
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
