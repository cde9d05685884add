"""Bookmarks, highlights, notes and figure marks shown: the annotations panel, the margin glyphs, the icons.

Widgets only (they show what they are given and emit intents); the logic that makes, keeps and places
annotations is ``reader.ui.annotations_controller`` over the pure ``reader.annotations``.

- ``AnnotationsPanel`` lists a document's annotations grouped by section (orphans last, in grey italics).
- ``MarkGutter`` draws a ribbon (bookmark) or a note glyph in the article's left margin.
- ``kind_icon`` and the colour tables are shared by the panel, the sidebar and the statistics panel marks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPixmap,
    QPolygon,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.annotations import Annotation
from reader.ui.richtext import literal

if TYPE_CHECKING:
    pass

ID_ROLE = Qt.ItemDataRole.UserRole + 1
BOOKMARK_CHARS = 16  # a bookmark quotes this many characters at the reading position

# Highlight backgrounds per theme family: pale on light and sepia pages, deep on the dark one (the text colour stays
# the theme's, so it reads in both).
HIGHLIGHTS = {
    "light": {"yellow": "#fde68a", "green": "#bbf7d0", "blue": "#bfdbfe", "pink": "#fbcfe8"},
    "dark": {"yellow": "#6b5512", "green": "#1f5b38", "blue": "#1e3a6b", "pink": "#6b2150"},
}
NOTE_COLOUR = "#d97706"
BOOKMARK_COLOUR = "#2563eb"
MARK_COLOURS = {"doubt": "#dc2626", "checked": "#16a34a", "": "#7c3aed"}
MARK_TEXT = {  # a marked figure's text: readable on the figure colours of each theme family
    "light": {"doubt": "#b91c1c", "checked": "#15803d", "": "#6d28d9"},
    "dark": {"doubt": "#fca5a5", "checked": "#86efac", "": "#c4b5fd"},
}
MARK_GLYPHS = {"doubt": "?", "checked": "✓", "": "✎"}


def theme_family(theme_name: str) -> str:
    """ "dark" for the dark theme, "light" for light and sepia: which highlight colours read on its pages."""
    return "dark" if theme_name == "dark" else "light"


def kind_icon(annotation: Annotation, theme_name: str = "light", size: int = 14) -> QIcon:
    """A small picture of the annotation's kind: a ribbon, a swatch, a note, a figure verdict."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    if annotation.kind == "bookmark":
        painter.setBrush(QColor(BOOKMARK_COLOUR))
        w = size
        painter.drawPolygon(
            QPolygon(
                [
                    QPoint(3, 1),
                    QPoint(w - 3, 1),
                    QPoint(w - 3, w - 1),
                    QPoint(w // 2, w - 5),
                    QPoint(3, w - 1),
                ]
            )
        )
    elif annotation.kind == "highlight":
        colour = HIGHLIGHTS[theme_family(theme_name)].get(annotation.colour, HIGHLIGHTS["light"]["yellow"])
        painter.setBrush(QColor(colour))
        painter.setPen(QColor("#9ca3af"))
        painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    elif annotation.kind == "note":
        painter.setBrush(QColor(NOTE_COLOUR))
        painter.drawRoundedRect(1, 1, size - 2, size - 2, 2, 2)
        painter.setPen(QColor("#ffffff"))
        for y in (4, 7, 10):
            painter.drawLine(4, y, size - 4, y)
    else:
        painter.setBrush(QColor(MARK_COLOURS.get(annotation.mark, MARK_COLOURS[""])))
        painter.drawEllipse(0, 0, size, size)
        painter.setPen(QColor("#ffffff"))
        font = painter.font()
        font.setPixelSize(size - 4)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(
            QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, MARK_GLYPHS.get(annotation.mark, "✎")
        )
    painter.end()
    return QIcon(pixmap)


def blank_icon(size: int) -> QIcon:
    """A transparent icon: unmarked rows keep their text in line with marked ones."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def section_icon(size: int = 10) -> QIcon:
    """The dot on a sidebar section that holds annotations."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(NOTE_COLOUR))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


# --- the panel -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the panel: what the controller tells it to show."""

    annotation: Annotation
    quote: str  # in the shown variant


class AnnotationsPanel(QWidget):
    """The list of a document's annotations; emits intents, holds no logic."""

    activated = Signal(str)
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    export_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Annotations"))
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self._emit(self.edit_requested, item))
        self.undo_button = QToolButton()
        self.redo_button = QToolButton()
        self.edit_button = QPushButton(self.tr("Note…"))
        self.edit_button.setToolTip(self.tr("Edit the note of the selected annotation"))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested, self.tree.currentItem()))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested, self.tree.currentItem()))
        export = QPushButton(self.tr("Export…"))
        export.clicked.connect(self.export_requested)
        load = QPushButton(self.tr("Import…"))
        load.clicked.connect(self.import_requested)
        top = QHBoxLayout()
        for w in (self.edit_button, self.delete_button, self.undo_button, self.redo_button):
            top.addWidget(w)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(export)
        bottom.addWidget(load)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        self._items: dict[str, QTreeWidgetItem] = {}

    def set_rows(self, groups: list[tuple[str, list[Row]]], theme_name: str = "light") -> None:
        """Show *groups* (section title, rows); keeps the selected annotation selected."""
        current = self.current_id()
        self.tree.clear()
        self._items = {}
        for title, rows in groups:
            group = QTreeWidgetItem([title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for row in rows:
                a = row.annotation
                quote = " ".join(row.quote.split())
                label = quote if len(quote) <= 40 else quote[:39] + "…"
                if a.kind == "bookmark":
                    label = self.tr("Bookmark: %1").replace("%1", label)
                if a.mark:
                    label = (self.tr("Doubt: %1") if a.mark == "doubt" else self.tr("Checked: %1")).replace(
                        "%1", label
                    )
                if a.status == "fuzzy":  # the words changed (a move alone is not news)
                    label += "  ↺"
                if a.note:
                    first = a.note.strip().split("\n")[0]
                    label += "\n    " + (first if len(first) <= 60 else first[:59] + "…")
                item = QTreeWidgetItem(group, [label])
                item.setData(0, ID_ROLE, a.id)
                item.setIcon(0, kind_icon(a, theme_name))
                if a.orphan:
                    font = item.font(0)
                    font.setItalic(True)
                    item.setFont(0, font)
                    item.setForeground(0, self.palette().placeholderText())
                tip = [row.quote]
                if a.note:
                    tip += ["", a.note]
                if a.status == "fuzzy":
                    tip += ["", self.tr("Found again after the text changed.")]
                elif a.orphan:
                    tip += ["", self.tr("Not found in the current text: kept until you delete it.")]
                item.setToolTip(0, literal("\n".join(tip)))
                self._items[a.id] = item
        self.tree.expandAll()
        if current in self._items:
            self.tree.setCurrentItem(self._items[current])

    def ids(self) -> list[str]:
        """The annotations listed, top to bottom."""
        return list(self._items)

    def item(self, ident: str) -> QTreeWidgetItem | None:
        """The line showing annotation *ident*."""
        return self._items.get(ident)

    def group_titles(self) -> list[str]:
        """The section groups listed."""
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]

    def current_id(self) -> str | None:
        """The selected annotation."""
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return str(value) if value else None

    def select(self, ident: str) -> None:
        """Select annotation *ident*."""
        item = self._items.get(ident)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _activate(self, item: QTreeWidgetItem) -> None:
        self._emit(self.activated, item)

    @staticmethod
    def _emit(signal, item: QTreeWidgetItem | None) -> None:
        value = item.data(0, ID_ROLE) if item is not None else None
        if value:
            signal.emit(str(value))


class MarkGutter(QWidget):
    """Glyphs in the article's left margin (bookmarks, notes), drawn over the view's viewport."""

    def __init__(self, view) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.marks: list[tuple[int, str]] = []  # (document position, kind)
        view.verticalScrollBar().valueChanged.connect(self.update)
        self._fit()

    def _fit(self) -> None:
        self.setGeometry(0, 0, 22, self.view.viewport().height())

    def set_marks(self, marks: list[tuple[int, str]]) -> None:
        """Draw *marks* (document position, kind) from now on."""
        self.marks = marks
        self._fit()
        self.raise_()
        self.update()

    def paintEvent(self, event) -> None:
        if self.height() != self.view.viewport().height():
            self._fit()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        document = self.view.document()
        for position, kind in self.marks:
            cursor = QTextCursor(document)
            cursor.setPosition(min(position, max(0, document.characterCount() - 1)))
            rect = self.view.cursorRect(cursor)
            if rect.bottom() < 0 or rect.top() > self.height():
                continue
            y = rect.top() + max(0, (rect.height() - 14) // 2)
            if kind == "bookmark":
                painter.setBrush(QColor(BOOKMARK_COLOUR))
                painter.drawPolygon(
                    QPolygon(
                        [
                            QPoint(1, y),
                            QPoint(9, y),
                            QPoint(9, y + 14),
                            QPoint(5, y + 10),
                            QPoint(1, y + 14),
                        ]
                    )
                )
            else:
                painter.setBrush(QColor(NOTE_COLOUR))
                painter.drawRoundedRect(11, y + 1, 10, 12, 2, 2)
                painter.setPen(QColor("#ffffff"))
                for dy in (4, 7, 10):
                    painter.drawLine(13, y + dy, 19, y + dy)
                painter.setPen(Qt.PenStyle.NoPen)
        painter.end()
