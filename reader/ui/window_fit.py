"""A window that fits the screen it opens on, at any scale factor, and panels that make way on narrow windows.

Why: at QT_SCALE_FACTOR=2 the window asked for 1280×800 logical pixels (2560×1600) on a 1600×1000 screen, and a
restored geometry from a bigger screen was used as it was: the panels and the status bar were off-screen.  At
the minimum size the article column was one character wide while the side panels kept their width.

- ``fit_rect``: pure arithmetic (tested as a table and a property): the rectangle moved and shrunk into the
  available area of the screen, never below the minimum unless the screen itself is smaller.
- ``fit_to_screen``: applies it to a window, for the default size and for a restored geometry alike.
- ``PanelFit``: hides the statistics panel, then the sections, when the window becomes too narrow for them
  and the article; shows them again when it is wide again (unless the user closed them meanwhile), and gives
  panels squeezed by a smaller window their width back when there is room.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from reader.ui.docks import PANEL_WIDTHS  # (minimum, preferred) per dock, declared with the docks

DEFAULT_SIZE = (1280, 800)  # logical pixels, when the screen has room
SCREEN_SHARE = 0.92  # at most this much of the available area for a new window
MIN_WINDOW = (480, 340)
MIN_ARTICLE = 420  # px: about 24 characters at the default size; narrower, the panels make way
COLLAPSED_KEY = "window/collapsed_panels"


def fit_rect(
    rect: tuple[int, int, int, int],
    available: tuple[int, int, int, int],
    minimum: tuple[int, int] = MIN_WINDOW,
) -> tuple[int, int, int, int]:
    """(x, y, w, h) of *rect* shrunk to the *available* (x, y, w, h) and moved inside it.

    The size is at least *minimum* unless the screen is smaller; the position keeps the window where it was
    when it fits, else the nearest place inside.
    """
    x, y, w, h = rect
    ax, ay, aw, ah = available
    w = max(min(w, aw), min(minimum[0], aw))
    h = max(min(h, ah), min(minimum[1], ah))
    x = min(max(x, ax), ax + aw - w)
    y = min(max(y, ay), ay + ah - h)
    return x, y, w, h


def default_rect(available: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """The first window: DEFAULT_SIZE, or SCREEN_SHARE of a smaller screen, centred."""
    ax, ay, aw, ah = available
    w = min(DEFAULT_SIZE[0], int(aw * SCREEN_SHARE))
    h = min(DEFAULT_SIZE[1], int(ah * SCREEN_SHARE))
    return ax + (aw - w) // 2, ay + (ah - h) // 2, w, h


def _screen_for(window: QWidget):
    """The screen under the window's centre (a restored geometry may name a screen that is gone: primary)."""
    centre = window.geometry().center()
    return QGuiApplication.screenAt(centre) or window.screen() or QGuiApplication.primaryScreen()


def _frame_extra(window: QWidget) -> tuple[int, int]:
    """What the window manager's frame adds (0 before the window is shown, when it is not known yet)."""
    frame, inner = window.frameGeometry(), window.geometry()
    return max(0, frame.width() - inner.width()), max(0, frame.height() - inner.height())


def fit_to_screen(window: QWidget, restored: bool) -> QRect:
    """Fit *window* (client area plus frame) into the available geometry of its screen; a window without a
    restored geometry gets the default size first.  Returns the new geometry."""
    screen = _screen_for(window)
    if screen is None:
        return window.geometry()
    a = screen.availableGeometry()
    dw, dh = _frame_extra(window)
    available = (a.x(), a.y(), max(1, a.width() - dw), max(1, a.height() - dh))
    g = window.geometry()
    wanted = (g.x(), g.y(), g.width(), g.height()) if restored else default_rect(available)
    minimum = (min(MIN_WINDOW[0], available[2]), min(MIN_WINDOW[1], available[3]))
    window.setMinimumSize(*minimum)
    x, y, w, h = fit_rect(wanted, available, minimum)
    if window.isMaximized() or window.isFullScreen():
        return window.geometry()
    window.setGeometry(QRect(x, y, w, h))
    return window.geometry()


