"""The dictionary at the cursor: rest the mouse on a word (or press Ctrl+Shift+D at the text cursor) to see its
readings and English meanings from CC-CEDICT, and a figure's normalised value when the word is a figure.

Why hover with a short delay and a tooltip-like window: the click already selects text and opens figures, and a
window that takes focus would steal the keyboard from the article.  The popup is a frameless ``Qt.ToolTip``
window with a rich-text label; everything from the file or the dictionary is escaped before it meets it.

The dictionary file is read on a worker thread as soon as the feature is switched on (about a second), so the
first hover does not wait for it.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from reader.dictionary import Entry, dictionary
from reader.phonetics import JYUTPING, syllables
from reader.render import escape

if TYPE_CHECKING:
    from reader.ui.article_view import ArticleView

HOVER_MS = 350
MAX_ENTRIES = 4
MAX_MEANINGS = 5


def popup_html(word: str, entries: list[Entry], jyutping: str, figure: str = "") -> str:
    """The popup's rich text for *word*: every entry's headwords, pinyin and meanings; all of it escaped."""
    parts: list[str] = []
    if figure:
        parts.append(
            f"<p><b>{escape(QCoreApplication.translate('DictionaryPopup', 'Figure'))}</b>: {escape(figure)}</p>"
        )
    if not entries and word:
        parts.append(
            f"<p><b>{escape(word)}</b></p><p><i>{escape(QCoreApplication.translate('DictionaryPopup', 'Not in the dictionary.'))}</i></p>"
        )
    for entry in entries[:MAX_ENTRIES]:
        heads = (
            entry.simplified
            if entry.simplified == entry.traditional
            else f"{entry.simplified}　{entry.traditional}"
        )
        meanings = "; ".join(entry.meanings[:MAX_MEANINGS])
        if len(entry.meanings) > MAX_MEANINGS:
            meanings += " …"
        parts.append(
            f"<p><b style='font-size:large'>{escape(heads)}</b>　{escape(entry.pinyin_marks())}<br>"
            f"{escape(meanings)}</p>"
        )
    if jyutping:
        parts.append(
            f"<p><small>{escape(QCoreApplication.translate('DictionaryPopup', 'Cantonese'))}: {escape(jyutping)}</small></p>"
        )
    if entries:
        parts.append("<p><small>CC-CEDICT (CC BY-SA 4.0)</small></p>")
    return "".join(parts)


class DictionaryPopup(QFrame):
    """The small window that shows a word's entries."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setFrameShape(QFrame.Shape.Box)
        self.setObjectName("dictionary_popup")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setMaximumWidth(420)
        self.label.setMinimumWidth(180)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.label)
        self.word = ""


class DictionaryLookup(QObject):
    """Watches the article view's mouse; shows the popup for the word under it while ``enabled``."""

    def __init__(self, view: ArticleView) -> None:
        super().__init__(view)
        self.view = view
        self.popup = DictionaryPopup()
        self.enabled = False
        self._point = QPoint()
        self._span: tuple[int, int] | None = None  # document positions of the word shown
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HOVER_MS)
        self._timer.timeout.connect(lambda: self.show_at(self._point))
        view.viewport().installEventFilter(self)
        view.verticalScrollBar().valueChanged.connect(lambda _v: self.hide())
        view.destroyed.connect(self.popup.deleteLater)

    def set_enabled(self, on: bool) -> None:
        """Switch the popup on (reading the dictionary in the background at once) or off."""
        self.enabled = on
        if on:
            threading.Thread(target=dictionary, name="cedict", daemon=True).start()
        else:
            self.hide()

    def hide(self) -> None:
        self._timer.stop()
        self._span = None
        self.popup.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.enabled:
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseMove:
            self._point = event.position().toPoint()
            span = self._span
            here = self._document_position(self._point)
            if span is None or here is None or not span[0] <= here < span[1]:
                self.popup.hide()
                self._span = None
                self._timer.start()
        elif kind in (
            QEvent.Type.Leave,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.Wheel,
            QEvent.Type.KeyPress,
        ):
            self.hide()
        return False

    def _document_position(self, point: QPoint) -> int | None:
        """The document position of the character under *point* of the viewport (None between lines)."""
        cursor = self.view.cursorForPosition(point)
        rect = self.view.cursorRect(cursor)
        if not rect.top() - 2 <= point.y() <= rect.bottom() + 2:
            return None
        # cursorForPosition gives the nearer edge: the character is the one whose box holds the point
        position = cursor.position()
        if rect.left() > point.x():
            position -= 1
        return max(0, position)

    def show_at(self, point: QPoint) -> bool:
        """Show the entry of the word under *point* (viewport coordinates); False if there is none."""
        position = self._document_position(point)
        if position is None:
            return False
        return self.show_for(position, self.view.viewport().mapToGlobal(point), self.view.anchorAt(point))

    def show_at_cursor(self) -> bool:
        """Ctrl+Shift+D: the word at the text cursor (the start of the selection)."""
        cursor = self.view.textCursor()
        position = cursor.selectionStart()
        probe = QTextCursor(self.view.document())
        probe.setPosition(position)
        rect = self.view.cursorRect(probe)
        anchor = probe.charFormat().anchorHref() if probe.charFormat().isAnchor() else ""
        return self.show_for(position, self.view.viewport().mapToGlobal(rect.bottomLeft()), anchor)

    def show_for(self, position: int, where: QPoint, anchor: str = "") -> bool:
        """Show the entry of the word at document *position* near the global point *where*."""
        document = self.view.document()
        block = document.findBlock(position)
        text = block.text()
        offset = position - block.position()
        cedict = dictionary()
        span = cedict.word_at(text, offset)
        figure = ""
        if anchor.startswith("fig:"):
            analysis = self.view._analysis
            index = int(anchor[4:])
            if analysis is not None and 0 <= index < len(analysis.figures):
                figure = self.view.figure_tooltip(index)
        if span is None and not figure:
            self.hide()
            return False
        if span is None:  # a figure's digits: its value, no dictionary entry
            span = (offset, offset + 1)
            word, entries = "", []
        else:
            word = text[span[0] : span[1]]
            entries = cedict.lookup(word)
        jyutping = " ".join(s for s in syllables(word, JYUTPING) if s)
        self.popup.word = word
        self.popup.label.setText(popup_html(word, entries, jyutping, figure))
        self.popup.setPalette(self.view.window().palette())  # a top-level window: the theme is not inherited
        self.popup.setAutoFillBackground(True)
        self.popup.adjustSize()
        self.popup.move(where + QPoint(12, 18))
        self.popup.show()
        self._span = (block.position() + span[0], block.position() + span[1])
        return True
