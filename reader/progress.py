"""Progress and cancellation of long work, without Qt: a job reports how far it is and stops when asked.

The window runs conversions of long texts in the background (reader.ui.loader); a 10 MB text takes seconds, so
the user sees a percentage and can cancel.  The core only calls ``report(fraction)`` now and then; the callback
raises Cancelled once a cancel was asked for, which unwinds the job at the next report.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Report = Callable[[float], None]


class Cancelled(Exception):
    """The user cancelled the job: not a failure, nothing to report."""


class JobProgress:
    """Shared between a background job and the GUI thread: the fraction done and whether to stop."""

    def __init__(self, on_report: Callable[[float], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._on_report = on_report
        self.fraction = 0.0

    def cancel(self) -> None:
        """Ask the job to stop at its next report."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, fraction: float) -> None:
        """Called by the job: record *fraction* (0–1), pass it on, and raise Cancelled when asked to stop."""
        if self._cancel.is_set():
            raise Cancelled
        self.fraction = max(self.fraction, min(1.0, fraction))
        if self._on_report is not None:
            self._on_report(self.fraction)


def steps(total: int, report: Report | None, every: int = 200) -> Callable[[int], None]:
    """A per-item callback for a loop over *total* items that reports every *every* items (and cancels)."""
    if report is None or total <= 0:
        return lambda _done: None

    def step(done: int) -> None:
        if done % every == 0:
            report(done / total)

    return step
