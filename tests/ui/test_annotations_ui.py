"""Annotations in the window (pytest-qt, real files, a real database): each kind made, shown in every variant,
kept through edits of the file and a restart, undone, exported and imported, and a damaged database survived."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QThreadPool
from PySide6.QtGui import QTextCursor

from reader.annotations.store import DB_NAME
from reader.annotations.variant_map import VariantMap
from reader.paths import SEED_ARTICLE, resource_path
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings
from reader.variants import VARIANTS

HIGHLIGHT = "始终坚持人民至上"
NOTE = "快速有力有效应对处置疫情"
BOOKMARKED = "6月7日白天"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("READER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    shutil.copyfile(resource_path(SEED_ARTICLE), path)
    return path


def _wait(qtbot, window, channel: str, start) -> None:
    with qtbot.waitSignal(window.loader.done, timeout=30000, check_params_cb=lambda c, _r: c == channel):
        start()
    qtbot.wait(20)


def _window(qtbot, tmp_path, path, warnings) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.prewarm_converters = False
    window.cache_delay_ms = 0  # no timer left to fire in a later test: the cache job is waited for in _close
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    _wait(qtbot, window, "open", lambda: window.open_file(str(path)))
    return window


def _close(window: MainWindow) -> None:
    QThreadPool.globalInstance().waitForDone(30000)
    window.close()
    window.annotations.store.close()


def _select(window: MainWindow, words: str) -> None:
    """Select *words* as the reader sees them (on the page that holds them)."""
    cursor = window.view.document().find(words)
    assert not cursor.isNull(), words
    window.view.setTextCursor(cursor)


def _shown_quotes(window: MainWindow) -> dict[str, str]:
    """id → the annotation's words in the variant on screen, as the controller maps them."""
    c = window.annotations
    return {a.id: c.shown_quote(a) for a in c.annotations.values()}


def _marked_texts(window: MainWindow) -> list[str]:
    return sorted(s.cursor.selectedText() for s in window.view._marks)


def _stat_figure(window: MainWindow) -> int:
    """Index of a figure that is also a key statistic (the first statistic's)."""
    stat = window.source.stats[0]
    for index, placed in enumerate(window.source.figures):
        if (placed.where, placed.section, placed.paragraph, placed.figure.start) == (
            "body",
            stat.section,
            stat.paragraph,
            stat.start,
        ):
            return index
    raise AssertionError("no figure for the first statistic")


def _make_each_kind(window: MainWindow) -> dict[str, str]:
    c = window.annotations
    _select(window, HIGHLIGHT)
    highlight = c.add_highlight("green")
    _select(window, NOTE)
    note = c.add_note("这句话的依据是什么？")
    window.view.setTextCursor(QTextCursor(window.view.document()))
    _select(window, BOOKMARKED)
    bookmark = c.add_bookmark()
    figure = c.mark_figure(_stat_figure(window), "doubt", "数字待核实")
    assert None not in (highlight, note, bookmark, figure)
    return {"highlight": highlight.id, "note": note.id, "bookmark": bookmark.id, "figure": figure.id}


