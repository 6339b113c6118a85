"""Caravan in the applications menu and at login: real files in the test's own XDG folders
(conftest points XDG_DATA_HOME and XDG_CONFIG_HOME there), checked by the freedesktop tools;
the Windows and macOS forms by the exact content they would write."""

from __future__ import annotations

import plistlib
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import APP_ID
from desktop_app.errors import DesktopIntegrationError
from desktop_app.oslayer import desktop
from tests.desktop_entries import (
    KNOWN_OLD_APPSTREAM_NOTES,
    appstream_notes,
    desktop_tool,
    entry_keys,
    exec_arguments,
    string_value,
)
from tests.e2e.xsession import wait_until

pytestmark = pytest.mark.skipif(
    not desktop.MENU_SUPPORTED, reason="the XDG menu and autostart are Linux's"
)
ICON_FILES = [f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png" for size in desktop.ICON_SIZES]
MENU_FILES = {
    f"applications/{APP_ID}.desktop",
    f"metainfo/{APP_ID}.metainfo.xml",
    f"icons/hicolor/scalable/apps/{APP_ID}.svg",
    *ICON_FILES,
}


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every file (its bytes) and folder (None) under ``folder``."""
    return {
        path.relative_to(folder).as_posix(): None if path.is_dir() else path.read_bytes()
        for path in folder.rglob("*")
    }


def validate_desktop_file(path: Path) -> None:
    done = subprocess.run(
        [desktop_tool("desktop-file-validate"), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_the_menu_entry_icons_and_metainfo_go_to_the_xdg_data_home():
    data = desktop.data_home()
    change = desktop.install_menu_entry()
    assert {path.relative_to(data).as_posix() for path in change.files} == MENU_FILES
    assert change.files[-1] == desktop.menu_entry_path(), "the entry appears last"
    assert desktop.menu_entry_installed()
    installed = tree(data)
    assert {name for name, content in installed.items() if content is not None} == MENU_FILES
    resources = Path(__file__).resolve().parent.parent.parent / "resources"
    for icon in ICON_FILES:
        assert installed[icon] == (resources / icon).read_bytes()
    scalable = installed[f"icons/hicolor/scalable/apps/{APP_ID}.svg"]
    assert scalable == (resources / "icons" / "caravan.svg").read_bytes()


def test_the_installed_entry_runs_this_interpreter_by_absolute_path_and_validates():
    desktop.install_menu_entry()
    entry = desktop.menu_entry_path()
    validate_desktop_file(entry)
    keys = entry_keys(entry.read_text(encoding="utf-8"))
    assert exec_arguments(keys["Exec"]) == [sys.executable, "-m", "desktop_app"]
    assert Path(sys.executable).is_absolute()
    assert string_value(keys["TryExec"]) == sys.executable
    assert keys["Icon"] == APP_ID


def test_the_installed_tree_passes_appstreamcli_validate_tree(tmp_path, monkeypatch):
    """The metainfo beside the desktop entry it names, where a distribution puts them."""
    root = tmp_path / "root"
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "usr" / "share"))
    desktop.install_menu_entry()
    notes = appstream_notes("validate-tree", "--pedantic", "--no-net", str(root))
    assert set(notes) <= KNOWN_OLD_APPSTREAM_NOTES


def test_an_exec_line_with_spaces_quotes_dollars_and_percents_reads_back_exactly(tmp_path):
    program = tmp_path / 'we ird $HOME "q" `x`' / "python3"
    command = [str(program), "-m", "desktop_app", "100%", "a\\b", ""]
    text = desktop.desktop_entry(command)
    entry = tmp_path / "odd.desktop"
    entry.write_text(text, encoding="utf-8")
    validate_desktop_file(entry)
    assert exec_arguments(entry_keys(text)["Exec"]) == command


def test_glib_starts_the_program_of_an_odd_exec_line_with_the_same_arguments(tmp_path):
    """What GNOME's own launcher (GLib, ``gio launch``) runs for such an entry."""
    program = tmp_path / 'we ird $HOME "q" `x`' / "program"
    program.parent.mkdir()
    written = tmp_path / "arguments"
    script = f'printf "%s\\n" "$0" "$@" > "{written}.part" && mv "{written}.part" "{written}"'
    program.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    program.chmod(0o755)
    command = [str(program), "-m", "100%", "a\\b", "$x", "--minimized"]
    entry = tmp_path / "odd.desktop"
    entry.write_text(desktop.desktop_entry(command), encoding="utf-8")
    subprocess.run([desktop_tool("gio"), "launch", str(entry)], check=True, timeout=30)
    wait_until(written.exists, timeout=30)  # gio returns once the program is started
    assert written.read_text(encoding="utf-8").splitlines() == command


def test_uninstall_removes_exactly_what_install_wrote(tmp_path):
    data = desktop.data_home()
    other_entry = data / "applications" / "org.example.Other.desktop"
    other_icon = data / "icons" / "hicolor" / "48x48" / "apps" / "org.example.Other.png"
    for path in (other_entry, other_icon):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"someone else's")
    before = tree(data)

    desktop.install_menu_entry()
    change = desktop.uninstall_menu_entry()

    assert {path.relative_to(data).as_posix() for path in change.files} == MENU_FILES
    assert change.files[0] == desktop.menu_entry_path(), "the entry goes first"
    assert tree(data) == before
    assert not desktop.menu_entry_installed()
    assert desktop.uninstall_menu_entry().files == (), "a second uninstall has nothing to do"


