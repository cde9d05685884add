"""Readings (pinyin or jyutping) drawn above the characters of the article view.

Why painted over the view rather than written into the HTML: Qt's rich text has no ``<ruby>``, and the ways to
fake it in markup (a table per phrase, a second line of text) break line wrapping, selection, find, the figure
links and the reading position, which all work on the document's characters.  Here the document keeps exactly
its text: when readings are on, its lines are made taller and its characters a little wider (so a syllable fits
above its character), and a transparent widget on the viewport paints each syllable centred above its character
for the lines on screen.  Figures, highlights, annotations, selection and find are untouched, and the anchor of
the reading position means the same character before and after.

The readings come from ``reader.phonetics`` (per word, so polyphones are read by their word), computed for the
blocks on screen only and cached per paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QWidget

from reader.phonetics import JYUTPING, PINYIN, readings

if TYPE_CHECKING:
    from reader.ui.article_view import ArticleView

OFF = ""
PINYIN_NUMBERS = "pinyin-numbers"
MODES = (OFF, PINYIN, PINYIN_NUMBERS, JYUTPING)

LETTER_SPACING = 160  # percent of each character's width: room for a syllable of up to six letters above it
RUBY_SCALE = 0.5  # reading font size relative to the text's
_BASE = QTextBlockFormat.Property.UserProperty + 1  # a block's line height (percent) before the readings


class RubyOverlay(QWidget):
    """Paints the readings of *view*'s visible lines; ``set_mode`` switches pinyin, numbers, jyutping or off."""

    def __init__(self, view: ArticleView) -> None:
        # A child of the view over its viewport, not of the viewport: the viewport scrolls its children along.
        super().__init__(view)
        self.view = view
        self.mode = OFF
        self._spread_size = 0.0
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        view.viewport().installEventFilter(self)
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.page_changed.connect(lambda _page, _count: self._spread())

    # --- mode ------------------------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        """Show *mode*'s readings ('' hides them); the caller keeps the reading position around the change."""
        if mode not in MODES:
            raise ValueError(f"unknown reading mode {mode!r}")
        was = self.mode
        self.mode = mode
        if bool(was) != bool(mode):
            if mode:
                self._spread()
            else:
                self._rerender_page()  # the page as rendered: CSS line height, no letter spacing
        self.setGeometry(self.view.viewport().geometry())
        self.setVisible(bool(mode))
        self.raise_()
        self.update()

    def _rerender_page(self) -> None:
        view = self.view
        page = view.current_page()
        if page < 0:
            return
        view._page = -1
        view._show_page(page)

    def _spread(self) -> None:
        """Lines tall enough for a band of readings above the text, and wider characters (after every page load
        while readings are on, and again when the text's size changes).

        The height is a minimum in pixels, not a proportion: Qt puts a proportional line's extra height below the
        text, but a minimum height's above it (the baseline sits at four fifths of the line), so the band belongs
        to its own line and a line scrolled to the top of the view (the reading position) shows its readings.
        """
        if not self.mode:
            return
        document = self.view.document()
        band = QFontMetricsF(self.ruby_font()).height()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        block = document.begin()
        while block.isValid():
            fmt = block.blockFormat()
            base = fmt.property(_BASE)
            if base is None:
                proportional = (
                    fmt.lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
                )
                base = fmt.lineHeight() if proportional and fmt.lineHeight() > 0 else 100.0
            it = block.begin()
            font = it.fragment().charFormat().font() if not it.atEnd() else document.defaultFont()
            if font.pointSizeF() <= 0 or it.atEnd():
                font = document.defaultFont()
            natural = QFontMetricsF(font).height()
            spread = QTextBlockFormat()
            spread.setLineHeight(
                natural * float(base) / 100 + band * 1.25,
                QTextBlockFormat.LineHeightTypes.MinimumHeight.value,
            )
            spread.setProperty(_BASE, float(base))
            QTextCursor(block).mergeBlockFormat(spread)
            block = block.next()
        wide = QTextCharFormat()
        wide.setFontLetterSpacingType(QFont.SpacingType.PercentageSpacing)
        wide.setFontLetterSpacing(LETTER_SPACING)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeCharFormat(wide)
        cursor.endEditBlock()
        self._spread_size = document.defaultFont().pointSizeF()
        self.update()

    def respread_if_resized(self) -> bool:
        """Lay the bands out again when the text's size changed since (zoom, the first show); True if it did."""
        if not self.mode or self.view.document().defaultFont().pointSizeF() == self._spread_size:
            return False
        self._spread()
        return True

    # --- painting --------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.mode:
            self.setGeometry(self.view.viewport().geometry())
        return False

    def _system(self) -> tuple[str, bool]:
        return (JYUTPING, True) if self.mode == JYUTPING else (PINYIN, self.mode == PINYIN_NUMBERS)

    def visible_readings(self) -> list[tuple[QRectF, str, int]]:
        """(rectangle in viewport coordinates, syllable, document position) of every reading on screen."""
        if not self.mode:
            return []
        view = self.view
        document = view.document()
        layout = document.documentLayout()
        dx = view.horizontalScrollBar().value()
        dy = view.verticalScrollBar().value()
        height = view.viewport().height()
        font = self.ruby_font()
        metrics = QFontMetricsF(font)
        band = metrics.height()
        system, numbers = self._system()
        out: list[tuple[QRectF, str, int]] = []
        first = layout.hitTest(QPointF(4, dy), Qt.HitTestAccuracy.FuzzyHit)
        block = document.findBlock(max(0, first))
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.top() - dy > height:
                break
            if rect.bottom() - dy >= 0 and block.length() > 1:
                text_layout = block.layout()
                text = block.text()
                for reading in readings(text, system, numbers):
                    for i in range(reading.start, reading.end):
                        syllable = reading.syllables[i - reading.start]
                        if not syllable:
                            continue
                        line = text_layout.lineForTextPosition(i)
                        if not line.isValid():
                            continue
                        x0 = line.cursorToX(i)[0]
                        x1 = line.cursorToX(i + 1)[0]  # at a line's end: where its last character ends
                        glyph = (x1 - x0) * 100 / LETTER_SPACING
                        centre = rect.left() + x0 + glyph / 2 - dx
                        top = rect.top() + line.y() - dy
                        # at most the character's advance wide: a long syllable is condensed, never over its neighbour's
                        width = min(max(metrics.horizontalAdvance(syllable), glyph) + 2, x1 - x0)
                        out.append(
                            (
                                QRectF(centre - width / 2, top - band, width, band),
                                syllable,
                                block.position() + i,
                            )
                        )
            block = block.next()
        return out

    def band(self) -> int:
        """Height in pixels of the band the readings take above a line (0 when they are off)."""
        return round(QFontMetricsF(self.ruby_font()).height()) + 2 if self.mode else 0

    def ruby_font(self) -> QFont:
        """The readings' font: the text's family at half its size."""
        font = QFont(self.view.document().defaultFont())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 13.0
        font.setPointSizeF(max(5.0, size * RUBY_SCALE))
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100)
        return font

    def paintEvent(self, event) -> None:
        items = self.visible_readings()
        if not items:
            return
        painter = QPainter(self)
        painter.setFont(self.ruby_font())
        colour = self.view.palette().color(QPalette.ColorRole.Text)
        colour.setAlphaF(0.72)
        painter.setPen(colour)
        metrics = QFontMetricsF(painter.font())
        align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        for rect, syllable, _position in items:
            natural = metrics.horizontalAdvance(syllable)
            if natural <= rect.width():
                painter.drawText(rect, align, syllable)
                continue
            painter.save()  # condensed to the rectangle's width
            painter.translate(rect.center().x(), 0)
            painter.scale(rect.width() / natural, 1.0)
            painter.drawText(QRectF(-natural / 2, rect.top(), natural, rect.height()), align, syllable)
            painter.restore()
        painter.end()
