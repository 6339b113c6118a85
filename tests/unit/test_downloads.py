"""Downloading an enclosure for offline use from a real HTTP server on 127.0.0.1: bounded,
cancellable, typed by us, and leaving nothing behind when it does not finish."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from contextlib import closing

import pytest

from desktop_app.domain import Enclosure, ParsedEntry
from desktop_app.errors import DownloadCancelled, DownloadRefused, NetworkError
from desktop_app.services.downloads import Downloads, DownloadTask, human_size
from desktop_app.store import articles, feeds
from desktop_app.store import enclosures as enclosure_store
from tests.conftest import Route

EPISODE = random.Random(15).randbytes(300_000)


def episode(url: str, mime_type: str = "audio/mpeg", length: int | None = None) -> Enclosure:
    return Enclosure(url, mime_type, length)


@pytest.fixture
def article(database) -> int:
    """An article whose enclosures the tests set."""

    def add(connection: sqlite3.Connection) -> int:
        feed_id, _ = feeds.add_feed(connection, "https://pod.example/feed", "Pod", "")
        entry = ParsedEntry("e1", "Episode", "https://pod.example/1", "", None, "", "", "")
        articles.store_entries(connection, feed_id, [entry])
        return int(connection.execute("SELECT id FROM articles").fetchone()[0])

    return int(database.writer.run(add))


def attach(database, article_id: int, *enclosures: Enclosure) -> None:
    database.writer.run(lambda c: enclosure_store.sync_enclosures(c, article_id, list(enclosures)))


def task(article_id: int, url: str) -> DownloadTask:
    import threading

    return DownloadTask(article_id, url, threading.Event())


def files(downloads: Downloads) -> list[str]:
    return sorted(p.name for p in downloads.folder.iterdir()) if downloads.folder.exists() else []


def test_a_download_is_kept_by_its_digest_with_our_extension_and_opens_offline(
    database, article, http_server
):
    # The server calls it a generic binary: the feed's declared type decides the extension.
    http_server.routes["/ep.mp3"] = Route(EPISODE, "application/octet-stream")
    enclosure = episode(http_server.url("/ep.mp3"), length=len(EPISODE))
    attach(database, article, enclosure)
    downloads = Downloads(database)
    seen: list[tuple[int, int | None]] = []

    name = downloads.download(
        task(article, enclosure.url), enclosure, lambda d, t: seen.append((d, t))
    )

    assert name == hashlib.sha256(EPISODE).hexdigest() + ".mp3"
    assert seen[0] == (0, len(EPISODE)) and seen[-1] == (len(EPISODE), len(EPISODE))
    with closing(database.reader()) as reader:
        (stored,) = enclosure_store.article_enclosures(reader, article)
    assert (stored.downloaded, stored.downloaded_bytes) == (name, len(EPISODE))
    path = downloads.path(stored.downloaded)
    assert path is not None and path.read_bytes() == EPISODE
    assert files(downloads) == [name], "no partial file left"
    http_server.stop()  # offline now: the copy is all that is needed
    assert downloads.path(stored.downloaded) == path


def test_a_declared_size_over_the_bound_is_refused_before_any_request(
    database, article, http_server
):
    http_server.routes["/big.mp4"] = Route(EPISODE, "video/mp4")
    enclosure = episode(http_server.url("/big.mp4"), "video/mp4", length=2_500_000_000)
    attach(database, article, enclosure)
    with pytest.raises(
        DownloadRefused, match=r"This file is 2\.5 GB; one download may be at most 1 GB"
    ):
        Downloads(database).download(task(article, enclosure.url), enclosure)
    assert http_server.requests == []


def test_a_server_announcing_too_much_is_refused_and_nothing_is_kept(
    database, article, http_server
):
    http_server.routes["/ep.mp3"] = Route(EPISODE, "audio/mpeg")
    enclosure = episode(http_server.url("/ep.mp3"))  # the feed does not say the size
    attach(database, article, enclosure)
    downloads = Downloads(database, max_file_bytes=100_000)
    with pytest.raises(DownloadRefused, match="larger than 100 KB, the limit of one download"):
        downloads.download(task(article, enclosure.url), enclosure)
    assert files(downloads) == []


def test_a_file_growing_past_the_bound_while_it_arrives_is_cut(database, article, http_server):
    # Compressed on the wire: the announced length is small, the file is not.
    http_server.routes["/ep.mp3"] = Route(bytes(400_000), "audio/mpeg", gzip=True)
    enclosure = episode(http_server.url("/ep.mp3"))
    attach(database, article, enclosure)
    downloads = Downloads(database, max_file_bytes=100_000)
    with pytest.raises(DownloadRefused, match="larger than 100 KB"):
        downloads.download(task(article, enclosure.url), enclosure)
    assert files(downloads) == []


def test_the_total_bound_refuses_what_does_not_fit_with_a_clear_message(
    database, article, http_server
):
    http_server.routes["/a.mp3"] = Route(EPISODE, "audio/mpeg")
    http_server.routes["/b.mp3"] = Route(EPISODE[::-1], "audio/mpeg")
    first, second = (episode(http_server.url(p)) for p in ("/a.mp3", "/b.mp3"))
    attach(database, article, first, second)
    downloads = Downloads(database, max_total_bytes=450_000)
    downloads.download(task(article, first.url), first)
    with pytest.raises(DownloadRefused, match="does not fit in the 150 KB left of the 450 KB"):
        downloads.download(task(article, second.url), second)
    declared = episode(second.url, length=len(EPISODE))
    with pytest.raises(DownloadRefused, match="Downloads already take 300 KB of the 450 KB"):
        downloads.check(declared)


def test_cancelling_stops_the_download_and_leaves_nothing(database, article, http_server):
    http_server.routes["/ep.mp3"] = Route(EPISODE, "audio/mpeg")
    enclosure = episode(http_server.url("/ep.mp3"))
    attach(database, article, enclosure)
    downloads = Downloads(database)
    running = task(article, enclosure.url)
    with pytest.raises(DownloadCancelled):
        downloads.download(running, enclosure, lambda _done, _total: running.cancel())
    assert files(downloads) == []
    with closing(database.reader()) as reader:
        (stored,) = enclosure_store.article_enclosures(reader, article)
    assert stored.downloaded is None


@pytest.mark.parametrize(
    ("server_type", "declared", "message"),
    [
        ("text/html; charset=utf-8", "audio/mpeg", "The server sent a web page, not the file"),
        ("application/x-msdownload", "audio/mpeg", "The server sent application/x-msdownload"),
        ("application/octet-stream", "", "The server sent a file of unknown type"),
    ],
)
def test_what_is_not_media_or_a_pdf_is_never_kept(
    database, article, http_server, server_type, declared, message
):
    http_server.routes["/ep"] = Route(EPISODE, server_type)
    enclosure = episode(http_server.url("/ep"), declared)
    attach(database, article, enclosure)
    downloads = Downloads(database)
    with pytest.raises(DownloadRefused, match=message):
        downloads.download(task(article, enclosure.url), enclosure)
    assert files(downloads) == []


def test_an_enclosure_of_another_type_is_refused_up_front(database, article):
    zipped = episode("https://pod.example/app.zip", "application/zip")
    with pytest.raises(DownloadRefused, match="audio, video, images and PDF documents"):
        Downloads(database).check(zipped)


def test_a_failed_request_says_why(database, article, http_server):
    enclosure = episode(http_server.url("/missing.mp3"))
    attach(database, article, enclosure)
    with pytest.raises(NetworkError, match="HTTP 404"):
        Downloads(database).download(task(article, enclosure.url), enclosure)


def test_removing_and_pruning_delete_only_our_unreferenced_files(database, article, http_server):
    http_server.routes["/ep.mp3"] = Route(EPISODE, "audio/mpeg")
    enclosure = episode(http_server.url("/ep.mp3"))
    attach(database, article, enclosure)
    downloads = Downloads(database)
    name = downloads.download(task(article, enclosure.url), enclosure)
    stranger = downloads.folder / "notes.txt"
    stranger.write_text("mine")
    assert downloads.prune() == 0, "a referenced file and a stranger's stay"

    database.writer.run(lambda c: c.execute("DELETE FROM articles"))  # retention, say
    assert downloads.prune() == 1
    assert files(downloads) == ["notes.txt"] and name not in files(downloads)


def test_remove_deletes_the_copy_and_keeps_the_enclosure(database, article, http_server):
    http_server.routes["/ep.mp3"] = Route(EPISODE, "audio/mpeg")
    enclosure = episode(http_server.url("/ep.mp3"))
    attach(database, article, enclosure)
    downloads = Downloads(database)
    downloads.download(task(article, enclosure.url), enclosure)
    downloads.remove(article, enclosure)
    assert files(downloads) == []
    with closing(database.reader()) as reader:
        (stored,) = enclosure_store.article_enclosures(reader, article)
    assert stored.url == enclosure.url and stored.downloaded is None


@pytest.mark.parametrize(
    ("size", "words"),
    [(0, "0 bytes"), (999, "999 bytes"), (1000, "1 KB"), (2338520, "2.3 MB"),
     (105003355, "105 MB"), (1_000_000_000, "1 GB"), (4_500_000_000, "4.5 GB")],
)  # fmt: skip
def test_sizes_in_words(size, words):
    assert human_size(size) == words


def test_a_downloaded_name_that_is_not_ours_is_never_a_path(database, tmp_path):
    downloads = Downloads(database)
    downloads.folder.mkdir(parents=True)
    (tmp_path / "secret").write_text("x")
    for name in ("../secret", "a" * 64 + ".exe", "a" * 64 + ".mp3/../../secret", "", None):
        assert downloads.path(name) is None
