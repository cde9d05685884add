"""Side panels declared as data (reader.ui.docks): the window builds every declared dock, on its side, and the
panel fitting reads the same widths."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QDockWidget

from reader.ui.docks import DOCKS
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings
from reader.ui.window_fit import PANEL_WIDTHS


def test_every_declared_dock_is_built_on_its_side(qtbot, tmp_path) -> None:
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    docks = {d.objectName(): d for d in window.findChildren(QDockWidget)}
    for spec in DOCKS:
        dock = docks[spec.object_name]
        assert window.dockWidgetArea(dock) == spec.area and dock.windowTitle() == spec.title_text()
        assert PANEL_WIDTHS[spec.object_name] == (spec.minimum, spec.preferred)
        assert dock.widget().minimumWidth() >= spec.minimum or spec.under  # stacked ones follow their column
    assert set(docks) == {spec.object_name for spec in DOCKS}
    companions = window.panel_fit.companions
    assert [c.objectName() for c in companions[window.sidebar_dock]] == ["dock_annotations"]
    QThreadPool.globalInstance().waitForDone(30000)
