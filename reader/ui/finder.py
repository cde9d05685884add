"""Find as in a browser: from where you read, "n of N", the current match in its own colour, a wrap notice.

Why: F3 searched on from the last match (or the top), wherever the reader had scrolled since; the bar said only
"Matches: 17"; the current match was selected in the same blue as any selection, hard to tell from the yellow
of the others; going round the end of the text was silent.

The view (``ArticleView``) keeps highlighting every match of the page (yellow); the finder picks the current
one, colours it orange, counts matches on every page of a long text so it can say "3 of 120", and scrolls the
match into view (a third from the top) without selecting it, so the colour shows.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor

from reader.render import widen_punctuation

if TYPE_CHECKING:
    from reader.render import ArticleRenderer, Unit
    from reader.ui.article_view import ArticleView
    from reader.ui.reading_position import ReadingPosition

CURRENT_BACKGROUND = "#f97316"  # orange, as browsers mark the current match among yellow ones
CURRENT_TEXT = "#000000"
OTHER_BACKGROUND = "#facc15"  # the yellow the view gives every match


@dataclass(frozen=True, slots=True)
class FindState:
    """What the find bar says: match *index* (1-based, 0 for none yet) of *total*; *wrapped* after going round."""

    index: int
    total: int
    wrapped: str = ""  # "", "top" (went past the end) or "bottom" (went past the start)


def find_label(state: FindState, has_query: bool) -> str:
    """What the find bar says: '3 of 17', '17 matches', 'No matches', with the wrap notice after it."""
    if not has_query:
        return ""
    if not state.total:
        return QCoreApplication.translate("Finder", "No matches")
    if not state.index:
        text = QCoreApplication.translate("Finder", "%1 matches").replace("%1", str(state.total))
    else:
        text = (
            QCoreApplication.translate("Finder", "%1 of %2")
            .replace("%1", str(state.index))
            .replace("%2", str(state.total))
        )
    if state.wrapped == "top":
        text += " · " + QCoreApplication.translate("Finder", "from the top again")
    elif state.wrapped == "bottom":
        text += " · " + QCoreApplication.translate("Finder", "from the end again")
    return text


WIDENED = frozenset(",;:?!()，；：？！（）")  # what full-width punctuation changes (render.widen_punctuation)


def unit_texts(renderer: ArticleRenderer, unit: Unit, widen: bool = True) -> list[str]:
    """The texts a unit shows, one per block (a match never spans blocks), as the view shows them (*widen*
    False skips the full-width punctuation when the query holds none of those marks: same counts, faster)."""
    article = renderer.analysis.article
    texts: list[str]
    if unit.kind == "head":
        texts = [t for t in (article.title, article.deck) if t]
        meta = [t for t in (article.byline, article.dateline) if t]
        if meta:
            texts.append("　".join(meta))
    elif unit.kind == "heading":
        assert unit.section is not None
        section = article.sections[unit.section]
        texts = [section.marked_heading]
    elif unit.kind == "para":
        assert unit.section is not None and unit.index is not None
        texts = [article.sections[unit.section].paragraphs[unit.index][unit.start : unit.end]]
    elif unit.kind == "caption":
        assert unit.index is not None
        texts = [article.captions[unit.index]]
    else:
        assert unit.index is not None
        texts = [article.notes[unit.index]]
    if renderer.wide_punctuation and widen:
        texts = [widen_punctuation(t) for t in texts]
    return texts


def _starts_pattern(needles: list[str]) -> re.Pattern[str] | None:
    """A pattern matching (empty) at every place where one of *needles* starts, overlaps included."""
    needles = sorted({n for n in needles if n})
    if not needles:
        return None
    return re.compile("(?=(?:" + "|".join(re.escape(n) for n in needles) + "))")


def count_matches(text: str, needles: list[str], pattern: re.Pattern[str] | None = None) -> int:
    """Matches of any of *needles* in *text*, each start counted once (as the view highlights them); counted
    by the regular-expression engine, so a common query on a 10 MB text stays quick."""
    pattern = pattern or _starts_pattern(needles)
    return 0 if pattern is None else len(pattern.findall(text))


def page_counts(renderer: ArticleRenderer, needles: list[str]) -> list[int]:
    """Matches on each page of *renderer* (for "n of N" across the pages of a long text)."""
    pattern = _starts_pattern(needles)
    if pattern is None:
        return [0] * len(renderer.pages)
    # One search per page over its blocks joined by line breaks (no match crosses a block, and a query never
    # holds a line break: the find field is one line).
    widen = any(c in WIDENED for n in needles for c in n)
    pages = [
        "\n".join(t for unit in renderer.units[a:b] for t in unit_texts(renderer, unit, widen))
        for a, b in renderer.pages
    ]
    return [count_matches(text, needles, pattern) for text in pages]


class Finder(QObject):
    """The find session over an ArticleView; ``state_changed`` tells the find bar what to show."""

    state_changed = Signal(object)  # FindState

    def __init__(self, view: ArticleView, position: ReadingPosition) -> None:
        super().__init__(view)
        self.view = view
        self.position = position
        self.query = ""
        self.needles: list[str] = []
        self._counts: list[int] = []
        self._counted_for: tuple[int, tuple[str, ...]] = (0, ())
        self.current: tuple[int, int, int] | None = None  # page, start and end in the page's document
        self.origin: tuple[int, int] | None = None  # page and position where the search being typed began
        self._recorded = False  # the jump away from the origin is in the history
        view.page_changed.connect(lambda _page, _count: self._mark())

    # --- counting -------------------------------------------------------------------------------------------
    def counts(self) -> list[int]:
        """Matches per page, recounted only when the text or the query changed."""
        renderer = self.view._renderer
        if renderer is None:
            return []
        key = (id(renderer), tuple(sorted(set(self.needles))))
        if key != self._counted_for:
            self._counts = page_counts(renderer, self.needles)
            self._counted_for = key
        return self._counts

    def total(self) -> int:
        """All matches in the article."""
        return sum(self.counts())

    def state(self, wrapped: str = "") -> FindState:
        """ "n of N" for the current match."""
        total = self.total()
        if self.current is None or not total:
            return FindState(0, total, wrapped)
        page, start, _ = self.current
        starts = [s.cursor.selectionStart() for s in self.view._search]
        on_page = bisect.bisect_left(starts, start)
        return FindState(min(total, sum(self.counts()[:page]) + on_page + 1), total, wrapped)

    # --- the query ------------------------------------------------------------------------------------------
    def set_query(self, query: str, needles: list[str]) -> FindState:
        """Highlight *needles* (the query in every script); a new query looks for its first match from the
        reading position, as a browser does while you type; the same query again (after a relayout) only
        highlights again."""
        changed = query != self.query
        if changed and (not self.query or self.origin is None):
            # A new search: remember where it began.  Typing more letters searches again from there (not from
            # the match the first letters found), and Back returns there.
            self.origin = (self.view.current_page(), self._reading_start())
            self._recorded = False
        self.query, self.needles = query, [n for n in needles if n]
        if not self.needles:
            self.origin = None
        self.view.highlight_all(self.needles)
        if changed or self.current is None or self.current[0] != self.view.current_page():
            self.current = None
        if changed and self.needles:
            return self.step(False, from_reading_position=True)
        state = self.state()
        self._mark()
        self.state_changed.emit(state)
        return state

    def clear(self) -> None:
        """The find bar closed: no highlights, no current match."""
        self.query, self.needles, self.current, self.origin = "", [], None, None
        self.view.highlight_all([])

    # --- stepping -------------------------------------------------------------------------------------------
    def _visible(self, start: int) -> bool:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(start)
        rect = self.view.cursorRect(cursor)
        return self.view.viewport().rect().intersects(rect)

    def _reading_start(self) -> int:
        """Document position of the first character on screen."""
        return self.view.cursorForPosition(self.view.viewport().rect().topLeft()).position()

    def step(self, backward: bool = False, from_reading_position: bool = False) -> FindState:
        """F3 / Shift+F3: the next (previous) match after the current one, or after the reading position when
        the current one is not on screen; round the end (start) with a notice."""
        view = self.view
        total = self.total()
        if not self.needles or not total:
            self.current = None
            state = FindState(0, 0)
            self.state_changed.emit(state)
            return state
        page = view.current_page()
        record = True  # a jump away from where the reader is: Back returns there
        if from_reading_position and self.origin is not None:
            page, origin = self.origin  # typing: always from where the search began
            record = not self._recorded
            self._recorded = True
            view._show_page(page)
        elif self.current is not None and self.current[0] == page and self._visible(self.current[1]):
            origin = self.current[1] + (0 if backward else 1)
            record = False  # F3 from match to match: one step of the same search
        else:
            origin = self._reading_start()  # scrolled away: from the reading position, as a browser does
        found, wrapped = self._search_from(page, origin, backward)
        if found is None:
            state = FindState(0, total)
            self.state_changed.emit(state)
            return state
        if record:
            self.position.jump(lambda: self._show(found))
        else:
            self._show(found)
        state = self.state(wrapped)
        self.state_changed.emit(state)
        return state

    def _search_from(self, page: int, origin: int, backward: bool) -> tuple[tuple[int, int, int] | None, str]:
        counts = self.counts()
        pages = len(counts)
        starts = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self.view._search]
        if backward:
            before = [m for m in starts if m[0] < origin]
            if before:
                return (page, *before[-1]), ""
        else:
            after = [m for m in starts if m[0] >= origin]
            if after:
                return (page, *after[0]), ""
        wrapped = ""
        step = -1 if backward else 1
        target = page
        for _ in range(pages):
            target += step
            if not 0 <= target < pages:
                wrapped = "bottom" if backward else "top"
                target %= pages
            if counts[target] or target == page:
                break
        self.view._show_page(target)
        starts = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self.view._search]
        if not starts:
            return None, wrapped
        return (target, *(starts[-1] if backward else starts[0])), wrapped

    def _show(self, found: tuple[int, int, int]) -> None:
        """Make *found* current: coloured, on screen a third from the top, the text cursor at its start."""
        page, start, _end = found
        self.current = found
        view = self.view
        view._show_page(page)
        cursor = QTextCursor(view.document())
        cursor.setPosition(start)
        view.setTextCursor(cursor)
        if not self._visible(start) or view.cursorRect(cursor).top() > view.viewport().height() * 0.8:
            bar = view.verticalScrollBar()
            bar.setValue(bar.value() + view.cursorRect(cursor).top() - view.viewport().height() // 3)
        self._mark()
        view._report_position()

    def _mark(self) -> None:
        """Colour the current match (the view rebuilds its highlights on every page, so again after each)."""
        view = self.view
        if self.current is None or self.current[0] != view.current_page():
            view._apply_selections()
            return
        current_format = QTextCharFormat()
        current_format.setBackground(QColor(CURRENT_BACKGROUND))
        current_format.setForeground(QColor(CURRENT_TEXT))
        other_format = QTextCharFormat()
        other_format.setBackground(QColor(OTHER_BACKGROUND))
        other_format.setForeground(QColor(CURRENT_TEXT))
        for selection in view._search:
            is_current = selection.cursor.selectionStart() == self.current[1]
            selection.format = current_format if is_current else other_format
        view._apply_selections()

    def current_text(self) -> str:
        """The text of the current match ('' when there is none)."""
        if self.current is None or self.current[0] != self.view.current_page():
            return ""
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.current[1])
        cursor.setPosition(self.current[2], QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()
