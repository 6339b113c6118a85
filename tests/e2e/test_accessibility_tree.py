"""Caravan as a screen reader sees it: the real application under Xvfb, with a real AT-SPI
bus (dbus-run-session, at-spi2-core), read with pyatspi by the system's python3 (issue 16,
point 5). Needs Debian's at-spi2-core, python3-pyatspi and dbus-x11."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import LocalServer
from tests.e2e.xsession import XVFB_PACKAGES, XSession, x_tools_available

SYSTEM_PYTHON = Path("/usr/bin/python3")
PROBE = Path(__file__).with_name("atspi_probe.py")
LISTEN_SECONDS = 5


def _pyatspi_available() -> bool:
    if not (SYSTEM_PYTHON.exists() and shutil.which("dbus-run-session")):
        return False
    found = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True, check=False
    )
    return found.returncode == 0


pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not x_tools_available(), reason=f"needs {XVFB_PACKAGES}"),
    pytest.mark.skipif(
        not _pyatspi_available(), reason="needs at-spi2-core, python3-pyatspi and dbus-x11"
    ),
]


def _nodes(tree: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield tree
    for child in tree["children"]:
        yield from _nodes(child)


def _one(tree: dict[str, Any], role: str, name: str) -> dict[str, Any]:
    found = [node for node in _nodes(tree) if node["role"] == role and node["name"] == name]
    assert found, f"no {role} named {name!r}"
    return found[0]


def test_a_screen_reader_reads_the_regions_the_ticker_and_the_reader(
    xsession: XSession, http_server: LocalServer, fixtures_dir: Path, tmp_path: Path
) -> None:
    http_server.serve_file("/macworld.rss", fixtures_dir / "feeds-real" / "macworld.rss")
    http_server.serve_file(
        "/rates.json",
        fixtures_dir / "rates" / "open-er-api_latest_USD_2024-08-19.json",
        "application/json",
    )
    config = tmp_path / "caravan.toml"
    config.write_text(
        f"""
[rates]
provider = "open-er-api"
url = "{http_server.url("/rates.json")}"
base = "USD"
pairs = ["KGS", "KZT", "TJS", "UZS", "TMT"]
[offline]
images = false
full_text = false
[[feeds]]
url = "{http_server.url("/macworld.rss")}"
""",
        encoding="utf-8",
    )
    caravan = [sys.executable, "-m", "desktop_app", "--config", str(config),
               "--data-dir", str(tmp_path / "data")]  # fmt: skip
    probe = subprocess.run(
        ["dbus-run-session", "--", str(SYSTEM_PYTHON), str(PROBE), str(LISTEN_SECONDS),
         json.dumps(caravan)],
        env=xsession.env(),
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )  # fmt: skip
    assert probe.returncode == 0, probe.stderr[-3000:]
    report = json.loads(probe.stdout.strip().splitlines()[-1])
    tree = report["tree"]

    frame = tree["children"][0]
    assert frame["role"] == "frame" and frame["name"].startswith("Caravan")
    # The regions, by role and name.
    _one(tree, "tree", "Feeds")
    _one(tree, "list", "Articles")
    search = _one(tree, "text", "Search articles")
    assert [child["name"] for child in search["children"]] == ["Clear the search"]
    _one(tree, "progress bar", "Refresh progress")
    _one(tree, "split pane", "Feeds and articles")
    _one(tree, "split pane", "Articles and reader")
    combo = next(node for node in _nodes(tree) if node["role"] == "combo box")
    assert combo["name"] == "Any time", "its value"
    assert combo["labelled_by"] == ["Published:"], "and what it filters"
    handles = {node["name"] for node in _nodes(tree) if node["name"].startswith("Resize")}
    assert handles == {"Resize the feed list", "Resize the article list and the reader"}

    # The ticker: one list item per rate, each read by its words.
    ticker = _one(tree, "list", "Currency rates")
    items = [child["name"] for child in ticker["children"]]
    assert [item.split(" 0")[0] for item in items] == [
        "Kyrgyz som to US dollar",
        "Kazakhstani tenge to US dollar",
        "Tajikistani somoni to US dollar",
        "Uzbekistani som to US dollar",
        "Turkmenistani manat to US dollar",
    ]
    assert items[0].startswith("Kyrgyz som to US dollar 0.01166")
    assert {child["role"] for child in ticker["children"]} == {"list item"}
    # Scrolling says nothing: the strip moved, and no event came from it or its items.
    before, after = report["first_item"]
    assert before[0] != after[0], "the strip scrolled meanwhile"
    assert report["events"] == []

    # An article opened from the list: its heading and links, its text sent once.
    reader = report["reader"]
    assert reader["name"] == "Article" and "text" in reader
    contents = _one(reader, "document frame", "Article contents")
    roles = [child["role"] for child in contents["children"]]
    assert roles[0] == "heading" and reader["text"].startswith(contents["children"][0]["name"])
    links = [child for child in contents["children"] if child["role"] == "link"]
    assert "Open the original" in [link["name"] for link in links]
    assert all(link["description"] for link in links), "each link says where it goes"
    kinds = [event["type"] for event in report["reader_events"]]
    assert kinds == ["object:text-changed:delete", "object:text-changed:insert"]
