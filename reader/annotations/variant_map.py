"""Carry flat original offsets to the text shown in a variant, and back (a selection made in 繁體 is stored in
the original's offsets).

Each piece is converted with the same converter ``convert_analysis`` uses, and its offset map (one entry per
source offset plus the end, non-decreasing) does the work, as it does for figures after a variant switch:
U盘 → 隨身碟 changes lengths, so offsets are never reused without it.  Maps are built lazily, piece by piece:
only the paragraphs that hold annotations (or a selection) are converted twice.
"""

from __future__ import annotations

import bisect
from array import array

from reader.annotations.anchor import FlatText, Key, Piece
from reader.variants import ORIGINAL


class VariantMap:
    """Offsets between the flat original text and the pieces of one variant."""

    def __init__(self, flat: FlatText, variant: str = ORIGINAL) -> None:
        self.flat = flat
        self.variant = variant
        self._maps: dict[Key, tuple[str, array]] = {}

    def _map(self, piece: Piece) -> tuple[str, array] | None:
        if self.variant == ORIGINAL:
            return None
        found = self._maps.get(piece.key)
        if found is None:
            from reader.convert import get_converter

            found = get_converter(self.variant, False).convert_with_map(piece.text)
            self._maps[piece.key] = found
        return found

    def shown_text(self, piece: Piece) -> str:
        """The piece as the variant shows it."""
        mapped = self._map(piece)
        return piece.text if mapped is None else mapped[0]

    def to_shown(self, start: int, end: int) -> list[tuple[Key, int, int]]:
        """Flat original ``[start, end)`` as (key, start, end) in each shown piece it touches."""
        out: list[tuple[Key, int, int]] = []
        for piece, a, b in self.flat.spans(start, end):
            mapped = self._map(piece)
            if mapped is not None:
                offsets = mapped[1]
                a, b = offsets[a], offsets[b]
            out.append((piece.key, a, b))
        return out

    def from_shown(self, key: Key, start: int, end: int) -> tuple[int, int] | None:
        """Flat original offsets of ``[start, end)`` in the shown piece *key*: the source characters whose
        converted text overlaps it (so mapped back, they cover at least what was selected)."""
        piece = self.flat.piece(key)
        if piece is None:
            return None
        mapped = self._map(piece)
        if mapped is None:
            a, b = start, end
        else:
            offsets = mapped[1]
            a = max(0, bisect.bisect_right(offsets, start) - 1)
            b = min(len(piece.text), bisect.bisect_left(offsets, end))
            b = max(a, b)
        a = max(0, min(len(piece.text), a))
        b = max(a, min(len(piece.text), b))
        return piece.start + a, piece.start + b

    def quote(self, start: int, end: int) -> str:
        """The words of flat original ``[start, end)`` as the variant shows them."""
        parts = []
        for key, a, b in self.to_shown(start, end):
            piece = self.flat.piece(key)
            if piece is not None:
                parts.append(self.shown_text(piece)[a:b])
        return "\n".join(parts)
