"""Enclosures: read from real podcast, news and JSON feeds in all three formats, hostile values
dropped one enclosure at a time, stored stable across refreshes, kept by a rebuild."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.domain import Enclosure, ParsedEntry
from desktop_app.feeds.enclosures import parse_duration
from desktop_app.feeds.fastparse import fast_parse
from desktop_app.feeds.parse import parse_feed, parse_with_feedparser
from desktop_app.services.article_view import article_document
from desktop_app.services.enclosure_view import details, display_name, kind_in_words
from desktop_app.store import articles, feeds, images
from desktop_app.store import enclosures as enclosure_store
from desktop_app.store.db import Database, connect
from desktop_app.store.rebuild import merge_salvage, table_shapes
from desktop_app.store.salvage import salvage
from tests.conftest import LocalServer, Route
from tests.unit.test_cli import Caravan, caravan, serve_rates  # noqa: F401 - the fixture
from tests.unit.test_salvage import overwrite, pages_of

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def parsed(fixtures_dir: Path, name: str, url: str = "https://example.org/feed"):
    return parse_feed((fixtures_dir / name).read_bytes(), url)


# -- real feeds ---------------------------------------------------------------------------------
def test_a_real_podcast_gives_its_episode_with_size_type_and_itunes_duration(fixtures_dir):
    feed = parsed(fixtures_dir, "podcasts/baywatch-berlin.rss")
    (episode,) = feed.entries[0].enclosures
    assert episode.url == (
        "https://cdn.podigee.com/media/podcast_16544_baywatch_berlin_episode_1_trailer.mp3"
        "?v=1574079359&source=feed"
    )
    assert (episode.mime_type, episode.length, episode.duration_seconds) == (
        "audio/mpeg",
        2338520,
        114,
    )
    assert details(episode) == "Audio MP3 · 2.3 MB · 1:54"
    assert display_name(episode) == "podcast_16544_baywatch_berlin_episode_1_trailer.mp3"


def test_a_feeds_placeholder_length_is_not_shown_as_a_size(fixtures_dir):
    """Narro puts the duration (74) in ``length`` too: 74 bytes is no episode."""
    (episode,) = parsed(fixtures_dir, "podcasts/narro.rss").entries[0].enclosures
    assert episode.length is None and episode.duration_seconds == 74
    assert details(episode) == "Audio MP3 · 1:14"


def test_every_item_of_a_real_news_feed_keeps_its_image_enclosure(fixtures_dir):
    feed = parsed(fixtures_dir, "feeds-real/macworld.rss")
    found = [entry.enclosures for entry in feed.entries]
    assert len(found) == 30 and all(len(enclosures) == 1 for enclosures in found)
    assert {enclosures[0].mime_type for enclosures in found} == {"image/jpeg"}
    assert all(enclosures[0].length is None for enclosures in found), 'length="0" is unknown'


@pytest.mark.parametrize(
    ("name", "url", "kind", "length"),
    [
        (
            "feeds-real/natasha.xml",
            "https://www.natashatherobot.com/wp-content/uploads/WatchOSPaging.mp4",
            "Video MP4",
            963555,
        ),
        (
            "feeds-real/scriptingNews.rss",
            "http://scripting.com/2017/06/26/yetAnotherTestPodcast.m4a",
            "Audio MP3",  # the feed says audio/mpeg: the feed's word is kept
            277413,
        ),
        (
            "feedparser-tests/wellformed/psc/atomsimplechapter.xml",
            "http://podlove.org/files/fiatlux.mp3",
            "Audio MP3",
            12345,
        ),
    ],
)
def test_rss_and_atom_enclosures_of_real_feeds(fixtures_dir, name, url, kind, length):
    found = [e for entry in parsed(fixtures_dir, name).entries for e in entry.enclosures]
    assert [(e.url, kind_in_words(e.mime_type), e.length) for e in found] == [(url, kind, length)]


def test_json_feed_attachments(fixtures_dir):
    feed = parsed(fixtures_dir, "feeds-real/jsonfeed-extension.json")
    found = [e.url for entry in feed.entries for e in entry.enclosures]
    assert found == [
        "https://example.com/SomeFile2.app.zip",
        "https://example.com/SomeFile1.app.zip",
    ]
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Show",
        "items": [
            {
                "id": "1",
                "url": "https://show.example/1",
                "content_text": "Episode one",
                "attachments": [
                    {
                        "url": "/media/one.m4a",
                        "mime_type": "audio/x-m4a",
                        "title": "Episode <b>one</b>",
                        "size_in_bytes": 89970236,
                        "duration_in_seconds": 6629,
                    },
                    {"url": "javascript:alert(1)", "mime_type": "audio/mpeg"},
                    {"url": "https://show.example/one.pdf", "size_in_bytes": -4},
                    "not an attachment",
                ],
            }
        ],
    }
    entry = parse_feed(json.dumps(document).encode(), "https://show.example/feed.json").entries[0]
    assert entry.enclosures == (
        Enclosure(
            "https://show.example/media/one.m4a", "audio/x-m4a", 89970236, 6629, "Episode one"
        ),
        Enclosure("https://show.example/one.pdf", "application/pdf"),
    )
    assert details(entry.enclosures[0]) == "Audio M4A · 90 MB · 1:50:29"


def test_enclosures_travel_back_from_the_parser_processes(fixtures_dir):
    """Big refreshes parse in worker processes: entries are pickled on the way back."""
    import pickle

    entries = parsed(fixtures_dir, "podcasts/baywatch-berlin.rss").entries
    back = pickle.loads(pickle.dumps(entries))  # noqa: S301 - our own bytes
    assert back == entries and back[0].enclosures[0].duration_seconds == 114


# -- hostile and odd values ---------------------------------------------------------------------
HOSTILE_RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>T</title><link>https://site.example/</link>
<item><title>Many</title><guid>many</guid>
<enclosure url="/episodes/one.mp3" length="-12" type="audio/mpeg"/>
<enclosure url="javascript:alert(1)" length="100000" type="audio/mpeg"/>
<enclosure url="data:audio/mpeg;base64,AAAA" length="100000" type="audio/mpeg"/>
<enclosure url="file:///etc/passwd" length="100000" type="audio/mpeg"/>
<enclosure url="https://cdn.example/two.ogg" length="99999999999999999999" type="AUDIO/OGG; x=1"/>
<enclosure url="https://cdn.example/three" length="5000" type="not a type"/>
<enclosure url="https://cdn.example/two.ogg" length="3000" type="audio/ogg"/>
<enclosure length="3000" type="audio/ogg"/>
</item>
<item><title>None</title><guid>none</guid><enclosure url="" type="audio/mpeg"/></item>
</channel></rss>"""


