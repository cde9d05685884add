"""The structure lexicon (reader/article/lexicon/structure.toml) is validated at load: a malformed table stops
the reader with an error that names the file and the entry."""

from __future__ import annotations

import copy
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from reader.article.lexicon import LexiconError, load_structure_lexicon, parse_structure_lexicon

BUNDLED = tomllib.loads(
    resources.files("reader.article.lexicon").joinpath("structure.toml").read_text(encoding="utf-8")
)


def test_the_bundled_lexicon_loads_and_every_word_is_simplified() -> None:
    from reader.fold import fold

    lexicon = load_structure_lexicon()
    assert [s.name for s in lexicon.heading_styles][3:7] == ["volume", "part", "chapter", "subchapter"]
    for section in BUNDLED.values():
        for value in section.values():
            for word in value if isinstance(value, list) and all(isinstance(v, str) for v in value) else []:
                assert fold(word) == word, f"{word!r} is not Simplified: the rules match folded text"


def _broken(change) -> dict:
    data = copy.deepcopy(BUNDLED)
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("notes"), "[notes]: the section is missing"),
        (lambda d: d["byline"].pop("roles"), "[byline] roles: the entry is missing"),
        (lambda d: d["byline"].__setitem__("rolls", ["记者"]), "[byline] rolls: unknown entry"),
        (lambda d: d["byline"]["roles"].append(5), "expected a word without surrounding spaces, got 5"),
        (lambda d: d["notes"]["credit_labels"].append("编辑"), "'编辑' is listed twice"),
        (
            lambda d: d["captions"].__setitem__("photo_credit", ""),
            "[captions] photo_credit: expected a non-empty",
        ),
        (lambda d: d["related"].__setitem__("markers", []), "[related] markers: expected a non-empty list"),
        (lambda d: d.pop("page"), "[page]: the section is missing"),
        (lambda d: d["page"]["menu_words"].append(" 首页"), "expected a word without surrounding spaces"),
        (lambda d: d["byline"].pop("surnames"), "[byline] surnames: the entry is missing"),
        (
            lambda d: d["headings"]["styles"][10].__setitem__("pattern", "^([一二]"),
            "[[headings.styles]][10].pattern (cn): not a valid pattern",
        ),
        (
            lambda d: d["headings"]["styles"][3].__setitem__("own_line", "yes"),
            "[[headings.styles]][3].own_line (volume): expected true or false",
        ),
    ],
)
def test_a_malformed_table_names_the_file_and_the_entry(change, message: str) -> None:
    with pytest.raises(LexiconError) as error:
        parse_structure_lexicon(_broken(change), "structure.toml")
    assert str(error.value).startswith("structure.toml: ")
    assert message in str(error.value)


def test_a_file_that_is_not_toml_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "structure.toml"
    bad.write_text("[byline\nroles = [", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"structure\.toml: not valid TOML"):
        load_structure_lexicon(bad)
