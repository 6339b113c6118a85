"""One Caravan per data directory: the lock a first launch takes, the socket a later one
hands its request over."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from desktop_app.errors import InstanceNotAnsweringError
from desktop_app.ui.single_instance import (
    LOCK_FILE,
    InstanceServer,
    claim_or_hand_over,
    hand_over,
    lock_data_dir,
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


def test_the_data_directory_is_held_by_one_caravan_at_a_time(qapp, tmp_path: Path) -> None:
    first = lock_data_dir(tmp_path / "data")
    assert first is not None and first.held
    assert lock_data_dir(tmp_path / "data") is None, "a second launch must see the first"
    other = lock_data_dir(tmp_path / "other")
    assert other is not None and other.held, "another directory is free"
    first.release()
    again = lock_data_dir(tmp_path / "data")
    assert again is not None and again.held
    again.release()
    other.release()


def test_a_lock_held_by_another_process_is_seen_and_freed_when_it_dies(
    qapp, tmp_path: Path
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_THE_LOCK, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        assert lock_data_dir(tmp_path) is None, "a live holder in another process"
    finally:
        holder.kill()  # a crash, nothing cleaned up: SIGKILL (TerminateProcess on Windows)
        holder.wait(30)
        if holder.stdout is not None:
            holder.stdout.close()
    assert (tmp_path / LOCK_FILE).exists(), "the dead process left its lock file"
    lock = lock_data_dir(tmp_path)
    assert lock is not None and lock.held, "a crash leaves no stale lock"
    lock.release()


def test_a_second_launch_waits_for_the_first_to_listen(qapp, tmp_path: Path) -> None:
    """The first launch listens only once its window has painted: a launch a moment later
    must wait for it, not give up and open a second window on the same database."""
    first = lock_data_dir(tmp_path)
    assert first is not None
    received: list[dict[str, object]] = []
    servers: list[InstanceServer] = []
    QTimer.singleShot(300, lambda: servers.append(InstanceServer(tmp_path, received.append)))
    claimed: list[object] = []
    waiting = threading.Thread(
        target=lambda: claimed.append(claim_or_hand_over(tmp_path, _ADD, patience_s=5))
    )
    waiting.start()
    deadline = time.monotonic() + 10
    while (waiting.is_alive() or not received) and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.01)
    try:
        assert claimed == [None], "handed over, not claimed"
        assert received == [_ADD]
    finally:
        for server in servers:
            server.close()
        first.release()


def test_a_launch_gives_up_on_a_holder_that_neither_answers_nor_ends(qapp, tmp_path: Path) -> None:
    first = lock_data_dir(tmp_path)
    assert first is not None
    try:
        with pytest.raises(InstanceNotAnsweringError, match="does not answer"):
            claim_or_hand_over(tmp_path, _ADD, patience_s=0.3)
    finally:
        first.release()


_ADD = {"show": True, "add_feed": "https://news.example/feed.xml"}
_HOLD_THE_LOCK = """
import sys, time
from pathlib import Path
from desktop_app.ui.single_instance import lock_data_dir
held = lock_data_dir(Path(sys.argv[1]))
assert held is not None and held.held
print("held", flush=True)
time.sleep(60)
"""


def test_a_launch_takes_over_when_the_holder_ends_without_answering(qapp, tmp_path: Path) -> None:
    """A Caravan closing down still holds the directory for a moment and no longer listens: the
    launch waiting for it takes the directory once it is free."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_THE_LOCK.replace("time.sleep(60)", "time.sleep(1)"),
         str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        claimed = claim_or_hand_over(tmp_path, {"show": True}, patience_s=10)
        assert claimed is not None and claimed.held, "it took over instead of giving up"
        claimed.release()
    finally:
        holder.wait(30)
        if holder.stdout is not None:
            holder.stdout.close()


def test_a_read_only_directory_is_still_held_through_the_lock_file_left_in_it(
    qapp, tmp_path: Path, make_read_only
) -> None:
    data_dir = tmp_path / "data"
    writable = lock_data_dir(data_dir)  # a Caravan that could write left its lock file
    assert writable is not None and writable.held
    writable.release()
    left = (data_dir / LOCK_FILE).read_bytes()
    make_read_only(data_dir)

    first = lock_data_dir(data_dir)
    assert first is not None and first.held
    assert lock_data_dir(data_dir) is None, "a second launch must see the first"
    first.release()
    again = lock_data_dir(data_dir)
    assert again is not None and again.held
    again.release()
    assert (data_dir / LOCK_FILE).read_bytes() == left
