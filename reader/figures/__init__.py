"""The figures of a text: counts, dates, times, durations, money, percentages, ratios and ordinals.

``find.py`` holds the rules (patterns and the filters a Chinese editor applies), ``lexicon.toml`` their word
lists (units, approximation words, look-alikes, statistic-label words), validated by ``lexicon.py``.
"""

from reader.figures.find import (
    WINDOW_CHARS,
    article_figures,
    find_figures,
    find_figures_in_long_text,
)
from reader.model import MAX_FIGURES

__all__ = ["MAX_FIGURES", "WINDOW_CHARS", "article_figures", "find_figures", "find_figures_in_long_text"]
