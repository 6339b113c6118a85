"""When a feed is checked next: interval, the feed's own pace, Retry-After, back-off."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app.services.schedule import MAX_BACKOFF, MAX_WAIT, next_check

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def test_a_healthy_feed_waits_its_interval():
    assert next_check(NOW, 30) == NOW + timedelta(minutes=30)


def test_the_feeds_own_ttl_is_a_lower_bound_not_an_upper_one():
    assert next_check(NOW, 30, feed_min_interval_minutes=120) == NOW + timedelta(minutes=120)
    assert next_check(NOW, 30, feed_min_interval_minutes=10) == NOW + timedelta(minutes=30)


def test_failures_back_off_exponentially_up_to_a_day():
    waits = [next_check(NOW, 30, consecutive_failures=n) - NOW for n in range(1, 8)]
    assert waits[:4] == [timedelta(minutes=m) for m in (30, 60, 120, 240)]
    assert waits[-1] == MAX_BACKOFF
    assert next_check(NOW, 30, consecutive_failures=500) - NOW == MAX_BACKOFF


def test_retry_after_is_honoured_and_capped_at_a_week():
    assert next_check(NOW, 30, retry_after_seconds=7200) == NOW + timedelta(hours=2)
    assert next_check(NOW, 30, retry_after_seconds=10**9) == NOW + MAX_WAIT
    assert next_check(NOW, 30, retry_after_seconds=5) == NOW + timedelta(minutes=30)
