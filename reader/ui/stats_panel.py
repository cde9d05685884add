"""The key-statistics panel: label, value and unit grouped by kind, a small chart, copy and export."""

from __future__ import annotations

import csv
import io
import json

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.stats import KeyStat

KIND_TITLES = {
    "date": "Dates", "count": "Counts", "money": "Money", "percent": "Rates", "ratio": "Ratios",
    "duration": "Durations", "number": "Numbers",
}  # fmt: skip


def _value_text(stat: KeyStat) -> str:
    if stat.value is None:
        return stat.text
    value = f"{stat.value:,.0f}" if float(stat.value).is_integer() else f"{stat.value:,}"
    return ("≈" if stat.approx else "") + value


class StatsChart(QWidget):
    """Bars for the largest comparable counts (same unit), drawn with QPainter."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(150)
        self.setAccessibleName(self.tr("Chart of key statistics"))
        self._bars: list[tuple[str, float]] = []
        self._unit = ""

    def set_stats(self, stats: list[KeyStat]) -> None:
        """Pick the unit with the most statistics and show up to six of them."""
        by_unit: dict[str, list[KeyStat]] = {}
        for s in stats:
            if s.kind == "count" and s.value and s.unit:
                by_unit.setdefault(s.unit, []).append(s)
        if by_unit:
            unit, group = max(by_unit.items(), key=lambda kv: (len(kv[1]), sum(s.value or 0 for s in kv[1])))
            group = sorted(group, key=lambda s: -(s.value or 0))[:6]
            self._bars = [(s.label[:8], float(s.value or 0)) for s in group]
            self._unit = unit
        else:
            self._bars, self._unit = [], ""
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        painter.setPen(QPen(pal.text().color()))
        if not self._bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No comparable counts"))
            return
        top = 22
        painter.drawText(
            QRectF(6, 2, self.width() - 12, 18),
            Qt.AlignmentFlag.AlignLeft,
            f"{self.tr('Largest counts')} ({self._unit})",
        )
        row = (self.height() - top - 4) / len(self._bars)
        label_w = min(110.0, self.width() * 0.4)
        biggest = max(v for _, v in self._bars) or 1
        for i, (label, value) in enumerate(self._bars):
            y = top + i * row
            painter.setPen(QPen(pal.text().color()))
            painter.drawText(
                QRectF(6, y, label_w - 8, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                label,
            )
            width = (self.width() - label_w - 70) * value / biggest
            painter.fillRect(QRectF(label_w, y + row * 0.2, max(2.0, width), row * 0.6), QColor("#3b82f6"))
            painter.drawText(
                QRectF(label_w + width + 4, y, 70, row), Qt.AlignmentFlag.AlignVCenter, f"{value:,.0f}"
            )


class StatsPanel(QWidget):
    """Emits ``stat_activated(index)`` when the user picks a statistic."""

    stat_activated = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Value"), self.tr("Unit")])
        self.tree.setAccessibleName(self.tr("Key statistics"))
        self.tree.setRootIsDecorated(False)
        self.tree.itemActivated.connect(self._emit)
        self.tree.itemClicked.connect(self._emit)
        self.chart = StatsChart()
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(self.copy_to_clipboard)
        export = QPushButton(self.tr("Export…"))
        export.clicked.connect(self.export_dialog)
        buttons = QHBoxLayout()
        buttons.addWidget(copy)
        buttons.addWidget(export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.chart, 1)
        layout.addLayout(buttons)
        self._stats: list[KeyStat] = []
        self._items: dict[int, QTreeWidgetItem] = {}

    def set_stats(self, stats: list[KeyStat]) -> None:
        """Show *stats*, grouped by kind in the order given."""
        self._stats = list(stats)
        self.tree.clear()
        self._items = {}
        groups: dict[str, QTreeWidgetItem] = {}
        for index, stat in enumerate(stats):
            group = groups.get(stat.kind)
            if group is None:
                group = QTreeWidgetItem([self.tr(KIND_TITLES.get(stat.kind, stat.kind))])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(group)
                groups[stat.kind] = group
            item = QTreeWidgetItem([stat.label, _value_text(stat), stat.unit or ""])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(0, stat.sentence)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            group.addChild(item)
            self._items[index] = item
        self.tree.setRootIsDecorated(False)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        self.tree.resizeColumnToContents(2)
        self.tree.setColumnWidth(
            0, max(120, self.tree.width() - self.tree.columnWidth(1) - self.tree.columnWidth(2) - 24)
        )
        self.chart.set_stats(stats)

    def select(self, index: int) -> None:
        """Select statistic *index* (when its figure is clicked in the article)."""
        item = self._items.get(index)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)

    def stats(self) -> list[KeyStat]:
        """The statistics shown."""
        return list(self._stats)

    def as_csv(self) -> str:
        """The statistics as CSV (label, text, value, unit, kind, section, paragraph)."""
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["label", "text", "value", "unit", "kind", "section", "paragraph"])
        for s in self._stats:
            writer.writerow([s.label, s.text, s.value, s.unit or "", s.kind, s.section, s.paragraph])
        return buffer.getvalue()

    def as_json(self) -> str:
        """The statistics as a JSON list."""
        keys = ("label", "text", "value", "unit", "kind", "section", "paragraph")
        return json.dumps(
            [{k: getattr(s, k) for k in keys} for s in self._stats], ensure_ascii=False, indent=1
        )

    def copy_to_clipboard(self) -> None:
        """Copy the statistics as tab-separated text."""
        lines = [f"{s.label}\t{s.text}\t{s.unit or ''}" for s in self._stats]
        QGuiApplication.clipboard().setText("\n".join(lines))

    def export_dialog(self) -> None:
        """Ask for a file and write CSV or JSON by its extension."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export statistics"), "stats.csv", "CSV (*.csv);;JSON (*.json)"
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the statistics to *path* (JSON when it ends in .json, else CSV)."""
        text = self.as_json() if path.lower().endswith(".json") else self.as_csv()
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)

    def _emit(self, item: QTreeWidgetItem) -> None:
        index = item.data(0, Qt.ItemDataRole.UserRole)
        if index is not None:
            self.stat_activated.emit(int(index))
