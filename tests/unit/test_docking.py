"""The strip's reservation of its screen edge: EWMH struts computed for one monitor among
several, and the exact Windows app bar calls (written against the documented API; the shell
itself is played here by a recorder that answers as the shell does)."""

from __future__ import annotations

import ctypes
import sys

import pytest

from desktop_app.oslayer import docking
from desktop_app.oslayer.docking import (
    ABE_BOTTOM,
    ABE_TOP,
    ABM_NEW,
    ABM_QUERYPOS,
    ABM_REMOVE,
    ABM_SETPOS,
    APPBAR_CALLBACK,
    APPBARDATA,
    WindowsAppBar,
    x11_strut_partial,
)

DESKTOP = (0, 0, 3200, 1200)  # a 1920×1080 monitor left of a 1280×1200 one


def test_a_top_strip_reserves_its_height_over_its_own_monitor_only():
    assert x11_strut_partial((0, 0, 1920, 27), DESKTOP, "top") == (
        0, 0, 27, 0,  # left, right, top, bottom
        0, 0, 0, 0,  # the left and right spans
        0, 1919,  # the top span: this monitor's width
        0, 0,
    )  # fmt: skip


def test_a_bottom_strip_counts_from_the_bottom_of_the_whole_x_screen():
    # On the shorter monitor the strip ends 120 px above the X screen's bottom: the strut
    # covers those too, as EWMH measures from the root window's edge.
    strut = x11_strut_partial((0, 1053, 1920, 27), DESKTOP, "bottom")
    assert strut[:4] == (0, 0, 0, 1200 - 1053)
    assert strut[10:] == (0, 1919)
    right = x11_strut_partial((1920, 1173, 1280, 27), DESKTOP, "bottom")
    assert right[3] == 27 and right[10:] == (1920, 3199)


def test_appbardata_has_the_layout_of_shellapi_h():
    pointer = ctypes.sizeof(ctypes.c_void_p)
    offsets = {name: getattr(APPBARDATA, name).offset for name, _ in APPBARDATA._fields_}
    if pointer == 8:  # x64: DWORD, padding, HWND, UINT, UINT, RECT, LPARAM
        assert ctypes.sizeof(APPBARDATA) == 48
        assert offsets == {"cbSize": 0, "hWnd": 8, "uCallbackMessage": 16, "uEdge": 20,
                           "rc": 24, "lParam": 40}  # fmt: skip
    else:
        assert ctypes.sizeof(APPBARDATA) == 36


class Shell:
    """Records each SHAppBarMessage call and answers like the shell, with a 40 px taskbar
    already claiming the top of the monitor."""

    def __init__(self, taskbar: int = 40) -> None:
        self.calls: list[tuple[int, dict[str, object]]] = []
        self.taskbar = taskbar

    def __call__(self, message: int, pointer: ctypes._Pointer[APPBARDATA]) -> int:
        data = pointer.contents
        rc = data.rc
        self.calls.append((message, {
            "cbSize": data.cbSize, "hWnd": data.hWnd, "callback": data.uCallbackMessage,
            "edge": data.uEdge, "rc": (rc.left, rc.top, rc.right, rc.bottom),
        }))  # fmt: skip
        if message == ABM_QUERYPOS and data.uEdge == ABE_TOP:
            rc.top = max(rc.top, self.taskbar)
        return 1


def test_an_app_bar_registers_asks_claims_and_goes_to_what_it_was_given():
    shell = Shell()
    bar = WindowsAppBar(shell)
    granted = bar.reserve(0x1234, (0, 0, 1920, 27), (0, 0, 1920, 1080), DESKTOP, "top")
    messages = [message for message, _ in shell.calls]
    assert messages == [ABM_NEW, ABM_QUERYPOS, ABM_SETPOS]
    new, query, claim = (fields for _, fields in shell.calls)
    size = ctypes.sizeof(APPBARDATA)
    assert new["cbSize"] == size and new["hWnd"] == 0x1234
    assert new["callback"] == APPBAR_CALLBACK
    assert query["edge"] == ABE_TOP
    assert query["rc"] == (0, 0, 1920, 1080), "the whole monitor is proposed"
    assert claim["rc"] == (0, 40, 1920, 67), "its height below the taskbar"
    assert granted == (0, 40, 1920, 27)

    bar.reserve(0x1234, (0, 0, 1920, 27), (0, 0, 1920, 1080), DESKTOP, "top")
    assert [message for message, _ in shell.calls[3:]] == [ABM_QUERYPOS, ABM_SETPOS], (
        "registered once"
    )
    bar.release(0x1234)
    bar.release(0x1234)
    assert [message for message, _ in shell.calls[5:]] == [ABM_REMOVE], "removed once"
    assert shell.calls[5][1]["hWnd"] == 0x1234


def test_a_bottom_app_bar_claims_the_bottom_of_its_monitor():
    shell = Shell()
    granted = WindowsAppBar(shell).reserve(
        7, (1920, 1173, 1280, 27), (1920, 0, 1280, 1200), DESKTOP, "bottom"
    )
    (_, query), (_, claim) = shell.calls[1:]
    assert query["edge"] == ABE_BOTTOM and query["rc"] == (1920, 0, 3200, 1200)
    assert claim["rc"] == (1920, 1173, 3200, 1200)
    assert granted == (1920, 1173, 1280, 27)


def test_a_refused_app_bar_leaves_the_strip_where_it_asked():
    calls: list[int] = []

    def refusing(message: int, _pointer: object) -> int:
        calls.append(message)
        return 0

    strip = (0, 0, 800, 27)
    assert WindowsAppBar(refusing).reserve(1, strip, (0, 0, 800, 600), (0, 0, 800, 600),
                                           "top") == strip  # fmt: skip
    assert calls == [ABM_NEW]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's here")
def test_the_platform_picks_the_protocol():
    assert isinstance(docking.dock_for("xcb"), docking.X11Dock)
    assert isinstance(docking.dock_for("wayland"), docking.NoDock)
