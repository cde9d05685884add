"""For learners: readings above the characters (ruby), the dictionary at the cursor, side by side, read aloud.

Real windows on the bundled article; what is checked is wiring and geometry (a reading sits above its own
character, the same line stays at the top), not pixels.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtGui import QTextCursor

from reader.phonetics import syllables
from reader.ui.settings import Settings
from tests.ui.test_reading_position import (
    assert_still_reading,
    middle_of_long_paragraph,
    open_window,
    read_at,
)


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings):
    win = open_window(qtbot, settings)
    yield win
    QThreadPool.globalInstance().waitForDone(30000)


def _check_readings_sit_on_their_characters(win, system: str = "pinyin", numbers: bool = False) -> int:
    view = win.view
    items = win.learning.ruby.visible_readings()
    assert items
    document = view.document()
    for rect, syllable, position in items[:200]:
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        char = view.cursorRect(cursor)  # the caret before the character: its left edge and line
        assert rect.bottom() <= char.top() + 2, (syllable, rect, char)
        assert rect.bottom() >= char.top() - 12
        assert char.left() - 4 <= rect.center().x() <= char.left() + 40
        block = document.findBlock(position)
        expected = syllables(block.text(), system, numbers)[position - block.position()]
        assert syllable == expected
    return len(items)


@pytest.mark.parametrize("mode", ["pinyin", "pinyin-numbers", "jyutping"])
def test_readings_on_and_off_keep_the_line(window, mode) -> None:
    before = read_at(window, middle_of_long_paragraph(window))
    window.learning.set_readings(mode)
    assert window.learning.ruby.isVisible()
    assert_still_reading(window, before)
    system = "jyutping" if mode == "jyutping" else "pinyin"
    assert _check_readings_sit_on_their_characters(window, system, mode != "pinyin") > 50
    text = window.view.toPlainText()
    window.learning.set_readings("")
    assert not window.learning.ruby.isVisible()
    assert window.learning.ruby.visible_readings() == []
    assert window.view.toPlainText() == text  # the document's text never changed
    assert_still_reading(window, before)
    QThreadPool.globalInstance().waitForDone(30000)


def test_readings_follow_scrolling_zoom_and_a_variant_switch(window, qtbot) -> None:
    window.learning.set_readings("pinyin")
    before = read_at(window, middle_of_long_paragraph(window, 3))
    _check_readings_sit_on_their_characters(window)
    window.zoom(2)
    assert_still_reading(window, before)
    _check_readings_sit_on_their_characters(window)
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.value() + 333)
    _check_readings_sit_on_their_characters(window)
    before = read_at(window, middle_of_long_paragraph(window, 2))
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.set_variant("s2twp")
    assert_still_reading(window, before)
    _check_readings_sit_on_their_characters(window)  # Traditional text read through the fold
    window.zoom(0, reset=True)


def test_the_reading_mode_is_remembered(qtbot, settings) -> None:
    win = open_window(qtbot, settings)
    win.learning.set_readings("jyutping")
    win.close()
    QThreadPool.globalInstance().waitForDone(30000)
    again = open_window(qtbot, settings)
    assert again.learning.ruby.mode == "jyutping"
    assert again.learning.reading_actions["jyutping"].isChecked()
    _check_readings_sit_on_their_characters(again, "jyutping", True)
    QThreadPool.globalInstance().waitForDone(30000)


# --- the dictionary at the cursor ------------------------------------------------------------------------------
def _point_of(win, needle: str, plus: int = 0):
    """Viewport point in the middle of character *plus* of the first *needle* on screen."""
    from PySide6.QtCore import QPoint

    view = win.view
    top = view.cursorForPosition(QPoint(5, 5)).position()
    at = view.toPlainText().find(needle, top)
    assert at >= 0, needle
    cursor = QTextCursor(view.document())
    cursor.setPosition(at + plus)
    rect = view.cursorRect(cursor)
    return rect.center() + QPoint(6, 0)


def test_dictionary_popup_on_hover(window, qtbot) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from reader.ui.reading_position import Anchor

    window.learning.dictionary_action.setChecked(True)
    window.position.go_to(Anchor(1, 1, 0))
    lookup = window.learning.lookup
    viewport = window.view.viewport()
    QTest.mouseMove(viewport, _point_of(window, "核酸检测", 1))
    qtbot.waitUntil(lookup.popup.isVisible, timeout=5000)
    assert lookup.popup.word in ("核酸", "核酸检测")
    text = lookup.popup.label.text()
    assert "hé suān" in text and "nucleic acid" in text and "hat6 syun1" in text
    QTest.mouseMove(viewport, QPoint(2, viewport.height() - 2))  # the margin: no word
    qtbot.waitUntil(lambda: not lookup.popup.isVisible(), timeout=5000)
    # a figure: its normalised value
    QTest.mouseMove(viewport, _point_of(window, "63例", 0))
    qtbot.waitUntil(lookup.popup.isVisible, timeout=5000)
    assert "63 例" in lookup.popup.label.text() and "count" in lookup.popup.label.text()
    window.learning.dictionary_action.setChecked(False)
    assert not lookup.popup.isVisible()
    QTest.mouseMove(viewport, _point_of(window, "核酸检测", 1))
    QTest.qWait(HOVER_WAIT)
    assert not lookup.popup.isVisible()


HOVER_WAIT = 600


def test_dictionary_in_traditional_and_at_the_text_cursor(window, qtbot) -> None:
    from reader.ui.reading_position import Anchor

    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.set_variant("s2twp")
    window.position.go_to(Anchor(1, 1, 0))
    view = window.view
    at = view.toPlainText().find("核酸檢測")
    cursor = QTextCursor(view.document())
    cursor.setPosition(at + 2)
    view.setTextCursor(cursor)
    window.learning.look_up_action.trigger()
    popup = window.learning.lookup.popup
    assert popup.isVisible() and popup.word in ("檢測", "核酸檢測")
    assert "jiǎn cè" in popup.label.text() and "检测" in popup.label.text()
    window.learning.lookup.hide()


def test_popup_text_is_escaped() -> None:
    from reader.dictionary import Entry
    from reader.ui.dictionary_popup import popup_html

    html = popup_html("<b>x</b>", [Entry("<i>", "<i>", "x1", ("<img src=/dev/zero>",))], "", "<a>")
    assert "<img" not in html and "<i>" not in html and "&lt;img" in html


# --- side by side ------------------------------------------------------------------------------------------------
def _open_side_by_side(window, qtbot):
    panes = window.learning.show_side_by_side()
    qtbot.addWidget(panes)
    qtbot.waitUntil(
        lambda: not panes.loader.is_busy() and all(p._renderer for p in panes.panes), timeout=30000
    )
    return panes


def _assert_aligned(panes) -> None:
    left, right = (panes._top(p) for p in panes.panes)
    assert left[0] == right[0], (left, right)  # the same block at the top of both
    assert abs(left[1] - right[1]) < 0.05
    assert panes.top_paragraphs()[0] == panes.top_paragraphs()[1]


def test_side_by_side_scrolls_together_paragraph_by_paragraph(window, qtbot) -> None:
    panes = _open_side_by_side(window, qtbot)
    assert "核酸检测" in panes.panes[0].toPlainText() and "核酸檢測" in panes.panes[1].toPlainText()
    assert panes.panes[0].document().blockCount() == panes.panes[1].document().blockCount()
    left_bar = panes.panes[0].verticalScrollBar()
    right_bar = panes.panes[1].verticalScrollBar()
    for fraction in (0.1, 0.37, 0.5, 0.81, 0.0):
        left_bar.setValue(round(left_bar.maximum() * fraction))
        _assert_aligned(panes)
    for fraction in (0.25, 0.66):  # and the other way round
        right_bar.setValue(round(right_bar.maximum() * fraction))
        _assert_aligned(panes)
    panes.panes[1].go_to_paragraph(3, 2)
    _assert_aligned(panes)
    assert panes.top_paragraphs()[0] == (3, 2)


def test_side_by_side_keeps_the_paragraph_after_a_variant_switch(window, qtbot) -> None:
    panes = _open_side_by_side(window, qtbot)
    panes.panes[0].go_to_paragraph(2, 1)
    _assert_aligned(panes)
    with qtbot.waitSignal(panes.loader.done, timeout=30000):
        panes.set_variant(1, "s2hk")
    assert panes.boxes[1].currentData() == "s2hk"
    assert panes.top_paragraphs() == ((2, 1), (2, 1))
    _assert_aligned(panes)
    bar = panes.panes[1].verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    _assert_aligned(panes)
    with qtbot.waitSignal(panes.loader.done, timeout=30000):
        panes.set_variant(0, "s2t")
    _assert_aligned(panes)
    assert "核酸檢測" in panes.panes[0].toPlainText()
    panes.close()


# --- read aloud --------------------------------------------------------------------------------------------------
class FakeState:
    def __init__(self, name: str) -> None:
        self.name = name


def _fake_engine_class():
    from PySide6.QtCore import QObject, Signal

    class FakeEngine(QObject):
        """Stands in for QTextToSpeech (no voice on this machine): records what it is told, finishes on demand."""

        stateChanged = Signal(object)

        def __init__(self) -> None:
            super().__init__()
            self.said: list[str] = []
            self.calls: list[str] = []
            self.rate = 0.0

        def say(self, text: str) -> None:
            self.said.append(text)
            self.stateChanged.emit(FakeState("Speaking"))

        def finish(self) -> None:
            self.stateChanged.emit(FakeState("Ready"))

        def pause(self) -> None:
            self.calls.append("pause")
            self.stateChanged.emit(FakeState("Paused"))

        def resume(self) -> None:
            self.calls.append("resume")
            self.stateChanged.emit(FakeState("Speaking"))

        def stop(self) -> None:
            self.calls.append("stop")
            self.stateChanged.emit(FakeState("Ready"))

        def setRate(self, rate: float) -> None:
            self.rate = rate

        def errorString(self) -> str:
            return "fake failure"

    return FakeEngine


def test_read_aloud_speaks_sentence_by_sentence_through_an_engine(window) -> None:
    from reader.ui.reading_position import Anchor

    engine = _fake_engine_class()()
    reader = window.learning.read_aloud
    reader.factory = lambda: (engine, "")
    window.position.go_to(Anchor(1, 1, 0))
    window.learning.read_aloud_action.trigger()
    assert reader.state == "speaking"
    first = reader.current_sentence()
    paragraph = window.view.document().findBlock(window.view.textCursor().selectionStart()).text()
    assert paragraph.replace(",", "，").startswith("6月7日凌晨3时，林西县")  # the paragraph at the top
    assert paragraph.startswith(first) and first.endswith(("。", "！", "？", "；"))
    assert window.view.textCursor().selectedText() == first  # highlighted (selected) and on screen
    engine.finish()
    second = reader.current_sentence()
    assert second != first and paragraph[len(first) :].startswith(second)
    assert window.view.textCursor().selectedText() == second
    window.learning.read_aloud_action.trigger()  # pause
    assert reader.state == "paused" and engine.calls[-1] == "pause"
    engine.finish()  # an engine reporting Ready while paused does not move on
    assert reader.current_sentence() == second
    window.learning.read_aloud_action.trigger()  # resume
    assert reader.state == "speaking" and engine.calls[-1] == "resume"
    window.learning.faster_action.trigger()
    window.learning.faster_action.trigger()
    assert engine.rate == pytest.approx(0.4)
    window.learning.slower_action.trigger()
    assert engine.rate == pytest.approx(0.2)
    said = len(engine.said)
    window.learning.stop_reading_action.trigger()
    assert reader.state == "stopped" and engine.calls[-1] == "stop"
    engine.finish()
    assert len(engine.said) == said and reader.current_sentence() == ""


def test_read_aloud_figures_are_spoken_for_the_ear(window) -> None:
    engine = _fake_engine_class()()
    reader = window.learning.read_aloud
    reader.factory = lambda: (engine, "")
    document = window.view.document()
    found = document.find("91.9%")
    assert not found.isNull()
    block = document.findBlock(found.selectionStart())
    cursor = QTextCursor(document)
    cursor.setPosition(block.position())
    window.view.setTextCursor(cursor)
    assert reader.start()
    while engine.said and "91.9" not in engine.said[-1] and reader.state == "speaking":
        engine.finish()
    assert "百分之91.9" in engine.said[-1] and "%" not in engine.said[-1]
    reader.stop()


def test_read_aloud_without_an_engine_says_so(window) -> None:
    reader = window.learning.read_aloud
    reader.factory = lambda: (None, "No text-to-speech engine is installed.")
    messages: list[str] = []
    reader.message.connect(messages.append)
    assert not reader.start()
    assert messages == ["No text-to-speech engine is installed."]
    assert "No text-to-speech engine" in window.statusBar().currentMessage()
    assert reader.state == "stopped"


@pytest.mark.parametrize(
    ("name", "language", "territory", "cantonese", "rank"),
    [
        ("Chinese (Mandarin, latin as English)", "C", "AnyTerritory", False, 0),  # espeak-ng's cmn under "C"
        ("Chinese (Mandarin, latin as English)+Adam", "C", "AnyTerritory", False, 1),
        ("Chinese (Cantonese)", "Cantonese", "HongKong", False, 2),  # a Cantonese voice only if no Mandarin
        ("Chinese (Cantonese)", "Cantonese", "HongKong", True, 0),
        ("Tingting", "Chinese", "China", False, 0),  # a system voice named by person, known by its locale
        ("Sinji", "Chinese", "HongKong", True, 0),
        ("Meijia", "Chinese", "Taiwan", True, 2),
        ("Bishnupriya Manipuri", "C", "AnyTerritory", False, None),
        ("English (America)", "English", "UnitedStates", False, None),
    ],
)
def test_voice_rank_prefers_the_readings_language(name, language, territory, cantonese, rank) -> None:
    from reader.ui.read_aloud import voice_rank

    assert voice_rank(name, language, territory, cantonese) == rank


def test_the_real_engine_factory_explains_what_is_missing(qapp) -> None:
    from reader.ui.read_aloud import make_engine

    engine, why = make_engine()
    if engine is None:  # a machine without a sound library, engine or voice (CI)
        assert why and ("text-to-speech" in why or "voice" in why)
    else:  # a machine with a Chinese voice (speech-dispatcher + espeak-ng): one real sentence
        # (tests/benchmarks/read_aloud_real.py runs the window's read aloud on it)
        engine.say("你好")
        assert engine.state().name in ("Speaking", "Ready", "Synthesizing")


def test_side_by_side_finds_in_both_scripts(window, qtbot) -> None:
    panes = _open_side_by_side(window, qtbot)
    left, right = panes.find("核酸检测")  # typed in Simplified: found in the Traditional pane too
    assert left == right > 3
    assert panes.find("核酸檢測") == (left, right)  # and typed in Traditional
    panes.find_field.setText("核酸檢測")
    assert "on the left" in panes.status.text()
    assert panes.find_next()
    assert panes.panes[0].textCursor().selectedText() == "核酸检测"
    _assert_aligned(panes)
    assert panes.find("") == (0, 0)
    panes.close()


def test_a_section_jump_shows_the_headings_readings(window) -> None:
    window.learning.set_readings("pinyin")
    window.sidebar.section_requested.emit(2)
    heading = window.view.document().find(window.shown.article.sections[2].heading)
    assert not heading.isNull()
    top = window.view.cursorRect(heading).top()
    assert top >= window.learning.ruby.band() - 2  # room for the band above the heading's line
    assert any(
        p >= heading.selectionStart() and p < heading.selectionEnd()
        for rect, _s, p in window.learning.ruby.visible_readings()
        if rect.top() >= 0
    )
    assert window.position.anchor().section == 2
    assert window.sidebar.current_index() == 2


def test_side_by_side_shows_the_highlights_in_both_panes(qtbot, settings, tmp_path, monkeypatch) -> None:
    """A highlight made in the main window marks the same words in both panes, whatever their character set."""
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    window = open_window(qtbot, settings)
    panes = _open_side_by_side(window, qtbot)
    assert all(not pane._marks for pane in panes.panes)
    cursor = window.view.document().find("始终坚持人民至上")
    assert not cursor.isNull()
    window.view.setTextCursor(cursor)
    assert window.annotations.add_highlight() is not None
    marked = [[m.cursor.selectedText() for m in pane._marks] for pane in panes.panes]
    assert marked == [["始终坚持人民至上"], ["始終堅持人民至上"]], marked
    with qtbot.waitSignal(panes.loader.done, timeout=30000):
        panes.set_variant(1, "s2hk")
    assert [m.cursor.selectedText() for m in panes.panes[1]._marks] == ["始終堅持人民至上"]
    QThreadPool.globalInstance().waitForDone(30000)
    window.annotations.store.close()
