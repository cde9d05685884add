"""Real saved Chinese web pages (tests/formats/pages): the reader finds each one's headline and body
paragraphs (gold from independent references, see pages_score.py), within the size the test set allows."""

from __future__ import annotations

import statistics

import pytest

from tests.formats.pages_score import pages, score_page

PAGES = pages()


def test_the_set_has_both_scripts_and_several_sites() -> None:
    assert len(PAGES) >= 9
    assert {gold["script"] for _, gold in PAGES} == {"hans", "hant"}
    assert len({gold["source"]["site"] for _, gold in PAGES}) >= 7
    for page, gold in PAGES:
        assert page.stat().st_size < 60_000, page.name
        assert gold["source"]["page"].startswith("https://github.com/"), page.name
        assert gold["paragraphs"] and gold["title"], page.name


@pytest.mark.parametrize(("page", "gold"), PAGES, ids=[p.stem for p, _ in PAGES])
def test_each_page_gives_its_title_and_most_paragraphs(page, gold) -> None:
    scores, details = score_page(page, gold)
    assert scores["title_ok"], details["title"]
    assert scores["paragraph_f"] >= 0.75, details


def test_mean_paragraph_f_on_the_pages() -> None:
    assert statistics.mean(score_page(page, gold)[0]["paragraph_f"] for page, gold in PAGES) >= 0.9
