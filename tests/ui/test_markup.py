"""Markup in a file (an article line, a heading, the path) is shown literally on every rich-text surface."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtGui import Qt as GuiQt

from reader.ui import themes
from reader.ui.main_window import MainWindow
from reader.ui.richtext import literal
from reader.ui.settings import Settings

HOSTILE = """<b>粗体</b>标题<img src="/dev/zero">测试

一、疫情防控<a href=/x.html>链接</a>工作回顾

<b>截至</b>6月7日，<a href="http://e.example/">全市</a>累计报告确诊病例<img src="/dev/zero">12人，其中治愈出院10人。

6月8日，新增<b>治愈</b>出院病例5人，累计检测核酸3000人次，<i>隔离</i>观察人员200人。

二、<b>第二部分</b>的<img src="/dev/zero">情况

6月9日，全市新增确诊病例3人，累计报告确诊病例15人。
"""
MARKUP = re.compile(r"<(b|i|img|a)\b[^<>]*>")


def shown(text: str) -> tuple[str, list[str]]:
    """What a Qt tooltip or message box makes of *text*: the characters shown, and what markup it rendered."""
    document = QTextDocument()
    if GuiQt.mightBeRichText(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    rendered = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                rendered.append("image")
            if fmt.isAnchor():
                rendered.append("link")
            if fmt.fontWeight() > QFont.Weight.Normal or fmt.fontItalic():
                rendered.append("bold or italic")
            it += 1
        block = block.next()
    return document.toPlainText(), rendered


def assert_literal(surface: str, original: str) -> None:
    """*surface* shows *original* character for character and renders none of its markup."""
    assert MARKUP.search(original), "the test text must carry markup"
    text, rendered = shown(surface)
    assert " ".join(text.split()) == " ".join(original.split())
    assert not rendered


@pytest.mark.parametrize(
    "text",
    [
        '<img src="/dev/zero">',
        "<b>粗体</b>",
        '<a href="http://x.example/">链接</a>',
        "a & b &lt; c",
        "一\n二",
    ],
)
def test_literal_shows_text_as_written(text: str) -> None:
    displayed, rendered = shown(literal(text))
    assert displayed.replace("\u2028", "\n") == text
    assert not rendered


@pytest.fixture
def hostile_window(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    dialogs: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda _p, title, text, *a, **k: dialogs.append((title, text)) or QMessageBox.StandardButton.Ok,
    )
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.dialogs = dialogs
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.open_file(str(path))
    yield window
    QThreadPool.globalInstance().waitForDone(30000)


def test_sidebar_tooltips_show_headings_literally(hostile_window) -> None:
    sidebar = hostile_window.sidebar
    items = [sidebar.topLevelItem(i) for i in range(sidebar.topLevelItemCount())]
    with_markup = [item for item in items if MARKUP.search(item.text(0))]
    assert with_markup, [item.text(0) for item in items]
    for item in with_markup:
        assert item.toolTip(0), item.text(0)
        assert_literal(item.toolTip(0), item.text(0))


def test_statistics_tooltips_show_sentences_literally(hostile_window) -> None:
    tree = hostile_window.stats_panel.tree
    rows = [
        tree.topLevelItem(i).child(j)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]
    stats = {stat.sentence for stat in hostile_window.stats_panel.stats() if MARKUP.search(stat.sentence)}
    assert stats
    checked = 0
    for row in rows:
        sentence = hostile_window.stats_panel.stats()[row.data(0, 256)].sentence
        if sentence in stats:
            assert_literal(row.toolTip(0), sentence)
            checked += 1
    assert checked


def test_chart_tooltip_shows_event_labels_literally(hostile_window, monkeypatch) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    chart = hostile_window.stats_panel.chart
    chart.resize(400, 260)
    chart.grab()  # paints, placing the events
    events = hostile_window.shown.timeline
    assert chart._points, "the hostile article has dated events"
    seen: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *a, **k: seen.append(text))
    for rect, index in chart._points:  # one tooltip per event, with that event's text only, shown literally
        plain = f"{events[index].text}  {events[index].label}"
        at = rect.center().toPoint()
        chart.event(QHelpEvent(QEvent.Type.ToolTip, at, chart.mapToGlobal(at)))
        text, rendered = shown(seen[-1])
        assert " ".join(text.split()) == " ".join(plain.split()) and not rendered
    assert len(seen) == len(chart._points)
    assert any(MARKUP.search(f"{e.text}  {e.label}") for e in events)  # the hostile labels were among them


def test_figure_tooltip_in_the_article_is_escaped(hostile_window, monkeypatch) -> None:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent, QTextCursor
    from PySide6.QtWidgets import QToolTip

    view = hostile_window.view
    hostile_window.resize(1000, 700)
    hostile_window.show()
    seen: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *a, **k: seen.append(text))
    monkeypatch.setattr(view, "figure_tooltip", lambda _i: '<img src="/dev/zero"> <b>12</b> 人')
    block = view.document().begin()
    while block.isValid() and "12人" not in block.text():
        block = block.next()
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + block.text().index("12人") + 1)
    point = QPointF(view.cursorRect(cursor).center())
    assert view.anchorAt(point.toPoint()).startswith("fig:")
    view.mouseMoveEvent(
        QMouseEvent(
            QEvent.Type.MouseMove,
            point,
            view.viewport().mapToGlobal(point),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    assert seen
    assert_literal(seen[-1], '<img src="/dev/zero"> <b>12</b> 人')


def test_error_dialog_shows_a_path_with_markup_literally(hostile_window, qtbot, tmp_path) -> None:
    path = str(tmp_path / "<b>bold") + '</b><img src="/dev/zero"><a href="x.html">link</a>.txt'
    with qtbot.waitSignal(hostile_window.loader.failed, timeout=30000):
        hostile_window.open_file(path)
    _title, text = hostile_window.dialogs[-1]
    assert_literal(text, f"File not found: {path}")


@pytest.mark.parametrize(
    "family",
    ['Evil"; } body { background: url(/dev/zero); } x {', "a</style><img src=x>", 'Noto\\"Sans'],
)
def test_a_hostile_font_family_never_reaches_the_style_sheet(family: str) -> None:
    css = themes.style_sheet(themes.THEMES["light"], family, 160)
    assert "/dev/zero" not in css and "<img" not in css and "background: url" not in css
    assert css.count("{") == css.count("}")


@pytest.mark.parametrize(
    "family", ["Noto Serif CJK SC", "思源宋体", "LXGW WenKai-Regular", "Font_1.2 (Beta)"]
)
def test_an_ordinary_font_family_is_used(family: str) -> None:
    css = themes.style_sheet(themes.THEMES["light"], family, 160)
    assert f'"{family}"' in css
