"""Benchmarks that print numbers (medians of several runs); run: python tests/benchmarks/bench_core.py

- the seed through decode → parse → figures → stats, and a ~10 MB text the same way;
- s2twp conversion of the seed and of ~10 MB, ours against the stock opencc-python-reimplemented engine
  (the stock engine is timed on a 300 000-character slice and scaled: it is ~5× slower);
- peak RSS of this process.
"""

from __future__ import annotations

import random
import resource
import statistics
import time

from reader.analysis import analyse_bytes
from reader.convert import get_converter, stock_convert
from reader.paths import SEED_ARTICLE, resource_path


def median_time(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def big_text(target_bytes: int = 10_000_000) -> str:
    paragraphs = [p for p in resource_path(SEED_ARTICLE).read_text(encoding="utf-8").split("\n") if p.strip()]
    rng = random.Random(7)
    out, size = [], 0
    while size < target_bytes:
        p = rng.choice(paragraphs)
        out.append(p)
        size += len(p.encode()) + 2
    return "\n\n".join(out)


def main() -> None:
    seed = resource_path(SEED_ARTICLE).read_bytes()
    analyse_bytes(seed)  # warm imports
    print(
        f"seed analyse (decode+parse+figures+stats): {median_time(lambda: analyse_bytes(seed), 20) * 1000:.1f} ms"
    )
    big = big_text()
    data = big.encode("utf-8")
    print(f"10 MB analyse: {median_time(lambda: analyse_bytes(data), 3):.2f} s ({len(data) / 1e6:.1f} MB)")
    start = time.perf_counter()
    converter = get_converter("s2twp")
    print(f"s2twp converter build: {(time.perf_counter() - start) * 1000:.0f} ms")
    seed_text = seed.decode()
    print(f"s2twp seed: {median_time(lambda: converter.convert(seed_text), 20) * 1000:.1f} ms")
    ours = median_time(lambda: converter.convert(big), 3)
    print(f"s2twp 10 MB, ours: {ours:.2f} s ({len(data) / 1e6 / ours:.1f} MB/s)")
    piece = big[:300_000]
    stock = median_time(lambda: stock_convert(piece, "s2twp"), 3) * len(big) / len(piece)
    print(
        f"s2twp 10 MB, stock opencc-python-reimplemented (scaled): {stock:.2f} s; ours is {stock / ours:.1f}× faster"
    )
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
