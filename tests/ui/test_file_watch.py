"""The open file is followed through atomic saves (write a temporary file, rename it over), deletion and return."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings

# Of different sizes, so a cache keyed by size and modification time cannot mask a reload (that is the cache's
# own test); here only the watching is tested.
VERSIONS = [
    "第一版标题\n\n第一版正文，共有15名记者参加。\n",
    "第二版标题\n\n第二版正文，共有125名记者参加。\n",
    "第三版标题\n\n第三版正文，共有1235名记者参加活动。\n",
]


def atomic_save(path, text: str) -> None:
    """What editors do: write beside the file, then rename over it (a new inode)."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


@pytest.fixture
def dialogs(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda _p, _t, text, *a, **k: shown.append(text) or QMessageBox.StandardButton.Ok,
    )
    return shown


@pytest.fixture
def opened(qtbot, tmp_path, dialogs):
    article = tmp_path / "article.txt"
    article.write_text(VERSIONS[0], encoding="utf-8")
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loader.done, timeout=30000):
        window.open_file(str(article))
    yield window, article
    QThreadPool.globalInstance().waitForDone(30000)


def shows(window, marker: str) -> bool:
    return window.shown is not None and marker in window.view.toPlainText()


def test_auto_reload_is_on_by_default(opened) -> None:
    window, _ = opened
    assert window.prefs.auto_reload and window.auto_reload_action.isChecked()


def test_two_atomic_saves_are_both_followed(opened, qtbot) -> None:
    window, article = opened
    atomic_save(article, VERSIONS[1])
    qtbot.waitUntil(lambda: shows(window, "第二版正文"), timeout=10000)
    assert "changed on disk" in window.statusBar().currentMessage()
    atomic_save(article, VERSIONS[2])
    qtbot.waitUntil(lambda: shows(window, "第三版正文"), timeout=10000)
    assert str(article) in window.file_watch.watched()


def test_deletion_is_noticed_and_a_file_that_comes_back_is_reloaded(opened, qtbot, dialogs) -> None:
    window, article = opened
    article.unlink()
    qtbot.waitUntil(lambda: "deleted" in window.statusBar().currentMessage(), timeout=10000)
    assert shows(window, "第一版正文")  # the last version read stays on screen
    assert not dialogs
    atomic_save(article, VERSIONS[1])
    qtbot.waitUntil(lambda: shows(window, "第二版正文"), timeout=10000)


def test_without_auto_reload_each_change_is_announced(opened, qtbot) -> None:
    window, article = opened
    window.set_auto_reload(False)
    for version in VERSIONS[1:]:
        window.statusBar().clearMessage()
        atomic_save(article, version)
        qtbot.waitUntil(lambda: "press F5" in window.statusBar().currentMessage(), timeout=10000)
        assert shows(window, "第一版正文")


def test_a_change_elsewhere_in_the_folder_does_not_reload(opened, qtbot) -> None:
    window, article = opened
    reloads: list[str] = []
    window.loader.done.connect(lambda channel, _r: reloads.append(channel))
    (article.parent / ".article.txt.swp").write_text("editor state", encoding="utf-8")
    (article.parent / "other.txt").write_text("另一篇", encoding="utf-8")
    qtbot.wait(800)
    assert "open" not in reloads


def test_a_half_written_file_fails_quietly_and_keeps_the_article(opened, qtbot, dialogs) -> None:
    window, article = opened
    window.set_auto_reload(True)  # the preference may have been left off by another test's settings
    with qtbot.waitSignal(window.loader.failed, timeout=10000):
        atomic_save(article, "")
    assert not dialogs
    assert "empty" in window.statusBar().currentMessage()
    assert shows(window, "第一版正文")
    atomic_save(article, VERSIONS[2])
    qtbot.waitUntil(lambda: shows(window, "第三版正文"), timeout=10000)
