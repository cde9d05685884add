"""Read aloud: Qt's text to speech speaks the article a sentence at a time from the top of the view (or from the
selection), selecting the sentence being spoken and keeping it on screen; pause, resume, stop, faster, slower.

Why one sentence at a time: the sentence on screen is then exactly the one being spoken, whatever the engine
reports, and pause/resume work on every engine.  Figures are rewritten for the ear (``reader.speech.spoken``).

The engine is made by a factory (``make_engine``) so tests inject a fake one: Qt's QTextToSpeech needs a speech
backend and a voice, which many systems (and this project's CI) lack.  When there is none the reader says so
plainly instead of failing silently.  A Mandarin voice is preferred (Cantonese when the readings shown are
jyutping): the first voice whose locale is Chinese for the right territory.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QTextCursor

from reader.speech import sentences, spoken

if TYPE_CHECKING:
    from reader.ui.article_view import ArticleView

RATE_STEP = 0.2


def make_engine(cantonese: bool = False) -> tuple[Any | None, str]:
    """A QTextToSpeech with a Chinese voice, or (None, why not) when the system has no engine or no voice."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except (ImportError, OSError) as error:  # the module needs a sound system library (libpulse on Linux)
        return None, QCoreApplication.translate(
            "ReadAloud", "Qt's text-to-speech module cannot be loaded (%1)."
        ).replace("%1", str(error))
    if not QTextToSpeech.availableEngines():
        return None, QCoreApplication.translate(
            "ReadAloud", "No text-to-speech engine is installed (on Linux: speech-dispatcher or flite)."
        )
    engine = QTextToSpeech()
    if engine.state() == QTextToSpeech.State.Error:
        return None, QCoreApplication.translate(
            "ReadAloud", "The text-to-speech engine failed to start: %1"
        ).replace("%1", engine.errorString())
    best = _best_voice(engine, cantonese)
    if best is None:
        return None, QCoreApplication.translate(
            "ReadAloud",
            "The text-to-speech engine has no Chinese voice. Install one (for example a Mandarin voice "
            "for speech-dispatcher) and try again.",
        )
    engine.setLocale(best.locale())
    engine.setVoice(best)
    return engine, ""


def voice_rank(name: str, language: str, territory: str, cantonese: bool) -> int | None:
    """How well a voice suits the article (0 best), or None when it does not speak Chinese.

    Why the name is read too: an engine may report a language code Qt cannot map (espeak-ng's Mandarin is
    "cmn", which Qt files under the "C" locale), so "Chinese (Mandarin)" in the name is the only sign left.
    """
    lowered = name.lower()
    is_cantonese = language == "Cantonese" or "cantonese" in lowered or territory in ("HongKong", "Macao")
    is_chinese = is_cantonese or language == "Chinese" or "chinese" in lowered or "mandarin" in lowered
    if not is_chinese:
        return None
    rank = 0 if is_cantonese == cantonese else 2
    return rank + (1 if "+" in name else 0)  # espeak's "+Adam" variants after the plain voice


def _best_voice(engine: Any, cantonese: bool) -> Any | None:
    """The best Chinese voice over every locale the engine offers (voices are listed per locale)."""
    best: tuple[int, Any] | None = None
    for locale in engine.availableLocales():
        engine.setLocale(locale)
        for voice in engine.availableVoices():
            rank = voice_rank(
                voice.name(), voice.locale().language().name, voice.locale().territory().name, cantonese
            )
            if rank is not None and (best is None or rank < best[0]):
                best = (rank, voice)
        if best is not None and best[0] == 0:
            break
    return None if best is None else best[1]


def _state_name(state: object) -> str:
    return str(getattr(state, "name", state))


class ReadAloud(QObject):
    """Speaks the view's text sentence by sentence with an engine from *factory*."""

    message = Signal(str)  # a problem to tell the user (no engine, no voice)
    state_changed = Signal(str)  # "speaking", "paused", "stopped"

    def __init__(
        self, view: ArticleView, factory: Callable[[], tuple[Any | None, str]] = make_engine
    ) -> None:
        super().__init__(view)
        self.view = view
        self.factory = factory
        self.engine: Any | None = None
        self.rate = 0.0
        self.state = "stopped"
        self._queue: list[tuple[int, int]] = []  # document positions of the sentences still to speak
        self._current: tuple[int, int] | None = None

    def _ensure_engine(self) -> bool:
        if self.engine is not None:
            return True
        engine, why = self.factory()
        if engine is None:
            self.message.emit(why)
            return False
        self.engine = engine
        engine.stateChanged.connect(self._on_engine_state)
        engine.setRate(self.rate)
        return True

    # --- commands --------------------------------------------------------------------------------------
    def start(self) -> bool:
        """Read from the selection, or from the first line on screen, to the end of the page."""
        if not self._ensure_engine():
            return False
        self._queue = self._sentences_from(self._start_position())
        self._set_state("speaking")
        self._next()
        return True

    def toggle(self) -> None:
        """Start, pause or resume (one key for all three)."""
        if self.state == "speaking":
            self.pause()
        elif self.state == "paused":
            self.resume()
        else:
            self.start()

    def pause(self) -> None:
        if self.engine is not None and self.state == "speaking":
            self.engine.pause()
            self._set_state("paused")

    def resume(self) -> None:
        if self.engine is not None and self.state == "paused":
            self.engine.resume()
            self._set_state("speaking")

    def stop(self) -> None:
        self._queue = []
        self._current = None
        if self.engine is not None:
            self.engine.stop()
        self._set_state("stopped")

    def change_rate(self, step: float) -> float:
        """Faster (+) or slower (−), between −1 and 1 (Qt's scale); applies to the next sentence at once."""
        self.rate = max(-1.0, min(1.0, round(self.rate + step, 2)))
        if self.engine is not None:
            self.engine.setRate(self.rate)
        return self.rate

    # --- the sentence loop -----------------------------------------------------------------------------
    def _start_position(self) -> int:
        cursor = self.view.textCursor()
        if cursor.hasSelection():
            return cursor.selectionStart()
        from PySide6.QtCore import QPoint

        return self.view.cursorForPosition(QPoint(4, 4)).position()

    def _sentences_from(self, position: int) -> list[tuple[int, int]]:
        document = self.view.document()
        block = document.findBlock(position)
        out: list[tuple[int, int]] = []
        while block.isValid():
            base = block.position()
            for a, b in sentences(block.text()):
                if base + b > position:
                    out.append((base + a, base + b))
            block = block.next()
        return out

    def _next(self) -> None:
        if not self._queue:
            self._current = None
            self._set_state("stopped")
            return
        start, end = self._queue.pop(0)
        self._current = (start, end)
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)  # the sentence being spoken, selected and followed
        self.view.ensureCursorVisible()
        text = spoken(cursor.selectedText().replace("\u2029", "\n"))
        assert self.engine is not None
        self.engine.say(text)

    def _on_engine_state(self, state: object) -> None:
        name = _state_name(state)
        if name == "Ready" and self.state == "speaking" and self._current is not None:
            self._next()  # the sentence is done
        elif name == "Error":
            why = self.engine.errorString() if self.engine is not None else ""
            self.stop()
            self.message.emit(
                QCoreApplication.translate(
                    "ReadAloud", "The speech engine stopped with an error: %1"
                ).replace("%1", why)
            )

    def current_sentence(self) -> str:
        """The text of the sentence being spoken ('' when none)."""
        if self._current is None:
            return ""
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self._current[0])
        cursor.setPosition(self._current[1], QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n")

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
