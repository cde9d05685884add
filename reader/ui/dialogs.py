"""Where file dialogs start: the folder of the file being read, else the user's documents, never the package.

Why: File ▸ Open started in the package's resources folder (the bundled article's), a place no user keeps
articles in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from reader.paths import resource_path


def open_folder(current: str) -> str:
    """The folder for File ▸ Open: that of *current* unless it is the bundled article's, else Documents, else
    home."""
    if current:
        folder = Path(current).parent
        try:
            bundled = resource_path("").resolve()
        except (FileNotFoundError, OSError):
            bundled = None
        if folder.is_dir() and (bundled is None or not folder.resolve().is_relative_to(bundled)):
            return str(folder)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return documents
    return str(Path.home())
