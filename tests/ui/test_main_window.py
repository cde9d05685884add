"""Wiring of the main window, offscreen with pytest-qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtGui import QImage

from reader.paths import SEED_ARTICLE, resource_path
from reader.ui.main_window import MainWindow
from reader.ui.settings import Preferences, Settings


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings, warnings):
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    with qtbot.waitSignal(win.loader.done, timeout=30000):
        win.open_file(str(resource_path(SEED_ARTICLE)))
    qtbot.wait(50)
    yield win
    QThreadPool.globalInstance().waitForDone(30000)


def test_seed_opens_and_sidebar_lists_sections(window) -> None:
    top = [window.sidebar.topLevelItem(i).text(0) for i in range(window.sidebar.topLevelItemCount())]
    assert top == [
        "赤峰有大爱 「双战」双胜利",
        "1 敏锐果敢的赤峰定力",
        "2 硬核防控的赤峰力度",
        "3 大爱无疆的赤峰情怀",
        "4 双战双赢的赤峰脚步",
    ]
    assert "6月7日" in window.view.toPlainText()
    assert window.stats_panel.tree.topLevelItemCount() >= 3


def test_clicking_a_section_scrolls_and_marks_it(window, qtbot) -> None:
    item = window.sidebar.topLevelItem(3)
    window.sidebar.itemClicked.emit(item, 0)
    qtbot.wait(20)
    assert window.view.current_position()[0] == 3
    assert window.sidebar.current_index() == 3
    assert window.view.verticalScrollBar().value() > 0


def test_scrolling_marks_the_current_section(window, qtbot) -> None:
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.wait(20)
    assert window.sidebar.current_index() == 4


def test_variant_switch_converts_text_sidebar_panel_and_keeps_paragraph(window, qtbot) -> None:
    window.view.go_to_paragraph(2, 4)
    before = window.view.current_position()
    window.set_variant("s2twp")
    # (wait for the converted text itself: run alone, the loader's first "done" may still be the seed's own load)
    qtbot.waitUntil(lambda: "核酸檢測" in window.view.toPlainText(), timeout=30000)
    qtbot.wait(50)
    assert window.sidebar.topLevelItem(2).text(0) == "2 硬核防控的赤峰力度".replace("赤峰", "赤峰")
    labels = [window.stats_panel.tree.topLevelItem(1).child(i).text(0) for i in range(3)]
    assert any("確診" in label for label in labels)
    assert window.view.current_position() == before


def test_clicking_a_statistic_jumps_to_its_sentence(window, qtbot) -> None:
    window.view.verticalScrollBar().setValue(0)
    stat_index = next(i for i, s in enumerate(window.shown.stats) if s.text == "333亿元")
    window.stats_panel.stat_activated.emit(stat_index)
    assert window.view._flash[0].cursor.selectedText() == "333亿元"  # flashed, not hidden under a selection
    qtbot.waitUntil(
        lambda: window.view.textCursor().selectedText() == "333亿元", timeout=5000
    )  # then selected
    assert window.view.current_position()[0] == 4


def test_clicking_a_figure_selects_its_statistic(window) -> None:
    index = next(i for i, p in enumerate(window.shown.figures) if p.figure.text == "15140名")
    window.view.figure_activated.emit(index)
    assert window.stats_panel.tree.currentItem().text(1) == "15,140"


def test_find_works_across_scripts(window) -> None:
    window.show_find()
    window.find_bar.field.setText("核酸檢測")  # Traditional query on the Simplified article
    total = window.view.highlight_all(window._needles("核酸檢測"))
    assert total > 5
    assert window.find_bar.count.text() == f"1 of {total}"  # typing finds the first match, as a browser does
    window.find_step(False)
    assert window.finder.current_text() == "核酸检测"
    assert window.find_bar.count.text() == f"2 of {total}"


@pytest.mark.parametrize(
    ("content", "expected"),
    [(bytes(range(256)) * 50, "decoded"), (b"", "empty"), (None, "not found")],
)
def test_bad_file_shows_message_and_keeps_article(
    window, qtbot, tmp_path, warnings, content, expected
) -> None:
    bad = tmp_path / "bad.txt"
    if content is not None:
        bad.write_bytes(content)
    with qtbot.waitSignal(window.loader.failed, timeout=30000):
        window.open_file(str(bad))
    assert expected in warnings[-1].lower()
    assert "赤峰" in window.view.toPlainText()
    assert window.shown.article.title == "赤峰有大爱 「双战」双胜利"


def test_html_in_the_article_is_shown_not_interpreted(window, qtbot, tmp_path) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "标题测试文章\n\n正文<script>alert(1)</script>和<img src=x onerror=y>共5个。\n", encoding="utf-8"
    )
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.open_file(str(hostile))
    text = window.view.toPlainText()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=y>" in text


def test_settings_round_trip(settings) -> None:
    prefs = Preferences(
        variant="s2tw",
        zoom=3,
        theme="dark",
        last_file="/tmp/x.txt",
        last_section=2,
        last_paragraph=5,
        recent_files=["/a", "/b"],
    )
    settings.save(prefs)
    assert settings.load() == prefs


def test_corrupt_settings_fall_back_to_defaults(settings) -> None:
    settings.store.setValue("prefs/zoom", "lots")
    settings.store.setValue("prefs/theme", "neon")
    settings.store.setValue("window/version", "x")
    prefs = settings.load()
    assert prefs.zoom == 0 and prefs.theme == "system"
    assert settings.load_window() == (None, None)


def test_stats_export_csv_and_json(window, tmp_path) -> None:
    window.stats_panel.export_to(str(tmp_path / "s.csv"))
    window.stats_panel.export_to(str(tmp_path / "s.json"))
    assert "确诊病例" in (tmp_path / "s.csv").read_text(encoding="utf-8")
    assert (tmp_path / "s.json").read_text(encoding="utf-8").startswith("[")


def test_screenshot_command_writes_png_of_right_size(tmp_path) -> None:
    out = tmp_path / "shot.png"
    subprocess.run(
        [sys.executable, "-m", "reader", "--screenshot", str(out), "--size", "900x600", "--theme", "dark"],
        check=True,
        timeout=120,
    )
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)


def test_sidebar_arrow_keys_move_through_sections(window, qtbot) -> None:
    from PySide6.QtCore import Qt

    window.sidebar.setFocus()
    window.sidebar.setCurrentItem(window.sidebar.topLevelItem(1))
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    qtbot.wait(20)
    assert window.view.current_position()[0] == 2


def test_figure_tooltip_shows_normalised_value(window) -> None:
    index = next(i for i, p in enumerate(window.shown.figures) if p.figure.text == "600多万人次")
    assert window.view.figure_tooltip(index) == "≈6,000,000 人次 — count, approximate"


def test_long_article_is_paged_and_navigable(window, qtbot, tmp_path) -> None:
    from reader.paths import resource_path

    seed = resource_path(SEED_ARTICLE).read_text(encoding="utf-8")
    body = "\n\n".join(
        f"第{i}章 第{i}部分标题\n\n" + seed.split("1 敏锐果敢的赤峰定力")[1] for i in range(1, 41)
    )
    long_file = tmp_path / "long.txt"
    long_file.write_text(body, encoding="utf-8")
    window.open_file(str(long_file))
    qtbot.waitUntil(lambda: window.source is not None and window.source.path == str(long_file), timeout=60000)
    view = window.view
    assert view.page_count() > 3
    last = [s.heading for s in window.shown.article.sections].index("第40部分标题")
    window.sidebar.section_requested.emit(last)
    assert view.current_page() >= view.page_count() - 2
    assert view.current_position()[0] in (last, last + 1)
    window.view.go_to_section(0)
    window.show_find()
    window.find_bar.field.setText("第40部分标题")
    assert window.finder.current_text() == "第40部分标题"  # found from the reading position while typing
    assert view.current_page() >= view.page_count() - 2


def test_dropping_a_file_opens_it(window, qtbot, tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    dropped = tmp_path / "dropped.txt"
    dropped.write_text("拖放的文章\n\n共有12名记者参加。", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.dropEvent(event)
    assert window.shown.article.title == "拖放的文章"


def test_language_menu_saves_and_requests_rebuild(window, qtbot, settings) -> None:
    with qtbot.waitSignal(window.language_requested) as blocker:
        window.set_language("zh_TW")
    assert blocker.args == ["zh_TW"]
    assert settings.load().language == "zh_TW"


def test_reopening_uses_the_cached_analysis(window, qtbot, tmp_path, monkeypatch) -> None:
    article = tmp_path / "cached.txt"
    article.write_text("缓存测试\n\n共有15名记者参加，用时3天。", encoding="utf-8")
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.open_file(str(article))
    qtbot.waitUntil(lambda: bool(list((tmp_path / "cache").glob("*.json"))), timeout=30000)
    import reader.analysis

    monkeypatch.setattr(
        reader.analysis,
        "analyse_file",
        lambda *a, **k: (_ for _ in ()).throw(AssertionError("analysed again")),
    )
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.open_file(str(article))
    assert window.shown.article.title == "缓存测试"


def test_full_width_punctuation_is_a_view_option(window, qtbot) -> None:
    assert "赤峰市，到了晚上" in window.view.toPlainText()
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.set_wide_punctuation(False)
    assert "赤峰市,到了晚上" in window.view.toPlainText()
    assert "," in window.shown.article.sections[1].paragraphs[0]  # the model never changes
    stat_index = next(i for i, s in enumerate(window.shown.stats) if s.text == "15140名")
    window.stats_panel.stat_activated.emit(stat_index)
    assert window.view._flash[0].cursor.selectedText() == "15140名"


def test_a_text_without_line_breaks_is_shown_in_pieces(window, qtbot, tmp_path) -> None:
    seed = resource_path(SEED_ARTICLE).read_text(encoding="utf-8").replace("\n", "")
    one_line = tmp_path / "one_line.txt"
    one_line.write_text(seed * 30, encoding="utf-8")
    window.open_file(str(one_line))
    qtbot.waitUntil(lambda: window.source is not None and window.source.path == str(one_line), timeout=60000)
    assert len(window.shown.article.sections[0].paragraphs) == 1  # the model keeps one paragraph
    assert window.view.page_count() > 1
    last = max(range(len(window.shown.stats)), key=lambda i: window.shown.stats[i].start)
    window.stats_panel.stat_activated.emit(last)
    stat = window.shown.stats[last]
    assert stat.start > 3000 and window.view._flash[0].cursor.selectedText() == stat.text


def test_no_shortcut_is_bound_twice(window) -> None:
    seen: dict[str, str] = {}
    for action in window.actions():
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in seen, f"{key} is bound to {seen.get(key)!r} and {action.text()!r}"
            seen[key] = action.text()
    for key in ("F3", "Shift+F3", "F5", "Ctrl+F", "Ctrl+O", "Ctrl+Down", "Ctrl+Shift+V", "Esc"):
        assert key in seen, key


def test_find_next_key_moves_to_a_match(window, qtbot) -> None:
    from PySide6.QtCore import Qt

    window.activateWindow()
    qtbot.waitActive(window)
    window.show_find()
    window.find_bar.field.setText("核酸")  # QTest types ASCII only
    assert window.find_bar.count.text().startswith("1 of ")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_F3)
    assert window.finder.current_text() == "核酸"
    assert window.find_bar.count.text().startswith("2 of ")


def test_a_range_shows_both_ends_in_panel_tooltip_and_export(window, qtbot, tmp_path) -> None:
    page = Path(__file__).parents[1] / "golden" / "articles" / "weather_page.txt"
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.open_file(str(page))
    tree = window.stats_panel.tree
    rows = {
        tree.topLevelItem(g).child(i).text(0): tree.topLevelItem(g).child(i).text(1)
        for g in range(tree.topLevelItemCount())
        for i in range(tree.topLevelItem(g).childCount())
    }
    assert rows["华北、东北地区气温"] == "8–10"
    assert rows["北京最低气温"] == "-6"
    index = next(
        i for i, p in enumerate(window.shown.figures) if p.where == "body" and p.figure.low is not None
    )
    assert window.view.figure_tooltip(index).startswith("8–10 摄氏度")
    window.stats_panel.export_to(str(tmp_path / "s.csv"))
    assert "8到10摄氏度,10,8,摄氏度" in (tmp_path / "s.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["missing.txt", "empty.txt"])
def test_screenshot_of_a_file_that_fails_prints_the_error_and_exits(tmp_path, name) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--screenshot", str(out), str(tmp_path / name)],
        capture_output=True,
        text=True,
        timeout=90,
        env={**os.environ, "LANGUAGE": "en", "LANG": "C.UTF-8"},
    )
    assert result.returncode != 0
    assert name in result.stderr or "empty" in result.stderr
    assert not out.exists()


def test_panel_writes_round_values_in_chinese_magnitudes_and_copies_whole_rows(window, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    panel = window.stats_panel
    rows = {}
    for g in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(g)
        for i in range(group.childCount()):
            rows[group.child(i).text(0)] = group.child(i)
    investment = rows["完成投资"]
    assert (investment.text(1), investment.text(2)) == ("333亿", "元")
    assert "33,300,000,000" in investment.toolTip(1)  # the exact value on hover
    assert rows["全员核酸大检测"].text(1) == "≈600万"
    panel.tree.setFocus()
    panel.tree.clearSelection()
    investment.setSelected(True)
    qtbot.keyClick(panel.tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "完成投资\t333亿\t元\t333亿元"


def test_a_statistic_clicked_flashes_its_figure_visibly_even_after_double_spaces(
    window, qtbot, tmp_path
) -> None:
    path = tmp_path / "spaces.txt"
    path.write_text("标题\n\n全市  共有  核酸采样点779个，采样人员3665人。\n", encoding="utf-8")
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.open_file(str(path))
    stats = window.shown.stats
    index = next(i for i, s in enumerate(stats) if s.text == "3665人")
    window.stats_panel.stat_activated.emit(index)
    flash = window.view._flash
    assert flash and flash[0].cursor.selectedText() == "3665人"  # the figure itself, not two characters on
    assert not window.view.textCursor().hasSelection()  # no selection painted over the flash
