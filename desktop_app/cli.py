"""The ``caravan`` command: the GUI by default, and commands that work without a window."""

from __future__ import annotations

import argparse
import json
import locale
import logging
import shutil
import sqlite3
import sys
from collections.abc import Sequence
from contextlib import closing
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import __version__
from desktop_app.config import LoadedConfig, RatesSettings, load_config
from desktop_app.domain import Feed, Quote
from desktop_app.errors import CaravanError, started_offline
from desktop_app.i18n import PLURAL, decimal, translate, use_without_qt
from desktop_app.logs import PRINTED, setup_logging
from desktop_app.paths import AppPaths
from desktop_app.rates.providers import PROVIDER_NAMES, provider_title
from desktop_app.rates.quotes import (
    NumberStyle,
    format_change,
    format_value,
    official_source,
    split_pair,
    ticker_line,
)
from desktop_app.services.problems import in_language
from desktop_app.services.rates import current_quotes
from desktop_app.startup import resume_collection
from desktop_app.store import articles, feeds
from desktop_app.store import rates as rate_store
from desktop_app.store.db import Database
from desktop_app.store.recovery import back_up, damage_left_as_is, open_database

if TYPE_CHECKING:
    from desktop_app.services.outcomes import RefreshSummary

log = logging.getLogger(__name__)


def _common_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--config",
        type=Path,
        default=default,
        help=translate("CommandLine", "configuration file (TOML)"),
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=default,
        help=translate("CommandLine", "directory for the database and logs"),
    )
    parser.add_argument(
        "--offline",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help=translate("CommandLine", "use only what is stored; never touch the network"),
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help=translate("CommandLine", "print progress and warnings on the console"),
    )


def _count(text: str) -> int:
    """A whole number from 0 up: a negative one would slice from the end (``-1``: all but one)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "{value} is not a whole number").format(value=repr(text))
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "{value} is negative; give 0 (all) or more").format(value=text)
        )
    return value


def _row_id(text: str) -> int:
    """A row id as SQLite stores it: a whole number from 1 to 2**63 - 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 0 < value < 2**63:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "{value} is not an id (a whole number from 1)").format(
                value=repr(text)
            )
        )
    return value


