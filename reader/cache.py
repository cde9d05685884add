"""Analyses of opened files kept on disk, so reopening a file (at launch, the last one) skips the analysis.

An entry is keyed by the file's path, size and modification time, the forced encoding and the analysing code
itself (version and the modification times of the rule modules), so any change to the file or to the rules
misses the cache.  Entries are pickles of the frozen model in the user's cache folder, written atomically; at
most MAX_ENTRIES are kept.  Anything that goes wrong is a miss, never an error.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
import zlib
from pathlib import Path

from reader import __version__
from reader.model import Analysis

log = logging.getLogger(__name__)
FORMAT = 3
MAX_ENTRIES = 20
_RULES = (
    "textio.py",
    "numerals.py",
    "figures.py",
    "stats.py",
    "script.py",
    "article/parse.py",
    "article/headings.py",
)


def default_cache_dir() -> Path:
    """The user's cache folder for reader (READER_CACHE_DIR overrides it, e.g. in tests)."""
    override = os.environ.get("READER_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "reader" / "Cache"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches" / "reader"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "reader"
    return base / "analyses"


def _rules_stamp() -> str:
    here = Path(__file__).resolve().parent
    stamps = []
    for name in _RULES:
        try:
            stamps.append(str((here / name).stat().st_mtime_ns))
        except OSError:
            stamps.append("-")
    return ",".join(stamps)


class _Yielding:
    """A file wrapper whose reads and writes are Python calls, so that pickling a 10 MB analysis in a background
    thread lets the GUI thread run between 64 kB frames instead of waiting for the whole (C-level) pickle."""

    def __init__(self, handle) -> None:
        self._handle = handle

    def write(self, data: bytes) -> int:
        return self._handle.write(data)

    def read(self, size: int = -1) -> bytes:
        return self._handle.read(size)

    def readinto(self, buffer) -> int:
        return self._handle.readinto(buffer)

    def readline(self, size: int = -1) -> bytes:
        return self._handle.readline(size)

    def peek(self, size: int = 0) -> bytes:
        return self._handle.peek(size)


class AnalysisCache:
    """Load and store analyses of files."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_cache_dir()

    def _key(self, path: str | Path, encoding: str | None) -> str | None:
        try:
            resolved = Path(path).resolve()
            info = resolved.stat()
        except OSError:
            return None
        return f"{FORMAT}|{__version__}|{_rules_stamp()}|{resolved}|{info.st_size}|{info.st_mtime_ns}|{encoding or ''}"

    def _entry(self, key: str | None) -> Path | None:
        """The entry file for *key*: named by two 32-bit checksums (the full key is stored inside and checked)."""
        if key is None:
            return None
        data = key.encode("utf-8")
        return self.folder / f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}.pickle"

    def has(self, path: str | Path, encoding: str | None = None) -> bool:
        """Whether an analysis of *path* as it is now is stored."""
        entry = self._entry(self._key(path, encoding))
        return entry is not None and entry.exists()

    def load(self, path: str | Path, encoding: str | None = None) -> Analysis | None:
        """The stored analysis of *path* as it is now, or None."""
        key = self._key(path, encoding)
        entry = self._entry(key)
        if entry is None or not entry.exists():
            return None
        try:
            with entry.open("rb") as handle:
                stored_key, analysis = pickle.load(_Yielding(handle))
        except Exception:  # a damaged or foreign entry is a miss
            log.warning("dropping unreadable cache entry %s", entry, exc_info=True)
            entry.unlink(missing_ok=True)
            return None
        if stored_key != key or not isinstance(analysis, Analysis):
            return None
        os.utime(entry)  # recently used entries survive pruning
        return analysis

    def store(self, path: str | Path, encoding: str | None, analysis: Analysis) -> None:
        """Keep *analysis* of *path*; failures (read-only home, full disk) are logged and ignored."""
        key = self._key(path, encoding)
        entry = self._entry(key)
        if entry is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = entry.with_suffix(f".{os.getpid()}.tmp")
            with partial.open("wb") as handle:
                pickle.dump((key, analysis), _Yielding(handle), protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(partial, entry)
            self._prune()
        except OSError:
            log.warning("could not write cache entry %s", entry, exc_info=True)

    def _prune(self) -> None:
        entries = sorted(self.folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[MAX_ENTRIES:]:
            old.unlink(missing_ok=True)
