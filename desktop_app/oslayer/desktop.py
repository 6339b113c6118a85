"""Caravan on the desktop: its entry in the applications menu, and its start at login.

Everything here depends on the system. Linux and the other free desktops follow the XDG
specifications (``$XDG_DATA_HOME`` for the menu entry, its icons and metainfo,
``$XDG_CONFIG_HOME/autostart`` for the login); Windows starts what its ``HKCU\\...\\Run`` key
lists, macOS what a LaunchAgent asks for. What each system is given is built by a pure
function, so the Windows and macOS forms are checked on any machine.
"""

from __future__ import annotations

import contextlib
import logging
import os
import plistlib
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from desktop_app import APP_ID
from desktop_app.errors import DesktopIntegrationError
from desktop_app.paths import resource_path

log = logging.getLogger(__name__)

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# What a start at login passes: Caravan opens into the tray or its compact strip.
MINIMIZED = "--minimized"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Windows and macOS have no applications menu a user program adds itself to.
MENU_SUPPORTED = sys.platform not in ("win32", "darwin")
_CACHE_TOOL_TIMEOUT_S = 60
# The characters an Exec argument must be quoted for, and those escaped inside the quotes.
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_EXEC_ESCAPED = frozenset('"`$\\')


@dataclass(frozen=True, slots=True)
class DesktopChange:
    """What installing or removing the menu entry did: the files written (or removed), and
    the desktop's caches brought up to date."""

    files: tuple[Path, ...]
    caches: tuple[Path, ...]


def launch_command() -> tuple[str, ...]:
    """The command that starts this same Caravan from a menu or at login, by absolute path.

    The interpreter with ``-m desktop_app`` rather than the ``caravan`` script: the
    interpreter's path is its environment's (pipx keeps the venv, and so this path, through
    ``pipx upgrade`` and ``pipx reinstall``), it is known however Caravan was started (the
    script, ``python -m``, ``make run``), and it needs no ``PATH`` — a desktop session often
    lacks ``~/.local/bin``. A frozen build is its own executable.
    """
    if not sys.executable:
        raise DesktopIntegrationError("this Python does not know its own executable")
    if getattr(sys, "frozen", False):
        return (sys.executable,)
    return (sys.executable, "-m", "desktop_app")


# -- the applications menu (XDG) ---------------------------------------------------------


def data_home() -> Path:
    return _xdg_home("XDG_DATA_HOME", ".local/share")


def config_home() -> Path:
    return _xdg_home("XDG_CONFIG_HOME", ".config")


