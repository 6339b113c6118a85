"""The Qt binding itself: a regression seen in PySide6 6.12.0 would crash the app after a few
minutes of use on Python 3.11, so it is guarded here (pyproject.toml keeps that version out
there; from Python 3.12 on, True is immortal and 6.12 passes)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    posted = Signal(object)


def test_emitting_signals_from_python_leaves_the_interpreter_intact(qtbot) -> None:
    """PySide6 6.12.0 drops a reference to ``True`` on every emit from Python: once its
    count reaches zero the interpreter aborts ("deallocating True or False")."""
    emitter = _Emitter()
    received: list[object] = []
    emitter.posted.connect(received.append)
    gc.collect()
    before = sys.getrefcount(True)

    for number in range(2_000):
        emitter.posted.emit(number)

    gc.collect()
    assert len(received) == 2_000
    assert sys.getrefcount(True) - before > -100
