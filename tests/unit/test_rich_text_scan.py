"""Every text handed to a Qt rich-text surface in reader/ui is a literal, a tr() string or escaped by literal().

Qt renders tooltips, message boxes and What's This texts as rich text when they look like it, so file text
(headings, sentences, paths) must go through ``reader.ui.richtext.literal``.  The scan reads the source with
``ast`` (no Qt needed) and names every call that passes anything else.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "reader" / "ui"
HELPER = "literal"
MESSAGE_BOX_STATICS = {"warning", "critical", "information", "question", "about"}


def _safe(node: ast.expr) -> bool:
    """A string literal, ``tr("literal")`` or ``literal(anything)``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == HELPER:
            return True
        if name in ("tr", "translate"):  # self.tr("text"), QCoreApplication.translate("Context", "text")
            return all(isinstance(a, ast.Constant) for a in node.args)
    return False


def _rich_arguments(call: ast.Call) -> list[ast.expr]:
    """The arguments of *call* that Qt may render as rich text."""
    func = call.func
    if not isinstance(func, ast.Attribute):
        return [call.args[2]] if getattr(func, "id", "") == "QMessageBox" and len(call.args) > 2 else []
    owner = func.value.id if isinstance(func.value, ast.Name) else ""
    if func.attr in ("setToolTip", "setWhatsThis") and call.args:
        return [call.args[-1]]  # widget.setToolTip(text), item.setToolTip(column, text)
    if owner == "QToolTip" and func.attr == "showText" and len(call.args) > 1:
        return [call.args[1]]
    if owner == "QMessageBox" and func.attr in MESSAGE_BOX_STATICS:
        return call.args[1:3]  # title, text
    if func.attr in ("setInformativeText", "setDetailedText") and call.args:
        return [call.args[0]]
    return []


def unescaped_calls(source: str, filename: str = "<source>") -> list[str]:
    """'file:line: call' for each rich-text call whose text is not known to be safe."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call):
            for argument in _rich_arguments(node):
                if not _safe(argument):
                    found.append(f"{filename}:{node.lineno}: {ast.unparse(node)[:120]}")
    return found


def test_every_rich_text_call_in_the_ui_escapes_its_data() -> None:
    problems = []
    for path in sorted(UI.glob("*.py")):
        problems += unescaped_calls(path.read_text(encoding="utf-8"), path.name)
    assert not problems, "pass file text through reader.ui.richtext.literal():\n" + "\n".join(problems)


def test_the_ui_has_rich_text_calls_to_check() -> None:
    """The scan sees the calls it is meant to guard (a renamed API would otherwise pass silently)."""
    sources = "".join(p.read_text(encoding="utf-8") for p in UI.glob("*.py"))
    calls = [n for n in ast.walk(ast.parse(sources)) if isinstance(n, ast.Call) and _rich_arguments(n)]
    assert len(calls) >= 5


@pytest.mark.parametrize(
    ("code", "flagged"),
    [
        ("item.setToolTip(0, label)", True),
        ("self.setToolTip('\\n'.join(lines))", True),
        ("QMessageBox.warning(self, title, message)", True),
        ("QMessageBox.warning(self, self.tr('Oops'), self.tr('File %1').replace('%1', path))", True),
        ("QToolTip.showText(pos, self.figure_tooltip(i), self)", True),
        ("box.setInformativeText(detail)", True),
        ("QMessageBox(QMessageBox.Icon.Warning, title, text)", True),
        ("item.setToolTip(0, literal(label))", False),
        ("self.setToolTip(self.tr('Next match (F3)'))", False),
        ("QMessageBox.warning(self, self.tr('Oops'), literal(message))", False),
        ("QToolTip.showText(pos, literal(self.figure_tooltip(i)), self)", False),
        ("button.setText(name)", False),  # buttons show plain text
    ],
)
def test_scan_flags_unescaped_data(code: str, flagged: bool) -> None:
    assert bool(unescaped_calls(code)) == flagged