def test_each_kind_survives_variants_edits_and_a_restart(
    qtbot, tmp_path, data_dir, article, warnings
) -> None:
    window = _window(qtbot, tmp_path, article, warnings)
    c = window.annotations
    ids = _make_each_kind(window)
    a = c.annotations
    assert a[ids["highlight"]].selector.exact == HIGHLIGHT and a[ids["highlight"]].colour == "green"
    assert a[ids["note"]].selector.exact == NOTE and a[ids["note"]].note == "这句话的依据是什么？"
    assert a[ids["bookmark"]].selector.exact.startswith(BOOKMARKED)
    figure_text = window.source.stats[0].text
    assert a[ids["figure"]].selector.exact == figure_text and a[ids["figure"]].mark == "doubt"
    # Listed in the panel under their sections; marked in the text, the sidebar and the statistics panel.
    assert set(c.panel.ids()) == set(ids.values())
    assert c.panel.group_titles()[:2] == ["赤峰有大爱 「双战」双胜利", "1 敏锐果敢的赤峰定力"]
    assert HIGHLIGHT in _marked_texts(window) and NOTE in _marked_texts(window)
    assert not window.sidebar.topLevelItem(0).icon(0).isNull()
    assert c.stat_marks() == {0: a[ids["figure"]]}
    assert "doubt" in window.stats_panel.tree.topLevelItem(0).child(0).toolTip(0)

    # Every variant: each annotation is on the same words, written in that variant.
    for variant in VARIANTS:
        _wait(qtbot, window, "convert", lambda v=variant.config: window.set_variant(v))
        assert c._map is not None and c._map.variant == variant.config
        vmap = VariantMap(c._flat, variant.config)
        quotes = _shown_quotes(window)
        for ident, annotation in c.annotations.items():
            assert quotes[ident] == vmap.quote(annotation.selector.start, annotation.selector.end)
        marked = _marked_texts(window)
        assert quotes[ids["highlight"]] in marked and quotes[ids["note"]] in marked
        assert len(window.view.document().find(quotes[ids["highlight"]]).selectedText()) > 0
        c.jump_to(ids["note"])
        assert window.view.textCursor().selectedText() == quotes[ids["note"]]
        assert c.stat_marks() == {0: c.annotations[ids["figure"]]}

    # A selection made in a converted variant is stored in the original's words.
    _wait(qtbot, window, "convert", lambda: window.set_variant("s2twp"))
    _select(window, "掌控全域性、排程指揮")  # 全局 → 全域性, 调度 → 排程: lengths change
    converted_pick = c.add_highlight("blue")
    assert converted_pick is not None and converted_pick.selector.exact == "掌控全局、调度指挥"
    assert converted_pick.section == "1 敏锐果敢的赤峰定力"  # stored in the original's words too
    assert "掌控全域性、排程指揮" in _marked_texts(window)
    _wait(qtbot, window, "convert", lambda: window.set_variant("none"))

    # Edit the file: text inserted before everything, the noted words changed, one highlighted passage deleted.
    _select(window, "医护人员")
    doomed = c.add_highlight("pink")
    assert doomed is not None
    text = article.read_text(encoding="utf-8")
    first_body = "自6月7日赤峰市疫情发生以来"
    edited = text.replace(first_body, "（本报讯）编者按：本文有删改。" + first_body, 1)
    edited = edited.replace("快速有力有效应对处置疫情", "迅速有力应对处置疫情", 1)
    assert doomed.selector.prefix[-8:] in edited
    cut = edited.index(doomed.selector.prefix[-8:])
    line_end = edited.index("\n", cut)
    edited = edited[:cut] + edited[line_end:]  # the rest of that paragraph is gone
    article.write_text(edited, encoding="utf-8")
    _wait(qtbot, window, "open", window.reload)
    a = c.annotations
    assert len(a) == 6  # nothing lost
    assert a[ids["highlight"]].status == "moved" and a[ids["highlight"]].selector.exact == HIGHLIGHT
    assert a[ids["note"]].status == "fuzzy" and a[ids["note"]].selector.exact == "迅速有力应对处置疫情"
    assert a[ids["note"]].note == "这句话的依据是什么？"
    assert a[ids["bookmark"]].status == "moved"
    assert a[ids["figure"]].selector.exact == figure_text and not a[ids["figure"]].orphan
    assert a[doomed.id].orphan
    assert c.panel.group_titles()[-1] == "Not found in this text"
    assert c.panel.item(doomed.id).parent().text(0) == "Not found in this text"
    assert "迅速有力应对处置疫情" in _marked_texts(window)
    statuses = {ident: ann.status for ident, ann in a.items()}
    _close(window)

    # Restart: a new window on the same database finds everything where it was.
    window = _window(qtbot, tmp_path, article, warnings)
    c = window.annotations
    assert set(c.annotations) == set(statuses)
    assert {i: x.orphan for i, x in c.annotations.items()} == {i: s == "orphan" for i, s in statuses.items()}
    assert c.annotations[ids["note"]].selector.exact == "迅速有力应对处置疫情"
    assert c.annotations[ids["highlight"]].status == "anchored"  # rebased on the edited text last time
    assert HIGHLIGHT in _marked_texts(window)
    _close(window)

    # Moved and renamed: found by the content hash.
    moved = tmp_path / "elsewhere" / "renamed.txt"
    moved.parent.mkdir()
    article.rename(moved)
    window = _window(qtbot, tmp_path, moved, warnings)
    assert set(window.annotations.annotations) == set(statuses)
    assert warnings == []
    _close(window)


