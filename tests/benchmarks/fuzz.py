"""The long fuzz run: the whole pipeline on many hostile inputs; prints how many ran and what happened.

    python tests/benchmarks/fuzz.py [CASES]      # default 10 000: hostile text, then mutated copies of the seed

Half the cases are hypothesis-generated hostile text (``tests/property/fuzz.py``: markup, numbers of hundreds of
digits, control and bidi characters…) in UTF-8, GB18030 or UTF-16; the other half are the bundled article's bytes
bit-flipped, truncated or spliced with random bytes.  Every case must pass ``check_pipeline``; the first failure
is printed with its input and the run exits 1.
"""

from __future__ import annotations

import collections
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.paths import SEED_ARTICLE, resource_path
from tests.property.fuzz import ENCODINGS, check_bytes, check_pipeline, hostile_text


def _tally(outcome: str) -> str:
    return "analysed with figures" if outcome.startswith("analysed, ") and "no" not in outcome else outcome


def hostile(cases: int, tally: collections.Counter[str]) -> None:
    @settings(
        max_examples=cases,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(hostile_text, st.sampled_from(ENCODINGS))
    def run(text: str, encoding: str) -> None:
        tally[_tally(check_pipeline(text, encoding))] += 1

    run()


def mutated(cases: int, tally: collections.Counter[str], seed: int = 9) -> None:
    rng = random.Random(seed)
    original = resource_path(SEED_ARTICLE).read_bytes()
    for _ in range(cases):
        data = bytearray(original)
        how = rng.choice(("flip", "truncate", "splice"))
        if how == "flip":
            for _ in range(rng.randint(1, 20)):
                data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        elif how == "truncate":
            data = data[: rng.randrange(len(data))]
        else:
            at = rng.randrange(len(data))
            data[at:at] = rng.randbytes(rng.randint(1, 64))
        try:
            tally[f"{how}: {_tally(check_bytes(bytes(data)))}"] += 1
        except Exception:
            print(f"FAILED on a {how} copy: {bytes(data)!r}", file=sys.stderr)
            raise


def main() -> int:
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    tally: collections.Counter[str] = collections.Counter()
    start = time.perf_counter()
    try:
        hostile(cases - cases // 2, tally)
        mutated(cases // 2, tally)
    except Exception as exc:  # report the failure and its count, then fail the run
        print(f"fuzz: FAILED after {sum(tally.values())} cases: {type(exc).__name__}: {exc}")
        raise
    total = sum(tally.values())
    print(f"fuzz: {total} cases in {time.perf_counter() - start:.0f} s, 0 failures")
    for outcome, count in sorted(tally.items()):
        print(f"  {count:6d}  {outcome}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