def test_a_bad_enclosure_is_dropped_never_the_article():
    feed = parse_feed(HOSTILE_RSS, "https://site.example/feed.xml")
    assert [entry.title for entry in feed.entries] == ["Many", "None"]
    assert feed.entries[0].enclosures == (
        Enclosure("https://site.example/episodes/one.mp3", "audio/mpeg"),
        Enclosure("https://cdn.example/two.ogg", "audio/ogg"),
        Enclosure("https://cdn.example/three", "", 5000),
    )
    assert feed.entries[1].enclosures == ()


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Show</title><id>urn:show</id>
<link href="https://show.example/"/><updated>2026-11-01T10:00:00Z</updated>
<entry><id>urn:1</id><title>One</title><updated>2026-11-01T10:00:00Z</updated>
<link href="https://show.example/1"/>
<link rel="enclosure" href="media/1.opus" length="4000000" type="audio/opus" title="Opus"/>
<link rel="enclosure" href="https://show.example/media/1.mp3" length="5000000"/>
<link rel="enclosure" href="vbscript:x" type="audio/mpeg"/>
</entry></feed>"""


@pytest.mark.parametrize("body", [HOSTILE_RSS, ATOM], ids=["rss", "atom"])
def test_both_xml_paths_read_enclosures_the_same(body):
    url = "https://show.example/feed.xml"
    fast = fast_parse(body, url, {})
    assert fast is not None, "the fast path reads plain RSS and Atom"
    assert [e.enclosures for e in fast.entries] == [
        e.enclosures for e in parse_with_feedparser(body, url).entries
    ]
    if body is ATOM:
        assert fast.entries[0].enclosures == (
            Enclosure("https://show.example/media/1.opus", "audio/opus", 4000000, None, "Opus"),
            Enclosure("https://show.example/media/1.mp3", "audio/mpeg", 5000000),
        )


def test_media_rss_audio_counts_only_when_there_is_no_enclosure():
    body = b"""<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
