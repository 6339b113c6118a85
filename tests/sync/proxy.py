"""A proxy between Caravan and Miniflux that holds a chosen request or answers chosen ones
with an error status: a failure at a known point instead of wherever a race puts it."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests


class Proxy:
    """Forwards every request to ``upstream``, except the one chosen with :meth:`hold`, kept
    unanswered (and never forwarded) until :meth:`release`, and those chosen with
    :meth:`fail`, answered with an error status as a failing server (or the reverse proxy in
    front of it) would."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self._fragment: str | None = None
        self._passes = 0
        self.holding = threading.Event()
        self._release = threading.Event()
        self._failing: dict[str, int] = {}  # path fragment -> the status answered
        self.failed: list[str] = []  # the paths answered with an error
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                self._forward()

            def do_POST(self) -> None:
                self._forward()

            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status = proxy._failure(self.path)
                if status is not None:
                    page = b"<html><body><h1>Service Unavailable</h1></body></html>"
                    self.send_response(status)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", str(len(page)))
                    self.end_headers()
                    self.wfile.write(page)
                    return
                if proxy._held(self.path):
                    proxy.holding.set()
                    proxy._release.wait(60)
                    self.send_response(502)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                headers = {
                    key: value
                    for key, value in self.headers.items()
                    if key.lower() not in ("host", "content-length", "connection")
                }
                answer = requests.request(
                    self.command, proxy.upstream + self.path, headers=headers, data=body, timeout=30
                )
                self.send_response(answer.status_code)
                for key in ("Content-Type",):
                    if key in answer.headers:
                        self.send_header(key, answer.headers[key])
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def hold(self, fragment: str, after: int = 0) -> None:
        """Hold the request whose path has ``fragment``, once ``after`` such have passed."""
        self.holding.clear()
        self._release.clear()
        self._fragment, self._passes = fragment, after

    def release(self) -> None:
        self._fragment = None
        self._release.set()

    def fail(self, fragment: str, status: int) -> None:
        """Answer ``status`` to every request whose path has ``fragment``, until :meth:`heal`."""
        with self._lock:
            self._failing[fragment] = status

    def heal(self) -> None:
        with self._lock:
            self._failing.clear()

    def _failure(self, path: str) -> int | None:
        with self._lock:
            for fragment, status in self._failing.items():
                if fragment in path:
                    self.failed.append(path)
                    return status
        return None

    def _held(self, path: str) -> bool:
        with self._lock:
            if self._fragment is None or self._fragment not in path:
                return False
            if self._passes > 0:
                self._passes -= 1
                return False
            self._fragment = None
            return True

    def stop(self) -> None:
        self._release.set()
        self._httpd.shutdown()
        self._httpd.server_close()
