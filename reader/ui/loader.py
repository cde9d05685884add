"""One loader for background work: a pure function runs on the thread pool, its result comes back queued.

Each job has an id; a result whose id is no longer the latest for its channel is dropped, so a slow load of
an old file never replaces the article the user opened since.  Failures come back as values.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.progress import Cancelled, JobProgress

log = logging.getLogger(__name__)


_gc_lock = threading.Lock()
_gc_jobs = 0


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while background jobs run, then freeze what they made.

    A full collection walks every object while holding the GIL; with the millions of objects of a 10 MB article
    that stalls the window for 60–120 ms each time.  Analyses create no reference cycles (refcounting frees
    them), so pausing costs nothing, and freezing keeps the results out of later collections.
    """
    global _gc_jobs
    with _gc_lock:
        _gc_jobs += 1
        gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_jobs -= 1
            if _gc_jobs == 0:
                gc.freeze()
                gc.enable()


class Channel(StrEnum):
    """The window's kinds of background job.  A newer job on a channel makes the older one stale; the results
    are typed (reader.pipeline), so a channel only says which job supersedes which."""

    OPEN = "open"  # the whole document: read, analysed (or from the cache), prepared
    PREVIEW = "preview"  # the beginning of a long document, while the whole is analysed
    CONVERT = "convert"  # the document on screen in another character set or with other view options
    CACHE = "cache"  # storing a fresh analysis (quiet)
    PREWARM = "prewarm"  # building the likeliest converters ahead of need (quiet)


class _Bridge(QObject):
    finished = Signal(str, int, object, object)  # channel, job id, result, exception or None
    progressed = Signal(str, int, float)  # channel, job id, fraction done


class _Job(QRunnable):
    def __init__(self, bridge: _Bridge, channel: str, job_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._bridge, self._channel, self._id, self._fn = bridge, channel, job_id, fn

    def run(self) -> None:
        try:
            with _collector_paused():
                result, error = self._fn(), None
        except Cancelled as exc:  # asked to stop: the channel has moved on, nothing to show
            result, error = None, exc
        except Exception as exc:  # a failure is a value for the GUI thread, never a dead thread
            log.error("background job %s failed", self._channel, exc_info=True)
            result, error = None, exc
        try:
            self._bridge.finished.emit(self._channel, self._id, result, error)
        except RuntimeError:
            pass  # the window (and its bridge) went away while the job ran, as at exit: nobody to tell


class Loader(QObject):
    """Runs callables off the GUI thread; emits ``done``/``failed`` only for each channel's latest job."""

    done = Signal(str, object)
    failed = Signal(str, object)  # channel, the exception
    busy_changed = Signal(bool)
    progressed = Signal(str, float)  # channel, fraction done (jobs submitted with progress=True)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        # Background jobs are Python and hold the GIL; handing it over every millisecond (instead of every 5)
        # keeps the GUI thread's waits short while a 10 MB article is analysed, at no measurable cost to the job.
        sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))
        self._pool = pool or QThreadPool.globalInstance()
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._on_finished)
        self._bridge.progressed.connect(self._on_progressed)
        self._progress: dict[str, JobProgress] = {}
        self._latest: dict[str, int] = {}
        self._quiet: set[str] = set()  # housekeeping channels: they do not make the window look busy
        self._next_id = 0

    def submit(
        self, channel: str, fn: Callable[..., Any], quiet: bool = False, progress: bool = False
    ) -> int:
        """Run *fn* in the background; a newer job on the same channel makes this one stale (and is told to stop,
        when it reports progress).

        A *quiet* job (writing a cache, say) does not count as busy: no progress indicator for it.  With
        *progress*, *fn* is called with a reader.progress.JobProgress: its reports come out as ``progressed``
        (at most every whole percent), and ``cancel`` stops it at its next report.
        """
        self._next_id += 1
        previous = self._progress.pop(channel, None)
        if previous is not None:
            previous.cancel()
        if progress:
            job_id, bridge, last = self._next_id, self._bridge, [-1]

            def forward(fraction: float) -> None:
                percent = int(fraction * 100)
                if percent != last[0]:
                    last[0] = percent
                    bridge.progressed.emit(channel, job_id, fraction)

            tracker = JobProgress(forward)
            self._progress[channel] = tracker
            fn = partial(fn, tracker)
        was_busy = self.is_busy()
        self._latest[channel] = self._next_id
        if quiet:
            self._quiet.add(channel)
        else:
            self._quiet.discard(channel)
            if not was_busy:
                self.busy_changed.emit(True)
        self._pool.start(_Job(self._bridge, channel, self._next_id, fn))
        return self._next_id

    def cancel(self, channel: str) -> None:
        """Forget *channel*'s pending job: its result, when it comes, is dropped (and a job that reports
        progress stops at its next report)."""
        tracker = self._progress.pop(channel, None)
        if tracker is not None:
            tracker.cancel()
        was_busy = self.is_busy()
        self._latest.pop(channel, None)
        if was_busy and not self.is_busy():
            self.busy_changed.emit(False)

    def has_pending(self) -> bool:
        """True while any job, quiet ones included, has not reported back."""
        return bool(self._latest)

    def is_busy(self) -> bool:
        """True while any channel's latest (not quiet) job has not reported back."""
        return any(channel not in self._quiet for channel in self._latest)

    def _on_progressed(self, channel: str, job_id: int, fraction: float) -> None:
        if self._latest.get(channel) == job_id:
            self.progressed.emit(channel, fraction)

    def _on_finished(self, channel: str, job_id: int, result: object, error: object) -> None:
        if self._latest.get(channel) != job_id:
            return
        self._progress.pop(channel, None)
        was_busy = self.is_busy()
        del self._latest[channel]
        if was_busy and not self.is_busy():
            self.busy_changed.emit(False)
        if isinstance(error, Cancelled):
            return  # stopped on request: not a failure
        if error is not None:
            self.failed.emit(channel, error)
        else:
            self.done.emit(channel, result)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (tests and --screenshot)."""
        return self._pool.waitForDone(msecs)