def _pair(text: str) -> str:
    """``KGS`` (against the base) or ``USD/UZS``, upper-cased."""
    codes = text.upper().split("/")
    if 1 <= len(codes) <= 2 and all(
        len(code) == 3 and code.isascii() and code.isalpha() for code in codes
    ):
        return "/".join(codes)
    problem = translate("CommandLine", "{value} is not a currency pair (KGS, or USD/UZS)")
    raise argparse.ArgumentTypeError(problem.format(value=repr(text)))


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The command line; ``with_commands=False`` gives the window's options alone."""
    parser = argparse.ArgumentParser(
        prog="caravan",
        description=translate(
            "CommandLine",
            "Currency-rate ticker and offline news reader. Without a command, opens the window.",
        ),
        # The short parser takes no abbreviation and no help: `--he` or `--vers` goes to the
        # full parser, which answers it as it always did.
        add_help=with_commands,
        allow_abbrev=with_commands,
        exit_on_error=with_commands,
    )
    parser.add_argument("--version", action="version", version=f"caravan {__version__}")
    parser.add_argument(
        "--add-feed",
        metavar="URL",
        dest="gui_add_feed",
        help=translate(
            "CommandLine",
            "open the window (or bring the running one forward) and subscribe to URL once "
            "it is checked",
        ),
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help=translate(
            "CommandLine",
            "open in the tray, or as the compact ticker if Caravan was left so "
            "(what the start at login does)",
        ),
    )
    _common_options(parser, suppress=False)
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _common_options(sub, suppress=True)
        return sub

    command("gui", translate("CommandLine", "open the window (the default)"))
    command(
        "refresh", translate("CommandLine", "update every feed and the rates once, print a summary")
    )
    add = command(
        "add-feed", translate("CommandLine", "subscribe to a feed (a web page's own feed is found)")
    )
    add.add_argument(
        "url",
        help=translate(
            "CommandLine", "the feed's http or https address, or a page that links to it"
        ),
    )
    add.add_argument(
        "--title",
        default="",
        help=translate("CommandLine", "a title to show instead of the feed's own"),
    )
    add.add_argument(
        "--folder", default="", help=translate("CommandLine", "the sidebar folder to put it in")
    )
    add.add_argument(
        "--force",
        action="store_true",
        help=translate(
            "CommandLine",
            "subscribe even when the address gives no feed now, or cannot be checked (offline)",
        ),
    )
    command("feeds", translate("CommandLine", "list subscriptions with their state and errors"))
    edit = command(
        "edit-feed",
        translate("CommandLine", "rename, move, pause, pace one feed or set its full text"),
    )
    edit.add_argument(
        "id", type=_row_id, help=translate("CommandLine", "the feed's id (see `caravan feeds`)")
    )
    edit.add_argument("--title", help=translate("CommandLine", "a new title"))
    edit.add_argument("--folder", help=translate("CommandLine", "a new folder ('' for none)"))
    edit.add_argument(
        "--interval",
        type=int,
        metavar="MINUTES",
        help=translate("CommandLine", "own refresh interval (0: the global one)"),
    )
    switch = edit.add_mutually_exclusive_group()
    switch.add_argument(
        "--enable", action="store_true", help=translate("CommandLine", "fetch it again")
    )
    switch.add_argument(
        "--disable",
        action="store_true",
        help=translate("CommandLine", "stop fetching it, keep articles"),
    )
    edit.add_argument(
        "--full-text",
        choices=FULL_TEXT_CHOICES,
        help=translate(
            "CommandLine", "fetch article pages: for teasers (auto), for every article, or never"
        ),
    )
    remove = command(
        "remove-feed", translate("CommandLine", "unsubscribe and delete the feed's articles")
    )
    remove.add_argument(
        "id", type=_row_id, help=translate("CommandLine", "the feed's id (see `caravan feeds`)")
    )
    opml_in = command(
        "import-opml",
        translate("CommandLine", "subscribe to every feed of an OPML file, with folders"),
    )
    opml_in.add_argument("file", type=Path, help=translate("CommandLine", "the OPML file"))
    opml_out = command("export-opml", translate("CommandLine", "write the subscriptions as OPML"))
    opml_out.add_argument(
        "file",
        type=Path,
        nargs="?",
        help=translate("CommandLine", "where to write (default: stdout)"),
    )
    rates = command(
        "rates", translate("CommandLine", "print the ticker line from the stored rates")
    )
    rates.add_argument(
        "--provider",
        choices=PROVIDER_NAMES,
        help=translate(
            "CommandLine", "take the rates from this source (fetched now unless --offline)"
        ),
    )
    rates.add_argument(
        "--official",
        action="store_true",
        help=translate(
            "CommandLine",
            "each Central Asian currency from its own central bank (fetched now unless --offline)",
        ),
    )
    rates.add_argument(
        "--history",
        type=_pair,
        metavar="PAIR",
        help=translate("CommandLine", "print every stored day of one pair (e.g. KGS or USD/UZS)"),
    )
    show = command("show", translate("CommandLine", "print one stored article"))
    show.add_argument(
        "id", type=_row_id, help=translate("CommandLine", "the article's id (see `caravan list`)")
    )
    show.add_argument(
        "--html",
        action="store_true",
        help=translate("CommandLine", "print the sanitized HTML the reader pane receives"),
    )
    listing = command("list", translate("CommandLine", "list stored articles, newest first"))
    listing.add_argument(
        "--json", action="store_true", help=translate("CommandLine", "print JSON instead of text")
    )
    listing.add_argument(
        "--limit",
        type=_count,
        default=0,
        help=translate("CommandLine", "at most this many (0: all)"),
    )
    account = command(
        "account",
        translate(
            "CommandLine",
            "set up, show or remove the sync account: a Google Reader API server (Miniflux, "
            "FreshRSS...); push moves local feeds into it",
        ),
    )
    account.add_argument("action", choices=("add", "remove", "status", "push"))
    account.add_argument(
        "--server",
        help=translate(
            "CommandLine",
            "add: the API's address (Miniflux: the server's; FreshRSS: .../api/greader.php)",
        ),
    )
    account.add_argument("--user", help=translate("CommandLine", "add: the user name"))
    account.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate(
            "CommandLine", "add, and sync without a keyring: read the password from standard input"
        ),
    )
    account.add_argument(
        "--folder",
        action="append",
        default=[],
        help=translate(
            "CommandLine",
            "push: only the local feeds of this folder (repeatable; default: every one)",
        ),
    )
    sync_command = command(
        "sync",
        translate(
            "CommandLine", "sync once with the account's server, print a summary (1: it failed)"
        ),
    )
    sync_command.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate(
            "CommandLine", "read the password from standard input (where no keyring keeps it)"
        ),
    )
    desktop = command(
        "desktop",
        translate(
            "CommandLine",
            "add Caravan to the applications menu, or remove it (Linux and XDG desktops)",
        ),
    )
    desktop.add_argument("action", choices=("install", "uninstall"))
    autostart = command(
        "autostart",
        translate("CommandLine", "start Caravan (minimized) when you log in, or no longer"),
    )
    autostart.add_argument(
        "action",
        choices=("on", "off", "status"),
        help=translate("CommandLine", "status exits with 1 when it is off"),
    )
    return parser


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The parsed command line. Starting the window names no command, and then the fourteen
    commands' parsers are not built (~3 ms of start-up); anything the window's options do not
    take (a command, a typo, ``--help``) goes to the full parser, with its messages."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    words = set(arguments)
    if not words & {"gui", "-h", "--help", *_COMMANDS, *_DESKTOP_COMMANDS}:
        try:
            parsed, rest = build_parser(with_commands=False).parse_known_args(arguments)
        except argparse.ArgumentError:
            rest = arguments
        if not rest:
            return parsed
    # The full parser also answers --help and reports usage errors, in the environment's
    # language: the settings' language is not known before the options are (--config).
    use_without_qt("system")
    return build_parser().parse_args(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    if args.command not in (None, "gui"):  # until the settings are read: the environment's
        use_without_qt("system")
    if args.gui_add_feed and args.command not in (None, "gui"):
        _warn(
            translate("Cli", "--add-feed is for the window; with a command, use "
              "`caravan add-feed URL` (nothing was done)")
        )  # fmt: skip
        return 2
    if args.command in _DESKTOP_COMMANDS:  # neither the data nor the settings are needed
        return _DESKTOP_COMMANDS[args.command](args)
    paths = AppPaths.resolve(args.config, args.data_dir)
    unusable = _unusable_path(paths)
    if unusable:
        _warn(unusable)
        return 2
    command = args.command or "gui"
    setup_logging(paths.log_dir, logging.INFO if args.verbose else logging.ERROR)
    loaded = load_config(paths.config_file)
    if command != "gui":  # the window puts its language in force through Qt
        use_without_qt(loaded.config.appearance.language)
    for problem in loaded.problems:  # once on the console, once in the log file
        _warn(problem)
        log.warning("%s", problem, extra=PRINTED)
    if command == "gui":
        from desktop_app.app import run_gui  # Qt is imported only when a window is wanted

        return run_gui(
            paths,
            loaded,
            offline=args.offline,
            add_feed=args.gui_add_feed,
            minimized=args.minimized,
        )
    resume_collection()  # the window resumes it after its first paint
    handler = _COMMANDS[command]
    for attempt in range(2):
        try:
            opened = open_database(paths.database)
        except CaravanError as error:
            _warn(str(error))
            return 2
        database = opened.database
        if opened.notice:
            _warn(opened.notice)
        if database.read_only is not None and command in _WRITING:
            _warn(
                translate("Cli", "{reason}; nothing was changed").format(
                    reason=database.read_only.error()
                )
            )
            database.close()
            return 1
        try:
            code = handler(args, database, loaded)
        except CaravanError as error:
            if database.damage is None:
                _warn(str(error))
            code = 1
        except sqlite3.DatabaseError:
            if database.damage is None:
                raise  # not damage: a bug, with its trace
            code = 1
        except BrokenPipeError:
            code = 0
        finally:
            database.close()
        if database.damage is None or attempt == 1:
            return code
        if database.read_only is not None:
            left = damage_left_as_is(str(database.damage), database.read_only)
            print(f"caravan: {left}", file=sys.stderr)
            return code
        # The next open rebuilds the file (the damage asked for it); then the command runs
        # once more on what was saved. The damage itself was logged (and so printed) when met.
        _warn(translate("Cli", "repairing the database and running the command again"))
    return 1


def _say(text: str = "") -> None:
    """A line on stdout. Feeds, pages and servers supply much of what is printed: their
    control characters (an escape sequence can clear the screen, retitle the terminal or
    write its clipboard) are shown as U+FFFD instead of reaching the terminal."""
    print(text.translate(_CONTROLS))


def _warn(text: str) -> None:
    """A line on stderr, after the program's name, made safe like :func:`_say`'s. A problem
    the layers below word in English (an error's text) comes out in the interface's
    language (services/problems.py)."""
    print(f"caravan: {in_language(text).translate(_CONTROLS)}", file=sys.stderr)


# Every C0 and C1 control character but the line feed and the tab, and DEL.
_CONTROLS = dict.fromkeys([*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)], "\ufffd")