def _xdg_home(variable: str, fallback: str) -> Path:
    """The XDG base directory in ``variable``; the spec ignores an empty or relative one."""
    value = os.environ.get(variable, "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / fallback


def desktop_entry(command: Sequence[str], *, startup_notify: bool = True) -> str:
    """The shipped desktop entry with ``Exec`` running ``command``, and ``TryExec`` naming its
    program: a menu hides an entry whose program has gone (``pipx uninstall``) instead of
    offering one that fails. Without ``startup_notify`` the desktop shows no busy cursor
    for the start: one that opens no window (into the tray) would never end it."""
    template = resource_path(f"desktop/{APP_ID}.desktop").read_text(encoding="utf-8")
    lines: list[str] = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            lines.append("Exec=" + exec_value(command))
            lines.append("TryExec=" + _string_value(command[0]))
        elif line.startswith("StartupNotify="):
            lines.append(f"StartupNotify={str(startup_notify).lower()}")
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def exec_value(arguments: Sequence[str]) -> str:
    """``arguments`` as the value of an ``Exec`` key: an argument with a reserved character
    quoted (its quotes, backquotes, dollars and backslashes escaped), ``%`` doubled, then the
    whole escaped as any string value."""
    words = []
    for argument in arguments:
        if not argument or _EXEC_RESERVED.intersection(argument):
            inner = "".join("\\" + char if char in _EXEC_ESCAPED else char for char in argument)
            argument = f'"{inner}"'
        words.append(argument.replace("%", "%%"))
    return _string_value(" ".join(words))


def _string_value(text: str) -> str:
    """The desktop entry spec's escapes for a value of type string."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def _menu_files(data: Path) -> list[tuple[Path, str]]:
    """Every file of the menu entry with the resource it is copied from ("": the desktop
    entry, built for this Caravan). The entry comes last: a desktop sees it appear with its
    icon already there."""
    icons = data / "icons" / "hicolor"
    files = [
        (icons / png, f"icons/hicolor/{png}")
        for png in (f"{size}x{size}/apps/{APP_ID}.png" for size in ICON_SIZES)
    ]
    files.append((icons / "scalable" / "apps" / f"{APP_ID}.svg", "icons/caravan.svg"))
    files.append((data / "metainfo" / f"{APP_ID}.metainfo.xml", f"desktop/{APP_ID}.metainfo.xml"))
    files.append((data / "applications" / f"{APP_ID}.desktop", ""))
    return files


def menu_entry_path() -> Path:
    return data_home() / "applications" / f"{APP_ID}.desktop"


def menu_entry_installed() -> bool:
    return menu_entry_path().is_file()


def install_menu_entry(command: Sequence[str] | None = None) -> DesktopChange:
    """Put Caravan in the applications menu: its desktop entry (running ``command``, this
    Caravan by default), icons and metainfo, in the user's XDG data directory."""
    _require_menu()
    data = data_home()
    entry = desktop_entry(command or launch_command()).encode("utf-8")
    written: list[Path] = []
    for path, resource in _menu_files(data):
        try:
            _write(path, resource_path(resource).read_bytes() if resource else entry)
        except OSError as error:
            raise DesktopIntegrationError(f"cannot write {path}: {_reason(error)}") from error
        written.append(path)
    return DesktopChange(tuple(written), _refresh_caches(data))


def uninstall_menu_entry() -> DesktopChange:
    """Remove exactly the files :func:`install_menu_entry` writes (the entry first), and the
    folders that are left empty."""
    _require_menu()
    data = data_home()
    removed: list[Path] = []
    for path, _resource in reversed(_menu_files(data)):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise DesktopIntegrationError(f"cannot remove {path}: {_reason(error)}") from error
        removed.append(path)
        _remove_empty_folders(path.parent, data)
    return DesktopChange(tuple(removed), _refresh_caches(data) if removed else ())


def _require_menu() -> None:
    if not MENU_SUPPORTED:
        raise DesktopIntegrationError(
            "the applications menu entry is for Linux and the other XDG desktops; on Windows "
            "and macOS, start Caravan from its bundle"
        )


def _remove_empty_folders(folder: Path, top: Path) -> None:
    while folder != top and folder.is_relative_to(top):
        try:
            folder.rmdir()
        except OSError:  # not empty: what is left is someone else's
            return
        folder = folder.parent


def _refresh_caches(data: Path) -> tuple[Path, ...]:
    """Desktops watch these folders and see a change by themselves, but a cache an earlier
    tool left there would hide it: a cache that exists is brought up to date. None is
    created (it would outlive the uninstall), and neither tool is required."""
    refreshed: list[Path] = []
    for tool, cache, options in (
        ("update-desktop-database", data / "applications" / "mimeinfo.cache", ["--quiet"]),
        (
            "gtk-update-icon-cache",
            data / "icons" / "hicolor" / "icon-theme.cache",
            ["--quiet", "--force", "--ignore-theme-index"],
        ),
    ):
        program = shutil.which(tool)
        if program is None or not cache.is_file():
            continue
        try:
            # A fixed tool found on PATH, given a folder of ours: nothing from a feed.
            done = subprocess.run(  # noqa: S603
                [program, *options, str(cache.parent)],
                capture_output=True,
                text=True,
                timeout=_CACHE_TOOL_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            log.warning("%s did not run: %s", tool, error)
            continue
        if done.returncode != 0:
            log.warning("%s failed: %s", tool, done.stderr.strip() or done.returncode)
            continue
        refreshed.append(cache)
    return tuple(refreshed)


def _write(path: Path, content: bytes) -> None:
    """Write ``path`` whole or not at all: a desktop watching the folder never reads half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.part")
    temporary.write_bytes(content)
    temporary.replace(path)


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


# -- the start at login -------------------------------------------------------------------


def autostart_entry_path() -> Path:
    """Linux and the other XDG desktops: the user's autostart entry."""
    return config_home() / "autostart" / f"{APP_ID}.desktop"


def launch_agent_path() -> Path:
    """macOS: the user's LaunchAgent."""
    return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def autostart_location() -> str:
    """Where the start at login is kept on this system, for messages."""
    if sys.platform == "win32":
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{APP_ID}"
    elif sys.platform == "darwin":
        return str(launch_agent_path())
    else:
        return str(autostart_entry_path())


def autostart_enabled() -> bool:
    """Whether Caravan starts at login (an XDG entry the desktop was told to skip does not)."""
    if sys.platform == "win32":
        return _run_value() is not None
    elif sys.platform == "darwin":
        return launch_agent_path().is_file()
    else:
        try:
            entry = autostart_entry_path().read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return False
        return autostart_entry_enabled(entry)


def set_autostart(on: bool, command: Sequence[str] | None = None) -> str:
    """Start Caravan at login, minimized (``command``: this Caravan by default), or no longer;
    returns :func:`autostart_location`."""
    arguments = [*(command or launch_command()), MINIMIZED]
    try:
        if sys.platform == "win32":
            _set_run_value(windows_run_value(arguments) if on else None)
        elif sys.platform == "darwin":
            if on:
                _write(launch_agent_path(), launch_agent_plist(arguments))
            else:
                launch_agent_path().unlink(missing_ok=True)
        elif on:
            entry = desktop_entry(arguments, startup_notify=False)
            _write(autostart_entry_path(), entry.encode("utf-8"))
        else:
            autostart_entry_path().unlink(missing_ok=True)
            _remove_empty_folders(autostart_entry_path().parent, config_home())
    except OSError as error:
        raise DesktopIntegrationError(
            f"cannot change {autostart_location()}: {_reason(error)}"
        ) from error
    return autostart_location()


def autostart_entry_enabled(entry: str) -> bool:
    """Whether the desktop runs an autostart ``entry``: ``Hidden=true`` (the spec) or
    ``X-GNOME-Autostart-enabled=false`` (GNOME's switch) turn it off."""
    keys: dict[str, str] = {}
    for line in entry.splitlines():
        if line.startswith("[") and line.strip() != "[Desktop Entry]":
            break  # the keys that count are the main group's
        key, equals, value = line.partition("=")
        if equals:
            keys[key.strip()] = value.strip()
    return keys.get("Hidden") != "true" and keys.get("X-GNOME-Autostart-enabled") != "false"


def windows_run_value(arguments: Sequence[str]) -> str:
    """The command line Windows runs at login: ``pythonw.exe`` in place of ``python.exe``
    (no console window opens with it), the program quoted, any other argument quoted when it
    holds a space."""
    program = PureWindowsPath(arguments[0])
    if program.name.lower() == "python.exe":
        program = program.with_name("pythonw.exe")
    rest = [
        word if word and " " not in word and "\t" not in word else f'"{word}"'
        for word in arguments[1:]
    ]
    return " ".join([f'"{program}"', *rest])


def launch_agent_plist(arguments: Sequence[str]) -> bytes:
    """The LaunchAgent that runs ``arguments`` once at login, in the graphical session."""
    return plistlib.dumps(
        {
            "Label": APP_ID,
            "ProgramArguments": list(arguments),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }
    )


def _set_run_value(value: str | None) -> None:
    """Windows: write (or, for None, delete) Caravan's value under the ``Run`` key."""
    if sys.platform == "win32":
        import winreg

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            if value is not None:
                winreg.SetValueEx(key, APP_ID, 0, winreg.REG_SZ, value)
                return
            with contextlib.suppress(FileNotFoundError):  # already off
                winreg.DeleteValue(key, APP_ID)


def _run_value() -> str | None:
    """Windows: Caravan's value under the ``Run`` key, if there is one."""
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, APP_ID)
        except FileNotFoundError:
            return None
        return str(value)
    else:
        return None
