"""A real Miniflux on 127.0.0.1 for the sync tests, with its PostgreSQL, started and stopped here.

PostgreSQL comes from the system (Debian's ``postgresql`` package: ``.ci/run`` installs it);
Miniflux is built from its Go module by ``build-miniflux.sh`` into ``.cache/miniflux/``.
PostgreSQL refuses to run as root, so as root (CI) its processes run as the ``postgres`` user
through ``runuser``; as anyone else they run as that user. The data folder is a fresh temporary
one, the server listens on 127.0.0.1 only on a free port, and its socket stays in that folder.

The Google Reader API has no REST call to switch it on: :meth:`Miniflux.create_user` writes
the user's ``integrations`` row with psql, the user's own bcrypt hash as the API password (the
hash Miniflux checks ``Passwd`` against).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = Path(__file__).with_name("build-miniflux.sh")
VERSION = "v2.3.5"
BINARY = ROOT / ".cache" / "miniflux" / f"miniflux-{VERSION}"
ADMIN = ("admin", "admin-password-1")


class Unavailable(Exception):
    """What the server needs is missing on this machine (binary, PostgreSQL)."""


def postgres_bin() -> Path:
    """The folder of Debian's PostgreSQL programs (the newest installed)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found:
        raise Unavailable("PostgreSQL is not installed (apt-get install postgresql)")
    return found[-1].parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Account:
    """A Miniflux user with the Google Reader API on: its REST API and its API password."""

    username: str
    password: str
    base_url: str

    def rest(self, method: str, path: str, body: object = None) -> Any:
        """A call of Miniflux's own REST API as this user: how tests look at "the other side"."""
        response = requests.request(
            method,
            f"{self.base_url}/v1{path}",
            auth=(self.username, self.password),
            json=body,
            timeout=30,
        )
        if response.status_code >= 400:
            raise AssertionError(f"{method} {path}: {response.status_code} {response.text}")
        return response.json() if response.content else None

    def feeds(self) -> list[dict[str, Any]]:
        return list(self.rest("GET", "/feeds"))

    def entries(self, **query: str) -> list[dict[str, Any]]:
        """Every entry, 1,000 (the API's most) at a time."""
        found: list[dict[str, Any]] = []
        while True:
            params = "&".join(f"{key}={value}" for key, value in query.items())
            page = self.rest("GET", f"/entries?limit=1000&offset={len(found)}&{params}")
            found.extend(page["entries"])
            if len(found) >= page["total"] or not page["entries"]:
                return found

    def category_id(self, title: str) -> int:
        for category in self.rest("GET", "/categories"):
            if category["title"] == title:
                return int(category["id"])
        return int(self.rest("POST", "/categories", {"title": title})["id"])

    def subscribe(self, url: str, category: str = "All") -> int:
        """Subscribe on the server; Miniflux fetches the feed at once."""
        body = {"feed_url": url, "category_id": self.category_id(category)}
        return int(self.rest("POST", "/feeds", body)["feed_id"])


