"""One real read-aloud run: the reader's window speaks the first sentences of the bundled article through the
system's own text-to-speech engine (no fake), and prints what happened.

Why a script and not a test: a real run needs a speech engine with a Chinese voice and somewhere for the sound
to go, which CI machines do not have.  On Debian: ``apt-get install speech-dispatcher espeak-ng``; on a machine
without a sound card, send speech-dispatcher's ALSA output to a file (``AudioOutputMethod "alsa"`` in
``~/.config/speech-dispatcher/speechd.conf`` and an ``~/.asoundrc`` whose default pcm is ``type file``), so the
bytes written show that sound was really made.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/read_aloud_real.py [sentences] [audio file to watch]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from reader.paths import SEED_ARTICLE, resource_path
from reader.ui.main_window import MainWindow
from reader.ui.read_aloud import make_engine
from reader.ui.settings import Settings


def main() -> int:
    wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    audio = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    app = QApplication.instance() or QApplication(sys.argv)
    engine, why = make_engine()
    if engine is None:
        print(f"no real run: {why}")
        return 1
    print(f"engine {engine.engine()!r}, voice {engine.voice().name()!r} ({engine.voice().locale().name()})")
    folder = tempfile.mkdtemp()
    window = MainWindow(Settings(QSettings(f"{folder}/settings.ini", QSettings.Format.IniFormat)))
    window.interactive = False
    window.prewarm_converters = False
    window.show()
    window.open_file(str(resource_path(SEED_ARTICLE)))
    while window.loader.is_busy() or not window.view.document().toPlainText():
        app.processEvents()
    reader = window.learning.read_aloud
    reader.factory = lambda: (engine, "")
    before = audio.stat().st_size if audio and audio.exists() else 0
    start = time.perf_counter()
    spoken: list[tuple[float, str, str]] = []

    def note_sentence() -> None:
        sentence = reader.current_sentence()
        if sentence and (not spoken or spoken[-1][1] != sentence):
            selected = window.view.textCursor().selectedText()
            spoken.append(
                (
                    time.perf_counter() - start,
                    sentence,
                    "selected" if selected == sentence else "NOT selected",
                )
            )
        if len(spoken) > wanted or reader.state == "stopped":
            reader.stop()
            app.quit()

    reader.state_changed.connect(lambda state: print(f"{time.perf_counter() - start:6.2f} s  state {state}"))
    timer = QTimer()
    timer.timeout.connect(note_sentence)
    timer.start(20)
    QTimer.singleShot(120_000, app.quit)
    reader.start()
    app.exec()
    for seconds, sentence, selected in spoken:
        print(f"{seconds:6.2f} s  {selected:12}  {sentence[:60]}")
    finished = max(0, len(spoken) - 1)
    print(f"sentences finished by the engine: {finished} of {wanted} asked")
    if audio is not None and audio.exists():
        print(f"audio bytes written: {audio.stat().st_size - before:,}")
    window.close()
    return 0 if finished >= wanted else 1


if __name__ == "__main__":
    sys.exit(main())
