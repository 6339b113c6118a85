"""The refresh obeys what servers say: permanent moves, Gone, Retry-After, back-off, HTML pages."""

from __future__ import annotations

from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.config import Config, RefreshSettings
from desktop_app.domain import Feed
from desktop_app.net.http import HttpClient, NetworkPolicy
from desktop_app.services.outcomes import RefreshSummary
from desktop_app.services.refresh import RefreshService
from desktop_app.store import articles, feeds
from desktop_app.store.db import Database
from tests.conftest import LocalServer, Route

POLICY = NetworkPolicy(connect_timeout=2.0, read_timeout=2.0, total_deadline=10.0)


@pytest.fixture
def service(database: Database) -> RefreshService:
    return RefreshService(
        database, HttpClient(POLICY), Config(refresh=RefreshSettings(interval_minutes=30))
    )


def subscribe(database: Database, url: str) -> int:
    feed_id, _ = database.writer.run(lambda connection: feeds.add_feed(connection, url))
    return feed_id


def stored_feed(database: Database, feed_id: int) -> Feed:
    with closing(database.reader()) as connection:
        feed = feeds.get_feed(connection, feed_id)
    assert feed is not None
    return feed


def stored_articles(database: Database) -> int:
    with closing(database.reader()) as connection:
        return articles.count_articles(connection)


def come_due(database: Database, feed_id: int) -> None:
    """Time passes until the feed's planned check."""
    past = int(datetime.now(UTC).timestamp()) - 1
    database.writer.run(
        lambda connection: connection.execute(
            "UPDATE feeds SET next_check_at = ? WHERE id = ?", (past, feed_id)
        )
    )


def macworld(fixtures_dir: Path) -> bytes:
    return (fixtures_dir / "feeds-real" / "macworld.rss").read_bytes()


def test_permanent_redirect_updates_the_stored_address(
    database, service, http_server: LocalServer, fixtures_dir
):
    http_server.routes["/old"] = Route(b"", status=301, headers={"Location": "/new"})
    http_server.routes["/new"] = Route(macworld(fixtures_dir))
    feed_id = subscribe(database, http_server.url("/old"))
    (outcome,) = service.refresh_feeds()
    assert outcome.new == 30
    assert stored_feed(database, feed_id).url == http_server.url("/new")


def test_temporary_redirect_keeps_the_stored_address(
    database, service, http_server: LocalServer, fixtures_dir
):
    http_server.routes["/old"] = Route(b"", status=302, headers={"Location": "/new"})
    http_server.routes["/new"] = Route(macworld(fixtures_dir))
    feed_id = subscribe(database, http_server.url("/old"))
    service.refresh_feeds()
    assert stored_feed(database, feed_id).url == http_server.url("/old")


def test_gone_disables_the_feed_and_keeps_its_articles(
    database, service, http_server: LocalServer, fixtures_dir
):
    http_server.routes["/feed"] = Route(macworld(fixtures_dir))
    feed_id = subscribe(database, http_server.url("/feed"))
    service.refresh_feeds()
    http_server.routes["/feed"] = Route(b"gone", status=410)
    (outcome,) = service.refresh_feeds()
    assert outcome.error is not None and "410" in outcome.error
    feed = stored_feed(database, feed_id)
    assert not feed.enabled
    assert feed.last_error is not None and "no longer fetched" in feed.last_error
    assert stored_articles(database) == 30
    http_server.requests.clear()
    assert service.refresh_feeds() == []
    assert http_server.requests == [], "a disabled feed is not fetched again"


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_keeps_the_feed_waiting_even_on_a_manual_refresh(
    database, service, http_server: LocalServer, status
):
    http_server.routes["/feed"] = Route(b"busy", status=status, headers={"Retry-After": "3600"})
    feed_id = subscribe(database, http_server.url("/feed"))
    before = datetime.now(UTC)
    (outcome,) = service.refresh_feeds()
    assert outcome.error is not None
    feed = stored_feed(database, feed_id)
    assert feed.retry_after_until is not None
    assert feed.retry_after_until >= before + timedelta(seconds=3590)
    assert feed.next_check_at is not None and feed.next_check_at >= feed.retry_after_until
    http_server.requests.clear()
    assert service.refresh_feeds() == []
    assert http_server.requests == []


