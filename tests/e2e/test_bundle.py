"""The frozen build (``make bundle``), started as a user starts it: in a real X server, against
a local feed and rates server.

A frozen app differs from the venv exactly where PyInstaller's analysis cannot see: modules
loaded by name (the rate providers), data files read at run time (trafilatura's settings,
jusText's stoplists) and the parser workers, which multiprocessing starts by running the
bundle's executable again. Each test here goes through one of them.

``.ci/run`` builds the bundle first. Without one, or with one older than the sources, these
tests are skipped on a developer's machine and fail on CI.
"""

from __future__ import annotations

import gzip
import importlib
import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from desktop_app.feeds.parse import parse_feed
from desktop_app.fulltext.extract import extract_article
from desktop_app.rates.providers import PROVIDER_NAMES
from desktop_app.services.parsing import POOL_THRESHOLD
from tests.conftest import LocalServer, Route, _unavailable
from tests.e2e.xsession import XVFB_PACKAGES, XSession, wait_until, x_tools_available
from tests.unit.test_rate_registry import FIXTURE_OF

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.bundle,
    pytest.mark.skipif(not x_tools_available(), reason=f"needs {XVFB_PACKAGES}"),
]

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "caravan"
EXECUTABLE = BUNDLE / "caravan"
# What the bundle is built from: one of these newer than the bundle means it is stale.
SOURCES = (
    *ROOT.glob("desktop_app/**/*.py"),
    *(path for path in ROOT.glob("resources/**/*") if path.is_file()),
    *ROOT.glob("packaging/hooks/*.py"),
    ROOT / "packaging" / "caravan.spec",
    ROOT / "packaging" / "requirements-bundle.txt",
    ROOT / "pyproject.toml",
)
FIXTURES = ROOT / "tests" / "fixtures"
# Real feeds of every format the app reads (RSS, Atom, RDF, JSON Feed; UTF-8 and not), one
# more than a pool's worth with the teaser feed: the refresh parses in worker processes.
FEEDS = (
    "489.rss",
    "DaringFireball.atom",
    "DaringFireball.json",
    "ScriptingNews.json",
    "bio.rdf",
    "inessential.json",
    "jsonfeed-extension.json",
    "livemint.xml",
    "macworld.rss",
    "natasha.xml",
    "scriptingNews.rss",
)
# IGN's deals page: trafilatura keeps its article and gets it through its jusText fallback,
# so a bundle without trafilatura's settings or jusText's stoplists stores readability's text.
DEALS = "287e4d9f4af31733aad6534aefb2bd00fb344ec8d6ebf1ac99dbc4d762da0ca4"
RATES = FIXTURES / "rates" / "open-er-api_latest_USD_2024-08-19.json"


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not EXECUTABLE.exists():
        _unavailable(f"no frozen build at {BUNDLE}: run `make bundle`")
    built = EXECUTABLE.stat().st_mtime
    newer = [path for path in SOURCES if path.stat().st_mtime > built]
    if newer:
        _unavailable(
            f"the frozen build is older than {newer[0].relative_to(ROOT)}: run `make bundle`"
        )
    return EXECUTABLE


def _content_type(name: str) -> str:
    return "application/feed+json" if name.endswith(".json") else "application/xml"


def _teaser_feed(link: str) -> bytes:
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Deals</title>"
        "<link>https://www.ign.com/</link><item><guid>deals-2019-11-18</guid>"
        f"<title>Daily deals</title><link>{link}</link>"
        "<description>More Black Friday deals are live…</description></item></channel></rss>"
    ).encode()


def _rows(database: Path, query: str, *parameters: object) -> list[tuple[Any, ...]]:
    if not database.exists():
        return []
    try:
        with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
            return connection.execute(query, parameters).fetchall()
    except sqlite3.OperationalError:  # not created yet, or busy
        return []


def _articles_per_feed(database: Path) -> dict[str, int]:
    query = "SELECT f.url, count(a.id) FROM feeds f LEFT JOIN articles a ON a.feed_id = f.id"
    return dict(_rows(database, query + " GROUP BY f.id"))


