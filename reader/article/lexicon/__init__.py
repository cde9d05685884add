"""Word lists of the structure rules, kept as data (``structure.toml``) and validated and compiled once at load.

Why data: a rule's words (记者, 责任编辑, 图为 …) change far more often than its shape, and an editor can extend a
list without reading the parser.  Why validated: a typo in a data file must stop the reader with a message naming
the file and the entry, not silently switch a rule off.  Every word is Simplified; the rules match folded text.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


class LexiconError(ValueError):
    """A lexicon file that cannot be used: the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class HeadingStyle:
    """One heading style: its name (its nesting rank is its position), compiled pattern, and whether the marker
    may stand alone on its line (第三章)."""

    name: str
    pattern: re.Pattern[str]
    own_line: bool


@dataclass(frozen=True, slots=True)
class StructureLexicon:
    """The structure rules' word lists, as read from ``structure.toml``."""

    byline_organisations: tuple[str, ...]
    byline_ranks: tuple[str, ...]
    byline_roles: tuple[str, ...]
    byline_offices: tuple[str, ...]
    byline_occasions: tuple[str, ...]
    author_labels: tuple[str, ...]
    dynasties: tuple[str, ...]
    surnames: tuple[str, ...]
    credit_labels: tuple[str, ...]
    furniture_openers: tuple[str, ...]
    whole_line_notes: tuple[str, ...]
    breadcrumb_roots: tuple[str, ...]
    media_words: tuple[str, ...]
    media_credit_words: tuple[str, ...]
    publication_labels: tuple[str, ...]
    date_labels: tuple[str, ...]
    summary_labels: tuple[str, ...]
    editor_note_labels: tuple[str, ...]
    page_breaks: tuple[str, ...]
    menu_words: tuple[str, ...]
    book_tabs: tuple[str, ...]
    site_name_endings: tuple[str, ...]
    leading_labels: tuple[str, ...]
    title_field_labels: tuple[str, ...]
    empty_field_labels: tuple[str, ...]
    issuer_endings: tuple[str, ...]
    site_notice_phrases: tuple[str, ...]
    site_voice: tuple[str, ...]
    site_statement_openers: tuple[str, ...]
    browser_help_words: tuple[str, ...]
    rights_endings: tuple[str, ...]
    fetch_app_words: tuple[str, ...]
    widget_words: tuple[str, ...]
    related_markers: tuple[str, ...]
    reference_markers: tuple[str, ...]
    page_list_markers: tuple[str, ...]
    caption_openers: tuple[str, ...]
    photo_credit: str
    credit_sources: tuple[str, ...]
    credit_verbs: tuple[str, ...]
    chart_words: tuple[str, ...]
    picture_credits: tuple[str, ...]
    bracket_credits: tuple[str, ...]
    bracket_credit_endings: tuple[str, ...]
    agencies: tuple[str, ...]
    agency_endings: tuple[str, ...]
    own_paper: str
    site_endings: tuple[str, ...]
    bracket_endings: tuple[str, ...]
    bracket_not_endings: tuple[str, ...]
    cn_digits: str
    bullet_marks: str
    name_marks: str
    label_headings: tuple[str, ...]
    part_words: tuple[str, ...]
    site_links: tuple[str, ...]
    document_kinds: tuple[str, ...]
    contact_labels: tuple[str, ...]
    filing_fields: tuple[str, ...]
    foot_phrases: tuple[str, ...]
    field_labels: tuple[str, ...]
    number_followers: str
    heading_styles: tuple[HeadingStyle, ...]


