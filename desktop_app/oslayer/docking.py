"""A window that reserves its strip of the screen like a panel, so maximised windows stop at it.

X11: the dock window type and ``_NET_WM_STRUT_PARTIAL`` (with the older ``_NET_WM_STRUT``),
set through libxcb — the library Qt's own xcb platform is built on, so it is there whenever
Qt draws on X11 (python-xlib would be a dependency for four requests). Windows: an app bar,
``SHAppBarMessage`` with ABM_NEW, ABM_QUERYPOS, ABM_SETPOS and ABM_REMOVE. Elsewhere (macOS,
Wayland) no such protocol is open to an application: the strip only floats above.

Rectangles are ``(left, top, width, height)`` in the system's own pixels.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from collections.abc import Callable
from typing import Protocol, cast

log = logging.getLogger(__name__)

Rect = tuple[int, int, int, int]
EDGES = ("top", "bottom")


class Dock(Protocol):
    def prepare(self, window_id: int) -> None:
        """Before the window is first shown: make it a dock (window managers read the type
        when a window is mapped)."""

    def reserve(self, window_id: int, strip: Rect, screen: Rect, desktop: Rect, edge: str) -> Rect:
        """Reserve ``strip`` at ``edge`` of ``screen``; return where the window must go."""

    def release(self, window_id: int) -> None:
        """Give the space back (the strip is hidden or closed)."""


class NoDock:
    """Where no system protocol exists: the strip stays where it was asked to be."""

    def prepare(self, window_id: int) -> None:
        pass

    def reserve(self, window_id: int, strip: Rect, screen: Rect, desktop: Rect, edge: str) -> Rect:
        return strip

    def release(self, window_id: int) -> None:
        pass


def dock_for(platform_name: str) -> Dock:
    """The protocol for Qt's platform plugin ``platform_name`` on this system."""
    if sys.platform == "win32":
        return WindowsAppBar(_shell32_send())
    elif sys.platform == "darwin":
        return NoDock()
    else:
        if platform_name == "xcb":
            library = ctypes.util.find_library("xcb")
            if library is not None:
                return X11Dock(library)
            log.warning("libxcb not found: the compact strip reserves no screen space")
        return NoDock()


# -- X11 ---------------------------------------------------------------------------------------


def x11_strut_partial(strip: Rect, desktop: Rect, edge: str) -> tuple[int, ...]:
    """The twelve cardinals of ``_NET_WM_STRUT_PARTIAL`` for ``strip`` along ``edge``:
    distances from the edges of the whole X screen (``desktop``, every monitor together), and
    the span along that edge, so a strip on one monitor reserves nothing on the others."""
    left, top, width, height = strip
    desktop_top = desktop[1]
    desktop_bottom = desktop[1] + desktop[3]
    first_x, last_x = left, left + width - 1
    if edge == "bottom":
        return (0, 0, 0, desktop_bottom - top, 0, 0, 0, 0, 0, 0, first_x, last_x)
    return (0, 0, top + height - desktop_top, 0, 0, 0, 0, 0, first_x, last_x, 0, 0)


class _AtomReply(ctypes.Structure):
    _fields_ = (
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("atom", ctypes.c_uint32),
    )


class _Cookie(ctypes.Structure):
    _fields_ = (("sequence", ctypes.c_uint),)


_XCB_PROP_MODE_REPLACE = 0
_XCB_ATOM_ATOM = 4
_XCB_ATOM_CARDINAL = 6


