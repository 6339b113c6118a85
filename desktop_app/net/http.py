"""Downloads with the rules of a good citizen: time-outs, a total deadline, a size cap,
conditional GET and only http/https.

``requests``' own time-out bounds each socket read, not the download: a server dripping one
byte at a time would hold a worker forever, so the deadline is enforced here while reading.
"""

from __future__ import annotations

import email.utils
import http.cookiejar
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
import urllib3

from desktop_app import __version__
from desktop_app.errors import (
    DownloadCancelled,
    HttpStatusError,
    NetworkError,
    OfflineError,
    TooLargeError,
)

USER_AGENT = f"Caravan/{__version__} (desktop feed reader and rate ticker)"
MAX_REDIRECTS = 10
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class NetworkPolicy:
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_deadline: float = 60.0
    max_bytes: int = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Response:
    """A finished download. ``body`` is None when the server answered 304 Not Modified."""

    url: str
    status: int
    body: bytes | None
    headers: dict[str, str]
    permanent_redirect: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


class HttpClient:
    """Thread-safe: each worker thread gets its own ``requests.Session`` (connection pool).

    No cookie is ever kept or sent, and requests sends no Referer: a feed, image or page
    host cannot follow the reader from one download to the next.
    """

    def __init__(self, policy: NetworkPolicy | None = None) -> None:
        self.policy = policy or NetworkPolicy()
        self._local = threading.local()

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.max_redirects = MAX_REDIRECTS
            session.headers["User-Agent"] = USER_AGENT
            session.headers["Accept-Encoding"] = "gzip, deflate"
            session.cookies.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
            self._local.session = session
        return session

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = "*/*",
    ) -> Response:
        """Download ``url``; raise :class:`NetworkError` with a readable message on failure."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self.send("GET", url, headers=headers)

    def send(
        self,
        method: str,
        url: str,
        *,
        headers: dict[str, str] | None = None,
        data: list[tuple[str, str]] | None = None,
    ) -> Response:
        """A request of any method (``data``: a form, sent url-encoded) under the same rules
        as :meth:`get`: an API client's calls are downloads like any other."""
        started = time.monotonic()
        with self._open(url, headers or {}, method=method, data=data) as response:
            permanent = _permanent_redirect(response)
            if response.status_code == 304:
                return Response(response.url, 304, None, _headers(response), permanent)
            body = self._read_body(response, started)
            return Response(response.url, response.status_code, body, _headers(response), permanent)

    def download(
        self,
        url: str,
        write: Callable[[bytes], object],
        *,
        accept: str = "*/*",
        check: Callable[[dict[str, str]], None] = lambda _headers: None,
        progress: Callable[[int, int | None], None] = lambda _done, _total: None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> Response:
        """Stream ``url`` to ``write`` piece by piece (a large file is never held in memory).

        ``check(headers)`` may refuse the answer (by raising) before its body is read;
        ``progress(bytes so far, bytes announced or None)`` follows the arrival. The policy's
        size cap and deadline hold (:class:`TooLargeError` over the cap), and
        :class:`DownloadCancelled` stops it as soon as ``cancelled()`` says so. The
        Response's body is None: the bytes went to ``write``."""
        started = time.monotonic()
        with self._open(url, {"Accept": accept}) as response:
            check(_headers(response))
            self._stream(response, started, write, progress, cancelled)
            return Response(response.url, response.status_code, None, _headers(response))

    @contextmanager
    def _open(
        self,
        url: str,
        headers: dict[str, str],
        *,
        method: str = "GET",
        data: list[tuple[str, str]] | None = None,
    ) -> Iterator[requests.Response]:
        """The response to a request for ``url``, its body still to read, with every failure
        of the request and of reading the body raised as a readable :class:`NetworkError`."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise NetworkError(f"refused {url!r}: only http and https are fetched")
        policy = self.policy
        try:
            with self._session().request(
                method,
                url,
                headers=headers,
                data=data,
                timeout=(policy.connect_timeout, policy.read_timeout),
                stream=True,
                allow_redirects=True,
            ) as response:
                for hop in response.history:
                    location = hop.headers.get("location", "")
                    if urlsplit(location).scheme not in ("", "http", "https"):
                        raise NetworkError(f"refused a redirect to {location!r}")
                if response.status_code >= 400:
                    raise HttpStatusError(
                        f"HTTP {response.status_code} {response.reason} for {url}",
                        response.status_code,
                        retry_after_seconds(response.headers.get("retry-after")),
                    )
                yield response
        except requests.exceptions.SSLError as error:
            # The server answered: this is about trust, not about being offline.
            raise NetworkError(
                f"refused {_host(url)}: its TLS certificate does not verify ({_tls_reason(error)})"
            ) from error
        except requests.exceptions.ConnectionError as error:
            if isinstance(error, requests.exceptions.ConnectTimeout):
                raise OfflineError(f"connection to {_host(url)} timed out") from error
            raise OfflineError(f"cannot connect to {_host(url)}: {_reason(error)}") from error
        except requests.exceptions.Timeout as error:
            raise NetworkError(f"{_host(url)} stopped answering (read time-out)") from error
        except requests.exceptions.TooManyRedirects as error:
            raise NetworkError(f"more than {MAX_REDIRECTS} redirects from {url}") from error
        except requests.exceptions.InvalidSchema as error:
            raise NetworkError(f"refused a redirect from {url} to a non-web address") from error
        except requests.exceptions.RequestException as error:
            raise NetworkError(f"download of {url} failed: {error}") from error

    def _read_body(self, response: requests.Response, started: float) -> bytes:
        chunks: list[bytes] = []
        self._stream(response, started, chunks.append)
        return b"".join(chunks)

    def _stream(
        self,
        response: requests.Response,
        started: float,
        write: Callable[[bytes], object],
        progress: Callable[[int, int | None], None] = lambda _done, _total: None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> None:
        """The body to ``write`` piece by piece, within the policy's size cap (the declared
        size is refused before any byte) and its total deadline."""
        policy = self.policy
        declared = response.headers.get("content-length", "")
        total = int(declared) if declared.isdigit() else None
        if total is not None and total > policy.max_bytes:
            raise TooLargeError(f"{response.url} is {total:,} bytes, over the cap")
        size = 0
        progress(0, total)
        for chunk in _arriving(response):
            if cancelled():
                raise DownloadCancelled(f"download of {response.url} cancelled")
            size += len(chunk)
            if size > policy.max_bytes:
                raise TooLargeError(
                    f"{response.url} is larger than {policy.max_bytes:,} bytes; download cut"
                )
            if time.monotonic() - started > policy.total_deadline:
                raise NetworkError(
                    f"{response.url} took longer than {policy.total_deadline:.0f} s; download cut"
                )
            write(chunk)
            progress(size, total)


def _arriving(response: requests.Response) -> Iterator[bytes]:
    """The body, decompressed, in pieces as they arrive.

    ``iter_content`` waits for a whole chunk, so a server dripping bytes would never meet the
    deadline check, and it reports a read time-out as a connection error ("offline").
    ``read1`` (urllib3 2.2+) returns what has arrived. Decompressing here means the size cap
    also bounds a gzip bomb's expanded size.
    """
    read1 = getattr(response.raw, "read1", None)
    if read1 is None:
        yield from response.iter_content(_CHUNK)
        return
    while True:
        try:
            chunk = read1(_CHUNK, decode_content=True)
        except urllib3.exceptions.ReadTimeoutError as error:
            # Not offline: the server answered, then stopped sending.
            raise NetworkError(
                f"{_host(response.url)} stopped answering (read time-out)"
            ) from error
        except urllib3.exceptions.HTTPError as error:
            raise NetworkError(f"download of {response.url} failed: {error}") from error
        if not chunk:
            return
        yield chunk


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds from now: delta-seconds or an HTTP date; None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        return None
    return max(0.0, moment.timestamp() - (time.time() if now is None else now))


def _headers(response: requests.Response) -> dict[str, str]:
    return {key.lower(): value for key, value in response.headers.items()}


def _permanent_redirect(response: requests.Response) -> str | None:
    """The final URL when every hop was permanent (301/308), else None."""
    if response.history and all(hop.status_code in (301, 308) for hop in response.history):
        return response.url
    return None


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _tls_reason(error: Exception) -> str:
    text = str(error)
    for marker in (
        "self-signed certificate",
        "unable to get local issuer certificate",
        "certificate has expired",
        "Hostname mismatch",
        "certificate verify failed",
    ):
        if marker.lower() in text.lower():
            return marker.lower()
    return "certificate verify failed"


def _reason(error: Exception) -> str:
    text = str(error)
    for marker in (
        "Connection refused",
        "Name or service not known",
        "Network is unreachable",
        "No route to host",
        "Temporary failure in name resolution",
    ):
        if marker in text:
            return marker.lower()
    return "connection failed"
