"""Score the analysis of the hand-made test articles in tests/golden/articles (structure and figure F1)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from reader.analysis import analyse_file

ARTICLES = Path(__file__).resolve().parent / "articles"


def article_files() -> list[tuple[Path, Path]]:
    """(text file, gold file) pairs; the text file may carry its encoding in its name (x.big5.txt)."""
    pairs = []
    for gold in sorted(ARTICLES.glob("*.gold.json")):
        stem = gold.name.removesuffix(".gold.json")
        text = next(p for p in ARTICLES.glob(f"{stem}*.txt"))
        pairs.append((text, gold))
    return pairs


def figure_score(text: Path, gold_path: Path) -> tuple[float, list, list]:
    """(F1, missed, extra) over (where, surface) pairs, optional surfaces ignored."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    analysis = analyse_file(text)
    optional = set(gold.get("optional", []))
    want = Counter(tuple(x) for x in gold["figures"] if x[1] not in optional)
    got = Counter((p.where, p.figure.text) for p in analysis.figures if p.figure.text not in optional)
    tp = sum((want & got).values())
    precision = tp / max(1, sum(got.values()))
    recall = tp / max(1, sum(want.values()))
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return f1, sorted((want - got).elements()), sorted((got - want).elements())


if __name__ == "__main__":
    for text, gold in article_files():
        f1, missed, extra = figure_score(text, gold)
        print(f"{text.name}: F1={f1:.3f} missed={missed} extra={extra}")
