"""The annotation records: frozen, so they cross threads and sit in an undo stack unchanged.

An annotation points at its words with a text-quote selector in the spirit of the W3C Web Annotation model
(TextPositionSelector + TextQuoteSelector in one): offsets into the article's flat original text
(:class:`reader.annotations.anchor.FlatText`), the exact quote, and up to CONTEXT characters before and after.
Offsets find the words at once when nothing changed; the quote and its context find them again after an edit.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import UTC, datetime

KINDS = ("bookmark", "highlight", "note", "figure-mark")
COLOURS = ("yellow", "green", "blue", "pink")
MARKS = ("", "doubt", "checked")  # a figure mark's verdict ("" when it only carries a note)
# anchored: at its offsets; moved: the same quote found elsewhere; fuzzy: found by context or a similar quote
# (the words changed); orphan: not found in this text (kept, listed, tried again on every open).
STATUSES = ("anchored", "moved", "fuzzy", "orphan")
CONTEXT = 32
MAX_QUOTE = 20_000  # a selection longer than this is cut (a highlight of a whole book helps nobody)
MAX_NOTE = 100_000


def now() -> str:
    """The current time as stored: ISO 8601 in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True, slots=True)
class TextQuote:
    """Where the annotated words are: flat original-text offsets, the words, and their context."""

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class Annotation:
    """One bookmark, highlight, note or figure mark on a document."""

    id: str
    kind: str
    selector: TextQuote
    colour: str = ""
    note: str = ""
    mark: str = ""
    created: str = ""
    modified: str = ""
    status: str = "anchored"
    section: str = ""  # the section's title when last anchored (kept for orphans and exports)

    @property
    def orphan(self) -> bool:
        """True when the words were not found in the text last opened."""
        return self.status == "orphan"

    def edited(self, **changes: object) -> Annotation:
        """A copy with *changes* and a new modification time."""
        return replace(self, modified=now(), **changes)  # type: ignore[arg-type]


def new_annotation(
    kind: str, selector: TextQuote, colour: str = "", note: str = "", mark: str = "", section: str = ""
) -> Annotation:
    """A fresh annotation with a random id and creation time; raises ValueError for an unknown kind, colour or
    mark (the window only offers known ones, an import is validated before it gets here)."""
    if kind not in KINDS:
        raise ValueError(f"unknown annotation kind {kind!r}")
    if colour and colour not in COLOURS:
        raise ValueError(f"unknown colour {colour!r}")
    if mark not in MARKS:
        raise ValueError(f"unknown figure mark {mark!r}")
    if kind == "highlight" and not colour:
        colour = COLOURS[0]
    stamp = now()
    return Annotation(
        os.urandom(16).hex(), kind, selector, colour, note[:MAX_NOTE], mark, stamp, stamp, "anchored", section
    )
