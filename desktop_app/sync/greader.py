"""A client of the Google Reader API as aggregators speak it (Miniflux, FreshRSS, Inoreader…).

It keeps to the calls every server implements: Miniflux answers ``[]`` to ``stream/contents``
and ``unread-count``, so items are listed by id (``stream/items/ids``) and fetched by id
(``stream/items/contents``). Every request goes through :class:`HttpClient` (TLS verified,
time-outs, a size cap); every answer is checked for its shape before it is believed.

Item ids have two spellings: decimal in item refs, ``tag:google.com,2005:reader/item/<16 hex>``
in contents. :func:`long_item_id` turns both into the long form, which Caravan stores.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode, urlsplit

from desktop_app.errors import HttpStatusError, SyncAuthError, SyncProtocolError
from desktop_app.net.http import HttpClient, NetworkPolicy, Response

log = logging.getLogger(__name__)

ITEM_PREFIX = "tag:google.com,2005:reader/item/"
READING_LIST = "user/-/state/com.google/reading-list"
READ = "user/-/state/com.google/read"
STARRED = "user/-/state/com.google/starred"
LABEL_PREFIX = "user/-/label/"
# Ids are listed 10,000 at a time (Miniflux's most; a server that gives fewer says where to
# go on), contents fetched 100 at a time: each batch is stored (and can be cancelled after)
# before the next is asked for. An account's 10,000 unread ids in one answer made an
# incremental sync with nothing new 0.3 s shorter than in ten.
IDS_PAGE = 10000
CONTENTS_BATCH = 100
# An account's lists of ids and a batch of contents are far below this; a larger answer is
# not a Google Reader API answer.
SYNC_POLICY = NetworkPolicy(connect_timeout=10.0, read_timeout=60.0, total_deadline=120.0)


@dataclass(frozen=True, slots=True)
class Subscription:
    stream_id: str  # "feed/12"
    title: str
    url: str
    site_url: str
    folder: str  # the first label, '' for none


@dataclass(frozen=True, slots=True)
class RemoteItem:
    item_id: str  # the long form
    stream_id: str
    title: str
    link: str
    author: str
    published_at: datetime | None
    content_html: str
    read: bool
    starred: bool


def long_item_id(value: str) -> str:
    """The long form of an item id given in any of the API's spellings."""
    if value.startswith(ITEM_PREFIX):
        digits = value[len(ITEM_PREFIX) :]
        int(digits, 16)  # raises ValueError when it is not hexadecimal
        return ITEM_PREFIX + digits.rjust(16, "0").lower()
    number = int(value)
    # Some servers (Inoreader) give signed 64-bit decimals: the same bits, unsigned.
    return f"{ITEM_PREFIX}{number & 0xFFFFFFFFFFFFFFFF:016x}"


