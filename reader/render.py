"""Article → HTML for the Qt text browser: anchors for navigation, a link per figure, everything escaped.

Anchors: ``title``, ``s{section}`` on each heading, ``p{section}-{paragraph}`` on each paragraph; figures are
links ``fig:{index}`` (index into the analysis' figure list) with a class per kind, so the view colours them with
a style sheet per theme and routes clicks itself.  Text from the file is always escaped.

A long article is shown a page at a time (Qt's HTML import slows down sharply past a few hundred kilobytes, as
ARCHITECTURE.md foresaw): the article is cut into units — headline block, heading, paragraph, caption, note —
and pages are runs of units of bounded size, cut at section starts where possible.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.model import Analysis, PlacedFigure

PAGE_CHARS = 20_000

_CJK = "\u3400-\u9fff\uf900-\ufaff"
_WIDE = str.maketrans(",;:?!()", "，；：？！（）")
# ASCII punctuation inside Chinese text (after a Chinese character or closing quote, or an opening parenthesis
# before one); 3,000 and BA.2 are not touched.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """HTML-escape text from the file (what ``html.escape`` does, without importing it at start-up)."""
    return text.translate(_ESCAPES)


@cache
def _narrow_in_chinese() -> re.Pattern[str]:
    return re.compile(f"(?<=[{_CJK}”’」』）])[,;:?!)]|\\((?=[{_CJK}])|(?<=[{_CJK}])\\(")


def widen_punctuation(text: str) -> str:
    """Full-width punctuation where a Chinese text uses ASCII marks (赤峰市,政府 → 赤峰市，政府); same length."""
    return _narrow_in_chinese().sub(lambda m: m.group(0).translate(_WIDE), text)


@dataclass(frozen=True, slots=True)
class Unit:
    """One block of the article: ``head`` (title, deck, byline), ``heading``, ``para``, ``caption`` or ``note``."""

    kind: str
    section: int | None
    index: int | None
    size: int
    start: int = 0  # for a long paragraph shown in pieces: where this piece starts in the paragraph
    end: int | None = None


CHUNK_CHARS = 3_000  # a paragraph longer than this (a text without line breaks) is shown in pieces


def paragraph_anchor(section: int, paragraph: int, start: int = 0) -> str:
    """The anchor name of a body paragraph (or of the piece of a long one that starts at *start*)."""
    return f"p{section}-{paragraph}" if not start else f"p{section}-{paragraph}-{start}"


def _pieces(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut a long paragraph into pieces of about CHUNK_CHARS, after a full stop where one is near, never inside
    a figure (*spans*)."""
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > CHUNK_CHARS:
        limit = start + CHUNK_CHARS
        cut = max(text.rfind(mark, start + CHUNK_CHARS // 2, limit) for mark in "。！？!?；;")
        cut = cut + 1 if cut != -1 else limit
        for a, b in spans:
            if a < cut < b:
                cut = a if a > start else b
                break
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(text)))
    return pieces


def section_anchor(section: int) -> str:
    """The anchor name of a section heading (the lede's is ``s0``)."""
    return f"s{section}"


def article_units(analysis: Analysis) -> list[Unit]:
    """The article's blocks in reading order."""
    article = analysis.article
    figures: dict[tuple[int, int], list[PlacedFigure]] = defaultdict(list)
    for placed in analysis.figures:
        if placed.where == "body" and placed.section is not None and placed.paragraph is not None:
            figures[(placed.section, placed.paragraph)].append(placed)
    units: list[Unit] = []
    if article.title or article.deck or article.byline or article.dateline:
        size = sum(len(x or "") for x in (article.title, article.deck, article.byline, article.dateline))
        units.append(Unit("head", None, None, size))
    # Each caption where it stood in the text (after the lede when its place is not known).
    captions: dict[tuple[int, int], list[int]] = defaultdict(list)
    for ci in range(len(article.captions)):
        place = article.caption_place(ci) or (
            0,
            len(article.sections[0].paragraphs) if article.sections else 0,
        )
        captions[place].append(ci)

    def captions_at(si: int, pi: int) -> None:
        units.extend(
            Unit("caption", None, ci, len(article.captions[ci])) for ci in captions.pop((si, pi), ())
        )

    for si, section in enumerate(article.sections):
        units.append(Unit("heading", si, None, len(section.marked_heading)))
        for pi, paragraph in enumerate(section.paragraphs):
            captions_at(si, pi)
            if len(paragraph) <= CHUNK_CHARS:
                units.append(Unit("para", si, pi, len(paragraph)))
                continue
            spans = [(p.figure.start, p.figure.end) for p in figures.get((si, pi), ())]
            units.extend(Unit("para", si, pi, b - a, a, b) for a, b in _pieces(paragraph, spans))
        captions_at(si, len(section.paragraphs))
    for ci in sorted(ci for rest in captions.values() for ci in rest):  # a place past the end: keep it anyway
        units.append(Unit("caption", None, ci, len(article.captions[ci])))
    units.extend(Unit("note", None, ni, len(n)) for ni, n in enumerate(article.notes))
    return units