class X11Dock:
    """EWMH docking through a connection of its own to the X server (the window's id is the
    same for every client); each change is sent and waited for before it returns, so it
    reaches the server before Qt maps the window."""

    def __init__(self, library: str) -> None:
        self._xcb = ctypes.CDLL(library)
        self._libc = ctypes.CDLL(ctypes.util.find_library("c"))
        xcb = self._xcb
        xcb.xcb_connect.restype = ctypes.c_void_p
        xcb.xcb_connect.argtypes = (ctypes.c_char_p, ctypes.POINTER(ctypes.c_int))
        xcb.xcb_connection_has_error.argtypes = (ctypes.c_void_p,)
        xcb.xcb_disconnect.argtypes = (ctypes.c_void_p,)
        xcb.xcb_intern_atom.restype = _Cookie
        xcb.xcb_intern_atom.argtypes = (
            ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint16, ctypes.c_char_p
        )  # fmt: skip
        xcb.xcb_intern_atom_reply.restype = ctypes.POINTER(_AtomReply)
        xcb.xcb_intern_atom_reply.argtypes = (ctypes.c_void_p, _Cookie, ctypes.c_void_p)
        xcb.xcb_change_property.restype = _Cookie
        xcb.xcb_change_property.argtypes = (
            ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint32, ctypes.c_uint32, ctypes.c_uint32,
            ctypes.c_uint8, ctypes.c_uint32, ctypes.c_void_p,
        )  # fmt: skip
        xcb.xcb_delete_property.restype = _Cookie
        xcb.xcb_delete_property.argtypes = (ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint32)
        self._libc.free.argtypes = (ctypes.c_void_p,)

    def prepare(self, window_id: int) -> None:
        self._with_connection(
            lambda send: send(window_id, "_NET_WM_WINDOW_TYPE", _XCB_ATOM_ATOM,
                              ["_NET_WM_WINDOW_TYPE_DOCK"])
        )  # fmt: skip

    def reserve(self, window_id: int, strip: Rect, screen: Rect, desktop: Rect, edge: str) -> Rect:
        partial = x11_strut_partial(strip, desktop, edge)

        def send(set_property: _SetProperty) -> None:
            set_property(window_id, "_NET_WM_STRUT_PARTIAL", _XCB_ATOM_CARDINAL, list(partial))
            set_property(window_id, "_NET_WM_STRUT", _XCB_ATOM_CARDINAL, list(partial[:4]))

        self._with_connection(send)
        return strip

    def release(self, window_id: int) -> None:
        def send(set_property: _SetProperty) -> None:
            set_property(window_id, "_NET_WM_STRUT_PARTIAL", _XCB_ATOM_CARDINAL, [0] * 12)
            set_property(window_id, "_NET_WM_STRUT", _XCB_ATOM_CARDINAL, [0] * 4)

        self._with_connection(send)

    def _with_connection(self, requests: Callable[[_SetProperty], None]) -> None:
        xcb = self._xcb
        connection = xcb.xcb_connect(None, None)
        try:
            if not connection or xcb.xcb_connection_has_error(connection):
                log.warning("cannot reach the X server: the strip reserves no screen space")
                return

            def set_property(
                window: int, name: str, kind: int, values: list[int] | list[str]
            ) -> None:
                if values and isinstance(values[0], str):
                    numbers = [self._atom(connection, str(value)) for value in values]
                else:
                    numbers = [int(value) for value in values]
                data = (ctypes.c_uint32 * len(numbers))(*numbers)
                xcb.xcb_change_property(
                    connection, _XCB_PROP_MODE_REPLACE, window, self._atom(connection, name),
                    kind, 32, len(numbers), data,
                )  # fmt: skip

            requests(set_property)
            self._atom(connection, "_NET_WM_STRUT")  # a round trip: all of the above is done
        finally:
            if connection:
                xcb.xcb_disconnect(connection)

    def _atom(self, connection: int, name: str) -> int:
        encoded = name.encode("ascii")
        cookie = self._xcb.xcb_intern_atom(connection, 0, len(encoded), encoded)
        reply = self._xcb.xcb_intern_atom_reply(connection, cookie, None)
        if not reply:
            return 0
        try:
            return int(reply.contents.atom)
        finally:
            self._libc.free(reply)


_SetProperty = Callable[[int, str, int, "list[int] | list[str]"], None]