def test_install_then_uninstall_in_an_empty_data_home_leaves_it_empty():
    data = desktop.data_home()
    data.mkdir(parents=True)
    desktop.install_menu_entry()
    desktop.uninstall_menu_entry()
    assert tree(data) == {}


def test_no_cache_is_created_where_none_was(tmp_path):
    change = desktop.install_menu_entry()
    data = desktop.data_home()
    assert change.caches == ()
    assert not (data / "applications" / "mimeinfo.cache").exists()
    assert not (data / "icons" / "hicolor" / "icon-theme.cache").exists()


def test_an_existing_desktop_database_is_brought_up_to_date():
    """A cache left by an earlier tool (here naming an application since removed) would
    otherwise outlive the change: update-desktop-database rewrites it."""
    desktop_tool("update-desktop-database")
    cache = desktop.data_home() / "applications" / "mimeinfo.cache"
    cache.parent.mkdir(parents=True)
    cache.write_text("[MIME Cache]\ntext/x-gone=org.example.Gone.desktop;\n", encoding="utf-8")

    change = desktop.install_menu_entry()

    assert cache in change.caches
    assert "org.example.Gone" not in cache.read_text(encoding="utf-8")


def test_an_existing_icon_cache_is_brought_up_to_date_on_install_and_uninstall():
    tool = desktop_tool("gtk-update-icon-cache")
    hicolor = desktop.data_home() / "icons" / "hicolor"
    (hicolor / "48x48" / "apps").mkdir(parents=True)
    (hicolor / "48x48" / "apps" / "org.example.Other.png").write_bytes(b"")
    subprocess.run([tool, "--quiet", "--ignore-theme-index", str(hicolor)], check=True)
    cache = hicolor / "icon-theme.cache"
    assert APP_ID.encode() not in cache.read_bytes()

    assert cache in desktop.install_menu_entry().caches
    assert APP_ID.encode() in cache.read_bytes(), "a stale cache would hide the new icon"
    assert cache in desktop.uninstall_menu_entry().caches
    assert APP_ID.encode() not in cache.read_bytes()


def test_a_data_folder_that_cannot_be_written_is_named_in_the_error():
    blocker = desktop.data_home() / "applications"
    blocker.parent.mkdir(parents=True)
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    with pytest.raises(DesktopIntegrationError, match=r"cannot write .*applications"):
        desktop.install_menu_entry()