def test_undo_redo_and_note_editing(qtbot, tmp_path, data_dir, article, warnings) -> None:
    window = _window(qtbot, tmp_path, article, warnings)
    c = window.annotations
    _select(window, HIGHLIGHT)
    made = c.add_highlight()
    assert made is not None and made.colour == "yellow"
    c.set_note(made.id, "第一版")
    c.delete(made.id)
    assert made.id not in c.annotations and c.panel.ids() == []
    assert c.store.annotations(c._document) == []
    c.undo_stack.undo()  # the deletion
    assert c.annotations[made.id].note == "第一版"
    assert [x.id for x in c.store.annotations(c._document)] == [made.id]
    c.undo_stack.undo()  # the note
    assert c.annotations[made.id].note == ""
    c.undo_stack.undo()  # the highlight itself
    assert c.annotations == {} and _marked_texts(window) == []
    c.undo_stack.redo()
    assert HIGHLIGHT in _marked_texts(window)
    assert window.annotations.panel.undo_button.isEnabled()
    _close(window)


def test_shortcuts_and_context_menu(qtbot, tmp_path, data_dir, article, warnings) -> None:
    window = _window(qtbot, tmp_path, article, warnings)
    c = window.annotations
    window.activateWindow()
    window.view.setFocus()
    _select(window, HIGHLIGHT)
    qtbot.keyClick(window.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert [a.kind for a in c.annotations.values()] == ["highlight"]
    window.view.setTextCursor(QTextCursor(window.view.document()))
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert sorted(a.kind for a in c.annotations.values()) == ["bookmark", "highlight"]
    # The context menu on a figure offers the figure marks; on a highlight, its deletion.
    figure = window.source.figures[_stat_figure(window)].figure
    cursor = window.view.document().find(figure.text)
    rect = window.view.cursorRect(cursor)
    menu = c.context_menu(QPoint(rect.left() - 4, rect.center().y()))
    titles = [action.text() for action in menu.actions()]
    assert "&Highlight" in titles and "&Figure" in titles and "&Bookmark Here" in titles
    cursor = window.view.document().find(HIGHLIGHT)
    cursor.setPosition(cursor.selectionStart() + 2)
    rect = window.view.cursorRect(cursor)
    menu = c.context_menu(rect.center())
    assert "Delete Highlight" in [action.text() for action in menu.actions()]
    _close(window)


def test_export_and_import_round_trip(qtbot, tmp_path, data_dir, article, warnings) -> None:
    window = _window(qtbot, tmp_path, article, warnings)
    c = window.annotations
    ids = _make_each_kind(window)
    _wait(qtbot, window, "convert", lambda: window.set_variant("s2tw"))
    json_path, md_path = tmp_path / "notes.json", tmp_path / "notes.md"
    c.export_to(str(json_path))
    c.export_to(str(md_path))
    exported = json.loads(json_path.read_text(encoding="utf-8"))
    by_id = {item["id"]: item for item in exported["annotations"]}
    assert by_id[ids["highlight"]]["converted"] == "始終堅持人民至上"
    assert by_id[ids["note"]]["note"] == "这句话的依据是什么？"
    assert by_id[ids["figure"]]["mark"] == "doubt"
    markdown = md_path.read_text(encoding="utf-8")
    assert "> 始终坚持人民至上" in markdown and "> 始終堅持人民至上" in markdown
    before = {i: (a.kind, a.selector, a.note, a.mark, a.colour) for i, a in c.annotations.items()}
    for ident in list(c.annotations):
        c.delete(ident)
    assert c.annotations == {}
    assert c.import_from(str(json_path)) == 4
    after = {i: (a.kind, a.selector, a.note, a.mark, a.colour) for i, a in c.annotations.items()}
    assert after == before
    assert len(c.store.annotations(c._document)) == 4
    assert c.import_from(str(json_path)) == 4  # importing again updates, never doubles
    assert len(c.annotations) == 4
    # Imported into another document (a copy with a line added), the first keeps its own.
    copy = tmp_path / "copy.txt"
    copy.write_text("（转载）\n" + article.read_text(encoding="utf-8"), encoding="utf-8")
    _wait(qtbot, window, "open", lambda: window.open_file(str(copy)))
    assert c.annotations == {}
    assert c.import_from(str(json_path)) == 4
    assert not set(c.annotations) & set(ids.values())
    assert sorted(a.selector.exact for a in c.annotations.values()) == sorted(
        x[1].exact for x in before.values()
    )
    assert c.import_from(str(json_path)) == 4 and len(c.annotations) == 4
    _wait(qtbot, window, "open", lambda: window.open_file(str(article)))
    assert set(c.annotations) == set(ids.values())
    _close(window)


def test_damaged_database_is_moved_aside_and_the_window_works(
    qtbot, tmp_path, data_dir, article, warnings
) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / DB_NAME).write_bytes(b"\x00garbage, not SQLite\n" * 1000)
    window = _window(qtbot, tmp_path, article, warnings)
    assert len(warnings) == 1 and "damaged" in warnings[0] and "moved aside" in warnings[0]
    assert len(list(data_dir.glob(DB_NAME + ".corrupt-*"))) == 1
    _select(window, HIGHLIGHT)
    assert window.annotations.add_highlight() is not None
    assert len(window.annotations.store.annotations(window.annotations._document)) == 1
    _close(window)