def test_failures_back_off_and_success_resets_the_error_state(
    database, service, http_server: LocalServer, fixtures_dir
):
    http_server.routes["/feed"] = Route(b"oops", status=500)
    feed_id = subscribe(database, http_server.url("/feed"))
    waits = []
    for _ in range(3):
        come_due(database, feed_id)
        started = datetime.now(UTC)
        service.refresh_feeds(due_only=True)
        feed = stored_feed(database, feed_id)
        assert feed.next_check_at is not None
        waits.append(round((feed.next_check_at - started).total_seconds() / 60))
    assert waits == [30, 60, 120]
    feed = stored_feed(database, feed_id)
    assert feed.error_count == 3
    assert feed.last_error is not None and "500" in feed.last_error
    assert feed.error_since is not None
    http_server.routes["/feed"] = Route(macworld(fixtures_dir))
    service.refresh_feeds()
    feed = stored_feed(database, feed_id)
    assert (feed.error_count, feed.last_error, feed.error_since) == (0, None, None)


def user_refresh(service: RefreshService) -> RefreshSummary:
    """What F5 (or ``caravan refresh``) asks for, less the rates and the offline work."""
    return service.refresh_all(include_rates=False, include_offline=False)


def requests_for(server: LocalServer, path: str) -> int:
    return sum(request.path == path for request in server.requests)


def test_pressing_f5_again_and_again_retries_a_failing_feed_once_and_keeps_its_back_off(
    database, service, http_server: LocalServer
):
    http_server.routes["/feed"] = Route(b"oops", status=500)
    feed_id = subscribe(database, http_server.url("/feed"))
    service.refresh_feeds(due_only=True)  # its first check fails: back-off for 30 minutes
    failed = stored_feed(database, feed_id)
    assert failed.error_count == 1
    http_server.routes["/feed"] = Route(b"still down", status=502)

    summaries = [user_refresh(service) for _ in range(5)]

    assert requests_for(http_server, "/feed") == 2, "one early retry, not one per F5"
    feed = stored_feed(database, feed_id)
    assert (feed.error_count, feed.next_check_at) == (1, failed.next_check_at)
    assert feed.error_since == failed.error_since
    assert feed.last_error is not None and "502" in feed.last_error
    assert [len(summary.feeds) for summary in summaries] == [1, 0, 0, 0, 0]
    last = summaries[-1]
    assert [(held.feed_id, held.until, held.server_asked) for held in last.held_back] == [
        (feed_id, failed.next_check_at, False)
    ]
    assert "1 failing feed waits for its next check" in last.describe()


def test_each_back_off_window_allows_one_early_retry_and_only_due_checks_lengthen_it(
    database, service, http_server: LocalServer
):
    http_server.routes["/feed"] = Route(b"oops", status=500)
    feed_id = subscribe(database, http_server.url("/feed"))
    service.refresh_feeds(due_only=True)
    user_refresh(service)
    come_due(database, feed_id)
    started = datetime.now(UTC)
    service.refresh_feeds(due_only=True)  # the second due check fails: 60 minutes
    second = stored_feed(database, feed_id)
    assert second.error_count == 2
    assert second.next_check_at is not None
    assert round((second.next_check_at - started).total_seconds() / 60) == 60
    http_server.requests.clear()

    user_refresh(service)
    user_refresh(service)

    assert requests_for(http_server, "/feed") == 1
    feed = stored_feed(database, feed_id)
    assert (feed.error_count, feed.next_check_at) == (2, second.next_check_at)


def test_an_early_retry_that_succeeds_clears_the_back_off(
    database, service, http_server: LocalServer, fixtures_dir
):
    http_server.routes["/feed"] = Route(b"oops", status=500)
    feed_id = subscribe(database, http_server.url("/feed"))
    for _ in range(3):
        come_due(database, feed_id)
        service.refresh_feeds(due_only=True)
    assert stored_feed(database, feed_id).error_count == 3
    http_server.routes["/feed"] = Route(macworld(fixtures_dir))
    started = datetime.now(UTC)

    summary = user_refresh(service)

    assert summary.new_articles == 30
    feed = stored_feed(database, feed_id)
    assert (feed.error_count, feed.last_error, feed.error_since) == (0, None, None)
    assert feed.next_check_at is not None
    assert round((feed.next_check_at - started).total_seconds() / 60) == 30


