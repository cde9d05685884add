"""For learners: readings above the characters (ruby), the dictionary at the cursor, side by side, read aloud.

Real windows on the bundled article; what is checked is wiring and geometry (a reading sits above its own
character, the same line stays at the top), not pixels.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QTextCursor

from reader.phonetics import syllables
from tests.ui.test_reading_position import (  # noqa: F401 — fixtures
    assert_still_reading,
    middle_of_long_paragraph,
    open_window,
    read_at,
    settings,
    window,
)


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