class GoogleReaderClient:
    """One account on one server. ``server_url`` is the API's base: the address that
    ``accounts/ClientLogin`` and ``reader/api/0/…`` are found under (Miniflux: the server's
    address; FreshRSS: ``…/api/greader.php``).

    Logs in on first use; an answer of 401 (the session or the write token expired) logs in
    again once and repeats the call. The password is held in memory only.
    """

    def __init__(
        self, server_url: str, username: str, password: str, http: HttpClient | None = None
    ) -> None:
        self.server_url = server_url.rstrip("/")
        self.username = username
        self._password = password
        self._http = http or HttpClient(SYNC_POLICY)
        self._auth: str | None = None
        self._token: str | None = None

    # -- session --------------------------------------------------------------------------------
    def login(self) -> None:
        """Ask for a session; SyncAuthError when the server refuses the user or password."""
        try:
            response = self._http.send(
                "POST",
                f"{self.server_url}/accounts/ClientLogin",
                data=[("Email", self.username), ("Passwd", self._password)],
            )
        except HttpStatusError as error:
            if error.status in (401, 403):
                raise SyncAuthError(
                    f"{_host(self.server_url)} refused the user name or the password"
                ) from error
            raise
        for line in _text(response).splitlines():
            if line.startswith("Auth="):
                self._auth = line[len("Auth=") :].strip()
                self._token = None
                return
        raise SyncProtocolError(
            f"{_host(self.server_url)} answered the login without a session (no Auth= line): "
            "is this the address of a Google Reader API?"
        )

    def _headers(self) -> dict[str, str]:
        if self._auth is None:
            self.login()
        return {"Authorization": f"GoogleLogin auth={self._auth}"}

    def _write_token(self) -> str:
        if self._token is None:
            response = self._call("GET", "token")
            token = _text(response).strip()
            if not token or len(token) > 1000:
                raise SyncProtocolError(f"{_host(self.server_url)} gave no write token")
            self._token = token
        return self._token

    def _call(
        self,
        method: str,
        path: str,
        query: Sequence[tuple[str, str]] = (),
        form: Sequence[tuple[str, str]] | None = None,
    ) -> Response:
        """One call, logging in again once when the session or the token has expired."""
        for attempt in range(2):
            data = None
            if form is not None:
                data = [*form, ("T", self._write_token())]
            url = f"{self.server_url}/reader/api/0/{path}"
            if query:
                url += "?" + urlencode(list(query))
            try:
                return self._http.send(method, url, headers=self._headers(), data=data)
            except HttpStatusError as error:
                if error.status != 401 or attempt == 1:
                    raise
                log.info("%s: session expired, logging in again", _host(self.server_url))
                self._auth = self._token = None
        raise AssertionError("unreachable")

    def _json(
        self, method: str, path: str, query: Sequence[tuple[str, str]] = (), **kw: Any
    ) -> Any:
        response = self._call(method, path, [*query, ("output", "json")], **kw)
        try:
            return json.loads(_text(response))
        except ValueError as error:
            raise SyncProtocolError(
                f"{_host(self.server_url)} answered {path} with something that is not JSON"
            ) from error

    # -- reading --------------------------------------------------------------------------------
    def subscriptions(self) -> list[Subscription]:
        answer = self._json("GET", "subscription/list")
        entries = _field(answer, "subscriptions", list, "subscription/list")
        found = []
        for entry in entries:
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
                raise SyncProtocolError("subscription/list: a subscription without an id")
            labels = [
                _string(category.get("label")) or str(category["id"]).rsplit("/label/", 1)[-1]
                for category in entry.get("categories") or []
                if isinstance(category, dict) and "/label/" in str(category.get("id", ""))
            ]
            found.append(
                Subscription(
                    stream_id=entry["id"],
                    title=_string(entry.get("title")),
                    url=_string(entry.get("url")) or entry["id"].removeprefix("feed/"),
                    site_url=_string(entry.get("htmlUrl")),
                    folder=labels[0] if labels else "",
                )
            )
        return found

    def item_ids(
        self,
        stream: str = READING_LIST,
        *,
        exclude: str | None = None,
        since: int | None = None,
    ) -> Iterator[list[str]]:
        """The ids (long form) of ``stream``, a page at a time; ``exclude`` a state to leave
        out (READ: unread only), ``since`` Unix seconds (items published since)."""
        continuation = ""
        while True:
            query = [("s", stream), ("n", str(IDS_PAGE))]
            if exclude:
                query.append(("xt", exclude))
            if since:
                query.append(("ot", str(since)))
            if continuation:
                query.append(("c", continuation))
            answer = self._json("GET", "stream/items/ids", query)
            refs = _field(answer, "itemRefs", list, "stream/items/ids", missing_ok=True)
            try:
                page = [long_item_id(str(ref["id"])) for ref in refs]
            except (KeyError, TypeError, ValueError) as error:
                raise SyncProtocolError("stream/items/ids: an item without a valid id") from error
            yield page
            following = answer.get("continuation")
            if not following or not page or str(following) == continuation:
                return
            continuation = str(following)

    def all_item_ids(self, stream: str, *, exclude: str | None = None) -> set[str]:
        found: set[str] = set()
        for page in self.item_ids(stream, exclude=exclude):
            found.update(page)
        return found

    def contents(self, item_ids: Sequence[str]) -> list[RemoteItem]:
        """The items of ``item_ids`` (at most :data:`CONTENTS_BATCH` at a time): the ones the
        server no longer has are absent. An item that cannot be read is skipped and logged."""
        if not item_ids:
            return []
        answer = self._json(
            "POST", "stream/items/contents", form=[("i", item_id) for item_id in item_ids]
        )
        items = _field(answer, "items", list, "stream/items/contents", missing_ok=True)
        found = []
        for entry in items:
            try:
                found.append(_item(entry))
            except (KeyError, TypeError, ValueError) as error:
                log.warning("%s: skipped an unreadable item: %r", self.server_url, error)
        return found

    # -- changing -------------------------------------------------------------------------------
    def edit_tag(self, item_ids: Sequence[str], *, add: str = "", remove: str = "") -> None:
        form = [("i", item_id) for item_id in item_ids]
        if add:
            form.append(("a", add))
        if remove:
            form.append(("r", remove))
        self._expect_ok(self._call("POST", "edit-tag", form=form), "edit-tag")

    def subscribe(self, url: str, title: str, folder: str) -> str:
        """Subscribe to ``url`` in ``folder``; the new subscription's stream id."""
        form = [("ac", "subscribe"), ("s", f"feed/{url}")]
        if title:
            form.append(("t", title))
        if folder:
            form.append(("a", LABEL_PREFIX + folder))
        self._expect_ok(self._call("POST", "subscription/edit", form=form), "subscribe")
        for subscription in self.subscriptions():
            if subscription.url == url:
                return subscription.stream_id
        raise SyncProtocolError(f"the server accepted {url} but does not list it")

    def edit_subscription(self, stream_id: str, *, title: str, folder: str) -> None:
        """Rename and move; a folder '' leaves the server's label as it is (Miniflux puts
        every feed in one)."""
        form = [("ac", "edit"), ("s", stream_id)]
        if title:
            form.append(("t", title))
        if folder:
            form.append(("a", LABEL_PREFIX + folder))
        self._expect_ok(self._call("POST", "subscription/edit", form=form), "subscription/edit")

    def unsubscribe(self, stream_id: str) -> None:
        form = [("ac", "unsubscribe"), ("s", stream_id)]
        self._expect_ok(self._call("POST", "subscription/edit", form=form), "unsubscribe")

    def _expect_ok(self, response: Response, call: str) -> None:
        if _text(response).strip() != "OK":
            raise SyncProtocolError(f"{_host(self.server_url)} did not acknowledge {call}")


