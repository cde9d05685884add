"""Script invariance of the structure: an article and its OpenCC conversion (s2t, or t2s for Traditional text) get
the same structure, because every structural rule reads the text folded to Simplified.

Run on the bundled seed, the hand-made golden articles and the development split of the corpus (the test split
is only scored, never looked at while working).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.article import Article, parse_article
from reader.convert import convert
from reader.fold import fold
from reader.paths import SEED_ARTICLE, resource_path
from reader.textio import read_file

ROOT = Path(__file__).resolve().parents[2]


def _dev_corpus() -> list[Path]:
    """Raw texts of the corpus's dev articles (all encodings)."""
    folder = ROOT / "tests" / "corpus" / "articles"
    found = []
    for gold in sorted(folder.glob("*.gold.json")):
        if json.loads(gold.read_text(encoding="utf-8")).get("source", {}).get("split") != "dev":
            continue
        found += sorted(folder.glob(gold.name.removesuffix(".gold.json") + ".*txt"))
    return found


FILES = [
    resource_path(SEED_ARTICLE),
    *sorted((ROOT / "tests" / "golden" / "articles").glob("*.txt")),
    *_dev_corpus(),
]


def structure(article: Article) -> tuple:
    """What the structure is, independent of script: which fields are filled, counts, numbers, levels, lengths."""
    return (
        tuple(f for f in ("title", "deck", "byline", "dateline") if getattr(article, f)),
        tuple(len(c) for c in article.captions),
        tuple(len(n) for n in article.notes),
        tuple(
            (
                fold(s.number or ""),
                s.level,
                len(s.heading or ""),
                tuple(len(p) for p in s.paragraphs),
            )
            for s in article.sections
        ),
    )


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_structure_is_the_same_in_the_other_script(path: Path) -> None:
    text = read_file(path).text
    article = parse_article(text)
    variant = "t2s" if article.script == "hant" else "s2t"
    converted = parse_article(convert(text, variant))
    assert structure(converted) == structure(article)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_nothing_is_lost(path: Path) -> None:
    """Every non-whitespace character of the text ends up in exactly one field (a bullet heading kept its mark)."""
    text = read_file(path).text
    kept = "".join("".join(t.split()) for t in parse_article(text).texts())
    assert sorted(kept) == sorted("".join(text.split()))
