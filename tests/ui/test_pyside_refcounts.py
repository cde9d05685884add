"""Guards against the PySide6 6.12.0 reference-count bug (emitting a signal from Python drops a reference to its
boolean result, and after a few thousand emissions Python aborts).  The app emits on every scroll step."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    moved = Signal(int, int)


def test_emitting_many_signals_keeps_reference_counts() -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.moved.connect(lambda a, _b: received.append(a))
    before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
    for i in range(300):
        emitter.moved.emit(i, i)
    assert len(received) == 300
    assert abs(sys.getrefcount(True) - before_true) < 50
    assert abs(sys.getrefcount(None) - before_none) < 50
