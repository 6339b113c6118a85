"""One refresh of feeds and rates: a real database, the real downloader, a local server."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from desktop_app.config import Config, FeedSetting, RatesSettings
from desktop_app.domain import Feed, RateSnapshot
from desktop_app.net.http import HttpClient, NetworkPolicy
from desktop_app.services.outcomes import FeedOutcome, RefreshSummary
from desktop_app.services.rates import current_quotes, refresh_rates
from desktop_app.services.refresh import RefreshService
from desktop_app.store import articles, feeds
from desktop_app.store import rates as rate_store
from desktop_app.store.db import Database
from tests.conftest import LocalServer, Route

POLICY = NetworkPolicy(connect_timeout=2.0, read_timeout=2.0, total_deadline=10.0)
RATES_FILE = "open-er-api_latest_USD_2024-08-19.json"
RATES_DAY = date(2024, 8, 19)
# Units per US dollar in the fixture, copied by hand from the JSON file.
PER_USD = {
    "KGS": 85.734152,
    "KZT": 478.947251,
    "TJS": 10.605885,
    "UZS": 12707.572003,
    "TMT": 3.500532,
}
FIXTURE_CURRENCIES = 161  # 162 rates in the file, less USD itself

# The three real feeds served by default, with how many items each holds.
FEEDS = {"/macworld.rss": 30, "/scriptingNews.rss": 50, "/natasha.xml": 10}


@pytest.fixture
def reader(database: Database) -> Iterator[sqlite3.Connection]:
    with closing(database.reader()) as connection:
        yield connection


def serve_fixtures(server: LocalServer, fixtures_dir: Path) -> Config:
    """Serve the real feeds and rates; return a configuration that subscribes to them."""
    for path in FEEDS:
        server.serve_file(path, fixtures_dir / "feeds-real" / path.lstrip("/"))
    rates_url = server.serve_file("/rates", fixtures_dir / "rates" / RATES_FILE, "application/json")
    return Config(
        rates=RatesSettings(url=rates_url),
        feeds=(
            FeedSetting(server.url("/macworld.rss"), title="Mac news", folder="Tech"),
            FeedSetting(server.url("/scriptingNews.rss"), folder="Blogs"),
            FeedSetting(server.url("/natasha.xml"), folder="Blogs"),
        ),
    )


def service_for(database: Database, config: Config) -> RefreshService:
    return RefreshService(database, HttpClient(POLICY), config, workers=4)


def feed_by_url(database: Database, url: str) -> Feed:
    with closing(database.reader()) as reader:
        matches = [feed for feed in feeds.list_feeds(reader) if feed.url == url]
    assert len(matches) == 1, url
    return matches[0]


def outcome_for(summary: RefreshSummary, url: str) -> FeedOutcome:
    matches = [outcome for outcome in summary.feeds if outcome.url == url]
    assert len(matches) == 1, url
    return matches[0]


def article_count(database: Database) -> int:
    with closing(database.reader()) as reader:
        return articles.count_articles(reader)


def rss(*items: tuple[str, str, str]) -> bytes:
    """A small hand-written RSS 2.0 document from (guid, title, description) items."""
    body = "".join(
        f"<item><guid isPermaLink='false'>{guid}</guid><title>{title}</title>"
        f"<link>https://caravan.example/{guid}</link>"
        f"<pubDate>Mon, 19 Aug 2024 0{n}:00:00 GMT</pubDate>"
        f"<description><![CDATA[{description}]]></description></item>"
        for n, (guid, title, description) in enumerate(items)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Hand-made</title><link>https://caravan.example/</link>{body}</channel></rss>"
    ).encode()


# --- subscriptions from the configuration ----------------------------------------------------


def test_import_config_feeds_subscribes_to_each_configured_feed_once(
    database: Database, http_server: LocalServer, fixtures_dir: Path
) -> None:
    config = serve_fixtures(http_server, fixtures_dir)
    service = service_for(database, config)

    assert service.import_config_feeds() == 3
    assert service.import_config_feeds() == 0

    with closing(database.reader()) as reader:
        subscribed = {(f.url, f.title, f.folder) for f in feeds.list_feeds(reader)}
    assert subscribed == {
        (http_server.url("/macworld.rss"), "Mac news", "Tech"),
        (http_server.url("/scriptingNews.rss"), "", "Blogs"),
        (http_server.url("/natasha.xml"), "", "Blogs"),
    }
    assert http_server.requests == []  # subscribing downloads nothing


def test_a_config_feed_the_user_removed_is_not_added_back(
    database: Database, http_server: LocalServer, fixtures_dir: Path
) -> None:
    config = serve_fixtures(http_server, fixtures_dir)
    service_for(database, config).import_config_feeds()
    removed = feed_by_url(database, http_server.url("/natasha.xml"))
    database.writer.run(lambda c: c.execute("DELETE FROM feeds WHERE id = ?", (removed.id,)))

    # The next start imports again, even with a new service and client.
    assert service_for(database, config).import_config_feeds() == 0

    with closing(database.reader()) as reader:
        urls = {feed.url for feed in feeds.list_feeds(reader)}
    assert http_server.url("/natasha.xml") not in urls
    assert len(urls) == 2


def test_a_feed_added_to_the_config_later_is_imported(
    database: Database, http_server: LocalServer, fixtures_dir: Path
) -> None:
    config = serve_fixtures(http_server, fixtures_dir)
    first = Config(rates=config.rates, feeds=config.feeds[:1])
    assert service_for(database, first).import_config_feeds() == 1

    assert service_for(database, config).import_config_feeds() == 2


def test_a_config_feed_already_subscribed_by_hand_is_not_duplicated(
    database: Database, http_server: LocalServer, fixtures_dir: Path
) -> None:
    config = serve_fixtures(http_server, fixtures_dir)
    url = http_server.url("/natasha.xml")
    database.writer.run(lambda c: feeds.add_feed(c, url, "Mine", "Mine"))

    assert service_for(database, config).import_config_feeds() == 2
    assert feed_by_url(database, url).title == "Mine"


# --- a refresh -------------------------------------------------------------------------------


def test_refresh_all_stores_the_articles_and_the_rates(
    database: Database, http_server: LocalServer, fixtures_dir: Path
) -> None:
    config = serve_fixtures(http_server, fixtures_dir)
    service = service_for(database, config)
    service.import_config_feeds()

    summary = service.refresh_all()

    assert summary.new_articles == sum(FEEDS.values()) == 90
    for path, items in FEEDS.items():
        outcome = outcome_for(summary, http_server.url(path))
        assert (outcome.new, outcome.updated, outcome.error) == (items, 0, None)
    assert article_count(database) == 90
    assert summary.rates is not None
    assert summary.rates.error is None
    assert summary.rates.valid_on == RATES_DAY
    assert summary.rates.currencies == FIXTURE_CURRENCIES
    assert (summary.failures, summary.all_failed, summary.offline) == (0, False, False)
    assert summary.describe() == "90 new articles, 3/3 feeds ok, rates 2024-08-19"


def test_refresh_fills_in_feed_titles_the_user_did_not_give(
    database: Database, http_server: LocalServer, fixtures_dir: Path
) -> None:
    config = serve_fixtures(http_server, fixtures_dir)
    service = service_for(database, config)
    service.import_config_feeds()

    summary = service.refresh_all()

    assert feed_by_url(database, http_server.url("/scriptingNews.rss")).title == "Scripting News"
    assert feed_by_url(database, http_server.url("/macworld.rss")).title == "Mac news"
    assert outcome_for(summary, http_server.url("/natasha.xml")).title == "Natasha The Robot"
    assert feed_by_url(database, http_server.url("/natasha.xml")).last_fetched_at is not None


def test_refresh_reports_progress_for_every_feed(
    database: Database, http_server: LocalServer, fixtures_dir: Path
) -> None:
    config = serve_fixtures(http_server, fixtures_dir)
    service = service_for(database, config)
    service.import_config_feeds()
    progress: list[tuple[int, int, str | None]] = []

    service.refresh_all(
        lambda done, total, outcome: progress.append(
            (done, total, outcome.url if outcome else None)
        )
    )

    assert [(done, total) for done, total, _ in progress] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert {url for _, _, url in progress[1:]} == {http_server.url(path) for path in FEEDS}


def test_a_second_refresh_of_unchanged_feeds_is_answered_not_modified(
    database: Database, http_server: LocalServer, fixtures_dir: Path
) -> None:
    config = serve_fixtures(http_server, fixtures_dir)
    service = service_for(database, config)
    service.import_config_feeds()
    service.refresh_all()
    http_server.requests.clear()

    summary = service.refresh_all()

    for path in FEEDS:
        route = http_server.routes[path]
        sent = [request.headers for request in http_server.requests if request.path == path]
        assert len(sent) == 1, path
        assert sent[0]["if-none-match"] == route.etag
        assert sent[0]["if-modified-since"] == route.last_modified
        outcome = outcome_for(summary, http_server.url(path))
        assert (outcome.not_modified, outcome.new, outcome.updated) == (True, 0, 0)
    assert summary.new_articles == 0
    # The rates too were asked for conditionally, and the server said 304.
    rate_requests = [
        request.headers for request in http_server.requests if request.path == "/rates"
    ]
    assert rate_requests[-1]["if-none-match"] == http_server.routes["/rates"].etag
    assert summary.describe() == "0 new articles, 3/3 feeds ok, rates unchanged"
    assert article_count(database) == 90


def test_a_feed_without_validators_serving_the_same_bytes_is_skipped_by_its_hash(
    database: Database, reader: sqlite3.Connection, http_server: LocalServer, fixtures_dir: Path
) -> None:
    body = (fixtures_dir / "feeds-real" / "livemint.xml").read_bytes()
    http_server.routes["/plain.xml"] = Route(body)  # no ETag, no Last-Modified
    config = Config(feeds=(FeedSetting(http_server.url("/plain.xml")),))
    service = service_for(database, config)
    service.import_config_feeds()
    assert service.refresh_feeds()[0].new == 25
    stamps_before = reader.execute("SELECT id, updated_at FROM articles ORDER BY id").fetchall()
    http_server.requests.clear()

    (outcome,) = service.refresh_feeds()

    sent = http_server.requests[0].headers
    assert "if-none-match" not in sent
    assert "if-modified-since" not in sent
    # not_modified is only reported for a 304 or a hash match; a parse would report new=0.
    assert (outcome.not_modified, outcome.new, outcome.updated, outcome.error) == (
        True,
        0,
        0,
        None,
    )
    assert reader.execute("SELECT id, updated_at FROM articles ORDER BY id").fetchall() == (
        stamps_before
    )


def test_a_feed_without_validators_whose_bytes_changed_is_parsed_again(
    database: Database, http_server: LocalServer
) -> None:
    http_server.routes["/plain.xml"] = Route(rss(("a", "First", "one"), ("b", "Second", "two")))
    config = Config(feeds=(FeedSetting(http_server.url("/plain.xml")),))
    service = service_for(database, config)
    service.import_config_feeds()
    service.refresh_feeds()

    http_server.routes["/plain.xml"] = Route(
        rss(("a", "First, corrected", "one"), ("b", "Second", "two"), ("c", "Third", "three"))
    )
    (outcome,) = service.refresh_feeds()

    assert (outcome.not_modified, outcome.new, outcome.updated) == (False, 1, 1)


def test_a_failing_feed_records_its_error_while_the_others_refresh(
    database: Database, http_server: LocalServer, fixtures_dir: Path
) -> None:
    config = serve_fixtures(http_server, fixtures_dir)
    http_server.routes["/page.html"] = Route(
        b"<!DOCTYPE html><html><head><title>Moved</title></head><body>We moved!</body></html>",
        "text/html; charset=utf-8",
    )
    gone, page = http_server.url("/gone.xml"), http_server.url("/page.html")
    config = Config(rates=config.rates, feeds=(*config.feeds, FeedSetting(gone), FeedSetting(page)))
    service = service_for(database, config)
    service.import_config_feeds()

    summary = service.refresh_all()

    assert summary.new_articles == 90
    assert article_count(database) == 90
    assert {outcome.url for outcome in summary.failed_feeds} == {gone, page}
    assert (summary.all_failed, summary.offline) == (False, False)
    assert summary.describe() == "90 new articles, 3/5 feeds ok, rates 2024-08-19"
    assert "HTTP 404" in (outcome_for(summary, gone).error or "")
    assert not outcome_for(summary, gone).offline
    missing = feed_by_url(database, gone)
    assert missing.last_error is not None and "HTTP 404" in missing.last_error
    assert missing.error_count == 1
    assert missing.error_since is not None
    html_page = feed_by_url(database, page)
    assert html_page.last_error is not None and "web page, not a feed" in html_page.last_error
    assert html_page.error_count == 1
    assert feed_by_url(database, http_server.url("/natasha.xml")).last_error is None


def test_a_feed_failing_again_counts_errors_and_keeps_when_they_started(
    database: Database, http_server: LocalServer, fixtures_dir: Path
) -> None:
    url = http_server.url("/flaky.xml")
    http_server.routes["/flaky.xml"] = Route(b"busy", "text/plain", status=503)
    service = service_for(database, Config(feeds=(FeedSetting(url),)))
    service.import_config_feeds()
    service.refresh_feeds()
    since = feed_by_url(database, url).error_since

    for _ in range(2):  # the next checks come due
        database.writer.run(
            lambda connection: connection.execute(
                "UPDATE feeds SET next_check_at = 0 WHERE url = ?", (url,)
            )
        )
        service.refresh_feeds(due_only=True)

    flaky = feed_by_url(database, url)
    assert flaky.error_count == 3
    assert flaky.error_since == since
    assert flaky.last_error is not None and "HTTP 503" in flaky.last_error

    # Once the feed answers again, the error state is cleared.
    http_server.serve_file("/flaky.xml", fixtures_dir / "feeds-real" / "natasha.xml")
    (outcome,) = service.refresh_feeds()
    assert outcome.new == 10
    recovered = feed_by_url(database, url)
    assert (recovered.last_error, recovered.error_since, recovered.error_count) == (None, None, 0)


def test_a_rates_failure_does_not_stop_the_feeds(
    database: Database, http_server: LocalServer, fixtures_dir: Path
) -> None:
    config = serve_fixtures(http_server, fixtures_dir)
    http_server.routes["/rates"] = Route(b'{"result": "error", "error-type": "quota"}')
    service = service_for(database, config)
    service.import_config_feeds()

    summary = service.refresh_all()

    assert summary.rates is not None
    assert summary.rates.error is not None and "quota" in summary.rates.error
    assert summary.new_articles == 90
    assert (summary.failures, summary.all_failed) == (1, False)
    assert summary.describe() == "90 new articles, 3/3 feeds ok, rates failed"


def test_a_disabled_feed_is_not_fetched(
    database: Database, http_server: LocalServer, fixtures_dir: Path
) -> None:
    config = serve_fixtures(http_server, fixtures_dir)
    service = service_for(database, config)
    service.import_config_feeds()
    natasha = http_server.url("/natasha.xml")
    database.writer.run(
        lambda c: c.execute("UPDATE feeds SET enabled = 0 WHERE url = ?", (natasha,))
    )

    summary = service.refresh_all(include_rates=False)

    assert len(summary.feeds) == 2
    assert "/natasha.xml" not in {request.path for request in http_server.requests}
    assert summary.rates is None


def test_when_the_server_is_gone_every_source_is_offline_and_nothing_stored_is_lost(
    database: Database, fixtures_dir: Path
) -> None:
    server = LocalServer()
    server.start()
    try:
        config = serve_fixtures(server, fixtures_dir)
        service = service_for(database, config)
        service.import_config_feeds()
        service.refresh_all()
        with closing(database.reader()) as reader:
            before = articles.list_articles(reader, limit=1000)
            first = articles.get_article(reader, before[0].id)
    finally:
        server.stop()

    # A new client: the old one's kept-alive connections would outlive the listening socket.
    summary = service_for(database, config).refresh_all()

    assert len(summary.feeds) == 3
    assert all(outcome.offline and outcome.error for outcome in summary.feeds)
    assert summary.rates is not None and summary.rates.offline
    assert summary.offline is True
    assert summary.all_failed is True
    assert summary.describe() == "0 new articles, 0/3 feeds ok, rates failed"
    with closing(database.reader()) as reader:
        assert articles.list_articles(reader, limit=1000) == before
        assert articles.get_article(reader, before[0].id) == first
        # The ticker still has its numbers.
        assert len(current_quotes(reader, config.rates)) == 5
        assert all(feed.error_count == 1 for feed in feeds.list_feeds(reader))


def test_read_and_starred_survive_a_refresh_that_changes_the_article(
    database: Database, reader: sqlite3.Connection, http_server: LocalServer
) -> None:
    url = http_server.url("/hand.xml")
    http_server.routes["/hand.xml"] = Route(
        rss(("story", "Som steady", "<p>First version</p>"), ("other", "Other", "<p>x</p>")),
        etag='"v1"',
    )
    service = service_for(database, Config(feeds=(FeedSetting(url),)))
    service.import_config_feeds()
    service.refresh_feeds()
    story = reader.execute("SELECT id FROM articles WHERE key = 'story'").fetchone()["id"]
    database.writer.run(lambda c: articles.set_read(c, [story], True))
    database.writer.run(lambda c: articles.set_starred(c, [story], True))

    http_server.routes["/hand.xml"] = Route(
        rss(
            ("story", "Som steady, updated", "<p>Second version</p>"),
            ("other", "Other", "<p>x</p>"),
        ),
        etag='"v2"',
    )
    (outcome,) = service.refresh_feeds()

    assert (outcome.new, outcome.updated) == (0, 1)
    article = articles.get_article(reader, story)
    assert article is not None
    assert article.title == "Som steady, updated"
    assert "Second version" in article.summary_html
    assert (article.read, article.starred) == (True, True)
    assert articles.unread_counts(reader) == {article.feed_id: 1}


# --- rates -----------------------------------------------------------------------------------


def test_current_quotes_after_a_rates_refresh_give_the_five_configured_pairs(
    database: Database, reader: sqlite3.Connection, http_server: LocalServer, fixtures_dir: Path
) -> None:
    settings = serve_fixtures(http_server, fixtures_dir).rates

    outcome = refresh_rates(HttpClient(POLICY), database, settings)
    quotes = current_quotes(reader, settings)

    assert (outcome.valid_on, outcome.currencies, outcome.error) == (RATES_DAY, 161, None)
    assert [quote.pair for quote in quotes] == [
        "KGS/USD", "KZT/USD", "TJS/USD", "UZS/USD", "TMT/USD",
    ]  # fmt: skip
    for quote in quotes:
        assert quote.value == pytest.approx(1 / PER_USD[quote.base], rel=1e-12)
        assert quote.change_percent is None  # one day stored: no change to show
        assert quote.valid_on == RATES_DAY
        assert quote.provider == "open-er-api"


def test_refreshing_rates_twice_on_the_same_day_keeps_one_snapshot(
    database: Database, reader: sqlite3.Connection, http_server: LocalServer, fixtures_dir: Path
) -> None:
    settings = serve_fixtures(http_server, fixtures_dir).rates
    client = HttpClient(POLICY)

    refresh_rates(client, database, settings)
    refresh_rates(client, database, settings)

    assert reader.execute("SELECT count(*) FROM rates").fetchone()[0] == FIXTURE_CURRENCIES
    assert len(rate_store.recent_snapshots(reader, "open-er-api", count=5)) == 1


def test_a_previous_days_snapshot_gives_the_change_in_percent(
    database: Database, reader: sqlite3.Connection, http_server: LocalServer, fixtures_dir: Path
) -> None:
    settings = serve_fixtures(http_server, fixtures_dir).rates
    refresh_rates(HttpClient(POLICY), database, settings)
    yesterday = RateSnapshot(
        provider="open-er-api",
        valid_on=date(2024, 8, 18),
        anchor="USD",
        prices={
            "KGS": 1 / 86.5,
            "KZT": 1 / 478.947251,
            "TJS": 1 / 10.5,
            "UZS": 1 / 12800.0,
            "TMT": 1 / 3.5,
        },
    )
    database.writer.run(lambda c: rate_store.save_snapshot(c, yesterday))

    changes = {quote.base: quote.change_percent for quote in current_quotes(reader, settings)}

    # Price of one unit in dollars went from 1/yesterday to 1/today: (yesterday/today − 1)·100.
    assert changes["KGS"] == pytest.approx(0.893282294, rel=1e-8)  # 86.5/85.734152 − 1
    assert changes["KZT"] == pytest.approx(0.0, abs=1e-12)
    assert changes["TJS"] == pytest.approx(-0.998360816, rel=1e-8)  # 10.5/10.605885 − 1
    assert changes["UZS"] == pytest.approx(0.727345845, rel=1e-8)  # 12800/12707.572003 − 1
    assert changes["TMT"] == pytest.approx(-0.015197690, rel=1e-7)  # 3.5/3.500532 − 1
    # The newest day stays the one shown.
    assert {quote.valid_on for quote in current_quotes(reader, settings)} == {RATES_DAY}