def test_long_article_pages(qtbot, tmp_path, data_dir, warnings) -> None:
    """In a text shown a page at a time, marks follow the page on screen and a jump turns the page."""
    seed = resource_path(SEED_ARTICLE).read_text(encoding="utf-8")
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join([seed] * 8), encoding="utf-8")  # every quote occurs 8 times: each is its own
    window = _window(qtbot, tmp_path, path, warnings)
    c = window.annotations
    assert window.view.page_count() > 1
    _select(window, HIGHLIGHT)
    first = c.add_highlight()
    window.view._turn(window.view.page_count() - 1 - window.view.current_page())  # the last page
    qtbot.wait(10)
    _select(window, NOTE)
    last = c.add_note("最后一页")
    assert first is not None and last is not None
    assert _marked_texts(window) == [NOTE]  # only what this page shows
    c.jump_to(first.id)
    assert window.view.current_page() == 0
    assert HIGHLIGHT in _marked_texts(window) and NOTE not in _marked_texts(window)
    assert window.view.textCursor().selectedText() == HIGHLIGHT
    c.jump_to(last.id)
    assert window.view.current_page() == window.view.page_count() - 1
    assert window.view.textCursor().selectedText() == NOTE
    _close(window)


def test_figures_marked_from_the_statistics_panel(qtbot, tmp_path, data_dir, article, warnings) -> None:
    window = _window(qtbot, tmp_path, article, warnings)
    c = window.annotations
    tree = window.stats_panel.tree
    item = tree.topLevelItem(0).child(0)
    menu = c.stats_context_menu(tree.visualItemRect(item).center())
    assert menu is not None
    actions = {a.text(): a for a in menu.actions()}
    assert "&Remove Figure Mark" not in actions
    actions["Mark as &Checked"].trigger()
    assert [(a.kind, a.mark) for a in c.annotations.values()] == [("figure-mark", "checked")]
    assert c.stat_marks()[0].mark == "checked"
    c.mark_figure(c.stat_figure(0), None, "卫健委通报")  # a note keeps the verdict
    c.mark_figure(c.stat_figure(0), "doubt")  # a new verdict keeps the note; never a second mark
    [mark] = c.annotations.values()
    assert (mark.mark, mark.note) == ("doubt", "卫健委通报")
    assert "卫健委通报" in tree.topLevelItem(0).child(0).toolTip(0)
    menu = c.stats_context_menu(tree.visualItemRect(tree.topLevelItem(0).child(0)).center())
    {a.text(): a for a in menu.actions()}["&Remove Figure Mark"].trigger()
    assert c.annotations == {} and c.stat_marks() == {}
    assert tree.topLevelItem(0).child(0).icon(0).isNull()
    _close(window)


def test_marks_hold_where_the_view_folds_spaces(qtbot, tmp_path, data_dir, warnings) -> None:
    """Qt's HTML import shows a run of spaces as one: marks and selections still land on their words."""
    path = tmp_path / "spaces.txt"
    path.write_text(
        "标题在这里\n\n第一段  有两个空格   和三个空格，然后是要标记的词语，最后结束。\n\n第二段没有空格。\n",
        encoding="utf-8",
    )
    window = _window(qtbot, tmp_path, path, warnings)
    c = window.annotations
    _select(window, "要标记的词语")
    made = c.add_highlight()
    assert made is not None and made.selector.exact == "要标记的词语"
    assert _marked_texts(window) == ["要标记的词语"]
    c.jump_to(made.id)
    assert window.view.textCursor().selectedText() == "要标记的词语"
    _close(window)
