"""What is printed or exported as PDF: the whole article, and a word in the status bar when a file is written.

Why: a long text is shown one page at a time (the view holds a few thousand characters), and printing the
view's document printed that page only, silently.  The whole article is laid out here in a document of its own,
with the view's style sheet and font, so paper and PDF get every page.  Saving said nothing either way; now
the status bar names the file written, or why it was not.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMainWindow, QWidget

if TYPE_CHECKING:
    from reader.ui.article_view import ArticleView


def whole_article(view: ArticleView) -> QTextDocument:
    """The article of *view* in one document (the view's own when it shows it all)."""
    renderer = view._renderer
    if renderer is None or view.page_count() <= 1:
        return view.document()
    document = QTextDocument(view)
    document.setDefaultFont(view.document().defaultFont())
    document.setDefaultStyleSheet(view._style)
    document.setDocumentMargin(view.document().documentMargin())
    document.setHtml(f"<html><body>{renderer.render()}</body></html>")
    return document


def say_saved(widget: QWidget, path: str, error: str | None = None) -> None:
    """'Saved name.pdf' (or why not) in the status bar of *widget*'s window."""
    window = widget.window()
    if not isinstance(window, QMainWindow):
        return
    name = Path(path).name
    if error is None:
        text = (
            QCoreApplication.translate("Printing", "Saved %1").replace("%1", name) + f" — {Path(path).parent}"
        )
    else:
        text = (
            QCoreApplication.translate("Printing", "Could not save %1: %2")
            .replace("%1", name)
            .replace("%2", error)
        )
    window.statusBar().showMessage(text, 8000)
