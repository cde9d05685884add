"""The window's side of the formats: the Open dialog's filter and which files may show a preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.formats import PATTERNS, TEXT, sniff


def open_filter() -> str:
    """The Open dialog's filter: every format first, then each on its own, then all files."""
    names = {
        "text": QCoreApplication.translate("MainWindow", "Text files"),
        "html": QCoreApplication.translate("MainWindow", "Web pages"),
        "mhtml": QCoreApplication.translate("MainWindow", "Web archives"),
        "pdf": QCoreApplication.translate("MainWindow", "PDF documents"),
        "docx": QCoreApplication.translate("MainWindow", "Word documents"),
    }
    articles = QCoreApplication.translate("MainWindow", "Articles")
    everything = QCoreApplication.translate("MainWindow", "All files")
    parts = [f"{articles} ({' '.join(p for patterns in PATTERNS.values() for p in patterns)})"]
    parts += [f"{names[kind]} ({' '.join(patterns)})" for kind, patterns in PATTERNS.items()]
    parts.append(f"{everything} (*)")
    return ";;".join(parts)


def is_plain_text(path: str) -> bool:
    """Whether the file is plain text, whose beginning alone makes a preview (a PDF or Word file cut short does
    not open at all, and a web page's content box may lie past the cut)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(1 << 16)
    except OSError:
        return False
    return sniff(head, path) == TEXT
