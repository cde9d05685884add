"""The reader's log: where it lives and how it is written.

A rotating file (LOG_BYTES × LOG_BACKUPS, so it never grows without bound) in Qt's AppLocalDataLocation
(``~/.local/share/reader/reader/reader.log`` on Linux: organisation and application are both "reader").
Failures caused by the input (a missing file, a binary one) are expected: their tracebacks would bury the real
bugs, so the log formatter writes them as one line.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from reader.errors import is_expected

LOG_NAME = "reader.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_folder() -> Path:
    """The folder the log goes in (the application's name must be set first, as run_gui does)."""
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location or Path.home())


def log_path() -> Path:
    """The log file, as the README names it."""
    return log_folder() / LOG_NAME


class OneLineForExpected(logging.Formatter):
    """Writes a record about an expected failure (a ReaderError, a missing file…) as one line,
    '… failed: ReaderError: File not found: /x.txt', without its traceback; bugs keep theirs.  A formatter,
    not a filter, so the record itself (seen by other handlers) is left as it was."""

    def format(self, record: logging.LogRecord) -> str:
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and is_expected(error):
            line = f"{record.getMessage()}: {type(error).__name__}: {error}".replace("\n", "\\n")
            record = logging.makeLogRecord(
                {**record.__dict__, "msg": line, "args": None, "exc_info": None, "exc_text": None}
            )
        return super().format(record)


def setup_logging(folder: Path | None = None) -> logging.Handler:
    """Send INFO and above to the rotating log in *folder* (default :func:`log_folder`), or warnings to stderr
    when that folder cannot be written; returns the handler (installed once: a second call returns it again)."""
    root = logging.getLogger()
    for existing in root.handlers:
        if getattr(existing, "reader_log", False):
            return existing
    root.setLevel(logging.INFO)
    try:
        target = folder or log_folder()
        target.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target / LOG_NAME, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
    handler.reader_log = True  # type: ignore[attr-defined]
    handler.setFormatter(OneLineForExpected(FORMAT))
    root.addHandler(handler)
    return handler
