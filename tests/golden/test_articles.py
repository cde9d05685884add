"""Hand-made articles of other kinds: Taiwan news (Big5), a government document (GB18030), scraper output,
a wire story, an economic brief and a scraped weather page.  Structure must match exactly; figure F1 must reach 0.93."""

import json

import pytest

from reader.analysis import analyse_file
from tests.golden.articles_score import article_files, figure_score

PAIRS = article_files()


@pytest.mark.parametrize(("text", "gold"), PAIRS, ids=[p[0].name for p in PAIRS])
def test_structure(text, gold) -> None:
    expected = json.loads(gold.read_text(encoding="utf-8"))
    article = analyse_file(text).article
    assert article.encoding == expected["encoding"]
    assert article.script == expected["script"]
    for field in ("title", "deck", "byline", "dateline"):
        if field in expected:
            assert getattr(article, field) == expected[field], field
    for field in ("notes", "captions"):
        if field in expected:
            assert list(getattr(article, field)) == expected[field], field
    assert len(article.sections) == len(expected["sections"])
    for got, want in zip(article.sections, expected["sections"], strict=True):
        assert got.number == want["number"]
        assert got.heading == want["heading"]
        assert len(got.paragraphs) == want["paragraphs"]
        if "level" in want:
            assert got.level == want["level"]


@pytest.mark.parametrize(("text", "gold"), PAIRS, ids=[p[0].name for p in PAIRS])
def test_figures(text, gold) -> None:
    f1, missed, extra = figure_score(text, gold)
    assert f1 >= 0.93, (missed, extra)
    not_figures = json.loads(gold.read_text(encoding="utf-8")).get("not_figures", [])
    texts = {p.figure.text for p in analyse_file(text).figures}
    assert not texts & set(not_figures)


@pytest.mark.parametrize(("text", "gold"), PAIRS, ids=[p[0].name for p in PAIRS])
def test_nothing_is_lost(text, gold) -> None:
    from reader.textio import read_file

    decoded = read_file(text).text
    article = analyse_file(text).article
    kept = "".join("".join(t.split()) for t in article.texts())
    assert sorted(kept) == sorted("".join(decoded.split()))
