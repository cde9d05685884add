"""The reader's log: where it lives and how it is written.

A rotating file (LOG_BYTES × LOG_BACKUPS, so it never grows without bound) in Qt's AppLocalDataLocation
(``~/.local/share/reader/reader/reader.log`` on Linux: organisation and application are both "reader").
Failures caused by the input (a missing file, a binary one) are expected: their tracebacks would bury the real
bugs, so a handler filter reduces them to one line.
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


class OneLineForExpected(logging.Filter):
    """Drops the traceback of a record about an expected failure (a ReaderError, a missing file…): one line,
    '… failed: File not found: /x.txt', is all it deserves.  Bugs keep their traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None and is_expected(record.exc_info[1]):
            error = record.exc_info[1]
            record.msg = f"{record.getMessage()}: {type(error).__name__}: {error}"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


def setup_logging(folder: Path | None = None) -> Path | None:
    """Send INFO and above to the rotating log in *folder* (default :func:`log_folder`); returns its path, or
    None when the folder cannot be written (then warnings go to stderr)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    try:
        target = folder or log_folder()
        target.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target / LOG_NAME, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        path: Path | None = target / LOG_NAME
    except OSError:
        handler, path = logging.StreamHandler(), None
        handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(OneLineForExpected())
    root.addHandler(handler)
    return path