# section → key → kind; the layout a file must have (unknown keys are errors too: they are usually typos).
_SCHEMA: dict[str, dict[str, str]] = {
    "byline": {
        "organisations": "words",
        "ranks": "words",
        "roles": "words",
        "offices": "words",
        "occasions": "words",
        "surnames": "words",
        "author_labels": "words",
        "dynasties": "words",
    },
    "notes": {
        "credit_labels": "words",
        "furniture_openers": "words",
        "whole_lines": "words",
        "breadcrumb_roots": "words",
        "media_words": "words",
        "media_credit_words": "words",
        "publication_labels": "words",
        "date_labels": "words",
        "summary_labels": "words",
        "editor_note_labels": "words",
        "page_breaks": "words",
        "foot_phrases": "words",
        "contact_labels": "words",
        "filing_fields": "words",
    },
    "page": {
        "menu_words": "words",
        "book_tabs": "words",
        "site_links": "words",
        "site_name_endings": "words",
        "leading_labels": "words",
        "title_field_labels": "words",
        "empty_field_labels": "words",
        "issuer_endings": "words",
        "site_notice_phrases": "words",
        "site_voice": "words",
        "site_statement_openers": "words",
        "browser_help_words": "words",
        "rights_endings": "words",
        "fetch_app_words": "words",
    },
    "related": {"markers": "words", "reference_markers": "words", "page_lists": "words"},
    "captions": {
        "openers": "words",
        "photo_credit": "text",
        "credit_sources": "words",
        "credit_verbs": "words",
        "chart_words": "words",
        "picture_credits": "words",
        "bracket_credits": "words",
        "bracket_credit_endings": "words",
    },
    "dateline": {
        "agencies": "words",
        "agency_endings": "words",
        "own_paper": "text",
        "site_endings": "words",
        "bracket_endings": "words",
        "bracket_not_endings": "words",
    },
    "headings": {
        "cn_digits": "text",
        "bullet_marks": "text",
        "name_marks": "text",
        "widget_words": "words",
        "label_headings": "words",
        "part_words": "words",
        "document_kinds": "words",
        "field_labels": "words",
        "number_followers": "text",
        "styles": "styles",
    },
}


def words(items: tuple[str, ...]) -> str:
    """A regex alternation of literal *items*, longest first so 责任编辑 wins over 编辑."""
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


