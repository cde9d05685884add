"""Start the GUI: application object, translations, settings, logging, the main window; or a screenshot."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from reader import APP_ID, APP_NAME, __version__

log = logging.getLogger(__name__)


def ui_language(code: str) -> str:
    """The translation to load for a preference ('' = the system locale): 'zh_CN', 'zh_TW' or '' (English)."""
    from PySide6.QtCore import QLocale

    name = code or QLocale.system().name()
    if name.startswith(("zh_TW", "zh_HK", "zh_MO")) or "Hant" in name:
        return "zh_TW"
    if name.startswith("zh"):
        return "zh_CN"
    return ""


class Translations:
    """The installed translators (the reader's and Qt's own, for standard dialogs); swapped on a language change."""

    def __init__(self, app) -> None:
        self.app = app
        self.installed: list = []

    def install(self, code: str) -> str:
        """Install the translation for preference *code*; returns the language used ('' for English)."""
        from PySide6.QtCore import QLibraryInfo, QTranslator

        from reader.paths import resource_path

        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed = []
        language = ui_language(code)
        if not language:
            return ""
        candidates = [
            (resource_path("translations"), f"reader_{language}.qm"),
            (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{language}.qm"),
        ]
        for folder, name in candidates:
            translator = QTranslator(self.app)
            if (folder / name).exists() and translator.load(str(folder / name)):
                self.app.installTranslator(translator)
                self.installed.append(translator)
            else:
                log.warning("translation %s not found in %s", name, folder)
        return language


def _import_pure_modules_first() -> None:
    """Import the pure modules the window needs before PySide6: once PySide6 is loaded it reads the source of every
    module imported after it (looking for its ``__feature__`` switches), which costs start-up time."""
    import reader.analysis
    import reader.cache
    import reader.errors
    import reader.model
    import reader.paths
    import reader.render  # noqa: F401


def run_gui(args: argparse.Namespace) -> int:
    """Run the window (or, with --screenshot, render it to a PNG and exit)."""
    if args.screenshot and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _import_pure_modules_first()
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from reader.paths import resource_path
    from reader.ui.logs import setup_logging
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        try:
            icon.addFile(str(resource_path(f"icons/reader-{size}.png")))
        except FileNotFoundError:
            log.warning("icon size %d missing", size)
    app.setWindowIcon(icon)
    setup_logging()
    sys.excepthook = lambda *exc: logging.getLogger("reader").error("unhandled", exc_info=exc)

    if args.screenshot:
        store = QSettings(str(Path(args.screenshot).with_suffix(".ini")), QSettings.Format.IniFormat)
        store.clear()
    else:
        store = QSettings()
    settings = Settings(store)
    translations = Translations(app)
    translations.install(args.language or settings.load().language)
    window = MainWindow(settings)
    if args.theme:
        window.prefs.theme = args.theme
        window.apply_theme()
    if args.variant:
        window.variant = args.variant
    if args.screenshot:
        window.interactive = False  # a modal dialog nobody can close would hang the run
        window.prewarm_converters = False
        window.cache_delay_ms = 0
        return _screenshot(app, window, args, store)

    windows = [window]

    def rebuild(code: str) -> None:
        windows[0] = rebuild_window(windows[0], settings, translations, code)
        windows[0].language_requested.connect(rebuild)

    window.language_requested.connect(rebuild)
    window.show()
    window.open_initial(args.file)
    return app.exec()


def rebuild_window(old, settings, translations: Translations, code: str):
    """A new language: install it and build the window again, on the same file, line and variant (the old
    window's reading anchor, read before it closes)."""
    from reader.ui.main_window import MainWindow

    translations.install(code)
    new = MainWindow(settings)
    new.variant = old.variant
    new.show()
    if old.source is not None:
        new._pending_position = old.position.anchor()
        new.open_file(old.source.path, old._encoding)
    old.close()
    old.deleteLater()
    return new


def _screenshot(app, window, args: argparse.Namespace, store) -> int:
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print(f"{APP_NAME}: --size takes WxH, e.g. 1280x800", file=sys.stderr)
        return 2
    window.resize(width, height)
    failures: list[str] = []
    window.loader.failed.connect(lambda _c, error: failures.append(window.error_message(error)))
    window.open_initial(args.file)
    loop = QEventLoop()
    window.loader.busy_changed.connect(lambda busy: loop.quit() if not busy else None)
    QTimer.singleShot(120_000, loop.quit)
    if window.loader.is_busy():
        loop.exec()
    if window.loader.is_busy():
        failures.append("timed out after 120 s while opening the file")
    if failures:
        # Nothing worth a picture: say why on stderr and exit non-zero, without writing a misleading image.
        Path(store.fileName()).unlink(missing_ok=True)
        print(f"{APP_NAME}: {failures[0]}", file=sys.stderr)
        return 1
    # The window is rendered without being shown: grab() lays it out and paints it once, into the image.
    from PySide6.QtCore import QCoreApplication, QEvent

    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.show()
    window.panel_fit.fit()  # panels make way as in a shown window (there, a resize event schedules this)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    if args.section is not None:
        window.view.go_to_section(args.section)
        window.sidebar.mark_current(args.section)
        app.processEvents()
    else:  # laid out only now: the sidebar follows what the view shows (it was marked at a tiny first size)
        window.sidebar.mark_current(window.view.current_position()[0])
    image = window.grab()
    ok = image.save(args.screenshot, "PNG", 80)  # zlib level that is both faster and smaller than the default
    window.loader.wait(10_000)  # let a cache write finish: the caller may exit without tearing down
    Path(store.fileName()).unlink(missing_ok=True)
    if not ok:
        print(f"{APP_NAME}: could not write {args.screenshot}", file=sys.stderr)
    return 0 if ok else 1
