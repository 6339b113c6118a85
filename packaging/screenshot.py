"""Regenerate the README screenshots: the real app under Xvfb, fed from a local server.

    python packaging/screenshot.py docs/

``screenshot.png``: the real feeds and rates of tests/fixtures, served from 127.0.0.1, each
feed's site link pointing at a local home page that declares an icon drawn here (so the
sidebar and the list show feed icons, and nothing is asked of the real sites).
``screenshot-full-text.png``: a teaser feed whose article page (the AP story of the
extraction fixtures, with a picture) is fetched, extracted and shown with its cached image.
``screenshot-dark.png``: both together with ``appearance.theme = "dark"``.
``screenshot-first-start.png`` and ``screenshot-add-feed.png``: a first start with no feed,
then the add-feed dialog offering the two feeds a web page links to.
``screenshot-enclosures.png``: two real podcast feeds (Baywatch Berlin and Narro), their
episodes served from here, the newest episode open with its enclosure under the reader.
``screenshot-ru.png`` (light) and ``screenshot-kk-dark.png`` (dark): the first screenshot's
feeds and rates with the interface in Russian and in Kazakh (``appearance.language``), the
sidebar's folders named in that language; the articles are the feeds' own, in English.
Each run uses a temporary configuration and data directory; the first article is opened
with the keyboard (``j``) before the window is captured.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import LocalServer, Route  # noqa: E402
from tests.e2e.xsession import XSession, wait_until  # noqa: E402

FEEDS = {
    "/macworld.rss": ("macworld.rss", "Tech"),
    "/scripting.rss": ("scriptingNews.rss", "Blogs"),
    "/daringfireball.atom": ("DaringFireball.atom", "Blogs"),
    "/livemint.xml": ("livemint.xml", "News"),
    "/natasha.xml": ("natasha.xml", ""),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    fixtures = ROOT / "tests" / "fixtures"
    server = LocalServer()
    server.start()
    feeds_toml = ""
    urls = {}
    for number, (path, (name, sidebar_folder)) in enumerate(FEEDS.items()):
        url = serve_with_local_site(server, path, fixtures / "feeds-real" / name, number)
        urls[path] = url
        feeds_toml += f'[[feeds]]\nurl = "{url}"\nfolder = "{sidebar_folder}"\n'
    rates_toml = f'[rates]\nurl = "{serve_todays_rates(server, fixtures)}"\n'
    teaser_toml = f'[[feeds]]\nurl = "{serve_teaser_feed(server, fixtures)}"\nfolder = "News"\n'
    session = XSession(1280, 800)
    args.folder.mkdir(parents=True, exist_ok=True)
    try:
        no_offline_work = "[offline]\nimages = false\nfull_text = false\n"
        capture(session, no_offline_work + rates_toml + feeds_toml, args.folder / "screenshot.png")
        capture(
            session,
            rates_toml + teaser_toml,
            args.folder / "screenshot-full-text.png",
            ready=lambda data: _full_text_stored(data),
        )
        capture(
            session,
            '[appearance]\ntheme = "dark"\n' + rates_toml + teaser_toml + feeds_toml,
            args.folder / "screenshot-dark.png",
            ready=lambda data: _full_text_stored(data),
        )
        capture_first_start(
            session,
            rates_toml,
            serve_blog_page(server),
            args.folder / "screenshot-first-start.png",
            args.folder / "screenshot-add-feed.png",
        )
        capture(
            session,
            "[offline]\nimages = false\nfull_text = false\n"
            + rates_toml
            + serve_podcasts(server, fixtures),
            args.folder / "screenshot-enclosures.png",
        )
        for language, theme, title_word, output in (
            ("ru", "light", "непрочитан", "screenshot-ru.png"),
            ("kk", "dark", "оқылмаған", "screenshot-kk-dark.png"),
        ):
            settings = f'[appearance]\nlanguage = "{language}"\ntheme = "{theme}"\n'
            capture(
                session,
                settings + no_offline_work + rates_toml + _feeds_in(urls, FOLDERS[language]),
                args.folder / output,
                title_word=title_word,
            )
    finally:
        session.stop()
        server.stop()
    return 0


# The sidebar's folders as a Russian or Kazakh reader would name them.
FOLDERS = {
    "ru": {"Tech": "Техника", "Blogs": "Блоги", "News": "Новости"},
    "kk": {"Tech": "Техника", "Blogs": "Блогтар", "News": "Жаңалықтар"},
}


def _feeds_in(urls: dict[str, str], folders: dict[str, str]) -> str:
    """The [[feeds]] of the first screenshot with their folders renamed."""
    return "".join(
        f'[[feeds]]\nurl = "{urls[path]}"\nfolder = "{folders.get(folder, folder)}"\n'
        for path, (_name, folder) in FEEDS.items()
    )


def capture(
    session: XSession,
    config_toml: str,
    output: Path,
    ready: Callable[[Path], bool] = lambda _data: True,
    title_word: str = "unread",
) -> None:
    """Start the app on ``config_toml``, wait for articles (and ``ready``), open the first
    article and capture the window."""
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        config = folder / "caravan.toml"
        config.write_text(config_toml, encoding="utf-8")
        data = folder / "data"
        app = subprocess.Popen(
            [sys.executable, "-m", "desktop_app", "--config", str(config), "--data-dir", str(data)],
            env=session.env(),
        )
        try:
            wait_until(lambda: any(title_word in n for n in session.window_names("Caravan")), 60)
            wait_until(lambda: ready(data), 60)
            window = session.window_id("Caravan")
            if window is None:
                raise RuntimeError("the Caravan window did not appear")
            time.sleep(1.0)  # the list has its rows and the keyboard focus
            session.key(window, "j")
            time.sleep(2.0)  # let the ticker scroll and the reader render
            subprocess.run(
                ["import", "-display", session.display, "-window", window, str(output)],
                check=True,
                timeout=30,
            )
        finally:
            app.terminate()
            app.wait(20)
    print(f"wrote {output}")


def capture_first_start(
    session: XSession, config_toml: str, page: str, empty: Path, dialog: Path
) -> None:
    """Start on an empty library, capture it, then type a web page's address into the
    add-feed dialog (Ctrl+N), let it check, and capture the feeds it offers."""
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        config = folder / "caravan.toml"
        config.write_text(config_toml, encoding="utf-8")
        command = [sys.executable, "-m", "desktop_app", "--config", str(config)]
        app = subprocess.Popen([*command, "--data-dir", str(folder / "data")], env=session.env())
        try:
            wait_until(lambda: session.window_id("^Caravan$") is not None, 60)
            window = session.window_id("^Caravan$")
            if window is None:
                raise RuntimeError("the Caravan window did not appear")
            time.sleep(2.0)  # the first refresh (the rates) is over
            _grab(session, window, empty)
            session.key(window, "ctrl+n")
            wait_until(lambda: session.window_id("^Add feed$") is not None, 30)
            found = session.window_id("^Add feed$")
            if found is None:
                raise RuntimeError("the add-feed dialog did not appear")
            session.run("xdotool", "type", "--window", found, page)
            session.key(found, "Return")
            time.sleep(2.0)  # the check against the local server
            _grab(session, found, dialog)
        finally:
            app.terminate()
            app.wait(20)


def _grab(session: XSession, window: str, output: Path) -> None:
    subprocess.run(
        ["import", "-display", session.display, "-window", window, str(output)],
        check=True,
        timeout=30,
    )
    print(f"wrote {output}")


def serve_blog_page(server: LocalServer) -> str:
    """A web page that announces two feeds (both served), as a blog's home page does."""
    server.routes["/blog/"] = Route(
        b"<!doctype html><html><head><title>A blog</title>"
        b'<link rel="alternate" type="application/rss+xml" title="Posts" href="/macworld.rss">'
        b'<link rel="alternate" type="application/atom+xml" title="Links" '
        b'href="/daringfireball.atom"></head><body><p>Hello</p></body></html>',
        "text/html; charset=utf-8",
    )
    return server.url("/blog/")