def _check_words(where: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise LexiconError(f"{where}: expected a non-empty list of words")
    seen: set[str] = set()
    for i, word in enumerate(value):
        if not isinstance(word, str) or not word.strip() or word != word.strip():
            raise LexiconError(f"{where}[{i}]: expected a word without surrounding spaces, got {word!r}")
        if word in seen:
            raise LexiconError(f"{where}[{i}]: {word!r} is listed twice")
        seen.add(word)
    return tuple(value)


def _check_text(where: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise LexiconError(f"{where}: expected a non-empty string, got {value!r}")
    return value


def _check_styles(where: str, value: Any, cn_digits: str, bullets: str) -> tuple[HeadingStyle, ...]:
    if not isinstance(value, list) or not value:
        raise LexiconError(f"{where}: expected a list of [[headings.styles]] tables")
    styles: list[HeadingStyle] = []
    for i, entry in enumerate(value):
        here = f"{where}[{i}]"
        if not isinstance(entry, dict) or set(entry) - {"name", "pattern", "own_line"}:
            raise LexiconError(f"{here}: expected a table with name, pattern and optional own_line")
        name = _check_text(f"{here}.name", entry.get("name"))
        if name in {s.name for s in styles}:
            raise LexiconError(f"{here}.name: style {name!r} is listed twice")
        source = _check_text(f"{here}.pattern", entry.get("pattern"))
        source = source.replace("{cn_digits}", re.escape(cn_digits)).replace("{bullets}", re.escape(bullets))
        try:
            pattern = re.compile(source)
        except re.error as error:
            raise LexiconError(f"{here}.pattern ({name}): not a valid pattern: {error}") from None
        own_line = entry.get("own_line", False)
        if not isinstance(own_line, bool):
            raise LexiconError(f"{here}.own_line ({name}): expected true or false, got {own_line!r}")
        styles.append(HeadingStyle(name, pattern, own_line))
    return tuple(styles)


def parse_structure_lexicon(data: dict[str, Any], origin: str) -> StructureLexicon:
    """Validate the parsed TOML *data* (from *origin*, named in errors) and build the lexicon."""
    for section, keys in _SCHEMA.items():
        table = data.get(section)
        if not isinstance(table, dict):
            raise LexiconError(f"{origin}: [{section}]: the section is missing")
        for key in keys:
            if key not in table:
                raise LexiconError(f"{origin}: [{section}] {key}: the entry is missing")
        for key in table:
            if key not in keys:
                raise LexiconError(f"{origin}: [{section}] {key}: unknown entry")
    for section in data:
        if section not in _SCHEMA:
            raise LexiconError(f"{origin}: [{section}]: unknown section")

    def w(section: str, key: str) -> tuple[str, ...]:
        return _check_words(f"{origin}: [{section}] {key}", data[section][key])

    def t(section: str, key: str) -> str:
        return _check_text(f"{origin}: [{section}] {key}", data[section][key])

    cn_digits, bullets = t("headings", "cn_digits"), t("headings", "bullet_marks")
    return StructureLexicon(
        byline_organisations=w("byline", "organisations"),
        byline_ranks=w("byline", "ranks"),
        byline_roles=w("byline", "roles"),
        byline_offices=w("byline", "offices"),
        byline_occasions=w("byline", "occasions"),
        author_labels=w("byline", "author_labels"),
        dynasties=w("byline", "dynasties"),
        surnames=w("byline", "surnames"),
        credit_labels=w("notes", "credit_labels"),
        furniture_openers=w("notes", "furniture_openers"),
        whole_line_notes=w("notes", "whole_lines"),
        breadcrumb_roots=w("notes", "breadcrumb_roots"),
        media_words=w("notes", "media_words"),
        media_credit_words=w("notes", "media_credit_words"),
        publication_labels=w("notes", "publication_labels"),
        date_labels=w("notes", "date_labels"),
        summary_labels=w("notes", "summary_labels"),
        editor_note_labels=w("notes", "editor_note_labels"),
        page_breaks=w("notes", "page_breaks"),
        menu_words=w("page", "menu_words"),
        book_tabs=w("page", "book_tabs"),
        site_name_endings=w("page", "site_name_endings"),
        leading_labels=w("page", "leading_labels"),
        title_field_labels=w("page", "title_field_labels"),
        empty_field_labels=w("page", "empty_field_labels"),
        issuer_endings=w("page", "issuer_endings"),
        site_notice_phrases=w("page", "site_notice_phrases"),
        site_voice=w("page", "site_voice"),
        site_statement_openers=w("page", "site_statement_openers"),
        browser_help_words=w("page", "browser_help_words"),
        rights_endings=w("page", "rights_endings"),
        fetch_app_words=w("page", "fetch_app_words"),
        related_markers=w("related", "markers"),
        reference_markers=w("related", "reference_markers"),
        page_list_markers=w("related", "page_lists"),
        caption_openers=w("captions", "openers"),
        photo_credit=t("captions", "photo_credit"),
        credit_sources=w("captions", "credit_sources"),
        credit_verbs=w("captions", "credit_verbs"),
        chart_words=w("captions", "chart_words"),
        picture_credits=w("captions", "picture_credits"),
        bracket_credits=w("captions", "bracket_credits"),
        bracket_credit_endings=w("captions", "bracket_credit_endings"),
        agencies=w("dateline", "agencies"),
        agency_endings=w("dateline", "agency_endings"),
        own_paper=t("dateline", "own_paper"),
        site_endings=w("dateline", "site_endings"),
        bracket_endings=w("dateline", "bracket_endings"),
        bracket_not_endings=w("dateline", "bracket_not_endings"),
        cn_digits=cn_digits,
        bullet_marks=bullets,
        name_marks=t("headings", "name_marks"),
        widget_words=w("headings", "widget_words"),
        label_headings=w("headings", "label_headings"),
        part_words=w("headings", "part_words"),
        site_links=w("page", "site_links"),
        document_kinds=w("headings", "document_kinds"),
        foot_phrases=w("notes", "foot_phrases"),
        contact_labels=w("notes", "contact_labels"),
        filing_fields=w("notes", "filing_fields"),
        field_labels=w("headings", "field_labels"),
        number_followers=t("headings", "number_followers"),
        heading_styles=_check_styles(
            f"{origin}: [[headings.styles]]", data["headings"]["styles"], cn_digits, bullets
        ),
    )


def load_structure_lexicon(path: Path | None = None) -> StructureLexicon:
    """Read and validate a structure lexicon file (the bundled ``structure.toml`` when *path* is None)."""
    if path is None:
        source = resources.files(__package__).joinpath("structure.toml")
        origin, raw = "reader/article/lexicon/structure.toml", source.read_text(encoding="utf-8")
    else:
        origin, raw = str(path), path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"{origin}: not valid TOML: {error}") from None
    return parse_structure_lexicon(data, origin)


@cache
def structure_lexicon() -> StructureLexicon:
    """The bundled structure lexicon, read and compiled once."""
    return load_structure_lexicon()