def _unusable_path(paths: AppPaths) -> str | None:
    """Why the configuration file or the data directory cannot be used, checked before
    anything reads or writes them; the data directory is created here when it is missing."""
    config = paths.config_file
    if config.is_dir():
        return translate("Cli", "{file} is a directory, not a configuration file").format(
            file=config
        )
    if config.parent.exists() and not config.parent.is_dir():
        problem = translate(
            "Cli", "cannot create the configuration {file}: {folder} is not a directory"
        )
        return problem.format(file=config, folder=config.parent)
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        return translate("Cli", "{folder} is a file, not a data directory").format(
            folder=paths.data_dir
        )
    except OSError as error:
        problem = translate("Cli", "cannot use {folder} as the data directory: {error}")
        return problem.format(folder=paths.data_dir, error=error.strerror)
    return None


def _refresh(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    if args.offline:
        _warn(translate("Cli", "{reason}: nothing was refreshed").format(reason=started_offline()))
        return 2
    from desktop_app.net.http import HttpClient  # the network stack only for commands using it
    from desktop_app.services.refresh import RefreshService

    # The day's copy is taken before the day's first writes: it holds the state the user
    # last saw, and a brand-new database costs nothing to copy.
    back_up(database, datetime.now())
    service = RefreshService(database, HttpClient(), loaded.config)
    service.import_config_feeds()
    summary = service.refresh_all()
    _print_summary(summary)
    return 1 if summary.all_failed else 0


def _print_summary(summary: RefreshSummary) -> None:
    labels = {
        "failed": translate("Cli", "failed"),
        "unchanged": translate("Cli", "unchanged"),
        "waiting": translate("Cli", "waiting"),
        "rates": translate("Cli", "rates"),
    }
    width = max(9, *(len(label) for label in labels.values()))  # one column in any language

    def line(label: str, text: str) -> None:
        _say(f"  {labels[label]:<{width}}  {text}")

    for outcome in sorted(summary.feeds, key=lambda item: item.title.lower()):
        if outcome.error:
            line("failed", f"{outcome.title}: {in_language(outcome.error)}")
        elif outcome.not_modified:
            line("unchanged", outcome.title)
        else:
            count = outcome.new
            new = translate("Cli", "%n new", None, PLURAL, count)
            _say(f"  {new:>{width - 1}}  {outcome.title}")
    for held in sorted(summary.held_back, key=lambda item: item.title.lower()):
        if held.server_asked:
            reason = translate("Cli", "its server asked not to be fetched before {when}")
        else:
            reason = translate("Cli", "failing; already retried once early, next check {when}")
        line("waiting", f"{held.title}: {reason.format(when=_local(held.until))}")
    if summary.rates is not None:
        rates = summary.rates
        if rates.error:
            line("failed", translate("Cli", "rates ({source}): {error}").format(
                source=rates.provider, error=in_language(rates.error)))  # fmt: skip
        elif rates.valid_on is not None:
            count = rates.currencies
            currencies = translate("Cli", "%n currencies", None, PLURAL, count)
            line("rates", f"{rates.provider}: {currencies}, {rates.valid_on}")
        else:
            line("unchanged", translate("Cli", "rates ({source})").format(source=rates.provider))
    _say(summary.describe())


def _add_feed(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    from desktop_app.services.discovery import address_problem

    url = args.url.strip()
    problem = address_problem(url)
    if problem:
        _warn(problem)
        return 2
    with closing(database.reader()) as reader:
        existing = feeds.feed_id_for_url(reader, url)
    if existing is not None:
        _already_subscribed(args, existing, url)
        return 0
    if args.offline:
        if not args.force:
            _warn(
                f"offline: {url} was not checked; nothing subscribed "
                "(--force subscribes without checking)"
            )
            return 2
        how = "without checking it (offline)"
    else:
        from desktop_app.services.discovery import check_address

        try:
            found = check_address(url)
        except CaravanError as error:
            if not args.force:
                _warn(
                    translate(
                        "Cli", "{error}; nothing subscribed (--force subscribes anyway)"
                    ).format(error=in_language(str(error)))
                )
                return 2
            _warn(str(error))
            how = translate("Cli", "anyway (--force)")
        else:
            if found.note:
                _say(found.note)
            for other in found.alternatives:
                _say("  " + translate("Cli", "it also links to {address}").format(address=other))
            url, how = found.url, ""
    feed_id, added = database.writer.run(
        lambda connection: feeds.add_feed(connection, url, args.title.strip(), args.folder.strip())
    )
    if not added:
        _already_subscribed(args, feed_id, url)
    else:
        added_text = (
            translate("Cli", "Added feed {id} {how}: {address}")
            if how
            else translate("Cli", "Added feed {id}: {address}")
        )
        _say(added_text.format(id=feed_id, how=how, address=url))
    return 0


def _already_subscribed(args: argparse.Namespace, feed_id: int, url: str) -> None:
    """Say so, and that the options given for a new subscription were not applied."""
    _say(
        translate("Cli", "Already subscribed (feed {id}): {address}").format(
            id=feed_id, address=url
        )
    )
    unused = [option for option in ("title", "folder") if getattr(args, option).strip()]
    if unused:
        options = " and ".join(f"--{option}" for option in unused)
        _warn(
            f"{options} not applied to the existing subscription "
            f"(`caravan edit-feed {feed_id}` changes it)"
        )


def _feeds(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    with closing(database.reader()) as reader:
        subscribed = feeds.list_feeds(reader)
        unread = articles.unread_counts(reader)
    if not subscribed:
        _say(
            translate(
                "Cli", "No subscriptions yet: caravan add-feed URL, or caravan import-opml FILE"
            )
        )
        return 0
    states = [_feed_state(feed) for feed in subscribed]
    state_width = max(15, *(len(state) for state in states))
    for feed, state in zip(subscribed, states, strict=True):
        folder = f" [{feed.folder}]" if feed.folder else ""
        count = unread.get(feed.id, 0)
        counted = translate("Cli", "%Ln unread", None, PLURAL, count)
        _say(
            f"{feed.id:>5}  {state:<{state_width}} {counted:>12}  {feed.title or feed.url}{folder}"
        )
        _say(f"       {feed.url}")
        if feed.last_error:
            since, error = _local(feed.error_since), in_language(feed.last_error)
            _say("       " + translate("Cli", "error since {since} ({count}×): {error}").format(
                since=since, count=feed.error_count, error=error))  # fmt: skip
        details = []
        if feed.last_fetched_at:
            details.append(
                translate("Cli", "last checked {when}").format(when=_local(feed.last_fetched_at))
            )
        if feed.enabled and feed.next_check_at:
            details.append(translate("Cli", "next {when}").format(when=_local(feed.next_check_at)))
        if feed.interval_minutes:
            minutes = feed.interval_minutes
            details.append(translate("Cli", "every %n min", None, PLURAL, minutes))
        if feed.full_text is not None:
            details.append(
                translate("Cli", "full text: always")
                if feed.full_text
                else translate("Cli", "full text: never")
            )
        if details:
            _say("       " + ", ".join(details))
    return 0


def _feed_state(feed: Feed) -> str:
    """One word or three: a feed never fetched has not shown that it works."""
    if not feed.enabled:
        return translate("Cli", "disabled")
    if feed.last_error:
        return translate("Cli", "error")
    return translate("Cli", "ok") if feed.last_fetched_at else translate("Cli", "not checked yet")


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "?"


# --full-text: what each word stores (None: detect teasers).
FULL_TEXT_CHOICES: dict[str | None, bool | None] = {"auto": None, "always": True, "never": False}


_EDIT_OPTIONS = "--title, --folder, --interval, --enable, --disable or --full-text"


def _edit_feed(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    with closing(database.reader()) as reader:
        if feeds.get_feed(reader, args.id) is None:
            _warn(translate("Cli", "no feed with id {id} (see `caravan feeds`)").format(id=args.id))
            return 1
    changes = _edit_changes(args)
    if not changes:
        nothing = translate("Cli", "nothing changed: give edit-feed {id} at least one of {options}")
        _warn(nothing.format(id=args.id, options=_EDIT_OPTIONS))
        return 2
    if args.interval is not None and not 0 <= args.interval <= 7 * 1440:
        _warn(translate("Cli", "--interval must be between 0 and 10080 minutes"))
        return 2
    enabled = True if args.enable else False if args.disable else None
    found = database.writer.run(
        lambda connection: feeds.update_feed(
            connection,
            args.id,
            title=None if args.title is None else args.title.strip(),
            folder=None if args.folder is None else args.folder.strip(),
            interval_minutes=args.interval or None,
            clear_interval=args.interval == 0,
            enabled=enabled,
            full_text=FULL_TEXT_CHOICES.get(args.full_text),
            detect_full_text=args.full_text == "auto",
        )
    )
    if not found:
        _warn(translate("Cli", "no feed with id {id} (see `caravan feeds`)").format(id=args.id))
        return 1
    updated = translate("Cli", "Feed {id} updated: {changes}")
    _say(updated.format(id=args.id, changes=", ".join(changes)))
    return 0


def _edit_changes(args: argparse.Namespace) -> list[str]:
    """What ``edit-feed`` was asked to set, in words; empty when no option was given."""
    changes = []
    if args.title is not None:
        title = args.title.strip()
        changes.append(
            translate("Cli", "title {title}").format(title=repr(title))
            if title
            else translate("Cli", "the feed's own title")
        )
    if args.folder is not None:
        folder = args.folder.strip()
        changes.append(
            translate("Cli", "folder {folder}").format(folder=repr(folder))
            if folder
            else translate("Cli", "no folder")
        )
    if args.interval is not None:
        minutes = args.interval
        changes.append(
            translate("Cli", "every %n min", None, PLURAL, minutes)
            if minutes
            else translate("Cli", "the global interval")
        )
    if args.enable or args.disable:
        changes.append(translate("Cli", "enabled") if args.enable else translate("Cli", "disabled"))
    if args.full_text is not None:
        changes.append(translate("Cli", "full text {choice}").format(choice=args.full_text))
    return changes


def _remove_feed(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    removed = database.writer.run(lambda connection: feeds.remove_feed(connection, args.id))
    if removed is None:
        _warn(translate("Cli", "no feed with id {id} (see `caravan feeds`)").format(id=args.id))
        return 1
    gone = translate("Cli", "Removed feed {id} and its %n article(s)", None, PLURAL, removed)
    _say(gone.format(id=args.id))
    return 0


def _import_opml(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    from desktop_app.feeds.opml import OpmlError
    from desktop_app.services.subscriptions import import_opml

    try:
        data = args.file.read_bytes()
    except OSError as error:
        _warn(
            translate("Cli", "cannot read {file}: {error}").format(
                file=args.file, error=error.strerror
            )
        )
        return 2
    try:
        result = import_opml(database, data)
    except OpmlError as error:
        _warn(
            translate("Cli", "{file}: {error}; nothing imported").format(
                file=args.file, error=in_language(str(error))
            )
        )
        return 2
    for reason in result.skipped:
        _say("  " + translate("Cli", "skipped {reason}").format(reason=in_language(reason)))
    added, already = result.added, result.already
    imported = translate("Cli", "Imported %n new feed(s)", None, PLURAL, added)
    subscribed = translate("Cli", "%n already subscribed", None, PLURAL, already)
    _say(f"{imported} ({subscribed})")
    return 0


def _export_opml(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    from desktop_app.services.subscriptions import export_opml

    with closing(database.reader()) as reader:
        document = export_opml(reader)
    if args.file is None:
        sys.stdout.buffer.write(document)
        return 0
    try:
        args.file.write_bytes(document)
    except OSError as error:
        _warn(
            translate("Cli", "cannot write {file}: {error}").format(
                file=args.file, error=error.strerror
            )
        )
        return 2
    _say(translate("Cli", "Wrote {file}").format(file=args.file))
    return 0


def _rates(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    settings = replace(
        loaded.config.rates,
        provider=args.provider or loaded.config.rates.provider,
        official=args.official or loaded.config.rates.official,
    )
    # Naming a source asks for it now, even when it is already the configured one.
    if (args.provider or args.official) and (args.offline or database.read_only is not None):
        why = started_offline() if database.read_only is None else database.read_only.error()
        _warn(translate("Cli", "{reason}: showing the stored rates").format(reason=why))
    elif args.provider or args.official:
        from desktop_app.net.http import HttpClient
        from desktop_app.services.rates import refresh_rates

        outcome = refresh_rates(HttpClient(), database, settings)
        if outcome.error:
            _warn(
                translate("Cli", "{error}; showing what is stored").format(
                    error=in_language(outcome.error)
                )
            )
        for problem in outcome.partial_errors:
            _warn(
                translate("Cli", "{problem}; its pairs come from the fallback").format(
                    problem=problem
                )
            )
    if args.history is not None:
        return _print_history(database, settings, args.history)
    with closing(database.reader()) as reader:
        quotes = current_quotes(reader, settings)
        stored = bool(rate_store.recent_snapshots(reader, settings.provider, count=1))
    if not quotes and not stored:
        _warn(_nothing_stored(args, database))
        return 1
    for source, pairs in _unlisted_pairs(settings, quotes).items():
        _warn(f"{source} {', '.join(pairs)}")
    if not quotes:
        return 1
    _say(ticker_line(quotes, _locale_style()))
    return 0


def _nothing_stored(args: argparse.Namespace, database: Database) -> str:
    """Why no rate can be shown, and what would fetch one: `caravan refresh` fetches only the
    configured source, and nothing is fetched offline."""
    if not args.provider:
        return translate("Cli", "no rates stored yet; run `caravan refresh`")
    nothing = translate("Cli", "no rates from {source} stored yet").format(
        source=provider_title(args.provider)
    )
    if args.offline and database.read_only is None:
        return translate(
            "Cli", "{nothing}; `caravan rates --provider {provider}` without --offline fetches them"
        ).format(nothing=nothing, provider=args.provider)
    return nothing


def _unlisted_pairs(settings: RatesSettings, quotes: Sequence[Quote]) -> dict[str, list[str]]:
    """The configured pairs no stored rate prices, under the words naming who lacks them."""
    shown = {quote.pair for quote in quotes}
    provider = provider_title(settings.provider)
    missing: dict[str, list[str]] = {}
    for pair in settings.pairs:
        left, right = split_pair(pair, settings.base)
        if f"{left}/{right}" in shown:
            continue
        bank = official_source(pair, settings.base) if settings.official else None
        source = (
            translate("Cli", "neither {bank} nor {source} lists").format(
                bank=provider_title(bank), source=provider
            )
            if bank and bank != settings.provider
            else translate("Cli", "{source} does not list").format(source=provider)
        )
        missing.setdefault(source, []).append(f"{left}/{right}")
    return missing


def _print_history(database: Database, settings: RatesSettings, pair: str) -> int:
    """Every stored day of one pair; in official mode from the currency's central bank when
    it has the pair stored, as the ticker shows it."""
    left, right = split_pair(pair, settings.base)
    bank = official_source(f"{left}/{right}", settings.base) if settings.official else None
    with closing(database.reader()) as reader:
        for provider in (bank, settings.provider) if bank else (settings.provider,):
            points = rate_store.history(reader, provider, left, right)
            if points:
                break
    if not points:
        _warn(
            translate("Cli", "no stored {pair} rates from {source}").format(
                pair=f"{left}/{right}", source=provider
            )
        )
        return 1
    style = _locale_style()
    _say(
        translate("Cli", "{pair} from {source}").format(
            pair=f"{left}/{right}", source=provider_title(provider)
        )
    )
    previous: float | None = None
    for day, value in points:
        change = None if previous is None else (value - previous) / previous * 100
        _say(f"{day.isoformat()}  {format_value(value, style):>14}  {format_change(change, style)}")
        previous = value
    return 0


def _locale_style() -> NumberStyle:
    try:
        locale.setlocale(locale.LC_NUMERIC, "")
    except locale.Error:
        return NumberStyle()
    conventions = locale.localeconv()
    decimal_point = str(conventions["decimal_point"]) or "."
    group = str(conventions["thousands_sep"]) or ("," if decimal_point == "." else "\u202f")
    return NumberStyle(decimal_point=decimal_point, group_separator=group)


def _show(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    # The HTML stack (nh3, …) only for this command: the window loads it with its first article.
    from desktop_app.services.article_view import article_document, shown_text
    from desktop_app.services.enclosure_view import details, display_name

    reader = database.reader()
    try:
        article = articles.get_article(reader, args.id)
        document = None if article is None else article_document(reader, article)
    finally:
        reader.close()
    if article is None or document is None:
        _warn(translate("Cli", "no article with id {id}").format(id=args.id))
        return 1
    if args.html:
        sys.stdout.write(document)
        return 0
    from desktop_app.plain_text import html_to_plain_text

    _say(article.title)
    _say(f"{article.feed_title} · {article.published_at.astimezone():%Y-%m-%d %H:%M}")
    if article.link:
        _say(article.link)
    for enclosure in article.enclosures:
        line = translate("Cli", "Enclosure: {name} ({details}) {address}")
        _say(
            line.format(
                name=display_name(enclosure), details=details(enclosure), address=enclosure.url
            )
        )
    _say()
    # Wrapped to the terminal, and never wider than a comfortable line to read.
    width = min(shutil.get_terminal_size().columns, 80)
    _say(html_to_plain_text(shown_text(article), width))
    return 0


def _list(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    reader = database.reader()
    try:
        rows = []
        after = None
        while True:
            page = articles.list_articles(reader, limit=1000, after=after)
            rows.extend(page)
            if len(page) < 1000 or (args.limit and len(rows) >= args.limit):
                break
            last = page[-1]
            after = (int(last.published_at.timestamp()), last.id)
    finally:
        reader.close()
    if args.limit:
        rows = rows[: args.limit]
    if args.json:
        document = [
            {
                "id": row.id,
                "feed": row.feed_title,
                "date": row.published_at.isoformat(),
                "title": row.title,
                "read": row.read,
                "starred": row.starred,
                "link": row.link,
            }
            for row in rows
        ]
        json.dump(document, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for row in rows:
        flags = ("*" if row.starred else " ") + (" " if row.read else "N")
        _say(f"{row.id:>7} {flags} {row.published_at.astimezone():%Y-%m-%d} {row.title}")
    return 0


def _desktop(args: argparse.Namespace) -> int:
    from desktop_app.oslayer import desktop

    try:
        if args.action == "install":
            change = desktop.install_menu_entry()
            _say(translate("Cli", "Caravan is in the applications menu:"))
        else:
            change = desktop.uninstall_menu_entry()
            _say(
                translate("Cli", "Removed from the applications menu:")
                if change.files
                else translate("Cli", "It was not there.")
            )
    except CaravanError as error:
        _warn(str(error))
        return 1
    for path in change.files:
        _say(f"  {path}")
    for cache in change.caches:
        _say("  " + translate("Cli", "(brought {cache} up to date)").format(cache=cache))
    return 0


def _autostart(args: argparse.Namespace) -> int:
    from desktop_app.oslayer import desktop

    if args.action == "status":
        enabled = desktop.autostart_enabled()
        state = translate("Cli", "on") if enabled else translate("Cli", "off")
        _say(f"{state}: {desktop.autostart_location()}")
        return 0 if enabled else 1
    try:
        where = desktop.set_autostart(args.action == "on")
    except CaravanError as error:
        _warn(str(error))
        return 1
    if args.action == "on":
        _say(
            translate("Cli", "Caravan starts minimized when you log in: {where}").format(
                where=where
            )
        )
    else:
        _say(
            translate("Cli", "Caravan does not start when you log in (nothing at {where})").format(
                where=where
            )
        )
    return 0


def _password(args: argparse.Namespace, prompt: str) -> str | None:
    """The password from standard input (``--password-stdin``) or typed at the terminal;
    None when neither can give one."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(prompt) or None


def _account(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    from desktop_app.oslayer import secrets
    from desktop_app.store import sync

    with closing(database.reader()) as reader:
        current = sync.get_account(reader)
        pending = sync.pending_count(reader)
        synced = len(sync.synced_feed_ids(reader))
    if args.action != "status" and database.read_only is not None:
        _warn(
            translate("Cli", "{reason}; nothing was changed").format(
                reason=database.read_only.error()
            )
        )
        return 1
    if args.action == "add":
        return _add_account(args, database)
    if current is None:
        _warn(
            translate(
                "Cli", "no sync account is set up (caravan account add --server URL --user NAME)"
            )
        )
        return 1
    if args.action == "remove":
        from desktop_app.services.accounts import sign_out

        feeds_kept = synced
        sign_out(database)
        removed = translate("Cli", "Removed the account {user} on {server}:").format(
            user=current.username, server=current.server_url
        )
        stay = translate(
            "Cli", "%n feed(s) stay here as local feeds;", None, PLURAL, feeds_kept)  # fmt: skip
        dropped = translate(
            "Cli", "%n change(s) not yet sent were dropped", None, PLURAL, pending)  # fmt: skip
        _say(f"{removed} {stay} {dropped}")
        return 0
    if args.action == "push":
        return _push_feeds(args, database)
    when = _local(current.synced_at) if current.synced_at else translate("Cli", "never")
    _say(
        translate("Cli", "Account:  {user} on {server}").format(
            user=current.username, server=current.server_url
        )
    )
    _say(translate("Cli", "Feeds:    %n synced", None, PLURAL, synced))
    _say(translate("Cli", "Waiting:  %n change(s) not yet sent", None, PLURAL, pending))
    _say(translate("Cli", "Synced:   {when}").format(when=when))
    if current.last_error:
        _say(translate("Cli", "Failed:   {error}").format(error=in_language(current.last_error)))
    problem = secrets.keyring_problem()
    if problem:
        _say(
            translate("Cli", "Password: not kept ({problem}); asked at each sync").format(
                problem=in_language(problem)
            )
        )
    else:
        kept = secrets.load_password(current.server_url, current.username) is not None
        _say(
            translate("Cli", "Password: in the system's keyring")
            if kept
            else translate("Cli", "Password: not kept; asked")
        )
    return 0


def _add_account(args: argparse.Namespace, database: Database) -> int:
    from desktop_app.services.accounts import sign_in

    if not args.server or not args.user:
        _warn(translate("Cli", "account add needs --server URL and --user NAME"))
        return 2
    server = args.server.strip().rstrip("/")
    password = _password(
        args,
        translate("Cli", "Password of {user} on {server}: ").format(user=args.user, server=server),
    )
    if password is None:
        _warn(
            translate("Cli", "no password given (type it at the prompt, or use --password-stdin)")
        )
        return 2
    kept = sign_in(database, server, args.user, password, check=not args.offline)
    _say(
        translate("Cli", "Account added: {user} on {server}").format(
            user=args.user.strip(), server=server
        )
    )
    if kept is not None:
        _warn(
            translate(
                "Cli", "{reason}; the password will be asked at each sync (never saved in a file)"
            ).format(reason=in_language(kept))
        )
    _say(
        translate(
            "Cli", "`caravan sync` brings its feeds; `caravan account push` sends the local ones"
        )
    )
    return 0


def _push_feeds(args: argparse.Namespace, database: Database) -> int:
    from desktop_app.store import sync

    with closing(database.reader()) as reader:
        local = [
            feed.id
            for feed in feeds.list_feeds(reader)
            if not args.folder or feed.folder in args.folder
        ]
    queued = database.writer.run(lambda connection: sync.queue_subscribe(connection, local))
    moving = translate(
        "Cli", "%n local feed(s) will move into the account at the next sync",
        None, PLURAL, queued)  # fmt: skip
    _say(moving)
    return 0


def _sync(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    if args.offline:
        _warn(translate("Cli", "{reason}: nothing was synced").format(reason=started_offline()))
        return 2
    from desktop_app.oslayer import secrets
    from desktop_app.services.sync import SyncService
    from desktop_app.store import sync
    from desktop_app.sync.greader import GoogleReaderClient

    with closing(database.reader()) as reader:
        account = sync.get_account(reader)
    if account is None:
        _warn(
            translate(
                "Cli", "no sync account is set up (caravan account add --server URL --user NAME)"
            )
        )
        return 2
    password = secrets.load_password(account.server_url, account.username)
    if password is None:
        problem = secrets.keyring_problem()
        if problem:
            _warn(problem)
        asked = translate("Cli", "Password of {user} on {server}: ")
        password = _password(args, asked.format(user=account.username, server=account.server_url))
    if password is None:
        _warn(
            translate(
                "Cli",
                "no password: none is kept in a keyring, and none was given (--password-stdin)",
            )
        )
        return 2

    def progress(stage: str, done: int, total: int) -> None:
        if args.verbose:
            print(f"  {stage}: {done}" + (f"/{total}" if total else ""), file=sys.stderr)

    client = GoogleReaderClient(account.server_url, account.username, password)
    summary = SyncService(database, client, on_progress=progress).sync()
    for problem in summary.problems:
        _say("  " + translate("Cli", "not sent  {problem}").format(problem=problem))
    seconds = decimal(summary.seconds, 1)
    _say(
        translate("Cli", "Synced in {seconds} s: {summary}").format(
            seconds=seconds, summary=summary.describe()
        )
    )
    return 0


# The commands about the desktop: they need no database, configuration or data folder.
_DESKTOP_COMMANDS = {"desktop": _desktop, "autostart": _autostart}

# What a read-only data folder refuses before it starts (a refresh or a check of an address
# would go to the network first, only to find it cannot save).
_WRITING = frozenset({"refresh", "add-feed", "edit-feed", "remove-feed", "import-opml", "sync"})

_COMMANDS = {
    "refresh": _refresh,
    "add-feed": _add_feed,
    "feeds": _feeds,
    "edit-feed": _edit_feed,
    "remove-feed": _remove_feed,
    "import-opml": _import_opml,
    "export-opml": _export_opml,
    "rates": _rates,
    "show": _show,
    "list": _list,
    "account": _account,
    "sync": _sync,
}
