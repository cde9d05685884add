"""The log rotates, names expected failures in one line, keeps tracebacks for bugs, and is where the README says."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from reader.errors import ReaderError
from reader.ui.loader import Loader
from reader.ui.logs import LOG_BACKUPS, LOG_BYTES, log_path, setup_logging

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture
def log_file(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    handler = setup_logging(tmp_path)
    yield tmp_path / "reader.log"
    root.removeHandler(handler)
    handler.close()
    assert root.handlers == before


def test_the_log_rotates(log_file) -> None:
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "reader_log", False))
    assert (handler.maxBytes, handler.backupCount) == (LOG_BYTES, LOG_BACKUPS) == (1_000_000, 3)
    assert setup_logging(log_file.parent) is handler  # installed once
    noise = logging.getLogger("reader.test")
    for i in range(5000):
        noise.info("line %d %s", i, "字" * 300)  # about 4.6 MB in UTF-8
    sizes = sorted(p.name for p in log_file.parent.glob("reader.log*"))
    assert sizes == ["reader.log", "reader.log.1", "reader.log.2", "reader.log.3"]
    assert all(p.stat().st_size <= LOG_BYTES for p in log_file.parent.glob("reader.log*"))


def _fail(qtbot, error: Exception) -> None:
    loader = Loader()

    def job() -> None:
        raise error

    with qtbot.waitSignal(loader.failed, timeout=10000):
        loader.submit("open", job)


@pytest.mark.parametrize(
    "error",
    [
        ReaderError("File not found: /no/such/file.txt", "not_found", "/no/such/file.txt"),
        FileNotFoundError(2, "No such file or directory", "/no/such/file.txt"),
        ReaderError("The file is empty: there is no text to show.", "empty"),
    ],
)
def test_an_expected_failure_is_one_line(qtbot, log_file, error) -> None:
    _fail(qtbot, error)
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1, lines
    assert "background job open failed" in lines[0] and type(error).__name__ in lines[0]
    assert "Traceback" not in lines[0]


def test_a_bug_keeps_its_traceback(qtbot, log_file) -> None:
    _fail(qtbot, KeyError("a bug"))
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "KeyError: 'a bug'" in text


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the README names the Linux path")
def test_the_readme_names_the_real_log_path(monkeypatch) -> None:
    app = QCoreApplication.instance()
    names = app.applicationName(), app.organizationName()
    app.setApplicationName("reader")
    app.setOrganizationName("reader")
    try:
        path = log_path()
    finally:
        app.setApplicationName(names[0])
        app.setOrganizationName(names[1])
    relative = "~/" + str(path.relative_to(Path.home()))
    assert relative == "~/.local/share/reader/reader/reader.log"
    assert f"`{relative}`" in README.read_text(encoding="utf-8")
