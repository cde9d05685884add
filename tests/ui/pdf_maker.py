"""Lay articles out as printed PDF pages with Qt (QPdfWriter + QTextDocument): wrapped lines, indented
paragraphs, page breaks, a running header and a page number on every page: what the PDF adapter must undo."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter, QTextCursor, QTextDocument


def article_html(title: str, sections: list[tuple[str | None, list[str]]]) -> str:
    """The article as the HTML a layout program would set: a headline, subheadings, indented paragraphs."""
    parts = [f"<h1 align='center' style='font-size:20pt'>{html.escape(title)}</h1>"] if title else []
    for heading, paragraphs in sections:
        if heading:
            parts.append(f"<h3 style='font-size:14pt'>{html.escape(heading)}</h3>")
        parts += [f"<p style='margin:0'>{html.escape(p)}</p>" for p in paragraphs]
    return "\n".join(parts)


def write_pdf(
    path: Path, body_html: str, header: str = "", page_numbers: bool = True, columns: int = 1
) -> int:
    """Write *body_html* to *path* as A5 pages; returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(300)
    layout = writer.pageLayout()
    full = layout.fullRectPixels(writer.resolution())
    margin = 0.12 * full.width()
    body = QRectF(margin, margin, full.width() - 2 * margin, full.height() - 2.2 * margin)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont("Noto Serif CJK SC")
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    doc.setHtml(body_html)
    indent = 2 * font.pointSizeF() * writer.resolution() / 72  # two characters, as Chinese print indents
    block = doc.begin()
    while block.isValid():
        if (
            block.blockFormat().headingLevel() == 0
            and block.blockFormat().alignment() != Qt.AlignmentFlag.AlignHCenter
        ):
            cursor = QTextCursor(block)
            form = block.blockFormat()
            form.setTextIndent(indent)
            cursor.setBlockFormat(form)
        block = block.next()
    doc.setPageSize(QSizeF(body.width(), body.height()))
    pages = doc.pageCount()
    painter = QPainter(writer)
    small = QFont(font)
    small.setPointSizeF(8)
    for page in range(pages):
        if page:
            writer.newPage()
        if header:
            painter.setFont(small)
            painter.drawText(
                QRectF(margin, margin * 0.4, body.width(), margin * 0.4), Qt.AlignmentFlag.AlignLeft, header
            )
        if page_numbers:
            painter.setFont(small)
            painter.drawText(
                QRectF(margin, full.height() - margin * 0.9, body.width(), margin * 0.5),
                Qt.AlignmentFlag.AlignHCenter,
                f"— {page + 1} —",
            )
        painter.save()
        painter.translate(body.left(), body.top() - page * body.height())
        doc.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
        painter.restore()
    painter.end()
    return pages
