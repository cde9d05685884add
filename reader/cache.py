"""Analyses of opened files kept on disk, so reopening a file (at launch, the last one) skips the analysis.

An entry is keyed by what the analysis depends on: a BLAKE2 hash of the file's bytes (not its name, size or
modification time, which an edit can leave unchanged), the encoding asked for, and the analysing code itself
(format, version, the rule modules' modification times and the model's fields).  Entries are JSON lines written
by our own serialiser (``reader.cachefile``) and validated field by field on reading, so a planted or edited entry
can never run code and never shows numbers the text does not hold.  Writes are atomic (a temporary file in the same
folder, then ``os.replace``); pruning keeps MAX_ENTRIES entries and removes temporary files left by failed writes.
Anything that goes wrong (damaged, truncated or foreign entry, a folder in its place, no permission) is a miss,
never an error.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import tempfile
import time
from dataclasses import replace
from functools import cache
from pathlib import Path

from reader import __version__
from reader.cachefile import SCHEMA, InvalidEntry, dump_lines, load_lines
from reader.errors import ReaderError
from reader.model import Analysis

log = logging.getLogger(__name__)
FORMAT = 4  # 4: JSON lines keyed by a content hash (3 and before: pickles, never read again)
MAX_ENTRIES = 20
MAX_ENTRY_BYTES = 1 << 30  # an entry is about 3 times its file; anything larger is not ours
STALE_TEMP_SECONDS = 600  # a temporary file older than this is a write that failed or was killed
SUFFIX = ".json"


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


@cache
def _rules_stamp() -> str:
    """Modification times of the modules and word lists that shape an analysis (the window's code is not one)."""
    here = Path(__file__).resolve().parent
    stamps = []
    for path in sorted([*here.rglob("*.py"), *here.rglob("*.toml")]):
        if "ui" in path.relative_to(here).parts:
            continue
        try:
            stamps.append(f"{path.relative_to(here)}:{path.stat().st_mtime_ns}")
        except OSError:
            stamps.append("-")
    return ",".join(stamps)


def content_digest(data: bytes) -> str:
    """The hash that identifies a file's content in the cache (BLAKE2b: fast, and no practical collisions)."""
    return hashlib.blake2b(data, digest_size=32).hexdigest()


class AnalysisCache:
    """Load and store analyses of files."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_cache_dir()

    @staticmethod
    def key(digest: str, encoding: str | None) -> str:
        """Everything an analysis depends on, as one string (stored in the entry and checked on reading)."""
        return f"{FORMAT}|{__version__}|{SCHEMA}|{_rules_stamp()}|{encoding or ''}|{digest}"

    def _entry(self, key: str) -> Path:
        return self.folder / f"{hashlib.blake2b(key.encode('utf-8'), digest_size=16).hexdigest()}{SUFFIX}"

    @staticmethod
    def _digest_of(path: str | os.PathLike[str]) -> str | None:
        from reader.textio import read_bytes

        try:
            return content_digest(read_bytes(path))
        except ReaderError:
            return None

    def has(self, path: str | os.PathLike[str], encoding: str | None = None) -> bool:
        """Whether an analysis of *path* as it is now is stored (a hint: the entry is checked when loaded)."""
        digest = self._digest_of(path)
        return digest is not None and self._entry(self.key(digest, encoding)).is_file()

    def load(self, path: str | os.PathLike[str], encoding: str | None = None) -> Analysis | None:
        """The stored analysis of *path* as it is now, or None."""
        digest = self._digest_of(path)
        return None if digest is None else self.load_digest(digest, encoding, os.fspath(path))

    def load_digest(self, digest: str, encoding: str | None, path: str = "") -> Analysis | None:
        """The stored analysis of content *digest* read with *encoding*, or None; its path is set to *path*."""
        key = self.key(digest, encoding)
        entry = self._entry(key)
        try:
            with entry.open("rb") as handle:
                data = handle.read(MAX_ENTRY_BYTES + 1)
            if len(data) > MAX_ENTRY_BYTES:
                raise InvalidEntry("entry too large")
            analysis = load_lines(data, key)
        except FileNotFoundError:
            return None
        except (OSError, InvalidEntry) as exc:  # a damaged, foreign or unreadable entry is a miss
            log.warning("ignoring cache entry %s: %s", entry, exc)
            self._discard(entry)
            return None
        try:
            os.utime(entry)  # recently used entries survive pruning
        except OSError:
            pass
        return replace(analysis, path=path)

    def store(
        self,
        path: str | os.PathLike[str],
        encoding: str | None,
        analysis: Analysis,
        digest: str | None = None,
    ) -> None:
        """Keep *analysis* of *path*; failures (read-only home, full disk) are logged and ignored.

        Pass the *digest* of the bytes that were analysed: hashing the file again here would file the analysis
        under an edit made since.
        """
        digest = digest or self._digest_of(path)
        if digest is None:
            return
        key = self.key(digest, encoding)
        entry = self._entry(key)
        partial: str | None = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, partial = tempfile.mkstemp(prefix=entry.stem + ".", suffix=".tmp", dir=self.folder)
            with os.fdopen(fd, "wb") as handle:
                for line in dump_lines(analysis, key):
                    handle.write(line)
            os.replace(partial, entry)
            partial = None
        except OSError as exc:
            log.warning("could not write cache entry %s: %s", entry, exc)
        finally:
            if partial is not None:
                try:
                    os.unlink(partial)
                except OSError:
                    pass
        self._prune()

    @staticmethod
    def _discard(entry: Path) -> None:
        try:
            if entry.is_file() or entry.is_symlink():
                entry.unlink()
        except OSError:
            pass

    def _prune(self) -> None:
        """Keep the MAX_ENTRIES most recently used entries; remove stale temporary files and old pickles."""
        try:
            names = list(os.scandir(self.folder))
        except OSError:
            return
        now = time.time()
        entries = []
        for item in names:
            try:
                info = item.stat(follow_symlinks=False)
                if item.name.endswith(SUFFIX):
                    entries.append((info.st_mtime, item.path))
                elif item.name.endswith(".pickle") or (
                    item.name.endswith(".tmp") and now - info.st_mtime > STALE_TEMP_SECONDS
                ):
                    os.unlink(item.path)
            except OSError:
                continue
        entries.sort(reverse=True)
        for _, old in entries[MAX_ENTRIES:]:
            self._discard(Path(old))
