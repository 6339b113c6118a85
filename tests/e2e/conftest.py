"""Fixtures of the end-to-end tests: a private X server per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.xsession import XSession


@pytest.fixture
def xsession() -> Iterator[XSession]:
    session = XSession()
    try:
        yield session
    finally:
        session.stop()
