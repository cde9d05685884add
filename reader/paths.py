"""Find bundled resources from a checkout, an installed wheel or a frozen (PyInstaller) bundle."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path


def resource_path(name: str) -> Path:
    """Path of the bundled resource *name* (e.g. ``seed_article.txt``, ``article.css``)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidate = Path(frozen_root) / "resources" / name
        if candidate.exists():
            return candidate
    checkout = Path(__file__).resolve().parent.parent / "resources" / name
    if checkout.exists():
        return checkout
    try:
        packaged = resources.files("reader.resources").joinpath(name)
    except ModuleNotFoundError:
        packaged = None
    if packaged is not None and (packaged.is_file() or packaged.is_dir()):
        return Path(str(packaged))
    raise FileNotFoundError(f"bundled resource {name!r} is missing")


SEED_ARTICLE = "seed_article.txt"


def user_data_dir() -> Path:
    """The user's data folder for reader (READER_DATA_DIR overrides it, e.g. in tests).

    The same folder as Qt's AppLocalDataLocation for organisation and application "reader" (where the log is),
    found without Qt so the core can use it: ``~/.local/share/reader/reader`` on Linux.
    """
    override = os.environ.get("READER_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "reader" / "reader"
