"""Edges of decoding: non-text codecs, files cut inside a character, U+FEFF that is text and not a mark."""

from __future__ import annotations

import codecs
import subprocess
import sys
from pathlib import Path

import pytest

from reader.errors import ReaderError
from reader.textio import decode, text_codec

ARTICLE = "赤峰市新城区居民做核酸检测。\n6月7日，该市卫健系统1013名领导、医护人员迅速集结到位。"


@pytest.mark.parametrize("name", ["rot13", "base64", "hex", "zlib", "bz2", "uu", "quopri"])
def test_non_text_codecs_are_refused(name: str) -> None:
    with pytest.raises(ReaderError) as caught:
        decode(ARTICLE.encode(), name)
    assert caught.value.code == "unknown_encoding" and "not a text encoding" in str(caught.value)


@pytest.mark.parametrize(("name", "codec"), [("GBK", "gb18030"), ("big5", "big5hkscs"), ("utf-16", "utf-16")])
def test_text_codecs_are_accepted(name: str, codec: str) -> None:
    assert text_codec(name) == codec


def test_command_line_names_a_non_text_codec_without_a_traceback(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    for name in ("rot13", "base64"):
        result = subprocess.run(
            [sys.executable, "-m", "reader", "--export", "json", "--encoding", name, str(article)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 2 and "not a text encoding" in result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize("size", [4, 20, 60, 190, 600, 3000])
@pytest.mark.parametrize("cut", [1, 2])
def test_a_utf8_file_cut_inside_its_last_character_opens_at_any_size(size: int, cut: int) -> None:
    """Files of up to 575 bytes used to be refused; longer ones opened with U+FFFD at the end."""
    text = (ARTICLE * (size // len(ARTICLE) + 1))[: size - 1] + "测"  # three bytes: cut one or two
    decoded = decode(text.encode("utf-8")[:-cut])
    assert decoded.encoding == "utf-8"
    assert decoded.text == text[:-1] + "\ufffd"


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (codecs.BOM_UTF8 + "标题\n\ufeff共有3人".encode(), "标题\n\ufeff共有3人"),
        (codecs.BOM_UTF8 + "\ufeff标题".encode(), "\ufeff标题"),  # a second mark is text
        ("\ufeff标题\ufeff\n正文".encode(), "标题\ufeff\n正文"),  # no mark: the first U+FEFF is it
        (codecs.BOM_UTF16_LE + "标题\ufeff".encode("utf-16-le"), "标题\ufeff"),
        ("标题\n\ufeff正文".encode("gb18030"), "标题\n\ufeff正文"),
    ],
)
def test_only_a_leading_mark_is_removed(data: bytes, text: str) -> None:
    assert decode(data).text == text


def test_u_feff_at_a_line_edge_survives_parsing() -> None:
    from reader.analysis import analyse_text

    article = analyse_text(decode("标题\n\n\ufeff共有3人。\ufeff\n".encode()).text).article
    assert "".join(article.texts()).count("\ufeff") == 2


@pytest.mark.parametrize("codec", ["gb18030", "big5hkscs"])
def test_a_bbs_post_with_its_terminal_colours_decodes(codec: str) -> None:
    """A BBS post captured with its colour codes (ESC[1;33m…ESC[m) in a legacy encoding is text, not binary;
    stray escapes and other controls still count against a codec."""
    line = "\x1b[1;33m※ 發信站: 批踢踢實業坊\x1b[m 三台電腦共花了兩萬八千元。\n"
    decoded = decode((line * 40).encode(codec))
    assert decoded.encoding == codec and "兩萬八千元" in decoded.text
    with pytest.raises(ReaderError):
        decode(("\x1b\x01" * 5 + "兩萬八千元。").encode(codec) * 40)