def test_a_relative_or_empty_xdg_variable_is_ignored_as_the_spec_says(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("XDG_CONFIG_HOME", "")
    assert desktop.data_home() == tmp_path / "home" / ".local" / "share"
    assert desktop.config_home() == tmp_path / "home" / ".config"


def test_a_frozen_build_starts_itself(monkeypatch):
    assert desktop.launch_command() == (sys.executable, "-m", "desktop_app")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert desktop.launch_command() == (sys.executable,)


# -- the start at login --------------------------------------------------------------------


def test_autostart_on_writes_a_valid_entry_that_starts_caravan_minimized():
    assert not desktop.autostart_enabled()
    where = desktop.set_autostart(True)
    path = desktop.config_home() / "autostart" / f"{APP_ID}.desktop"
    assert where == str(path)
    validate_desktop_file(path)
    keys = entry_keys(path.read_text(encoding="utf-8"))
    assert exec_arguments(keys["Exec"]) == [sys.executable, "-m", "desktop_app", "--minimized"]
    assert desktop.autostart_enabled()
    # Minimized into the tray maps no window, which would leave the login's busy cursor
    # spinning until the desktop gives up on it; a start from the menu does show one.
    assert keys["StartupNotify"] == "false"
    assert entry_keys(desktop.desktop_entry(["caravan"]))["StartupNotify"] == "true"


def test_autostart_off_removes_the_entry_and_the_folder_it_made():
    config = desktop.config_home()
    config.mkdir(parents=True)
    desktop.set_autostart(True)
    desktop.set_autostart(False)
    assert not desktop.autostart_enabled()
    assert tree(config) == {}
    desktop.set_autostart(False)  # off when already off: nothing to do, no error


def test_autostart_off_keeps_the_other_programs_entries():
    other = desktop.config_home() / "autostart" / "org.example.Other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    desktop.set_autostart(True)
    desktop.set_autostart(False)
    assert other.exists()


@pytest.mark.parametrize(
    ("lines", "enabled"),
    [
        ("", True),
        ("Hidden=false\nX-GNOME-Autostart-enabled=true\n", True),
        ("Hidden=true\n", False),  # the spec's "deleted"
        ("X-GNOME-Autostart-enabled=false\n", False),  # GNOME's switch, turned off
        ("[Desktop Action other]\nHidden=true\n", True),  # another group's key
    ],
)
def test_an_entry_the_desktop_was_told_to_skip_is_not_counted_as_on(lines, enabled):
    path = desktop.autostart_entry_path()
    path.parent.mkdir(parents=True)
    path.write_text(f"[Desktop Entry]\nType=Application\nExec=x\n{lines}", encoding="utf-8")
    assert desktop.autostart_enabled() is enabled


def test_autostart_that_cannot_be_written_is_named_in_the_error():
    blocker = desktop.config_home() / "autostart"
    blocker.parent.mkdir(parents=True)
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    with pytest.raises(DesktopIntegrationError, match=r"cannot change .*autostart"):
        desktop.set_autostart(True)


def test_the_windows_run_value_starts_pythonw_without_a_console():
    command = [r"C:\Users\Айгуль\pipx\venvs\caravan\Scripts\python.exe", "-m", "desktop_app"]
    assert desktop.windows_run_value([*command, desktop.MINIMIZED]) == (
        r'"C:\Users\Айгуль\pipx\venvs\caravan\Scripts\pythonw.exe" -m desktop_app --minimized'
    )


def test_the_windows_run_value_quotes_what_holds_a_space():
    command = [r"C:\Program Files\Caravan\caravan.exe", "--data-dir", r"D:\My data", "--minimized"]
    assert desktop.windows_run_value(command) == (
        r'"C:\Program Files\Caravan\caravan.exe" --data-dir "D:\My data" --minimized'
    )


def test_the_launch_agent_runs_caravan_minimized_at_login_in_the_graphical_session():
    command = ["/Users/aigul/.local/pipx/venvs/caravan/bin/python", "-m", "desktop_app"]
    written = desktop.launch_agent_plist([*command, desktop.MINIMIZED])
    assert written == (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
        b'"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
        b'<plist version="1.0">\n'
        b"<dict>\n"
        b"\t<key>Label</key>\n"
        b"\t<string>io.github.caravanapp.caravan</string>\n"
        b"\t<key>LimitLoadToSessionType</key>\n"
        b"\t<string>Aqua</string>\n"
        b"\t<key>ProcessType</key>\n"
        b"\t<string>Interactive</string>\n"
        b"\t<key>ProgramArguments</key>\n"
        b"\t<array>\n"
        b"\t\t<string>/Users/aigul/.local/pipx/venvs/caravan/bin/python</string>\n"
        b"\t\t<string>-m</string>\n"
        b"\t\t<string>desktop_app</string>\n"
        b"\t\t<string>--minimized</string>\n"
        b"\t</array>\n"
        b"\t<key>RunAtLoad</key>\n"
        b"\t<true/>\n"
        b"</dict>\n"
        b"</plist>\n"
    )
    assert plistlib.loads(written)["Label"] == APP_ID
