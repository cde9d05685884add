"""The highlight colours: a legend in the statistics panel, colours that stand out on every page colour, and no
two kinds that sit side by side (a date and its time) in one colour."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtGui import QColor

from reader.kinds import KINDS
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings
from reader.ui.themes import THEMES


def test_every_kind_has_a_chip_coloured_as_the_theme_highlights_it(qtbot, tmp_path) -> None:
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    legend = window.stats_panel.legend
    assert set(legend.chips) == set(KINDS)
    for name in ("light", "sepia", "dark"):
        window.set_theme(name)
        for kind, chip in legend.chips.items():
            assert THEMES[name].figures[kind] in chip.styleSheet() and chip.text()
    QThreadPool.globalInstance().waitForDone(30000)


def test_highlights_stand_out_on_every_page_and_a_date_differs_from_its_time() -> None:
    for theme in THEMES.values():
        page = QColor(theme.background)
        for kind, colour in theme.figures.items():
            contrast = abs(QColor(colour).lightnessF() - page.lightnessF())
            assert contrast > 0.04, (theme.name, kind)  # the light tints on sepia were 0.02 apart
        assert theme.figures["date"] != theme.figures["time"]
