"""The article as one flat text, and finding an annotation's words in it again.

Annotations are anchored in a *flat text*: every piece of the article that the renderer shows with offsets
(title, deck, dateline, headings, body paragraphs, captions) in reading order, joined by line feeds.  Its
pieces are keyed like the converter's offset maps (``("body", section, paragraph)``...), so a flat offset
becomes a paragraph offset, and from there an offset in any variant.  Keyed by the article rather than the
file's bytes, an anchor survives a new encoding, a reparse by changed rules and an edit elsewhere.

Re-anchoring follows what annotation tools such as Hypothesis do with a text-quote selector:

1. the stored offsets still hold the exact quote: *anchored*;
2. the quote occurs elsewhere: the occurrence whose context matches best, nearest the old place: *moved*;
3. the context (before and after) is found with something else between: the words were changed: *fuzzy*;
   likewise a passage close enough to a quote of MIN_SIMILAR or more characters (difflib ratio ≥
   FUZZY_RATIO) around its longest shared run;
4. otherwise *orphan*: the record is kept unchanged and tried again on the next open, never dropped.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reader.annotations.model import CONTEXT, MAX_QUOTE, Annotation, TextQuote

if TYPE_CHECKING:
    from reader.article.model import Article

Key = tuple[str, int | None, int | None]
SEPARATOR = "\n"
FUZZY_RATIO = 0.6
SIMILAR_REACH = 20_000
MIN_SIMILAR = 6  # quotes shorter than this are found exactly or by their context, never by likeness
NEAR = 4_000  # how far from the old place a quote with all its context is taken at once
MAX_OCCURRENCES = 5_000  # a quote found more often than this is scored among the first ones only


@dataclass(frozen=True, slots=True)
class Piece:
    """One shown text of the article: its key, where it starts in the flat text, its section."""

    key: Key
    start: int
    text: str
    section: int

    @property
    def end(self) -> int:
        """Where it ends in the flat text."""
        return self.start + len(self.text)


class FlatText:
    """An article's shown texts in reading order as one string, with the way back to each piece."""

    def __init__(self, article: Article) -> None:
        entries: list[tuple[Key, str, int]] = []
        if article.title:
            entries.append((("title", None, 0), article.title, 0))
        if article.deck:
            entries.append((("title", None, 1), article.deck, 0))
        if article.dateline:
            entries.append((("dateline", None, None), article.dateline, 0))
        for si, section in enumerate(article.sections):
            if section.heading:
                entries.append((("heading", si, None), section.heading, si))
            for pi, paragraph in enumerate(section.paragraphs):
                entries.append((("body", si, pi), paragraph, si))
            if si == 0:
                entries.extend((("caption", None, ci), c, 0) for ci, c in enumerate(article.captions))
        pieces: list[Piece] = []
        at = 0
        for key, text, section in entries:
            pieces.append(Piece(key, at, text, section))
            at += len(text) + len(SEPARATOR)
        self.pieces: tuple[Piece, ...] = tuple(pieces)
        self.text = SEPARATOR.join(p.text for p in pieces)
        self._starts = [p.start for p in pieces]
        self._by_key = {p.key: p for p in pieces}

    def piece(self, key: Key) -> Piece | None:
        """The piece with *key*, if the article has it."""
        return self._by_key.get(key)

    def index_at(self, offset: int) -> int:
        """Index of the piece holding flat *offset* (a separator counts with the piece before it)."""
        if not self.pieces:
            return -1
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def locate(self, offset: int) -> tuple[Piece, int] | None:
        """(piece, offset in it) of flat *offset*, clamped to the piece."""
        i = self.index_at(offset)
        if i < 0:
            return None
        piece = self.pieces[i]
        return piece, max(0, min(len(piece.text), offset - piece.start))

    def flat(self, key: Key, offset: int) -> int | None:
        """Flat offset of *offset* in the piece *key*."""
        piece = self._by_key.get(key)
        if piece is None:
            return None
        return piece.start + max(0, min(len(piece.text), offset))

    def section_at(self, offset: int) -> int:
        """The section (index) a flat offset lies in; 0 for the headline block."""
        i = self.index_at(offset)
        return self.pieces[i].section if i >= 0 else 0

    def spans(self, start: int, end: int) -> list[tuple[Piece, int, int]]:
        """The parts of flat ``[start, end)`` in each piece it touches: (piece, local start, local end)."""
        out: list[tuple[Piece, int, int]] = []
        i = self.index_at(start)
        if i < 0:
            return out
        while i < len(self.pieces):
            piece = self.pieces[i]
            if piece.start > end or (piece.start == end and end > start):
                break
            a = max(0, start - piece.start)
            b = min(len(piece.text), end - piece.start)
            if a <= b and (b > a or start == end):
                out.append((piece, a, b))
            i += 1
        return out


def section_titles(article: Article) -> list[str]:
    """Display titles of the article's sections (the lede takes the article's title)."""
    return [
        section.title if index else (article.title or section.title or "")
        for index, section in enumerate(article.sections)
    ]


