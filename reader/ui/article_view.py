"""The article: a QTextBrowser fed with the pure renderer's HTML.

It knows anchors (to jump and to report the paragraph at the top of the view), shows a tooltip with a figure's
normalised value, and emits ``figure_activated`` when a figure is clicked.  Links are never followed.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QPoint, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip

from reader.analysis import Analysis
from reader.render import paragraph_anchor, render_article, section_anchor
from reader.ui.themes import Theme, style_sheet


class ArticleView(QTextBrowser):
    """Shows one analysed article."""

    figure_activated = Signal(int)
    position_changed = Signal(int, int)  # section, paragraph at the top of the view

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Article"))
        self.anchorClicked.connect(self._on_anchor)
        self._analysis: Analysis | None = None
        self._blocks: list[int] = []
        self._anchors: list[tuple[int, int]] = []
        self._search: list[QTextEdit.ExtraSelection] = []
        self._flash: list[QTextEdit.ExtraSelection] = []
        self._last_position = (-1, -1)
        self.verticalScrollBar().valueChanged.connect(self._report_position)
        self.document().setDocumentMargin(24)

    # --- content ---------------------------------------------------------------------------------------
    def show_analysis(self, analysis: Analysis, theme: Theme, font_family: str, line_height: int) -> None:
        """Render *analysis* with *theme*; keeps nothing from the previous article."""
        self._analysis = analysis
        self.document().setDefaultStyleSheet(style_sheet(theme, font_family, line_height))
        self.setHtml(f"<html><body>{render_article(analysis)}</body></html>")
        self._index_anchors()
        self._search, self._flash = [], []
        self._apply_selections()
        self._last_position = (-1, -1)

    def _index_anchors(self) -> None:
        blocks: list[int] = []
        anchors: list[tuple[int, int]] = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                for name in fragment.charFormat().anchorNames():
                    if name.startswith("p") and "-" in name:
                        si, pi = name[1:].split("-")
                        blocks.append(block.blockNumber())
                        anchors.append((int(si), int(pi)))
                it += 1
            block = block.next()
        self._blocks, self._anchors = blocks, anchors

    # --- navigation ------------------------------------------------------------------------------------
    def go_to_section(self, section: int) -> None:
        """Scroll so the section heading is at the top."""
        self.scrollToAnchor(section_anchor(section))
        self._report_position()

    def go_to_paragraph(self, section: int, paragraph: int) -> None:
        """Scroll so the paragraph is at the top."""
        self.scrollToAnchor(paragraph_anchor(section, paragraph))
        self._report_position()

    def current_position(self) -> tuple[int, int]:
        """(section, paragraph) of the first paragraph visible at the top of the view."""
        if not self._blocks:
            return (0, 0)
        bar = self.verticalScrollBar()
        if bar.maximum() > 0 and bar.value() >= bar.maximum():
            return self._anchors[-1]  # at the end the last section is the one being read, however short
        cursor = self.cursorForPosition(QPoint(4, 4))
        number = cursor.blockNumber()
        i = bisect.bisect_left(self._blocks, number)
        if i >= len(self._blocks):
            i = len(self._blocks) - 1
        return self._anchors[i]

    def _report_position(self) -> None:
        position = self.current_position()
        if position != self._last_position:
            self._last_position = position
            self.position_changed.emit(*position)

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
                f = self._analysis.figures[index].figure
                tip = f"{f.display_value()}\n{self.tr('kind')}: {f.kind}" + (
                    f"  ({self.tr('approximate')})" if f.approx else ""
                )
                QToolTip.showText(event.globalPosition().toPoint(), tip, self)
                return
        QToolTip.hideText()

    def flash_span(self, section: int, paragraph: int, start: int, end: int) -> None:
        """Scroll to a span in a body paragraph and highlight it briefly."""
        self.go_to_paragraph(section, paragraph)
        try:
            i = self._anchors.index((section, paragraph))
        except ValueError:
            return
        block = self.document().findBlockByNumber(self._blocks[i])
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#f97316"))
        fmt.setForeground(QColor("#ffffff"))
        selection.format = fmt
        self._flash = [selection]
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._apply_selections()
        QTimer.singleShot(1200, self._clear_flash)

    def _clear_flash(self) -> None:
        self._flash = []
        self._apply_selections()

    # --- search ----------------------------------------------------------------------------------------
    def highlight_all(self, needles: list[str]) -> int:
        """Highlight every occurrence of any of *needles*; returns the number of matches."""
        selections: list[QTextEdit.ExtraSelection] = []
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#facc15"))
        fmt.setForeground(QColor("#000000"))
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
        self._search = selections
        self._apply_selections()
        return len(selections)

    def find_step(self, needles: list[str], backward: bool = False) -> bool:
        """Move to the next (or previous) match of any needle after the cursor, wrapping around."""
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        cursor = self.textCursor()
        best = None
        for needle in {n for n in needles if n}:
            found = self.document().find(needle, cursor, flags)
            if found.isNull():
                start = QTextCursor(self.document())
                if backward:
                    start.movePosition(QTextCursor.MoveOperation.End)
                found = self.document().find(needle, start, flags)
            if found.isNull():
                continue
            if best is None or (found.selectionStart() > best.selectionStart()) == backward:
                best = found
        if best is None:
            return False
        self.setTextCursor(best)
        self.ensureCursorVisible()
        return True

    def _apply_selections(self) -> None:
        self.setExtraSelections(self._search + self._flash)