def paginate(units: list[Unit], max_chars: int = PAGE_CHARS) -> list[tuple[int, int]]:
    """(start, end) unit ranges of at most about *max_chars*, starting at a heading where one is near."""
    pages: list[tuple[int, int]] = []
    start = size = 0
    for i, unit in enumerate(units):
        at_heading = unit.kind == "heading" and size >= max_chars // 2
        if i > start and (size + unit.size > max_chars or at_heading):
            pages.append((start, i))
            start, size = i, 0
        size += unit.size
    pages.append((start, len(units)))
    return pages


class ArticleRenderer:
    """Renders any run of an analysis' units; figure lookups are built once."""

    def __init__(
        self, analysis: Analysis, page_chars: int = PAGE_CHARS, wide_punctuation: bool = False
    ) -> None:
        self.analysis = analysis
        self.wide_punctuation = wide_punctuation
        self.units = article_units(analysis)
        self.pages = paginate(self.units, page_chars)
        self.char_count = analysis.article.char_count
        # Which page holds each heading and paragraph, and the pieces of long paragraphs (navigation).
        self.section_page: dict[int, int] = {}
        self.paragraph_page: dict[tuple[int, int], int] = {}
        self.piece_pages: dict[tuple[int, int], list[tuple[int, int]]] = {}  # (start, page) of each piece
        for page, (start, end) in enumerate(self.pages):
            for unit in self.units[start:end]:
                if unit.kind == "heading" and unit.section is not None:
                    self.section_page[unit.section] = page
                elif unit.kind == "para" and unit.section is not None and unit.index is not None:
                    self.paragraph_page.setdefault((unit.section, unit.index), page)
                    if unit.end is not None:
                        self.piece_pages.setdefault((unit.section, unit.index), []).append((unit.start, page))
        placed: dict[tuple[str, int | None, int | None], list[tuple[int, PlacedFigure]]] = defaultdict(list)
        for index, p in enumerate(analysis.figures):
            placed[(p.where, p.section, p.paragraph)].append((index, p))
        self._placed = placed

    def page_of(self, section: int, paragraph: int, offset: int = 0) -> int | None:
        """The page showing *offset* of a paragraph."""
        pieces = self.piece_pages.get((section, paragraph))
        if not pieces:
            return self.paragraph_page.get((section, paragraph))
        return max((p for p in pieces if p[0] <= offset), default=pieces[0])[1]

    def _text(
        self, text: str, key: tuple[str, int | None, int | None], start: int = 0, end: int | None = None
    ) -> str:
        """HTML of ``text[start:end]`` with its figures as links (only that slice is touched)."""
        end = len(text) if end is None else end
        piece = text[start:end]
        if self.wide_punctuation:
            piece = widen_punctuation(piece)  # one character for one: figure offsets still hold
        out: list[str] = []
        last = 0
        for index, placed in self._placed.get(key, ()):
            f = placed.figure
            if f.start < start or f.start >= end:
                continue
            a, b = f.start - start, f.end - start
            out.append(escape(piece[last:a]))
            out.append(f'<a href="fig:{index}" class="fig fig-{f.kind}">{escape(piece[a:b])}</a>')
            last = b
        out.append(escape(piece[last:]))
        return "".join(out)

    def unit_html(self, unit: Unit) -> str:
        """HTML of one unit."""
        article = self.analysis.article
        if unit.kind == "head":
            html = []
            if article.title:
                html.append(
                    f'<h1 class="title"><a name="title"></a>{self._text(article.title, ("title", None, 0))}</h1>'
                )
            if article.deck:
                html.append(f'<p class="deck">{self._text(article.deck, ("title", None, 1))}</p>')
            meta = [escape(article.byline)] if article.byline else []
            if article.dateline:
                meta.append(self._text(article.dateline, ("dateline", None, None)))
            if meta:
                html.append(f'<p class="byline">{"　".join(meta)}</p>')
            return "\n".join(html)
        if unit.kind == "heading":
            assert unit.section is not None
            section = article.sections[unit.section]
            anchor = f'<a name="{section_anchor(unit.section)}"></a>'
            if not (section.heading or section.number):
                return anchor
            level = min(4, max(2, section.level + 1))
            heading = self._text(section.heading or "", ("heading", unit.section, None))
            number = "" if section.named_by_number else escape(section.number or "")  # 第十一章 once
            sep = "" if not number or number[-1] in "、.．）)" else " "
            return f'<h{level} class="heading">{anchor}<span class="marker">{number}</span>{sep}{heading}</h{level}>'
        if unit.kind == "para":
            assert unit.section is not None and unit.index is not None
            text = article.sections[unit.section].paragraphs[unit.index]
            body = self._text(text, ("body", unit.section, unit.index), unit.start, unit.end)
            anchor = paragraph_anchor(unit.section, unit.index, unit.start)
            return f'<p class="para"><a name="{anchor}"></a>{body}</p>'
        if unit.kind == "caption":
            assert unit.index is not None
            return f'<p class="caption">{self._text(article.captions[unit.index], ("caption", None, unit.index))}</p>'
        assert unit.index is not None
        return f'<p class="note">{escape(article.notes[unit.index])}</p>'

    def render(self, start: int = 0, end: int | None = None) -> str:
        """HTML of units ``start:end`` (the whole article by default)."""
        return "\n".join(self.unit_html(u) for u in self.units[start:end])


def render_article(analysis: Analysis) -> str:
    """The whole article body as one HTML fragment (the view wraps it and applies the theme's style sheet)."""
    return ArticleRenderer(analysis).render()
