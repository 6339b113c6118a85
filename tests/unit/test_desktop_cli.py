"""``caravan desktop install|uninstall`` and ``caravan autostart on|off|status``, in-process,
writing real files into the test's own XDG folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app import APP_ID
from desktop_app.cli import main, parse_arguments
from desktop_app.oslayer import desktop

pytestmark = pytest.mark.skipif(
    not desktop.MENU_SUPPORTED, reason="the XDG menu and autostart are Linux's"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_desktop_install_and_uninstall_say_what_they_wrote_and_removed(capsys):
    entry = desktop.data_home() / "applications" / f"{APP_ID}.desktop"
    code, out, err = run(capsys, "desktop", "install")
    assert (code, err) == (0, "")
    assert out.startswith("Caravan is in the applications menu:\n")
    assert f"  {entry}\n" in out
    assert len(out.splitlines()) == 1 + 12  # the entry, the metainfo and eleven icons
    assert entry.is_file()

    code, out, err = run(capsys, "desktop", "uninstall")
    assert (code, err) == (0, "")
    assert out.startswith("Removed from the applications menu:\n")
    assert f"  {entry}\n" in out
    assert not entry.exists()
    assert run(capsys, "desktop", "uninstall") == (0, "It was not there.\n", "")


def test_the_desktop_commands_touch_no_data_folder_and_read_no_settings(capsys, tmp_path: Path):
    data = tmp_path / "never-made"
    broken = tmp_path / "broken.toml"
    broken.write_text("[ticker\n", encoding="utf-8")
    for command in (["desktop", "install"], ["autostart", "on"]):
        code, _out, err = run(capsys, "--data-dir", str(data), "--config", str(broken), *command)
        assert (code, err) == (0, ""), "a broken configuration file would have been reported"
    assert not data.exists()


def test_autostart_on_off_and_status(capsys):
    where = desktop.config_home() / "autostart" / f"{APP_ID}.desktop"
    assert run(capsys, "autostart", "status") == (1, f"off: {where}\n", "")
    assert run(capsys, "autostart", "on") == (
        0,
        f"Caravan starts minimized when you log in: {where}\n",
        "",
    )
    assert where.is_file()
    assert run(capsys, "autostart", "status") == (0, f"on: {where}\n", "")
    assert run(capsys, "autostart", "off")[0] == 0
    assert not where.exists()
    assert run(capsys, "autostart", "status")[0] == 1


def test_a_refused_write_exits_one_naming_the_folder(capsys):
    blocker = desktop.config_home() / "autostart"
    blocker.parent.mkdir(parents=True)
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    code, out, err = run(capsys, "autostart", "on")
    assert (code, out) == (1, "")
    assert err.startswith(f"caravan: cannot change {blocker / APP_ID}.desktop: ")


def test_minimized_is_an_option_of_the_window():
    arguments = parse_arguments(["--minimized"])
    assert arguments.minimized and arguments.command is None
    assert not parse_arguments([]).minimized
