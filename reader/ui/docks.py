"""The window's side panels, declared once: name, title, side, widths, and which column each shares.

The window builds its docks from this table, the panel fitting (reader.ui.window_fit) reads their widths from it,
and a new panel is one entry here plus its widget, not edits in several places.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget


@dataclass(frozen=True, slots=True)
class DockSpec:
    """One side panel."""

    name: str  # the dock's object name is dock_<name>: the saved window layout refers to it
    title: str  # English, translated in the MainWindow context
    area: Qt.DockWidgetArea
    minimum: int  # px: narrower, the panel makes way (reader.ui.window_fit)
    preferred: int  # px: the width a squeezed panel is given back
    under: str | None = None  # stacked under this panel, in its column: it makes way and comes back with it

    @property
    def object_name(self) -> str:
        return f"dock_{self.name}"

    def title_text(self) -> str:
        return QCoreApplication.translate("MainWindow", self.title)


LEFT, RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
DOCKS = (
    DockSpec("sections", QT_TRANSLATE_NOOP("MainWindow", "Sections"), LEFT, 160, 230),
    DockSpec("stats", QT_TRANSLATE_NOOP("MainWindow", "Key statistics"), RIGHT, 240, 380),
    DockSpec("annotations", QT_TRANSLATE_NOOP("MainWindow", "Annotations"), LEFT, 160, 230, under="sections"),
)
DOCK_BY_NAME = {spec.name: spec for spec in DOCKS}
PANEL_WIDTHS = {spec.object_name: (spec.minimum, spec.preferred) for spec in DOCKS}  # minimum, preferred


def build_dock(window: QMainWindow, name: str, widget: QWidget) -> QDockWidget:
    """The dock declared as *name*, holding *widget*, added to *window* on its side (under its column's
    panel when it shares one)."""
    spec = DOCK_BY_NAME[name]
    dock = QDockWidget(spec.title_text(), window)
    dock.setObjectName(spec.object_name)
    dock.setWidget(widget)
    window.addDockWidget(spec.area, dock, Qt.Orientation.Vertical)
    return dock