class Miniflux:
    """PostgreSQL and Miniflux, both on 127.0.0.1; :meth:`stop_server` and :meth:`start_server`
    take Miniflux away and back (the database stays) for the failure tests."""

    def __init__(self, binary: Path = BINARY) -> None:
        if not binary.is_file():
            raise Unavailable(f"Miniflux is not built ({binary}): run {BUILD_SCRIPT}")
        self.binary = binary
        self.pg_bin = postgres_bin()
        self.folder = Path(tempfile.mkdtemp(prefix="caravan-miniflux-"))
        self.pg_port = free_port()
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._process: subprocess.Popen[bytes] | None = None
        self._postgres_started = False
        self._users = 0

    # -- PostgreSQL -----------------------------------------------------------------------------
    def _as_postgres(self, command: list[str]) -> list[str]:
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--", *command]
        return command

    def start_postgres(self) -> None:
        data = self.folder / "pgdata"
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            self.folder.chmod(0o755)
        run = self._as_postgres
        subprocess.run(
            run([str(self.pg_bin / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"]),
            check=True,
            capture_output=True,
        )
        options = f"-p {self.pg_port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            run(
                [
                    str(self.pg_bin / "pg_ctl"),
                    "-D",
                    str(data),
                    "-o",
                    options,
                    "-l",
                    str(self.folder / "postgres.log"),
                    "-w",
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
        )
        self._postgres_started = True
        self.psql("CREATE DATABASE miniflux")

    def psql(self, sql: str, database: str = "postgres") -> str:
        done = subprocess.run(
            [
                str(self.pg_bin / "psql"),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.pg_port),
                "-U",
                "postgres",
                "-d",
                database,
                "-v",
                "ON_ERROR_STOP=1",
                "-tA",
                "-c",
                sql,
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        return done.stdout.strip()

    # -- Miniflux -------------------------------------------------------------------------------
    def start_server(self) -> None:
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "DATABASE_URL": (
                f"postgres://postgres@127.0.0.1:{self.pg_port}/miniflux?sslmode=disable"
            ),
            "LISTEN_ADDR": f"127.0.0.1:{self.port}",
            "BASE_URL": self.base_url,
            "RUN_MIGRATIONS": "1",
            "CREATE_ADMIN": "1",
            "ADMIN_USERNAME": ADMIN[0],
            "ADMIN_PASSWORD": ADMIN[1],
            # The test feeds are served on 127.0.0.1.
            "FETCHER_ALLOW_PRIVATE_NETWORKS": "1",
            # No background crawling: the tests say when a feed is fetched.
            "POLLING_FREQUENCY": "1440",
            "BATCH_SIZE": "1",
            "LOG_LEVEL": "info",
        }
        log = (self.folder / "miniflux.log").open("ab")
        self._process = subprocess.Popen(
            [str(self.binary)], env=environment, stdout=log, stderr=subprocess.STDOUT
        )
        log.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"Miniflux exited: {self.log_tail()}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(f"{self.base_url}/healthcheck", timeout=2).ok:
                    return
            time.sleep(0.1)
        raise RuntimeError(f"Miniflux did not answer within 60 s: {self.log_tail()}")

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def stop_server(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def log_tail(self) -> str:
        with contextlib.suppress(OSError):
            return (self.folder / "miniflux.log").read_text(errors="replace")[-2000:]
        return ""

    def start(self) -> None:
        try:
            self.start_postgres()
            self.start_server()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        self.stop_server()
        if self._postgres_started:
            subprocess.run(
                self._as_postgres(
                    [
                        *(str(self.pg_bin / "pg_ctl"), "-D", str(self.folder / "pgdata")),
                        *("-m", "fast", "-w", "stop"),
                    ]
                ),
                capture_output=True,
            )
            self._postgres_started = False
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- users ----------------------------------------------------------------------------------
    def create_user(self) -> Account:
        """A new user, so that each test starts from an empty account, with the Google Reader
        API switched on (its password: the user's own)."""
        self._users += 1
        username, password = f"reader{self._users}", f"secret-{self._users}-password"
        response = requests.post(
            f"{self.base_url}/v1/users",
            auth=ADMIN,
            json={"username": username, "password": password},
            timeout=30,
        )
        response.raise_for_status()
        user_id = int(response.json()["id"])
        self.psql(
            "UPDATE integrations SET googlereader_enabled = true, "
            f"googlereader_username = '{username}', googlereader_password = "
            f"(SELECT password FROM users WHERE id = {user_id}) WHERE user_id = {user_id}",
            "miniflux",
        )
        return Account(username, password, self.base_url)

    def refresh_feed(self, account: Account, feed_id: int) -> None:
        account.rest("PUT", f"/feeds/{feed_id}/refresh")


@contextlib.contextmanager
def running() -> Iterator[Miniflux]:
    server = Miniflux()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def main() -> None:
    """Start the server and print its address until interrupted (for trying things by hand)."""
    with running() as server:
        account = server.create_user()
        print(
            json.dumps(
                {"url": server.base_url, "user": account.username, "password": account.password}
            )
        )
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(1)


if __name__ == "__main__":
    main()
