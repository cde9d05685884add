"""``reader --convert``: the input's encoding detected or given, undecodable input refused, FILE honoured."""

from __future__ import annotations

import codecs
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = "汉字转换测试，简体中文。\n第二行头发\n"
EXPECTED = "漢字轉換測試，簡體中文。\n第二行頭髮\n"


def _convert(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "--convert", *args], input=stdin, capture_output=True, timeout=120
    )


@pytest.mark.parametrize(
    "data",
    [
        SOURCE.encode("utf-8"),
        codecs.BOM_UTF8 + SOURCE.encode("utf-8"),
        SOURCE.encode("gb18030"),
        SOURCE.encode("utf-16"),  # with its BOM
        codecs.BOM_UTF16_BE + SOURCE.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "gb18030", "utf-16", "utf-16-be"],
)
def test_the_input_encoding_is_detected(data: bytes) -> None:
    """GB18030 and UTF-16 input used to come out as U+FFFD with exit status 0."""
    result = _convert("s2t", stdin=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == EXPECTED


def test_a_file_after_the_variant_is_converted(tmp_path: Path) -> None:
    article = tmp_path / "in.txt"
    article.write_bytes(SOURCE.encode("gb18030"))
    result = _convert("s2t", str(article), stdin=b"ignored\n")
    assert result.returncode == 0 and result.stdout.decode("utf-8") == EXPECTED


def test_a_given_encoding_is_used(tmp_path: Path) -> None:
    result = _convert("s2t", "--encoding", "gbk", stdin=SOURCE.encode("gb18030"))
    assert result.returncode == 0 and result.stdout.decode("utf-8") == EXPECTED
    result = _convert("s2t", "--encoding", "rot13", stdin=SOURCE.encode())
    assert (
        result.returncode == 2
        and b"not a text encoding" in result.stderr
        and b"Traceback" not in result.stderr
    )


def test_undecodable_input_is_refused_unless_replacement_is_asked() -> None:
    bad = "正文".encode() + b"\xff\xfe\x80\x81" * 20 + "简体\n".encode()
    result = _convert("s2t", stdin=bad)
    assert result.returncode == 2 and result.stderr and b"Traceback" not in result.stderr
    replaced = _convert("s2t", "--errors", "replace", stdin=bad)
    assert replaced.returncode == 0
    assert replaced.stdout.decode("utf-8").startswith("正文\ufffd") and replaced.stdout.decode().endswith(
        "簡體\n"
    )


def test_a_stream_that_goes_bad_later_stops_with_status_2(tmp_path: Path) -> None:
    article = tmp_path / "in.txt"
    article.write_bytes(SOURCE.encode("utf-8") * 10 + b"\xff\n")
    result = _convert("s2t", "--encoding", "utf-8", str(article))
    assert result.returncode == 2 and b"utf-8" in result.stderr


@pytest.mark.parametrize("variant", ["", " "])
def test_an_empty_variant_is_an_error_not_the_window(variant: str) -> None:
    result = _convert(variant, stdin=SOURCE.encode())
    assert result.returncode == 2 and b"needs a variant" in result.stderr


def test_empty_input_gives_empty_output() -> None:
    result = _convert("s2t", stdin=b"")
    assert result.returncode == 0 and result.stdout == b""
