"""Guards the PySide6 pin: 6.12.0 dropped a reference to None/True per call on Python 3.11,
which aborted the interpreter after a few thousand signal emits."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(bool)


def test_qt_calls_and_emits_keep_none_and_true_alive():
    obj = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        obj.setObjectName("x")
        obj.fired.emit(True)
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
