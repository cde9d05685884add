"""Start the GUI: application object, settings, logging, the main window; or render a screenshot and exit."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from reader import APP_ID, APP_NAME, __version__


def _log_file() -> Path:
    from PySide6.QtCore import QStandardPaths

    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation) or Path.home()
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "reader.log"


def run_gui(args: argparse.Namespace) -> int:
    """Run the window (or, with --screenshot, render it to a PNG and exit)."""
    if args.screenshot and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    try:
        logging.basicConfig(
            filename=_log_file(), level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    except OSError:
        logging.basicConfig(level=logging.WARNING)
    sys.excepthook = lambda *exc: logging.getLogger("reader").error("unhandled", exc_info=exc)

    if args.screenshot:
        store = QSettings(str(Path(args.screenshot).with_suffix(".ini")), QSettings.Format.IniFormat)
        store.clear()
    else:
        store = QSettings()
    window = MainWindow(Settings(store))
    if args.theme:
        window.prefs.theme = args.theme
        window.apply_theme()
    if args.screenshot:
        return _screenshot(app, window, args, store)
    window.show()
    window.open_initial(args.file)
    if args.variant:
        window.variant = args.variant
    return app.exec()


def _screenshot(app, window, args: argparse.Namespace, store) -> int:
    from PySide6.QtCore import QEventLoop, QTimer

    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print(f"{APP_NAME}: --size takes WxH, e.g. 1280x800", file=sys.stderr)
        return 2
    if args.variant:
        window.variant = args.variant
    window.resize(width, height)
    window.show()
    failures: list[str] = []
    window.loader.failed.connect(lambda _c, m: failures.append(m))
    window.open_initial(args.file)
    loop = QEventLoop()
    window.loader.busy_changed.connect(lambda busy: loop.quit() if not busy else None)
    QTimer.singleShot(60000, loop.quit)
    if window.loader.is_busy():
        loop.exec()
    for _ in range(5):
        app.processEvents()
    if args.section is not None:
        window.view.go_to_section(args.section)
        app.processEvents()
    image = window.grab()
    ok = image.save(args.screenshot, "PNG")
    Path(store.fileName()).unlink(missing_ok=True)
    if failures:
        print(f"{APP_NAME}: {failures[0]}", file=sys.stderr)
    return 0 if ok and not failures else 1
