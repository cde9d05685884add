"""Where the paragraphs of the page on screen are in the article view's QTextDocument.

The renderer opens every paragraph (or piece of a long one) with an anchor ``p{section}-{paragraph}[-{start}]``;
from those, shown paragraph offsets become document positions and back.  Qt's HTML import folds a run of spaces
into one, so when a block's text is not the piece's text character for character the offsets are aligned.
Flat original offsets come in and go out through a ``VariantMap``.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from reader.ui.article_view import block_alignment

if TYPE_CHECKING:
    from reader.annotations.variant_map import VariantMap


class PagePlaces:
    """The paragraphs (pieces) on the page a view shows; call ``index`` after every page change."""

    def __init__(self, view) -> None:
        self.view = view
        self.blocks: dict[int, tuple[int, int, int]] = {}  # block number → (section, paragraph, piece start)
        self.pieces: dict[
            tuple[int, int], list[tuple[int, int]]
        ] = {}  # (section, paragraph) → (start, block)
        self._aligned: dict[int, list[int] | None] = {}  # block number → piece offset → block offset

    def index(self) -> None:
        """Which block of the page shows which paragraph (piece), from the anchors the renderer writes."""
        blocks: dict[int, tuple[int, int, int]] = {}
        pieces: dict[tuple[int, int], list[tuple[int, int]]] = {}
        block = self.view.document().begin()
        while block.isValid():
            it = block.begin()
            if not it.atEnd():
                for name in it.fragment().charFormat().anchorNames():
                    if name.startswith("p") and "-" in name:
                        try:
                            parts = [int(x) for x in name[1:].split("-")]
                        except ValueError:
                            continue
                        start = parts[2] if len(parts) > 2 else 0
                        blocks[block.blockNumber()] = (parts[0], parts[1], start)
                        pieces.setdefault((parts[0], parts[1]), []).append((start, block.blockNumber()))
            block = block.next()
        self.blocks, self.pieces = blocks, pieces
        self._aligned = {}

    def _alignment(
        self, vmap: VariantMap, section: int, paragraph: int, piece_start: int, number: int
    ) -> list[int] | None:
        """Block offset of each offset of the shown piece, when the block does not hold the piece's text
        character for character; None when it does."""
        if number in self._aligned:
            return self._aligned[number]
        block_text = self.view.document().findBlockByNumber(number).text()
        result: list[int] | None = None
        piece = vmap.flat.piece(("body", section, paragraph))
        if piece is not None:
            reach = piece_start + max(len(block_text), 1) * 2  # a long paragraph is never copied whole
            result = block_alignment(block_text, vmap.shown_text(piece)[piece_start:reach])
        self._aligned[number] = result
        return result

    def ranges(
        self, vmap: VariantMap | None, section: int, paragraph: int, start: int, end: int
    ) -> list[tuple[int, int]]:
        """Document positions of shown paragraph offsets ``[start, end)`` on this page (none when elsewhere)."""
        out: list[tuple[int, int]] = []
        pieces = sorted(self.pieces.get((section, paragraph), []))
        document = self.view.document()
        for i, (piece_start, number) in enumerate(pieces):
            block = document.findBlockByNumber(number)
            length = block.length() - 1
            piece_end = pieces[i + 1][0] if i + 1 < len(pieces) else piece_start + length
            a, b = max(start, piece_start), min(end, piece_end)
            if a > b or (a == b and start != end):
                continue
            a, b = a - piece_start, b - piece_start
            aligned = self._alignment(vmap, section, paragraph, piece_start, number) if vmap else None
            if aligned is not None:
                a, b = aligned[min(a, len(aligned) - 1)], aligned[min(b, len(aligned) - 1)]
            out.append((block.position() + min(length, a), block.position() + min(length, b)))
        return out

    def flat_at(self, vmap: VariantMap, position: int, forward: bool = True, end: bool = False) -> int | None:
        """Flat original offset of document *position* (the nearest paragraph when it is in no paragraph:
        the next one going *forward*, else the previous one's end)."""
        if not self.blocks:
            return None
        document = self.view.document()
        block = document.findBlock(position)
        number = block.blockNumber()
        if number not in self.blocks:
            numbers = sorted(self.blocks)
            later = [n for n in numbers if n > number]
            earlier = [n for n in numbers if n < number]
            if forward and later:
                number, offset_in_block = later[0], 0
            elif earlier:
                number = earlier[-1]
                offset_in_block = document.findBlockByNumber(number).length() - 1
            elif later:
                number, offset_in_block = later[0], 0
            else:
                return None
        else:
            offset_in_block = position - block.position()
        section, paragraph, piece_start = self.blocks[number]
        aligned = self._alignment(vmap, section, paragraph, piece_start, number)
        if aligned is not None:  # back from the block's folded text to the piece's own offsets
            offset_in_block = bisect.bisect_left(aligned, offset_in_block)
        local = piece_start + offset_in_block
        span = vmap.from_shown(("body", section, paragraph), local, local)
        if span is None:
            return None
        return span[1] if end else span[0]
