"""The key to the highlight colours: one small chip per kind of figure, in the theme's colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from reader.kinds import KINDS

COLUMNS = 3


class ColourLegend(QWidget):
    """Chips named by kind ('Dates', 'Money' …) on the colour the article highlights that kind with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Highlight colours"))
        self.setToolTip(self.tr("What the highlight colours in the article mean"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.setHorizontalSpacing(4)
        layout.setVerticalSpacing(2)
        self.chips: dict[str, QLabel] = {}
        kinds = sorted(KINDS.values(), key=lambda k: k.panel_order)
        for i, kind in enumerate(kinds):
            chip = QLabel()
            chip.setTextFormat(Qt.TextFormat.PlainText)
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(chip, i // COLUMNS, i % COLUMNS)
            self.chips[kind.name] = chip
        self.retranslate()

    def names(self) -> dict[str, str]:
        """Each kind's name as the legend shows it."""
        return {
            "date": self.tr("Dates"), "time": self.tr("Times"), "count": self.tr("Counts"),
            "money": self.tr("Money"), "percent": self.tr("Rates"), "ratio": self.tr("Ratios"),
            "duration": self.tr("Durations"), "ordinal": self.tr("Ranks"), "number": self.tr("Numbers"),
        }  # fmt: skip

    def retranslate(self) -> None:
        names = self.names()
        for kind, chip in self.chips.items():
            chip.setText(names.get(kind, kind))

    def set_colours(self, figures: dict[str, str], text: str) -> None:
        """Colour the chips as the theme colours the highlights (*figures*: kind → background)."""
        for kind, chip in self.chips.items():
            background = figures.get(kind, "transparent")  # the theme's own colours, never file text
            chip.setStyleSheet(
                f"QLabel {{ background-color: {background}; color: {text}; border-radius: 3px; padding: 1px 4px; }}"
            )
