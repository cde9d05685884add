"""The main window: wires the article view, the section sidebar, the statistics panel and the loader."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QFontInfo, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFontDialog,
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

from reader.errors import ReaderError, classify
from reader.paths import SEED_ARTICLE, resource_path
from reader.pipeline import (
    PREVIEW_BYTES,
    Converted,
    Opened,
    Previewed,
    convert_document,
    file_size,
    open_document,
    preview_document,
    store_analysis,
)
from reader.progress import JobProgress
from reader.render import ArticleRenderer
from reader.textio import reads_badly
from reader.ui import themes
from reader.ui.annotations_controller import install_annotations
from reader.ui.article_view import ArticleView
from reader.ui.docks import DOCK_BY_NAME, DOCKS, build_dock
from reader.ui.file_watch import FileWatch, signature
from reader.ui.finder import Finder, FindState
from reader.ui.formats import is_plain_text, open_filter
from reader.ui.loader import Channel, Loader
from reader.ui.logs import log_path
from reader.ui.paste import default_folder, save_clipboard
from reader.ui.reading_position import Anchor, ReadingPosition, carry
from reader.ui.richtext import literal
from reader.ui.section_sidebar import SectionSidebar
from reader.ui.settings import BOUNDS, Preferences, Settings, add_recent
from reader.ui.stats_panel import StatsPanel
from reader.ui.themes import CJK_FONT_NAMES, safe_font_family
from reader.ui.window_fit import PanelFit, fit_to_screen
from reader.variants import ORIGINAL, VARIANT_BY_NAME, variants_for

if TYPE_CHECKING:
    from reader.model import Analysis

log = logging.getLogger(__name__)
ENCODINGS = ("utf-8", "gb18030", "big5", "big5hkscs", "utf-16-le", "utf-16-be")
CACHE_DELAY_MS = 1500
LANGUAGES = (("", "System"), ("en", "English"), ("zh_CN", "简体中文"), ("zh_TW", "繁體中文"))


BASE_POINT_SIZE = 13.0  # the article's font size at zoom 0


def _sample(analysis: Analysis, size: int = 20_000) -> str:
    """The beginning of the article's text, enough to judge how it was decoded."""
    pieces, total = [], 0
    for text in analysis.article.texts():
        pieces.append(text)
        total += len(text)
        if total >= size:
            break
    return "".join(pieces)


