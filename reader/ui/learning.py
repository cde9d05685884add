"""For learners and listeners: View ▸ Readings (pinyin, tone numbers, jyutping), View ▸ Dictionary at the Cursor,
View ▸ Side by Side, View ▸ Read Aloud.

Why a module of its own: the window only calls ``install_learning``; the features live in ruby.py,
dictionary_popup.py, side_by_side.py and read_aloud.py and are wired here, so main_window.py stays as it was.
The chosen reading mode and the dictionary toggle are kept in the settings store under ``learning/``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMessageBox

from reader.phonetics import JYUTPING, PINYIN
from reader.ui.dictionary_popup import DictionaryLookup
from reader.ui.read_aloud import RATE_STEP, ReadAloud, make_engine
from reader.ui.richtext import literal
from reader.ui.ruby import MODES, OFF, PINYIN_NUMBERS, RubyOverlay
from reader.ui.side_by_side import SideBySide

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from reader.ui.main_window import MainWindow

READINGS_KEY = "learning/readings"
DICTIONARY_KEY = "learning/dictionary"


class Learning(QObject):
    """Owns the ruby overlay, the dictionary popup, the side-by-side window and read aloud of one window."""

    def __init__(self, window: MainWindow, view_menu: QMenu | None) -> None:
        super().__init__(window)
        self.window = window
        self.store = window.settings.store
        self.ruby = RubyOverlay(window.view)
        self.reading_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        labels = {
            OFF: QCoreApplication.translate("Learning", "&None"),
            PINYIN: QCoreApplication.translate("Learning", "&Pinyin"),
            PINYIN_NUMBERS: QCoreApplication.translate("Learning", "Pinyin with Tone &Numbers"),
            JYUTPING: QCoreApplication.translate("Learning", "&Jyutping (Cantonese)"),
        }
        menu = (
            view_menu.addMenu(QCoreApplication.translate("Learning", "&Readings Above the Characters"))
            if view_menu is not None
            else None
        )
        for mode in MODES:
            action = QAction(labels[mode], window)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, m=mode: self.set_readings(m))
            group.addAction(action)
            self.reading_actions[mode] = action
            if menu is not None:
                menu.addAction(action)
        self.reading_actions[PINYIN].setShortcut("Ctrl+Shift+Y")  # Ctrl+Shift+P is Export as PDF
        window.addAction(self.reading_actions[PINYIN])
        saved = str(self.store.value(READINGS_KEY, OFF) or OFF)
        self.reading_actions[saved if saved in MODES else OFF].setChecked(True)
        if saved in MODES and saved:
            self.ruby.set_mode(saved)
            window.position.top_inset = self.ruby.band()
        self.view_menu = view_menu
        self._leave_room_on_anchor_jumps(window)
        self.lookup = DictionaryLookup(window.view)
        self.dictionary_action = QAction(
            QCoreApplication.translate("Learning", "&Dictionary at the Mouse Pointer"), window
        )
        self.dictionary_action.setCheckable(True)
        self.dictionary_action.toggled.connect(self.set_dictionary)
        self.look_up_action = window._action(
            QCoreApplication.translate("Learning", "&Look Up the Word at the Cursor"),
            self.lookup.show_at_cursor,
            "Ctrl+Shift+D",
        )
        if view_menu is not None:
            view_menu.addAction(self.dictionary_action)
            view_menu.addAction(self.look_up_action)
        self.dictionary_action.setChecked(str(self.store.value(DICTIONARY_KEY, "false")).lower() == "true")
        self.side_by_side: SideBySide | None = None
        self.side_by_side_action = window._action(
            QCoreApplication.translate("Learning", "Side by &Side…"), self.show_side_by_side, "Ctrl+Shift+B"
        )
        if view_menu is not None:
            view_menu.addAction(self.side_by_side_action)
        window.article_shown.connect(self._follow_article)
        window.article_shown.connect(
            self._respread
        )  # the first show and a new file: laid out at the final size
        window.position.relayout_done.connect(self._respread)  # zoom
        self.read_aloud = ReadAloud(window.view, lambda: make_engine(self.ruby.mode == JYUTPING))
        self.read_aloud.message.connect(self._tell)
        self.read_aloud_action = window._action(
            QCoreApplication.translate("Learning", "&Read Aloud / Pause"),
            self.read_aloud.toggle,
            "Ctrl+Shift+R",
        )
        self.stop_reading_action = window._action(
            QCoreApplication.translate("Learning", "S&top Reading"), self.read_aloud.stop, "Ctrl+Shift+T"
        )
        self.faster_action = window._action(
            QCoreApplication.translate("Learning", "Read &Faster"),
            lambda: self._rate(RATE_STEP),
            "Ctrl+Shift+]",
        )
        self.slower_action = window._action(
            QCoreApplication.translate("Learning", "Read S&lower"),
            lambda: self._rate(-RATE_STEP),
            "Ctrl+Shift+[",
        )
        if view_menu is not None:
            speech = view_menu.addMenu(QCoreApplication.translate("Learning", "Read &Aloud"))
            for action in (
                self.read_aloud_action,
                self.stop_reading_action,
                self.faster_action,
                self.slower_action,
            ):
                speech.addAction(action)
        window.article_shown.connect(self.read_aloud.stop)  # a new text, variant or page: the old one is gone

    def _leave_room_on_anchor_jumps(self, window: MainWindow) -> None:
        """A jump to a heading or paragraph anchor (sidebar, Ctrl+Up/Down, statistics) puts its line at the very top,
        where its readings would be cut off: with readings on, the view scrolls back by their band afterwards, as
        ``ReadingPosition.go_to`` does (``top_inset``), so the anchor read back is the same."""
        view = window.view
        scroll_to_anchor = view.scrollToAnchor

        def scroll_leaving_room(name: str) -> None:
            scroll_to_anchor(name)
            inset = window.position.top_inset
            if inset and self.ruby.mode:
                bar = view.verticalScrollBar()
                bar.setValue(max(0, bar.value() - inset))

        view.scrollToAnchor = scroll_leaving_room  # type: ignore[method-assign]

    def _rate(self, step: float) -> None:
        rate = self.read_aloud.change_rate(step)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Learning", "Reading speed: %1").replace("%1", f"{rate:+.1f}"), 3000
        )

    def _tell(self, message: str) -> None:
        """A read-aloud problem: in the status bar, and in a dialog when someone is there to read it."""
        self.window.statusBar().showMessage(message, 10000)
        if self.window.interactive:
            QMessageBox.information(
                self.window, QCoreApplication.translate("Learning", "Read aloud"), literal(message)
            )

    def _respread(self) -> None:
        if self.ruby.mode and self.ruby.view.document().defaultFont().pointSizeF() != self.ruby._spread_size:
            with self.window.position.kept():
                self.ruby.respread_if_resized()
                self.window.position.top_inset = self.ruby.band()

    def show_side_by_side(self) -> SideBySide | None:
        """View ▸ Side by Side: the article as read from the file and in another character set, scrolling together."""
        source = self.window.source
        if source is None:
            return None
        if self.side_by_side is None:
            self.side_by_side = SideBySide(self.window)
            self.side_by_side.show_article(source)
        self.side_by_side.show()
        self.side_by_side.raise_()
        return self.side_by_side

    def _follow_article(self) -> None:
        """A new file (or a reload) in the main window: the side-by-side window shows it too, with its variants."""
        panes = self.side_by_side
        if panes is not None and panes.isVisible() and self.window.source is not None:
            if panes.source is not self.window.source:
                panes.show_article(self.window.source, *panes.variants)

    def set_dictionary(self, on: bool) -> None:
        """Switch the dictionary popup on hover on or off (remembered)."""
        self.lookup.set_enabled(on)
        self.store.setValue(DICTIONARY_KEY, "true" if on else "false")

    def set_readings(self, mode: str) -> None:
        """Show *mode*'s readings above the characters ('' for none), keeping the same text at the top."""
        if mode == self.ruby.mode:
            return
        with self.window.position.kept():
            self.ruby.set_mode(mode)
            self.window.position.top_inset = self.ruby.band()
        self.reading_actions[mode].setChecked(True)
        self.store.setValue(READINGS_KEY, mode)


def install_learning(window: MainWindow, view_menu: QMenu | None = None) -> Learning:
    """Create the learning features of *window* and put their actions in *view_menu*."""
    return Learning(window, view_menu)
