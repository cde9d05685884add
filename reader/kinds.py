"""The kinds of figure, defined once: how each resolves overlaps, takes ranges, weighs as a statistic, and shows.

A new kind is one entry here (plus its translated name in the window); the finders, the resolver, the
statistics ranking, the panel's grouping and the highlight colours all read this table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of figure.

    ``priority`` breaks ties between overlapping candidates of equal length (lower wins: a date beats a count);
    ``rangeable`` kinds join a low end before them into one range (8到10摄氏度); ``base_score`` is where the
    statistics ranking starts (None: never a key statistic); ``panel_order`` orders the panel's groups;
    ``colour_light``/``colour_dark`` are the highlight backgrounds (the CSS class is the kind's name).
    """

    name: str
    priority: int
    rangeable: bool
    base_score: float | None
    panel_order: int
    colour_light: str
    colour_dark: str


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("date", 0, False, 5.0, 0, "#dcfce7", "#14532d"),
        # (a time weighs least: when it happened fills a panel with room, after what was counted; not the date's
        # green: 6月7日凌晨3时 are two)
        Kind("time", 1, True, 1.0, 7, "#ccfbf1", "#134e4a"),
        Kind("money", 2, True, 6.0, 2, "#fde68a", "#78350f"),
        Kind("percent", 2, True, 6.0, 3, "#fce7f3", "#701a45"),
        Kind("ratio", 3, False, 4.0, 4, "#ede9fe", "#3b2f6b"),
        Kind("duration", 4, True, 3.0, 5, "#fef3c7", "#713f12"),
        Kind("count", 5, True, 3.0, 1, "#dbeafe", "#1e3a5f"),
        Kind("ordinal", 5, False, 2.0, 8, "#e5e7eb", "#374151"),  # 第89次 only: see stats._eligible
        Kind("number", 9, False, None, 6, "#e5e7eb", "#374151"),
    )
}


def kind(name: str) -> Kind:
    """The kind called *name* (KeyError for an unknown one: kinds are not invented on the fly)."""
    return KINDS[name]
