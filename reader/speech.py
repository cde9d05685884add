"""Text for read aloud: the sentences of a paragraph, and figures written the way a listener understands them.

Why sentences: the reader speaks one sentence at a time so the sentence being spoken can be highlighted and
followed, paused and resumed at a sentence boundary whatever the speech engine supports.

Why rewrite figures: engines read what is written, and what is written for the eye is not always what the ear
needs: ``15,140`` is read by some Chinese voices as two numbers, ``3.5%`` as "3.5 percent sign" or with the
percent after the number; Chinese says 百分之三点五.  Only the spoken text is changed, never the article.
"""

from __future__ import annotations

import re

_END = re.compile(r"[。！？!?；;…]+[”’」』）)]*|\n+")
_GROUPED = re.compile(r"(?<=\d),(?=\d{3}(?:\D|$))")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")
_PERMILLE = re.compile(r"(\d+(?:\.\d+)?)\s*‰")
_RANGE = re.compile(r"(?<=\d)\s*[~～〜]\s*(?=\d)")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of *text*, end marks and closing quotes included, blank ones left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def spoken(text: str) -> str:
    """*text* with figures rewritten for the ear: 15,140 → 15140, 3.5% → 百分之3.5, 2‰ → 千分之2, 3~5 → 3至5."""
    text = _GROUPED.sub("", text)
    text = _PERCENT.sub(lambda m: f"百分之{m.group(1)}", text)
    text = _PERMILLE.sub(lambda m: f"千分之{m.group(1)}", text)
    return _RANGE.sub("至", text)
