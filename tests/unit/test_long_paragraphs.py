"""Figures in paragraphs longer than one reading window (issue 9, item 7).

A paragraph without line breaks can be megabytes long, so figures are read in windows. These cases failed when a
window ended at a fixed length inside a number (共有12345人 read as 45人), and when a text of repeated idioms made
the idiom filter compare every figure with every idiom (百分之 × 3 333 333 took 321 s)."""

from __future__ import annotations

import pytest

from reader.figures import WINDOW_CHARS, find_figures, find_figures_in_long_text


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("共有12345人", "12345人"),
        ("2022年6月7日", "2022年6月7日"),
        ("约3.5亿元", "约3.5亿元"),
        ("一千二百三十四名", "一千二百三十四名"),
        ("增长12.5%", "12.5%"),
    ],
)
@pytest.mark.parametrize("separator", ["", "，", " "])
def test_a_figure_across_the_window_boundary_is_read_whole(
    phrase: str, expected: str, separator: str
) -> None:
    # Slide the phrase over the boundary one character at a time, so some position puts the fixed cut inside it.
    for shift in range(len(phrase) + 1):
        before = (
            ("字" * (WINDOW_CHARS - shift))
            if not separator
            else (("字" * 9 + separator) * WINDOW_CHARS)[: WINDOW_CHARS - shift]
        )
        text = before + phrase + "字" * 3000
        found = [f.text for f in find_figures_in_long_text(text) if f.start >= len(before) - 2]
        assert expected in found, (shift, separator, found)


def test_long_text_matches_short_reading_of_each_sentence() -> None:
    sentences = ["全市共有12345人参加，比去年多3.5%。", "2022年6月7日上午10时，第3批约200名志愿者出发。"]
    text = "".join(sentences * 800)  # ~35 000 characters, several windows
    long = [(f.start, f.text) for f in find_figures_in_long_text(text)]
    short: list[tuple[int, str]] = []
    offset = 0
    for sentence in sentences * 800:
        short.extend((offset + f.start, f.text) for f in find_figures(sentence))
        offset += len(sentence)
    assert long == short


def test_figures_inside_idioms_are_dropped_and_others_kept() -> None:
    """Idioms are masked before the rules run: nothing inside one is a figure, everything around it is."""
    text = "他一五一十地说，三心二意不行，共有3人。" * 3
    assert [f.text for f in find_figures_in_long_text(text)] == ["3人"] * 3


def test_figures_stop_at_the_limit_and_the_analysis_says_so() -> None:
    """2.5 million one-character figures would take a minute: past MAX_FIGURES the text is kept whole but no
    more figures are looked for, and the window's status bar and the export say so."""
    import json

    from reader.analysis import analyse_text
    from reader.export import export_json
    from reader.model import MAX_FIGURES

    text = "共有3人。" * (MAX_FIGURES + 50)
    analysis = analyse_text(text)
    assert len(analysis.figures) == MAX_FIGURES and analysis.figures_capped
    assert "".join(analysis.article.sections[0].paragraphs) == text  # nothing of the text is lost
    assert json.loads(export_json(analysis, "x.txt"))["figures_complete"] is False
    small = analyse_text("共有3人。" * 10)
    assert not small.figures_capped and json.loads(export_json(small, "x.txt"))["figures_complete"] is True
