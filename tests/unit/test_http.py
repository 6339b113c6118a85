"""The downloader against real local servers: validators, gzip, caps, errors, time-outs."""

from __future__ import annotations

import contextlib
import gzip
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.errors import NetworkError, OfflineError
from desktop_app.net.http import HttpClient, NetworkPolicy
from tests.conftest import LocalServer, Route

FAST = NetworkPolicy(connect_timeout=2.0, read_timeout=2.0, total_deadline=5.0)


@pytest.fixture
def client() -> HttpClient:
    return HttpClient(FAST)


@pytest.fixture
def macworld(fixtures_dir: Path) -> Path:
    return fixtures_dir / "feeds-real" / "macworld.rss"


class MisbehavingServer:
    """Answers that the well-behaved test server never gives: stalls, drips, no length.

    Handlers wait on ``release`` instead of sleeping blindly, so teardown ends them at once.
    """

    STALL_LIMIT = 10.0  # seconds: a safety net, the tests release the handlers long before

    def __init__(self) -> None:
        self.release = threading.Event()
        release = self.release

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = 10  # seconds of socket inactivity before a handler gives up

            def do_GET(self) -> None:
                # The client may give up first: that is the point of these routes.
                with contextlib.suppress(OSError):
                    self._answer()

            def _answer(self) -> None:
                path, _, query = self.path.partition("?")
                size = int(query) if query.isdigit() else 1000
                if path == "/stall-before-headers":
                    release.wait(MisbehavingServer.STALL_LIMIT)
                    self._head(200, {"Content-Length": "2"})
                    self.wfile.write(b"ok")
                elif path == "/stall-mid-body":
                    self._head(200, {"Content-Length": str(size)})
                    self.wfile.write(b"<rss>")
                    self.wfile.flush()
                    release.wait(MisbehavingServer.STALL_LIMIT)
                elif path == "/drip":
                    self._head(200, {"Content-Length": str(size)})
                    for _ in range(size):
                        self.wfile.write(b"x")
                        self.wfile.flush()
                        if release.wait(0.02):
                            return
                elif path == "/no-length":
                    # HTTP/1.0 style: the body ends when the server closes the connection.
                    self._head(200, {})
                    self.wfile.write(b"y" * size)
                elif path == "/chunked":
                    self._head(200, {"Transfer-Encoding": "chunked"})
                    piece = b"z" * 1000
                    for _ in range(size // len(piece)):
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                    self.wfile.write(b"0\r\n\r\n")
                else:
                    self._head(404, {"Content-Length": "0"})

            def _head(self, status: int, headers: dict[str, str]) -> None:
                # One request per connection: no handler lingers on a kept-alive socket.
                self.close_connection = True
                self.send_response(status)
                self.send_header("Connection", "close")
                self.send_header("Content-Type", "application/xml")
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = False  # server_close() joins the handlers
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def url(self, path: str) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def stop(self) -> None:
        self.release.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()


@pytest.fixture
def misbehaving() -> Iterator[MisbehavingServer]:
    server = MisbehavingServer()
    try:
        yield server
    finally:
        server.stop()


def closed_port_url() -> str:
    """An address on this machine where nothing listens."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.xml"


# --- normal and conditional GET --------------------------------------------------------------


def test_get_returns_the_body_and_headers(
    client: HttpClient, http_server: LocalServer, macworld: Path
) -> None:
    url = http_server.serve_file("/macworld.rss", macworld, "application/rss+xml")

    response = client.get(url)

    assert response.status == 200
    assert response.url == url
    assert response.body == macworld.read_bytes()
    assert response.not_modified is False
    assert response.headers["content-type"] == "application/rss+xml"
    assert response.etag == f'"{macworld.stat().st_size}"'
    assert response.last_modified is not None
    assert response.last_modified.endswith("GMT")
    assert response.permanent_redirect is None


def test_get_identifies_itself_and_sends_the_accept_header(
    client: HttpClient, http_server: LocalServer
) -> None:
    http_server.routes["/feed"] = Route(b"<rss/>")

    client.get(http_server.url("/feed"), accept="application/rss+xml")

    sent = http_server.requests[-1].headers
    assert sent["user-agent"].startswith(f"Caravan/{__version__}")
    assert sent["accept"] == "application/rss+xml"
    assert "gzip" in sent["accept-encoding"]
    assert "if-none-match" not in sent
    assert "if-modified-since" not in sent


def test_conditional_get_with_the_etag_gets_not_modified_without_a_body(
    client: HttpClient, http_server: LocalServer, macworld: Path
) -> None:
    url = http_server.serve_file("/macworld.rss", macworld)
    first = client.get(url)

    second = client.get(url, etag=first.etag)

    assert http_server.requests[-1].headers["if-none-match"] == first.etag
    assert second.status == 304
    assert second.not_modified is True
    assert second.body is None


def test_conditional_get_with_last_modified_gets_not_modified(
    client: HttpClient, http_server: LocalServer, macworld: Path
) -> None:
    url = http_server.serve_file("/macworld.rss", macworld)
    first = client.get(url)

    second = client.get(url, last_modified=first.last_modified)

    sent = http_server.requests[-1].headers
    assert sent["if-modified-since"] == first.last_modified
    assert "if-none-match" not in sent
    assert second.not_modified is True
    assert second.body is None


def test_conditional_get_sends_both_validators(
    client: HttpClient, http_server: LocalServer, macworld: Path
) -> None:
    url = http_server.serve_file("/macworld.rss", macworld)

    client.get(url, etag='"old"', last_modified="Mon, 01 Jan 2001 00:00:00 GMT")

    sent = http_server.requests[-1].headers
    assert sent["if-none-match"] == '"old"'
    assert sent["if-modified-since"] == "Mon, 01 Jan 2001 00:00:00 GMT"


def test_a_stale_etag_gets_the_full_body(
    client: HttpClient, http_server: LocalServer, macworld: Path
) -> None:
    url = http_server.serve_file("/macworld.rss", macworld)

    response = client.get(url, etag='"an-older-version"')

    assert response.status == 200
    assert response.body == macworld.read_bytes()


def test_a_gzip_response_is_decompressed(
    client: HttpClient, http_server: LocalServer, macworld: Path
) -> None:
    original = macworld.read_bytes()
    http_server.routes["/feed.gz"] = Route(original, gzip=True)

    response = client.get(http_server.url("/feed.gz"))

    assert response.headers["content-encoding"] == "gzip"
    assert response.body == original


# --- the size cap ----------------------------------------------------------------------------


def test_a_body_over_the_cap_is_refused_by_its_content_length(http_server: LocalServer) -> None:
    http_server.routes["/big"] = Route(b"x" * 5000)
    client = HttpClient(NetworkPolicy(max_bytes=4096))

    with pytest.raises(NetworkError, match="over the cap"):
        client.get(http_server.url("/big"))


def test_a_body_at_the_cap_is_accepted(http_server: LocalServer) -> None:
    http_server.routes["/exact"] = Route(b"x" * 4096)
    client = HttpClient(NetworkPolicy(max_bytes=4096))

    assert client.get(http_server.url("/exact")).body == b"x" * 4096


def test_a_body_over_the_cap_without_a_content_length_is_cut(
    misbehaving: MisbehavingServer,
) -> None:
    client = HttpClient(NetworkPolicy(connect_timeout=2, read_timeout=2, max_bytes=4096))
    assert client.get(misbehaving.url("/no-length?3000")).body == b"y" * 3000

    with pytest.raises(NetworkError, match="larger than 4,096 bytes"):
        client.get(misbehaving.url("/no-length?200000"))


def test_a_chunked_body_over_the_cap_is_cut(misbehaving: MisbehavingServer) -> None:
    client = HttpClient(NetworkPolicy(connect_timeout=2, read_timeout=2, max_bytes=50_000))
    assert client.get(misbehaving.url("/chunked?20000")).body == b"z" * 20000

    with pytest.raises(NetworkError, match="larger than 50,000 bytes"):
        client.get(misbehaving.url("/chunked?300000"))


def test_a_gzip_bomb_is_cut_by_its_expanded_size(http_server: LocalServer) -> None:
    expanded = b"\0" * 2_000_000
    assert len(gzip.compress(expanded)) < 100_000  # the declared length passes the cap
    http_server.routes["/bomb"] = Route(expanded, gzip=True)
    client = HttpClient(NetworkPolicy(max_bytes=100_000))

    with pytest.raises(NetworkError, match="larger than 100,000 bytes"):
        client.get(http_server.url("/bomb"))


# --- HTTP errors and refused addresses -------------------------------------------------------


@pytest.mark.parametrize("status", [404, 410, 500, 503])
def test_an_error_status_raises_with_the_status_in_the_message(
    client: HttpClient, http_server: LocalServer, status: int
) -> None:
    http_server.routes["/broken"] = Route(b"nope", "text/plain", status=status)

    with pytest.raises(NetworkError, match=f"HTTP {status}") as caught:
        client.get(http_server.url("/broken"))

    assert not isinstance(caught.value, OfflineError)
    assert http_server.url("/broken") in str(caught.value)


def test_an_unknown_path_is_a_404(client: HttpClient, http_server: LocalServer) -> None:
    with pytest.raises(NetworkError, match="HTTP 404 Not Found"):
        client.get(http_server.url("/missing"))


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://{host}/feed.xml",
        "javascript:alert(1)",
        "gopher://{host}/",
        "//{host}/feed.xml",
        "{host}/feed.xml",
    ],
)
def test_a_non_web_address_is_refused_without_connecting(
    client: HttpClient, http_server: LocalServer, url: str
) -> None:
    address = url.format(host=http_server.base_url.removeprefix("http://"))

    with pytest.raises(NetworkError, match="only http and https"):
        client.get(address)

    assert http_server.requests == []


def test_a_redirect_to_a_file_address_is_refused(
    client: HttpClient, http_server: LocalServer
) -> None:
    http_server.routes["/sneaky"] = Route(
        b"", status=302, headers={"Location": "file:///etc/passwd"}
    )

    with pytest.raises(NetworkError, match="refused a redirect"):
        client.get(http_server.url("/sneaky"))

    assert [request.path for request in http_server.requests] == ["/sneaky"]


# --- redirects -------------------------------------------------------------------------------


def redirect(http_server: LocalServer, path: str, status: int, target: str) -> None:
    http_server.routes[path] = Route(b"", status=status, headers={"Location": target})


def test_a_chain_of_permanent_redirects_reports_the_final_address(
    client: HttpClient, http_server: LocalServer, macworld: Path
) -> None:
    final = http_server.serve_file("/new/feed.xml", macworld)
    redirect(http_server, "/old", 301, http_server.url("/older-still"))
    redirect(http_server, "/older-still", 308, "/new/feed.xml")  # a relative Location

    response = client.get(http_server.url("/old"))

    assert response.body == macworld.read_bytes()
    assert response.url == final
    assert response.permanent_redirect == final
    assert [r.path for r in http_server.requests] == ["/old", "/older-still", "/new/feed.xml"]


def test_a_temporary_redirect_is_not_reported_as_permanent(
    client: HttpClient, http_server: LocalServer, macworld: Path
) -> None:
    final = http_server.serve_file("/today.xml", macworld)
    redirect(http_server, "/feed", 302, final)

    response = client.get(http_server.url("/feed"))

    assert response.url == final
    assert response.body == macworld.read_bytes()
    assert response.permanent_redirect is None


def test_a_chain_with_one_temporary_hop_is_not_permanent(
    client: HttpClient, http_server: LocalServer, macworld: Path
) -> None:
    final = http_server.serve_file("/final.xml", macworld)
    redirect(http_server, "/a", 301, http_server.url("/b"))
    redirect(http_server, "/b", 307, final)

    response = client.get(http_server.url("/a"))

    assert response.url == final
    assert response.permanent_redirect is None


def test_a_redirect_loop_raises(client: HttpClient, http_server: LocalServer) -> None:
    redirect(http_server, "/ping", 302, "/pong")
    redirect(http_server, "/pong", 302, "/ping")

    with pytest.raises(NetworkError, match="redirects"):
        client.get(http_server.url("/ping"))


def test_a_permanent_redirect_answered_not_modified_is_still_reported(
    client: HttpClient, http_server: LocalServer, macworld: Path
) -> None:
    final = http_server.serve_file("/moved.xml", macworld)
    etag = http_server.routes["/moved.xml"].etag
    redirect(http_server, "/feed", 301, final)

    response = client.get(http_server.url("/feed"), etag=etag)

    assert response.not_modified is True
    assert response.permanent_redirect == final


# --- no connection, time-outs ----------------------------------------------------------------


def test_a_closed_port_raises_offline_quickly(client: HttpClient) -> None:
    started = time.monotonic()

    with pytest.raises(OfflineError, match=r"cannot connect to 127\.0\.0\.1"):
        client.get(closed_port_url())

    assert time.monotonic() - started < 2.0


def test_a_server_that_never_answers_raises_a_read_time_out(
    misbehaving: MisbehavingServer,
) -> None:
    client = HttpClient(NetworkPolicy(connect_timeout=1.0, read_timeout=0.3, total_deadline=5.0))
    started = time.monotonic()

    with pytest.raises(NetworkError, match="stopped answering") as caught:
        client.get(misbehaving.url("/stall-before-headers"))

    elapsed = time.monotonic() - started
    assert 0.25 <= elapsed < 1.5
    # The server is there, just silent: this is not "offline".
    assert not isinstance(caught.value, OfflineError)


def test_a_server_that_stops_in_the_middle_of_the_body_raises_a_read_time_out(
    misbehaving: MisbehavingServer,
) -> None:
    client = HttpClient(NetworkPolicy(connect_timeout=1.0, read_timeout=0.3, total_deadline=5.0))
    started = time.monotonic()

    with pytest.raises(NetworkError, match="stopped answering") as caught:
        client.get(misbehaving.url("/stall-mid-body"))

    assert time.monotonic() - started < 1.5
    assert not isinstance(caught.value, OfflineError)


def test_a_server_dripping_bytes_is_cut_at_the_total_deadline(
    misbehaving: MisbehavingServer,
) -> None:
    # 400 bytes, one every 20 ms: eight seconds if the client waited for all of it.
    client = HttpClient(NetworkPolicy(connect_timeout=1.0, read_timeout=1.0, total_deadline=0.4))
    started = time.monotonic()

    with pytest.raises(NetworkError, match="took longer than"):
        client.get(misbehaving.url("/drip?400"))

    assert time.monotonic() - started < 1.5


def test_one_client_serves_several_threads(http_server: LocalServer, macworld: Path) -> None:
    url = http_server.serve_file("/macworld.rss", macworld)
    client = HttpClient(FAST)
    bodies: list[bytes | None] = []

    def fetch() -> None:
        bodies.append(client.get(url).body)

    threads = [threading.Thread(target=fetch) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)

    assert bodies == [macworld.read_bytes()] * 4
