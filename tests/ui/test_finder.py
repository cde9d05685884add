"""Find like a browser: from the reading position, "n of N", a distinct current match, a wrap notice."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QSettings, QThreadPool

from reader.paths import SEED_ARTICLE, resource_path
from reader.ui.finder import CURRENT_BACKGROUND, OTHER_BACKGROUND, FindState, count_matches, find_label
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings


@pytest.mark.parametrize(
    ("text", "needles", "expected"),
    [
        ("核酸检测核酸檢測", ["核酸检测", "核酸檢測"], 2),
        ("aaaa", ["aa"], 3),  # overlapping starts count, as the view highlights them
        ("核酸检测", ["核酸", "核酸检测"], 1),  # one start, two needles: once
        ("", ["x"], 0),
        ("a.b a.b", ["a.b"], 2),  # a query is text, not a pattern
        ("axb", ["a.b"], 0),
        ("核酸", [], 0),
    ],
)
def test_count_matches(text, needles, expected) -> None:
    assert count_matches(text, needles) == expected


@given(
    st.text("核酸检测a.b", max_size=40), st.lists(st.text("核酸检测a.b", min_size=1, max_size=3), max_size=3)
)
def test_count_matches_is_the_number_of_distinct_starts(text, needles) -> None:
    starts = {i for n in needles for i in range(len(text)) if text.startswith(n, i)}
    assert count_matches(text, needles) == len(starts)


@pytest.mark.parametrize(
    ("state", "has_query", "expected"),
    [
        (FindState(3, 17), True, "3 of 17"),
        (FindState(0, 17), True, "17 matches"),
        (FindState(0, 0), True, "No matches"),
        (FindState(1, 17, "top"), True, "1 of 17 · from the top again"),
        (FindState(17, 17, "bottom"), True, "17 of 17 · from the end again"),
        (FindState(0, 0), False, ""),
    ],
)
def test_find_label(state, has_query, expected) -> None:
    assert find_label(state, has_query) == expected


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    win.prewarm_converters = False
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    with qtbot.waitSignal(win.loader.done, timeout=30000):
        win.open_file(str(resource_path(SEED_ARTICLE)))
    yield win
    QThreadPool.globalInstance().waitForDone(30000)


def current_selection_colours(win: MainWindow) -> tuple[set[str], set[str]]:
    """Background colours of the current match and of the others, as drawn."""
    start = win.finder.current[1]
    current, others = set(), set()
    for selection in win.view.extraSelections():
        colour = selection.format.background().color().name()
        (current if selection.cursor.selectionStart() == start else others).add(colour)
    return current, others


def test_find_starts_from_the_reading_position(window) -> None:
    window.view.go_to_section(3)
    reading_start = window.finder._reading_start()
    window.show_find()
    window.find_bar.field.setText("核酸")
    state = window.finder.step(False, from_reading_position=True)
    assert window.finder.current[1] >= reading_start  # not the first match of the article
    assert state.index > 1
    assert window.find_bar.count.text() == f"{state.index} of {state.total}"


def test_n_of_n_and_the_current_match_colour(window) -> None:
    window.show_find()
    window.find_bar.field.setText("核酸")
    total = window.finder.total()
    assert total == len(window.view.extraSelections()) > 5
    assert window.find_bar.count.text() == f"1 of {total}"
    current, others = current_selection_colours(window)
    assert current == {CURRENT_BACKGROUND} and others == {OTHER_BACKGROUND}
    window.find_step(False)
    assert window.find_bar.count.text() == f"2 of {total}"
    window.find_step(True)
    assert window.find_bar.count.text() == f"1 of {total}"
    assert window.finder.current_text() == "核酸"
    assert window.view.textCursor().selectedText() == ""  # not hidden under the selection colour


def test_wrapping_round_the_end_is_said(window) -> None:
    window.show_find()
    window.find_bar.field.setText("核酸")
    total = window.finder.total()
    for _ in range(total - 1):
        window.find_step(False)
    assert window.find_bar.count.text() == f"{total} of {total}"
    window.find_step(False)
    assert window.find_bar.count.text() == f"1 of {total} · from the top again"
    assert "from the top again" in window.statusBar().currentMessage()
    window.find_step(True)
    assert window.find_bar.count.text() == f"{total} of {total} · from the end again"


def test_after_scrolling_away_the_next_match_is_found_from_where_you_read(window) -> None:
    window.show_find()
    window.find_bar.field.setText("核酸")
    assert window.find_bar.count.text().startswith("1 of ")
    first = window.finder.current[1]
    window.hide_find()
    window.view.go_to_section(2)
    reading_start = window.finder._reading_start()
    assert reading_start > first
    window.show_find()  # the kept query: the first match from here
    assert reading_start <= window.finder.current[1]
    window.view.go_to_section(3)  # scrolled on while the bar is open: F3 goes on from here
    reading_start = window.finder._reading_start()
    window.find_step(False)
    assert reading_start <= window.finder.current[1]


def test_no_matches(window) -> None:
    window.show_find()
    window.find_bar.field.setText("不存在的词语")
    assert window.find_bar.count.text() == "No matches"
    window.find_step(False)
    assert window.statusBar().currentMessage() == "Not found"


def test_n_of_n_across_the_pages_of_a_long_text(window, qtbot, tmp_path) -> None:
    seed = resource_path(SEED_ARTICLE).read_text(encoding="utf-8")
    body = "\n\n".join(
        f"第{i}章 第{i}部分标题\n\n" + seed.split("1 敏锐果敢的赤峰定力")[1] for i in range(1, 41)
    )
    long_file = tmp_path / "long.txt"
    long_file.write_text(body, encoding="utf-8")
    with qtbot.waitSignal(window.loader.done, timeout=60000):
        window.open_file(str(long_file))
    qtbot.waitUntil(lambda: window.source is not None and window.source.path == str(long_file), timeout=60000)
    assert window.view.page_count() > 3
    window.show_find()
    window.find_bar.field.setText("部分标题")
    assert window.finder.total() == 40
    assert window.find_bar.count.text() == "1 of 40"
    pages = {window.view.current_page()}
    for k in range(2, 41):
        window.find_step(False)
        assert window.find_bar.count.text() == f"{k} of 40"
        assert window.finder.current_text() == "部分标题"
        pages.add(window.view.current_page())
    assert len(pages) == window.view.page_count()  # it went through every page
    window.find_step(False)
    assert window.find_bar.count.text() == "1 of 40 · from the top again" and window.view.current_page() == 0
    window.find_step(True)
    assert window.find_bar.count.text() == "40 of 40 · from the end again"
    assert window.view.current_page() == window.view.page_count() - 1


def test_typing_searches_from_where_the_search_began_and_back_returns_there(window) -> None:
    window.view.go_to_section(1)
    began = window.position.anchor()
    reading_start = window.finder._reading_start()
    window.show_find()
    window.find_bar.field.setText("核")  # the first letter finds a match further on …
    assert window.finder.current[1] >= reading_start
    window.find_bar.field.setText("核酸")  # … more letters search again from where the search began
    starts = [s.cursor.selectionStart() for s in window.view._search]
    assert window.finder.current[1] == min(s for s in starts if s >= reading_start)
    window.find_bar.field.setText("核酸检")
    window.hide_find()
    window.navigation.back_action.trigger()  # one Back: to the reading position, not to a match typed past
    assert window.position.anchor() == began
    assert not window.navigation.back_action.isEnabled()


def test_counts_see_the_punctuation_as_shown(tmp_path) -> None:
    """With full-width punctuation on, "市，政" is found where the file has "市,政" (and counted the same)."""
    from reader.analysis import analyse_bytes
    from reader.render import ArticleRenderer
    from reader.ui.finder import page_counts

    analysis = analyse_bytes("标题\n\n赤峰市,政府表示,赤峰市，政府支持。".encode(), None, "a.txt")
    wide = ArticleRenderer(analysis, wide_punctuation=True)
    plain = ArticleRenderer(analysis, wide_punctuation=False)
    assert sum(page_counts(wide, ["市，政"])) == 2 and sum(page_counts(plain, ["市，政"])) == 1
    assert sum(page_counts(wide, ["赤峰"])) == sum(page_counts(plain, ["赤峰"])) == 2
