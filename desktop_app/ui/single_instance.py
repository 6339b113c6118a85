"""One Caravan per data directory: a second launch hands its request to the running one (bring
the window forward, add a feed) and exits, so the database is never written by two windows.

A local socket named after the data directory carries one JSON message per launch.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

_TIMEOUT_MS = 1500
_MAX_MESSAGE = 64 * 1024


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"caravan-{digest}"


def hand_over(data_dir: Path, request: dict[str, Any]) -> bool:
    """Give ``request`` to a Caravan already running on ``data_dir``; False if none answers."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
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
