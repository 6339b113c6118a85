"""The Google Reader API client facing servers that answer wrongly: each a clear error."""

from __future__ import annotations

import pytest

from desktop_app.errors import HttpStatusError, NetworkError, SyncProtocolError
from desktop_app.net.http import HttpClient, NetworkPolicy
from desktop_app.sync.greader import GoogleReaderClient, long_item_id
from tests.conftest import LocalServer, Route

LOGIN = Route(b"SID=x\nLSID=x\nAuth=user/session\n", "text/plain")


def _client(server: LocalServer, policy: NetworkPolicy | None = None) -> GoogleReaderClient:
    server.routes["/accounts/ClientLogin"] = LOGIN
    return GoogleReaderClient(server.base_url, "user", "password", HttpClient(policy))


def test_both_spellings_of_an_item_id_become_the_long_form() -> None:
    assert long_item_id("343") == "tag:google.com,2005:reader/item/0000000000000157"
    assert long_item_id("tag:google.com,2005:reader/item/157") == long_item_id("343")
    assert long_item_id("-1") == "tag:google.com,2005:reader/item/ffffffffffffffff"
    with pytest.raises(ValueError):
        long_item_id("not an id")


def test_an_unimplemented_call_answering_an_empty_list_is_named(http_server: LocalServer) -> None:
    client = _client(http_server)
    path = "/reader/api/0/subscription/list?output=json"
    http_server.routes[path] = Route(b"[]", "application/json")

    with pytest.raises(SyncProtocolError, match="may not implement this call"):
        client.subscriptions()


def test_an_answer_that_is_not_json_is_named(http_server: LocalServer) -> None:
    client = _client(http_server)
    path = "/reader/api/0/subscription/list?output=json"
    http_server.routes[path] = Route(b"<html>proxy error</html>", "text/html")

    with pytest.raises(SyncProtocolError, match="not JSON"):
        client.subscriptions()


def test_a_huge_answer_is_cut(http_server: LocalServer) -> None:
    client = _client(http_server, NetworkPolicy(max_bytes=10_000))
    path = "/reader/api/0/subscription/list?output=json"
    http_server.routes[path] = Route(b'{"subscriptions": [' + b" " * 50_000 + b"]}")

    with pytest.raises(NetworkError, match=r"over the cap|larger than"):
        client.subscriptions()


def test_a_login_answer_without_a_session_is_named(http_server: LocalServer) -> None:
    client = _client(http_server)
    http_server.routes["/accounts/ClientLogin"] = Route(b"<html>welcome</html>", "text/html")

    with pytest.raises(SyncProtocolError, match="no Auth= line"):
        client.login()


def test_an_expired_session_is_renewed_once_then_the_refusal_is_reported(
    http_server: LocalServer,
) -> None:
    client = _client(http_server)
    path = "/reader/api/0/subscription/list?output=json"
    http_server.routes[path] = Route(b"Unauthorized", "text/plain", status=401)

    with pytest.raises(HttpStatusError) as raised:
        client.subscriptions()

    assert raised.value.status == 401
    logins = [r for r in http_server.requests if r.path == "/accounts/ClientLogin"]
    assert len(logins) == 2
    assert http_server.requests[-1].headers["authorization"] == "GoogleLogin auth=user/session"


def test_unreadable_items_are_skipped_and_the_others_kept(http_server: LocalServer) -> None:
    client = _client(http_server)
    http_server.routes["/reader/api/0/token"] = Route(b"token", "text/plain")
    http_server.routes["/reader/api/0/stream/items/contents?output=json"] = Route(
        b'{"items": [{"title": "no id"}, {"id": "tag:google.com,2005:reader/item/2a", '
        b'"title": "kept", "published": 1700000000, "origin": {"streamId": "feed/1"}, '
        b'"categories": ["user/-/state/com.google/starred"]}]}',
        "application/json",
    )

    items = client.contents(["42", "43"])

    assert [(item.title, item.starred, item.read) for item in items] == [("kept", True, False)]
