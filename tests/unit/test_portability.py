"""Caravan is portable by construction: what exists on one operating system only, or behaves
differently on another, is called from desktop_app/oslayer/ and nowhere else.

Every module under desktop_app/ is parsed (never imported: a Windows-only import must be found
on Linux too) and walked for such calls, imports, names and paths. The rules themselves are
tested on small sources, each of which must be caught.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGE = ROOT / "desktop_app"
OSLAYER = PACKAGE / "oslayer"

# Modules that exist on one family of systems only, or whose whole purpose is the system's
# own machinery (signals differ in kind between POSIX and Windows; ctypes calls the system's
# libraries; platform and sys.platform are how a branch is chosen).
ONE_SYSTEM_MODULES = {
    "_winapi",
    "crypt",
    "ctypes",
    "curses",
    "fcntl",
    "grp",
    "msvcrt",
    "nt",
    "platform",
    "posix",
    "pwd",
    "readline",
    "resource",
    "signal",
    "syslog",
    "termios",
    "tty",
    "winreg",
    "winsound",
}

# Attributes of portable modules that are not portable. os.getppid exists everywhere but a
# Windows process is never re-parented; os.kill(pid, 0) sends CTRL_C_EVENT on Windows;
# os.access looks at the read-only attribute alone there.
ONE_SYSTEM_ATTRIBUTES = {
    "os": {
        "access",
        "chown",
        "fchown",
        "fork",
        "forkpty",
        "get_blocking",
        "getegid",
        "geteuid",
        "getgid",
        "getgroups",
        "getloadavg",
        "getpgid",
        "getpgrp",
        "getppid",
        "getpriority",
        "getsid",
        "getuid",
        "kill",
        "killpg",
        "lchown",
        "mkfifo",
        "mknod",
        "name",
        "nice",
        "O_BINARY",
        "O_NOINHERIT",
        "pipe2",
        "posix_spawn",
        "posix_spawnp",
        "register_at_fork",
        "sched_getaffinity",
        "sched_setaffinity",
        "set_blocking",
        "setegid",
        "seteuid",
        "setgid",
        "setpgid",
        "setpgrp",
        "setpriority",
        "setsid",
        "setuid",
        "startfile",
        "statvfs",
        "sysconf",
        "uname",
        "wait3",
        "wait4",
        "add_dll_directory",
    },
    "sys": {"platform", "getwindowsversion", "winver", "dllhandle"},
    "socket": {"AF_UNIX"},
    "select": {"poll", "epoll", "kqueue", "devpoll"},
    "time": {"tzset", "clock_gettime", "clock_gettime_ns", "pthread_getcpuclockid"},
    "shutil": {"chown"},
    # The default start method differs by system (fork, forkserver or spawn).
    "multiprocessing": {"Pool", "Process", "set_start_method", "get_start_method"},
}

# Methods whose name alone says they choose how processes start.
START_METHOD_CALLS = {"set_start_method", "set_forkserver_preload"}

# Paths that exist on one family of systems only (named here to be refused).
ONE_SYSTEM_PATHS = ("/proc/", "/sys/", "/dev/", "/etc/", "/run/", "/tmp/", "/var/", "/usr/")  # noqa: S108


def findings(source: str) -> list[str]:
    """Every one-system construct in ``source``, as ``line: what``."""
    tree = ast.parse(source)
    modules = _module_aliases(tree)
    docstrings = _docstrings(tree)
    found: list[str] = []

    def report(node: ast.AST, what: str) -> None:
        found.append(f"{getattr(node, 'lineno', 0)}: {what}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _one_system_module(alias.name):
                    report(node, f"import {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if _one_system_module(node.module):
                report(node, f"from {node.module} import ...")
            for alias in node.names:
                if alias.name in ONE_SYSTEM_ATTRIBUTES.get(node.module, ()):
                    report(node, f"from {node.module} import {alias.name}")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            module = modules.get(node.value.id)
            if module and node.attr in ONE_SYSTEM_ATTRIBUTES.get(module, ()):
                report(node, f"{module}.{node.attr}")
        elif isinstance(node, ast.Call):
            _check_call(node, report)
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and node.value.startswith(ONE_SYSTEM_PATHS)
        ):
            report(node, f"path {node.value!r}")
    return found


def _check_call(node: ast.Call, report) -> None:
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    if name in START_METHOD_CALLS:
        report(node, f"{name}()")
    elif name == "get_context":
        argument = node.args[0] if node.args else None
        if not (isinstance(argument, ast.Constant) and argument.value == "spawn"):
            report(node, f"get_context({ast.unparse(argument) if argument else ''})")
    elif name == "ProcessPoolExecutor" and not any(k.arg == "mp_context" for k in node.keywords):
        report(node, "ProcessPoolExecutor() with the system's default start method")


def _one_system_module(name: str) -> bool:
    return name.split(".")[0] in ONE_SYSTEM_MODULES


def _module_aliases(tree: ast.Module) -> dict[str, str]:
    """Local name -> module, for the modules whose attributes are checked."""
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in ONE_SYSTEM_ATTRIBUTES:
                    aliases[alias.asname or alias.name] = alias.name
    return aliases


def _docstrings(tree: ast.Module) -> set[int]:
    owners = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    return {
        id(owner.body[0].value)
        for owner in ast.walk(tree)
        if isinstance(owner, owners)
        and owner.body
        and isinstance(owner.body[0], ast.Expr)
        and isinstance(owner.body[0].value, ast.Constant)
    }


def _outside_oslayer() -> list[Path]:
    return [path for path in sorted(PACKAGE.rglob("*.py")) if not path.is_relative_to(OSLAYER)]


@pytest.mark.parametrize(
    "source",
    [
        "import os\nos.nice(10)",
        "import os\nos.kill(pid, 0)",
        "import os as system\nsystem.getuid()",
        "from os import getppid",
        "import os\nos.access(folder, os.W_OK)",
        "import fcntl",
        "from fcntl import flock",
        "import msvcrt",
        "import winreg",
        "import resource",
        "import termios",
        "import ctypes.wintypes",
        "import signal",
        "from signal import SIGKILL",
        "import sys\nif sys.platform == 'win32': pass",
        "import os\nif os.name == 'nt': pass",
        "import platform\nplatform.system()",
        "status = open('/proc/self/status')",
        "import multiprocessing\nmultiprocessing.get_context('forkserver')",
        "import multiprocessing\nmultiprocessing.get_context('fork')",
        "import multiprocessing\nmultiprocessing.get_context(method)",
        "context.set_forkserver_preload(['x'])",
        "import multiprocessing\nmultiprocessing.set_start_method('fork')",
        "from concurrent.futures import ProcessPoolExecutor\nProcessPoolExecutor(4)",
        "import socket\nsocket.socket(socket.AF_UNIX)",
    ],
)
def test_a_one_system_construct_is_found(source: str) -> None:
    assert findings(source), f"not caught: {source!r}"


def test_portable_code_is_left_alone() -> None:
    source = '''
"""Reads /proc/self/status on Linux (a docstring may name a path)."""
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

def run(context):
    """os.nice is named here, not called."""
    os.getpid()
    os.replace("a", "b")
    multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(2, mp_context=context)
'''
    assert findings(source) == []


def test_nothing_outside_oslayer_calls_what_one_system_has() -> None:
    """On Windows a forkserver context, os.nice or fcntl fails at once, and os.kill(pid, 0)
    interrupts the process it was meant to look at: such calls go through oslayer, whose
    modules hold a branch for each system."""
    problems = [
        f"{path.relative_to(ROOT)}:{finding}"
        for path in _outside_oslayer()
        for finding in findings(path.read_text(encoding="utf-8"))
    ]
    assert problems == [], "one-system code outside desktop_app/oslayer/:\n" + "\n".join(problems)


def test_the_walk_covers_the_package() -> None:
    """A walk that found no modules would pass on anything."""
    walked = {path.relative_to(PACKAGE).as_posix() for path in _outside_oslayer()}
    assert {"app.py", "services/parsing.py", "store/recovery.py"} <= walked
    assert not any(name.startswith("oslayer/") for name in walked)


def test_every_test_module_imports_on_every_system() -> None:
    """A Linux-only test says so with a skip marker; a module-level ``import resource``
    would instead stop the whole file, and the run, on Windows."""
    problems = []
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            problems += [
                f"{path.relative_to(ROOT)}:{node.lineno}: import {name}"
                for name in names
                if name.split(".")[0] in ONE_SYSTEM_MODULES - {"signal", "ctypes", "platform"}
            ]
    assert problems == []
