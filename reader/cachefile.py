"""The analysis cache's file format: JSON lines written and read by our own code, never unpickled.

Line 1 is a header (the entry's key and how many records follow); then the article, one line per section, figure,
statistic and timeline event, each a JSON array of the dataclass' fields in order; the last line holds a BLAKE2
checksum of all the others, so a truncated or casually edited entry is a miss.  Many small lines instead of
one document let a background thread hand the interpreter to the window between lines.

Reading trusts nothing: every field is checked against the model's type hints (str, int, bool, finite numbers,
optional values, tuples), indices must name an existing section, paragraph or caption, and offsets must lie in
their text with the figure's text found exactly there.  Any mismatch raises InvalidEntry (the cache's miss).
"""

from __future__ import annotations

import hashlib
import json
import math
import operator
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import fields
from typing import Any

from reader.article.model import Article, Section
from reader.model import Analysis, Figure, KeyStat, PlacedFigure, TimelineEvent


class InvalidEntry(ValueError):
    """A cache entry that is damaged, truncated, foreign or inconsistent with itself."""


_RECORDS: tuple[type, ...] = (Article, Section, Figure, PlacedFigure, KeyStat, TimelineEvent)
_HINTS = {cls: typing.get_type_hints(cls) for cls in _RECORDS}
# The model's shape: any change to a field makes every older entry a miss.
SCHEMA = ";".join(
    f"{cls.__name__}:" + ",".join(f"{f.name}={_HINTS[cls][f.name]}" for f in fields(cls)) for cls in _RECORDS
)


def _reject_constant(name: str) -> None:
    raise InvalidEntry(f"not a finite number: {name}")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def _json(line: bytes) -> Any:
    try:
        return _DECODER.decode(line.decode("utf-8", "surrogatepass"))
    except (ValueError, RecursionError) as exc:
        raise InvalidEntry(f"not JSON: {exc}") from exc


def _types(hint: Any) -> frozenset[type]:
    """The JSON value types that stand for a field of type *hint* (a tuple is a JSON list)."""
    if hint is float:
        return frozenset({int, float})
    if hint in (str, int, bool):
        return frozenset({hint})
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return frozenset().union(*(_types(a) for a in args if a is not type(None))) | {type(None)}
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return frozenset({list})
    if hint is type(None):
        return frozenset({type(None)})
    raise TypeError(f"no JSON form for {hint}")  # a model field of a new kind: teach this module about it


_ANY = frozenset({list, dict, str, int, float, bool, type(None)})  # a nested record, checked by the caller


def _record_reader(cls: type, skip: frozenset[str] = frozenset()) -> Callable[[Any], list[Any]]:
    """Check a JSON array of *cls*' fields (all but *skip*, nested records the caller checks) and return the
    values ready for the constructor.  The type test runs as one C-level ``map``: entries hold many records."""
    hints = _HINTS[cls]
    names = [f.name for f in fields(cls)]
    allowed = [_ANY if n in skip else _types(hints[n]) for n in names]
    floats = [i for i, n in enumerate(names) if n not in skip and float in _types(hints[n])]
    lists = [
        (i, _types(typing.get_args(hints[n])[0]))
        for i, n in enumerate(names)
        if n not in skip and typing.get_origin(hints[n]) is tuple
    ]
    size = len(names)

    def read(values: Any) -> list[Any]:
        if type(values) is not list or len(values) != size:
            raise InvalidEntry(f"not a {cls.__name__} record")
        kinds = map(type, values)
        if not all(map(operator.contains, allowed, kinds)):
            raise InvalidEntry(f"wrong types in a {cls.__name__} record")
        for i in floats:
            if type(values[i]) is float and not math.isfinite(values[i]):
                raise InvalidEntry("not a finite number")
        for i, inner in lists:
            if not all(map(inner.__contains__, map(type, values[i]))):
                raise InvalidEntry(f"wrong types in a {cls.__name__} record")
            values[i] = tuple(values[i])
        return values

    return read


def _record(obj: object) -> list[Any]:
    return [list(v) if isinstance(v, tuple) else v for v in (getattr(obj, f.name) for f in fields(obj))]


_SECTION = _record_reader(Section)
_FIGURE = _record_reader(Figure)
_STAT = _record_reader(KeyStat)
_EVENT = _record_reader(TimelineEvent)
_ARTICLE = _record_reader(Article, frozenset({"sections"}))
_PLACED = _record_reader(PlacedFigure, frozenset({"figure"}))
_ARTICLE_FIELDS = [f.name for f in fields(Article)]


