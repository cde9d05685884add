"""Re-anchoring and storing annotations on a long text: prints seconds, never passes or fails.

    python tests/benchmarks/bench_annotations.py

The text is the seed repeated to 500 000 characters, so every quote occurs ~130 times: the worst case for
finding the right occurrence.  1 000 random highlights; edits: nothing, a sentence inserted before everything,
50 random replacements, half the text deleted; 20 quotes that are nowhere (orphans, the slowest path).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reader.annotations import make_selector, new_annotation, reanchor_all
from reader.annotations.store import AnnotationStore
from reader.paths import SEED_ARTICLE, resource_path


def _tally(items) -> dict[str, int]:
    return {s: sum(a.status == s for a in items) for s in ("anchored", "moved", "fuzzy", "orphan")}


def _time(label: str, items, text: str) -> None:
    start = time.perf_counter()
    out = reanchor_all(items, text)
    print(f"{label:<40} {time.perf_counter() - start:7.3f} s  {_tally(out)}")


def main() -> None:
    base = resource_path(SEED_ARTICLE).read_text(encoding="utf-8")
    text = (base * (500_000 // len(base) + 1))[:500_000]
    rng = random.Random(1)
    items = []
    for _ in range(1000):
        at = rng.randrange(len(text) - 40)
        items.append(new_annotation("highlight", make_selector(text, at, at + rng.randint(4, 30))))
    _time("1000 on 500k chars, unchanged", items, text)
    _time("text inserted before", items, "编者按：本文有删改。" + text)
    edited = text
    for _ in range(50):
        at = rng.randrange(len(edited))
        edited = edited[:at] + "改动" + edited[at + 3 :]
    _time("50 random replacements", items, edited)
    _time("100 on a half-deleted text", items[:100], text[:250_000])
    nowhere = "这是一段完全不在文章里的引文内容啊" * 2
    _time("20 orphans", [new_annotation("note", make_selector(nowhere, 0, 20)) for _ in range(20)], text)
    with tempfile.TemporaryDirectory() as folder:
        store = AnnotationStore(Path(folder) / "bench.sqlite3")
        document = store.document("digest", "/bench.txt")
        assert document is not None
        start = time.perf_counter()
        store.save(document, items)
        print(f"{'save 1000 (one transaction)':<40} {time.perf_counter() - start:7.3f} s")
        start = time.perf_counter()
        store.annotations(document)
        print(f"{'load 1000':<40} {time.perf_counter() - start:7.3f} s")
        store.close()


if __name__ == "__main__":
    main()
