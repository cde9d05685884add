"""The analysis model: figures, key statistics, timeline events and the whole analysis, as frozen dataclasses.

Kept apart from the code that computes them so that loading a cached analysis, or passing one between threads,
imports nothing heavy (no regular expressions to compile).
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.article.model import Article


def format_number(value: float) -> str:
    """1,234 for whole numbers, 1,234.5 otherwise: how values are shown in tooltips, the panel and ranges."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


_MAGNITUDES = ((10**12, "万亿", "萬億"), (10**8, "亿", "億"), (10**4, "万", "萬"))


def magnitude_text(value: float, traditional: bool = False) -> str | None:
    """The value as a Chinese reader writes it when it is round in a magnitude (333亿, 600万, 1.5万, 3.53万亿:
    at most two decimals); None when it is not (2,469,452 and 15,140 read best as digits)."""
    if not float(value).is_integer() or abs(value) < 10**4:
        return None
    whole = int(value)
    for size, simplified, traditional_name in _MAGNITUDES:
        if abs(whole) >= size:
            if (whole * 100) % size:
                return None
            scaled = f"{whole / size:,.2f}".rstrip("0").rstrip(".")
            return scaled + (traditional_name if traditional else simplified)
    return None


def unit_positions(text: str, unit: str) -> list[int] | None:
    """Where a figure's text (*text*) writes the characters of its *unit*: the last run of them (四隻: 隻), or
    one by one from the end when something stands inside the unit (兩個多月: 个月 is 個…月), or None when the
    unit is not written in it (两成 → %).  The unit then reads in the text's own script, whatever it was
    matched in."""
    at = text.rfind(unit)
    if at != -1:
        return list(range(at, at + len(unit)))
    positions, end = [], len(text)
    for char in reversed(unit):
        end = text.rfind(char, 0, end)
        if end == -1:
            return None
        positions.append(end)
    return positions[::-1]


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure found in one piece of text: exact source text, offsets, kind and normalised value."""

    text: str
    start: int
    end: int
    kind: str
    value: float | None = None
    unit: str | None = None
    approx: bool = False
    detail: str | None = None  # ISO-like date or hh:mm for dates and times, both ends of a range
    low: float | None = None  # the low end of a range (8到10摄氏度: 8; value is the high end)
    rule: str = (
        ""  # the rule that found it (``reader --export json --explain`` shows it): errors can be traced
    )

    def shifted(self, offset: int) -> Figure:
        """This figure *offset* characters further on (built directly: ``dataclasses.replace`` took a third of
        the time of a text dense with figures)."""
        return Figure(
            self.text,
            self.start + offset,
            self.end + offset,
            self.kind,
            self.value,
            self.unit,
            self.approx,
            self.detail,
            self.low,
            self.rule,
        )

    def display_value(self) -> str:
        """Human-readable normalised value for tooltips: '6,000,000+ 人次', '2022-06-07'."""
        if self.detail:
            return self.detail
        if self.value is None:
            return self.text
        number = format_number(self.value)
        marker = "≈" if self.approx else ""
        unit = f" {self.unit}" if self.unit else ""
        return f"{marker}{number}{unit}"


@dataclass(frozen=True, slots=True)
class PlacedFigure:
    """A figure and where it stands in the article: body paragraph, heading, title/deck, caption or dateline.

    ``section``/``paragraph`` index the body paragraph (for a heading: the section, paragraph None; for a
    caption: paragraph is the caption index; for title/deck: paragraph 0/1).  Offsets are into that text.
    """

    figure: Figure
    where: str
    section: int | None
    paragraph: int | None


@dataclass(frozen=True, slots=True)
class KeyStat:
    """One line of the statistics panel."""

    label: str
    text: str
    value: float | None
    unit: str | None
    kind: str
    section: int
    paragraph: int
    start: int
    end: int
    sentence: str
    approx: bool = False
    low: float | None = None  # the low end when the figure is a range


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """A dated event for the timeline chart: the first mention of each distinct day."""

    month: int
    day: int
    year: int | None
    text: str
    label: str
    section: int
    paragraph: int
    start: int
    end: int
    ordinal: int = 0  # days since an epoch, for spacing the chart (year 2000 when unknown); set by stats


MAX_FIGURES = 200_000
"""The most figures one document gets: forty times a long annual report.  Past it the text is still shown whole
but no more figures are looked for, so no input of the accepted size takes long (2.5 million one-character
figures would take a minute); ``Analysis.figures_capped`` tells the reader."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """An article with its figures and key statistics; immutable, so it can cross threads."""

    article: Article
    figures: tuple[PlacedFigure, ...]
    stats: tuple[KeyStat, ...]
    path: str = ""
    timeline: tuple[TimelineEvent, ...] = ()

    @property
    def figures_capped(self) -> bool:
        """Whether figures stopped at MAX_FIGURES, so later text has none highlighted."""
        return len(self.figures) >= MAX_FIGURES
