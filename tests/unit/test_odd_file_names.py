"""File names that are not valid UTF-8 (Python keeps their bytes as lone surrogates) open and export cleanly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.analysis import open_analysis
from reader.cache import AnalysisCache
from reader.export import display_name, export_json
from reader.textio import display_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows names are UTF-16")
RAW_NAME = b"\xff\xfe\xe4\xb8 <b>odd.txt"  # not UTF-8: a cut character and two stray bytes
TEXT = "标题\n\n共有15名记者参加，用时3天。"


@pytest.fixture
def odd_file(tmp_path: Path) -> str:
    path = os.path.join(os.fsencode(tmp_path), RAW_NAME)
    with open(path, "wb") as handle:
        handle.write(TEXT.encode())
    return os.fsdecode(path)  # a str with lone surrogates, as the window and sys.argv hold it


def test_the_core_opens_and_caches_it(odd_file: str, tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path / "cache")
    analysis, digest, fresh = open_analysis(odd_file, None, cache)
    assert fresh and analysis.figures and analysis.path == odd_file
    cache.store(odd_file, None, analysis, digest)
    again, _, fresh = open_analysis(odd_file, None, cache)
    assert not fresh and again == analysis


def test_names_are_shown_with_replacement_characters(odd_file: str) -> None:
    shown = display_path(odd_file)
    assert shown == display_name(odd_file)
    assert shown.endswith("\ufffd\ufffd\ufffd <b>odd.txt")
    shown.encode("utf-8")  # no lone surrogate left


def test_export_writes_valid_utf8_json(odd_file: str, tmp_path: Path) -> None:
    """The JSON used to carry the raw bytes (not UTF-8), or fail with 'surrogates not allowed'."""
    from reader.analysis import analyse_file

    data = json.loads(export_json(analyse_file(odd_file), odd_file).encode("utf-8"))
    assert data["file"].endswith("\ufffd\ufffd\ufffd <b>odd.txt")
    for locale in ("C", "C.UTF-8"):
        result = subprocess.run(
            [sys.executable, "-m", "reader", "--export", "json", os.fsencode(odd_file)],
            capture_output=True,
            timeout=60,
            env={**os.environ, "LC_ALL": locale, "READER_CACHE_DIR": str(tmp_path / "cache")},
        )
        assert result.returncode == 0, result.stderr
        exported = json.loads(result.stdout.decode("utf-8"))  # strict: raises on invalid UTF-8
        assert exported["file"] == data["file"] and exported["figures"]


def test_errors_name_the_file_readably(tmp_path: Path) -> None:
    missing = os.fsdecode(os.path.join(os.fsencode(tmp_path), RAW_NAME))
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--export", "json", os.fsencode(missing)],
        capture_output=True,
        timeout=60,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    assert result.returncode == 2
    assert "\ufffd\ufffd\ufffd <b>odd.txt" in result.stderr.decode("utf-8")
