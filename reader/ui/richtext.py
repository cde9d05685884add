"""File text meets rich text: one helper that makes any text show literally on a Qt rich-text surface.

Qt guesses the format of tooltips, message boxes and labels with ``Qt.mightBeRichText``: a heading such as
``<b>x</b>`` or ``<img src="/dev/zero">`` copied from an article would be rendered (bold, a clickable link, an
image loaded from disk).  Escaping alone is not enough either: ``&lt;b&gt;`` without a tag is taken as plain
text and shown with its entities.  So the text is escaped *and* wrapped in a paragraph, which Qt always reads
as rich text, and the reader sees exactly the characters of the file.  Every ``setToolTip``/``QMessageBox``
call in ``reader/ui`` passes its data through :func:`literal` (``tests/unit/test_rich_text_scan.py`` checks).
"""

from __future__ import annotations

import html

__all__ = ["literal"]


def literal(text: str) -> str:
    """Rich text that shows *text* exactly as written: markup escaped, line breaks kept, long lines wrapped.

    The empty string stays empty (an empty tooltip hides instead of showing an empty box).
    """
    if not text:
        return ""
    lines = html.escape(text, quote=False).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<p>" + "<br>".join(lines) + "</p>"
