"""What every format adapter produces, and the one way it becomes the engine's input text.

The article engine (``reader.article.parse``) reads plain text: a short first line is the title, a byline line
anchors the headline block, blank lines separate paragraphs, a short unpunctuated line set apart is a heading.
So an adapter that already knows the structure (an HTML ``<h2>``, a Word "Heading 1", a PDF line that ends a
paragraph) writes it in exactly that shape, and the engine, its figures, statistics and conversion work on web
pages, Word files and PDFs as they do on text files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003\u2009\u200b\ufeff]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of the body: a paragraph, a heading or a caption, as the source marked it."""

    kind: str  # "paragraph", "heading" or "caption"
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """An article as an adapter found it: title, the lines under it (date, byline), and the body blocks.

    ``encoding`` names what the status bar and the export say the file was: the charset of a web page, or the
    format (``pdf``, ``docx``) when there is no text encoding to speak of.
    """

    title: str = ""
    meta: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    encoding: str = "utf-8"
    # Whether the blocks are the source's own paragraphs (a web page's <p>, a Word paragraph): then the engine
    # never joins two of them.  False for PDF, whose paragraphs are rebuilt from the layout and may still break
    # mid-sentence where the layout misled.
    marked: bool = True


def clean_line(text: str) -> str:
    """*text* on one line: runs of spaces (also no-break and zero-width ones) become one space, no line breaks."""
    return _SPACES.sub(" ", text.replace("\r", " ").replace("\n", " ")).strip()


def engine_text(document: Document) -> str:
    """The document as the text the engine reads: title, the date/byline lines, then every block set apart by a
    blank line (a heading alone on its line, as the engine expects it)."""
    parts: list[str] = []
    title = clean_line(document.title)
    if title:
        parts.append(title)
    parts.extend(line for line in (clean_line(m) for m in document.meta) if line)
    for block in document.blocks:
        text = block.text.strip()
        if not text:
            continue
        if block.kind == "heading":
            text = clean_line(text)
        else:
            # A block may hold line breaks of its own (<br> in a paragraph): keep them as single line breaks,
            # which the engine joins back unless the line ends a sentence.
            text = "\n".join(ln for ln in (clean_line(x) for x in text.split("\n")) if ln)
        if parts and title and not parts[1:] and clean_line(text) == title:
            continue  # the page repeats its headline as the first block
        parts.append(text)
    return _BLANK_LINES.sub("\n\n", "\n\n".join(parts)).strip() + "\n"
