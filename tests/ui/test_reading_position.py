"""The reading position survives every relayout, reopening and relaunching; Back/Forward; keyboard reading.

Each case puts a line from the middle of a long paragraph at the top, does the thing (zoom, language, resize,
variant, relaunch, reopen, a jump and Back) and checks that the same paragraph is still at the top of the view,
with the line holding the same character.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool

from reader.paths import SEED_ARTICLE, resource_path
from reader.ui.main_window import MainWindow
from reader.ui.reading_position import Anchor, History, PositionStore, carry
from reader.ui.settings import Settings

SEED = str(resource_path(SEED_ARTICLE))


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def open_window(qtbot, settings, path: str | None = SEED, size=(1280, 800), owned: bool = True) -> MainWindow:
    win = MainWindow(settings)
    win.interactive = False
    win.prewarm_converters = False
    if owned:  # closed by qtbot at the end (not for windows the code under test deletes itself)
        qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    with qtbot.waitSignal(win.loader.done, timeout=30000):
        if path is None:
            win.open_initial(None)
        else:
            win.open_file(path)
    qtbot.waitUntil(lambda: not win.loader.is_busy(), timeout=30000)
    return win


@pytest.fixture
def window(qtbot, settings):
    win = open_window(qtbot, settings)
    yield win
    QThreadPool.globalInstance().waitForDone(30000)


def middle_of_long_paragraph(win: MainWindow, section: int = 2) -> Anchor:
    """Offset 60 of the longest paragraph of *section*: a line in the middle of a paragraph, not its start."""
    paragraphs = win.shown.article.sections[section].paragraphs
    index = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
    assert len(paragraphs[index]) > 120
    return Anchor(section, index, 60)


def read_at(win: MainWindow, anchor: Anchor) -> Anchor:
    """Scroll so *anchor*'s line is at the top; return the anchor as the window reads it back."""
    win.position.go_to(anchor)
    here = win.position.anchor()
    assert (here.section, here.paragraph) == (anchor.section, anchor.paragraph)
    assert here.offset <= anchor.offset < here.offset + 60  # the start of the line holding the character
    return here


def assert_still_reading(win: MainWindow, before: Anchor) -> None:
    """The same paragraph at the top, on the line holding the same character; the sidebar agrees."""
    after = win.position.anchor()
    assert (after.section, after.paragraph) == (before.section, before.paragraph), (before, after)
    assert after.offset <= before.offset + 1 and before.offset < after.offset + 60, (before, after)
    assert win.sidebar.current_index() == before.section


# --- pure parts ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3,12,140", Anchor(3, 12, 140)),
        ("0,0,0", Anchor()),
        ("3,12", None),
        ("-1,0,0", None),
        ("1,2,x", None),
        ("9" * 40 + ",0,0", None),
        (None, None),
        (7, None),
    ],
)
def test_anchor_text_round_trip_rejects_junk(text, expected) -> None:
    assert Anchor.from_text(text) == expected
    if expected is not None:
        assert Anchor.from_text(expected.to_text()) == expected


def test_history_is_a_browsers() -> None:
    h = History()
    a, b, c = Anchor(0, 1), Anchor(2, 0), Anchor(4, 3)
    assert h.back(a) is None
    h.record(a)  # jumped from a to b
    h.record(a)  # the same place twice is one entry
    assert h.back(b) == a
    assert h.forward(a) == b
    h.record(b)  # jumped from b to c
    assert h.back(c) == b and h.back(b) == a
    h.record(a)  # a new jump clears what was ahead
    assert h.forward(a) is None


def test_offsets_carried_in_proportion_to_another_variant(window) -> None:
    from reader.convert import convert_analysis

    old = window.shown
    new = convert_analysis(old, "s2twp")
    anchor = middle_of_long_paragraph(window)
    moved = carry(anchor, old, new)
    length = len(new.article.sections[anchor.section].paragraphs[anchor.paragraph])
    assert (moved.section, moved.paragraph) == (anchor.section, anchor.paragraph)
    assert 0 <= moved.offset <= length and abs(moved.offset - anchor.offset) <= 6
    assert carry(Anchor(99, 0, 5), old, new) == Anchor(99, 0, 0)


