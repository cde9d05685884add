"""The window's numbers: start-up against a bare PySide6 window, variant switch, a 10 MB file, memory.

Run through ``python tests/benchmarks/bench.py ui``.  Offscreen unless a display is set.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reader.paths import SEED_ARTICLE, resource_path

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
app = QApplication(sys.argv[:1])
window = QMainWindow()
browser = QTextBrowser()
browser.setPlainText(open(sys.argv[1], encoding="utf-8").read())
window.setCentralWidget(browser)
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[2], "PNG")
"""


def _startup(runs: int = 7) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    seed = str(resource_path(SEED_ARTICLE))
    ours, bare = [], []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(runs):  # paired runs: each pair sees the same machine load
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-c", BARE_WINDOW, seed, f"{folder}/bare.png"], check=True, env=env
            )
            bare.append(time.perf_counter() - start)
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "reader", "--screenshot", f"{folder}/ours.png"], check=True, env=env
            )
            ours.append(time.perf_counter() - start)
    ratios = [o / b for o, b in zip(ours, bare, strict=True)]
    print(
        f"ui: start-up `reader --screenshot` {statistics.median(ours):.2f} s, bare PySide6 window "
        f"{statistics.median(bare):.2f} s, median paired ratio {statistics.median(ratios):.2f}"
    )


class Heartbeat:
    """A 5 ms timer; the longest gap between its ticks is the longest the event loop was blocked."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst


def _wait(app, condition: Callable[[], bool], timeout: float = 180.0) -> float:
    start = time.perf_counter()
    while not condition():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - start > timeout:
            raise TimeoutError
    return time.perf_counter() - start


def _in_window(seed_news: Callable[[int], str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["READER_CACHE_DIR"] = (
            f"{folder}/cache"  # a first open analyses; the cache is measured apart
        )
        window = MainWindow(Settings(QSettings(f"{folder}/s.ini", QSettings.Format.IniFormat)))
        window.resize(1280, 800)
        window.show()
        seed = str(resource_path(SEED_ARTICLE))
        window.open_file(seed)
        _wait(app, lambda: window.source is not None)
        QThreadPool.globalInstance().waitForDone()
        _wait(
            app, lambda: not window.loader.has_pending()
        )  # the likeliest converters are built after opening
        first = time.perf_counter()
        shown = window.shown
        window.set_variant("s2t")
        _wait(app, lambda s=shown: window.shown is not s)
        print(f"ui: first variant switch after launch (s2t)  {(time.perf_counter() - first) * 1000:.0f} ms")
        times = []
        for variant in ["s2twp", "none", "s2t", "none", "s2hk", "none", "s2tw", "none"] * 2:
            shown = window.shown
            start = time.perf_counter()
            window.set_variant(variant)
            _wait(app, lambda s=shown: window.shown is not s)
            times.append(time.perf_counter() - start)
        print(
            f"ui: variant switch on the seed (converter built)  median {statistics.median(times) * 1000:.0f} ms, "
            f"worst {max(times) * 1000:.0f} ms"
        )

        big = Path(folder) / "big.txt"
        big.write_text(seed_news(10_000_000), encoding="utf-8")
        window.set_variant("none")
        _wait(app, lambda: window.variant == "none" and not window.loader.is_busy())
        heartbeat = Heartbeat()
        heartbeat.start()
        start = time.perf_counter()
        window.open_file(str(big))
        first = _wait(app, lambda: window.shown is not None and window.shown.path == str(big))
        whole = _wait(app, lambda: window.source is not None and window.source.path == str(big)) + first
        _wait(app, lambda: not window.loader.has_pending())  # opening includes writing the analysis cache
        worst_open = heartbeat.stop()
        print(
            f"ui: 10 MB file: beginning shown after {first:.2f} s, whole article after {whole:.2f} s, "
            f"longest event-loop stall {worst_open * 1000:.0f} ms"
        )
        heartbeat.start()
        shown = window.shown
        start = time.perf_counter()
        window.set_variant("s2twp")
        _wait(app, lambda: window.shown is not shown)
        converted = time.perf_counter() - start
        worst_convert = heartbeat.stop()
        print(
            f"ui: 10 MB file to s2twp in {converted:.2f} s, longest event-loop stall {worst_convert * 1000:.0f} ms"
        )
        window.set_variant("none")
        _wait(app, lambda: window.shown_variant == "none" and not window.loader.has_pending())
        window.open_file(seed)
        _wait(app, lambda: window.source is not None and window.source.path == seed)
        _wait(app, lambda: not window.loader.has_pending())
        heartbeat.start()
        window.open_file(str(big))  # again: its analysis is read from the cache
        first = _wait(app, lambda: window.shown is not None and window.shown.path == str(big))
        whole = _wait(app, lambda: window.source is not None and window.source.path == str(big)) + first
        print(
            f"ui: 10 MB file again (cached): beginning shown after {first:.2f} s, whole article after {whole:.2f} s, "
            f"longest event-loop stall {heartbeat.stop() * 1000:.0f} ms"
        )
        window.set_variant("s2twp")
        _wait(app, lambda: window.shown_variant == "s2twp" and not window.loader.has_pending())
        # A second 10 MB file opened while a Traditional variant is remembered: the original text comes first.
        other = Path(folder) / "other.txt"
        other.write_text(seed_news(10_000_001), encoding="utf-8")
        _wait(app, lambda: not window.loader.has_pending())
        heartbeat.start()
        window.open_file(str(other))
        first = _wait(app, lambda: window.shown is not None and window.shown.path == str(other))
        converted_at = _wait(app, lambda: window.shown_variant == "s2twp" and window.shown.path == str(other))
        _wait(app, lambda: not window.loader.has_pending())
        print(
            f"ui: 10 MB file with s2twp remembered: first text after {first:.2f} s, converted after "
            f"{first + converted_at:.2f} s, longest event-loop stall {heartbeat.stop() * 1000:.0f} ms"
        )
        for step in range(30):  # page through the article as a reader would
            heartbeat.start()
            window.view.go_to_section(min(step * 97, len(window.shown.article.sections) - 1))
            app.processEvents()
        print(f"ui: 10 MB file, jumping between pages: longest stall {heartbeat.stop() * 1000:.0f} ms")
        print(f"ui: peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        window.close()


def run_ui_benchmarks(seed_news: Callable[[int], str]) -> None:
    """Print the window's numbers."""
    _startup()
    _in_window(seed_news)
