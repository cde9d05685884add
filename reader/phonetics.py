"""Readings above the characters: Mandarin pinyin (pypinyin) or Cantonese jyutping (ToJyutping), per word.

Why per word: a polyphone is read by the word it is in (重庆 chóng, 银行 háng, 长大 zhǎng), so the text is cut
into words with pypinyin's phrase dictionary (its maximum-matching segmenter) and each word is read whole.

Why fold first: pypinyin's phrase dictionary is written in Simplified, so a Traditional text read as it is loses
the phrase (重慶 → zhòng, 銀行 → xíng).  ``reader.fold`` maps one character to one, so the folded text has the
same offsets and every reading stays on its character.  ToJyutping reads both scripts itself.

Why a model for the polyphones standing alone: a polyphone the segmenter leaves alone (他还没还钱) gets
pypinyin's first-listed reading, often a rare one.  ``reader/g2p.py`` reads it from its sentence with g2pM's
network; the words the phrase dictionary knows (银行 háng, 长大 zhǎng, 重庆 chóng) keep the dictionary's reading,
which beats the model on short everyday sentences.  On the 10,254 sentences of CPP's test split (g2pM's public
benchmark) the polyphones read right: pypinyin alone 87.8 %, with the usual readings of
``reader/polyphone_defaults.py`` (learnt on CPP's development split) 95.7 %, with the model 97.0 %
(tests/benchmarks/bench_polyphones.py).  The usual readings remain for characters the model does not cover.

Only Han characters get a reading; digits, Latin letters and punctuation get none (a figure is read as written).
Both libraries are imported on first use: the reader starts without them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

PINYIN = "pinyin"
JYUTPING = "jyutping"
SYSTEMS = (PINYIN, JYUTPING)

_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")


@dataclass(frozen=True, slots=True)
class Reading:
    """The reading of one word: ``text[start:end]``, one syllable per character ('' where there is none)."""

    start: int
    end: int
    syllables: tuple[str, ...]


def _folded(text: str) -> str:
    from reader.fold import fold, needs_folding

    return fold(text) if needs_folding(text) else text


def words(text: str) -> list[tuple[int, int]]:
    """(start, end) of every word of Han characters in *text*, cut with pypinyin's phrase dictionary."""
    from pypinyin.seg.mmseg import seg

    folded = _folded(text)
    spans: list[tuple[int, int]] = []
    for run in _HAN.finditer(folded):
        at = run.start()
        for word in seg.cut(run.group()):
            spans.append((at, at + len(word)))
            at += len(word)
    return spans


def _pinyin_syllables(word: str, numbers: bool) -> list[str]:
    from pypinyin import Style, pinyin

    if len(word) == 1 and word in _defaults():  # a polyphone standing alone: its usual reading
        from pypinyin.contrib.tone_convert import to_tone

        reading = _defaults()[word]
        return [reading if numbers else to_tone(reading)]
    style = Style.TONE3 if numbers else Style.TONE
    out = [item[0] for item in pinyin(word, style=style, neutral_tone_with_five=numbers, errors=list)]
    return out if len(out) == len(word) else [""] * len(word)  # never shift a reading onto a neighbour


def _predicted(text: str, folded: str) -> dict[int, str]:
    """The model's readings of the polyphones in *text* (reader.g2p); none when numpy is missing."""
    try:
        from reader.g2p import polyphone_readings
    except ImportError:  # numpy is a dependency; a broken install still reads, by the usual readings
        return {}
    return polyphone_readings(text, folded)


def _tone(reading: str, numbers: bool) -> str:
    """A reading in tone numbers (lv4, le5) as the reader shows it: numbers, or tone marks (lǜ, le)."""
    if numbers:
        return reading
    from pypinyin.contrib.tone_convert import to_tone

    return to_tone(reading)


@lru_cache(maxsize=1)
def _defaults() -> dict[str, str]:
    from reader.polyphone_defaults import DEFAULTS

    return DEFAULTS


def _jyutping_syllables(text: str) -> list[str]:
    import ToJyutping

    pairs = ToJyutping.get_jyutping_list(text)
    if len(pairs) != len(text):  # ToJyutping keeps one pair per character; anything else is not trusted
        return [""] * len(text)
    return [reading or "" for _char, reading in pairs]


@lru_cache(maxsize=4096)
def readings(text: str, system: str = PINYIN, numbers: bool = False) -> tuple[Reading, ...]:
    """The readings of every Han word in *text* (a paragraph), in order; cached per paragraph.

    *numbers* gives pinyin with tone numbers (zhong4, neutral tone 5) instead of tone marks; jyutping always
    has numbers.
    """
    if system not in SYSTEMS:
        raise ValueError(f"unknown reading system {system!r}")
    spans = words(text)
    if not spans:
        return ()
    if system == PINYIN:
        folded = _folded(text)
        predicted = _predicted(text, folded) if any(b - a == 1 for a, b in spans) else {}
        return tuple(
            Reading(a, b, (_tone(predicted[a], numbers),))
            if b - a == 1 and a in predicted
            else Reading(a, b, tuple(_pinyin_syllables(folded[a:b], numbers)))
            for a, b in spans
        )
    syllables = _jyutping_syllables(text)
    return tuple(Reading(a, b, tuple(syllables[a:b])) for a, b in spans)


def syllables(text: str, system: str = PINYIN, numbers: bool = True) -> list[str]:
    """One reading per character of *text* ('' for a character without one): what the benchmarks score."""
    out = [""] * len(text)
    for reading in readings(text, system, numbers):
        out[reading.start : reading.end] = reading.syllables
    return out


def word_at(text: str, position: int) -> tuple[int, int] | None:
    """The word of Han characters that holds *position*, or None when the character there is not Han."""
    for start, end in words(text):
        if start <= position < end:
            return (start, end)
    return None
