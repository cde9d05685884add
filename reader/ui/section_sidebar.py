"""The section sidebar: a tree of lede, sections and subsections; the current one is shown bold."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from reader.ui.richtext import literal

if TYPE_CHECKING:
    from reader.article.model import Article


class SectionSidebar(QTreeWidget):
    """Emits ``section_requested(index)`` when the user picks a section by mouse or keyboard."""

    section_requested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Sections"))
        self.setUniformRowHeights(True)
        self.itemActivated.connect(self._emit)
        self.itemClicked.connect(self._emit)
        # Arrow keys move through the tree and the article follows.
        self.currentItemChanged.connect(lambda item, _previous: item is not None and self._emit(item))
        self._items: list[QTreeWidgetItem] = []
        self._current = -1

    def set_article(self, article: Article) -> None:
        """List the article's sections, nested by level (built detached, then added at once: 6 000 sections of a
        10 MB text take a few milliseconds)."""
        self.clear()
        self._items = []
        top: list[QTreeWidgetItem] = []
        stack: list[tuple[int, QTreeWidgetItem]] = []
        role = Qt.ItemDataRole.UserRole
        for index, section in enumerate(article.sections):
            label = section.title if index else (article.title or self.tr("Lede"))
            if index == 0 and not section.paragraphs and not article.title:
                label = self.tr("Lede")
            while stack and stack[-1][0] >= section.level:
                stack.pop()
            if stack and section.level > 0:
                item = QTreeWidgetItem(stack[-1][1], [label])
            else:
                item = QTreeWidgetItem([label])
                top.append(item)
            item.setData(0, role, index)
            if len(label) > 14:
                item.setToolTip(0, literal(label))  # only long titles can be cut off
            if section.level > 0:
                stack.append((section.level, item))
            self._items.append(item)
        self.addTopLevelItems(top)
        self.expandAll()
        self._current = -1
        self.mark_current(0)

    def mark_current(self, index: int) -> None:
        """Show section *index* as the one being read."""
        if index == self._current or not (0 <= index < len(self._items)):
            return
        if 0 <= self._current < len(self._items):
            font = self._items[self._current].font(0)
            font.setBold(False)
            self._items[self._current].setFont(0, font)
        item = self._items[index]
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        self.blockSignals(True)
        self.setCurrentItem(item)
        self.blockSignals(False)
        self.scrollToItem(item)
        self._current = index

    def current_index(self) -> int:
        """The section marked as being read."""
        return self._current

    def _emit(self, item: QTreeWidgetItem) -> None:
        self.section_requested.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))
