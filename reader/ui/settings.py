"""All persistent settings in one typed place; defaults declared once; corrupt values fall back to them.

Preferences (variant, zoom, theme, language…) are kept apart from window state (geometry, dock layout,
versioned).  The QSettings object is injected, so tests use a temporary file.

The settings file is anyone's to edit: every number is clamped to its range when read *and* when written (Qt
stores 64-bit integers; a larger Python int raised OverflowError in save, at quit, and the settings were lost),
every choice is checked against its list, and a folder that cannot be written is reported once instead of
silently dropping the user's preferences.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QByteArray, QSettings

from reader.ui.themes import safe_font_family
from reader.variants import VARIANT_BY_NAME

log = logging.getLogger(__name__)
STATE_VERSION = 1
MAX_RECENT = 10
MAX_PATH_CHARS = 4096
THEMES = ("system", "light", "sepia", "dark")
LANGUAGE_CODES = ("", "en", "zh_CN", "zh_TW")
# Each numeric preference's range, declared once: load and save both clamp to it.
BOUNDS = {
    "zoom": (-8, 20),
    "font_weight": (100, 900),
    "line_spacing": (100, 300),
    "last_section": (0, 1_000_000),
    "last_paragraph": (0, 10_000_000),
}


@dataclass
class Preferences:
    """What the user chose; every field has its default here and nowhere else."""

    variant: str = "none"
    zoom: int = 0
    theme: str = "system"
    font_family: str = ""
    font_weight: int = 400  # CSS weight from the font dialog's style (Light 300, Regular 400, Bold 700…)
    font_italic: bool = False
    line_spacing: int = 160
    language: str = ""
    wide_punctuation: bool = True
    last_file: str = ""
    last_section: int = 0
    last_paragraph: int = 0
    recent_files: list[str] = field(default_factory=list)
    auto_reload: bool = (
        True  # reload the article when its file changes on disk (a reader has no edits to lose)
    )


def clamped(p: Preferences) -> Preferences:
    """*p* with every number inside its BOUNDS and every choice one of its values (defaults otherwise)."""
    default = Preferences()
    numbers = {}
    for name, (low, high) in BOUNDS.items():
        value = getattr(p, name)
        numbers[name] = max(low, min(high, value)) if isinstance(value, int) else getattr(default, name)
    return replace(
        p,
        **numbers,
        variant=p.variant if p.variant in VARIANT_BY_NAME else default.variant,
        theme=p.theme if p.theme in THEMES else default.theme,
        language=p.language if p.language in LANGUAGE_CODES else default.language,
        font_family=safe_font_family(p.font_family),
        last_file=p.last_file if len(p.last_file) <= MAX_PATH_CHARS else "",
        recent_files=[f for f in p.recent_files if f and len(f) <= MAX_PATH_CHARS][:MAX_RECENT],
    )


class Settings:
    """Typed access to a QSettings store."""

    def __init__(self, store: QSettings) -> None:
        self.store = store
        self._warned = False

    def writable(self) -> bool:
        """Whether preferences can be saved (False for a read-only settings file or folder: said once in the
        log, and the window shows a mark in its status bar)."""
        if self.store.isWritable():
            return True
        self._warn()
        return False

    def _warn(self) -> None:
        if not self._warned:
            self._warned = True
            log.warning("preferences cannot be saved: %s is not writable", self.location())

    def location(self) -> str:
        """The settings file (or registry key), to name in a warning."""
        return self.store.fileName()

    def load(self) -> Preferences:
        """Read preferences; a value of the wrong type or out of range is replaced by the default."""
        p = Preferences()
        s = self.store

        def get(key: str, default, kind):
            value = s.value(key, default)
            try:
                if kind is list:
                    if value is None:
                        return default
                    return [str(v) for v in (value if isinstance(value, list) else [value])]
                return kind(value)
            except (TypeError, ValueError, OverflowError):  # int("9" * 5000), int(float("inf"))
                return default

        p.variant = get("prefs/variant", p.variant, str)
        p.zoom = get("prefs/zoom", p.zoom, int)
        p.theme = get("prefs/theme", p.theme, str)
        p.font_family = get("prefs/font_family", p.font_family, str)
        p.font_weight = get("prefs/font_weight", p.font_weight, int)
        p.font_italic = _as_bool(s.value("prefs/font_italic", p.font_italic), p.font_italic)
        p.line_spacing = get("prefs/line_spacing", p.line_spacing, int)
        p.language = get("prefs/language", p.language, str)
        p.wide_punctuation = _as_bool(
            s.value("prefs/wide_punctuation", p.wide_punctuation), p.wide_punctuation
        )
        p.auto_reload = _as_bool(s.value("prefs/auto_reload", p.auto_reload), p.auto_reload)
        p.last_file = get("session/last_file", p.last_file, str)
        p.last_section = get("session/last_section", p.last_section, int)
        p.last_paragraph = get("session/last_paragraph", p.last_paragraph, int)
        p.recent_files = get("session/recent_files", [], list)
        return clamped(p)

    def save(self, p: Preferences) -> bool:
        """Write preferences (clamped, so whatever the window set is storable); False, with one warning in the
        log per session, when they could not be written."""
        p = clamped(p)
        s = self.store
        s.setValue("prefs/variant", p.variant)
        s.setValue("prefs/zoom", p.zoom)
        s.setValue("prefs/theme", p.theme)
        s.setValue("prefs/font_family", p.font_family)
        s.setValue("prefs/font_weight", p.font_weight)
        s.setValue("prefs/font_italic", p.font_italic)
        s.setValue("prefs/line_spacing", p.line_spacing)
        s.setValue("prefs/language", p.language)
        s.setValue("prefs/wide_punctuation", p.wide_punctuation)
        s.setValue("prefs/auto_reload", p.auto_reload)
        s.setValue("session/last_file", p.last_file)
        s.setValue("session/last_section", p.last_section)
        s.setValue("session/last_paragraph", p.last_paragraph)
        s.setValue("session/recent_files", list(p.recent_files))
        s.sync()
        if s.status() == QSettings.Status.NoError:
            return True
        self._warn()
        return False

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        """Window geometry and dock layout, tagged with STATE_VERSION."""
        self.store.setValue("window/version", STATE_VERSION)
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    def load_window(self) -> tuple[QByteArray | None, QByteArray | None]:
        """Geometry and state, or (None, None) when missing or from another version."""
        try:
            version = int(self.store.value("window/version", 0))
        except (TypeError, ValueError):
            version = 0
        if version != STATE_VERSION:
            return None, None
        geometry, state = self.store.value("window/geometry"), self.store.value("window/state")
        ok = isinstance(geometry, QByteArray) and isinstance(state, QByteArray)
        return (geometry, state) if ok else (None, None)


def _as_bool(value: object, default: bool) -> bool:
    """QSettings gives booleans back as 'true'/'false' strings from INI files."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false", "1", "0"):
        return value.lower() in ("true", "1")
    return default


def add_recent(recent: list[str], path: str) -> list[str]:
    """Most recent first, no duplicates, at most MAX_RECENT."""
    return [path, *[p for p in recent if p != path]][:MAX_RECENT]
