"""caravan(1), written from the command line's own parser: what ``--help`` says, as roff.

The page is committed (``packaging/caravan.1``) so that the sdist carries it and a packager
installs it as a plain file, with nothing of Caravan to run at build time;
``tests/unit/test_manpage.py`` fails while it differs from what this script writes. After
changing a command or an option: ``make man``.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from desktop_app import __version__
from desktop_app.cli import build_parser
from desktop_app.i18n import use_without_qt

CHANGELOG = Path(__file__).resolve().parent.parent / "CHANGELOG.md"

NAME = "caravan \\- currency\\-rate ticker above an offline news reader"

DESCRIPTION = """\
Without a command,
.B caravan
opens its window: a scrolling ticker of exchange rates (KGS, KZT, TJS, UZS, TMT and others,
from open.er\\-api.com or the central banks) docked above a news reader with a feed sidebar,
an article list and a reader pane.
Feeds and rates are refreshed in the background and every stored article stays readable with
no network at all.
When Caravan already runs on the same data directory, the new launch brings that window
forward instead of starting a second one.
.PP
The commands below work without a window, on the same configuration and database."""

EXIT_STATUS = """\
.TP
.B 0
Success.
.TP
.B 1
The operation failed or found nothing (an unknown id, no rates stored, every source failed,
a change refused on a read\\-only data directory).
.TP
.B 2
A usage error or refused input (a bad option value, an address that gives no feed,
.B \\-\\-offline
with a command that must fetch)."""

ENVIRONMENT = """\
.TP
.B XDG_CONFIG_HOME
Where the configuration directory is (default
.IR ~/.config ).
.TP
.B XDG_DATA_HOME
Where the data directory is (default
.IR ~/.local/share ).
.TP
.B XDG_STATE_HOME
Where the log directory is (default
.IR ~/.local/state )."""

FILES = """\
.TP
.I ~/.config/caravan/caravan.toml
The configuration (TOML), created with every key commented on first start; the settings
dialog changes only the keys it saves.
Another file:
.BR \\-\\-config .
.TP
.I ~/.local/share/caravan/caravan.sqlite3
The database (SQLite, WAL): subscriptions, articles, read and starred flags, rates.
Another directory:
.BR \\-\\-data\\-dir .
.TP
.I ~/.local/share/caravan/backups/
The last three daily copies of the database.
.TP
.I ~/.local/share/caravan/images/
The images of stored articles, for reading offline.
.TP
.I ~/.local/share/caravan/downloads/
Enclosures downloaded for offline (at most 1 GB each and 4 GB in all).
.TP
.I ~/.local/share/caravan/caravan.lock
Held while a Caravan window runs on this data directory.
.TP
.I ~/.local/state/caravan/log/caravan.log
The log (rotated at 1 MB, three kept); with
.B \\-\\-data\\-dir
it is
.IR DIR/logs/caravan.log .
.TP
.I ~/.local/share/applications/io.github.caravanapp.caravan.desktop
The applications menu entry
.B caravan desktop install
writes, with its icons under
.I ~/.local/share/icons/hicolor/
and its AppStream metadata under
.IR ~/.local/share/metainfo/ ;
.B caravan desktop uninstall
removes exactly those files.
.TP
.I ~/.config/autostart/io.github.caravanapp.caravan.desktop
The start at login
.B caravan autostart on
writes and
.B off
removes."""

EXAMPLES = """\
Put Caravan in the applications menu, and start it at login into the tray or the strip:
.PP
.RS
.EX
caravan desktop install
caravan autostart on
.EE
.RE
.PP
Open the window and subscribe to a feed (or bring the running window forward with it):
.PP
.RS
.EX
caravan \\-\\-add\\-feed https://example.org/feed.xml
.EE
.RE
.PP
Subscribe to a web page's own feed, refresh everything once and list the ten newest articles:
.PP
.RS
.EX
caravan add\\-feed https://example.org/
caravan refresh
caravan list \\-\\-limit 10
.EE
.RE
.PP
Read article 42 in the terminal:
.PP
.RS
.EX
caravan show 42 | less
.EE
.RE
.PP
Each Central Asian currency from its own central bank, then every stored day of the som:
.PP
.RS
.EX
caravan rates \\-\\-official
caravan rates \\-\\-history KGS
.EE
.RE
.PP
Move the subscriptions to another reader, or to another Caravan:
.PP
.RS
.EX
caravan export\\-opml subscriptions.opml
caravan import\\-opml subscriptions.opml
.EE
.RE
.PP
A copy of the data directory on a stick, opened without touching the network:
.PP
.RS
.EX
caravan \\-\\-data\\-dir /media/stick/caravan \\-\\-offline
.EE
.RE"""


def release_date(version: str, changelog: Path = CHANGELOG) -> str:
    """The date CHANGELOG.md gives this version (``## [0.1.0] - 2026-12-06``): the page's
    date follows the release, so writing it twice gives the same file."""
    found = re.search(
        rf"^## \[{re.escape(version)}\] - (\d{{4}}-\d{{2}}-\d{{2}})$",
        changelog.read_text(encoding="utf-8"),
        re.MULTILINE,
    )
    if found is None:
        raise SystemExit(f"{changelog} has no entry for version {version}")
    return found.group(1)


def _text(text: str) -> str:
    """Help text as roff: backslashes and hyphens escaped, `code` in bold, and no line that
    starts with a control character."""
    escaped = text.replace("\\", "\\e").replace("-", "\\-")
    escaped = re.sub(r"`([^`]+)`", r"\\fB\1\\fR", escaped)
    return re.sub(r"^([.'])", r"\\&\1", escaped, flags=re.MULTILINE)


def _metavar(action: argparse.Action, default: str) -> str:
    """The name a value goes by in ``--help`` (this parser gives no tuple metavars)."""
    return action.metavar if isinstance(action.metavar, str) else default


def _option_label(action: argparse.Action) -> str:
    """``\\fB\\-\\-title\\fR \\fITITLE\\fR``, or the positional's name in italics."""
    if not action.option_strings:
        return f"\\fI{_text(_metavar(action, action.dest))}\\fR"
    names = ", ".join(f"\\fB{_text(name)}\\fR" for name in action.option_strings)
    if action.nargs == 0:
        return names
    if action.choices is not None and action.metavar is None:
        value = "|".join(str(choice) for choice in action.choices)
        return f"{names} {{{_text(value)}}}"
    return f"{names} \\fI{_text(_metavar(action, action.dest.upper()))}\\fR"


def _options(actions: list[argparse.Action]) -> list[str]:
    lines: list[str] = []
    for action in actions:
        if action.help == argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):
            continue
        lines += [".TP", _option_label(action), _text(action.help or "")]
    return lines


