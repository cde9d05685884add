"""CC-CEDICT lookups for the dictionary at the cursor: a word's readings and English meanings, in either script.

The dictionary is the whole of CC-CEDICT (MDBG, 2023-11-07, 122,143 entries; CC BY-SA 4.0,
https://creativecommons.org/licenses/by-sa/4.0/ — its header, with the licence and attribution, is kept in the
file), shipped xz-compressed as ``resources/cedict_ts.u8.xz`` (2.7 MB).  It is read on first lookup (about half a
second) and indexed by both its Traditional and its Simplified headword, so a word is found in the script the
article is in.  Lines are parsed only when looked up: the index keeps line numbers, not parsed entries (about 45 MB in all, against 95 MB for a list of lines).

Which word: the word of two or more characters the segmenter of ``reader.phonetics`` finds at the cursor when the
dictionary knows it, else the longest dictionary word that covers the cursor (names, idioms and terms the segmenter
splits: 国内生产总值), else the character.
"""

from __future__ import annotations

import lzma
import re
import threading
from array import array
from dataclasses import dataclass
from functools import cache

from reader.paths import resource_path

RESOURCE = "cedict_ts.u8.xz"
MAX_WORD = 12  # the longest headword worth trying at the cursor (idioms, transliterated names)

_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")


@dataclass(frozen=True, slots=True)
class Entry:
    """One CC-CEDICT entry: both headwords, the pinyin as written there (tone numbers), the meanings."""

    traditional: str
    simplified: str
    pinyin: str
    meanings: tuple[str, ...]

    def pinyin_marks(self) -> str:
        """The pinyin with tone marks (zhong4 guo2 → zhōng guó); syllables without a tone are left alone."""
        from pypinyin.contrib.tone_convert import to_tone

        return " ".join(to_tone(s.replace("u:", "v")) if s[-1:].isdigit() else s for s in self.pinyin.split())


def parse_line(line: str) -> Entry | None:
    """An entry from one line of the file; None for comments and malformed lines."""
    match = _LINE.match(line)
    if match is None:
        return None
    traditional, simplified, pinyin, meanings = match.groups()
    return Entry(traditional, simplified, pinyin, tuple(m for m in meanings.split("/") if m))


class Dictionary:
    """CC-CEDICT indexed by headword.

    The file is kept as its UTF-8 bytes with an array of line starts, and the index maps a headword to one line
    number (or a tuple of them): about a third of the memory of a list of line strings and lists.
    """

    def __init__(self, data: bytes) -> None:
        self._data = data
        starts = array("I", [0])
        index: dict[str, int | tuple[int, ...]] = {}
        at = 0
        number = 0
        for raw in data.split(b"\n"):
            if raw and raw[0] != 0x23:  # "#": the header
                first = raw.find(b" ")
                second = raw.find(b" ", first + 1)
                for key in {raw[:first].decode("utf-8"), raw[first + 1 : second].decode("utf-8")}:
                    seen = index.get(key)
                    if seen is None:
                        index[key] = number
                    else:
                        index[key] = (*seen, number) if isinstance(seen, tuple) else (seen, number)
            at += len(raw) + 1
            starts.append(at)
            number += 1
        self._starts = starts
        self._index = index

    def _line(self, number: int) -> str:
        return self._data[self._starts[number] : self._starts[number + 1]].decode("utf-8").rstrip("\r\n")

    def __contains__(self, word: str) -> bool:
        return word in self._index

    def __len__(self) -> int:
        return len({n for v in self._index.values() for n in (v if isinstance(v, tuple) else (v,))})

    def lookup(self, word: str) -> list[Entry]:
        """Every entry whose Traditional or Simplified headword is *word*, in the file's order."""
        found = self._index.get(word, ())
        entries = (parse_line(self._line(n)) for n in (found if isinstance(found, tuple) else (found,)))
        return [e for e in entries if e is not None]

    def word_at(self, text: str, position: int) -> tuple[int, int] | None:
        """(start, end) of the word to look up at *position* of *text* (see the module's docstring)."""
        if not 0 <= position < len(text):
            return None
        from reader.phonetics import word_at as segmented

        span = segmented(text, position)
        if span is not None and span[1] - span[0] > 1 and text[span[0] : span[1]] in self._index:
            return span
        best: tuple[int, int] | None = None
        for start in range(max(0, position - MAX_WORD + 1), position + 1):
            for end in range(min(len(text), start + MAX_WORD), position, -1):
                if end - start > 1 and text[start:end] in self._index:
                    if best is None or end - start > best[1] - best[0]:
                        best = (start, end)
                    break
        if best is not None:
            return best
        if span is not None:
            return span
        return (position, position + 1) if text[position] in self._index else None


@cache
def _load() -> Dictionary:
    with lzma.open(resource_path(RESOURCE), "rb") as handle:
        return Dictionary(handle.read())


_lock = threading.Lock()


def dictionary() -> Dictionary:
    """The bundled CC-CEDICT, read once (thread-safe: a background warm-up and a lookup may race)."""
    with _lock:
        return _load()
