"""Managing subscriptions: discovery, the feeds list, edits, removal, OPML in and out."""

from __future__ import annotations

import shutil
import socket
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from desktop_app.feeds.opml import OpmlError, Subscription, read_opml, write_opml
from desktop_app.store import feeds
from desktop_app.store.db import Database
from tests.conftest import LocalServer, Route
from tests.unit.test_cli import Caravan, _restore_process_state  # noqa: F401 - a fixture

OPML = Path(__file__).parent.parent / "fixtures" / "feeds-real"


@pytest.fixture
def caravan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Caravan:
    return Caravan(tmp_path, capsys)


def stored(caravan: Caravan) -> list[tuple[str, str, str]]:
    database = Database(caravan.database)
    try:
        with closing(database.reader()) as reader:
            return [(f.url, f.title, f.folder) for f in feeds.list_feeds(reader)]
    finally:
        database.close()


# --- OPML -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Subs.opml", "SubsNoTitleAttributes.opml"])
def test_real_opml_files_give_every_feed_with_its_folder(name):
    subscriptions, skipped = read_opml((OPML / name).read_bytes())
    assert len(subscriptions) == 207
    assert skipped == []
    by_url = {s.url: s for s in subscriptions}
    assert by_url["http://daringfireball.net/feeds/main"].folder == ""
    assert {s.folder for s in subscriptions} == {
        "",
        "Programming",
        "Macintosh",
        "Weblogs",
        "Writers",
    }


def test_opml_round_trip_keeps_urls_titles_and_folders():
    original, _ = read_opml((OPML / "Subs.opml").read_bytes())
    again, skipped = read_opml(write_opml(original))
    assert skipped == []
    assert sorted(again, key=lambda s: s.url) == sorted(original, key=lambda s: s.url)


def test_opml_with_entities_or_dtd_is_refused_before_parsing():
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b'<opml version="2.0"><body><outline text="&lol2;" xmlUrl="https://a.example/"/></body></opml>'
    )
    with pytest.raises(OpmlError, match="document type"):
        read_opml(bomb)


def test_opml_skips_addresses_that_are_not_web_feeds():
    document = write_opml(
        [Subscription("https://ok.example/feed"), Subscription("https://ok.example/two")]
    ).replace(b"https://ok.example/two", b"file:///etc/passwd")
    subscriptions, skipped = read_opml(document)
    assert [s.url for s in subscriptions] == ["https://ok.example/feed"]
    assert len(skipped) == 1 and "file:///etc/passwd" in skipped[0]


@pytest.mark.parametrize("data", [b"", b"<html><body>no</body></html>", b"<opml><body>"])
def test_broken_or_foreign_files_are_a_clear_opml_error(data):
    with pytest.raises(OpmlError):
        read_opml(data)


def test_import_and_export_opml_from_the_command_line(caravan: Caravan, tmp_path: Path):
    code, out, _ = caravan("import-opml", str(OPML / "Subs.opml"))
    assert code == 0
    assert out.strip().endswith("Imported 207 new feeds (0 already subscribed)")
    code, out, _ = caravan("import-opml", str(OPML / "SubsNoTitleAttributes.opml"))
    assert out.strip().endswith("Imported 0 new feeds (207 already subscribed)")
    exported = tmp_path / "out.opml"
    assert caravan("export-opml", str(exported))[0] == 0
    subscriptions, _ = read_opml(exported.read_bytes())
    assert {(s.url, s.title, s.folder) for s in subscriptions} == set(stored(caravan))
    code, _, err = caravan("import-opml", str(tmp_path / "missing.opml"))
    assert code == 2 and "cannot read" in err


