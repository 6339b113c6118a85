"""The garbage collector paused through start-up comes back on, with what start-up built
frozen: at once for the commands (the window resumes it after its first paint)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.startup import pause_collection, resume_collection


@pytest.fixture
def collector() -> Iterator[None]:
    """The test process gets its collector back as it was, whatever a test leaves."""
    was_enabled = gc.isenabled()
    yield
    resume_collection()  # a pause a failed test left behind
    gc.unfreeze()
    if was_enabled:
        gc.enable()


def test_resuming_switches_the_collector_on_and_freezes_what_start_up_built(
    collector: None,
) -> None:
    pause_collection()
    assert not gc.isenabled()
    resume_collection()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0


def test_resuming_leaves_alone_a_collector_it_did_not_pause(collector: None) -> None:
    gc.disable()  # as an embedding program may have chosen
    resume_collection()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_command_runs_with_the_collector_back_on(collector: None, tmp_path: Path) -> None:
    config = tmp_path / "caravan.toml"
    config.write_text("[offline]\nimages = false\n", encoding="utf-8")
    pause_collection()  # as desktop_app.__main__ does before anything is imported
    code = main(["--config", str(config), "--data-dir", str(tmp_path / "data"), "feeds"])
    assert code == 0
    assert gc.isenabled()
