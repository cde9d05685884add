"""Failures reach the user as sentences in their language; exception text (English, technical) goes to the log."""

from __future__ import annotations

import logging
import re

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool

from reader.errors import CODES, INTERNAL, ReaderError, classify, is_expected
from reader.ui.app import Translations
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings

CJK = re.compile(r"[\u4e00-\u9fff]")
SECRET = "KeyError in _quantities at figures.py:1234"


@pytest.fixture(params=["en", "zh_CN", "zh_TW"])
def window(request, qtbot, tmp_path):
    translations = Translations(QCoreApplication.instance())
    translations.install(request.param)
    try:
        win = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
        qtbot.addWidget(win)
        win.language = request.param
        yield win
    finally:
        translations.install("en")
        QThreadPool.globalInstance().waitForDone(30000)


@pytest.mark.parametrize(
    ("error", "code", "detail"),
    [
        (ReaderError("File not found: /a.txt", "not_found", "/a.txt"), "not_found", "/a.txt"),
        (ReaderError("Something new", "a_code_nobody_knows"), INTERNAL, ""),
        (FileNotFoundError(2, "No such file or directory", "/a.txt"), "not_found", "/a.txt"),
        (PermissionError(13, "Permission denied", "/a.txt"), "permission", "/a.txt"),
        (IsADirectoryError(21, "Is a directory", "/d"), "is_directory", "/d"),
        (OSError(5, "Input/output error", "/a.txt"), "unreadable", "/a.txt"),
        (MemoryError(), "too_large", ""),
        (OverflowError("int too large to convert to float"), INTERNAL, ""),
        (KeyError(SECRET), INTERNAL, ""),
    ],
)
def test_classify(error: BaseException, code: str, detail: str) -> None:
    assert classify(error) == (code, detail)
    assert is_expected(error) == (code != INTERNAL)


@pytest.mark.parametrize("code", CODES)
def test_every_code_has_its_own_sentence_in_each_language(window, code: str) -> None:
    message = window.error_message(ReaderError("English text for the command line.", code, "/tmp/某文件.txt"))
    assert "English text" not in message
    assert message != window.error_message(KeyError(SECRET))  # not the catch-all
    if window.language != "en":
        assert CJK.search(message.replace("某文件", "")), message


def test_an_unexpected_error_shows_a_general_sentence_and_logs_the_detail(
    window, qtbot, monkeypatch, caplog
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda _p, _t, text, *a, **k: shown.append(text) or QMessageBox.StandardButton.Ok,
    )

    def broken() -> None:
        raise KeyError(SECRET)

    with caplog.at_level(logging.INFO), qtbot.waitSignal(window.loader.failed, timeout=10000):
        window.loader.submit("open", broken)
    assert shown and SECRET not in shown[-1] and "KeyError" not in shown[-1]
    assert "log" in shown[-1] or CJK.search(shown[-1])
    assert SECRET in caplog.text and "Traceback" in caplog.text
    if window.language != "en":
        assert CJK.search(shown[-1])
