"""Watch the open file the way editors actually save it.

Editors save atomically: they write a temporary file and rename it over the original.  ``QFileSystemWatcher``
watches the old inode, reports one change and then drops the path, so a second save (and a deletion) went
unnoticed.  Here the file's folder is watched too, the path is re-added after every change, and what counts is
the file's signature (inode, size, modification time): a change elsewhere in the folder (an editor's swap
file) does nothing, a burst of writes is reported once (after a short quiet period), a deletion is reported
once, and a file that comes back is a change.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

QUIET_MS = 250  # editors write in several steps; report once they are done
POLL_MS = 2000  # the fallback poll (see FileWatch.__init__)

Signature = tuple[int, int, int]


def signature(path: str) -> Signature | None:
    """(inode, size, mtime in ns) of *path*, or None when it is gone (or unreadable)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


class FileWatch(QObject):
    """Emits ``changed(path)`` when the watched file's content may have changed, ``removed(path)`` when it is
    gone (once, until it comes back)."""

    changed = Signal(str)
    removed = Signal(str)

    def __init__(self, parent: QObject | None = None, quiet_ms: int = QUIET_MS) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._poke)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(quiet_ms)
        self._timer.timeout.connect(self._check)
        # A slow poll as well: the system's watchers can run out (inotify instances are limited per user) or
        # miss changes (network folders), and one stat every POLL_MS costs nothing.
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)
        self._path = ""
        self._signature: Signature | None = None
        self._gone = False

    def watch(self, path: str, seen: Signature | None) -> None:
        """Watch *path*, whose content as shown had signature *seen* (taken before it was read, so a change
        made while it was being read is still reported)."""
        self._clear()
        self._path, self._signature, self._gone = path, seen, False
        folder = str(Path(path).parent)
        if os.path.isdir(folder):
            self._watcher.addPath(folder)
        if os.path.exists(path):
            self._watcher.addPath(path)
        self._poll.start()
        if signature(path) != seen:
            self._timer.start()

    def path(self) -> str:
        """The file being watched ('' for none)."""
        return self._path

    def watched(self) -> list[str]:
        """What the underlying watcher holds (for tests): the file, when it exists, and its folder."""
        return self._watcher.files() + self._watcher.directories()

    def _clear(self) -> None:
        self._timer.stop()
        self._poll.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)

    def _poke(self, _path: str) -> None:
        if self._path:
            self._timer.start()

    def _check(self) -> None:
        path = self._path
        if not path:
            return
        now = signature(path)
        if now is None:
            if not self._gone:
                self._gone = True
                self.removed.emit(path)
            return
        if path not in self._watcher.files():
            self._watcher.addPath(path)  # a new inode after an atomic save, or the file came back
        if now != self._signature or self._gone:
            self._signature, self._gone = now, False
            self.changed.emit(path)
