"""Readings per word (reader/phonetics.py): polyphones read by their word, in both scripts, offsets kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.phonetics import JYUTPING, PINYIN, Reading, readings, syllables, word_at, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("重庆", ["chóng", "qìng"]),
        ("银行", ["yín", "háng"]),
        ("长大", ["zhǎng", "dà"]),
        ("重要", ["zhòng", "yào"]),
        ("行人", ["xíng", "rén"]),
        ("长城", ["cháng", "chéng"]),
        # Traditional: folded to Simplified first, so the phrase dictionary still applies
        ("重慶", ["chóng", "qìng"]),
        ("銀行", ["yín", "háng"]),
        ("長大", ["zhǎng", "dà"]),
    ],
)
def test_polyphones_are_read_by_their_word(text: str, expected: list[str]) -> None:
    assert syllables(text, PINYIN, numbers=False) == expected


def test_tone_numbers_and_neutral_tone() -> None:
    assert syllables("银行的", PINYIN, numbers=True) == ["yin2", "hang2", "de5"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("銀行", ["ngan4", "hong4"]), ("银行", ["ngan4", "hong4"]), ("香港", ["hoeng1", "gong2"])],
)
def test_jyutping(text: str, expected: list[str]) -> None:
    assert syllables(text, JYUTPING) == expected


def test_only_han_characters_get_readings_and_words_keep_offsets() -> None:
    text = "2024年GDP增长5.2%，重庆"
    got = readings(text)
    assert [text[r.start : r.end] for r in got] == ["年", "增长", "重庆"]
    assert got[-1] == Reading(15, 17, ("chóng", "qìng"))
    assert all(len(r.syllables) == r.end - r.start for r in got)
    assert syllables(text)[:4] == ["", "", "", ""]


def test_word_at() -> None:
    text = "他在重庆银行工作"
    assert word_at(text, 3) == (2, 4)
    assert text[slice(*word_at(text, 4))] == "银行"
    assert word_at("abc", 1) is None


def test_unknown_system() -> None:
    with pytest.raises(ValueError, match="unknown"):
        readings("中文", "wade-giles")


@settings(
    deadline=None
)  # the first example loads the dictionaries and the model: a one-time cost, not a hang
@given(st.text(alphabet=st.sampled_from("重庆銀行長大了abc 1。\n𠀀中文"), max_size=40))
def test_readings_never_raise_and_stay_in_bounds(text: str) -> None:
    for system in (PINYIN, JYUTPING):
        spans = readings(text, system)
        assert [(r.start, r.end) for r in spans] == words(text)
        for r in spans:
            assert 0 <= r.start < r.end <= len(text)
            assert len(r.syllables) == r.end - r.start
        assert len(syllables(text, system)) == len(text)


@pytest.mark.parametrize(("char", "expected"), [("剌", "là"), ("晟", "shèng"), ("长", "cháng"), ("了", "le")])
def test_a_polyphone_standing_alone_gets_its_usual_reading(char: str, expected: str) -> None:
    from reader.polyphone_defaults import DEFAULTS

    assert char in DEFAULTS
    assert syllables(char, PINYIN, numbers=False) == [expected]
    assert syllables(char, PINYIN, numbers=True) == [DEFAULTS[char]]


@pytest.mark.parametrize(
    ("text", "char_at", "expected"),
    [
        # a polyphone standing alone is read from its sentence (reader/g2p.py) ...
        ("他还没有把借来的书还给图书馆。", 1, "hai2"),
        ("他还没有把借来的书还给图书馆。", 9, "huan2"),
        ("我们都觉得这部电影很好看。", 2, "dou1"),
        ("首都北京是一座历史悠久的城市。", 1, "du1"),
        ("他得了第一名，大家都为他高兴。", 1, "de2"),
        # ... while a word the phrase dictionary knows keeps its reading
        ("他在银行工作了很多年。", 3, "hang2"),
        ("孩子们一天天长大了。", 6, "zhang3"),
        ("重庆是一座山城。", 0, "chong2"),
    ],
)
@pytest.mark.parametrize("variant", ["as written", "s2t"])
def test_polyphones_read_by_their_sentence(text: str, char_at: int, expected: str, variant: str) -> None:
    if variant == "s2t":
        from reader.convert import convert

        text = convert(text, "s2t")
    assert syllables(text, PINYIN, numbers=True)[char_at] == expected


def test_the_polyphone_model_loads_without_unpickling() -> None:
    """The weights are plain arrays: numpy refuses a pickle inside them (allow_pickle=False)."""
    import numpy as np

    from reader.g2p import _MODEL, polyphone_readings
    from reader.paths import resource_path

    with np.load(resource_path(_MODEL), allow_pickle=False) as data:
        assert {"embedding", "fw_w_in", "bw_w_in", "fc2_w"} <= set(data.files)
    readings = polyphone_readings("行长说银行还没还钱。")
    assert all(r[-1] in "12345" for r in readings.values())