def panels_to_hide(width: int, shown: list[str]) -> list[str]:
    """Which of the *shown* panels (by object name, in order of importance) a window *width* wide cannot hold,
    at their preferred widths, beside an article column of MIN_ARTICLE: the least important ones first."""
    keep = list(shown)
    hidden: list[str] = []
    while keep and MIN_ARTICLE + sum(PANEL_WIDTHS.get(n, (200, 200))[1] for n in keep) > width:
        hidden.append(keep.pop())
    return hidden


class PanelFit(QObject):
    """Collapses and restores the side panels of *window* as it is resized (see the module docstring)."""

    def __init__(
        self,
        window: QMainWindow,
        docks: list[QDockWidget],
        store: QSettings | None = None,
        companions: dict[QDockWidget, list[QDockWidget]] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.docks = docks  # most important first: the last one is hidden first
        # Docks stacked in another's column (the annotations under the sections): they make way and come back
        # with it, since hiding the one alone frees no width.
        self.companions = companions or {}
        self.store = store
        # Hidden by us, not by the user.  Kept in the settings too: the dock layout is saved with them hidden,
        # and a window opened wide again must know they were only making way.
        saved = store.value(COLLAPSED_KEY, []) if store is not None else []
        names = saved if isinstance(saved, list) else [saved]
        every = [*docks, *(c for group in self.companions.values() for c in group)]
        self.collapsed: list[QDockWidget] = [d for d in every if d.objectName() in names and d.isHidden()]
        self._adjusting = False
        for dock in docks:
            low, _ = PANEL_WIDTHS.get(dock.objectName(), (160, 230))
            dock.widget().setMinimumWidth(low)
            dock.visibilityChanged.connect(lambda visible, d=dock: self._user_toggled(d, visible))
        window.installEventFilter(self)

    def _user_toggled(self, dock: QDockWidget, visible: bool) -> None:
        if not self._adjusting and visible and dock in self.collapsed:
            self.collapsed.remove(dock)  # shown again by hand: ours no more
            if self.store is not None:
                self.store.setValue(COLLAPSED_KEY, [d.objectName() for d in self.collapsed])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self.fit)
        return False

    def fit(self) -> None:
        """Hide what does not fit, show again what we hid and now fits, widen squeezed panels."""
        width = self.window.width()
        if self.window.isMinimized() or width <= 0:
            return
        self._adjusting = True
        try:
            names = {d.objectName(): d for d in self.docks}
            shown = [d.objectName() for d in self.docks if d.isVisible() or d in self.collapsed]
            hide = set(panels_to_hide(width, shown))
            for dock in self.docks:
                name = dock.objectName()
                if name in hide and dock.isVisible():
                    for d in (dock, *self.companions.get(dock, ())):
                        if d.isVisible():
                            d.hide()
                            if d not in self.collapsed:
                                self.collapsed.append(d)
                elif name not in hide and dock in self.collapsed:
                    for d in (dock, *self.companions.get(dock, ())):
                        if d in self.collapsed:
                            d.show()
                            self.collapsed.remove(d)
            self._widen([names[n] for n in shown if n not in hide and names[n].isVisible()])
            if self.store is not None:
                self.store.setValue(COLLAPSED_KEY, [d.objectName() for d in self.collapsed])
        finally:
            self._adjusting = False

    def _widen(self, docks: list[QDockWidget]) -> None:
        """Give squeezed panels their preferred width back where the article keeps a comfortable column."""
        if not docks:
            return
        central = self.window.centralWidget()
        spare = (central.width() if central is not None else 0) - MIN_ARTICLE
        targets: list[int] = []
        for dock in docks:
            _, preferred = PANEL_WIDTHS.get(dock.objectName(), (160, 230))
            grow = max(0, min(preferred - dock.width(), spare))
            spare -= grow
            targets.append(dock.width() + grow)
        if any(t != d.width() for t, d in zip(targets, docks, strict=True)):
            self.window.resizeDocks(docks, targets, Qt.Orientation.Horizontal)
