"""The loader: results of stale jobs are dropped, failures come back as values, quiet jobs do not look busy."""

import threading

from PySide6.QtCore import QThreadPool

from reader.errors import ReaderError
from reader.ui.loader import Loader


def test_stale_results_are_dropped(qtbot) -> None:
    loader = Loader()
    gate = threading.Event()
    results: list[object] = []
    loader.done.connect(lambda channel, result: results.append(result))
    loader.submit("open", lambda: (gate.wait(10), "old")[1])
    with qtbot.waitSignal(loader.done, timeout=10000):
        loader.submit("open", lambda: "new")
    gate.set()
    QThreadPool.globalInstance().waitForDone(10000)
    qtbot.wait(50)
    assert results == ["new"]


def test_failures_are_values_and_busy_state_follows_jobs(qtbot) -> None:
    loader = Loader()
    states: list[bool] = []
    loader.busy_changed.connect(states.append)

    def fail() -> None:
        raise ReaderError("The file is empty: there is no text to show.", "empty")

    with qtbot.waitSignal(loader.failed, timeout=10000) as blocker:
        loader.submit("open", fail)
    assert blocker.args[0] == "open" and blocker.args[1].code == "empty"
    assert states == [True, False] and not loader.is_busy()
    with qtbot.waitSignal(loader.done, timeout=10000):
        loader.submit("cache", lambda: None, quiet=True)
    assert states == [True, False]
    QThreadPool.globalInstance().waitForDone(10000)
