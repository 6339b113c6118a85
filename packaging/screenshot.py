"""Regenerate the README screenshot: the real app under Xvfb, fed from a local server.

    python packaging/screenshot.py docs/screenshot.png

Feeds and rates are the real fixtures in tests/fixtures, served from 127.0.0.1; the app runs
with a temporary configuration and data directory, and the first article is opened with the
keyboard (``j``) before the window is captured.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import LocalServer  # noqa: E402
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
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    fixtures = ROOT / "tests" / "fixtures"
    server = LocalServer()
    server.start()
    feeds_toml = ""
    for path, (name, sidebar_folder) in FEEDS.items():
        url = server.serve_file(path, fixtures / "feeds-real" / name)
        feeds_toml += f'[[feeds]]\nurl = "{url}"\nfolder = "{sidebar_folder}"\n'
    rates = server.serve_file(
        "/rates.json", fixtures / "rates" / "open-er-api_latest_USD_2024-08-19.json"
    )
    session = XSession(1280, 800)
    try:
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary)
            config = folder / "caravan.toml"
            offline = "[offline]\nimages = false\nfull_text = false\n"
            config.write_text(f'{offline}[rates]\nurl = "{rates}"\n{feeds_toml}', encoding="utf-8")
            app = subprocess.Popen(
                [sys.executable, "-m", "desktop_app", "--config", str(config),
                 "--data-dir", str(folder / "data")],
                env=session.env(),
            )  # fmt: skip
            try:
                wait_until(lambda: any("unread" in n for n in session.window_names("Caravan")), 60)
                window = session.window_id("Caravan")
                if window is None:
                    raise RuntimeError("the Caravan window did not appear")
                session.key(window, "j")
                time.sleep(2.0)  # let the ticker scroll and the reader render
                args.output.parent.mkdir(parents=True, exist_ok=True)
                subprocess.run(
                    ["import", "-display", session.display, "-window", window, str(args.output)],
                    check=True,
                    timeout=30,
                )
            finally:
                app.terminate()
                app.wait(20)
    finally:
        session.stop()
        server.stop()
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
