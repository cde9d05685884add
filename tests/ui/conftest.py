"""Fixtures shared by the window tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """The texts of the warning dialogs the window would have shown (captured instead of blocking the test)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda _parent, _title, text, *a, **k: shown.append(text) or QMessageBox.StandardButton.Ok,
    )
    return shown
