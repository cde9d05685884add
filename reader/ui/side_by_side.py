"""Side by side: the article in two character sets (原文 and 臺灣正體＋慣用詞, or 香港繁體…) in two panes that
scroll together, aligned paragraph by paragraph, with the reader's highlights and notes in both.

Why it can be exact: both panes show the same analysis (one converted with its offset map), rendered by the same
renderer into the same blocks — title, headings, paragraphs, captions in the same order — so block *n* on the
left is block *n* on the right, whatever the conversion did to lengths (U盘 → 隨身碟).  Scrolling one pane puts
the other's same block at the top, at the same fraction of its height.  Each pane is an ``ArticleView``, so
figures are links with their tooltips, as in the main window; the whole article is one page in each pane.

Conversions run on the window's own loader thread; a variant switch keeps the paragraph that was at the top.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from reader.annotations.variant_map import VariantMap
from reader.render import ArticleRenderer
from reader.ui import themes
from reader.ui.annotation_places import PagePlaces
from reader.ui.article_view import ArticleView
from reader.ui.loader import Loader
from reader.variants import ORIGINAL, VARIANT_BY_NAME, variants_for

if TYPE_CHECKING:
    from reader.model import Analysis
    from reader.ui.main_window import MainWindow

ONE_PAGE = 10**9  # the renderer's page size for a pane: the whole article, so blocks pair one to one


def _convert(analysis: Analysis, variant: str) -> ArticleRenderer:
    if variant != ORIGINAL:
        from reader.convert import convert_analysis

        analysis = convert_analysis(analysis, variant)
    return ArticleRenderer(analysis, page_chars=ONE_PAGE)


class SideBySide(QWidget):
    """A window with two panes; ``set_variants`` picks what each shows."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.main = window
        self.setWindowTitle(QCoreApplication.translate("SideBySide", "Side by Side — reader"))
        self.setObjectName("side_by_side")
        self.resize(1400, 860)
        self.loader = Loader(self)
        self.loader.done.connect(self._on_done)
        self.loader.failed.connect(self._on_failed)
        self.panes = (ArticleView(), ArticleView())
        self.boxes = (QComboBox(), QComboBox())
        self.variants = [ORIGINAL, ORIGINAL]
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        for column, (pane, box) in enumerate(zip(self.panes, self.boxes, strict=True)):
            box.setAccessibleName(
                QCoreApplication.translate("SideBySide", "Character set of the left pane")
                if column == 0
                else QCoreApplication.translate("SideBySide", "Character set of the right pane")
            )
            box.activated.connect(lambda _i, c=column: self.set_variant(c, self.boxes[c].currentData()))
            grid.addWidget(box, 0, column)
            grid.addWidget(pane, 1, column)
            pane.verticalScrollBar().valueChanged.connect(lambda _v, c=column: self._follow(c))
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText(QCoreApplication.translate("SideBySide", "Find in both panes"))
        self.find_field.setAccessibleName(QCoreApplication.translate("SideBySide", "Find in both panes"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.textChanged.connect(self.find)
        self.find_field.returnPressed.connect(self.find_next)
        grid.addWidget(self.find_field, 2, 0)
        grid.addWidget(self.status, 2, 1)
        self._syncing = False
        self._pending: dict[int, int] = {}  # pane → job id
        controller = getattr(window, "annotations", None)
        if controller is not None:
            controller.changed.connect(
                self._redraw_marks
            )  # a highlight added in the main window shows here too

    # --- content ---------------------------------------------------------------------------------------
    def show_article(self, source: Analysis, left: str = ORIGINAL, right: str | None = None) -> None:
        """Show *source* in *left* and *right* (by default: the original and the usual conversion for its script)."""
        self.source = source
        script = "hant" if source.article.script == "hant" else "hans"
        if right is None:
            right = "s2twp" if script == "hans" else "t2s"
        for box in self.boxes:
            box.clear()
            for variant in variants_for(script):
                box.addItem(variant.label, variant.config)
        self.variants = [left, right]
        for column, variant in enumerate(self.variants):
            self._load(column, variant)

    def set_variant(self, column: int, variant: str) -> None:
        """Show *variant* in pane *column* (0 left, 1 right); the other pane keeps its place."""
        if variant not in VARIANT_BY_NAME:
            raise ValueError(f"unknown variant {variant!r}")
        self.variants[column] = variant
        self._load(column, variant)

    def _load(self, column: int, variant: str) -> None:
        box = self.boxes[column]
        box.setCurrentIndex(max(0, box.findData(variant)))
        source = self.source
        self.status.setText(QCoreApplication.translate("SideBySide", "Converting…"))
        self.loader.submit(f"pane{column}", lambda: _convert(source, variant))

    def _on_done(self, channel: str, result: object) -> None:
        column = int(channel[-1])
        other = self.panes[1 - column]
        place = self._top(other) if other._renderer is not None else None
        prefs = self.main.prefs
        theme = themes.resolve(prefs.theme)
        pane = self.panes[column]
        pane.show_analysis(result, theme, prefs.font_family, prefs.line_spacing)  # type: ignore[arg-type]
        pane.document().setDefaultFont(self.main.view.document().defaultFont())
        pane.setStyleSheet(self.main.view.styleSheet())
        self.setPalette(self.main.palette())  # a window of its own: the theme is not inherited
        if place is not None:
            self._put(pane, *place)
        if self.find_field.text():
            pane.highlight_all(self._needles(column, self.find_field.text()))
        self.draw_marks(column)
        self.status.setText(
            " ⇆ ".join(VARIANT_BY_NAME[v].label for v in self.variants)
            + "　"
            + QCoreApplication.translate("SideBySide", "aligned paragraph by paragraph")
        )

    def draw_marks(self, column: int) -> None:
        """The reader's highlights, notes and figure marks in pane *column*, on the same words as in the main
        window, whatever the pane's character set (they are anchored in the original and mapped to it)."""
        pane = self.panes[column]
        controller = getattr(self.main, "annotations", None)
        flat = controller.flat_for(self.source) if controller is not None else None
        if flat is None or pane._renderer is None:
            pane.set_marks([])
            return
        places = PagePlaces(pane)
        places.index()
        selections, _gutter = controller.marks_for(pane, places, VariantMap(flat, self.variants[column]))
        pane.set_marks(selections)

    def _redraw_marks(self) -> None:
        for column in (0, 1):
            self.draw_marks(column)

    def _on_failed(self, channel: str, error: object) -> None:
        self.status.setText(
            QCoreApplication.translate("SideBySide", "Conversion failed: %1").replace("%1", str(error))
        )

    # --- find ------------------------------------------------------------------------------------------
    def _needles(self, column: int, text: str) -> list[str]:
        """*text* in every script a pane may show it in: as typed, in Traditional, in Simplified, in the pane's set."""
        if not text:
            return []
        from reader.convert import convert

        needles = {text, convert(text, "s2t"), convert(text, "t2s")}
        if self.variants[column] != ORIGINAL:
            needles.add(convert(text, self.variants[column]))
        return sorted(needles)

    def find(self, text: str) -> tuple[int, int]:
        """Highlight *text* in both panes, each in its own script; returns the two counts."""
        counts = tuple(pane.highlight_all(self._needles(c, text)) for c, pane in enumerate(self.panes))
        if text:
            self.status.setText(
                QCoreApplication.translate("SideBySide", "%1 on the left, %2 on the right")
                .replace("%1", str(counts[0]))
                .replace("%2", str(counts[1]))
            )
        return counts  # type: ignore[return-value]

    def find_next(self) -> bool:
        """Enter in the find field: the next match in the left pane; the right one follows."""
        return self.panes[0].find_step(self._needles(0, self.find_field.text()))

    # --- scrolling together ----------------------------------------------------------------------------
    @staticmethod
    def _top(pane: ArticleView) -> tuple[int, float]:
        """(block number, fraction of its height) at the top of *pane*."""
        document = pane.document()
        layout = document.documentLayout()
        top = float(pane.verticalScrollBar().value())
        position = layout.hitTest(
            QPointF(document.rootFrame().frameFormat().leftMargin() + 2, top + 1), Qt.HitTestAccuracy.FuzzyHit
        )
        block = document.findBlock(max(0, position))
        rect = layout.blockBoundingRect(block)
        if rect.top() > top and block.previous().isValid():  # in the gap above a block: the one before it
            block = block.previous()
            rect = layout.blockBoundingRect(block)
        fraction = (top - rect.top()) / rect.height() if rect.height() > 0 else 0.0
        return block.blockNumber(), min(max(fraction, 0.0), 1.0)

    @staticmethod
    def _put(pane: ArticleView, number: int, fraction: float) -> None:
        document = pane.document()
        block = document.findBlockByNumber(min(number, document.blockCount() - 1))
        rect = document.documentLayout().blockBoundingRect(block)
        pane.verticalScrollBar().setValue(round(rect.top() + fraction * rect.height()))

    def _follow(self, column: int) -> None:
        """Pane *column* scrolled: put the same block at the top of the other."""
        if self._syncing:
            return
        other = self.panes[1 - column]
        if other._renderer is None or self.panes[column]._renderer is None:
            return
        self._syncing = True
        try:
            self._put(other, *self._top(self.panes[column]))
        finally:
            self._syncing = False

    def top_paragraphs(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """(section, paragraph) at the top of each pane (tests and the status line)."""
        return self.panes[0].current_position(), self.panes[1].current_position()
