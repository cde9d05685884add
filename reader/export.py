"""The ``--export json`` contract: one JSON object describing the article, its figures and key statistics."""

from __future__ import annotations

import json
import math
from typing import Any

from reader.model import Analysis


def _number(value: float | None) -> float | int | None:
    """A JSON number: an int stays exact, a whole float becomes an int, and anything not finite is null."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if not math.isfinite(value):
        return None  # JSON has no Infinity or NaN
    return int(value) if value.is_integer() else value


def analysis_to_dict(analysis: Analysis, file: str) -> dict[str, Any]:
    """The documented export object (see README, "Command line")."""
    article = analysis.article
    return {
        "file": file,
        "encoding": article.encoding,
        "script": article.script,
        "title": article.title,
        "deck": article.deck,
        "byline": article.byline,
        "dateline": article.dateline,
        "captions": list(article.captions),
        "notes": list(article.notes),
        "sections": [
            {
                "number": s.number,
                "heading": s.heading,
                "level": s.level,
                "run_in": s.run_in,
                "paragraphs": list(s.paragraphs),
            }
            for s in article.sections
        ],
        "figures": [
            {
                "text": p.figure.text,
                "kind": p.figure.kind,
                "value": _number(p.figure.value),
                "low": _number(p.figure.low),
                "detail": p.figure.detail,  # ISO-like date, hh:mm, or both ends of a range
                "unit": p.figure.unit,
                "approx": p.figure.approx,
                "where": p.where,
                "section": p.section,
                "paragraph": p.paragraph,
                "start": p.figure.start,
                "end": p.figure.end,
            }
            for p in analysis.figures
        ],
        "stats": [
            {
                "label": s.label,
                "text": s.text,
                "value": _number(s.value),
                "low": _number(s.low),
                "unit": s.unit,
                "kind": s.kind,
                "section": s.section,
                "paragraph": s.paragraph,
            }
            for s in analysis.stats
        ],
    }


def export_json(analysis: Analysis, file: str) -> str:
    """Serialise the export object with Chinese kept readable."""
    return json.dumps(analysis_to_dict(analysis, file), ensure_ascii=False, indent=1, allow_nan=False)
