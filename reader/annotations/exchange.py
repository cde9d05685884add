"""A document's annotations out to Markdown and JSON, and JSON back in.

The export says everything a reader needs without the program: the quote as written in the file and as shown in
the chosen variant, the note, colour, figure mark, section, status (an orphan says so) and times.  The JSON
also carries each selector, so an import anchors the annotations again in whatever the text has become.

An import is data, never code: ``json.loads`` (NaN and Infinity refused), a size limit, then every field checked
for type, length and allowed value; anything wrong is an :class:`AnnotationImportError` naming the record, and nothing
from a bad file is stored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reader.annotations.anchor import FlatText, section_titles
from reader.annotations.model import (
    COLOURS,
    KINDS,
    MARKS,
    MAX_NOTE,
    MAX_QUOTE,
    STATUSES,
    Annotation,
    TextQuote,
)
from reader.annotations.variant_map import VariantMap
from reader.variants import ORIGINAL, VARIANT_BY_NAME

__all__ = [
    "AnnotationImportError",
    "DocumentInfo",
    "from_json",
    "records",
    "section_titles",
    "to_json",
    "to_markdown",
]

FORMAT = "reader-annotations"
VERSION = 1
MAX_IMPORT_BYTES = 32 << 20
MAX_RECORDS = 100_000
_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")
_TIME = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)?)?")


class AnnotationImportError(ValueError):
    """An annotations file that cannot be imported; the message names what is wrong."""


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What the export says about the document."""

    title: str
    path: str
    digest: str


def records(
    annotations: Sequence[Annotation], flat: FlatText, titles: Sequence[str], variant: str = ORIGINAL
) -> list[dict[str, Any]]:
    """One plain dict per annotation, in reading order (orphans last): the export's content."""
    shown = VariantMap(flat, variant if variant in VARIANT_BY_NAME else ORIGINAL)
    out = []
    ordered = sorted(annotations, key=lambda a: (a.orphan, a.selector.start, a.created))
    for a in ordered:
        s = a.selector
        if a.orphan:
            section, converted = a.section, ""
        else:
            index = flat.section_at(s.start)
            section = titles[index] if 0 <= index < len(titles) else a.section
            converted = shown.quote(s.start, s.end)
        out.append(
            {
                "id": a.id,
                "kind": a.kind,
                "colour": a.colour,
                "mark": a.mark,
                "note": a.note,
                "section": section,
                "quote": s.exact,
                "converted": converted if variant != ORIGINAL else s.exact,
                "status": a.status,
                "created": a.created,
                "modified": a.modified,
                "selector": {
                    "start": s.start,
                    "end": s.end,
                    "exact": s.exact,
                    "prefix": s.prefix,
                    "suffix": s.suffix,
                },
            }
        )
    return out


def to_json(document: DocumentInfo, items: list[dict[str, Any]], variant: str = ORIGINAL) -> str:
    """The export as JSON text (UTF-8, indented)."""
    payload = {
        "format": FORMAT,
        "version": VERSION,
        "document": {"title": document.title, "path": document.path, "digest": document.digest},
        "variant": variant,
        "annotations": items,
    }
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


_KIND_WORDS = {"bookmark": "Bookmark", "highlight": "Highlight", "note": "Note", "figure-mark": "Figure"}
_MARK_WORDS = {"doubt": "doubt", "checked": "checked"}