@pytest.mark.skipif(shutil.which("newsboat") is None, reason="needs Debian's newsboat")
def test_exported_opml_imports_into_newsboat_with_every_feed(caravan: Caravan, tmp_path: Path):
    caravan("import-opml", str(OPML / "Subs.opml"))
    exported = tmp_path / "caravan.opml"
    caravan("export-opml", str(exported))
    urls = tmp_path / "newsboat-urls"
    result = subprocess.run(
        ["newsboat", "-i", str(exported), "-u", str(urls), "-c", str(tmp_path / "cache.db")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    imported = {line.split()[0] for line in urls.read_text().splitlines() if line.strip()}
    assert imported == {url for url, _, _ in stored(caravan)}


# --- discovery and management ---------------------------------------------------------------


@pytest.fixture
def server() -> Iterator[LocalServer]:
    local = LocalServer()
    local.start()
    try:
        yield local
    finally:
        local.stop()


def test_add_feed_of_a_web_page_subscribes_to_the_feed_it_announces(
    caravan: Caravan, server: LocalServer, fixtures_dir: Path
):
    feed_url = server.serve_file("/rss", fixtures_dir / "feeds-real" / "macworld.rss")
    server.routes["/"] = Route(
        b'<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" '
        b'href="/rss"><link rel="alternate" type="application/atom+xml" href="/atom">'
        b"</head><body>News</body></html>",
        content_type="text/html",
    )
    code, out, _ = caravan("add-feed", server.url("/"))
    assert code == 0
    assert "is a web page; it links to this feed" in out
    assert f"it also links to {server.url('/atom')}" in out
    assert [url for url, _, _ in stored(caravan)] == [feed_url]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


BAD_ADDRESSES = {
    # what the server answers on /bad, what the refusal says
    "missing": (Route(b"not here", "text/plain", status=404), "HTTP 404"),
    "web page": (
        Route(b"<!DOCTYPE html><html><body>hi</body></html>", "text/html"),
        "is a web page with no feed",
    ),
    "binary": (
        Route(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "image/png"),
        "is not a feed (the server sent image/png, 1,032 bytes)",
    ),
    "empty": (Route(b"", "application/rss+xml"), "sent an empty document"),
}


def _bad_address(server: LocalServer, kind: str) -> tuple[str, str]:
    if kind == "closed port":
        return f"http://127.0.0.1:{_closed_port()}/feed", "nothing answers at"
    route, reason = BAD_ADDRESSES[kind]
    server.routes["/bad"] = route
    return server.url("/bad"), reason


@pytest.mark.parametrize("kind", [*BAD_ADDRESSES, "closed port"])
def test_add_feed_refuses_an_address_that_gives_no_feed(
    caravan: Caravan, server: LocalServer, kind: str
):
    url, reason = _bad_address(server, kind)

    code, out, err = caravan("add-feed", url)

    assert (code, out) == (2, "")
    assert reason in err
    assert "nothing subscribed" in err
    assert "--force" in err
    assert stored(caravan) == []


@pytest.mark.parametrize("kind", [*BAD_ADDRESSES, "closed port"])
def test_add_feed_with_force_subscribes_anyway_and_says_so(
    caravan: Caravan, server: LocalServer, kind: str
):
    url, reason = _bad_address(server, kind)

    code, out, err = caravan("add-feed", url, "--force", "--title", "Mine")

    assert code == 0
    assert reason in err
    assert out.startswith("Added feed ") and "anyway (--force)" in out
    assert stored(caravan) == [(url, "Mine", "")]


def test_add_feed_offline_refuses_without_touching_the_network(
    caravan: Caravan, server: LocalServer
):
    code, out, err = caravan("--offline", "add-feed", server.url("/feed"))

    assert (code, out) == (2, "")
    assert "offline" in err and "not checked" in err and "--force" in err
    assert server.requests == []
    assert stored(caravan) == []


def test_add_feed_offline_with_force_subscribes_unchecked_and_says_so(
    caravan: Caravan, server: LocalServer
):
    code, out, _ = caravan("--offline", "add-feed", server.url("/feed"), "--force")

    assert code == 0
    assert out.startswith("Added feed ") and "without checking it (offline)" in out
    assert server.requests == []
    assert stored(caravan) == [(server.url("/feed"), "", "")]


def test_add_feed_tries_the_next_feed_a_page_links_to_when_the_first_is_broken(
    caravan: Caravan, server: LocalServer, fixtures_dir: Path
):
    feed_url = server.serve_file("/atom", fixtures_dir / "feeds-real" / "macworld.rss")
    server.routes["/"] = Route(
        b'<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" '
        b'href="/gone"><link rel="alternate" type="application/atom+xml" href="/atom">'
        b"</head><body>News</body></html>",
        content_type="text/html",
    )

    code, out, _ = caravan("add-feed", server.url("/"))

    assert code == 0
    assert "is a web page; it links to this feed" in out
    assert stored(caravan) == [(feed_url, "", "")]


def test_add_feed_of_a_page_whose_feeds_are_all_broken_subscribes_to_nothing(
    caravan: Caravan, server: LocalServer
):
    server.routes["/"] = Route(
        b'<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" '
        b'href="/gone"></head><body>News</body></html>',
        content_type="text/html",
    )

    code, out, err = caravan("add-feed", server.url("/"))

    assert (code, out) == (2, "")
    assert f"links to {server.url('/gone')}" in err and "HTTP 404" in err
    assert stored(caravan) == []


def test_add_feed_of_a_subscribed_address_touches_nothing_and_names_ignored_options(
    caravan: Caravan, server: LocalServer
):
    url = server.url("/feed")
    _subscribe_offline(caravan, url)

    code, out, err = caravan("add-feed", url, "--folder", "News")

    assert code == 0
    assert out.startswith("Already subscribed (feed ")
    assert "--folder" in err and "edit-feed" in err
    assert server.requests == []
    assert stored(caravan) == [(url, "", "")]


def test_feeds_lists_state_and_errors_and_edits_apply(caravan: Caravan, server: LocalServer):
    server.routes["/broken"] = Route(b"oops", status=500)
    caravan.write_config("http://127.0.0.1:9/rates", (server.url("/broken"),))
    caravan("refresh")
    code, out, _ = caravan("feeds")
    assert code == 0
    lines = out.splitlines()
    assert " error " in lines[0]
    assert any("error since" in line and "HTTP 500" in line and "(1×)" in line for line in lines)
    feed_id = lines[0].split()[0]
    assert caravan("edit-feed", feed_id, "--title", "Mine", "--folder", "News", "--disable")[0] == 0
    assert stored(caravan) == [(server.url("/broken"), "Mine", "News")]
    _, out, _ = caravan("feeds")
    assert out.splitlines()[0].split()[1] == "disabled"
    code, out, _ = caravan("remove-feed", feed_id)
    assert code == 0 and out.startswith(f"Removed feed {feed_id}")
    assert stored(caravan) == []
    assert caravan("remove-feed", feed_id)[0] == 1


def _subscribe_offline(caravan: Caravan, url: str) -> int:
    database = Database(caravan.database)
    try:
        feed_id, _ = database.writer.run(lambda connection: feeds.add_feed(connection, url))
    finally:
        database.close()
    return feed_id


def test_edit_feed_without_a_change_says_nothing_changed_and_exits_two(caravan: Caravan):
    feed_id = _subscribe_offline(caravan, "https://news.example/feed")
    caravan("edit-feed", str(feed_id), "--title", "Mine")

    code, out, err = caravan("edit-feed", str(feed_id))

    assert (code, out) == (2, "")
    assert "nothing changed" in err
    for option in ("--title", "--folder", "--interval", "--enable", "--disable", "--full-text"):
        assert option in err
    assert stored(caravan) == [("https://news.example/feed", "Mine", "")]


@pytest.mark.parametrize("options", [["--title", "Mine"], []])
def test_edit_feed_of_an_unknown_id_is_an_error_naming_it(caravan: Caravan, options: list[str]):
    _subscribe_offline(caravan, "https://news.example/feed")

    code, out, err = caravan("edit-feed", "42", *options)

    assert (code, out) == (1, "")
    assert err == "caravan: no feed with id 42 (see `caravan feeds`)\n"


def test_edit_feed_says_what_it_changed(caravan: Caravan):
    feed_id = _subscribe_offline(caravan, "https://news.example/feed")

    code, out, _ = caravan(
        "edit-feed", str(feed_id), "--folder", "", "--interval", "0", "--disable"
    )

    assert code == 0
    assert out == f"Feed {feed_id} updated: no folder, the global interval, disabled\n"


def test_feeds_shows_a_feed_never_fetched_as_not_checked_yet(
    caravan: Caravan, server: LocalServer, fixtures_dir: Path
):
    fetched = server.serve_file("/natasha.xml", fixtures_dir / "feeds-real" / "natasha.xml")
    caravan.write_config("http://127.0.0.1:9/rates", (fetched,))
    caravan("refresh")
    waiting = _subscribe_offline(caravan, "https://news.example/feed")

    code, out, _ = caravan("feeds")

    assert code == 0
    states = {line.split()[0]: line for line in out.splitlines() if not line.startswith(" " * 7)}
    assert " not checked yet " in states[str(waiting)]
    assert " ok " not in states[str(waiting)]
    assert [line for line in states.values() if " ok " in line] != []


def test_a_removed_feeds_id_is_never_given_to_a_later_feed(caravan: Caravan):
    def add(url: str) -> int:
        code, out, _ = caravan("--offline", "add-feed", url, "--force")
        assert code == 0
        return int(out.split("Added feed ")[1].split()[0])

    first, second = add("https://a.example/feed"), add("https://b.example/feed")
    assert caravan("remove-feed", str(second))[0] == 0
    third = add("https://c.example/feed")
    assert caravan("remove-feed", str(first))[0] == 0
    assert caravan("remove-feed", str(third))[0] == 0
    fourth = add("https://b.example/feed")

    assert len({first, second, third, fourth}) == 4
    assert first < second < third < fourth


def test_import_opml_of_a_file_that_is_not_opml_is_refused_as_input(
    caravan: Caravan, tmp_path: Path
):
    page = tmp_path / "page.html"
    page.write_text("<html><body>not a list of feeds</body></html>")

    code, out, err = caravan("import-opml", str(page))

    assert (code, out) == (2, "")
    assert "not OPML" in err
    assert stored(caravan) == []