class FindBar(QWidget):
    """Ctrl+F bar: query field, match count, next/previous."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find (either script)…"))
        self.field.setAccessibleName(self.tr("Find"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel()
        self.prev_button = QToolButton(text="▲")
        self.prev_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next_button = QToolButton(text="▼")
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.close_button = QToolButton(text="✕")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for w in (self.field, self.count, self.prev_button, self.next_button, self.close_button):
            layout.addWidget(w)


class MainWindow(QMainWindow):
    """The reader's window."""

    language_requested = Signal(str)
    article_shown = Signal()  # after every _show: the annotations follow (variant, page, theme, new file)

    def __init__(self, settings: Settings, loader: Loader | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.prefs: Preferences = settings.load()
        self.loader = loader or Loader(self)
        self.source: Analysis | None = None  # as read from the file
        self.shown: Analysis | None = None  # in the displayed variant
        self.prepared: ArticleRenderer | None = None  # the shown analysis, cut into pages for the view
        self.variant = self.prefs.variant if self.prefs.variant in VARIANT_BY_NAME else ORIGINAL
        self._pending_position: tuple[int, int] | Anchor | None = None
        self._launch_position: Anchor | None = None  # the old session's place, for a file with none stored
        self.shown_variant = (
            ORIGINAL  # the variant of the text on screen (self.variant may still be converting)
        )
        self._path = ""
        self._encoding: str | None = None
        self._page_text = ""
        self._quiet_open = False  # the open in progress is an automatic reload: a failure is no dialog
        self._opening: tuple[str, tuple[int, int, int] | None] = (
            "",
            None,
        )  # path and signature before reading
        self.paste_folder = default_folder()  # Edit ▸ Paste as New Article keeps the clipboard here
        self.prewarm_converters = True  # off for one-shot runs such as --screenshot
        self.cache_delay_ms = CACHE_DELAY_MS  # 0 for one-shot runs: write the cache before exiting
        self.interactive = (
            True  # False for headless runs (--screenshot): failures are reported, never a modal dialog
        )
        self._prewarmed = False
        self.setWindowTitle("reader")
        self.setAcceptDrops(True)
        self.resize(1280, 800)

        self.view = ArticleView()
        self.position = ReadingPosition(self.view, settings.store)  # the one owner of the reading position
        self.finder = Finder(self.view, self.position)
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
        self.sidebar_dock = build_dock(self, "sections", self.sidebar)
        self.stats_dock = build_dock(self, "stats", self.stats_panel)
        self.resizeDocks(
            [self.sidebar_dock, self.stats_dock],
            [DOCK_BY_NAME[name].preferred for name in ("sections", "stats")],
            Qt.Orientation.Horizontal,
        )

        self.variant_box = QComboBox()
        self.variant_box.setAccessibleName(self.tr("Character set"))
        self.variant_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.variant_box.setToolTip(self.tr("Character set (Ctrl+Shift+V for the next one)"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # it shows the file's encoding name
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop converting; the text on screen stays"))
        self.cancel_button.clicked.connect(self.cancel_conversion)
        self.cancel_button.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.statusBar().addPermanentWidget(self.status_label)
        self.settings_warning = QLabel(self.tr("⚠ Preferences are not saved"))
        self.settings_warning.setToolTip(
            literal(self.tr("The settings file %1 cannot be written.").replace("%1", settings.location()))
        )
        self.statusBar().addPermanentWidget(self.settings_warning)
        self.settings_warning.setVisible(not settings.writable())

        self._create_actions()
        self._create_menus()
        self._wire()
        self.source_digest = ""  # content hash of the file read (annotations are kept under it)
        self.annotations = install_annotations(self)
        from reader.ui.learning import install_learning

        self.learning = install_learning(
            self, self.view_menu
        )  # readings, dictionary, side by side, read aloud
        self.file_watch = FileWatch(self)
        self.file_watch.changed.connect(self._on_file_changed)
        self.file_watch.removed.connect(self._on_file_removed)
        geometry, state = settings.load_window()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        fit_to_screen(self, restored=geometry is not None)  # on the screen it opens on, at any scale factor
        self.panel_fit = PanelFit(
            self,
            [self.sidebar_dock, self.stats_dock],
            settings.store,
            companions={  # the docks stacked under another (DockSpec.under) make way with it
                self.findChild(QDockWidget, DOCK_BY_NAME[spec.under].object_name): [
                    self.findChild(QDockWidget, spec.object_name)
                ]
                for spec in DOCKS
                if spec.under
            },
        )
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(
                lambda _scheme: self.prefs.theme == "system" and self.set_theme("system")
            )
        self.apply_theme()

    # --- construction ----------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # A standard key (its platform bindings) plus the usual keys, each once: F3 is both FindNext and "F3"
            # on Linux, and a key bound twice is ambiguous to Qt and does nothing.
            sequences: dict[str, QKeySequence] = {}
            for item in shortcut if isinstance(shortcut, list) else [shortcut]:
                bindings = (
                    QKeySequence.keyBindings(item)
                    if isinstance(item, QKeySequence.StandardKey)
                    else [QKeySequence(item)]
                )
                for sequence in bindings:
                    sequences.setdefault(sequence.toString(), sequence)
            action.setShortcuts(list(sequences.values()))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog, key.Open)
        self.reload_action = self._action(self.tr("&Reload"), self.reload, [key.Refresh, "F5"])
        self.auto_reload_action = self._action(
            self.tr("Reload &Automatically When the File Changes"), self.set_auto_reload, checkable=True
        )
        self.auto_reload_action.setChecked(self.prefs.auto_reload)
        self.print_action = self._action(self.tr("&Print…"), self.print_dialog, key.Print)
        self.pdf_action = self._action(self.tr("Export as P&DF…"), self.export_pdf_dialog, "Ctrl+Shift+P")
        self.quit_action = self._action(self.tr("&Quit"), self.close, key.Quit)
        self.find_action = self._action(self.tr("&Find…"), self.show_find, key.Find)
        self.find_next_action = self._action(
            self.tr("Find &Next"), lambda: self.find_step(False), [key.FindNext, "F3"]
        )
        self.find_prev_action = self._action(
            self.tr("Find &Previous"), lambda: self.find_step(True), [key.FindPrevious, "Shift+F3"]
        )
        self.zoom_in_action = self._action(self.tr("Zoom &In"), lambda: self.zoom(1), [key.ZoomIn, "Ctrl+="])
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), lambda: self.zoom(-1), key.ZoomOut)
        self.zoom_reset_action = self._action(
            self.tr("&Actual Size"), lambda: self.zoom(0, reset=True), "Ctrl+0"
        )
        self.font_action = self._action(self.tr("&Font…"), self.choose_font)
        self.fullscreen_action = self._action(
            self.tr("&Full Screen"), self.toggle_full_screen, [key.FullScreen, "F11"], True
        )
        self.next_section_action = self._action(
            self.tr("&Next Section"), lambda: self.step_section(1), "Ctrl+Down"
        )
        self.prev_section_action = self._action(
            self.tr("&Previous Section"), lambda: self.step_section(-1), "Ctrl+Up"
        )
        self.cycle_variant_action = self._action(
            self.tr("Next &Character Set"), self.cycle_variant, "Ctrl+Shift+V"
        )
        self.escape_action = self._action(self.tr("Close Find Bar"), self.hide_find, "Esc")
        self.paste_action = self._action(self.tr("Paste as &New Article"), self.paste_article, "Ctrl+Shift+N")
        # The article cannot be edited, so pasting into it (Ctrl+V with the article focused) means "read this".
        paste_here = QShortcut(
            QKeySequence.StandardKey.Paste, self.view, context=Qt.ShortcutContext.WidgetShortcut
        )
        paste_here.activated.connect(self.paste_article)
        self.wide_action = self._action(
            self.tr("Full-width &Punctuation"), self.set_wide_punctuation, checkable=True
        )
        self.wide_action.setChecked(self.prefs.wide_punctuation)
        self.wide_action.setToolTip(
            self.tr("Show ASCII commas and colons in Chinese text as ，and ：(display only)")
        )

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.encoding_menu = file_menu.addMenu(self.tr("Reopen with &Encoding"))
        self.encoding_menu.addAction(self.tr("&Automatic"), lambda: self.open_file(self._path, None))
        self.encoding_menu.addSeparator()
        for name in ENCODINGS:
            self.encoding_menu.addAction(name, lambda n=name: self.open_file(self._path, n))
        file_menu.addAction(self.reload_action)
        file_menu.addAction(self.auto_reload_action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.pdf_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.paste_action)
        edit_menu.addSeparator()
        for action in (self.find_action, self.find_next_action, self.find_prev_action):
            edit_menu.addAction(action)
        view_menu = self.view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.sidebar_dock.toggleViewAction())
        view_menu.addAction(self.stats_dock.toggleViewAction())
        view_menu.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action, self.font_action):
            view_menu.addAction(action)
        view_menu.addAction(self.wide_action)
        spacing_menu = view_menu.addMenu(self.tr("Line &Spacing"))
        spacing_group = QActionGroup(self)
        for value in (140, 160, 180, 200):
            action = spacing_menu.addAction(f"{value / 100:.1f}", lambda v=value: self.set_line_spacing(v))
            action.setCheckable(True)
            action.setChecked(value == self.prefs.line_spacing)
            spacing_group.addAction(action)
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        theme_group = QActionGroup(self)
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
            theme_group.addAction(action)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        language_group = QActionGroup(self)
        for code, label in LANGUAGES:
            text = self.tr("Follow System") if not code else label
            action = language_menu.addAction(text, lambda c=code: self.set_language(c))
            action.setCheckable(True)
            action.setChecked(code == self.prefs.language)
            language_group.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.fullscreen_action)
        go_menu = self.go_menu = bar.addMenu(self.tr("&Go"))
        go_menu.addAction(self.next_section_action)
        go_menu.addAction(self.prev_section_action)
        go_menu.addAction(self.cycle_variant_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("toolbar_main")
        toolbar.addAction(self.open_action)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(" " + self.tr("Characters:") + " "))
        toolbar.addWidget(self.variant_box)
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)
        self._rebuild_recent()
        from reader.ui import navigation

        self.navigation = navigation.install(self, edit_menu, go_menu)  # Back/Forward, F6, Help…

    def _wire(self) -> None:
        self.loader.done.connect(self._on_done)
        self.loader.failed.connect(self._on_failed)
        self.loader.busy_changed.connect(self._on_busy)
        self.loader.progressed.connect(self._on_progress)
        self.sidebar.section_requested.connect(
            lambda s: self.position.jump(lambda: self.view.go_to_section(s))
        )
        self.finder.state_changed.connect(self._on_find_state)
        self.view.position_changed.connect(self._on_position)
        self.view.page_changed.connect(self._on_page)
        self.view.figure_activated.connect(self._on_figure)
        self.stats_panel.stat_activated.connect(self._on_stat)
        self.stats_panel.chart.event_activated.connect(self._on_event)
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
            self._launch_position = Anchor(self.prefs.last_section, self.prefs.last_paragraph)
            self.open_file(self.prefs.last_file)
        else:
            self.open_file(str(resource_path(SEED_ARTICLE)))

    def open_file(self, path: str, encoding: str | None = None, quiet: bool = False) -> None:
        """Load *path* in the background; the article on screen stays until the new one is ready.

        A large file first shows its beginning (analysed on its own, fast) while the whole is analysed.
        A *quiet* open (an automatic reload) reports a failure in the status bar only: the file may be caught
        half-written, and a dialog popping up while the user reads would be worse than the old text.
        """
        if not path:
            return
        self._quiet_open = quiet
        self._opening = (path, signature(path))
        self.position.remember()  # the file on screen, before a preview of the next one replaces it
        variant, wide = self.variant, self.prefs.wide_punctuation
        if path != self._path and file_size(path) > PREVIEW_BYTES:
            variant = (
                ORIGINAL  # a long text shows its own characters first; the chosen set follows (_on_done)
            )
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", Path(path).name))

        self.loader.submit(Channel.OPEN, lambda: open_document(path, encoding, variant, wide))
        # Even when the analysis is stored (reading 10 MB of it back takes over a second); plain text only: a PDF
        # or Word file cut short does not open, and a web page's content may lie past the cut.
        if file_size(path) > PREVIEW_BYTES and is_plain_text(path):
            self.loader.submit(Channel.PREVIEW, lambda: preview_document(path, encoding, variant, wide))

    def open_dialog(self) -> None:
        """File ▸ Open."""
        from reader.ui.dialogs import open_folder

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open article"), open_folder(self._path), open_filter()
        )
        if path:
            self.open_file(path)

    def paste_article(self) -> None:
        """Edit ▸ Paste as New Article: the clipboard kept as a file, then opened (the article on screen stays
        if the clipboard holds no text)."""
        try:
            path = save_clipboard(self.paste_folder)
        except (ReaderError, OSError) as exc:
            self._on_failed(Channel.OPEN, exc)
            return
        self.open_file(str(path))

    def reload(self, quiet: bool = False) -> None:
        """Reload the current file (F5), keeping the reading position."""
        if self._path:
            self._pending_position = self.position.anchor()
            self.open_file(self._path, self._encoding, quiet=quiet)

    def set_auto_reload(self, on: bool) -> None:
        """File ▸ Reload Automatically: follow the file as it is edited (on by default)."""
        self.prefs.auto_reload = bool(on)
        self.auto_reload_action.setChecked(bool(on))

    def _on_file_changed(self, path: str) -> None:
        if path != self._path:
            return
        if self.prefs.auto_reload:
            self.reload(quiet=True)
        else:
            self.statusBar().showMessage(
                self.tr("%1 changed on disk: press F5 to reload").replace("%1", Path(path).name), 10000
            )

    def _on_file_removed(self, path: str) -> None:
        if path != self._path:
            return
        log.info("%s was deleted or moved", path)
        self.statusBar().showMessage(
            self.tr("%1 was deleted or moved: the text shown is the last version read").replace(
                "%1", Path(path).name
            )
        )

    def _on_done(self, channel: str, result: object) -> None:
        if isinstance(result, Previewed):
            if self.loader.is_busy():  # the whole article is still being analysed
                self._path = result.path
                self.shown_variant = result.variant
                self._show(result.shown, (0, 0))
                self.statusBar().showMessage(self.tr("Showing the beginning while the rest is analysed…"))
        elif isinstance(result, Opened):
            self.loader.cancel(Channel.PREVIEW)
            source, shown, path, encoding = result.source, result.shown, result.path, result.encoding
            digest, fresh, variant = result.digest, result.fresh, result.variant
            recalled = self.position.switch_file(digest)  # where this file was last read, if ever
            if self._pending_position is not None:
                position = self._pending_position
            elif path == self._path and self.shown is not None and recalled is None:
                position = self.position.anchor()
            else:
                position = recalled or self._launch_position or Anchor()
            self._pending_position = self._launch_position = None
            self.shown_variant = variant
            self.source, self._path, self._encoding = source, path, encoding
            self.source_digest = digest
            self._show(shown, position)
            opened, seen = self._opening
            self.file_watch.watch(path, seen if opened == path else signature(path))
            self.prefs.recent_files = add_recent(self.prefs.recent_files, path)
            self.prefs.last_file = path
            self._rebuild_recent()
            self._fill_variant_box()
            self._prewarm(source.article.script)
            if variant != self.variant:
                self.set_variant(
                    self.variant
                )  # converted in the background, the original on screen meanwhile
            if self._quiet_open:
                message = self.tr("Reloaded %1: it changed on disk").replace("%1", Path(path).name)
            else:
                message = self.tr("Opened %1").replace("%1", Path(path).name)
            self._quiet_open = False
            if encoding and reads_badly(_sample(source)):
                message = (
                    self.tr("%1 does not read well as %2: try Reopen with Encoding ▸ Automatic")
                    .replace("%1", Path(path).name)
                    .replace("%2", encoding)
                )
            self.statusBar().showMessage(message, 4000 if not encoding else 12000)
            if fresh:
                # Written a little later, once the new page is laid out and painted: serialising holds the GIL.
                def store() -> None:
                    self.loader.submit(
                        Channel.CACHE, lambda: store_analysis(path, encoding, source, digest), quiet=True
                    )

                if self.cache_delay_ms:
                    QTimer.singleShot(self.cache_delay_ms, store)
                else:
                    store()
        elif isinstance(result, Converted):
            if result.variant == self.variant:
                self.shown_variant = result.variant
                self._show(result.shown, carry(self.position.anchor(), self.shown, result.shown.analysis))

    def error_message(self, error: object) -> str:
        """The failure in the user's language: a sentence for each kind of bad input; for anything else (a bug)
        a general sentence that points to the log, where the loader wrote the details (never raw English
        exception text in the window)."""
        code, detail = classify(error)
        messages = {
            "empty": self.tr("The file is empty: there is no text to show."),
            "binary": self.tr("This is not a text file."),
            "undecodable": self.tr(
                "The text could not be decoded as UTF-8, GB18030 or Big5. Try File ▸ Reopen with Encoding."
            ),
            "not_chinese": self.tr("The file does not look like Chinese text in any supported encoding."),
            "bad_bom": self.tr("The file starts with a %1 byte order mark but is not valid %1."),
            "unknown_encoding": self.tr("Unknown encoding %1."),
            "not_found": self.tr("File not found: %1"),
            "permission": self.tr("You have no permission to read %1."),
            "is_directory": self.tr("%1 is a folder, not a file."),
            "not_regular": self.tr("%1 is not a regular file (a device or a pipe, for example)."),
            "too_large": self.tr("%1 is too large for the reader."),
            "unreadable": self.tr("Could not read %1."),
            "encrypted": self.tr("The file is protected by a password: save it without one to read it here."),
            "malformed": self.tr("The file is damaged and could not be read."),
            "no_text": self.tr("This PDF has no text layer (a scanned document?): the reader reads text."),
            "unsupported": self.tr(
                "The reader does not open this kind of file (save it as .docx, PDF or text)."
            ),
        }
        if code not in messages:
            return self.tr("Something went wrong inside the reader. The details are in its log: %1").replace(
                "%1", str(log_path())
            )
        return messages[code].replace("%1", detail or self.tr("the file"))

    def _on_failed(self, channel: str, error: object) -> None:
        message = self.error_message(error)
        self.statusBar().showMessage(message, 10000)
        quiet = channel == Channel.OPEN and self._quiet_open
        if channel == Channel.OPEN:
            self._quiet_open = False
        if channel == Channel.PREVIEW or quiet or not self.interactive:
            return  # the whole-file job reports the same failure; a reload or a headless run needs no dialog
        if channel == Channel.OPEN:
            QMessageBox.warning(self, self.tr("Cannot open the file"), literal(message))
        else:
            QMessageBox.warning(self, self.tr("Conversion failed"), literal(message))

    def _show(self, prepared: ArticleRenderer, place: tuple[int, int] | Anchor) -> None:
        anchor = Anchor.of(place)
        position = (anchor.section, anchor.paragraph)
        self.prepared = prepared
        self.shown = shown = prepared.analysis
        theme = themes.resolve(self.prefs.theme)
        self.view.show_analysis(prepared, theme, self.prefs.font_family, self.prefs.line_spacing, position)
        self._apply_zoom()
        self.sidebar.set_article(shown.article)
        self.position.go_to(anchor)  # the exact line, once laid out with the zoomed font and the measure
        self.sidebar.mark_current(self.view.current_position()[0])
        self.stats_panel.set_stats(list(shown.stats), list(shown.timeline))
        self.setWindowTitle(f"{shown.article.title or Path(self._path).name} — reader")
        self._update_status()
        if self.find_bar.isVisible():
            self._on_find_text(self.find_bar.field.text())
        self.article_shown.emit()

    def _on_page(self, page: int, count: int) -> None:
        self._page_text = (
            self.tr("page %1/%2").replace("%1", str(page + 1)).replace("%2", str(count)) if count > 1 else ""
        )
        self._update_status()

    def _update_status(self) -> None:
        if not self.shown:
            return
        article = self.shown.article
        chars = self.prepared.char_count
        parts = [
            self.source.article.encoding if self.source else article.encoding,
            self.tr("Simplified") if self._shown_script() == "hans" else self.tr("Traditional"),
            VARIANT_BY_NAME[self.shown_variant].label,
            self.tr("%1 characters").replace("%1", f"{chars:,}"),
            self.tr("~%1 min").replace("%1", str(max(1, round(chars / 400)))),
            (
                self.tr("first %1 figures (the most one text gets)")
                if self.shown.figures_capped
                else self.tr("%1 figures")
            ).replace("%1", f"{len(self.shown.figures):,}"),
        ]
        if self._page_text:
            parts.append(self._page_text)
        self.status_label.setText(" · ".join(parts))

    def _shown_script(self) -> str:
        """The script of the text on screen: the file's, or the one the shown variant converts to."""
        target = VARIANT_BY_NAME[self.shown_variant].target
        return target if target != "any" else (self.source or self.shown).article.script

    def _rebuild_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.prefs.recent_files:
            # "&" in a menu text marks a shortcut key: doubled, a path shows as it is.
            self.recent_menu.addAction(path.replace("&", "&&"), lambda p=path: self.open_file(p))
        self.recent_menu.setEnabled(bool(self.prefs.recent_files))

    # --- variants --------------------------------------------------------------------------------------
    def _fill_variant_box(self) -> None:
        script = self.source.article.script if self.source else "hans"
        self.variant_box.blockSignals(True)
        self.variant_box.clear()
        others = False
        for variant in variants_for(script):
            if variant.source not in (script, "any") and not others:
                self.variant_box.insertSeparator(
                    self.variant_box.count()
                )  # the rest do nothing for this text
                others = True
            self.variant_box.addItem(variant.label, variant.config)
        self.variant_box.setCurrentIndex(max(0, self.variant_box.findData(self.variant)))
        self.variant_box.blockSignals(False)

    def _prewarm(self, script: str) -> None:
        """Build the converters of the two likeliest variants in the background, once, after the first article:
        then even the first switch takes milliseconds instead of the 0.2 s a converter takes to build."""
        if not self.prewarm_converters or self._prewarmed:
            return
        self._prewarmed = True
        likely = [v.config for v in variants_for(script)[1:3]]

        def job() -> None:
            from reader.convert import get_converter

            for config in likely:
                get_converter(config, tofu=False)

        self.loader.submit(Channel.PREWARM, job, quiet=True)

    def set_variant(self, variant: str) -> None:
        """Show the article in *variant*, keeping the paragraph being read."""
        if variant not in VARIANT_BY_NAME or self.source is None:
            return
        self.variant = variant
        self.prefs.variant = variant
        self.variant_box.setCurrentIndex(max(0, self.variant_box.findData(variant)))
        source, wide = self.source, self.prefs.wide_punctuation

        def job(progress: JobProgress) -> Converted:
            return convert_document(source, variant, wide, progress.report)

        self.loader.submit(Channel.CONVERT, job, progress=True)

    def _on_progress(self, channel: str, fraction: float) -> None:
        """A conversion says how far it is: a percentage and a way out instead of a busy bar."""
        if channel == Channel.CONVERT:
            self.progress.setRange(0, 100)
            self.progress.setValue(int(fraction * 100))
            self.cancel_button.show()

    def _on_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if not busy:
            self.progress.setRange(0, 0)  # the next job starts as "working" until it reports
            self.cancel_button.hide()

    def cancel_conversion(self) -> None:
        """Stop converting: the text on screen stays, and so does its character set."""
        self.loader.cancel(Channel.CONVERT)
        self.variant = self.prefs.variant = self.shown_variant
        self.variant_box.setCurrentIndex(max(0, self.variant_box.findData(self.shown_variant)))
        self.cancel_button.hide()
        self.statusBar().showMessage(self.tr("Conversion cancelled"), 5000)

    def cycle_variant(self) -> None:
        """Ctrl+Shift+V: the next character set in the box."""
        count = self.variant_box.count()
        index = self.variant_box.currentIndex()
        for _ in range(count):  # past the separator between the sets for this text and the others
            index = (index + 1) % count
            if self.variant_box.itemData(index):
                self.set_variant(self.variant_box.itemData(index))
                return

    # --- reading ---------------------------------------------------------------------------------------
    def _on_position(self, section: int, paragraph: int) -> None:
        self.sidebar.mark_current(section)
        self.prefs.last_section, self.prefs.last_paragraph = section, paragraph

    def step_section(self, step: int) -> None:
        """Go to the next or previous section."""
        if self.shown:
            target = max(0, min(len(self.shown.article.sections) - 1, self.sidebar.current_index() + step))
            self.position.jump(lambda: self.view.go_to_section(target))
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
        self.statusBar().showMessage(self.view.figure_tooltip(index), 5000)

    def _on_stat(self, index: int) -> None:
        if self.shown and 0 <= index < len(self.shown.stats):
            s = self.shown.stats[index]
            self.position.jump(lambda: self.view.flash_span(s.section, s.paragraph, s.start, s.end))

    def _on_event(self, index: int) -> None:
        if self.shown and 0 <= index < len(self.shown.timeline):
            e = self.shown.timeline[index]
            self.position.jump(lambda: self.view.flash_span(e.section, e.paragraph, e.start, e.end))

    # --- find ------------------------------------------------------------------------------------------
    def _needles(self, query: str) -> list[str]:
        """The query as typed and in every script, so a query in either script finds its matches."""
        if not query:
            return []
        from reader.convert import convert

        needles = {query}
        for variant in ("s2t", "s2tw", "s2hk", "t2s"):
            needles.add(convert(query, variant))
        if self.variant != ORIGINAL:
            needles.add(convert(query, self.variant))
        return sorted(needles)

    def show_find(self) -> None:
        """Ctrl+F."""
        self.find_bar.show()
        self.find_bar.field.setFocus()
        self.find_bar.field.selectAll()
        self._on_find_text(self.find_bar.field.text())  # the query kept from last time: highlighted again

    def hide_find(self) -> None:
        """Close the find bar and clear highlights."""
        if self.find_bar.isVisible():
            self.find_bar.hide()
            self.finder.clear()
            self.view.setFocus()

    def _on_find_text(self, text: str) -> None:
        self.finder.set_query(text, self._needles(text))

    def _on_find_state(self, state: FindState) -> None:
        """'3 of 17', and a notice when the search went round the end."""
        from reader.ui.finder import find_label

        text = find_label(state, bool(self.finder.query))
        self.find_bar.count.setText(text)
        if state.wrapped:
            self.statusBar().showMessage(text, 3000)

    def find_step(self, backward: bool) -> None:
        """F3 / Shift+F3."""
        if not self.find_bar.field.text():
            self.show_find()
            return
        if not self.finder.step(backward).total:
            self.statusBar().showMessage(self.tr("Not found"), 3000)

    # --- appearance ------------------------------------------------------------------------------------
    def zoom(self, step: int, reset: bool = False) -> None:
        """Ctrl+= / Ctrl+- / Ctrl+0."""
        self.prefs.zoom = 0 if reset else max(-8, min(20, self.prefs.zoom + step))
        with self.position.kept():  # the same line at the top after the relayout
            self._apply_zoom()

    def _apply_zoom(self) -> None:
        self.view.document().setDefaultFont(self.article_font())

    def article_font(self) -> QFont:
        """The article's font as the preferences make it: family (the CSS keeps the CJK fallbacks behind it),
        size (13 pt moved by the zoom), weight and slant."""
        font = QFont(self.view.document().defaultFont())
        family = self.prefs.font_family or QFontInfo(font).family()
        font.setFamilies([family, *CJK_FONT_NAMES])
        font.setPointSizeF(max(6.0, BASE_POINT_SIZE + self.prefs.zoom))
        font.setWeight(QFont.Weight(self.prefs.font_weight))
        font.setItalic(self.prefs.font_italic)
        return font

    def choose_font(self) -> None:
        """View ▸ Font: family, size and style of the article, starting from the font it is shown in."""
        ok, font = QFontDialog.getFont(self.article_font(), self, self.tr("Article font"))
        if ok:
            self.set_article_font(font)

    def set_article_font(self, font: QFont) -> None:
        """Use *font*'s family, size (as the zoom), weight and slant for the article, keeping the position."""
        self.prefs.font_family = safe_font_family(font.family())
        if font.pointSizeF() > 0:
            low, high = BOUNDS["zoom"]
            self.prefs.zoom = max(low, min(high, round(font.pointSizeF() - BASE_POINT_SIZE)))
        self.prefs.font_weight = max(100, min(900, int(font.weight())))
        self.prefs.font_italic = font.italic()
        self._rerender()

    def set_font_family(self, family: str) -> None:
        """Use *family* for the article."""
        self.prefs.font_family = family
        self._rerender()

    def set_wide_punctuation(self, on: bool) -> None:
        """Show ASCII punctuation in Chinese text as full-width marks (a view option; the text is unchanged)."""
        self.prefs.wide_punctuation = bool(on)
        self.wide_action.setChecked(bool(on))
        if self.shown is not None:
            shown, variant = self.shown, self.variant
            self.loader.submit(
                Channel.CONVERT, lambda: Converted(variant, ArticleRenderer(shown, wide_punctuation=on))
            )

    def set_theme(self, name: str) -> None:
        """Light, sepia, dark or follow the system."""
        self.prefs.theme = name
        self.apply_theme()
        self._rerender()

    def _rerender(self) -> None:
        if self.shown:
            self._show(self.prepared, self.position.anchor())

    def apply_theme(self) -> None:
        """Apply the window palette of the current theme."""
        theme = themes.resolve(self.prefs.theme)
        self.setPalette(themes.palette(theme))
        self.stats_panel.legend.set_colours(theme.figures, theme.text)
        self.view.setStyleSheet(
            f"QTextBrowser {{ background: {theme.background}; color: {theme.text}; border: none; }}"
        )

    def set_line_spacing(self, value: int) -> None:
        """Line height in percent."""
        self.prefs.line_spacing = value
        self._rerender()

    def set_language(self, code: str) -> None:
        """Switch the interface language ('' follows the system); the application rebuilds the window."""
        self.prefs.language = code
        self.save_session()
        self.language_requested.emit(code)

    def toggle_full_screen(self) -> None:
        """F11."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def print_dialog(self) -> None:
        """Print the article."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            from reader.ui.printing import whole_article

            whole_article(self.view).print_(printer)  # every page of a long text, not the one on screen

    def export_pdf_dialog(self) -> None:
        """File ▸ Export as PDF."""
        name = (Path(self._path).stem or "article") + ".pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export as PDF"), name, "PDF (*.pdf)")
        if path:
            self.export_pdf(path)

    def export_pdf(self, path: str) -> None:
        """Write the whole article to a PDF file and say so in the status bar (or why it was not written)."""
        from PySide6.QtPrintSupport import QPrinter

        from reader.ui.printing import say_saved, whole_article

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        whole_article(self.view).print_(printer)
        written = Path(path).is_file() and Path(path).stat().st_size > 0
        say_saved(self, path, None if written else self.tr("the file could not be written"))

    # --- drag and drop, closing ------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_file(urls[0].toLocalFile())
            event.acceptProposedAction()

    def closeEvent(self, event) -> None:
        self.save_session()
        super().closeEvent(event)

    def save_session(self) -> None:
        """Persist preferences, last file and position, window state."""
        self.position.remember()
        if not self.settings.save(self.prefs):
            self.settings_warning.show()
        self.settings.save_window(self.saveGeometry(), self.saveState())
