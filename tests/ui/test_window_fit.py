"""The window fits its screen (also a restored geometry), panels make way on narrow windows, the text column has
a comfortable measure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QSettings, QThreadPool

from reader.paths import SEED_ARTICLE, resource_path
from reader.ui.main_window import MainWindow
from reader.ui.measure import MEASURE_CHARS, side_margin
from reader.ui.settings import Settings
from reader.ui.window_fit import MIN_WINDOW, default_rect, fit_rect, panels_to_hide


@pytest.mark.parametrize(
    ("rect", "available", "expected"),
    [
        ((100, 100, 800, 600), (0, 0, 1600, 1000), (100, 100, 800, 600)),  # fits: unchanged
        ((0, 0, 2560, 1600), (0, 0, 1600, 1000), (0, 0, 1600, 1000)),  # scale 2 asking for 1280×800 × 2
        ((1200, 900, 800, 600), (0, 0, 1600, 1000), (800, 400, 800, 600)),  # hanging off: moved in
        ((-3000, 50, 800, 600), (0, 0, 1600, 1000), (0, 50, 800, 600)),  # a screen that is gone
        ((1700, 0, 800, 600), (1600, 0, 1024, 768), (1700, 0, 800, 600)),  # a second screen
        ((0, 0, 100, 80), (0, 0, 1600, 1000), (0, 0, 480, 340)),  # below the minimum
        ((0, 0, 100, 80), (0, 0, 400, 300), (0, 0, 400, 300)),  # a screen smaller than the minimum
        ((0, 30, 1280, 800), (0, 30, 800, 470), (0, 30, 800, 470)),  # a panel at the top
    ],
)
def test_fit_rect(rect, available, expected) -> None:
    assert fit_rect(rect, available) == expected


@given(
    st.tuples(*[st.integers(-5000, 5000)] * 2, *[st.integers(1, 6000)] * 2),
    st.tuples(*[st.integers(-3000, 3000)] * 2, *[st.integers(200, 4000)] * 2),
)
def test_fit_rect_is_inside_and_big_enough(rect, available) -> None:
    x, y, w, h = fit_rect(rect, available)
    ax, ay, aw, ah = available
    assert ax <= x and x + w <= ax + aw and ay <= y and y + h <= ay + ah
    assert w >= min(MIN_WINDOW[0], aw, max(rect[2], MIN_WINDOW[0])) and h >= min(MIN_WINDOW[1], ah)
    if ax <= rect[0] and rect[0] + rect[2] <= ax + aw and ay <= rect[1] and rect[1] + rect[3] <= ay + ah:
        if rect[2] >= MIN_WINDOW[0] and rect[3] >= MIN_WINDOW[1]:
            assert (x, y, w, h) == rect  # what fits is left alone


@pytest.mark.parametrize(
    ("available", "expected"),
    [
        ((0, 0, 1600, 1000), (160, 100, 1280, 800)),  # scale 1
        ((0, 0, 1066, 666), (43, 27, 980, 612)),  # scale 1.5
        ((0, 0, 800, 500), (32, 20, 736, 460)),  # scale 2
    ],
)
def test_default_rect_on_a_1600x1000_screen_at_each_scale(available, expected) -> None:
    assert default_rect(available) == expected


@pytest.mark.parametrize(
    ("width", "hidden"),
    [
        (1280, []),
        (1030, []),
        (1029, ["dock_stats"]),
        (736, ["dock_stats"]),
        (650, ["dock_stats"]),
        (649, ["dock_stats", "dock_sections"]),
        (480, ["dock_stats", "dock_sections"]),
    ],
)
def test_panels_to_hide(width, hidden) -> None:
    assert panels_to_hide(width, ["dock_sections", "dock_stats"]) == hidden


@pytest.mark.parametrize(
    ("viewport", "char", "expected"),
    [(600, 17, 24), (1400, 17, 376), (1400, 34, 53), (300, 17, 24)],
)
def test_side_margin(viewport, char, expected) -> None:
    assert side_margin(viewport, char) == expected


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def make_window(qtbot, settings, size=None) -> MainWindow:
    win = MainWindow(settings)
    win.prewarm_converters = False
    qtbot.addWidget(win)
    if size:
        win.resize(*size)
    win.show()
    with qtbot.waitSignal(win.loader.done, timeout=30000):
        win.open_file(str(resource_path(SEED_ARTICLE)))
    return win


def inside(win: MainWindow) -> bool:
    return win.screen().availableGeometry().contains(win.frameGeometry())


def test_a_new_window_fits_its_screen(qtbot, settings) -> None:
    win = make_window(qtbot, settings)  # the offscreen screen is 800×800: smaller than 1280×800
    assert inside(win) and win.width() < 1280
    assert win.minimumWidth() <= MIN_WINDOW[0] and win.minimumHeight() <= MIN_WINDOW[1]
    QThreadPool.globalInstance().waitForDone(30000)


def test_a_restored_geometry_from_a_bigger_screen_is_clamped(qtbot, settings) -> None:
    from PySide6.QtCore import QRect

    big = make_window(qtbot, settings)
    big.setMinimumSize(0, 0)
    big.setGeometry(QRect(600, 500, 1500, 1200))  # as saved on a bigger screen
    big.save_session()
    big.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert inside(again), again.frameGeometry()
    QThreadPool.globalInstance().waitForDone(30000)


def test_panels_collapse_on_narrow_windows_and_come_back(qtbot, settings) -> None:
    win = make_window(qtbot, settings, (1280, 780))
    qtbot.waitUntil(lambda: win.stats_dock.isVisible() and win.sidebar_dock.isVisible())
    win.resize(900, 700)
    qtbot.waitUntil(lambda: not win.stats_dock.isVisible())
    assert win.sidebar_dock.isVisible()
    win.resize(560, 500)
    qtbot.waitUntil(lambda: not win.sidebar_dock.isVisible())
    qtbot.waitUntil(lambda: win.view.width() >= 480)  # the whole window for the article
    win.resize(1280, 780)
    qtbot.waitUntil(lambda: win.stats_dock.isVisible() and win.sidebar_dock.isVisible())
    qtbot.waitUntil(lambda: win.stats_dock.width() >= 300 and win.sidebar_dock.width() >= 200)  # not squeezed
    win.stats_dock.toggleViewAction().trigger()  # the user closes the statistics
    win.resize(900, 700)
    win.resize(1280, 780)
    qtbot.waitUntil(win.position.settled)
    qtbot.wait(20)
    assert not win.stats_dock.isVisible()  # what the user closed stays closed
    QThreadPool.globalInstance().waitForDone(30000)


def line_lengths(win: MainWindow) -> list[float]:
    """Width of each line of the body paragraphs on the page, in Chinese characters (digits and Latin letters
    are narrower, so a line holds more of them)."""
    from reader.ui.measure import char_width

    document = win.view.document()
    em = char_width(document)
    lengths = []
    for number in win.view._blocks:
        layout = document.findBlockByNumber(number).layout()
        lengths += [layout.lineAt(k).naturalTextWidth() / em for k in range(layout.lineCount())]
    return lengths


def test_measure_of_the_text_column(qtbot, settings) -> None:
    win = make_window(qtbot, settings, (1600, 780))
    win.sidebar_dock.hide()
    win.stats_dock.hide()
    qtbot.waitUntil(lambda: win.view.width() > 1400)
    qtbot.waitUntil(win.position.settled)
    root = win.view.document().rootFrame().frameFormat()
    assert root.leftMargin() == root.rightMargin() > 200  # centred
    lengths = line_lengths(win)
    assert MEASURE_CHARS - 2 <= max(lengths) <= MEASURE_CHARS + 0.5
    win.zoom(4)  # a bigger font: the column widens with it, still 38 characters
    assert MEASURE_CHARS - 2 <= max(line_lengths(win)) <= MEASURE_CHARS + 0.5
    win.resize(700, 600)
    qtbot.waitUntil(lambda: win.view.width() < 720)
    qtbot.waitUntil(win.position.settled)
    assert win.view.document().rootFrame().frameFormat().leftMargin() == 24  # narrow: the whole width
    QThreadPool.globalInstance().waitForDone(30000)


def test_panels_that_made_way_come_back_in_the_next_session(qtbot, settings) -> None:
    narrow = make_window(qtbot, settings, (600, 500))
    qtbot.waitUntil(lambda: not narrow.stats_dock.isVisible() and not narrow.sidebar_dock.isVisible())
    narrow.close()  # the dock layout is saved with both hidden
    wide = make_window(qtbot, settings, (1280, 780))
    qtbot.waitUntil(lambda: wide.stats_dock.isVisible() and wide.sidebar_dock.isVisible())
    QThreadPool.globalInstance().waitForDone(30000)