# -- Windows -----------------------------------------------------------------------------------

ABM_NEW = 0x0
ABM_REMOVE = 0x1
ABM_QUERYPOS = 0x2
ABM_SETPOS = 0x3
ABE_TOP = 1
ABE_BOTTOM = 3
# The message the shell sends the app bar about changes (WM_APP + 0x1CA, ours alone).
APPBAR_CALLBACK = 0x8000 + 0x1CA


class RECT(ctypes.Structure):
    _fields_ = (
        ("left", ctypes.c_int32),
        ("top", ctypes.c_int32),
        ("right", ctypes.c_int32),
        ("bottom", ctypes.c_int32),
    )


class APPBARDATA(ctypes.Structure):
    """shellapi.h's APPBARDATA: DWORD cbSize, HWND hWnd, UINT uCallbackMessage, UINT uEdge,
    RECT rc, LPARAM lParam."""

    _fields_ = (
        ("cbSize", ctypes.c_uint32),
        ("hWnd", ctypes.c_void_p),
        ("uCallbackMessage", ctypes.c_uint32),
        ("uEdge", ctypes.c_uint32),
        ("rc", RECT),
        ("lParam", ctypes.c_ssize_t),
    )


# SHAppBarMessage(DWORD dwMessage, PAPPBARDATA pData) -> UINT_PTR
AppBarSend = Callable[[int, "ctypes._Pointer[APPBARDATA]"], int]


def _shell32_send() -> AppBarSend:
    if sys.platform == "win32":
        function = ctypes.WinDLL("shell32").SHAppBarMessage
        function.restype = ctypes.c_size_t
        function.argtypes = (ctypes.c_uint32, ctypes.POINTER(APPBARDATA))
        return cast(AppBarSend, function)
    else:
        raise OSError("SHAppBarMessage exists on Windows only")


class WindowsAppBar:
    """The documented app bar sequence: register once (ABM_NEW), then for each placement ask
    where the strip may go on its edge (ABM_QUERYPOS, with the whole monitor), keep its height
    from the proposed edge, and claim it (ABM_SETPOS); unregister (ABM_REMOVE) when hidden.
    The shell then keeps maximised windows off the claimed rectangle."""

    def __init__(self, send: AppBarSend) -> None:
        self._send = send
        self._registered: set[int] = set()

    def prepare(self, window_id: int) -> None:
        if window_id not in self._registered:
            data = self._data(window_id)
            data.uCallbackMessage = APPBAR_CALLBACK
            if self._send(ABM_NEW, ctypes.pointer(data)):
                self._registered.add(window_id)
            else:
                log.warning("the shell refused the app bar: the strip reserves no space")

    def reserve(self, window_id: int, strip: Rect, screen: Rect, desktop: Rect, edge: str) -> Rect:
        self.prepare(window_id)
        if window_id not in self._registered:
            return strip
        height = strip[3]
        left, top, width, screen_height = screen
        data = self._data(window_id)
        data.uEdge = ABE_BOTTOM if edge == "bottom" else ABE_TOP
        data.rc = RECT(left, top, left + width, top + screen_height)
        self._send(ABM_QUERYPOS, ctypes.pointer(data))
        if edge == "bottom":
            data.rc.top = data.rc.bottom - height
        else:
            data.rc.bottom = data.rc.top + height
        self._send(ABM_SETPOS, ctypes.pointer(data))
        rc = data.rc
        return (rc.left, rc.top, rc.right - rc.left, rc.bottom - rc.top)

    def release(self, window_id: int) -> None:
        if window_id in self._registered:
            self._send(ABM_REMOVE, ctypes.pointer(self._data(window_id)))
            self._registered.discard(window_id)

    @staticmethod
    def _data(window_id: int) -> APPBARDATA:
        data = APPBARDATA()
        data.cbSize = ctypes.sizeof(APPBARDATA)
        data.hWnd = window_id
        return data
