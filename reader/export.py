"""The ``--export json`` contract: one JSON object describing the article, its figures and key statistics."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterator
from typing import Any, BinaryIO

from reader.article.model import Section
from reader.model import Analysis, KeyStat, PlacedFigure


def _number(value: float | None) -> float | int | None:
    """A JSON number: an int stays exact, a whole float becomes an int, and anything not finite is null."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if not math.isfinite(value):
        return None  # JSON has no Infinity or NaN
    return int(value) if value.is_integer() else value


def display_name(file: str | os.PathLike[str]) -> str:
    """*file* as valid Unicode text: bytes of a file name that are not UTF-8 (kept by Python as lone surrogates)
    become U+FFFD, so the JSON (and any message) stays valid UTF-8."""
    name = os.fspath(file)
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _figure(p: PlacedFigure) -> dict[str, Any]:
    return {
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


def _explained_figure(p: PlacedFigure) -> dict[str, Any]:
    return {**_figure(p), "rule": p.figure.rule}


def _stat(s: KeyStat) -> dict[str, Any]:
    return {
        "label": s.label,
        "text": s.text,
        "value": _number(s.value),
        "low": _number(s.low),
        "unit": s.unit,
        "kind": s.kind,
        "section": s.section,
        "paragraph": s.paragraph,
    }


def _section(s: Section) -> dict[str, Any]:
    return {
        "number": s.number,
        "heading": s.heading,
        "level": s.level,
        "paragraphs": list(s.paragraphs),
    }


def _fields(analysis: Analysis, file: str, structure: list[dict] | None = None) -> dict[str, Any]:
    """The export object with its three long lists left as iterators (streamed one item at a time).

    With *structure* (``--explain``: the role and deciding rule of every line, from
    ``reader.article.explain_structure``) each figure also names the rule that found it.
    """
    article = analysis.article
    fields = {
        "file": display_name(file),
        "encoding": article.encoding,
        "script": article.script,
        "title": article.title,
        "deck": article.deck,
        "byline": article.byline,
        "dateline": article.dateline,
        "captions": list(article.captions),
        "caption_places": [article.caption_place(i) for i in range(len(article.captions))],
        "notes": list(article.notes),
        "sections": map(_section, article.sections),
        "figures": map(_figure if structure is None else _explained_figure, analysis.figures),
        "stats": map(_stat, analysis.stats),
        "figures_complete": not analysis.figures_capped,
    }
    if structure is not None:
        fields["structure"] = map(dict, structure)
    return fields


def analysis_to_dict(analysis: Analysis, file: str) -> dict[str, Any]:
    """The documented export object (see README, "Command line")."""
    return {
        key: list(value) if isinstance(value, map) else value
        for key, value in _fields(analysis, file).items()
    }


_ENCODER = json.JSONEncoder(ensure_ascii=False, indent=1, allow_nan=False)


def _encode(value: object, depth: int) -> str:
    """*value* as ``json.dumps(..., indent=1)`` writes it *depth* levels down (JSON strings hold no raw newline,
    so shifting every line is exact)."""
    return _ENCODER.encode(value).replace("\n", "\n" + " " * depth)


# Figures, statistics and structure records are written one per line, compactly: a long list stays readable
# (and greppable), and json's C encoder, which indentation turns off, writes it five times faster.
_RECORD_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(", ", ": "))
_ONE_PER_LINE = frozenset({"figures", "stats", "structure"})


def iter_json(analysis: Analysis, file: str, structure: list[dict] | None = None) -> Iterator[str]:
    """The export as pieces of text, one list item at a time: the whole document (about 30 times the file for
    a text dense with figures) is never held in memory."""
    fields = list(_fields(analysis, file, structure).items())
    yield "{"
    for index, (key, value) in enumerate(fields):
        yield "\n " + json.dumps(key) + ": "
        if isinstance(value, map):
            first = True
            encode = _RECORD_ENCODER.encode if key in _ONE_PER_LINE else lambda item: _encode(item, 2)
            for item in value:
                yield ("[\n  " if first else ",\n  ") + encode(item)
                first = False
            yield "[]" if first else "\n ]"
        else:
            yield _encode(value, 1)
        if index < len(fields) - 1:
            yield ","
    yield "\n}"


def export_json(analysis: Analysis, file: str) -> str:
    """Serialise the export object with Chinese kept readable (finite numbers only: no Infinity or NaN)."""
    return "".join(iter_json(analysis, file))


def write_json(analysis: Analysis, file: str, sink: BinaryIO, structure: list[dict] | None = None) -> None:
    """Stream the export to *sink* as UTF-8, followed by a newline (memory stays near the analysis' own)."""
    pending: list[str] = []
    size = 0
    for piece in iter_json(analysis, file, structure):
        pending.append(piece)
        size += len(piece)
        if size > 1 << 16:
            sink.write("".join(pending).encode("utf-8", "replace"))
            pending, size = [], 0
    pending.append("\n")
    sink.write("".join(pending).encode("utf-8", "replace"))
