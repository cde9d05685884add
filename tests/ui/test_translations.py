"""The interface speaks 简体中文, 繁體中文 and English; the compiled .qm files match their .ts sources."""

import filecmp
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from build_translations import compile_all  # noqa: E402

from reader.ui.app import Translations, ui_language  # noqa: E402


@pytest.mark.parametrize(
    ("preference", "expected"),
    [
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("en", ""),
        ("de_DE", ""),
    ],
)
def test_language_choice(preference: str, expected: str) -> None:
    assert ui_language(preference) == expected


def test_compiled_translations_are_up_to_date(tmp_path) -> None:
    for fresh in compile_all(tmp_path):
        assert filecmp.cmp(fresh, ROOT / "resources" / "translations" / fresh.name, shallow=False), fresh.name


@pytest.mark.parametrize(
    ("code", "file_menu", "sections"),
    [("zh_CN", "文件(&F)", "章节"), ("zh_TW", "檔案(&F)", "章節"), ("en", "&File", "Sections")],
)
def test_window_in_each_language(qtbot, tmp_path, code, file_menu, sections) -> None:
    from PySide6.QtCore import QSettings

    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    translations = Translations(QCoreApplication.instance())
    try:
        translations.install(code)
        window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
        qtbot.addWidget(window)
        assert window.menuBar().actions()[0].text() == file_menu
        assert window.sidebar_dock.windowTitle() == sections
    finally:
        translations.install("en")
