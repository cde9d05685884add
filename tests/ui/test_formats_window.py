"""The formats in the window: Paste as New Article with a real clipboard, PDFs laid out by Qt read back, the
reader's own PDF export opened again, and hostile files that leave the article on screen."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QSettings, QThreadPool
from PySide6.QtGui import QGuiApplication

from reader.analysis import analyse_file
from reader.paths import SEED_ARTICLE, resource_path
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings
from tests.ui.pdf_maker import article_html, write_pdf

ARTICLES = Path(__file__).resolve().parents[1] / "corpus" / "articles"


@pytest.fixture
def window(qtbot, tmp_path, warnings):
    win = MainWindow(Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
    win.paste_folder = tmp_path / "pasted"
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.loader.done, timeout=30000):
        win.open_file(str(resource_path(SEED_ARTICLE)))
    yield win
    QThreadPool.globalInstance().waitForDone(30000)
    win.file_watch.watch("", None)  # watch nothing: its files in tmp_path must not reload it in later tests


def paragraphs(analysis) -> list[str]:
    return [p for s in analysis.article.sections for p in s.paragraphs]


def test_paste_rich_text_goes_through_the_html_path(window, qtbot) -> None:
    mime = QMimeData()
    mime.setHtml(
        "<html><body><!--StartFragment--><div class='nav'><a href='/'>首页</a> <a href='/n'>新闻</a></div>"
        "<h1>全国夏粮总产量再创新高</h1><p>国家统计局今天发布，全国夏粮总产量14978万吨，比上年增加0.8%。</p>"
        "<p>其中小麦产量13822万吨，增长0.4%。</p><!--EndFragment--></body></html>"
    )
    mime.setText("全国夏粮总产量再创新高 国家统计局今天发布……")
    QGuiApplication.clipboard().setMimeData(mime)
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.paste_action.trigger()
    assert window.source.article.title == "全国夏粮总产量再创新高"
    assert paragraphs(window.source) == [
        "国家统计局今天发布，全国夏粮总产量14978万吨，比上年增加0.8%。",
        "其中小麦产量13822万吨，增长0.4%。",
    ]
    assert "首页" not in window.view.toPlainText()
    assert any(f.figure.text == "14978万吨" for f in window.source.figures)
    assert Path(window._path).parent == window.paste_folder and window._path.endswith(".html")


def test_paste_plain_text_goes_through_the_text_path(window, qtbot) -> None:
    QGuiApplication.clipboard().setText("夏粮丰收\n\n全国夏粮总产量14978万吨，\n比上年增加0.8%。\n")
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.paste_action.trigger()
    assert window.source.article.title == "夏粮丰收"
    assert paragraphs(window.source) == ["全国夏粮总产量14978万吨，比上年增加0.8%。"]
    assert window._path.endswith(".txt")


def test_ctrl_v_in_the_article_reads_the_clipboard_as_a_new_article(window, qtbot) -> None:
    from PySide6.QtCore import Qt

    QGuiApplication.clipboard().setText("秋粮收购\n\n截至11月15日，累计收购秋粮1.2亿吨。\n")
    window.show()
    window.view.setFocus()
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.source.article.title == "秋粮收购"


def test_paste_of_an_empty_clipboard_keeps_the_article(window, warnings) -> None:
    before = window.source
    QGuiApplication.clipboard().clear()
    window.paste_action.trigger()
    assert window.source is before
    assert len(warnings) == 1 and "The file is empty" in warnings[0]


def test_every_shortcut_is_used_once(window) -> None:
    seen: dict[str, str] = {}
    for action in window.actions():
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, (text, seen.get(text), action.text())
            seen[text] = action.text()
    assert seen["Ctrl+Shift+N"] == window.paste_action.text()


def bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w>" + b"0" * (200 * 1024 * 1024) + b"</w>")
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bomb.docx", bomb, "%1 is too large for the reader."),
        ("broken.pdf", lambda: b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer garbage", "damaged"),
        ("old.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "does not open this kind"),
        ("huge.html", lambda: b"<html><body>" + b"<p>a" * (9 * 1024 * 1024), "too large"),
    ],
)
def test_hostile_files_leave_the_article_on_screen(
    window, qtbot, warnings, tmp_path, name, data, message
) -> None:
    before = window.source
    path = tmp_path / name
    path.write_bytes(data())
    with qtbot.waitSignal(window.loader.failed, timeout=60000):
        window.open_file(str(path))
    assert window.source is before
    assert len(warnings) == 1 and message.replace("%1 ", "") in warnings[0]


def corpus_sections(stem: str) -> tuple[str, list[tuple[str | None, list[str]]]]:
    gold = json.loads((ARTICLES / f"{stem}.gold.json").read_text(encoding="utf-8"))["article"]
    sections = [(None, list(gold.get("lede") or []))]
    sections += [(s.get("heading"), list(s.get("paragraphs") or [])) for s in gold.get("sections") or []]
    return gold.get("title") or "", sections


def test_a_printed_pdf_reads_back_as_the_article(qtbot, tmp_path) -> None:
    """Two dev-split corpus articles set as one printed piece: wrapped lines, paragraphs across page breaks,
    a running header with the paper's name and date, page numbers, Noto CJK's radical code points."""
    title, first = corpus_sections("scr_mainland_xuexi_epidemic_media")
    _, second = corpus_sections("tw_finance_life_insurers_dec2025")
    sections = [*first, ("保险业的外汇价格变动准备金", [p for _, ps in second for p in ps])]
    path = tmp_path / "printed.pdf"
    pages = write_pdf(path, article_html(title, sections), "人民日报　2020年3月1日　星期日")
    assert pages >= 2
    analysis = analyse_file(path)
    assert analysis.article.title == title
    expected = [p for _, ps in sections for p in ps]
    assert paragraphs(analysis) == expected
    body = "".join(paragraphs(analysis))
    assert all("\u2e80" > c or c > "\u2fdf" for c in body)  # Noto CJK's radical code points folded
    assert "2020年3月1日" not in body and "— 2 —" not in body  # running header and page numbers
    assert [s.heading for s in analysis.article.sections if s.heading] == [h for h, _ in sections if h]


def _same(text: str) -> str:
    """*text* as the PDF shows it: the view sets ASCII punctuation full width (display only), and Qt's PDF
    writer maps a glyph that Noto CJK shares between 户 and 戶 (and one digit in a highlighted span) to one code
    point only, so those are compared loosely."""
    wide = str.maketrans(
        {",": "，", ":": "：", "!": "！", "?": "？", ";": "；", "(": "（", ")": "）", "戶": "户"}
    )
    return re.sub(r"\s|BA\..", "", text.translate(wide))


def test_the_readers_own_pdf_export_opens_back_to_the_same_article(window, tmp_path) -> None:
    path = tmp_path / "export.pdf"
    window.export_pdf(str(path))
    again = analyse_file(path)
    source = window.source.article
    assert again.article.title == source.title and again.article.deck == source.deck
    assert [s.heading for s in again.article.sections] == [s.heading for s in source.sections]
    got = [_same(p) for p in paragraphs(again)]
    caption = [_same(c) for c in source.captions]
    assert [p for p in got if p not in caption] == [_same(p) for p in paragraphs(window.source)]
