"""All persistent settings in one typed place; defaults declared once; corrupt values fall back to them.

Preferences (variant, zoom, theme, language…) are kept apart from window state (geometry, dock layout,
versioned).  The QSettings object is injected, so tests use a temporary file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QSettings

STATE_VERSION = 1
MAX_RECENT = 10
THEMES = ("system", "light", "sepia", "dark")


@dataclass
class Preferences:
    """What the user chose; every field has its default here and nowhere else."""

    variant: str = "none"
    zoom: int = 0
    theme: str = "system"
    font_family: str = ""
    line_spacing: int = 160
    language: str = ""
    wide_punctuation: bool = True
    last_file: str = ""
    last_section: int = 0
    last_paragraph: int = 0
    recent_files: list[str] = field(default_factory=list)


class Settings:
    """Typed access to a QSettings store."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

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
            except (TypeError, ValueError):
                return default

        p.variant = get("prefs/variant", p.variant, str)
        p.zoom = max(-8, min(20, get("prefs/zoom", p.zoom, int)))
        p.theme = get("prefs/theme", p.theme, str)
        if p.theme not in THEMES:
            p.theme = "system"
        p.font_family = get("prefs/font_family", p.font_family, str)
        p.line_spacing = max(100, min(300, get("prefs/line_spacing", p.line_spacing, int)))
        p.language = get("prefs/language", p.language, str)
        p.wide_punctuation = _as_bool(
            s.value("prefs/wide_punctuation", p.wide_punctuation), p.wide_punctuation
        )
        p.last_file = get("session/last_file", p.last_file, str)
        p.last_section = max(0, get("session/last_section", p.last_section, int))
        p.last_paragraph = max(0, get("session/last_paragraph", p.last_paragraph, int))
        p.recent_files = get("session/recent_files", [], list)[:MAX_RECENT]
        return p

    def save(self, p: Preferences) -> None:
        """Write preferences."""
        s = self.store
        s.setValue("prefs/variant", p.variant)
        s.setValue("prefs/zoom", p.zoom)
        s.setValue("prefs/theme", p.theme)
        s.setValue("prefs/font_family", p.font_family)
        s.setValue("prefs/line_spacing", p.line_spacing)
        s.setValue("prefs/language", p.language)
        s.setValue("prefs/wide_punctuation", p.wide_punctuation)
        s.setValue("session/last_file", p.last_file)
        s.setValue("session/last_section", p.last_section)
        s.setValue("session/last_paragraph", p.last_paragraph)
        s.setValue("session/recent_files", list(p.recent_files))
        s.sync()

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
