"""The reading position: one anchor (section, paragraph, character offset), owned here and nowhere else.

Why one owner: the position used to be pixels of a scroll bar, read in several places.  Every relayout (zoom,
font, line spacing, theme, a window resize, a language switch, another character set) moves the text under the
pixels, so the view jumped back a section while the sidebar still named the old one.  Here the position is the
character at the start of the first line on screen; it is read *before* a relayout and put back *after*, by
text, never by pixels (see ARCHITECTURE.md: "Restore the reading position by section/paragraph anchor").

The same object keeps

- the history of jumps (Back / Forward, Alt+Left / Alt+Right), like a browser: a jump records where you were;
- the last position of every file, keyed by the digest of its content (so a renamed copy opens at the same
  place, an edited file starts again), in the settings store, the most recent ``MAX_FILES`` kept.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal

from reader.render import paragraph_anchor, section_anchor
from reader.ui.measure import apply_measure

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from reader.model import Analysis
    from reader.ui.article_view import ArticleView

MAX_FILES = 200  # per-file positions kept (least recently used dropped)
MAX_HISTORY = 100


@dataclass(frozen=True, slots=True, order=True)
class Anchor:
    """A place in the article: body paragraph *paragraph* of section *section*, character *offset* in it."""

    section: int = 0
    paragraph: int = 0
    offset: int = 0

    @classmethod
    def of(cls, position: Anchor | tuple[int, ...]) -> Anchor:
        """An anchor from an anchor or a (section, paragraph[, offset]) tuple (older callers pass pairs)."""
        if isinstance(position, Anchor):
            return position
        return cls(*(max(0, int(v)) for v in tuple(position)[:3]))

    def to_text(self) -> str:
        """'3,12,140': how the settings file stores it."""
        return f"{self.section},{self.paragraph},{self.offset}"

    @classmethod
    def from_text(cls, text: object) -> Anchor | None:
        """The anchor written by ``to_text``; None for anything else (the settings file is anyone's to edit)."""
        if not isinstance(text, str):
            return None
        parts = text.split(",")
        if len(parts) != 3 or not all(p.isascii() and p.isdigit() and len(p) <= 9 for p in parts):
            return None
        return cls(*(int(p) for p in parts))


class History:
    """Back and forward stacks of anchors, as in a browser: a new jump clears what was ahead."""

    def __init__(self, limit: int = MAX_HISTORY) -> None:
        self.limit = limit
        self.back_stack: list[Anchor] = []
        self.forward_stack: list[Anchor] = []

    def record(self, here: Anchor) -> None:
        """A jump leaves *here*: remember it (once, if the last jump left the same place)."""
        if not self.back_stack or self.back_stack[-1] != here:
            self.back_stack.append(here)
            del self.back_stack[: -self.limit]
        self.forward_stack.clear()

    def back(self, here: Anchor) -> Anchor | None:
        """Where Back goes from *here* (None when there is nothing to go back to)."""
        if not self.back_stack:
            return None
        self.forward_stack.append(here)
        return self.back_stack.pop()

    def forward(self, here: Anchor) -> Anchor | None:
        """Where Forward goes from *here*."""
        if not self.forward_stack:
            return None
        self.back_stack.append(here)
        return self.forward_stack.pop()

    def clear(self) -> None:
        """Another file: its places mean nothing in the old one."""
        self.back_stack.clear()
        self.forward_stack.clear()


def carry(anchor: Anchor, old: Analysis | None, new: Analysis) -> Anchor:
    """*anchor* in *old* moved to the same text in *new* (the same article in another character set).

    Sections and paragraphs are the same in every variant; only lengths inside a paragraph change (U盘 → 隨身碟),
    so the offset moves in proportion, which lands on the same line for all but the rarest texts.
    """
    if old is None:
        return anchor
    try:
        before = len(old.article.sections[anchor.section].paragraphs[anchor.paragraph])
        after = len(new.article.sections[anchor.section].paragraphs[anchor.paragraph])
    except IndexError:
        return Anchor(anchor.section, anchor.paragraph, 0)
    if before == after or before == 0:
        return Anchor(anchor.section, anchor.paragraph, min(anchor.offset, after))
    return Anchor(anchor.section, anchor.paragraph, min(after, anchor.offset * after // before))


class PositionStore:
    """The last anchor of each file, keyed by content digest, in the settings store (most recent first)."""

    def __init__(self, store: QSettings, limit: int = MAX_FILES) -> None:
        self.store = store
        self.limit = limit

    def _order(self) -> list[str]:
        value = self.store.value("positions/order", [])
        items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        return [str(v) for v in items if isinstance(v, str) and v.isalnum() and len(v) <= 128]

    def get(self, digest: str) -> Anchor | None:
        """The anchor stored for *digest*, or None."""
        if not digest or not digest.isalnum():
            return None
        return Anchor.from_text(self.store.value(f"positions/{digest}"))

    def put(self, digest: str, anchor: Anchor) -> None:
        """Remember *anchor* for *digest*; the least recently read files beyond the limit are forgotten."""
        if not digest or not digest.isalnum():
            return
        order = [digest, *[d for d in self._order() if d != digest]]
        for old in order[self.limit :]:
            self.store.remove(f"positions/{old}")
        self.store.setValue(f"positions/{digest}", anchor.to_text())
        self.store.setValue("positions/order", order[: self.limit])


class ReadingPosition(QObject):
    """Reads and restores the anchor of an ArticleView; keeps history and per-file positions.

    ``relayout_done`` is emitted after a relayout put the anchor back (tests and the status bar listen).
    """

    relayout_done = Signal()
    history_changed = Signal(bool, bool)  # can go back, can go forward

    def __init__(self, view: ArticleView, store: QSettings) -> None:
        super().__init__(view)
        self.view = view
        self.history = History()
        self.files = PositionStore(store)
        self.digest = ""
        self._held: Anchor | None = None  # read before a relayout (``kept``), put back after it
        self._resizing = False
        # Pixels kept free above the top line (readings drawn above the characters, reader/ui/ruby.py): the
        # anchor is read that far down, and a line is put back that far down.
        self.top_inset = 0
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        view.page_changed.connect(lambda _page, _count: self.fit_measure())

    def fit_measure(self) -> None:
        """The text column's measure for the view's width and font (part of every relayout)."""
        apply_measure(self.view.document(), self.view.viewport().width())

    # --- reading and restoring ----------------------------------------------------------------------------
    def anchor(self) -> Anchor:
        """The character at the start of the first line on screen (of the first body paragraph from there)."""
        if self._held is not None:
            return self._held  # a relayout is in progress: the pixels mean nothing yet
        view = self.view
        blocks, anchors, offsets = view._blocks, view._anchors, view._offsets
        if not blocks:
            return Anchor()
        bar = view.verticalScrollBar()
        last_page = view.current_page() == view.page_count() - 1
        if bar.maximum() > 0 and bar.value() >= bar.maximum() and last_page:
            section, paragraph = anchors[-1]
            return Anchor(section, paragraph, offsets[-1])  # at the very end the last paragraph is being read
        document = view.document()
        layout = document.documentLayout()
        top = float(bar.value() + self.top_inset)
        margin = document.rootFrame().frameFormat().leftMargin()
        position = layout.hitTest(QPointF(margin + 2, top + 1), Qt.HitTestAccuracy.FuzzyHit)
        block = document.findBlock(max(0, position))
        number = block.blockNumber()
        i = bisect.bisect_left(blocks, number)
        if i >= len(blocks):
            section, paragraph = anchors[-1]
            return Anchor(section, paragraph, offsets[-1])
        section, paragraph = anchors[i]
        if blocks[i] != number:
            if i == 0 and view.current_page() == 0:
                return Anchor()  # the title and byline: the beginning
            return Anchor(
                section, paragraph, offsets[i]
            )  # a heading or caption at the top: its next paragraph
        rect = layout.blockBoundingRect(block)
        text_layout = block.layout()
        within = 0
        for k in range(text_layout.lineCount()):
            line = text_layout.lineAt(k)
            if rect.top() + line.y() + line.height() > top + 1:
                within = line.textStart()
                break
        return Anchor(section, paragraph, offsets[i] + within)

    def go_to(self, anchor: Anchor | tuple[int, ...]) -> None:
        """Show *anchor*'s line at the top of the view (turning the page if needed) and report the position."""
        anchor = Anchor.of(anchor)
        self._held = None  # an explicit place supersedes one held across a resize
        view = self.view
        renderer = view._renderer
        if renderer is None:
            return
        if anchor == Anchor():
            view._show_page(0)
            self.fit_measure()
            view.verticalScrollBar().setValue(
                0
            )  # the beginning: the title and the lede above the first paragraph
            view._report_position()
            return
        page = renderer.page_of(anchor.section, anchor.paragraph, anchor.offset)
        if page is None:  # not a body paragraph of this article (another file, or an edited one)
            view.go_to_section(min(anchor.section, max(0, len(renderer.analysis.article.sections) - 1)))
            return
        view._show_page(page)
        self.fit_measure()
        if anchor.paragraph == 0 and anchor.offset == 0 and renderer.section_page.get(anchor.section) == page:
            # The top of a section's first paragraph: show its heading with it (read back the same way).
            view.scrollToAnchor(section_anchor(anchor.section))
            view._report_position()
            return
        piece = view._piece_start(anchor.section, anchor.paragraph, anchor.offset)
        try:
            i = next(
                k
                for k, (a, o) in enumerate(zip(view._anchors, view._offsets, strict=True))
                if a == (anchor.section, anchor.paragraph) and o == piece
            )
        except StopIteration:
            view.go_to_paragraph(anchor.section, anchor.paragraph, anchor.offset)
            return
        document = view.document()
        block = document.findBlockByNumber(view._blocks[i])
        rect = document.documentLayout().blockBoundingRect(block)
        line = block.layout().lineForTextPosition(max(0, min(anchor.offset - piece, block.length() - 1)))
        y = rect.top() + (line.y() if line.isValid() else 0.0)
        if anchor.offset == piece and line.isValid() and line.lineNumber() == 0:
            y = rect.top()
        bar = view.verticalScrollBar()
        bar.setValue(max(0, round(y) - self.top_inset))
        view._report_position()

    @contextmanager
    def kept(self) -> Iterator[Anchor]:
        """``with position.kept(): relayout()``: the same text at the top afterwards."""
        here = self.anchor()
        self._held = here
        try:
            yield here
        finally:
            self._held = None
            self.go_to(here)
            self.relayout_done.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A resize of the viewport: the view lays the text out again for the new width in its resizeEvent.  The
        # filter reads the anchor first, lets the view handle the event (calling its handler itself), and puts
        # the anchor back at once.  Done synchronously, not later from the event loop: a jump made meanwhile
        # (a section click right after the window was shown) must not be undone by a stale restore.
        if (
            watched is self._viewport
            and event.type() == QEvent.Type.Resize
            and shiboken6.isValid(self.view)
            and self.view._blocks
            and not self._resizing
            and self._index_current()
        ):
            here = self.anchor()
            self._resizing = True
            try:
                self.view.resizeEvent(event)
            finally:
                self._resizing = False
            self.go_to(here)
            self.relayout_done.emit()
            return True
        return False

    def _index_current(self) -> bool:
        """Whether the view's paragraph index describes the document it holds (not so while a page is being
        set: a scroll bar appearing then resizes the viewport before the view has indexed the new page)."""
        view = self.view
        document = view.document()
        for k in (0, len(view._blocks) - 1):
            block = document.findBlockByNumber(view._blocks[k])
            it = block.begin()
            names = [] if not block.isValid() or it.atEnd() else it.fragment().charFormat().anchorNames()
            if paragraph_anchor(*view._anchors[k], view._offsets[k]) not in names:
                return False
        return True

    def settled(self) -> bool:
        """No relayout in progress (a resize or a ``kept`` block): the view shows the anchor."""
        return self._held is None and not self._resizing

    # --- jumps ---------------------------------------------------------------------------------------------
    def jump(self, move: Callable[[], object]) -> None:
        """Run *move* (a sidebar click, a statistic, a find) after recording where the reader was."""
        self.history.record(self.anchor())
        self._held = None  # the jump decides where the view is, not a resize still being settled
        move()
        self._history_changed()

    def back(self) -> bool:
        """Alt+Left: where the reader was before the last jump."""
        target = self.history.back(self.anchor())
        if target is not None:
            self.go_to(target)
        self._history_changed()
        return target is not None

    def forward(self) -> bool:
        """Alt+Right: undo a Back."""
        target = self.history.forward(self.anchor())
        if target is not None:
            self.go_to(target)
        self._history_changed()
        return target is not None

    def _history_changed(self) -> None:
        self.history_changed.emit(bool(self.history.back_stack), bool(self.history.forward_stack))

    # --- per file --------------------------------------------------------------------------------------------
    def remember(self) -> None:
        """Store the current anchor under the current file's digest."""
        if self.digest and self.view._blocks:
            self.files.put(self.digest, self.anchor())

    def switch_file(self, digest: str) -> Anchor | None:
        """Another file (or another version of it) is about to be shown: forget the old one's history and
        return where *digest* was last read (None for a file never read; the place on screen for the text
        already shown, under whatever name).
        The old file's place was stored by ``remember`` when the open began, while it was still on screen."""
        if digest == self.digest:
            return self.anchor() if self.view._blocks else None  # the same text (a reload, a copy): stay
        self.digest = digest
        self.history.clear()
        self._history_changed()
        return self.files.get(digest)
