"""Edit ▸ Paste as New Article: the clipboard kept as a file in the app's data folder, then opened like any file.

Keeping it as a file (an HTML page when a browser copied rich text, else UTF-8 text) means the pasted article
goes through exactly the pipeline of an opened one, with its cache, recent-files entry and reading position.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QMimeData, QStandardPaths
from PySide6.QtGui import QGuiApplication

from reader.formats import clipboard_file


def default_folder() -> Path:
    """Where pasted articles are kept: ``pasted/`` in the app's data folder."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "pasted"


def save_clipboard(folder: Path, mime: QMimeData | None = None) -> Path:
    """Write the clipboard's article to a new file in *folder* and return its path (ReaderError when the
    clipboard holds no text; OSError when the folder cannot be written)."""
    if mime is None:
        mime = QGuiApplication.clipboard().mimeData()
    html = mime.html() if mime is not None and mime.hasHtml() else None
    plain = mime.text() if mime is not None and mime.hasText() else None
    data, suffix = clipboard_file(html, plain)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y-%m-%d %H.%M.%S")
    path = folder / f"pasted {stamp}{suffix}"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"pasted {stamp} ({n}){suffix}"
    path.write_bytes(data)
    return path
