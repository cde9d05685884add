"""Settings survive a hand-edited file (huge numbers, CSS in the font name) and a folder that cannot be written."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QSettings

from reader.ui.main_window import MainWindow
from reader.ui.settings import BOUNDS, Preferences, Settings

HUGE = "9" * 40


def settings_file(path, body: str) -> Settings:
    path.write_text(body, encoding="utf-8")
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.mark.parametrize(
    ("key", "raw", "expected"),
    [
        ("session/last_section", HUGE, BOUNDS["last_section"][1]),
        ("session/last_paragraph", HUGE, BOUNDS["last_paragraph"][1]),
        ("session/last_section", "-" + HUGE, 0),
        ("prefs/zoom", HUGE, 20),
        ("prefs/zoom", "-" + HUGE, -8),
        ("prefs/line_spacing", HUGE, 300),
        ("prefs/line_spacing", "1e400", 160),
        ("prefs/zoom", "9" * 5000, 0),  # beyond Python's int-string limit: the default
        ("prefs/zoom", "inf", 0),
        ("prefs/font_family", '"Evil\\"; } body { background: url(/dev/zero); }"', ""),
        ("prefs/theme", "neon", "system"),
        ("prefs/language", "xx_YY", ""),
        ("prefs/variant", "rot13", "none"),
        ("prefs/auto_reload", "false", False),
    ],
)
def test_a_hand_edited_value_is_clamped_on_load_and_saves(tmp_path, key, raw, expected) -> None:
    section, name = key.split("/")
    settings = settings_file(tmp_path / "s.ini", f"[{section}]\n{name}={raw}\n")
    prefs = settings.load()
    assert getattr(prefs, name) == expected
    assert settings.save(prefs)  # no OverflowError
    assert getattr(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)).load(), name) == (
        expected
    )


def test_numbers_set_by_the_window_are_clamped_on_save(tmp_path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    prefs = Preferences(last_section=10**30, last_paragraph=-(10**30), zoom=10**20, line_spacing=2**63)
    assert settings.save(prefs)
    loaded = settings.load()
    assert (loaded.last_section, loaded.last_paragraph, loaded.zoom, loaded.line_spacing) == (
        BOUNDS["last_section"][1],
        0,
        20,
        300,
    )


def test_the_window_opens_and_quits_with_huge_numbers_in_its_settings(qtbot, tmp_path) -> None:
    settings = settings_file(
        tmp_path / "s.ini", f"[session]\nlast_section={HUGE}\nlast_paragraph={HUGE}\n[prefs]\nzoom={HUGE}\n"
    )
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.prefs.last_section = 10**40  # as if the view had reported it
    window.close()  # saves: an exception here used to end in a crash at quit
    text = (tmp_path / "s.ini").read_text(encoding="utf-8")
    assert f"last_section={BOUNDS['last_section'][1]}" in text and HUGE not in text


@pytest.fixture
def unwritable(tmp_path):
    """A settings path that cannot be written, even by root: its 'folder' is a regular file."""
    blocker = tmp_path / "config"
    blocker.write_text("not a folder", encoding="utf-8")
    return Settings(QSettings(str(blocker / "reader" / "reader.conf"), QSettings.Format.IniFormat))


def test_an_unwritable_settings_folder_is_reported_once(qtbot, unwritable, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="reader.ui.settings"):
        window = MainWindow(unwritable)
        qtbot.addWidget(window)
        window.show()
        assert window.settings_warning.isVisible()
        assert "cannot be written" in window.settings_warning.toolTip()
        assert not unwritable.save(window.prefs)
        window.close()
    warnings = [r for r in caplog.records if r.name == "reader.ui.settings"]
    assert len(warnings) == 1 and "config" in warnings[0].getMessage()


def test_a_writable_folder_shows_no_warning(qtbot, tmp_path) -> None:
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    assert not window.settings_warning.isVisible()
