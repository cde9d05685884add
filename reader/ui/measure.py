"""The measure of the text column: at most about 38 Chinese characters a line, centred in a wide view.

Why: with the panels hidden, or on a wide screen, lines ran to 55+ characters, and the eye loses its place
going back to the start of the next one.  Typographers give 30–40 characters for Chinese body text.  The column
is narrowed with the left and right margins of the document's root frame, so the background, the wheel and the
selection still work over the margins, and nothing changes when the view is narrower than the measure.
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF, QTextDocument

MEASURE_CHARS = 38  # the longest comfortable line, in CJK characters
MIN_SIDE = 24  # px: the margin the document always had


def side_margin(
    viewport_width: float, char_width: float, chars: int = MEASURE_CHARS, minimum: int = MIN_SIDE
) -> int:
    """Left (= right) margin that leaves a column of at most *chars* characters of *char_width*, centred."""
    column = chars * char_width + 2  # + rounding: 38 characters must fit, not 37.9
    return max(minimum, int((viewport_width - column) / 2))


def char_width(document: QTextDocument) -> float:
    """Width of one Chinese character in the document's default font (its fallback font if it has none)."""
    return QFontMetricsF(document.defaultFont()).horizontalAdvance("中")


def apply_measure(document: QTextDocument, viewport_width: float, chars: int = MEASURE_CHARS) -> int:
    """Set the root frame's side margins for *viewport_width*; returns the margin (only changed if it differs,
    since every change lays the document out again)."""
    margin = side_margin(viewport_width, char_width(document), chars)
    root = document.rootFrame()
    fmt = root.frameFormat()
    if fmt.leftMargin() != margin or fmt.rightMargin() != margin:
        fmt.setLeftMargin(margin)
        fmt.setRightMargin(margin)
        root.setFrameFormat(fmt)
    return margin
