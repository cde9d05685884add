"""Script invariance: analysing a text converted with OpenCC (s2t, or t2s for Traditional text) gives the reader's
own conversion of the original analysis — the same structure, figure spans, kinds, values, units and statistic
labels — for the bundled article, every hand-made golden article and every corpus article."""

from pathlib import Path

import pytest

from reader.paths import SEED_ARTICLE, resource_path
from reader.textio import read_file
from tests.corpus.score_corpus import corpus, invariance_differences
from tests.golden.articles_score import article_files

FILES = [resource_path(SEED_ARTICLE)] + [p for p, _ in article_files()] + [p for p, _ in corpus("all")]


@pytest.mark.parametrize("path", FILES, ids=[Path(p).name for p in FILES])
def test_other_script_gives_the_converted_analysis(path: Path) -> None:
    assert invariance_differences(read_file(path).text) == []