def test_position_store_keeps_the_most_recent_files(tmp_path) -> None:
    store = PositionStore(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat), limit=3)
    for i in range(5):
        store.put(f"digest{i}", Anchor(i, i, i))
    assert store.get("digest4") == Anchor(4, 4, 4)
    assert store.get("digest1") is None and store.get("digest0") is None
    store.put("digest2", Anchor(9, 9, 9))
    assert store.get("digest2") == Anchor(9, 9, 9)
    assert store.get("../x") is None


# --- relayouts -----------------------------------------------------------------------------------------------
def test_zoom_keys_keep_the_line(window, qtbot) -> None:
    """Ctrl+= / Ctrl+- typed in the article (they jumped back a section, the sidebar on the old one)."""
    before = read_at(window, middle_of_long_paragraph(window))
    window.activateWindow()
    qtbot.waitActive(window)
    window.view.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.prefs.zoom == 3
    assert_still_reading(window, before)
    for _ in range(5):
        qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.prefs.zoom == -2
    assert_still_reading(window, before)


@pytest.mark.parametrize("steps", [1, 4, -3])
def test_zoom_keeps_the_line(window, steps) -> None:
    before = read_at(window, middle_of_long_paragraph(window))
    for _ in range(abs(steps)):
        (window.zoom_in_action if steps > 0 else window.zoom_out_action).trigger()
    assert_still_reading(window, before)
    window.zoom_reset_action.trigger()
    assert_still_reading(window, before)


@pytest.mark.parametrize(
    "change",
    [
        lambda w: w.set_line_spacing(200),
        lambda w: w.set_theme("dark"),
        lambda w: w.set_theme("sepia"),
        lambda w: w.set_font_family("Noto Sans CJK SC"),
    ],
    ids=["spacing", "dark", "sepia", "font"],
)
def test_appearance_changes_keep_the_line(window, change) -> None:
    before = read_at(window, middle_of_long_paragraph(window, 3))
    change(window)
    assert_still_reading(window, before)


@pytest.mark.parametrize("size", [(700, 600), (520, 400), (1600, 1000), (900, 300)])
def test_resize_keeps_the_line(window, qtbot, size) -> None:
    before = read_at(window, middle_of_long_paragraph(window))
    with qtbot.waitSignal(window.position.relayout_done, timeout=5000):
        window.resize(*size)
    qtbot.waitUntil(window.position.settled)  # the panels make way after the resize: a second relayout
    assert_still_reading(window, before)
    with qtbot.waitSignal(window.position.relayout_done, timeout=5000):
        window.resize(1280, 800)
    qtbot.waitUntil(window.position.settled)
    assert_still_reading(window, before)


def test_variant_switch_keeps_the_line(window, qtbot) -> None:
    before = read_at(window, middle_of_long_paragraph(window))
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.set_variant("s2twp")
    assert "核酸檢測" in window.view.toPlainText()
    assert_still_reading(window, before)
    assert "臺灣正體＋慣用詞" in window.status_label.text() and "Traditional" in window.status_label.text()
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.set_variant("none")
    assert_still_reading(window, before)
    assert "Simplified" in window.status_label.text()


def test_language_switch_keeps_the_line(qtbot, settings) -> None:
    """View ▸ Language: the application builds the window again (app.rebuild_window) on the same line."""
    from PySide6.QtCore import QCoreApplication

    from reader.ui.app import Translations, rebuild_window

    window = open_window(qtbot, settings, owned=False)  # rebuild_window closes and deletes it
    before = read_at(window, middle_of_long_paragraph(window))
    translations = Translations(QCoreApplication.instance())
    try:
        window.prefs.language = "zh_CN"
        window.save_session()
        new = rebuild_window(window, settings, translations, "zh_CN")
        with qtbot.waitSignal(new.loader.done, timeout=30000):
            pass
        qtbot.waitUntil(new.position.settled)
        assert new.sidebar_dock.windowTitle() == "章节"
        assert_still_reading(new, before)
        back = rebuild_window(new, settings, translations, "en")
        qtbot.addWidget(back)  # the last one is ours to close
        with qtbot.waitSignal(back.loader.done, timeout=30000):
            pass
        qtbot.waitUntil(back.position.settled)
        assert back.sidebar_dock.windowTitle() == "Sections"
        assert_still_reading(back, before)
    finally:
        translations.install("en")
        QThreadPool.globalInstance().waitForDone(30000)


# --- files ---------------------------------------------------------------------------------------------------
def test_relaunch_returns_to_the_line(window, qtbot, settings) -> None:
    before = read_at(window, middle_of_long_paragraph(window, 3))
    window.close()  # saves the session
    again = open_window(qtbot, settings, path=None)
    assert again._path == SEED
    assert_still_reading(again, before)