ICON_COLOURS = ("#d9480f", "#1c7ed6", "#2b8a3e", "#862e9c", "#e67700", "#0b7285")


def serve_with_local_site(server: LocalServer, path: str, feed: Path, number: int) -> str:
    """Serve ``feed`` with its site link moved to a local home page that declares an icon."""
    from desktop_app.feeds.parse import parse_feed

    body = feed.read_bytes()
    site = parse_feed(body, server.url(path)).site_url
    home = f"/sites/{number}/"
    local = server.url(home)
    moved = body.replace(f">{site}<".encode(), f">{local}<".encode(), 1)
    if moved == body:
        moved = body.replace(f'href="{site}"'.encode(), f'href="{local}"'.encode(), 1)
    if parse_feed(moved, server.url(path)).site_url != local:
        raise RuntimeError(f"{feed.name}: its site link {site} could not be moved")
    server.routes[path] = Route(moved, "application/xml")
    server.routes[home] = Route(
        f'<html><head><link rel="icon" href="{home}icon.ico"></head><body></body></html>'.encode(),
        "text/html",
    )
    server.routes[f"{home}icon.ico"] = Route(_icon(ICON_COLOURS[number]), "image/x-icon")
    return server.url(path)


def _icon(colour: str) -> bytes:
    """A favicon drawn here (16, 32 and 48 px): a rounded square with a white disc."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (48, 48), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle([(0, 0), (47, 47)], radius=9, fill=colour)
    draw.ellipse([(14, 14), (33, 33)], fill="white")
    buffer = io.BytesIO()
    image.save(buffer, "ICO", sizes=[(16, 16), (32, 32), (48, 48)])
    return buffer.getvalue()


def serve_todays_rates(server: LocalServer, fixtures: Path) -> str:
    """The real open.er-api payload, dated now: a 2024 rate would be drawn as out of date."""
    payload = json.loads(
        (fixtures / "rates" / "open-er-api_latest_USD_2024-08-19.json").read_bytes()
    )
    payload["time_last_update_unix"] = int(time.time())
    server.routes["/rates.json"] = Route(json.dumps(payload).encode(), "application/json")
    return server.url("/rates.json")


def serve_teaser_feed(server: LocalServer, fixtures: Path) -> str:
    """A feed of one teaser whose page holds the AP story and a picture, all local."""
    truth = json.loads((fixtures / "extraction" / "ground-truth.json").read_text("utf-8"))
    story = next(v for v in truth.values() if "chron.com" in v["url"])["articleBody"]
    paragraphs = [html.escape(p) for p in story.split("\n") if p.strip()]
    page = (
        "<html><head><title>Esper in Hanoi</title></head><body><nav>Home · World · Asia</nav>"
        "<article><h1>Esper says US providing Vietnam with coast guard ship</h1>"
        f"<p>{paragraphs[0]}</p>"
        f'<figure><img src="{server.url("/harbour.png")}" alt="A harbour at dusk">'
        "<figcaption>A harbour at dusk.</figcaption></figure>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[1:])
        + "</article><footer>© The Associated Press</footer></body></html>"
    )
    server.routes["/story.html"] = Route(page.encode(), "text/html; charset=utf-8")
    server.routes["/harbour.png"] = Route(_harbour(), "image/png")
    feed = (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        "<title>World news (teasers)</title><link>https://news.example/</link>"
        "<item><guid>esper-hanoi</guid><title>Esper says US providing Vietnam with coast guard"
        f" ship</title><link>{server.url('/story.html')}</link>"
        "<pubDate>Wed, 20 Nov 2019 09:00:00 GMT</pubDate>"
        "<description>U.S. Defense Secretary Mark Esper accused China of coercion… "
        "Read more</description></item></channel></rss>"
    )
    server.routes["/teasers.xml"] = Route(feed.encode())
    return server.url("/teasers.xml")


PODCASTS = ("baywatch-berlin.rss", "narro.rss")


def serve_podcasts(server: LocalServer, fixtures: Path) -> str:
    """The real podcast feeds of tests/fixtures/podcasts, each episode's address moved here
    (a file of the size its feed declares), as ``[[feeds]]`` entries."""
    from desktop_app.feeds.parse import parse_feed

    entries = ""
    for number, name in enumerate(PODCASTS):
        body = (fixtures / "podcasts" / name).read_bytes()
        for entry in parse_feed(body, server.url(f"/{name}")).entries:
            for enclosure in entry.enclosures:
                local = f"/episodes/{number}/{enclosure.url.rpartition('/')[2].split('?')[0]}"
                quoted = html.escape(enclosure.url, quote=True).encode()
                body = body.replace(quoted, server.url(local).encode())
                server.routes[local] = Route(bytes(enclosure.length or 1_000_000), "audio/mpeg")
        server.routes[f"/{name}"] = Route(body, "application/rss+xml")
        entries += f'[[feeds]]\nurl = "{server.url(f"/{name}")}"\nfolder = "Podcasts"\n'
    return entries


def _harbour() -> bytes:
    """A small landscape drawn here: sky, sea and hills (no image file to license)."""
    from PIL import Image, ImageDraw

    width, height = 640, 260
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)], fill=(int(250 - 120 * t), int(170 - 60 * t), int(120 + 80 * t))
        )
    draw.polygon(
        [(0, 170), (120, 110), (260, 160), (400, 100), (640, 165), (640, 260), (0, 260)],
        fill=(52, 70, 96),
    )
    draw.rectangle([(0, 200), (width, height)], fill=(30, 60, 100))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _full_text_stored(data: Path) -> bool:
    database = data / "caravan.sqlite3"
    if not database.exists():
        return False
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        row = connection.execute(
            "SELECT count(*) FROM articles WHERE full_html IS NOT NULL AND offline_done = 1"
        ).fetchone()
        return bool(row[0])
    except sqlite3.OperationalError:
        return False
    finally:
        connection.close()


if __name__ == "__main__":
    sys.exit(main())