def test_a_healthy_feed_failing_on_f5_counts_as_one_failure_only(
    database, service, http_server: LocalServer, fixtures_dir
):
    http_server.routes["/feed"] = Route(macworld(fixtures_dir))
    feed_id = subscribe(database, http_server.url("/feed"))
    service.refresh_feeds(due_only=True)
    http_server.routes["/feed"] = Route(b"oops", status=500)
    started = datetime.now(UTC)

    for _ in range(4):
        user_refresh(service)

    feed = stored_feed(database, feed_id)
    assert feed.error_count == 1
    assert feed.next_check_at is not None
    assert round((feed.next_check_at - started).total_seconds() / 60) == 30
    assert requests_for(http_server, "/feed") == 3, "first check, a failure, one early retry"


def test_an_early_retry_answered_with_retry_after_waits_as_the_server_asks(
    database, service, http_server: LocalServer
):
    http_server.routes["/feed"] = Route(b"oops", status=500)
    feed_id = subscribe(database, http_server.url("/feed"))
    service.refresh_feeds(due_only=True)
    http_server.routes["/feed"] = Route(b"busy", status=503, headers={"Retry-After": "7200"})
    started = datetime.now(UTC)

    user_refresh(service)

    feed = stored_feed(database, feed_id)
    assert feed.error_count == 1
    assert feed.retry_after_until is not None
    assert feed.retry_after_until >= started + timedelta(seconds=7190)
    assert feed.next_check_at is not None and feed.next_check_at >= feed.retry_after_until


def test_f5_leaves_a_feed_under_retry_after_alone_and_says_so(
    database, service, http_server: LocalServer
):
    http_server.routes["/feed"] = Route(b"busy", status=429, headers={"Retry-After": "3600"})
    feed_id = subscribe(database, http_server.url("/feed"))
    service.refresh_feeds()
    waiting = stored_feed(database, feed_id)
    http_server.requests.clear()

    summary = user_refresh(service)

    assert http_server.requests == []
    assert [(held.until, held.server_asked) for held in summary.held_back] == [
        (waiting.retry_after_until, True)
    ]
    assert "1 feed waits as its server asked (Retry-After)" in summary.describe()
    assert stored_feed(database, feed_id) == waiting


def test_a_web_page_is_an_error_that_offers_the_feeds_it_links_to(
    database, service, http_server: LocalServer
):
    page = (
        b"<!DOCTYPE html><html><head><title>News</title>"
        b'<link rel="alternate" type="application/rss+xml" title="All news" href="/rss/">'
        b"</head><body><p>Hello</p></body></html>"
    )
    http_server.routes["/"] = Route(page, content_type="text/html")
    subscribe(database, http_server.url("/"))
    (outcome,) = service.refresh_feeds()
    assert outcome.error is not None
    assert "web page, not a feed" in outcome.error
    assert http_server.url("/rss/") in outcome.error


def test_only_due_feeds_are_fetched_on_a_scheduled_check(
    database, service, http_server: LocalServer, fixtures_dir
):
    http_server.routes["/a"] = Route(macworld(fixtures_dir))
    http_server.routes["/b"] = Route(macworld(fixtures_dir))
    subscribe(database, http_server.url("/a"))
    service.refresh_feeds()
    subscribe(database, http_server.url("/b"))
    http_server.requests.clear()
    outcomes = service.refresh_feeds(due_only=True)
    assert [outcome.url for outcome in outcomes] == [http_server.url("/b")]
    assert [request.path for request in http_server.requests] == ["/b"]


def test_rss_ttl_is_kept_as_the_feeds_minimum_interval(database, service, http_server: LocalServer):
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><ttl>180</ttl>'
        b"<item><title>A</title><link>https://example.org/a</link></item></channel></rss>"
    )
    http_server.routes["/feed"] = Route(body)
    feed_id = subscribe(database, http_server.url("/feed"))
    started = datetime.now(UTC)
    service.refresh_feeds()
    feed = stored_feed(database, feed_id)
    assert feed.feed_min_interval_minutes == 180
    assert feed.next_check_at is not None
    assert feed.next_check_at - started >= timedelta(minutes=179)


def test_sy_update_period_is_read_as_a_minimum_interval():
    from desktop_app.feeds.parse import parse_feed

    body = (
        b'<?xml version="1.0"?><rss version="2.0" '
        b'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel><title>T</title>'
        b"<sy:updatePeriod>daily</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency>"
        b"<item><title>A</title><link>https://example.org/a</link></item></channel></rss>"
    )
    assert parse_feed(body, "u").min_interval_minutes == 360


def test_the_database_schema_has_the_scheduling_columns(database):
    with closing(database.reader()) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(feeds)")}
    assert {"next_check_at", "interval_minutes", "retry_after_until"} <= columns