def _quote_block(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def to_markdown(document: DocumentInfo, items: list[dict[str, Any]], variant: str = ORIGINAL) -> str:
    """The export as Markdown: a heading per section, each annotation a quote with its note below."""
    lines = [f"# {document.title or document.path or 'Annotations'}", ""]
    if variant != ORIGINAL and variant in VARIANT_BY_NAME:
        lines += [f"Shown in {VARIANT_BY_NAME[variant].label} ({variant}).", ""]
    current: str | None = None
    for item in items:
        heading = "Orphans (not found in the current text)" if item["status"] == "orphan" else item["section"]
        if heading != current:
            lines += [f"## {heading or '—'}", ""]
            current = heading
        what = [_KIND_WORDS.get(item["kind"], item["kind"])]
        if item["colour"]:
            what.append(item["colour"])
        if item["mark"]:
            what.append(_MARK_WORDS.get(item["mark"], item["mark"]))
        if item["status"] in ("moved", "fuzzy"):
            what.append("re-anchored" if item["status"] == "moved" else "re-anchored, text changed")
        lines.append(_quote_block(item["quote"]))
        if item["converted"] and item["converted"] != item["quote"]:
            lines += [">", _quote_block(item["converted"])]
        lines.append("")
        if item["note"]:
            lines += [item["note"], ""]
        lines += [f"*{', '.join(what)} · {item['created'][:10]}*", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


# --- import ----------------------------------------------------------------------------------------------------


def _reject_constant(name: str) -> None:
    raise AnnotationImportError(f"not JSON: {name}")


def _string(record: dict, name: str, limit: int, where: str, allowed: Sequence[str] | None = None) -> str:
    value = record.get(name, "")
    if not isinstance(value, str):
        raise AnnotationImportError(f"{where}: {name} is not text")
    if len(value) > limit:
        raise AnnotationImportError(f"{where}: {name} is too long")
    if allowed is not None and value not in allowed:
        raise AnnotationImportError(
            f"{where}: {name} {value!r} is not one of {', '.join(a for a in allowed if a)}"
        )
    return value


def _offset(selector: dict, name: str, where: str) -> int:
    value = selector.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1 << 40:
        raise AnnotationImportError(f"{where}: selector {name} is not an offset")
    return value


def _annotation(record: Any, where: str) -> Annotation:
    if not isinstance(record, dict):
        raise AnnotationImportError(f"{where}: not an object")
    ident = _string(record, "id", 64, where)
    if not _ID.fullmatch(ident):
        raise AnnotationImportError(f"{where}: id is not an identifier")
    kind = _string(record, "kind", 20, where, KINDS)
    colour = _string(record, "colour", 20, where, ("", *COLOURS))
    mark = _string(record, "mark", 20, where, MARKS)
    note = _string(record, "note", MAX_NOTE, where)
    section = _string(record, "section", 2_000, where)
    status = _string(record, "status", 20, where, STATUSES) or "anchored"
    created = _string(record, "created", 40, where)
    modified = _string(record, "modified", 40, where)
    for name, value in (("created", created), ("modified", modified)):
        if not _TIME.fullmatch(value):
            raise AnnotationImportError(f"{where}: {name} is not an ISO time")
    selector = record.get("selector")
    if not isinstance(selector, dict):
        raise AnnotationImportError(f"{where}: no selector")
    exact = _string(selector, "exact", MAX_QUOTE, where)
    prefix = _string(selector, "prefix", 200, where)
    suffix = _string(selector, "suffix", 200, where)
    start, end = _offset(selector, "start", where), _offset(selector, "end", where)
    if end < start:
        raise AnnotationImportError(f"{where}: selector ends before it starts")
    if not exact and kind != "bookmark":
        raise AnnotationImportError(f"{where}: nothing quoted")
    return Annotation(
        ident,
        kind,
        TextQuote(start, end, exact, prefix, suffix),
        colour,
        note,
        mark,
        created,
        modified,
        status,
        section,
    )


def from_json(data: bytes | str) -> list[Annotation]:
    """The annotations of an exported JSON file; raises AnnotationImportError for anything that is not one."""
    if len(data) > MAX_IMPORT_BYTES:
        raise AnnotationImportError("the file is too large to be an annotations export")
    try:
        payload = json.loads(data, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as error:
        raise AnnotationImportError(f"not JSON: {error}") from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise AnnotationImportError("not a reader annotations export")
    version = payload.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= VERSION:
        raise AnnotationImportError(f"unsupported annotations export version {version!r}")
    items = payload.get("annotations")
    if not isinstance(items, list) or len(items) > MAX_RECORDS:
        raise AnnotationImportError("no list of annotations")
    return [_annotation(item, f"annotation {i + 1}") for i, item in enumerate(items)]
