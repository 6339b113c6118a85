"""XML attacks in a feed: each is contained in time and memory, opens no file and makes no
connection (an audit hook watches), and ends as a feed or a clean per-feed error."""

from __future__ import annotations

import sys
import time
from typing import Any

import pytest

from desktop_app.errors import CaravanError
from desktop_app.feeds.parse import parse_feed

_watching: list[list[str]] = []


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not _watching:
        return
    if event == "open" and args and isinstance(args[0], str | bytes):
        _watching[-1].append(f"open {args[0]!r}")
    elif event in ("socket.connect", "socket.getaddrinfo", "urllib.Request"):
        _watching[-1].append(f"{event} {args[:2]!r}")


sys.addaudithook(_hook)  # hooks cannot be removed: this one only records while a test watches
# Load both parse paths now, so that importing modules is not mistaken for opening files.
parse_feed(b'<rss version="2.0"><channel><title>warm</title></channel></rss>', "u")
parse_feed(b"<?xml version='1.0' encoding='iso-8859-1'?><rss version='2.0'><channel/></rss>", "u")

LOL = '<!ENTITY lol0 "lol">' + "".join(
    f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)
)
ATTACKS = {
    "billion laughs": (
        f'<?xml version="1.0"?><!DOCTYPE rss [{LOL}]><rss version="2.0"><channel>'
        "<title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>"
    ),
    "quadratic blow-up": (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "' + "x" * 50_000 + '">]>'
        '<rss version="2.0"><channel><title>' + "&a;" * 50_000 + "</title></channel></rss>"
    ),
    "external entity, file": (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        '<rss version="2.0"><channel><title>&e;</title><item><title>&e;</title></item>'
        "</channel></rss>"
    ),
    "external entity, http": (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e SYSTEM "http://127.0.0.1:9/x">]>'
        '<rss version="2.0"><channel><title>&e;</title></channel></rss>'
    ),
    "external DTD": (
        '<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://127.0.0.1:9/evil.dtd">'
        '<rss version="2.0"><channel><title>t</title></channel></rss>'
    ),
    "parameter entity": (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>'
        '<rss version="2.0"><channel><title>t</title></channel></rss>'
    ),
}


@pytest.mark.skipif(
    sys.platform == "win32", reason="peak memory comes from the POSIX resource module"
)
@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_xml_attack_is_contained(name: str) -> None:
    import resource

    body = ATTACKS[name].encode()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _watching.append([])
    started = time.perf_counter()
    try:
        try:
            parsed = parse_feed(body, "https://example.org/feed.xml")
        except CaravanError:
            parsed = None
    finally:
        elapsed = time.perf_counter() - started
        seen = _watching.pop()
    kilobytes = 1024 if sys.platform == "darwin" else 1  # ru_maxrss: bytes on macOS, KiB on Linux
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / kilobytes / 1024
    assert seen == [], f"{name}: {seen}"
    # Not a speed test (machines here are noisy): a bound that only an expansion would break.
    # Measured on the development machine: every attack under 0.25 s.
    assert elapsed < 5.0, f"{name} took {elapsed:.2f} s"
    assert grown_mb < 100, f"{name} grew the process by {grown_mb:.0f} MB"
    if parsed is not None:
        stored_text = parsed.title + "".join(entry.title for entry in parsed.entries)
        assert "root:" not in stored_text, "no file content leaks into the feed"
        assert len(stored_text) <= len(body), "no entity was expanded into storage"


def test_a_feed_whose_body_is_a_file_name_is_not_read_from_disk() -> None:
    """feedparser tries bytes as a file name first; we hand it a stream, so it never does."""
    _watching.append([])
    try:
        with pytest.raises(CaravanError):
            parse_feed(b"/etc/passwd", "https://example.org/feed.xml")
    finally:
        seen = _watching.pop()
    assert seen == []
