"""CC-CEDICT lookups (reader/dictionary.py): both scripts, the word at the cursor, tone marks."""

from __future__ import annotations

import pytest

from reader.dictionary import Entry, dictionary, parse_line


@pytest.fixture(scope="module")
def cedict():
    return dictionary()


def test_the_whole_file_is_bundled(cedict) -> None:
    assert len(cedict) > 120_000


@pytest.mark.parametrize("word", ["银行", "銀行"])
def test_lookup_in_either_script(cedict, word: str) -> None:
    entries = cedict.lookup(word)
    assert entries and entries[0].traditional == "銀行" and entries[0].simplified == "银行"
    assert entries[0].pinyin_marks() == "yín háng"
    assert "bank" in entries[0].meanings


def test_a_character_with_several_readings(cedict) -> None:
    readings = {e.pinyin for e in cedict.lookup("重")}
    assert {"zhong4", "chong2"} <= readings


@pytest.mark.parametrize(
    ("text", "position", "word"),
    [
        ("他在重庆银行工作", 3, "重庆"),
        ("他在重庆银行工作", 4, "银行"),
        ("國內生產總值增長", 4, "國內生產總值"),  # longer than the segmenter's word
        ("一石二鸟的办法", 2, "一石二鸟"),
        ("他在重庆银行工作", 0, "他"),
    ],
)
def test_word_at(cedict, text: str, position: int, word: str) -> None:
    span = cedict.word_at(text, position)
    assert span is not None and text[span[0] : span[1]] == word


@pytest.mark.parametrize(("text", "position"), [("GDP 5%", 1), ("中文", 5), ("", 0)])
def test_nothing_to_look_up(cedict, text: str, position: int) -> None:
    assert cedict.word_at(text, position) is None


def test_parse_line() -> None:
    line = "女 女 [nu:3] /female/woman/daughter/"
    entry = parse_line(line)
    assert entry == Entry("女", "女", "nu:3", ("female", "woman", "daughter"))
    assert entry.pinyin_marks() == "nǚ"
    assert parse_line("# CC-CEDICT") is None
    assert parse_line("broken line") is None