def _commands(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    (subparsers,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(subparsers.choices.items())


def _own_actions(command: argparse.ArgumentParser) -> list[argparse.Action]:
    """A command's arguments without the options every command shares (listed once, above)."""
    shared = {"help", "config", "data_dir", "offline", "verbose"}
    return [action for action in command._actions if action.dest not in shared]


def _usage(name: str, command: argparse.ArgumentParser) -> str:
    words = [f"\\fBcaravan {_text(name)}\\fR"]
    for action in _own_actions(command):
        label = _option_label(action)
        required = not action.option_strings and action.nargs not in ("?", "*")
        words.append(label if required else f"[{label}]")
    return " ".join(words)


def render() -> str:
    """The whole page, in English whatever the environment's language: the help texts are
    translated for ``caravan --help``, the page a packager installs is the English one."""
    use_without_qt("en")
    parser = build_parser()
    lines = [
        f'.TH CARAVAN 1 "{release_date(__version__)}" "caravan {__version__}" "User Commands"',
        ".SH NAME",
        NAME,
        ".SH SYNOPSIS",
        ".B caravan",
        "[\\fIOPTIONS\\fR] [\\fB\\-\\-add\\-feed\\fR \\fIURL\\fR]",
        ".br",
        ".B caravan",
        "\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]",
        ".SH DESCRIPTION",
        DESCRIPTION,
        ".SH OPTIONS",
        "The options of the window; every command also takes \\fB\\-\\-config\\fR, "
        "\\fB\\-\\-data\\-dir\\fR, \\fB\\-\\-offline\\fR and \\fB\\-\\-verbose\\fR.",
        *_options(parser._actions),
        ".SH COMMANDS",
        # Usage lines are left as written: justified, a long one spread "caravan  account".
        ".ad l",
        ".nh",
    ]
    for name, command in _commands(parser):
        lines += [".TP", _usage(name, command), _text(command.description or "")]
        own = _options(_own_actions(command))
        if own:
            lines += [".RS", *own, ".RE"]
    lines += [
        ".ad",
        ".hy",
        ".SH EXIT STATUS",
        EXIT_STATUS,
        ".SH ENVIRONMENT",
        ENVIRONMENT,
        ".SH FILES",
        FILES,
        ".SH EXAMPLES",
        EXAMPLES,
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(f"usage: {argv[0]} OUTPUT", file=sys.stderr)
        return 2
    Path(argv[1]).write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
