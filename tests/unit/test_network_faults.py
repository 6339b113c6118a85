"""Faults a hostile or broken server can throw at a refresh: each ends as an error on that feed
only, nothing stored is lost. (Time-outs, drips, caps, gzip bombs and redirect tricks are in
test_http.py; the network rules in test_feed_network_rules.py.)"""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import closing
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import trustme

from desktop_app.config import Config
from desktop_app.errors import NetworkError, OfflineError
from desktop_app.net.http import HttpClient, NetworkPolicy
from desktop_app.services.refresh import RefreshService
from desktop_app.store import articles, feeds
from desktop_app.store.db import Database
from tests.conftest import LocalServer, Route

POLICY = NetworkPolicy(connect_timeout=2.0, read_timeout=2.0, total_deadline=5.0)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    body = b"<rss version='2.0'><channel><title>T</title></channel></rss>"

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def tls_server() -> Iterator[str]:
    """An HTTPS server whose certificate no public authority signed."""
    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1", "localhost")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    certificate.configure_cert(context)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield f"https://127.0.0.1:{httpd.server_address[1]}/feed.xml"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_certificate_that_does_not_verify_is_refused(tls_server: str):
    with pytest.raises(NetworkError, match=r"TLS certificate does not verify") as raised:
        HttpClient(POLICY).get(tls_server)
    assert not isinstance(raised.value, OfflineError), "a bad certificate is not 'offline'"


@pytest.fixture
def resetting_server() -> Iterator[str]:
    """Announces a long body, sends a little, then resets the connection (RST)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with connection:
                connection.recv(65536)
                connection.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                    b"Content-Length: 100000\r\n\r\n<rss version='2.0'><channel><title>"
                )
                # SO_LINGER with a zero timeout makes close() send a reset.
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\0\0\0\0\0\0\0")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/feed.xml"
    finally:
        stop.set()
        listener.close()
        thread.join(2)


def test_a_connection_reset_mid_body_is_an_error(resetting_server: str):
    with pytest.raises(NetworkError):
        HttpClient(POLICY).get(resetting_server)


def test_faults_fail_their_own_feed_and_lose_nothing(
    tmp_path: Path, http_server: LocalServer, resetting_server: str, tls_server: str, fixtures_dir
):
    http_server.routes["/good"] = Route((fixtures_dir / "feeds-real" / "macworld.rss").read_bytes())
    http_server.routes["/challenge"] = Route(
        b"<!DOCTYPE html><html><head><title>Just a moment...</title></head>"
        b"<body>Checking your browser</body></html>",
        content_type="text/html",
        status=200,
    )
    http_server.routes["/busy"] = Route(b"busy", status=503, headers={"Retry-After": "120"})
    database = Database(tmp_path / "caravan.sqlite3")
    try:
        urls = [
            http_server.url("/good"),
            http_server.url("/challenge"),
            http_server.url("/busy"),
            resetting_server,
            tls_server,
        ]
        for url in urls:
            database.writer.run(partial(feeds.add_feed, url=url))
        service = RefreshService(database, HttpClient(POLICY), Config())
        outcomes = {outcome.url: outcome for outcome in service.refresh_feeds()}
        assert outcomes[urls[0]].new == 30 and outcomes[urls[0]].error is None
        for url in urls[1:]:
            assert outcomes[url].error, url
        # The good feed goes away for a while: its articles stay.
        http_server.routes["/good"] = Route(b"", status=500)
        service.refresh_feeds()
        with closing(database.reader()) as reader:
            assert articles.count_articles(reader) == 30
    finally:
        database.close()
