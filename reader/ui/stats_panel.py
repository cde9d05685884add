"""The key-statistics panel: label, value and unit grouped by kind, a small chart, copy and export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.fold import fold
from reader.model import format_number, magnitude_text
from reader.ui.legend import ColourLegend
from reader.ui.richtext import literal

if TYPE_CHECKING:
    from reader.model import KeyStat, TimelineEvent


def _number_text(value: float, traditional: bool) -> str:
    """333亿 where the value is round in a Chinese magnitude, else 2,469,452."""
    return magnitude_text(value, traditional) or format_number(value)


def _is_traditional(stat: KeyStat) -> bool:
    """Whether the statistic is shown in Traditional characters (its magnitude is then 萬/億)."""
    shown = stat.label + stat.text
    return fold(shown) != shown


def _value_text(stat: KeyStat) -> str:
    if stat.value is None or stat.kind == "time":
        return stat.text  # a date or a clock time reads as written (20时13分, not 20 时)
    traditional = _is_traditional(stat)
    value = _number_text(stat.value, traditional)
    if stat.low is not None:
        value = f"{_number_text(stat.low, traditional)}–{value}"  # a range: 8–10
    return ("≈" if stat.approx else "") + value


def _unit_text(stat: KeyStat) -> str:
    return "" if stat.kind == "time" else stat.unit or ""  # (a time's unit, 时, is in its text)


def _exact_text(stat: KeyStat) -> str:
    """The exact value, for the tooltip of a value written with a magnitude."""
    if stat.value is None or stat.kind == "time":
        return stat.text
    value = format_number(stat.value)
    if stat.low is not None:
        value = f"{format_number(stat.low)}–{value}"
    return f"{'≈' if stat.approx else ''}{value} {stat.unit or ''}  ({stat.text})".strip()


class StatsChart(QWidget):
    """A timeline of the dated events and bars for the largest comparable counts, drawn with QPainter.

    Clicking an event on the timeline emits ``event_activated(index)``.
    """

    event_activated = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(230)
        self.setAccessibleName(self.tr("Chart of key statistics"))
        self._bars: list[tuple[str, float, str]] = []  # label, value, value as shown (≈600万)
        self._unit = ""
        self._events: list[TimelineEvent] = []
        self._points: list[tuple[QRectF, int]] = []

    def set_data(self, stats: list[KeyStat], events: list[TimelineEvent]) -> None:
        """Timeline of *events*; bars for the unit with the most statistics (up to five of them)."""
        by_unit: dict[str, list[KeyStat]] = {}
        for s in stats:
            if s.kind == "count" and s.value and s.value > 0 and s.unit:  # bars grow from zero: no -30 ℃
                by_unit.setdefault(s.unit, []).append(s)
        by_unit = {
            unit: group for unit, group in by_unit.items() if len(group) >= 2
        }  # one bar compares nothing
        if by_unit:
            unit, group = max(by_unit.items(), key=lambda kv: (len(kv[1]), sum(s.value or 0 for s in kv[1])))
            group = sorted(group, key=lambda s: -(s.value or 0))[:5]
            self._bars = [(s.label, float(s.value or 0), _value_text(s)) for s in group]
            self._unit = unit
        else:
            self._bars, self._unit = [], ""
        self._events = list(events) if len(events) >= 2 else []
        self.setMouseTracking(True)
        self.update()

    def tooltip_at(self, point: QPointF) -> str | None:
        """The tooltip text (plain: file text) for the timeline event at *point*, or None."""
        for rect, index in self._points:
            if rect.contains(point):
                e = self._events[index]
                return f"{e.text}  {e.label}"
        return None

    def event(self, event) -> bool:
        """One tooltip per timeline event: the one under the pointer, its date and what happened."""
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), literal(text), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:
        for rect, index in self._points:
            if rect.contains(event.position()):
                self.event_activated.emit(index)
                return
        super().mousePressEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().text().color()
        painter.setPen(QPen(text_colour))
        self._points = []
        if not self._bars and not self._events:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to chart"))
            return
        top = 0.0
        if self._events:
            top = self._paint_timeline(painter, text_colour)
        if self._bars:
            self._paint_bars(painter, text_colour, top)

    def _paint_timeline(self, painter: QPainter, colour: QColor) -> float:
        height = 86.0
        painter.drawText(QRectF(6, 0, self.width() - 12, 18), Qt.AlignmentFlag.AlignLeft, self.tr("Timeline"))
        left, right, axis = 18.0, self.width() - 18.0, 46.0
        painter.drawLine(int(left), int(axis), int(right), int(axis))
        first, last = self._events[0].ordinal, self._events[-1].ordinal
        span = max(1, last - first)
        accent = QColor("#16a34a")
        previous_x = -100.0
        for i, event in enumerate(self._events):
            x = left + (right - left) * (event.ordinal - first) / span
            point = QRectF(x - 5, axis - 5, 10, 10)
            painter.setBrush(accent)
            painter.drawEllipse(point)
            self._points.append((point.adjusted(-4, -4, 4, 4), i))
            label = f"{event.month}/{event.day}"
            below = i % 2 == 1 and x - previous_x < 48
            y = axis + 8 if not below else axis + 24
            painter.drawText(QRectF(x - 30, y, 60, 16), Qt.AlignmentFlag.AlignHCenter, label)
            previous_x = x
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return height

    def _paint_bars(self, painter: QPainter, colour: QColor, top: float) -> None:
        painter.setPen(QPen(colour))
        painter.drawText(
            QRectF(6, top, self.width() - 12, 18),
            Qt.AlignmentFlag.AlignLeft,
            self.tr("Largest counts (%1)").replace("%1", self._unit),
        )
        top += 22
        row = (self.height() - top - 4) / len(self._bars)
        label_w = min(110.0, self.width() * 0.4)
        biggest = max(v for _, v, _ in self._bars) or 1
        metrics = painter.fontMetrics()
        for i, (label, value, shown) in enumerate(self._bars):
            y = top + i * row
            painter.drawText(  # a long label loses its end, never its beginning (not "、医护人员")
                QRectF(6, y, label_w - 8, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8)),
            )
            width = (self.width() - label_w - 76) * value / biggest
            painter.fillRect(QRectF(label_w, y + row * 0.2, max(2.0, width), row * 0.6), QColor("#3b82f6"))
            painter.drawText(QRectF(label_w + width + 4, y, 76, row), Qt.AlignmentFlag.AlignVCenter, shown)


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
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.copy = self.copy_selected_rows  # Edit ▸ Copy (Ctrl+C) copies what has the focus
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
        self.legend = ColourLegend()
        layout.addWidget(self.legend)
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.chart, 1)
        layout.addLayout(buttons)
        self._stats: list[KeyStat] = []
        self._items: dict[int, QTreeWidgetItem] = {}

    def set_stats(self, stats: list[KeyStat], events: list[TimelineEvent] | None = None) -> None:
        """Show *stats*, grouped by kind in the order given, and chart them with the timeline *events*."""
        self._stats = list(stats)
        self.tree.clear()
        self._items = {}
        groups: dict[str, QTreeWidgetItem] = {}
        for index, stat in enumerate(stats):
            group = groups.get(stat.kind)
            if group is None:
                group = QTreeWidgetItem([self.kind_title(stat.kind)])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(group)
                groups[stat.kind] = group
            item = QTreeWidgetItem([stat.label, _value_text(stat), _unit_text(stat)])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(0, literal(stat.sentence))
            item.setToolTip(1, literal(_exact_text(stat)))
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
        self.chart.set_data(stats, events or [])

    def kind_title(self, kind: str) -> str:
        """The group heading for statistics of *kind*."""
        titles = {
            "date": self.tr("Dates"), "count": self.tr("Counts"), "money": self.tr("Money"),
            "percent": self.tr("Rates"), "ratio": self.tr("Ratios"), "duration": self.tr("Durations"),
            "number": self.tr("Numbers"), "ordinal": self.tr("Records"), "time": self.tr("Times"),
        }  # fmt: skip
        return titles.get(kind, kind)

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
        """The statistics as CSV (label, text, value, low end of a range, unit, kind, section, paragraph)."""
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["label", "text", "value", "low", "unit", "kind", "section", "paragraph"])
        for s in self._stats:
            low = "" if s.low is None else s.low
            writer.writerow([s.label, s.text, s.value, low, s.unit or "", s.kind, s.section, s.paragraph])
        return buffer.getvalue()

    def as_json(self) -> str:
        """The statistics as a JSON list."""
        import json

        keys = ("label", "text", "value", "low", "unit", "kind", "section", "paragraph")
        return json.dumps(
            [{k: getattr(s, k) for k in keys} for s in self._stats], ensure_ascii=False, indent=1
        )

    def copy_selected_rows(self) -> None:
        """Ctrl+C in the list: the selected rows whole (label, value as shown, unit, the text's own figure)."""
        rows = []
        for item in self.tree.selectedItems():
            index = item.data(0, Qt.ItemDataRole.UserRole)
            if index is not None:
                s = self._stats[int(index)]
                rows.append(f"{s.label}\t{_value_text(s)}\t{_unit_text(s)}\t{s.text}")
        if rows:
            QGuiApplication.clipboard().setText("\n".join(rows))

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
            from reader.ui.printing import say_saved

            try:
                self.export_to(path)
            except OSError as error:
                say_saved(self, path, error.strerror or str(error))
            else:
                say_saved(self, path)

    def export_to(self, path: str) -> None:
        """Write the statistics to *path* (JSON when it ends in .json, else CSV)."""
        text = self.as_json() if path.lower().endswith(".json") else self.as_csv()
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)

    def _emit(self, item: QTreeWidgetItem) -> None:
        index = item.data(0, Qt.ItemDataRole.UserRole)
        if index is not None:
            self.stat_activated.emit(int(index))
