"""Is the network there? A cheap probe before each scheduled refresh, so that a laptop on a
train neither piles errors and back-off on every feed nor waits for time-outs: when no feed
host answers, the refresh is skipped and the probe repeats until one does.

The probe opens a TCP connection (no request is sent) to the hosts of a few feeds, in
parallel, and is satisfied by the first that accepts.
"""

from __future__ import annotations

import socket
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from urllib.parse import urlsplit

PROBE_TIMEOUT = 3.0
PROBE_HOSTS = 3


def probe_targets(urls: Iterable[str], limit: int = PROBE_HOSTS) -> list[tuple[str, int]]:
    """Distinct (host, port) pairs of the first ``limit`` web addresses."""
    targets: list[tuple[str, int]] = []
    for url in urls:
        try:
            parts = urlsplit(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            continue
        if parts.scheme in ("http", "https") and parts.hostname:
            target = (parts.hostname, port)
            if target not in targets:
                targets.append(target)
                if len(targets) == limit:
                    break
    return targets


def reachable(targets: list[tuple[str, int]], timeout: float = PROBE_TIMEOUT) -> bool:
    """True as soon as one target accepts a connection; False if none does within
    ``timeout`` (or there is nothing to probe: then nothing needs the network either)."""
    if not targets:
        return True
    pool = ThreadPoolExecutor(len(targets), thread_name_prefix="probe")
    try:
        pending = {pool.submit(_connects, target, timeout) for target in targets}
        while pending:
            done, pending = wait(pending, timeout=timeout + 1, return_when=FIRST_COMPLETED)
            if not done:
                return False
            if any(future.result() for future in done):
                return True
        return False
    finally:
        pool.shutdown(wait=False)  # the slower probes end on their own time-out


def _connects(target: tuple[str, int], timeout: float) -> bool:
    try:
        with socket.create_connection(target, timeout=timeout):
            return True
    except OSError:
        return False
