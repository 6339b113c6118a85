"""Processes: how the parser pool starts its workers, a worker's lower priority, whether a
process still runs, and a worker that ends with its parent."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

START_METHOD_VARIABLE = "CARAVAN_MP_START"
# Never "fork": it would copy the app's threads, and its open database, into every worker.
START_METHODS = ("forkserver", "spawn")
PARENT_CHECK_SECONDS = 0.5


def start_method() -> str:
    """``forkserver`` on Linux, ``spawn`` on Windows and macOS, or what ``CARAVAN_MP_START``
    asks for.

    A fork server is a small process with neither the app's threads nor its database, which
    imports the parser once and forks every worker from itself. Windows has no fork. macOS
    has, but its system frameworks may start threads in any process, which makes a fork unsafe
    there (CPython's own default on macOS is spawn since 3.8). ``CARAVAN_MP_START=spawn`` runs
    Linux the way the other two do, for the test suite; a value this system cannot use is
    refused, never ignored.
    """
    import multiprocessing  # for the pool only: start-up, which asks is_running, does not pay

    system = multiprocessing.get_all_start_methods()
    available = [method for method in START_METHODS if method in system]
    forced = os.environ.get(START_METHOD_VARIABLE, "")
    if forced:
        if forced not in available:
            raise ValueError(
                f"{START_METHOD_VARIABLE}={forced}: parser workers start here with "
                + " or ".join(available)
            )
        return forced
    if sys.platform in ("win32", "darwin"):
        return "spawn"
    else:
        return "forkserver" if "forkserver" in available else "spawn"


def worker_context(preload: Sequence[str]) -> BaseContext:
    """The multiprocessing context for the parser pool, by :func:`start_method`. A fork server
    imports the ``preload`` modules once, before it forks a worker; a spawned worker imports
    what it needs itself."""
    import multiprocessing

    method = start_method()  # first: a wrong CARAVAN_MP_START is refused on every system
    if sys.platform != "win32" and method == "forkserver":
        forkserver = multiprocessing.get_context("forkserver")
        forkserver.set_forkserver_preload(list(preload))
        return forkserver
    return multiprocessing.get_context("spawn")


def lower_priority(niceness: int) -> None:
    """Let this process yield the processor to the user's others: ``niceness`` steps down on
    Linux and macOS (as nice(1)); on Windows, which has priority classes rather than steps,
    the below-normal class."""
    if sys.platform == "win32":
        kernel32 = _kernel32()
        if not kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), _BELOW_NORMAL_PRIORITY):
            raise ctypes.WinError(ctypes.get_last_error())
    else:
        os.nice(niceness)


def is_running(pid: int) -> bool:
    """Whether a process with this id runs now, whoever's it is.

    Linux and macOS ask with signal 0, which delivers nothing. On Windows ``os.kill(pid, 0)``
    would send CTRL_C_EVENT (which is 0) to the process's console: there the process is
    opened for a query and its exit status read instead.
    """
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False  # 0 and below name process groups, not a process
    if sys.platform == "win32":
        return _windows_is_running(pid)
    else:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True  # another user's process
        return True


def end_with_parent(parent: int) -> None:
    """End this process at once (no clean-up to run) when ``parent`` has ended; a daemon
    thread watches.

    Linux and macOS give an orphan a new parent, so the thread compares its parent's id with
    ``parent`` twice a second. (Linux's ``PR_SET_PDEATHSIG`` follows the parent *thread*, and
    the parser pool is started from a fetch thread that ends before the pool does.) Windows
    never changes a process's parent: the thread waits on a handle to ``parent`` instead,
    which the system signals when that process ends, and which no later process can reuse.
    """
    if sys.platform == "win32":
        kernel32 = _kernel32()
        handle = kernel32.OpenProcess(_SYNCHRONIZE, False, parent)

        def watch() -> None:
            if handle:  # else the parent has already ended
                kernel32.WaitForSingleObject(handle, _INFINITE)
            os._exit(1)

    else:

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(PARENT_CHECK_SECONDS)
            os._exit(1)

    threading.Thread(target=watch, name="lifeline", daemon=True).start()


if sys.platform == "win32":
    import ctypes
    import functools
    from ctypes import wintypes

    # From the Windows SDK (processthreadsapi.h, winnt.h, winerror.h, minwinbase.h).
    _PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
    _SYNCHRONIZE = 0x0010_0000
    _BELOW_NORMAL_PRIORITY = 0x4000
    _STILL_ACTIVE = 259
    _ERROR_ACCESS_DENIED = 5
    _INFINITE = 0xFFFF_FFFF

    @functools.cache
    def _kernel32() -> ctypes.WinDLL:
        """kernel32 with the signatures used here, in an instance of its own (setting them on
        the shared ``ctypes.windll.kernel32`` would change them for every other user)."""
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
        kernel32.GetExitCodeProcess.restype = wintypes.BOOL
        kernel32.WaitForSingleObject.argtypes = (wintypes.HANDLE, wintypes.DWORD)
        kernel32.WaitForSingleObject.restype = wintypes.DWORD
        kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
        kernel32.CloseHandle.restype = wintypes.BOOL
        kernel32.GetCurrentProcess.argtypes = ()
        kernel32.GetCurrentProcess.restype = wintypes.HANDLE
        kernel32.SetPriorityClass.argtypes = (wintypes.HANDLE, wintypes.DWORD)
        kernel32.SetPriorityClass.restype = wintypes.BOOL
        return kernel32

    def _windows_is_running(pid: int) -> bool:
        kernel32 = _kernel32()
        handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            # ERROR_INVALID_PARAMETER: no such process. Access denied: one that exists.
            return ctypes.get_last_error() == _ERROR_ACCESS_DENIED
        try:
            status = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(status)):
                return True  # it exists, and cannot be asked more
            return status.value == _STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
