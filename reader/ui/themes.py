"""Colour themes: the article style sheet and window palette for light, sepia and dark."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from reader.kinds import KINDS
from reader.paths import resource_path


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    text: str
    muted: str
    heading: str
    figures: dict[str, str]  # kind → background colour (text colour stays the theme's, so it reads in both)


_LIGHT_FIGURES = {name: k.colour_light for name, k in KINDS.items()}
_DARK_FIGURES = {name: k.colour_dark for name, k in KINDS.items()}
# On the sepia page the light tints (chosen for white) all but vanish: the same hues, a step deeper.
_SEPIA_FIGURES = {name: QColor(colour).darker(112).name() for name, colour in _LIGHT_FIGURES.items()}

THEMES = {
    "light": Theme("light", "#ffffff", "#1f2328", "#6b7280", "#111827", _LIGHT_FIGURES),
    "sepia": Theme("sepia", "#f4ecd8", "#433422", "#7a6a53", "#2f2417", _SEPIA_FIGURES),
    "dark": Theme("dark", "#1e1f22", "#e6e6e6", "#9ca3af", "#f3f4f6", _DARK_FIGURES),
}

CJK_FONT_NAMES = (
    "Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "Microsoft YaHei",
    "PingFang SC",
)  # fmt: skip
CJK_FONTS = ", ".join([*(f'"{name}"' for name in CJK_FONT_NAMES), "serif"])


# A font family as fonts name themselves (letters of any script, digits, spaces, - _ . ' ( ) + &): nothing that
# could end the CSS string it is quoted in, start a new rule or escape (" \\ ; { } < > and control characters).
_FONT_FAMILY = re.compile(r"[\w .\-'()+&]{1,100}")


def safe_font_family(family: str) -> str:
    """*family* if it is a plain font name, else '' (the default fonts): the name comes from the settings file,
    which anyone can edit, and is pasted into the article's CSS."""
    return family if _FONT_FAMILY.fullmatch(family) else ""


def resolve(name: str) -> Theme:
    """The theme for *name*; ``system`` follows Qt's colour scheme."""
    if name == "system":
        hints = QGuiApplication.styleHints()
        dark = hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark
        return THEMES["dark" if dark else "light"]
    return THEMES.get(name, THEMES["light"])


@lru_cache(maxsize=1)
def _css_template() -> Template:
    return Template(resource_path("article.css").read_text(encoding="utf-8"))


def style_sheet(theme: Theme, font_family: str = "", line_height: int = 160) -> str:
    """The article's CSS (QTextDocument's subset) for *theme*: resources/article.css plus figure colours."""
    font_family = safe_font_family(font_family)
    family = f'"{font_family}", {CJK_FONTS}' if font_family else CJK_FONTS
    css = _css_template().substitute(
        text=theme.text, muted=theme.muted, heading=theme.heading, family=family, line_height=line_height
    )
    figures = [f"a.fig-{kind} {{ background-color: {colour}; }}" for kind, colour in theme.figures.items()]
    return css + "\n".join(figures)


def palette(theme: Theme) -> QPalette:
    """A window palette matching the theme."""
    pal = QPalette()
    bg, fg = QColor(theme.background), QColor(theme.text)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
        pal.setColor(
            role, bg if role != QPalette.ColorRole.Window else bg.darker(104 if theme.name != "dark" else 90)
        )
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(role, fg)
    pal.setColor(QPalette.ColorRole.Button, bg.darker(108) if theme.name != "dark" else bg.lighter(130))
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#2563eb"))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.ToolTipBase, bg)
    pal.setColor(QPalette.ColorRole.ToolTipText, fg)
    return pal
