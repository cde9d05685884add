"""Score the readings (reader/phonetics.py) on public polyphone test sets; prints accuracy, asserts nothing.

Each set is a pair of files: ``NAME.sent`` with one sentence a line, the character to read marked ``▁X▁``, and
``NAME.lb`` with its reading (tone numbers).  Only the marked character is scored: every one is a polyphone, so
this is stricter than scoring every syllable of the sentence.

- Mandarin: the CPP test set of g2pM (Park & Lee, Interspeech 2020; github.com/kakaobrain/g2pM, data/test.sent and
  test.lb, Apache-2.0): 10,254 Wikipedia sentences, 623 polyphonic characters.  A 1-in-10 sample is kept in
  tests/benchmarks/data/ (cpp_sample.*) with its notice.
- Cantonese: the yue-g2p-benchmark of hon9kon9ize (github.com/hon9kon9ize/yue-g2p-benchmark, data/wordshk.*,
  colloquial.*, classical.*); it has no licence file, so it is not copied here: pass its folder.

    python tests/benchmarks/bench_polyphones.py                       # the kept CPP sample
    python tests/benchmarks/bench_polyphones.py --cpp DIR/test        # the whole CPP test set
    python tests/benchmarks/bench_polyphones.py --yue DIR/data        # the Cantonese sets
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reader.phonetics import JYUTPING, PINYIN, syllables

HERE = Path(__file__).resolve().parent


def cases(stem: Path) -> list[tuple[str, int, set[str]]]:
    """(sentence, index of the marked character, accepted readings) of a ``.sent``/``.lb`` pair."""
    sentences = stem.with_suffix(".sent").read_text(encoding="utf-8").splitlines()
    labels = stem.with_suffix(".lb").read_text(encoding="utf-8").splitlines()
    out = []
    for line, label in zip(sentences, labels, strict=True):
        at = line.find("▁")
        text = line.replace("▁", "")
        if at < 0 or not label.strip():
            continue
        out.append((text, at, {x.strip() for x in label.replace("/", " ").split() if x.strip()}))
    return out


def normalise(syllable: str) -> str:
    return syllable.replace("ü", "v").replace("u:", "v")


def score(stem: Path, system: str, variant: str = "") -> None:
    table = cases(stem)
    if variant:  # the same sentences in another script, one character for one (s2t keeps lengths)
        from reader.convert import convert

        converted = [(convert(text, variant), at, accepted) for text, at, accepted in table]
        table = [c for c, (text, _, _) in zip(converted, table, strict=True) if len(c[0]) == len(text)]
    right = 0
    wrong: Counter[str] = Counter()
    started = time.perf_counter()
    for text, at, accepted in table:
        got = normalise(syllables(text, system, numbers=True)[at])
        if got in {normalise(a) for a in accepted}:
            right += 1
        else:
            wrong[f"{text[at]} {'/'.join(sorted(accepted))}→{got or '∅'}"] += 1
    seconds = time.perf_counter() - started
    label = f"{system}, {variant}" if variant else system
    print(
        f"{stem.name} ({label}): {right}/{len(table)} = {100 * right / len(table):.1f} % of marked syllables"
        f" right, {seconds:.1f} s"
    )
    print("  most frequent errors:", ", ".join(f"{k} ×{n}" for k, n in wrong.most_common(8)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--cpp", type=Path, default=HERE / "data" / "cpp_sample", help="stem of a CPP .sent/.lb"
    )
    parser.add_argument("--yue", type=Path, help="the yue-g2p-benchmark data folder")
    args = parser.parse_args()
    score(args.cpp, PINYIN)
    score(args.cpp, PINYIN, "s2t")  # Traditional: read through the fold to Simplified
    if args.yue:
        for name in ("wordshk", "colloquial", "classical"):
            score(args.yue / name, JYUTPING)


if __name__ == "__main__":
    main()