def dump_lines(analysis: Analysis, key: str) -> Iterator[bytes]:
    """The entry for *analysis*, line by line (UTF-8, with lone surrogates kept so that nothing is lost)."""
    article = analysis.article

    def line(value: object) -> bytes:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        return text.encode("utf-8", "surrogatepass") + b"\n"

    def records() -> Iterator[bytes]:
        counts = [len(article.sections), len(analysis.figures), len(analysis.stats), len(analysis.timeline)]
        yield line({"key": key, "counts": counts})
        yield line(
            [
                len(article.sections) if n == "sections" else _plain(getattr(article, n))
                for n in _ARTICLE_FIELDS
            ]
        )
        for section in article.sections:
            yield line(_record(section))
        for placed in analysis.figures:
            yield line([_record(placed.figure), placed.where, placed.section, placed.paragraph])
        for stat in analysis.stats:
            yield line(_record(stat))
        for event in analysis.timeline:
            yield line(_record(event))

    check = hashlib.blake2b(digest_size=16)
    for record in records():
        check.update(record)
        yield record
    yield line({"check": check.hexdigest()})  # last: a truncated or hand-edited entry fails it


def _plain(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def load_lines(data: bytes, key: str) -> Analysis:
    """The analysis stored in *data* under *key*; InvalidEntry if anything is wrong with it."""
    if not data.endswith(b"\n"):
        raise InvalidEntry("truncated entry")  # every complete entry ends with a newline
    body_end = data.rfind(b"\n", 0, len(data) - 1) + 1
    trailer = _json(data[body_end:-1])
    expected = hashlib.blake2b(data[:body_end], digest_size=16).hexdigest()
    if type(trailer) is not dict or trailer.get("check") != expected:
        raise InvalidEntry("checksum mismatch: truncated or edited entry")
    lines = data[:body_end].split(b"\n")
    lines.pop()
    header = _json(lines[0]) if lines else None
    if type(header) is not dict or header.get("key") != key:
        raise InvalidEntry("another key")
    counts = header.get("counts")
    if type(counts) is not list or len(counts) != 4 or any(type(c) is not int or c < 0 for c in counts):
        raise InvalidEntry("bad header")
    n_sections, n_figures, n_stats, n_events = counts
    if len(lines) != 2 + sum(counts):
        raise InvalidEntry("truncated entry")
    rows = iter(lines[2:])
    article = _article(_json(lines[1]), [Section(*_SECTION(_json(next(rows)))) for _ in range(n_sections)])
    figures = tuple(_placed(_json(next(rows)), article) for _ in range(n_figures))
    stats = tuple(KeyStat(*_STAT(_json(next(rows)))) for _ in range(n_stats))
    events = tuple(TimelineEvent(*_EVENT(_json(next(rows)))) for _ in range(n_events))
    for stat in stats:
        _check_span(_paragraph(article, stat.section, stat.paragraph), stat.start, stat.end, stat.text)
    for event in events:
        _check_span(_paragraph(article, event.section, event.paragraph), event.start, event.end, event.text)
        if not (1 <= event.month <= 12 and 1 <= event.day <= 31):
            raise InvalidEntry("impossible date")
    return Analysis(article, figures, stats, "", events)


def _article(values: Any, sections: list[Section]) -> Article:
    values = _ARTICLE(values)
    index = _ARTICLE_FIELDS.index("sections")
    if values[index] != len(sections) or type(values[index]) is not int:
        raise InvalidEntry("section count")
    values[index] = tuple(sections)
    return Article(*values)


def _paragraph(article: Article, section: int, paragraph: int) -> str:
    if not (0 <= section < len(article.sections)):
        raise InvalidEntry("no such section")
    paragraphs = article.sections[section].paragraphs
    if not (0 <= paragraph < len(paragraphs)):
        raise InvalidEntry("no such paragraph")
    return paragraphs[paragraph]


def _check_span(text: str | None, start: int, end: int, expected: str) -> None:
    if text is None or not (0 <= start <= end <= len(text)) or text[start:end] != expected:
        raise InvalidEntry("offsets outside their text")


def _placed(values: Any, article: Article) -> PlacedFigure:
    _, where, section, paragraph = _PLACED(values)
    figure = Figure(*_FIGURE(values[0]))
    if where == "body":
        if section is None or paragraph is None:
            raise InvalidEntry("body figure without a place")
        text: str | None = _paragraph(article, section, paragraph)
    elif where == "heading":
        if section is None or not (0 <= section < len(article.sections)):
            raise InvalidEntry("no such section")
        text = article.sections[section].heading
    elif where == "title":
        text = (article.title, article.deck)[paragraph] if paragraph in (0, 1) else None
    elif where == "caption":
        ok = paragraph is not None and 0 <= paragraph < len(article.captions)
        text = article.captions[paragraph] if ok and paragraph is not None else None
    elif where == "dateline":
        text = article.dateline
    else:
        raise InvalidEntry(f"unknown place {where!r}")
    _check_span(text, figure.start, figure.end, figure.text)
    for value in (figure.value, figure.low):
        if value is not None and not abs(value) < 10**36:
            raise InvalidEntry("value out of range")
    return PlacedFigure(figure, where, section, paragraph)
