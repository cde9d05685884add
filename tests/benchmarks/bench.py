"""Benchmarks that print numbers — medians of several runs, and ratios against a reference measured in the same
command — never pass/fail.  This machine has 2 cores and is noisy: compare ratios, not seconds.

    python tests/benchmarks/bench.py                 # everything
    python tests/benchmarks/bench.py core convert    # some sections (core, convert, ui)

core     decode → parse → figures → stats on the seed and on ~10 MB
convert  s2twp on the seed and on a 10 MB mixed corpus: ours in process (one core), the stock
         opencc-python-reimplemented engine, and whole process against whole process versus the official C++
         OpenCC 1.4.2 command line tool (set OPENCC_CLI, or pass --setup-reference to install it in a venv)
hostile  the slowest inputs of the accepted size: ~10 MB of one figure every two characters (3人), of an idiom
         with a number inside (百分之), of dates; and `--export json` of them (time and peak RSS)
ui       start-up of `reader --screenshot` against a bare PySide6 window, variant switch on the seed, opening and
         converting a 10 MB file in the window, peak memory
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import build as build_corpus

from reader.paths import SEED_ARTICLE, resource_path

RUNS = 5


def median_time(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def seed_news(target_bytes: int = 10_000_000) -> str:
    """~10 MB of news-like text: the seed's paragraphs in random order (none within three of itself), blank-line
    separated."""
    paragraphs = [p for p in resource_path(SEED_ARTICLE).read_text(encoding="utf-8").split("\n") if p.strip()]
    rng = random.Random(7)
    out, size = [], 0
    while size < target_bytes:
        p = rng.choice(paragraphs)
        if p in out[-3:]:
            continue  # a paragraph printed twice in a row is a scraper's repeat, which the reader sets aside
        out.append(p)
        size += len(p.encode()) + 2
    return "\n\n".join(out)


def section_core() -> None:
    from reader.analysis import analyse_bytes

    seed = resource_path(SEED_ARTICLE).read_bytes()
    analyse_bytes(seed)
    print(
        f"core: seed decode+parse+figures+stats   {median_time(lambda: analyse_bytes(seed), 21) * 1000:7.1f} ms"
    )
    data = seed_news().encode()
    print(f"core: 10 MB decode+parse+figures+stats  {median_time(lambda: analyse_bytes(data), 3):7.2f} s")


HOSTILE = {
    "3人 × 2 500 000": "3人" * 2_500_000,
    "百分之 × 1 100 000": "百分之" * 1_100_000,
    "2022年6月7日， × 700 000": "2022年6月7日，" * 700_000,
}


def section_hostile() -> None:
    """No accepted input (≤ 64 MB; these are ~10 MB) should take long: figures stop at MAX_FIGURES, idioms are
    masked before the rules run, windows never cut a number."""
    from reader.analysis import analyse_bytes

    for name, text in HOSTILE.items():
        data = text.encode()
        seconds = median_time(lambda data=data: analyse_bytes(data), 3)
        print(f"hostile: {name:<24} {len(data) / 1e6:5.1f} MB analysed in {seconds:5.2f} s")
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "hostile.txt"
            path.write_bytes(data)
            env = {**os.environ, "READER_CACHE_DIR": folder}
            start = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-m", "reader", "--export", "json", str(path)],
                stdout=subprocess.PIPE,
                env=env,
                check=True,
            ).stdout
            wall = time.perf_counter() - start
            rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(
                f"hostile:   --export json {wall:5.2f} s, JSON {len(out) / 1e6:5.1f} MB, peak RSS so far {rss:4.0f} MB"
            )


def _whole_process(cmd: list[str], stdin_path: Path, env: dict | None = None) -> tuple[float, float]:
    """(median seconds, peak RSS MB of the command and its children) for a command reading a file on stdin."""
    times = []
    for _ in range(3):
        with stdin_path.open("rb") as source:
            start = time.perf_counter()
            subprocess.run(cmd, stdin=source, stdout=subprocess.DEVNULL, check=True, env=env)
            times.append(time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return statistics.median(times), peak


def _reference_cli(setup: bool) -> tuple[list[str], dict] | None:
    """The official OpenCC command line tool: OPENCC_CLI, or installed from PyPI into a venv with --setup-reference."""
    cli = os.environ.get("OPENCC_CLI")
    venv = Path(tempfile.gettempdir()) / "reader-opencc-reference"
    if not cli and setup and not venv.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "OpenCC==1.4.2"], check=True)
    if not cli:
        found = list(venv.glob("lib/python*/site-packages/opencc/clib/bin/opencc"))
        cli = str(found[0]) if found else None
    if not cli or not Path(cli).exists():
        return None
    clib = Path(cli).parent.parent
    env = {
        **os.environ,
        "LD_LIBRARY_PATH": str(clib / "lib64") + os.pathsep + os.environ.get("LD_LIBRARY_PATH", ""),
    }
    return [cli, "-c", str(clib / "share" / "opencc" / "s2twp.json")], env


def section_convert(setup_reference: bool) -> None:
    from reader.convert import get_converter, stock_convert

    seed = resource_path(SEED_ARTICLE).read_text(encoding="utf-8")
    start = time.perf_counter()
    converter = get_converter("s2twp", tofu=False)
    print(f"convert: build s2twp tables              {(time.perf_counter() - start) * 1000:7.0f} ms")
    print(
        f"convert: seed s2twp                      {median_time(lambda: converter.convert(seed), 21) * 1000:7.1f} ms"
    )
    corpus = build_corpus(10, 1)
    ours = median_time(lambda: converter.convert(corpus), 3)
    size = len(corpus.encode()) / 1e6
    print(f"convert: 10 MB s2twp, ours, one core     {ours:7.2f} s  ({size / ours:.1f} MB/s)")
    piece = corpus[:200_000]
    stock = median_time(lambda: stock_convert(piece, "s2twp"), 3) * len(corpus) / len(piece)
    print(
        f"convert: 10 MB s2twp, stock engine       {stock:7.2f} s  (scaled from 200k chars; ours {stock / ours:.1f}x faster)"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.txt"
        path.write_text(corpus, encoding="utf-8")
        reader = shutil.which("reader") or sys.executable
        cmd = (
            [reader, "--convert", "s2twp"]
            if reader != sys.executable
            else [reader, "-m", "reader", "--convert", "s2twp"]
        )
        ours_process, peak = _whole_process(cmd, path)
        print(
            f"convert: 10 MB `reader --convert s2twp`  {ours_process:7.2f} s  whole process, peak RSS {peak:.0f} MB"
        )
        reference = _reference_cli(setup_reference)
        if reference is None:
            print("convert: official OpenCC CLI not found (set OPENCC_CLI or pass --setup-reference)")
            return
        cmd, env = reference
        theirs, _ = _whole_process(cmd, path, env)
        print(
            f"convert: 10 MB official OpenCC 1.4.2 CLI {theirs:7.2f} s  whole process; ratio ours/official {ours_process / theirs:.2f}"
        )


def section_ui() -> None:
    from ui_bench import run_ui_benchmarks

    run_ui_benchmarks(seed_news)


if __name__ == "__main__":
    wanted = [a for a in sys.argv[1:] if not a.startswith("--")] or ["core", "convert", "hostile", "ui"]
    if "core" in wanted:
        section_core()
    if "convert" in wanted:
        section_convert("--setup-reference" in sys.argv)
    if "hostile" in wanted:
        section_hostile()
    if "ui" in wanted:
        section_ui()