def make_selector(text: str, start: int, end: int, context: int = CONTEXT) -> TextQuote:
    """The selector of ``text[start:end]`` (clamped, at most MAX_QUOTE characters) with its context."""
    start = max(0, min(len(text), start))
    end = max(start, min(len(text), end, start + MAX_QUOTE))
    return TextQuote(
        start, end, text[start:end], text[max(0, start - context) : start], text[end : end + context]
    )


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _occurrences(text: str, needle: str, limit: int = MAX_OCCURRENCES) -> list[int]:
    found: list[int] = []
    at = text.find(needle)
    while at != -1 and len(found) < limit:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _by_quote(selector: TextQuote, text: str) -> tuple[int, int] | None:
    """The occurrence of the exact quote whose context agrees most, nearest the old place."""
    exact = selector.exact
    if not exact:
        return None
    n = len(exact)
    # Most edits shift the words a little: an occurrence near the old place with all its context is the answer,
    # without scoring every occurrence of a common quote in a long text.
    near = text.find(exact, max(0, selector.start - NEAR), selector.start + NEAR + n)
    nearest: int | None = None
    while near != -1:
        whole = text[max(0, near - len(selector.prefix)) : near] == selector.prefix
        if whole and text[near + n : near + n + len(selector.suffix)] == selector.suffix:
            if nearest is None or abs(near - selector.start) < abs(nearest - selector.start):
                nearest = near
        near = text.find(exact, near + 1, selector.start + NEAR + n)
    if nearest is not None:
        return nearest, nearest + n
    best: tuple[int, int] | None = None
    best_score: tuple[int, int] | None = None
    for at in _occurrences(text, exact):
        context = _common_suffix(text[max(0, at - CONTEXT) : at], selector.prefix) + _common_prefix(
            text[at + n : at + n + CONTEXT], selector.suffix
        )
        score = (context, -abs(at - selector.start))
        if best_score is None or score > best_score:
            best, best_score = (at, at + n), score
    return best


def _ratio(a: str, b: str) -> float:
    from difflib import SequenceMatcher  # only when words changed: not at start-up

    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _by_context(selector: TextQuote, text: str) -> tuple[int, int] | None:
    """Prefix and suffix found with new words between them (the quoted words were changed)."""
    longest_gap = 2 * len(selector.exact) + 16
    for size in (CONTEXT, 12, 6):
        prefix, suffix = selector.prefix[-size:], selector.suffix[:size]
        if len(prefix) < min(size, 4) and selector.start > len(prefix):
            continue  # too little context to trust (and not simply the start of the text)
        if len(suffix) < min(size, 4) and suffix != selector.suffix:
            continue
        if not prefix and not suffix:
            return None
        starts = [0] if not prefix else [a + len(prefix) for a in _occurrences(text, prefix)]
        best: tuple[int, int] | None = None
        for a in starts:
            if suffix:
                b = text.find(suffix, a, a + longest_gap + len(suffix))
                if b == -1:
                    continue
            else:
                if len(text) - a > longest_gap:
                    continue
                b = len(text)
            if size < 12 and _ratio(text[a:b], selector.exact) < 0.34:
                continue  # a short context alone is weak evidence: the words must still resemble the quote
            if best is None or abs(a - selector.start) < abs(best[0] - selector.start):
                best = (a, b)
        if best is not None:
            return best
    return None


def _by_similar_quote(selector: TextQuote, text: str) -> tuple[int, int] | None:
    """A passage close to the quote (a few characters changed), around its longest run shared with it."""
    exact = selector.exact
    if len(exact) < MIN_SIMILAR or not text:
        return None  # a short quote is too little evidence: 人员 is in 医护人员 and everywhere else
    # Only near the old place: a passage that moved far and changed too is not worth a scan of a long text.
    low, high = max(0, selector.start - SIMILAR_REACH), min(len(text), selector.end + SIMILAR_REACH)
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, text, exact, autojunk=False)
    match = matcher.find_longest_match(low, high, 0, len(exact))
    if match.size < 2:
        return None
    best: tuple[float, int, int] | None = None
    origin = match.a - match.b
    n = len(exact)
    for shift in range(-max(2, n // 4), max(2, n // 4) + 1):
        for extra in (0, -1, 1, -2, 2):
            a = max(0, origin + shift)
            b = min(len(text), a + n + extra)
            if b <= a:
                continue
            ratio = _ratio(text[a:b], exact)
            if best is None or ratio > best[0]:
                best = (ratio, a, b)
    if best is None or best[0] < FUZZY_RATIO:
        return None
    return best[1], best[2]


def anchor(selector: TextQuote, text: str) -> tuple[int, int, str]:
    """(start, end, status) of the selector's words in *text*; status is one of STATUSES.

    Never raises; for an orphan the old offsets come back clamped to the text.
    """
    start, end, exact = selector.start, selector.end, selector.exact
    if 0 <= start <= end <= len(text) and text[start:end] == exact and (exact or start == end):
        return start, end, "anchored"
    found = _by_quote(selector, text)
    if found is not None:
        return found[0], found[1], "moved"
    found = _by_context(selector, text) or _by_similar_quote(selector, text)
    if found is not None:
        return found[0], found[1], "fuzzy"
    start = max(0, min(len(text), start))
    return start, max(start, min(len(text), end)), "orphan"


def reanchor(annotation: Annotation, text: str) -> Annotation:
    """The annotation anchored in *text*: a found one gets a selector rebased on *text* (so the next open is
    an offset check), an orphan keeps its selector (its words, for the list and a later open)."""
    start, end, status = anchor(annotation.selector, text)
    if status == "orphan":
        return annotation if annotation.status == "orphan" else replace(annotation, status="orphan")
    if status == "anchored":
        # the words are where they were; keep the stored context unless it changed (cheap, and keeps
        # unchanged records unchanged so nothing is rewritten)
        selector = annotation.selector
        if (
            text[max(0, start - CONTEXT) : start] != selector.prefix
            or text[end : end + CONTEXT] != selector.suffix
        ):
            selector = make_selector(text, start, end)
        return replace(annotation, selector=selector, status="anchored")
    return replace(annotation, selector=make_selector(text, start, end), status=status)


def reanchor_all(annotations: Iterable[Annotation], text: str) -> list[Annotation]:
    """Every annotation anchored in *text*: as many records out as in, in the same order."""
    return [reanchor(a, text) for a in annotations]
