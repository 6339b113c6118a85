"""The ``caravan`` command: the GUI by default, and commands that work without a window."""

from __future__ import annotations

import argparse
import json
import locale
import logging
import sqlite3
import sys
from collections.abc import Sequence
from contextlib import closing
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from desktop_app import __version__
from desktop_app.config import LoadedConfig, load_config
from desktop_app.errors import STARTED_OFFLINE, CaravanError
from desktop_app.logs import PRINTED, setup_logging
from desktop_app.paths import AppPaths
from desktop_app.rates.providers import PROVIDER_NAMES, provider_title
from desktop_app.rates.quotes import (
    NumberStyle,
    format_change,
    format_value,
    split_pair,
    ticker_line,
)
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
    parser.add_argument("--config", type=Path, default=default, help="configuration file (TOML)")
    parser.add_argument(
        "--data-dir", type=Path, default=default, help="directory for the database and logs"
    )
    parser.add_argument(
        "--offline",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="use only what is stored; never touch the network",
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="print progress and warnings on the console",
    )


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The command line; ``with_commands=False`` gives the window's options alone."""
    parser = argparse.ArgumentParser(
        prog="caravan",
        description="Currency-rate ticker and offline news reader. Without a command, "
        "opens the window.",
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
        help="open the window (or bring the running one forward) and subscribe to URL",
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

    command("gui", "open the window (the default)")
    command("refresh", "update every feed and the rates once, print a summary")
    add = command("add-feed", "subscribe to a feed (a web page's own feed is found)")
    add.add_argument("url", help="the feed's http or https address, or a page that links to it")
    add.add_argument("--title", default="", help="a title to show instead of the feed's own")
    add.add_argument("--folder", default="", help="the sidebar folder to put it in")
    command("feeds", "list subscriptions with their state and errors")
    edit = command("edit-feed", "rename, move, pause, pace one feed or set its full text")
    edit.add_argument("id", type=int, help="the feed's id (see `caravan feeds`)")
    edit.add_argument("--title", help="a new title")
    edit.add_argument("--folder", help="a new folder ('' for none)")
    edit.add_argument(
        "--interval", type=int, metavar="MINUTES", help="own refresh interval (0: the global one)"
    )
    switch = edit.add_mutually_exclusive_group()
    switch.add_argument("--enable", action="store_true", help="fetch it again")
    switch.add_argument("--disable", action="store_true", help="stop fetching it, keep articles")
    edit.add_argument(
        "--full-text",
        choices=FULL_TEXT_CHOICES,
        help="fetch article pages: for teasers (auto), for every article, or never",
    )
    remove = command("remove-feed", "unsubscribe and delete the feed's articles")
    remove.add_argument("id", type=int, help="the feed's id (see `caravan feeds`)")
    opml_in = command("import-opml", "subscribe to every feed of an OPML file, with folders")
    opml_in.add_argument("file", type=Path, help="the OPML file")
    opml_out = command("export-opml", "write the subscriptions as OPML")
    opml_out.add_argument("file", type=Path, nargs="?", help="where to write (default: stdout)")
    rates = command("rates", "print the ticker line from the stored rates")
    rates.add_argument(
        "--provider",
        choices=PROVIDER_NAMES,
        help="take the rates from this source (fetched now unless --offline)",
    )
    rates.add_argument(
        "--official",
        action="store_true",
        help="each Central Asian currency from its own central bank (fetched now unless --offline)",
    )
    rates.add_argument(
        "--history", metavar="PAIR", help="print every stored day of one pair (e.g. KGS or USD/UZS)"
    )
    show = command("show", "print one stored article")
    show.add_argument("id", type=int, help="the article's id (see `caravan list`)")
    show.add_argument(
        "--html", action="store_true", help="print the sanitized HTML the reader pane receives"
    )
    listing = command("list", "list stored articles, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    listing.add_argument("--limit", type=int, default=0, help="at most this many (0: all)")
    return parser


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The parsed command line. Starting the window names no command, and then the eleven
    commands' parsers are not built (~3 ms of start-up); anything the window's options do not
    take (a command, a typo, ``--help``) goes to the full parser, with its messages."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    words = set(arguments)
    if not words & {"gui", "-h", "--help", *_COMMANDS}:
        try:
            parsed, rest = build_parser(with_commands=False).parse_known_args(arguments)
        except argparse.ArgumentError:
            rest = arguments
        if not rest:
            return parsed
    return build_parser().parse_args(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    paths = AppPaths.resolve(args.config, args.data_dir)
    command = args.command or "gui"
    setup_logging(paths.log_dir, logging.INFO if args.verbose else logging.ERROR)
    loaded = load_config(paths.config_file)
    for problem in loaded.problems:  # once on the console, once in the log file
        print(f"caravan: {problem}", file=sys.stderr)
        log.warning("%s", problem, extra=PRINTED)
    if command == "gui":
        from desktop_app.app import run_gui  # Qt is imported only when a window is wanted

        return run_gui(paths, loaded, offline=args.offline, add_feed=args.gui_add_feed)
    resume_collection()  # the window resumes it after its first paint
    handler = _COMMANDS[command]
    for attempt in range(2):
        try:
            opened = open_database(paths.database)
        except CaravanError as error:
            print(f"caravan: {error}", file=sys.stderr)
            return 2
        database = opened.database
        if opened.notice:
            print(f"caravan: {opened.notice}", file=sys.stderr)
        if database.read_only is not None and command in _WRITING:
            print(f"caravan: {database.read_only.error()}; nothing was changed", file=sys.stderr)
            database.close()
            return 1
        try:
            code = handler(args, database, loaded)
        except CaravanError as error:
            if database.damage is None:
                print(f"caravan: {error}", file=sys.stderr)
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
        # once more on what was saved.
        print(
            f"caravan: {database.damage}; repairing the database and running the command again",
            file=sys.stderr,
        )
    return 1


def _refresh(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    if args.offline:
        print(f"caravan: {STARTED_OFFLINE}: nothing was refreshed", file=sys.stderr)
        return 1
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
    for outcome in sorted(summary.feeds, key=lambda item: item.title.lower()):
        if outcome.error:
            print(f"  failed     {outcome.title}: {outcome.error}")
        elif outcome.not_modified:
            print(f"  unchanged  {outcome.title}")
        else:
            print(f"  {outcome.new:>4} new  {outcome.title}")
    for held in sorted(summary.held_back, key=lambda item: item.title.lower()):
        if held.server_asked:
            reason = f"its server asked not to be fetched before {_local(held.until)}"
        else:
            reason = f"failing; already retried once early, next check {_local(held.until)}"
        print(f"  waiting    {held.title}: {reason}")
    if summary.rates is not None:
        rates = summary.rates
        if rates.error:
            print(f"  failed     rates ({rates.provider}): {rates.error}")
        elif rates.valid_on is not None:
            print(f"  rates      {rates.provider}: {rates.currencies} currencies, {rates.valid_on}")
        else:
            print(f"  unchanged  rates ({rates.provider})")
    print(summary.describe())


def _add_feed(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    url = args.url.strip()
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
        print(f"caravan: {url!r} is not an http or https address", file=sys.stderr)
        return 2
    if not args.offline:
        from desktop_app.errors import NotAFeedError
        from desktop_app.net.http import HttpClient
        from desktop_app.services.discovery import resolve_feed_address

        try:
            found = resolve_feed_address(HttpClient(), url)
        except NotAFeedError as error:
            print(f"caravan: {error}; nothing subscribed", file=sys.stderr)
            return 1
        except CaravanError as error:
            print(f"caravan: could not check the address now ({error}); subscribing anyway")
        else:
            if found.note:
                print(found.note)
            for other in found.alternatives:
                print(f"  it also links to {other}")
            url = found.url
    feed_id, added = database.writer.run(
        lambda connection: feeds.add_feed(connection, url, args.title.strip(), args.folder.strip())
    )
    if added:
        print(f"Added feed {feed_id}: {url}")
    else:
        print(f"Already subscribed (feed {feed_id}): {url}")
    return 0


def _feeds(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    with closing(database.reader()) as reader:
        subscribed = feeds.list_feeds(reader)
        unread = articles.unread_counts(reader)
    if not subscribed:
        print("No subscriptions yet: caravan add-feed URL, or caravan import-opml FILE")
        return 0
    for feed in subscribed:
        state_text = "ok" if feed.enabled and not feed.last_error else "disabled"
        if feed.enabled and feed.last_error:
            state_text = "error"
        folder = f" [{feed.folder}]" if feed.folder else ""
        print(f"{feed.id:>5}  {state_text:<8} {unread.get(feed.id, 0):>5} unread  "
              f"{feed.title or feed.url}{folder}")  # fmt: skip
        print(f"       {feed.url}")
        if feed.last_error:
            since = _local(feed.error_since)
            print(f"       error since {since} ({feed.error_count}×): {feed.last_error}")
        details = []
        if feed.last_fetched_at:
            details.append(f"last checked {_local(feed.last_fetched_at)}")
        if feed.enabled and feed.next_check_at:
            details.append(f"next {_local(feed.next_check_at)}")
        if feed.interval_minutes:
            details.append(f"every {feed.interval_minutes} min")
        if feed.full_text is not None:
            details.append("full text: always" if feed.full_text else "full text: never")
        if details:
            print("       " + ", ".join(details))
    return 0


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "?"


# --full-text: what each word stores (None: detect teasers).
FULL_TEXT_CHOICES: dict[str | None, bool | None] = {"auto": None, "always": True, "never": False}


def _edit_feed(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    if args.interval is not None and not 0 <= args.interval <= 7 * 1440:
        print("caravan: --interval must be between 0 and 10080 minutes", file=sys.stderr)
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
        print(f"caravan: no feed with id {args.id}", file=sys.stderr)
        return 1
    print(f"Feed {args.id} updated")
    return 0


def _remove_feed(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    removed = database.writer.run(lambda connection: feeds.remove_feed(connection, args.id))
    if removed is None:
        print(f"caravan: no feed with id {args.id}", file=sys.stderr)
        return 1
    print(f"Removed feed {args.id} and its {removed} articles")
    return 0


def _import_opml(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    from desktop_app.services.subscriptions import import_opml

    try:
        data = args.file.read_bytes()
    except OSError as error:
        print(f"caravan: cannot read {args.file}: {error.strerror}", file=sys.stderr)
        return 2
    result = import_opml(database, data)
    for reason in result.skipped:
        print(f"  skipped {reason}")
    print(f"Imported {result.added} new feeds ({result.already} already subscribed)")
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
        print(f"caravan: cannot write {args.file}: {error.strerror}", file=sys.stderr)
        return 2
    print(f"Wrote {args.file}")
    return 0


def _rates(args: argparse.Namespace, database: Database, loaded: LoadedConfig) -> int:
    settings = loaded.config.rates
    chosen = replace(
        settings,
        provider=args.provider or settings.provider,
        official=args.official or settings.official,
    )
    if chosen != settings:
        settings = chosen
        if args.offline or database.read_only is not None:
            why = STARTED_OFFLINE if database.read_only is None else database.read_only.error()
            print(f"caravan: {why}: showing the stored rates", file=sys.stderr)
        else:
            from desktop_app.net.http import HttpClient
            from desktop_app.services.rates import refresh_rates

            outcome = refresh_rates(HttpClient(), database, settings)
            if outcome.error:
                print(f"caravan: {outcome.error}; showing what is stored", file=sys.stderr)
            for problem in outcome.partial_errors:
                print(f"caravan: {problem}; its pairs come from the fallback", file=sys.stderr)
    if args.history:
        return _print_history(database, settings.provider, args.history, settings.base)
    with closing(database.reader()) as reader:
        quotes = current_quotes(reader, settings)
        stored = bool(rate_store.recent_snapshots(reader, settings.provider, count=1))
    if not quotes:
        if stored:
            print(
                f"caravan: {settings.provider} lists none of the configured pairs "
                f"({', '.join(settings.pairs)} against {settings.base})",
                file=sys.stderr,
            )
        else:
            print("caravan: no rates stored yet; run `caravan refresh`", file=sys.stderr)
        return 1
    print(ticker_line(quotes, _locale_style()))
    return 0


def _print_history(database: Database, provider: str, pair: str, base: str) -> int:
    left, right = split_pair(pair.upper(), base)
    with closing(database.reader()) as reader:
        points = rate_store.history(reader, provider, left, right)
    if not points:
        print(f"caravan: no stored {left}/{right} rates from {provider}", file=sys.stderr)
        return 1
    style = _locale_style()
    print(f"{left}/{right} from {provider_title(provider)}")
    previous: float | None = None
    for day, value in points:
        change = None if previous is None else (value - previous) / previous * 100
        print(
            f"{day.isoformat()}  {format_value(value, style):>14}  {format_change(change, style)}"
        )
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
    from desktop_app.services.article_view import article_document

    reader = database.reader()
    try:
        article = articles.get_article(reader, args.id)
        document = None if article is None else article_document(reader, article)
    finally:
        reader.close()
    if article is None or document is None:
        print(f"caravan: no article with id {args.id}", file=sys.stderr)
        return 1
    if args.html:
        sys.stdout.write(document)
        return 0
    from desktop_app.sanitize import html_to_text

    print(article.title)
    print(f"{article.feed_title} · {article.published_at.astimezone():%Y-%m-%d %H:%M}")
    if article.link:
        print(article.link)
    print()
    print(html_to_text(article.body_html))
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
        print(f"{row.id:>7} {flags} {row.published_at.astimezone():%Y-%m-%d} {row.title}")
    return 0


# What a read-only data folder refuses before it starts (a refresh or a check of an address
# would go to the network first, only to find it cannot save).
_WRITING = frozenset({"refresh", "add-feed", "edit-feed", "remove-feed", "import-opml"})

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
}