<item><title>A</title><guid>a</guid>
<media:content url="https://v.example/a.mp4" fileSize="123456" type="video/mp4" duration="61"/>
<media:content url="https://v.example/a.jpg" type="image/jpeg"/></item>
<item><title>B</title><guid>b</guid><enclosure url="https://v.example/b.mp3" type="audio/mpeg"/>
<media:content url="https://v.example/b-other.mp3" type="audio/mpeg"/></item>
</channel></rss>"""
    for feed in (fast_parse(body, "https://v.example/", {}), parse_with_feedparser(body, "x")):
        assert feed is not None
        assert [[e.url for e in entry.enclosures] for entry in feed.entries] == [
            ["https://v.example/a.mp4"],
            ["https://v.example/b.mp3"],
        ]
        assert feed.entries[0].enclosures[0].duration_seconds == 61


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("74", 74),
        ("12:05", 725),
        ("01:02:03", 3723),
        ("1:02:03.250", 3723),
        ("75:00", 4500),  # MM:SS past an hour, as many feeds write it
        (" 00:29:07 ", 1747),
        (3600, 3600),
        (61.5, 61),
        ("", None),
        ("0", None),
        ("1:1:1:1", None),
        ("12:75", None),
        ("-5", None),
        ("abc", None),
        ("1e9", None),
        ("٣٠", None),  # digits of another script: not what a player reads
        ("99999999", None),
        (True, None),
        (None, None),
    ],
)
def test_itunes_duration_forms(text, seconds):
    assert parse_duration(text) == seconds


def test_itunes_duration_goes_to_the_first_audio_or_video():
    body = b"""<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel><title>S</title><item><title>E</title><guid>e</guid>
