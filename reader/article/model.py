"""Immutable article model: safe to pass between threads and to cache.

Paragraphs are plain strings; a figure or a search hit is addressed by (section index, paragraph index,
offset in that paragraph), never by an offset into the whole file, so that conversion and rendering can work
paragraph by paragraph.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Section:
    """A section: the lede (no number, no heading) or a headed part of the article.

    ``number`` is the marker as written (``1``, ``一、``, ``（一）``); ``level`` 1 is the outermost.  A numbered
    lead-in on the line of its text (（一）指导思想。以…) opens a paragraph, not a section.
    """

    number: str | None
    heading: str | None
    level: int
    paragraphs: tuple[str, ...]
    # The paragraphs read from letter-spaced lines (-1: the heading), their spaces taken out: a conversion of the
    # file meets no word across those spaces, so these pieces convert by character (see Article.letter_spaced).
    spaced: tuple[int, ...] = ()
    # Where the file's lines were joined inside a paragraph, as (paragraph, offset) pairs laid flat: a conversion of
    # the file meets no word across a line's end (码|表 stays 碼|表 where the joined word 码表 is 碼錶), so each
    # paragraph converts line piece by line piece, as the converted file reads.
    joins: tuple[int, ...] = ()

    @property
    def named_by_number(self) -> bool:
        """Whether the heading is the number itself (第十一章 alone on its line names its part)."""
        return bool(self.number and self.heading and self.number.strip(" \u3000:：、.．") == self.heading)

    @property
    def marked_heading(self) -> str:
        """Number and heading run together as the view sets them (第十一章 alone once)."""
        return (self.heading or "") if self.named_by_number else f"{self.number or ''}{self.heading or ''}"

    @property
    def title(self) -> str:
        """Marker and heading as one display string (empty for the lede)."""
        parts = [p for p in (self.number, self.heading) if p]
        if self.named_by_number:
            return self.heading or ""  # 第十一章 alone names its part: once
        if (self.number and self.number[-1] in "、.．）)】") or len(parts) < 2:
            return "".join(parts)
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Article:
    """A whole article as a reader sees it: headline block, notes kept apart, and sections."""

    title: str | None = None
    deck: str | None = None
    byline: str | None = None
    dateline: str | None = None
    captions: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    encoding: str = "utf-8"
    script: str = "hans"
    # Where each caption stands, as (section, paragraph) pairs laid flat: caption i goes before paragraph
    # caption_places[2i + 1] of section caption_places[2i] (one past the last paragraph: after it).  Empty for
    # articles made before captions had places: they then stand after the lede.
    caption_places: tuple[int, ...] = ()
    # Whether the text was letter-spaced (問 題 : / 為 了 達 到 …), its lines read with the spaces taken out: a
    # conversion of the file then meets no word across the spaces, so the article's own converts by character.
    letter_spaced: bool = False

    def caption_place(self, index: int) -> tuple[int, int] | None:
        """(section, paragraph) before which caption *index* stands, or None when its place is not known."""
        if 2 * index + 1 >= len(self.caption_places):
            return None
        return self.caption_places[2 * index], self.caption_places[2 * index + 1]

    def paragraphs(self) -> Iterator[tuple[int, int, str]]:
        """Yield (section index, paragraph index, text) for every body paragraph in reading order."""
        for si, section in enumerate(self.sections):
            for pi, text in enumerate(section.paragraphs):
                yield si, pi, text

    def texts(self) -> Iterator[str]:
        """Every piece of text the article holds, once each (used by the nothing-lost check and statistics)."""
        for value in (self.title, self.deck, self.byline, self.dateline):
            if value:
                yield value
        yield from self.captions
        yield from self.notes
        for section in self.sections:
            if section.number:
                yield section.number
            if section.heading and not section.named_by_number:
                yield section.heading
            yield from section.paragraphs

    @property
    def char_count(self) -> int:
        """Number of non-whitespace characters in the article."""
        return sum(len("".join(t.split())) for t in self.texts())
