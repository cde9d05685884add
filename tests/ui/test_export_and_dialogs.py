"""Export says it succeeded and prints every page; the Open dialog starts where articles are; the status bar names
the variant on screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt, QThreadPool

from reader.paths import SEED_ARTICLE, resource_path
from reader.ui.dialogs import open_folder
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    win.prewarm_converters = False
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    with qtbot.waitSignal(win.loader.done, timeout=30000):
        win.open_file(str(resource_path(SEED_ARTICLE)))
    yield win
    QThreadPool.globalInstance().waitForDone(30000)


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def test_pdf_of_a_long_text_has_every_page_and_is_announced(window, qtbot, tmp_path) -> None:
    seed = resource_path(SEED_ARTICLE).read_text(encoding="utf-8")
    long_file = tmp_path / "long.txt"
    long_file.write_text("\n\n".join(f"第{i}章 标题{i}\n\n{seed}" for i in range(1, 13)), encoding="utf-8")
    with qtbot.waitSignal(window.loader.done, timeout=60000):
        window.open_file(str(long_file))
    qtbot.waitUntil(lambda: window.view.page_count() > 2, timeout=60000)
    one_page = pdf_pages_of_view(window, tmp_path / "page.pdf")
    out = tmp_path / "long.pdf"
    window.export_pdf(str(out))
    assert pdf_pages(out) > 2 * one_page
    assert window.statusBar().currentMessage().startswith("Saved long.pdf")


def pdf_pages_of_view(window: MainWindow, path: Path) -> int:
    """Pages the view's own document (one page of the article) would print to."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    window.view.document().print_(printer)
    return pdf_pages(path)


def test_statistics_export_is_announced_and_a_failure_said(window, monkeypatch, tmp_path) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "stats.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.stats_panel.export_dialog()
    assert target.read_text(encoding="utf-8") and window.statusBar().currentMessage().startswith(
        "Saved stats.csv"
    )
    target = tmp_path / "missing-folder" / "stats.csv"
    window.stats_panel.export_dialog()
    assert window.statusBar().currentMessage().startswith("Could not save stats.csv")


def test_open_dialog_starts_in_documents_not_the_package(tmp_path) -> None:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    fallback = documents if documents and Path(documents).is_dir() else str(Path.home())
    assert open_folder(str(resource_path(SEED_ARTICLE))) == fallback
    assert open_folder("") == fallback
    article = tmp_path / "a.txt"
    article.write_text("文章", encoding="utf-8")
    assert open_folder(str(article)) == str(tmp_path)
    assert open_folder(str(tmp_path / "gone" / "a.txt")) == fallback


def test_open_dialog_offers_every_format_and_all_files(window, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked = {}

    def fake(_parent, _title, folder, filters):
        asked.update(folder=folder, filters=filters)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake)
    window.open_dialog()
    filters = asked["filters"].split(";;")
    assert filters[0].startswith("Articles (") and "*.pdf" in filters[0] and "*.docx" in filters[0]
    assert filters[-1] == "All files (*)"  # nothing is hidden: any file can be tried
    assert "resources" not in asked["folder"]


def test_status_bar_names_the_variant_on_screen_not_the_one_being_converted(window, qtbot) -> None:
    assert "Simplified · 原文" in window.status_label.text()
    window.variant = "s2t"  # chosen, still converting: the status bar keeps naming what is shown
    window._update_status()
    assert "Simplified · 原文" in window.status_label.text()
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.set_variant("s2t")
    assert "Traditional · 繁體" in window.status_label.text()


def test_a_long_text_shows_its_own_characters_first_then_the_chosen_set(window, qtbot, tmp_path) -> None:
    """A text above PREVIEW_BYTES with a remembered Traditional set: the original is on screen while the whole
    article is converted in the background (it was blank until the conversion was done)."""
    from reader.pipeline import PREVIEW_BYTES

    seed = resource_path(SEED_ARTICLE).read_text(encoding="utf-8")
    long_file = tmp_path / "long.txt"
    long_file.write_text("\n\n".join(f"第{i}章 标题{i}\n\n{seed}" for i in range(1, 40)), encoding="utf-8")
    assert long_file.stat().st_size > PREVIEW_BYTES
    window.variant = "s2t"
    seen: list[tuple[str, str]] = []
    window.loader.done.connect(lambda channel, _result: seen.append((channel, window.shown_variant)))
    window.open_file(str(long_file))
    qtbot.waitUntil(lambda: ("convert", "s2t") in seen, timeout=120000)
    assert ("open", "none") in seen and seen.index(("open", "none")) < seen.index(("convert", "s2t"))
    assert "核酸檢測" in window.view.toPlainText() and "Traditional · 繁體" in window.status_label.text()


