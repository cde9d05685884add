"""The figure and statistic-label word lists, kept as data (``lexicon.toml``) and validated once at load.

Why data: units, approximation words and look-alikes grow with every new kind of article, far more often than
the rules that use them change, and an editor can extend a list without reading the finder.  Why validated: a
typo in the file must stop the reader with a message naming the file and the entry, not silently switch a rule
off.  Every word is Simplified, since the rules match folded text (reader.fold).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from reader.article.lexicon import LexiconError, _check_words, words

__all__ = ["FigureLexicon", "LexiconError", "figure_lexicon", "parse_figure_lexicon", "words"]


@dataclass(frozen=True, slots=True)
class FigureLexicon:
    """The lists of ``lexicon.toml``; a field is named ``<section>_<key>``.  Word lists are tuples, character
    sets strings."""

    units_money: tuple[str, ...]
    units_percent: tuple[str, ...]
    units_duration: tuple[str, ...]
    units_count: tuple[str, ...]
    units_latin: tuple[str, ...]
    units_grade: tuple[str, ...]
    units_temperature: tuple[str, ...]
    units_discount: tuple[str, ...]
    units_digit_only: tuple[str, ...]
    units_tens_enough: tuple[str, ...]
    units_tens_words: tuple[str, ...]
    units_numeral_only: tuple[str, ...]
    units_register_nouns: tuple[str, ...]
    units_quantitative_after_one: tuple[str, ...]
    units_one_counts_after: tuple[str, ...]
    units_one_makes_word: tuple[str, ...]
    units_one_lasts_before: tuple[str, ...]
    units_one_lasts_after: tuple[str, ...]
    units_no_half_after: tuple[str, ...]
    units_more_after: tuple[str, ...]
    units_paired: tuple[str, ...]
    units_two_counts: str
    units_per: tuple[str, ...]
    units_counted_troops: tuple[str, ...]
    units_points: tuple[str, ...]
    units_points_before: tuple[str, ...]
    units_points_after: tuple[str, ...]
    units_word_starts: tuple[str, ...]
    units_not_before_digits: tuple[str, ...]
    approximation_prefixes: tuple[str, ...]
    approximation_digit_prefixes: tuple[str, ...]
    approximation_magnitude_prefixes: tuple[str, ...]
    approximation_clause_prefixes: tuple[str, ...]
    approximation_suffixes: tuple[str, ...]
    approximation_inside: str
    approximation_after_unit: str
    time_periods: tuple[str, ...]
    time_afternoon: tuple[str, ...]
    time_reign_eras: tuple[str, ...]
    time_day_then: tuple[str, ...]
    money_symbols: tuple[str, ...]
    money_currencies: tuple[str, ...]
    lookalikes_lexical_ordinals: tuple[str, ...]
    lookalikes_ordinal_names_after: tuple[str, ...]
    lookalikes_ordinal_document_parts: tuple[str, ...]
    lookalikes_ordinal_heading_parts: tuple[str, ...]
    lookalikes_law_parts: tuple[str, ...]
    lookalikes_law_name_endings: tuple[str, ...]
    lookalikes_law_reference_before: tuple[str, ...]
    lookalikes_law_reference_after: tuple[str, ...]
    lookalikes_place_names: tuple[str, ...]
    lookalikes_service_numbers: tuple[str, ...]
    lookalikes_idioms: tuple[str, ...]
    lookalikes_code_before: tuple[str, ...]
    lookalikes_code_after: tuple[str, ...]
    lookalikes_phone_labels: tuple[str, ...]
    lookalikes_name_units: tuple[str, ...]
    lookalikes_kin_after_name: tuple[str, ...]
    lookalikes_word_after_cheng: str
    labels_after_stops: tuple[str, ...]
    labels_before_stops: tuple[str, ...]
    labels_place_suffixes: str
    labels_noun_units: tuple[str, ...]
    labels_took: tuple[str, ...]
    labels_totals: tuple[str, ...]
    labels_rank_words: tuple[str, ...]


def _check(where: str, value: Any, is_chars: bool) -> tuple[str, ...] | str:
    """A word list checked as the structure lexicon checks its lists, or a set of characters."""
    if not is_chars:
        return _check_words(where, value)
    if not isinstance(value, str) or not value or any(c.isspace() for c in value):
        raise LexiconError(f"{where}: expected a string of characters without spaces, got {value!r}")
    if len(set(value)) != len(value):
        raise LexiconError(f"{where}: a character is listed twice in {value!r}")
    return value


def parse_figure_lexicon(data: dict[str, Any], origin: str) -> FigureLexicon:
    """Validate the parsed TOML *data* (from *origin*, named in errors) and build the lexicon."""
    layout: dict[str, dict[str, bool]] = {}  # section → key → is a character set
    for field in fields(FigureLexicon):
        section, key = field.name.split("_", 1)
        layout.setdefault(section, {})[key] = field.type == "str"
    for section in data:
        if section not in layout:
            raise LexiconError(f"{origin}: [{section}]: unknown section")
    values: dict[str, Any] = {}
    for section, keys in layout.items():
        table = data.get(section)
        if not isinstance(table, dict):
            raise LexiconError(f"{origin}: [{section}]: the section is missing")
        for key in table:
            if key not in keys:
                raise LexiconError(f"{origin}: [{section}] {key}: unknown entry")
        for key, is_chars in keys.items():
            if key not in table:
                raise LexiconError(f"{origin}: [{section}] {key}: the entry is missing")
            values[f"{section}_{key}"] = _check(f"{origin}: [{section}] {key}", table[key], is_chars)
    lexicon = FigureLexicon(**values)
    kinds = ("money", "percent", "duration", "count", "latin", "grade", "temperature", "discount")
    seen: dict[str, str] = {}
    for kind in kinds:
        for unit in getattr(lexicon, f"units_{kind}"):
            if unit in seen:
                raise LexiconError(f"{origin}: [units] {kind}: {unit!r} is already a {seen[unit]} unit")
            seen[unit] = kind
    for word in lexicon.units_word_starts:
        if not any(word.startswith(unit) and word != unit for unit in seen):
            raise LexiconError(f"{origin}: [units] word_starts: {word!r} does not start with a unit")
    for key in (
        "digit_only",
        "tens_enough",
        "numeral_only",
        "register_nouns",
        "quantitative_after_one",
        "no_half_after",
        "one_makes_word",
        "not_before_digits",
    ):
        for unit in getattr(lexicon, f"units_{key}"):
            if unit not in seen:
                raise LexiconError(f"{origin}: [units] {key}: {unit!r} is not a unit of any kind")
    return lexicon


@cache
def figure_lexicon(path: str | None = None) -> FigureLexicon:
    """The figure lexicon: the packaged ``lexicon.toml``, or the file at *path* (tests)."""
    if path is None:
        source = resources.files("reader.figures").joinpath("lexicon.toml")
        origin, text = "reader/figures/lexicon.toml", source.read_text(encoding="utf-8")
    else:
        origin, text = path, Path(path).read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"{origin}: not valid TOML: {error}") from None
    return parse_figure_lexicon(data, origin)
