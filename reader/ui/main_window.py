"""The main window: wires the article view, the section sidebar, the statistics panel and the loader."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.analysis import Analysis, analyse_file
from reader.convert import ORIGINAL, VARIANT_BY_NAME, convert, convert_analysis, variants_for
from reader.paths import SEED_ARTICLE, resource_path
from reader.ui import themes
from reader.ui.article_view import ArticleView
from reader.ui.loader import Loader
from reader.ui.section_sidebar import SectionSidebar
from reader.ui.settings import Preferences, Settings, add_recent
from reader.ui.stats_panel import StatsPanel

log = logging.getLogger(__name__)
ENCODINGS = ("utf-8", "gb18030", "big5hkscs", "utf-16")


class FindBar(QWidget):
    """Ctrl+F bar: query field, match count, next/previous."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find (either script)…"))
        self.field.setAccessibleName(self.tr("Find"))
        self.count = QLabel()
        self.next_button = QToolButton(text="▼")
        self.prev_button = QToolButton(text="▲")
        self.close_button = QToolButton(text="✕")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for w in (self.field, self.count, self.prev_button, self.next_button, self.close_button):
            layout.addWidget(w)


class MainWindow(QMainWindow):
    """The reader's window."""

    def __init__(self, settings: Settings, loader: Loader | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.prefs: Preferences = settings.load()
        self.loader = loader or Loader(self)
        self.source: Analysis | None = None  # as read from the file
        self.shown: Analysis | None = None  # in the displayed variant
        self.variant = self.prefs.variant if self.prefs.variant in VARIANT_BY_NAME else ORIGINAL
        self._pending_position: tuple[int, int] | None = None
        self._path = ""
        self._encoding: str | None = None
        self.setWindowTitle("reader")
        self.resize(1280, 800)

        self.view = ArticleView()
        self.find_bar = FindBar()
        self.find_bar.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.view)
        column.addWidget(self.find_bar)
        self.setCentralWidget(central)

        self.sidebar = SectionSidebar()
        self.stats_panel = StatsPanel()
        self.sidebar_dock = self._dock(
            "sections", self.tr("Sections"), self.sidebar, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.stats_dock = self._dock(
            "stats", self.tr("Key statistics"), self.stats_panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.resizeDocks([self.sidebar_dock, self.stats_dock], [240, 330], Qt.Orientation.Horizontal)

        self.variant_box = QComboBox()
        self.variant_box.setAccessibleName(self.tr("Character set"))
        self.variant_box.setToolTip(self.tr("Character set (Ctrl+Shift+V cycles)"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.status_label)

        self._create_actions()
        self._create_menus()
        self._wire()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(
            lambda _p: self.statusBar().showMessage(
                self.tr("The file changed on disk: press F5 to reload"), 8000
            )
        )
        geometry, state = settings.load_window()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self.apply_theme()

    # --- construction ----------------------------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, slot, shortcut=None, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.reload_action = self._action(self.tr("&Reload"), self.reload, QKeySequence.StandardKey.Refresh)
        self.print_action = self._action(
            self.tr("&Print / Export PDF…"), self.print_dialog, QKeySequence.StandardKey.Print
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.find_action = self._action(self.tr("&Find…"), self.show_find, QKeySequence.StandardKey.Find)
        self.find_next_action = self._action(
            self.tr("Find &Next"), lambda: self.find_step(False), QKeySequence.StandardKey.FindNext
        )
        self.find_prev_action = self._action(
            self.tr("Find &Previous"), lambda: self.find_step(True), QKeySequence.StandardKey.FindPrevious
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom &In"),
            lambda: self.zoom(1),
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom &Out"), lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_reset_action = self._action(
            self.tr("&Actual Size"), lambda: self.zoom(0, reset=True), "Ctrl+0"
        )
        self.fullscreen_action = self._action(
            self.tr("&Full Screen"), self.toggle_full_screen, QKeySequence.StandardKey.FullScreen, True
        )
        self.next_section_action = self._action(
            self.tr("Next Section"), lambda: self.step_section(1), "Ctrl+Down"
        )
        self.prev_section_action = self._action(
            self.tr("Previous Section"), lambda: self.step_section(-1), "Ctrl+Up"
        )
        self.cycle_variant_action = self._action(
            self.tr("Next Character Set"), self.cycle_variant, "Ctrl+Shift+V"
        )

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.encoding_menu = file_menu.addMenu(self.tr("Reopen with &Encoding"))
        for name in ENCODINGS:
            self.encoding_menu.addAction(name, lambda n=name: self.open_file(self._path, n))
        file_menu.addAction(self.reload_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for action in (self.find_action, self.find_next_action, self.find_prev_action):
            edit_menu.addAction(action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.sidebar_dock.toggleViewAction())
        view_menu.addAction(self.stats_dock.toggleViewAction())
        view_menu.addSeparator()
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
            self.fullscreen_action,
        ):
            view_menu.addAction(action)
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        group = QActionGroup(self)
        labels = {
            "system": self.tr("Follow System"),
            "light": self.tr("Light"),
            "sepia": self.tr("Sepia"),
            "dark": self.tr("Dark"),
        }
        for name, label in labels.items():
            action = theme_menu.addAction(label, lambda n=name: self.set_theme(n))
            action.setCheckable(True)
            action.setChecked(name == self.prefs.theme)
            group.addAction(action)
        spacing_menu = view_menu.addMenu(self.tr("Line &Spacing"))
        for value in (150, 180, 210):
            spacing_menu.addAction(f"{value / 100:.1f}", lambda v=value: self.set_line_spacing(v))
        go_menu = bar.addMenu(self.tr("&Go"))
        go_menu.addAction(self.next_section_action)
        go_menu.addAction(self.prev_section_action)
        go_menu.addAction(self.cycle_variant_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("toolbar_main")
        toolbar.addAction(self.open_action)
        toolbar.addWidget(QLabel(" " + self.tr("Characters:") + " "))
        toolbar.addWidget(self.variant_box)
        toolbar.addAction(self.find_action)
        self._rebuild_recent()

    def _wire(self) -> None:
        self.loader.done.connect(self._on_done)
        self.loader.failed.connect(self._on_failed)
        self.loader.busy_changed.connect(self.progress.setVisible)
        self.sidebar.section_requested.connect(self.view.go_to_section)
        self.view.position_changed.connect(self._on_position)
        self.view.figure_activated.connect(self._on_figure)
        self.stats_panel.stat_activated.connect(self._on_stat)
        self.variant_box.activated.connect(lambda i: self.set_variant(self.variant_box.itemData(i)))
        self.find_bar.field.textChanged.connect(self._on_find_text)
        self.find_bar.field.returnPressed.connect(lambda: self.find_step(False))
        self.find_bar.next_button.clicked.connect(lambda: self.find_step(False))
        self.find_bar.prev_button.clicked.connect(lambda: self.find_step(True))
        self.find_bar.close_button.clicked.connect(self.hide_find)

    # --- opening ---------------------------------------------------------------------------------------
    def open_initial(self, path: str | None) -> None:
        """Open *path*, else the last file at its last position, else the bundled article."""
        if path:
            self.open_file(path)
        elif self.prefs.last_file and Path(self.prefs.last_file).exists():
            self._pending_position = (self.prefs.last_section, self.prefs.last_paragraph)
            self.open_file(self.prefs.last_file)
        else:
            self.open_file(str(resource_path(SEED_ARTICLE)))

    def open_file(self, path: str, encoding: str | None = None) -> None:
        """Load *path* in the background; the article on screen stays until the new one is ready."""
        if not path:
            return
        variant = self.variant
        self.statusBar().showMessage(self.tr("Opening %s…") % Path(path).name)

        def job() -> tuple[Analysis, Analysis, str, str | None]:
            source = analyse_file(path, encoding)
            return source, convert_analysis(source, variant), path, encoding

        self.loader.submit("open", job)

    def open_dialog(self) -> None:
        """File ▸ Open."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open article"),
            str(Path(self._path).parent) if self._path else "",
            self.tr("Text files (*.txt);;All files (*)"),
        )
        if path:
            self.open_file(path)

    def reload(self) -> None:
        """Reload the current file (F5), keeping the reading position."""
        if self._path:
            self._pending_position = self.view.current_position()
            self.open_file(self._path, self._encoding)

    def _on_done(self, channel: str, result: object) -> None:
        if channel == "open":
            source, shown, path, encoding = result  # type: ignore[misc]
            if self._pending_position is None and path != self._path:
                self._pending_position = (0, 0)
            elif self._pending_position is None:
                self._pending_position = self.view.current_position()
            self.source, self._path, self._encoding = source, path, encoding
            self._show(shown)
            if self.watcher.files():
                self.watcher.removePaths(self.watcher.files())
            self.watcher.addPath(path)
            self.prefs.recent_files = add_recent(self.prefs.recent_files, path)
            self._rebuild_recent()
            self._fill_variant_box()
            self.statusBar().showMessage(self.tr("Opened %s") % Path(path).name, 4000)
        elif channel == "convert":
            variant, shown = result  # type: ignore[misc]
            if variant == self.variant:
                self._pending_position = self.view.current_position()
                self._show(shown)

    def _on_failed(self, channel: str, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        if channel == "open":
            QMessageBox.warning(self, self.tr("Cannot open the file"), message)
        else:
            QMessageBox.warning(self, self.tr("Conversion failed"), message)

    def _show(self, shown: Analysis) -> None:
        self.shown = shown
        theme = themes.resolve(self.prefs.theme)
        self.view.show_analysis(shown, theme, self.prefs.font_family, self.prefs.line_spacing)
        self._apply_zoom()
        self.sidebar.set_article(shown.article)
        self.stats_panel.set_stats(list(shown.stats))
        position = self._pending_position or (0, 0)
        self._pending_position = None
        QTimer.singleShot(
            0,
            lambda: (
                self.view.go_to_paragraph(*position)
                if position != (0, 0)
                else self.view.verticalScrollBar().setValue(0)
            ),
        )
        self.setWindowTitle(f"{shown.article.title or Path(self._path).name} — reader")
        self._update_status()
        if self.find_bar.isVisible():
            self._on_find_text(self.find_bar.field.text())

    def _update_status(self) -> None:
        if not self.shown:
            return
        article = self.shown.article
        chars = article.char_count
        minutes = max(1, round(chars / 400))
        variant = VARIANT_BY_NAME[self.variant].label
        self.status_label.setText(
            self.tr("%1 · %2 · %3 · %4 chars · ~%5 min · %6 figures")
            .replace("%1", self.source.article.encoding if self.source else "")
            .replace("%2", "简体" if article.script == "hans" else "繁體")
            .replace("%3", variant)
            .replace("%4", f"{chars:,}")
            .replace("%5", str(minutes))
            .replace("%6", str(len(self.shown.figures)))
        )

    def _rebuild_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.prefs.recent_files:
            self.recent_menu.addAction(path, lambda p=path: self.open_file(p))
        self.recent_menu.setEnabled(bool(self.prefs.recent_files))

    # --- variants --------------------------------------------------------------------------------------
    def _fill_variant_box(self) -> None:
        script = self.source.article.script if self.source else "hans"
        self.variant_box.blockSignals(True)
        self.variant_box.clear()
        for variant in variants_for(script):
            self.variant_box.addItem(variant.label, variant.config)
        self.variant_box.setCurrentIndex(max(0, self.variant_box.findData(self.variant)))
        self.variant_box.blockSignals(False)

    def set_variant(self, variant: str) -> None:
        """Show the article in *variant*, keeping the paragraph being read."""
        if variant not in VARIANT_BY_NAME or self.source is None:
            return
        self.variant = variant
        self.prefs.variant = variant
        self.variant_box.setCurrentIndex(max(0, self.variant_box.findData(variant)))
        source = self.source
        self.loader.submit("convert", lambda: (variant, convert_analysis(source, variant)))

    def cycle_variant(self) -> None:
        """Ctrl+Shift+V: the next character set in the box."""
        count = self.variant_box.count()
        if count:
            self.set_variant(self.variant_box.itemData((self.variant_box.currentIndex() + 1) % count))

    # --- reading ---------------------------------------------------------------------------------------
    def _on_position(self, section: int, paragraph: int) -> None:
        self.sidebar.mark_current(section)
        self.prefs.last_section, self.prefs.last_paragraph = section, paragraph

    def step_section(self, step: int) -> None:
        """Go to the next or previous section."""
        if self.shown:
            target = max(0, min(len(self.shown.article.sections) - 1, self.sidebar.current_index() + step))
            self.view.go_to_section(target)
            self.sidebar.mark_current(target)

    def _on_figure(self, index: int) -> None:
        if not self.shown:
            return
        placed = self.shown.figures[index]
        for i, stat in enumerate(self.shown.stats):
            if (stat.section, stat.paragraph, stat.start) == (
                placed.section,
                placed.paragraph,
                placed.figure.start,
            ):
                self.stats_panel.select(i)
                return
        self.statusBar().showMessage(f"{placed.figure.text}: {placed.figure.display_value()}", 5000)

    def _on_stat(self, index: int) -> None:
        if self.shown and 0 <= index < len(self.shown.stats):
            s = self.shown.stats[index]
            self.view.flash_span(s.section, s.paragraph, s.start, s.end)

    # --- find ------------------------------------------------------------------------------------------
    def _needles(self, query: str) -> list[str]:
        """The query as typed and in the displayed script, so either script finds its matches."""
        if not query:
            return []
        needles = {query}
        for variant in ("s2t", "t2s", "s2tw", "s2hk"):
            needles.add(convert(query, variant))
        if self.variant != ORIGINAL:
            needles.add(convert(query, self.variant))
        return sorted(needles)

    def show_find(self) -> None:
        """Ctrl+F."""
        self.find_bar.show()
        self.find_bar.field.setFocus()
        self.find_bar.field.selectAll()

    def hide_find(self) -> None:
        """Close the find bar and clear highlights."""
        self.find_bar.hide()
        self.view.highlight_all([])
        self.view.setFocus()

    def _on_find_text(self, text: str) -> None:
        count = self.view.highlight_all(self._needles(text))
        self.find_bar.count.setText(self.tr("%n match(es)", "", count) if text else "")

    def find_step(self, backward: bool) -> None:
        """F3 / Shift+F3."""
        if not self.find_bar.field.text():
            self.show_find()
            return
        self.view.find_step(self._needles(self.find_bar.field.text()), backward)

    # --- appearance ------------------------------------------------------------------------------------
    def zoom(self, step: int, reset: bool = False) -> None:
        """Ctrl+= / Ctrl+- / Ctrl+0."""
        self.prefs.zoom = 0 if reset else max(-8, min(20, self.prefs.zoom + step))
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        font = self.view.font()
        font.setPointSizeF(max(6.0, 13.0 + self.prefs.zoom))
        self.view.document().setDefaultFont(font)

    def set_theme(self, name: str) -> None:
        """Light, sepia, dark or follow the system."""
        self.prefs.theme = name
        self.apply_theme()
        if self.shown:
            self._pending_position = self.view.current_position()
            self._show(self.shown)

    def apply_theme(self) -> None:
        """Apply the window palette of the current theme."""
        theme = themes.resolve(self.prefs.theme)
        self.setPalette(themes.palette(theme))
        self.view.setStyleSheet(
            f"QTextBrowser {{ background: {theme.background}; color: {theme.text}; border: none; }}"
        )

    def set_line_spacing(self, value: int) -> None:
        """Line height in percent."""
        self.prefs.line_spacing = value
        if self.shown:
            self._pending_position = self.view.current_position()
            self._show(self.shown)

    def toggle_full_screen(self) -> None:
        """F11."""
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def print_dialog(self) -> None:
        """Print, or export to PDF through the print dialog."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.view.document().print_(printer)

    def export_pdf(self, path: str) -> None:
        """Write the article to a PDF file."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        self.view.document().print_(printer)

    # --- drag and drop, closing ------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_file(urls[0].toLocalFile())

    def closeEvent(self, event) -> None:
        self.save_session()
        super().closeEvent(event)

    def save_session(self) -> None:
        """Persist preferences, last file and position, window state."""
        if self._path and self._path != str(resource_path(SEED_ARTICLE)):
            self.prefs.last_file = self._path
        self.settings.save(self.prefs)
        self.settings.save_window(self.saveGeometry(), self.saveState())
