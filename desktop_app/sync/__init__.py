"""Sync with an aggregator server (Miniflux, FreshRSS… through the Google Reader API): the
protocol client, no Qt and no storage."""