<enclosure url="https://s.example/cover.jpg" type="image/jpeg"/>
<enclosure url="https://s.example/e.mp3" length="30000000" type="audio/mpeg"/>
<itunes:duration>1:02:03</itunes:duration></item></channel></rss>"""
    cover, episode = parse_feed(body, "https://s.example/").entries[0].enclosures
    assert cover.duration_seconds is None and episode.duration_seconds == 3723


# -- storage ------------------------------------------------------------------------------------
@pytest.fixture
def podcast(database: Database, fixtures_dir: Path) -> Iterator[tuple[int, list[ParsedEntry]]]:
    entries = list(parsed(fixtures_dir, "feeds-real/macworld.rss").entries)

    def add(connection: sqlite3.Connection) -> int:
        feed_id, _ = feeds.add_feed(connection, "https://m.example/feed", "Macworld", "")
        articles.store_entries(connection, feed_id, entries, NOW)
        return feed_id

    yield database.writer.run(add), entries


def stored(database: Database) -> list[tuple[object, ...]]:
    with closing(database.reader()) as reader:
        return [tuple(row) for row in reader.execute("SELECT * FROM enclosures ORDER BY id")]


def test_enclosures_are_stored_with_their_article_and_refreshes_add_no_duplicates(
    database, podcast
):
    feed_id, entries = podcast
    first = stored(database)
    assert len(first) == 30
    database.writer.run(lambda c: articles.store_entries(c, feed_id, entries, NOW))
    assert stored(database) == first, "the same items again change nothing"
    with closing(database.reader()) as reader:
        key = entries[0].key
        article_id = reader.execute("SELECT id FROM articles WHERE key = ?", (key,)).fetchone()[0]
        article = articles.get_article(reader, article_id)
    assert article is not None and article.enclosures == entries[0].enclosures


def test_a_changed_enclosure_is_updated_in_place_and_a_download_survives_the_feed_dropping_it(
    database, podcast
):
    feed_id, entries = podcast
    first = entries[0]
    with closing(database.reader()) as reader:
        article_id = reader.execute(
            "SELECT id FROM articles WHERE key = ?", (first.key,)
        ).fetchone()[0]
    old = first.enclosures[0]
    database.writer.run(
        lambda c: enclosure_store.record_download(c, article_id, old.url, "a" * 64 + ".jpg", 9)
    )
    episode = Enclosure("https://m.example/episode.mp3", "audio/mpeg", 50_000_000, 600)
    bigger = Enclosure(old.url, old.mime_type, 123_456)
    changed = ParsedEntry(
        first.key, first.title, first.link, first.author, first.published_at,
        first.summary_html, first.content_html, first.text, (episode, bigger),
    )  # fmt: skip
    counts = database.writer.run(lambda c: articles.store_entries(c, feed_id, [changed], NOW))
    assert counts.updated == 1
    with closing(database.reader()) as reader:
        now_stored = enclosure_store.article_enclosures(reader, article_id)
    assert [(e.url, e.length) for e in now_stored] == [
        (episode.url, 50_000_000),
        (old.url, 123_456),
    ]
    assert now_stored[1].downloaded == "a" * 64 + ".jpg", "the downloaded copy stays attached"

    dropped = ParsedEntry(*[getattr(changed, name) for name in ParsedEntry.__slots__][:8])
    database.writer.run(lambda c: articles.store_entries(c, feed_id, [dropped], NOW))
    with closing(database.reader()) as reader:
        left = enclosure_store.article_enclosures(reader, article_id)
    assert [e.url for e in left] == [old.url], "only the downloaded one outlives its listing"


def test_an_enclosure_goes_with_its_article(database, podcast):
    feed_id, _entries = podcast
    database.writer.run(lambda c: feeds.remove_feed(c, feed_id))
    assert stored(database) == []


def test_image_enclosures_show_inline_from_the_cache_and_never_as_addresses(database, podcast):
    _feed_id, entries = podcast
    enclosure = entries[1].enclosures[0]
    with closing(database.reader()) as reader:
        article_id = reader.execute(
            "SELECT id FROM articles WHERE key = ?", (entries[1].key,)
        ).fetchone()[0]
        article = articles.get_article(reader, article_id)
        assert article is not None
        assert enclosure.url not in article_document(reader, article), "not cached: not shown"
        pending = articles.pending_offline(reader, 100)
    assert [p.image_enclosures for p in pending if p.id == article_id] == [(enclosure.url,)]
    digest = "b" * 64
    database.writer.run(lambda c: images.record_image(c, enclosure.url, digest, 10, 4, 3))
    with closing(database.reader()) as reader:
        document = article_document(reader, article)
    assert f'src="caravan-image:{digest}"' in document and enclosure.url not in document


# -- recovery -----------------------------------------------------------------------------------
def test_a_rebuild_keeps_enclosures_and_their_downloads(tmp_path, fixtures_dir):
    path = tmp_path / "caravan.sqlite3"
    database = Database(path)
    entries = list(parsed(fixtures_dir, "feeds-real/macworld.rss").entries)

    def fill(connection: sqlite3.Connection) -> None:
        feed_id, _ = feeds.add_feed(connection, "https://m.example/feed", "Macworld", "")
        articles.store_entries(connection, feed_id, entries, NOW)
        first = connection.execute("SELECT min(article_id) FROM enclosures").fetchone()[0]
        url = connection.execute(
            "SELECT url FROM enclosures WHERE article_id = ?", (first,)
        ).fetchone()[0]
        enclosure_store.record_download(connection, first, url, "c" * 64 + ".jpg", 4096)

    database.writer.run(fill)
    database.close()
    original = tmp_path / "original.sqlite3"
    shutil.copyfile(path, original)
    overwrite(path, [1, *pages_of(path, "articles", "leaf")[-1:]])  # header, schema, some rows

    base = tmp_path / "rebuilt.sqlite3"
    Database(base).close()  # a new, migrated file: no backup
    with closing(connect(base)) as connection:
        shapes = table_shapes(connection)
        found = salvage(path, shapes)
        counts = merge_salvage(connection, shapes, found)
        rebuilt = {
            tuple(row)
            for row in connection.execute(
                "SELECT a.key, e.url, e.mime_type, e.file, e.file_bytes "
                "FROM enclosures e JOIN articles a ON a.id = e.article_id"
            )
        }
        keys = {row[0] for row in connection.execute("SELECT key FROM articles")}
    with closing(sqlite3.connect(original)) as connection:
        before = {
            tuple(row)
            for row in connection.execute(
                "SELECT a.key, e.url, e.mime_type, e.file, e.file_bytes "
                "FROM enclosures e JOIN articles a ON a.id = e.article_id"
            )
        }
    assert 0 < len(keys) < len(entries), "the damage cost some articles, not all"
    assert rebuilt == {row for row in before if row[0] in keys}, (
        "every salvaged article has its enclosures back, exactly"
    )
    assert counts.enclosures_salvaged >= len(rebuilt)
    assert ("c" * 64 + ".jpg", 4096) in {row[3:] for row in rebuilt}, "the download's record"


# -- end to end ---------------------------------------------------------------------------------
def test_a_refreshed_podcast_shows_its_episode_in_caravan_show(
    caravan: Caravan,  # noqa: F811 - the fixture imported above
    http_server: LocalServer,
    fixtures_dir: Path,
):
    """Through the real refresh (download, parse, store) and the command line."""
    for name in ("baywatch-berlin.rss", "narro.rss"):
        http_server.routes[f"/{name}"] = Route(
            (fixtures_dir / "podcasts" / name).read_bytes(), "application/rss+xml"
        )
    caravan.write_config(
        serve_rates(http_server, fixtures_dir),
        (http_server.url("/baywatch-berlin.rss"), http_server.url("/narro.rss")),
    )
    assert caravan("refresh")[0] == 0
    listed = json.loads(caravan("list", "--json")[1])
    trailer = next(item["id"] for item in listed if item["title"] == "Trailer")
    code, out, _ = caravan("show", str(trailer))
    assert code == 0
    assert (
        "Enclosure: podcast_16544_baywatch_berlin_episode_1_trailer.mp3 (Audio MP3 · 2.3 MB · "
        "1:54) https://cdn.podigee.com/media/podcast_16544_baywatch_berlin_episode_1_trailer.mp3"
        "?v=1574079359&source=feed"
    ) in out.splitlines()
