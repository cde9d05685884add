"""The figure lexicon (reader/figures/lexicon.toml) is validated at load: a mistake names the file and entry."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from reader.figures.lexicon import LexiconError, figure_lexicon, parse_figure_lexicon


def packaged() -> dict:
    return tomllib.loads(
        resources.files("reader.figures").joinpath("lexicon.toml").read_text(encoding="utf-8")
    )


def test_the_packaged_lexicon_loads_and_holds_only_simplified_words() -> None:
    from reader.fold import fold

    lexicon = figure_lexicon()
    assert "人次" in lexicon.units_count and "约" in lexicon.approximation_prefixes
    for section, table in packaged().items():
        for key, value in table.items():
            for word in [value] if isinstance(value, str) else value:
                assert fold(word) == word, (
                    f"[{section}] {key}: {word!r} is not Simplified (rules read folded text)"
                )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(extra={}), "[extra]: unknown section"),
        (lambda d: d.pop("labels"), "[labels]: the section is missing"),
        (lambda d: d["units"].pop("count"), "[units] count: the entry is missing"),
        (lambda d: d["units"].update(colour=["红"]), "[units] colour: unknown entry"),
        (lambda d: d["units"]["count"].append("人"), "'人' is listed twice"),
        (lambda d: d["units"]["count"].append(" 台"), "without surrounding spaces"),
        (lambda d: d["units"].update(money=[]), "non-empty list"),
        (lambda d: d["units"].update(two_counts="人 名"), "characters without spaces"),
        (lambda d: d["units"].update(two_counts="人人"), "listed twice"),
        (lambda d: d["units"]["money"].append("米"), "count: '米' is already a money unit"),
        (lambda d: d["units"]["digit_only"].append("光阴"), "'光阴' is not a unit of any kind"),
    ],
)
def test_mistakes_are_refused_with_the_entry_named(change, message: str) -> None:
    data = packaged()
    change(data)
    with pytest.raises(LexiconError) as error:
        parse_figure_lexicon(data, "lexicon.toml")
    assert message in str(error.value) and str(error.value).startswith("lexicon.toml: ")


def test_a_file_that_is_not_toml_is_refused(tmp_path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[units\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="not valid TOML"):
        figure_lexicon(str(bad))