def test_reopening_a_file_from_recent_returns_to_where_it_was_read(window, qtbot, tmp_path) -> None:
    before = read_at(window, middle_of_long_paragraph(window, 3))
    other = tmp_path / "other.txt"
    other.write_text("另一篇文章\n\n" + "这是第二篇文章的正文，共有12名记者参加。\n\n" * 80, encoding="utf-8")
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.open_file(str(other))
    assert window.position.anchor() == Anchor()  # a file never read starts at the top
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum() // 2)
    in_other = window.position.anchor()
    recent = window.recent_menu.actions()
    assert [a.text() for a in recent[:2]] == [str(other), SEED]
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        recent[1].trigger()
    assert_still_reading(window, before)
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.open_file(str(other))
    assert window.position.anchor() == in_other


def test_a_copy_of_a_file_opens_where_the_original_was_read(window, qtbot, tmp_path) -> None:
    """Positions are kept by content: the same text under another name is the same place."""
    copy = tmp_path / "copy.txt"
    copy.write_bytes(resource_path(SEED_ARTICLE).read_bytes())
    before = read_at(window, middle_of_long_paragraph(window, 3))
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.open_file(str(copy))
    assert window._path == str(copy)
    assert_still_reading(window, before)


# --- jumps and Back ------------------------------------------------------------------------------------------
def test_back_and_forward_after_a_sidebar_click(window, qtbot) -> None:
    before = read_at(window, middle_of_long_paragraph(window, 1))
    window.sidebar.itemClicked.emit(window.sidebar.topLevelItem(4), 0)
    assert window.position.anchor().section == 4
    assert window.navigation.back_action.isEnabled()
    window.activateWindow()
    qtbot.waitActive(window)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert_still_reading(window, before)
    assert window.navigation.forward_action.isEnabled()
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.position.anchor().section == 4


def test_back_after_a_statistic_click(window) -> None:
    before = read_at(window, middle_of_long_paragraph(window, 1))
    stat_index = next(i for i, s in enumerate(window.shown.stats) if s.text == "333亿元")
    window.stats_panel.stat_activated.emit(stat_index)
    assert window.view.current_position()[0] == 4
    window.navigation.back_action.trigger()
    assert_still_reading(window, before)


def test_back_after_find(window) -> None:
    before = read_at(window, middle_of_long_paragraph(window, 0))
    window.show_find()
    window.find_bar.field.setText("双战双赢的赤峰脚步")
    assert window.finder.current_text() == "双战双赢的赤峰脚步"
    assert window.position.anchor().section >= 3
    window.hide_find()
    window.navigation.back_action.trigger()
    assert_still_reading(window, before)


# --- keyboard ------------------------------------------------------------------------------------------------
def test_tab_leaves_the_article_and_f6_cycles_panes(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert not window.view.hasFocus()  # not trapped walking the 82 figure links
    window.view.setFocus()
    order = []
    for _ in range(4):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6)
        order.append(window.focusWidget())
    assert order[:3] == [window.sidebar, window.stats_panel.tree, window.variant_box]
    assert order[3] is window.view
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is window.variant_box


def test_ctrl_home_and_end(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.view.setFocus()
    bar = window.view.verticalScrollBar()
    qtbot.keyClick(window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum() > 0
    assert window.sidebar.current_index() == len(window.shown.article.sections) - 1
    qtbot.keyClick(window.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0 and window.sidebar.current_index() == 0
    window.navigation.back_action.trigger()  # Ctrl+Home was a jump
    assert bar.value() == bar.maximum()


def test_edit_copy_and_select_all(window, qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    window.view.setFocus()
    window.navigation.select_all_action.trigger()
    window.navigation.copy_action.trigger()
    assert "6月7日" in QGuiApplication.clipboard().text()


def test_help_lists_shortcuts_and_about(window) -> None:
    rows = dict(window.navigation.shortcut_rows())
    assert rows["Back"].startswith("Alt+Left") or "Alt+Left" in rows["Back"]
    assert "F6" in rows["Next Pane"] and "Ctrl+F" in rows["Find…"]
    dialog = window.navigation.shortcuts_dialog()
    from PySide6.QtWidgets import QTableWidget

    table = dialog.findChild(QTableWidget)
    assert table.rowCount() == len(rows) and table.item(0, 1).text()
    assert "reader" in window.navigation.about_text()