def _session_processes(session: int) -> dict[int, str]:
    """Every live process of a session, with its command line."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:  # ended meanwhile
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            found[int(entry.name)] = command
    return found


def _run(*command: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, timeout=60, check=False
    )


def test_bundle_refreshes_through_worker_processes_extracts_full_text_and_quits_cleanly(
    bundle: Path, xsession: XSession, http_server: LocalServer, tmp_path: Path
) -> None:
    if (os.cpu_count() or 1) < 2:
        _unavailable("one processor: the app parses in its own process, never in a pool")
    expected = {}
    for name in FEEDS:
        url = http_server.serve_file(
            f"/{name}", FIXTURES / "feeds-real" / name, _content_type(name)
        )
        expected[url] = len(
            parse_feed((FIXTURES / "feeds-real" / name).read_bytes(), url, {}).entries
        )
    page = gzip.decompress((FIXTURES / "extraction" / "html" / f"{DEALS}.html.gz").read_bytes())
    http_server.routes["/deals.html"] = Route(page, "text/html; charset=utf-8")
    link = http_server.url("/deals.html")
    http_server.routes["/deals.rss"] = Route(_teaser_feed(link))
    teaser_feed = http_server.url("/deals.rss")
    expected[teaser_feed] = 1
    assert len(expected) > POOL_THRESHOLD
    extracted = extract_article(page, link, encoding="utf-8")
    assert extracted is not None
    assert extracted.extractor == "trafilatura", "the fixture no longer tests trafilatura"

    config = tmp_path / "caravan.toml"
    config.write_text(
        f'[rates]\nurl = "{http_server.serve_file("/rates.json", RATES, "application/json")}"\n'
        "[offline]\nimages = false\nfull_text = false\n"
        + "".join(f'[[feeds]]\nurl = "{url}"\n' for url in expected if url != teaser_feed),
        encoding="utf-8",
    )
    data = tmp_path / "data"
    database = data / "caravan.sqlite3"
    # The frozen command line subscribes to the teaser feed and has its pages fetched.
    options = ("--config", config, "--data-dir", data)
    added = _run(bundle, "add-feed", teaser_feed, *options)
    assert added.returncode == 0, added.stderr
    ((teaser_id,),) = _rows(database, "SELECT id FROM feeds WHERE url = ?", teaser_feed)
    edited = _run(bundle, "edit-feed", str(teaser_id), "--full-text", "always", *options)
    assert edited.returncode == 0, edited.stderr

    errors = tmp_path / "stderr.txt"
    with errors.open("wb") as stderr:
        app = subprocess.Popen(
            [bundle, *options],
            env=xsession.env(),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,  # the app, its fork server and workers: one session
        )
    try:
        try:
            wait_until(lambda: _articles_per_feed(database) == expected, timeout=120)
        except TimeoutError:
            assert _articles_per_feed(database) == expected, errors.read_text(errors="replace")
        wait_until(
            lambda: _rows(database, "SELECT 1 FROM articles WHERE link = ? AND "
                          "(full_html NOT NULL OR full_text_error NOT NULL)", link),
            timeout=60,
        )  # fmt: skip
        assert _rows(database, "SELECT count(*) FROM rates") != [(0,)]
        # multiprocessing ran the bundle's own executable again (the fork server, the
        # resource tracker), and it ran their code, not a second Caravan.
        helpers = [
            command
            for command in _session_processes(app.pid).values()
            if command.startswith(str(bundle)) and "multiprocessing" in command
        ]
        assert helpers, _session_processes(app.pid)
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(app.pid, signal.SIGKILL)
            raise
    printed = errors.read_text(encoding="utf-8", errors="replace")
    assert app.returncode == 0, printed
    assert "Traceback" not in printed
    log = (data / "logs" / "caravan.log").read_text(encoding="utf-8")
    assert "Traceback" not in log
    assert "parser process died" not in log, "the refresh parsed in the app, not in workers"

    ((text, error),) = _rows(
        database, "SELECT text, full_text_error FROM articles WHERE link = ?", link
    )
    assert error is None
    assert text == extracted.text, "the bundle's extraction differs from the venv's trafilatura"
    wait_until(lambda: not _session_processes(app.pid), timeout=15)


def test_the_bundles_rate_providers_print_what_the_venvs_print(
    bundle: Path, http_server: LocalServer, tmp_path: Path
) -> None:
    """Each provider is a module loaded by name: the bundle holds it only if the spec says so."""
    urls = "".join(
        f'"{name}" = "{http_server.serve_file(f"/{name}", FIXTURES / "rates" / file)}"\n'
        for name, file in FIXTURE_OF.items()
    )
    config = tmp_path / "caravan.toml"
    # GBP: the only pair priced by the ECB's file (EUR-based) beside the dollar.
    config.write_text(
        f'[rates]\npairs = ["KGS", "KZT", "TJS", "UZS", "TMT", "GBP"]\n[rates.urls]\n{urls}',
        encoding="utf-8",
    )
    assert set(FIXTURE_OF) == set(PROVIDER_NAMES)
    programs: tuple[tuple[str | Path, ...], ...] = (
        (bundle,),
        (sys.executable, "-m", "desktop_app"),
    )
    for name in PROVIDER_NAMES:
        answers = [
            _run(*program, "rates", "--provider", name, "--config", config,
                 "--data-dir", tmp_path / f"{name}-{index}")
            for index, program in enumerate(programs)
        ]  # fmt: skip
        frozen, venv = ((answer.returncode, answer.stdout, answer.stderr) for answer in answers)
        assert frozen == venv, name
        assert venv[0] == 0, venv
        assert "/USD" in venv[1]


def _files(folder: Path, data: str) -> list[Path]:
    """The files at ``data`` (one file, or a folder's) under ``folder``, relative to it."""
    top = folder / data
    return sorted(path.relative_to(folder) for path in (top, *top.glob("**/*")) if path.is_file())


def test_the_bundle_holds_the_data_files_read_at_run_time(bundle: Path) -> None:
    internal = BUNDLE / "_internal"
    assert _files(internal / "desktop_app", "resources") == _files(ROOT, "resources")
    # The full-text stack's, found by path when it runs: the analysis of imports misses them.
    for package, data in (
        ("trafilatura", "settings.cfg"),
        ("justext", "stoplists"),
        ("tld", "res/effective_tld_names.dat.txt"),
    ):
        installed = Path(importlib.import_module(package).__file__ or "").parent
        assert _files(installed, data), f"{package} no longer has {data}"
        assert _files(internal / package, data) == _files(installed, data), package


def test_the_bundle_leaves_out_gtk(bundle: Path) -> None:
    """Qt's GTK theme plugin links GTK 3, and with it some thirty more system libraries."""
    themes = BUNDLE / "_internal" / "PySide6" / "Qt" / "plugins" / "platformthemes"
    assert sorted(path.name for path in themes.iterdir()) == ["libqxdgdesktopportal.so"]
    libraries = [path for path in BUNDLE.glob("**/*.so*") if path.is_file()]
    assert len(libraries) > 100
    linking_gtk = [path for path in libraries if "libgtk" in _run("ldd", path).stdout]
    assert not linking_gtk
