"""Shared test fixtures: real files, a real HTTP server on 127.0.0.1, isolated directories."""

from __future__ import annotations

import email.utils
import gzip
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import NoReturn

import pytest

from desktop_app.store.db import Database

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@dataclass
class Route:
    """What the server answers on one path."""

    body: bytes
    content_type: str = "application/xml"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    hold: threading.Event | None = None  # the answer waits until the test sets it


@dataclass
class RecordedRequest:
    path: str
    headers: dict[str, str]


class LocalServer:
    """A threaded HTTP/1.1 server on 127.0.0.1 with routes set by the test.

    It honours If-None-Match / If-Modified-Since with a 304, like a well-behaved feed host,
    and records every request so tests can see what the client sent.
    """

    def __init__(self, port: int = 0) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[RecordedRequest] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server.requests.append(
                    RecordedRequest(self.path, {k.lower(): v for k, v in self.headers.items()})
                )
                route = server.routes.get(self.path)
                if route is None:
                    self._send(404, b"not found", "text/plain", {})
                    return
                if route.hold is not None:
                    route.hold.wait(30)
                if (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                    route.last_modified
                    and self.headers.get("If-Modified-Since") == route.last_modified
                ):
                    self._send(304, b"", None, {})
                    return
                headers = dict(route.headers)
                if route.etag:
                    headers["ETag"] = route.etag
                if route.last_modified:
                    headers["Last-Modified"] = route.last_modified
                body = route.body
                if route.gzip:
                    body = gzip.compress(body)
                    headers["Content-Encoding"] = "gzip"
                self._send(route.status, body, route.content_type, headers)

            def do_POST(self) -> None:
                """A form post (an API's call): the body is read and dropped, the route
                answers as for GET."""
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                self.do_GET()

            def _send(
                self, status: int, body: bytes, content_type: str | None, headers: dict[str, str]
            ) -> None:
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def serve_file(self, path: str, file: Path, content_type: str = "application/xml") -> str:
        self.routes[path] = Route(
            file.read_bytes(),
            content_type,
            etag=f'"{file.stat().st_size}"',
            last_modified=email.utils.formatdate(file.stat().st_mtime, usegmt=True),
        )
        return self.url(path)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    server = LocalServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A real, migrated SQLite file for the test, closed after it."""
    database = Database(tmp_path / "caravan.sqlite3")
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data directory: no test touches the user's home."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def make_read_only() -> Iterator[Callable[[Path], None]]:
    """Makes a folder or a file read-only, for root too, until the test ends.

    Root ignores file modes (``chmod 0555`` holds nothing back from it), and tests run as root
    here and on CI: the path is bind-mounted read-only onto itself, which needs root's
    CAP_SYS_ADMIN and util-linux's ``mount`` (Debian's required ``mount`` package). Any other
    user gets the path's write permissions taken away instead. Windows has neither: there the
    test is skipped.
    """
    mounted: list[Path] = []
    modes: list[tuple[Path, int]] = []

    def make(path: Path) -> None:
        if sys.platform == "win32":
            pytest.skip("a Windows folder's write access is in its access list, not its mode")
        if os.geteuid() != 0:
            modes.append((path, path.stat().st_mode))
            path.chmod(path.stat().st_mode & ~0o222)
        else:
            for command in (["mount", "--bind"], ["mount", "-o", "remount,bind,ro"]):
                try:
                    done = subprocess.run(
                        [*command, str(path), str(path)], capture_output=True, text=True
                    )
                except FileNotFoundError as error:
                    _unavailable(f"cannot make {path} read-only for root: {error}")
                if done.returncode != 0:
                    _unavailable(f"cannot make {path} read-only for root: {done.stderr.strip()}")
                if command[1] == "--bind":
                    mounted.append(path)
        assert not os.access(path, os.W_OK), f"{path} is still writable"

    try:
        yield make
    finally:
        for path in reversed(mounted):  # lazily: a file still open keeps it until closed
            subprocess.run(["umount", "--lazy", str(path)], check=True)
        for path, mode in modes:
            path.chmod(mode)


def _unavailable(reason: str) -> NoReturn:
    """No way to make a path read-only here: skipped on a developer's machine, failed on CI
    (where the CI variable is set), which must run these tests."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point XDG directories at the test's folder, whatever the code under test resolves."""
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / "xdg" / variable.lower()))


_LOCAL_HOSTS = ("127.", "localhost", "::1")


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests talk to servers they start on 127.0.0.1 and to nothing else: a name outside the
    machine does not resolve (at once, like a machine with no network), so no test waits on
    a connect time-out and none depends on what the internet answers that day."""
    real_getaddrinfo = socket.getaddrinfo

    def local_only(host: object, *args: object, **kwargs: object) -> object:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if not name.startswith(_LOCAL_HOSTS):
            raise socket.gaierror(socket.EAI_NONAME, f"tests reach no host outside: {name}")
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", local_only)


class NetworkGuard:
    """Every way Python code reaches the network, replaced by one that records and refuses
    (for one test only: an audit hook would do the same but stays for the whole session)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.attempts: list[tuple[str, tuple[object, ...]]] = []
        for owner, name in (
            (socket.socket, "connect"),
            (socket.socket, "connect_ex"),
            (socket.socket, "sendto"),
            (socket, "getaddrinfo"),
            (socket, "gethostbyname"),
            (socket, "create_connection"),
        ):
            monkeypatch.setattr(owner, name, self._refuse(name))

    def _refuse(self, name: str) -> Callable[..., object]:
        def refuse(*arguments: object, **_options: object) -> object:
            self.attempts.append((name, arguments))
            raise OSError("the network is forbidden in this test")

        return refuse


@pytest.fixture
def network_guard(monkeypatch: pytest.MonkeyPatch) -> NetworkGuard:
    """No connection from here on: each attempt is refused and kept in ``attempts``."""
    guard = NetworkGuard(monkeypatch)
    with pytest.raises(OSError):  # the guard works: an attempt is seen and stopped
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    assert guard.attempts
    guard.attempts.clear()
    return guard