@pytest.mark.parametrize(
    ("code", "help_menu", "back", "of"),
    [
        ("zh_CN", "帮助(&H)", "后退(&B)", "第 2 处，共 5 处"),
        ("zh_TW", "說明(&H)", "上一步(&B)", "第 2 個，共 5 個"),
    ],
)
def test_new_commands_speak_chinese(qtbot, tmp_path, code, help_menu, back, of) -> None:
    from PySide6.QtCore import QCoreApplication

    from reader.ui.app import Translations
    from reader.ui.finder import FindState, find_label

    translations = Translations(QCoreApplication.instance())
    try:
        translations.install(code)
        win = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
        qtbot.addWidget(win)
        assert win.menuBar().actions()[-1].text() == help_menu
        assert win.navigation.back_action.text() == back
        assert find_label(FindState(2, 5), True) == of
    finally:
        translations.install("en")


def test_a_long_conversion_shows_its_percentage_and_can_be_cancelled(window, qtbot, tmp_path) -> None:
    seed = resource_path(SEED_ARTICLE).read_text(encoding="utf-8")
    long_file = tmp_path / "long.txt"
    long_file.write_text("\n\n".join(f"第{i}章 标题{i}\n\n{seed}" for i in range(1, 60)), encoding="utf-8")
    with qtbot.waitSignal(window.loader.done, timeout=60000):
        window.open_file(str(long_file))
    qtbot.waitUntil(lambda: not window.loader.is_busy(), timeout=60000)
    shown = window.shown
    percentages: list[int] = []
    window.loader.progressed.connect(lambda _channel, fraction: percentages.append(int(fraction * 100)))
    window.set_variant("s2twp")
    qtbot.waitUntil(lambda: bool(percentages), timeout=60000)
    assert window.progress.maximum() == 100 and window.cancel_button.isVisible()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert window.variant == "none" and window.variant_box.currentData() == "none"
    QThreadPool.globalInstance().waitForDone(60000)
    qtbot.wait(50)  # a result that would still arrive is dropped
    assert window.shown is shown and window.shown_variant == "none"
    assert not window.cancel_button.isVisible() and "cancelled" in window.statusBar().currentMessage()
    assert percentages == sorted(percentages) and percentages[-1] < 100


def test_character_sets_for_this_text_come_first_and_cycling_skips_the_separator(window, qtbot) -> None:
    box = window.variant_box
    data = [box.itemData(i) for i in range(box.count())]
    assert None in data  # one separator: the sets that do something for this Simplified text, then the rest
    first_other = data.index(None) + 1
    assert all(v.startswith("s2") or v == "none" for v in data[: data.index(None)])
    assert not data[first_other].startswith("s2")
    window.set_variant(data[data.index(None) - 1])  # the last set before the separator
    window.cycle_variant()
    assert window.variant == data[first_other]


def test_reopening_with_a_wrong_encoding_says_so_and_automatic_is_offered(window, qtbot, tmp_path) -> None:
    gb = tmp_path / "gb.txt"
    gb.write_bytes(resource_path(SEED_ARTICLE).read_text(encoding="utf-8").encode("gb18030"))
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.open_file(str(gb), "big5")
    assert "does not read well as big5" in window.statusBar().currentMessage()
    labels = [a.text() for a in window.encoding_menu.actions()]
    assert labels[0] == "&Automatic" and "utf-16-le" in labels
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.encoding_menu.actions()[0].trigger()  # Automatic
    assert (
        window.shown.article.encoding == "gb18030" and "Opened gb.txt" in window.statusBar().currentMessage()
    )


def test_utf16_without_a_mark_opens(window, qtbot, tmp_path) -> None:
    text = resource_path(SEED_ARTICLE).read_text(encoding="utf-8").lstrip("\ufeff")
    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(text.encode(codec))
        with qtbot.waitSignal(window.loader.done, timeout=30000):
            window.open_file(str(path))
        assert window.shown.article.encoding == codec and "赤峰" in window.shown.article.title


def test_the_font_dialog_starts_on_the_article_font_and_sets_size_and_style(window, monkeypatch) -> None:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QFontDialog

    window.zoom(2)
    offered: list[QFont] = []
    chosen = QFont("Noto Sans CJK SC")
    chosen.setPointSizeF(17)
    chosen.setWeight(QFont.Weight.Bold)
    chosen.setItalic(True)

    def dialog(initial, *_args):
        offered.append(QFont(initial))
        return True, chosen

    monkeypatch.setattr(QFontDialog, "getFont", dialog)
    window.choose_font()
    assert offered[0].pointSizeF() == 15 and offered[0].weight() == QFont.Weight.Normal
    assert (
        window.prefs.font_family,
        window.prefs.zoom,
        window.prefs.font_weight,
        window.prefs.font_italic,
    ) == ("Noto Sans CJK SC", 4, 700, True)
    shown = window.view.document().defaultFont()
    assert shown.pointSizeF() == 17 and shown.bold() and shown.italic()
    window.choose_font()  # the dialog now opens on what was chosen
    assert offered[1].family() == "Noto Sans CJK SC" and offered[1].pointSizeF() == 17 and offered[1].italic()