def _item(entry: Any) -> RemoteItem:
    categories = {str(category) for category in entry.get("categories") or []}
    links = [
        link.get("href") for link in entry.get("alternate") or [] if isinstance(link, dict)
    ] + [link.get("href") for link in entry.get("canonical") or [] if isinstance(link, dict)]
    origin = entry.get("origin") or {}
    content = entry.get("content") or entry.get("summary") or {}
    published = entry.get("published")
    return RemoteItem(
        item_id=long_item_id(str(entry["id"])),
        stream_id=_string(origin.get("streamId")),
        title=_string(entry.get("title")),
        link=next((str(link) for link in links if isinstance(link, str) and link), ""),
        author=_string(entry.get("author")),
        published_at=datetime.fromtimestamp(int(published), UTC)
        if isinstance(published, int | float) and 0 < published < 2**33
        else None,
        content_html=_string(content.get("content")) if isinstance(content, dict) else "",
        read=any(category.endswith("/state/com.google/read") for category in categories),
        starred=any(category.endswith("/state/com.google/starred") for category in categories),
    )


def _field(answer: Any, name: str, kind: type, call: str, *, missing_ok: bool = False) -> Any:
    """``answer[name]`` checked to be a ``kind``: ``[]`` (Miniflux's answer to a call it does
    not implement) or another shape is a SyncProtocolError naming the call."""
    if not isinstance(answer, dict):
        raise SyncProtocolError(
            f"{call}: the server's answer is not the Google Reader API's (it may not "
            "implement this call)"
        )
    value = answer.get(name)
    if value is None and missing_ok:
        return kind()
    if not isinstance(value, kind):
        raise SyncProtocolError(f"{call}: the server's answer has no {name}")
    return value


def _string(value: object) -> str:
    return value if isinstance(value, str) else ""


def _text(response: Response) -> str:
    return (response.body or b"").decode("utf-8", errors="replace")


def _host(url: str) -> str:
    return urlsplit(url).netloc or url
