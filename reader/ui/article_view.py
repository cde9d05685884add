"""The article: a QTextBrowser fed with the pure renderer's HTML, one page at a time for long articles.

It knows anchors (to jump and to report the paragraph at the top of the view), turns the page when the reader
scrolls past either end, shows a tooltip with a figure's normalised value, and emits ``figure_activated`` when
a figure is clicked.  Links are never followed.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip

from reader.render import ArticleRenderer, paragraph_anchor, section_anchor
from reader.ui.richtext import literal
from reader.ui.themes import Theme, style_sheet

if TYPE_CHECKING:
    from reader.model import Analysis


def block_alignment(block_text: str, text: str) -> list[int] | None:
    """Where each offset of a paragraph's *text* falls in the block that shows it (len(text) + 1 entries), or
    None when the block holds the text character for character.  Qt's HTML import folds a run of spaces into
    one, so after a double space the two no longer match; characters shown differently (full-width
    punctuation) still count one for one."""
    text = text[: max(len(block_text), 1) * 2]
    if text.startswith(block_text) and len(text) >= len(block_text):
        return None
    result, j = [], 0
    for ch in text:
        result.append(j)
        if j < len(block_text) and (block_text[j] == ch or not ch.isspace()):
            j += 1
    result.append(j)
    return result


class ArticleView(QTextBrowser):
    """Shows one analysed article."""

    figure_activated = Signal(int)
    position_changed = Signal(int, int)  # section, paragraph at the top of the view
    page_changed = Signal(int, int)  # page index, page count

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Article"))
        self.anchorClicked.connect(self._on_anchor)
        self._analysis: Analysis | None = None
        self._flashed: QTextCursor | None = None  # the span flashed last, selected when the flash ends
        self._renderer: ArticleRenderer | None = None
        self._pages: list[tuple[int, int]] = [(0, 0)]
        self._page = -1
        self._section_page: dict[int, int] = {}
        self._paragraph_page: dict[tuple[int, int], int] = {}
        self._blocks: list[int] = []
        self._anchors: list[tuple[int, int]] = []
        self._offsets: list[int] = []
        self._search: list[QTextEdit.ExtraSelection] = []
        self._flash: list[QTextEdit.ExtraSelection] = []
        self._marks: list[QTextEdit.ExtraSelection] = []  # annotations (reader/ui/annotations_controller.py)
        self._needles: list[str] = []
        self._last_position = (-1, -1)
        self.verticalScrollBar().valueChanged.connect(self._report_position)
        self.document().setDocumentMargin(24)

    # --- content ---------------------------------------------------------------------------------------
    def show_analysis(
        self,
        renderer: ArticleRenderer,
        theme: Theme,
        font_family: str,
        line_height: int,
        position: tuple[int, int] = (0, 0),
    ) -> None:
        """Show the article of *renderer* (prepared off the GUI thread) with *theme*, at (section, paragraph)."""
        self._analysis = renderer.analysis
        self._renderer = renderer
        self._pages = renderer.pages
        self._section_page, self._paragraph_page = renderer.section_page, renderer.paragraph_page
        self._style = style_sheet(theme, font_family, line_height)
        self._page = -1
        self._show_page(self._paragraph_page.get(position, self._section_page.get(position[0], 0)))
        if position == (0, 0):
            self.verticalScrollBar().setValue(0)
        else:
            self.go_to_paragraph(*position)

    def _show_page(self, page: int) -> None:
        if page == self._page or self._renderer is None:
            return
        self._page = page
        start, end = self._pages[page]
        self.document().setDefaultStyleSheet(self._style)
        self.setHtml(f"<html><body>{self._renderer.render(start, end)}</body></html>")
        self._index_anchors()
        self._flash = []
        self._marks = []  # drawn again for the new page by whoever listens to page_changed
        self._search = self._selections_for(self._needles)
        self._apply_selections()
        self._last_position = (-1, -1)
        self.page_changed.emit(page, len(self._pages))

    def page_count(self) -> int:
        """How many pages the article is shown in (1 for all but very long texts)."""
        return len(self._pages)

    def current_page(self) -> int:
        """The page on screen."""
        return self._page

    def _index_anchors(self) -> None:
        """Block number of every paragraph (or piece of a long one) on the page, from its opening anchor."""
        blocks: list[int] = []
        anchors: list[tuple[int, int]] = []
        offsets: list[int] = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            if not it.atEnd():
                for name in it.fragment().charFormat().anchorNames():
                    if name.startswith("p") and "-" in name:
                        parts = [int(x) for x in name[1:].split("-")]
                        blocks.append(block.blockNumber())
                        anchors.append((parts[0], parts[1]))
                        offsets.append(parts[2] if len(parts) > 2 else 0)
            block = block.next()
        self._blocks, self._anchors, self._offsets = blocks, anchors, offsets

    # --- navigation ------------------------------------------------------------------------------------
    def go_to_section(self, section: int) -> None:
        """Scroll so the section heading is at the top."""
        self._show_page(self._section_page.get(section, self._page))
        self.scrollToAnchor(section_anchor(section))
        self._report_position()

    def go_to_paragraph(self, section: int, paragraph: int, offset: int = 0) -> None:
        """Scroll so the paragraph (the piece holding *offset*, for a long one) is at the top."""
        page = self._renderer.page_of(section, paragraph, offset) if self._renderer else None
        self._show_page(self._page if page is None else page)
        self.scrollToAnchor(
            paragraph_anchor(section, paragraph, self._piece_start(section, paragraph, offset))
        )
        self._report_position()

    def _piece_start(self, section: int, paragraph: int, offset: int) -> int:
        """Start of the piece of a long paragraph that holds *offset* (0 for ordinary paragraphs)."""
        starts = [
            o
            for a, o in zip(self._anchors, self._offsets, strict=True)
            if a == (section, paragraph) and o <= offset
        ]
        return max(starts, default=0)

    def current_position(self) -> tuple[int, int]:
        """(section, paragraph) of the first paragraph visible at the top of the view."""
        if not self._blocks:
            return (0, 0)
        bar = self.verticalScrollBar()
        if bar.maximum() > 0 and bar.value() >= bar.maximum() and self._page == len(self._pages) - 1:
            return self._anchors[-1]  # at the very end the last section is the one being read, however short
        number = self.cursorForPosition(QPoint(4, 4)).blockNumber()
        i = min(bisect.bisect_left(self._blocks, number), len(self._blocks) - 1)
        return self._anchors[i]

    def _report_position(self) -> None:
        position = self.current_position()
        if position != self._last_position:
            self._last_position = position
            self.position_changed.emit(*position)

    def _turn(self, step: int) -> bool:
        target = self._page + step
        if not 0 <= target < len(self._pages):
            return False
        self._show_page(target)
        bar = self.verticalScrollBar()
        bar.setValue(bar.minimum() if step > 0 else bar.maximum())
        self._report_position()
        return True

    def wheelEvent(self, event) -> None:
        bar = self.verticalScrollBar()
        delta = event.angleDelta().y()
        if delta < 0 and bar.value() >= bar.maximum() and self._turn(1):
            return
        if delta > 0 and bar.value() <= bar.minimum() and self._turn(-1):
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:
        bar = self.verticalScrollBar()
        forward = event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_Down, Qt.Key.Key_Space)
        backward = event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_Up)
        if forward and bar.value() >= bar.maximum() and self._turn(1):
            return
        if backward and bar.value() <= bar.minimum() and self._turn(-1):
            return
        super().keyPressEvent(event)

    # --- figures ---------------------------------------------------------------------------------------
    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("fig:"):
            self.figure_activated.emit(int(text[4:]))

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        anchor = self.anchorAt(event.position().toPoint())
        if anchor.startswith("fig:") and self._analysis is not None:
            index = int(anchor[4:])
            if 0 <= index < len(self._analysis.figures):
                QToolTip.showText(event.globalPosition().toPoint(), literal(self.figure_tooltip(index)), self)
                return
        QToolTip.hideText()

    def figure_tooltip(self, index: int) -> str:
        """'≈6,000,000 人次 — count, approximate' for figure *index*."""
        assert self._analysis is not None
        f = self._analysis.figures[index].figure
        kinds = {
            "count": self.tr("count"), "date": self.tr("date"), "time": self.tr("time"),
            "duration": self.tr("duration"), "money": self.tr("money"), "percent": self.tr("percentage"),
            "ratio": self.tr("ratio"), "ordinal": self.tr("ordinal"), "number": self.tr("number"),
        }  # fmt: skip
        kind = kinds.get(f.kind, f.kind)
        if f.approx:
            kind = self.tr("%1, approximate").replace("%1", kind)
        return f"{f.display_value()} — {kind}"

    def flash_span(self, section: int, paragraph: int, start: int, end: int) -> None:
        """Scroll to a span in a body paragraph, select it and highlight it briefly."""
        self.go_to_paragraph(section, paragraph, start)
        cursor = self._span_cursor(section, paragraph, start, end)
        if cursor is None:
            return
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#f97316"))
        fmt.setForeground(QColor("#ffffff"))
        selection.format = fmt
        self._flash = [selection]
        place = QTextCursor(cursor)
        place.clearSelection()  # the text cursor goes there; a selection now would paint over the flash
        self.setTextCursor(place)
        self._flashed = cursor  # selected once the flash is over, so the figure stays marked (and copyable)
        self.ensureCursorVisible()
        self._apply_selections()
        QTimer.singleShot(1200, self._clear_flash)

    def _span_cursor(self, section: int, paragraph: int, start: int, end: int) -> QTextCursor | None:
        piece = self._piece_start(section, paragraph, start)
        try:
            i = next(
                k
                for k, (a, o) in enumerate(zip(self._anchors, self._offsets, strict=True))
                if a == (section, paragraph) and o == piece
            )
        except StopIteration:
            return None
        block = self.document().findBlockByNumber(self._blocks[i])
        text = self._analysis.article.sections[section].paragraphs[paragraph] if self._analysis else ""
        aligned = block_alignment(block.text(), text[piece : piece + max(len(block.text()), 1) * 2])
        a, b = start - piece, end - piece
        if aligned is not None:
            a, b = aligned[min(a, len(aligned) - 1)], aligned[min(b, len(aligned) - 1)]
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + a)
        cursor.setPosition(block.position() + b, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _clear_flash(self) -> None:
        self._flash = []
        if self._flashed is not None and self.textCursor().position() == self._flashed.position():
            self.setTextCursor(self._flashed)  # unless the reader has moved on meanwhile
        self._flashed = None
        self._apply_selections()

    # --- search ----------------------------------------------------------------------------------------
    def _selections_for(self, needles: list[str]) -> list[QTextEdit.ExtraSelection]:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#facc15"))
        fmt.setForeground(QColor("#000000"))
        selections: list[QTextEdit.ExtraSelection] = []
        seen: set[int] = set()
        for needle in {n for n in needles if n}:
            cursor = QTextCursor(self.document())
            while True:
                cursor = self.document().find(needle, cursor)
                if cursor.isNull():
                    break
                if cursor.selectionStart() in seen:
                    continue
                seen.add(cursor.selectionStart())
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
        selections.sort(key=lambda s: s.cursor.selectionStart())
        return selections

    def highlight_all(self, needles: list[str]) -> int:
        """Highlight every occurrence of any of *needles* on the page; returns the count in the whole article."""
        self._needles = [n for n in needles if n]
        self._search = self._selections_for(self._needles)
        self._apply_selections()
        if self._analysis is None or not self._needles or len(self._pages) == 1:
            return len(self._search)
        return sum(
            text.count(n) for _, _, text in self._analysis.article.paragraphs() for n in set(self._needles)
        )

    def find_step(self, needles: list[str], backward: bool = False) -> bool:
        """Select the next (or previous) match of any needle after the cursor, across pages, wrapping around."""
        needles = [n for n in needles if n]
        if not needles:
            return False
        for _ in range(len(self._pages) + 1):
            found = self._find_on_page(needles, backward)
            if found is not None:
                self.setTextCursor(found)
                self.ensureCursorVisible()
                return True
            if len(self._pages) == 1:
                break
            target = (self._page + (-1 if backward else 1)) % len(self._pages)
            self._show_page(target)
            cursor = QTextCursor(self.document())
            if backward:
                cursor.movePosition(QTextCursor.MoveOperation.End)
            self.setTextCursor(cursor)
        return False

    def _find_on_page(self, needles: list[str], backward: bool) -> QTextCursor | None:
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        cursor = self.textCursor()
        best = None
        for needle in set(needles):
            found = self.document().find(needle, cursor, flags)
            if found.isNull():
                continue
            if best is None or (found.selectionStart() > best.selectionStart()) == backward:
                best = found
        if best is None and len(self._pages) == 1:
            start = QTextCursor(self.document())
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            for needle in set(needles):
                found = self.document().find(needle, start, flags)
                if not found.isNull() and (
                    best is None or (found.selectionStart() > best.selectionStart()) == backward
                ):
                    best = found
        return best

    def set_marks(self, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Draw *selections* (annotation marks on this page) under the search and flash highlights."""
        self._marks = list(selections)
        self._apply_selections()

    def _apply_selections(self) -> None:
        self.setExtraSelections(self._marks + self._search + self._flash)
