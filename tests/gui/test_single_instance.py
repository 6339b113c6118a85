"""One Caravan per data directory: the check a first launch makes without QtNetwork."""

from __future__ import annotations

from pathlib import Path

from desktop_app.ui.single_instance import (
    InstanceServer,
    hand_over,
    may_be_listening,
    server_name,
)


def test_a_listening_instance_is_seen_where_qt_puts_its_socket(qapp, tmp_path: Path) -> None:
    name = server_name(tmp_path)
    assert not may_be_listening(name)
    server = InstanceServer(tmp_path, lambda _request: None)
    try:
        assert may_be_listening(name), "the check must look where QLocalServer listens"
    finally:
        server.close()
    assert not may_be_listening(name)


def test_a_first_launch_hands_over_to_nobody(qapp, tmp_path: Path) -> None:
    assert not hand_over(tmp_path, {"show": True})
