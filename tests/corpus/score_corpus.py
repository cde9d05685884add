"""Score the reader on the corpus of real articles (tests/corpus/articles), per article, per genre and overall.

    python tests/corpus/score_corpus.py [--split dev|test|all] [--batch B|none] [--verbose] [--markdown] [--sources]

The measures are those of the project's external scorer (shared/eval/score.py), so the numbers compare with the
ones taken on articles kept outside the repository:

- paragraphs: exact match (whitespace removed) over the body, lede + section paragraphs; a dateline the reader
  lifted out of the first paragraph is not held against it;
- headings: the same over section headings (two-line headings with their lines run together);
- figures: body figures matched by surface text; gold spans marked ``optional`` count neither way and
  ``alt_surfaces`` are accepted; figures of a lifted dateline may stand for gold lede figures;
- key statistics: recall of the gold's primary statistics by surface text;
- script invariance: the analysis of the text converted with OpenCC (s2t for Simplified, t2s for Traditional)
  equals the reader's own conversion of the original analysis (structure, figure spans, kinds, values, labels).

``--verbose`` lists each article's misses: use it on the dev split only (the test split is only scored).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reader.analysis import analyse_file, analyse_text  # noqa: E402
from reader.convert import convert, convert_analysis  # noqa: E402
from reader.export import analysis_to_dict  # noqa: E402
from reader.textio import read_file  # noqa: E402

ARTICLES = Path(__file__).resolve().parent / "articles"


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 1.0
    r = tp / gold if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Score:
    """One article's scores, with what was missed (for --verbose)."""

    name: str
    genre: str
    split: str
    paragraph_f: float
    heading_f: float
    title_ok: bool
    figure_p: float
    figure_r: float
    figure_f: float
    stats_found: int
    stats_primary: int
    invariant: bool
    details: dict[str, Any] = field(default_factory=dict)


def corpus(split: str = "all") -> list[tuple[Path, dict[str, Any]]]:
    """(raw UTF-8 text, gold) of every corpus article in *split*."""
    pairs = []
    for gold_path in sorted(ARTICLES.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if split != "all" and gold.get("source", {}).get("split") != split:
            continue
        text = ARTICLES / gold_path.name.replace(".gold.json", ".txt")
        if text.exists():
            pairs.append((text, gold))
    return pairs


def score_export(export: dict[str, Any], gold: dict[str, Any]) -> tuple[dict[str, float], dict[str, Any]]:
    """The external scorer's measures for one export object against one gold annotation."""
    art = gold["article"]
    gold_paras = [_norm(p) for p in art.get("lede") or []]
    for s in art.get("sections") or []:
        gold_paras += [_norm(p) for p in s.get("paragraphs") or []]
    got_paras = [_norm(p) for s in export["sections"] for p in s["paragraphs"]]
    dateline = _norm(export.get("dateline"))
    if dateline:
        gold_paras = [
            p[len(dateline) :] if p.startswith(dateline) and len(p) > len(dateline) else p for p in gold_paras
        ]
    common = sum((Counter(gold_paras) & Counter(got_paras)).values())
    _, _, paragraph_f = _prf(common, len(got_paras), len(gold_paras))
    gold_heads = [
        _norm("".join(s["heading_lines"]) if len(s.get("heading_lines") or []) > 1 else s.get("heading"))
        for s in art.get("sections") or []
        if s.get("heading")
    ]
    got_heads = [_norm(s["heading"]) for s in export["sections"] if s.get("heading")]
    _, _, heading_f = _prf(
        sum((Counter(gold_heads) & Counter(got_heads)).values()), len(got_heads), len(gold_heads)
    )

    outside = ("title", "deck", "byline", "dateline", "caption", "photo_caption")
    body_gold = [
        f for f in gold["figures"] if f.get("in_body", True) and f.get("location", "") not in outside
    ]
    required = [f for f in body_gold if not f.get("optional")]
    optional: Counter[str] = Counter()
    for f in body_gold:
        if f.get("optional"):
            optional.update([f["surface"], *(f.get("alt_surfaces") or [])])
    body = [f for f in export["figures"] if f.get("where", "body") == "body"]
    left = Counter(f["text"] for f in body)
    in_dateline = Counter(f["text"] for f in export["figures"] if f.get("where") == "dateline")
    tp, missed = 0, []
    for f in required:
        candidates = [f["surface"], *(f.get("alt_surfaces") or [])]
        hit = next((c for c in candidates if left[c] > 0), None)
        pool = left
        if hit is None:
            hit = next((c for c in candidates if in_dateline[c] > 0), None)
            pool = in_dateline
        if hit is None:
            missed.append(f["surface"])
            continue
        pool[hit] -= 1
        tp += 1
    extra = [s for s, n in left.items() for _ in range(max(0, n - optional.get(s, 0)))]
    figure_p, figure_r, figure_f = _prf(tp, tp + len(extra), len(required))

    primary = [k for k in gold.get("key_statistics") or [] if k.get("priority", "primary") == "primary"]
    shown = Counter(s["text"] for s in export["stats"])
    found = 0
    for k in primary:
        if shown[k.get("surface")] > 0:
            shown[k.get("surface")] -= 1
            found += 1
    title_ok = _norm(art.get("title")) == _norm(export.get("title"))
    scores = {
        "paragraph_f": paragraph_f,
        "heading_f": heading_f,
        "title_ok": title_ok,
        "figure_p": figure_p,
        "figure_r": figure_r,
        "figure_f": figure_f,
        "stats_found": found,
        "stats_primary": len(primary),
    }
    details = {
        "missed figures": missed,
        "extra figures": extra,
        "paragraphs not produced": [p[:24] for p in (Counter(gold_paras) - Counter(got_paras)).elements()],
        "paragraphs not in gold": [p[:24] for p in (Counter(got_paras) - Counter(gold_paras)).elements()],
        "headings": (gold_heads, got_heads),
        "title": (art.get("title"), export.get("title")),
        "stats missed": [
            k.get("surface") for k in primary if k.get("surface") not in {s["text"] for s in export["stats"]}
        ],
    }
    return scores, details


def invariance_differences(text: str) -> list[str]:
    """What differs between analysing the text converted to the other script and converting the analysis."""
    original = analyse_text(text)
    variant = "t2s" if original.article.script == "hant" else "s2t"
    converted_text = convert(text, variant)
    direct = analysis_to_dict(analyse_text(converted_text, original.article.encoding), "")
    # (both sides converted alike: with the characters OpenCC may write outside common fonts, 甘藷 -> 甘𫉄, as
    # OpenCC writes them; the window leaves those out by default, in text and analysis alike)
    mapped = analysis_to_dict(convert_analysis(original, variant, tofu=True), "")
    differences = []
    for key in ("title", "deck", "byline", "dateline", "captions", "notes"):
        if direct[key] != mapped[key]:
            differences.append(f"{key}: {direct[key]!r} != {mapped[key]!r}")
    shape = [(s["number"], s["heading"], s["level"], len(s["paragraphs"])) for s in direct["sections"]]
    if shape != [(s["number"], s["heading"], s["level"], len(s["paragraphs"])) for s in mapped["sections"]]:
        differences.append("sections differ")
    keys = ("text", "kind", "value", "low", "unit", "where", "section", "paragraph", "start", "end")
    a = [tuple(f[k] for k in keys) for f in direct["figures"]]
    b = [tuple(f[k] for k in keys) for f in mapped["figures"]]
    if a != b:
        differences.append(f"figures: {sorted(set(a) ^ set(b))[:6]}")
    skeys = ("label", "text", "value", "unit", "kind")
    sa = [tuple(s[k] for k in skeys) for s in direct["stats"]]
    sb = [tuple(s[k] for k in skeys) for s in mapped["stats"]]
    if sa != sb:
        differences.append(f"stats: {sorted(set(sa) ^ set(sb))[:6]}")
    return differences


def score_article(path: Path, gold: dict[str, Any], invariance: bool = True) -> Score:
    """Score one corpus article (its UTF-8 raw text) against its gold."""
    export = analysis_to_dict(analyse_file(path), path.name)
    scores, details = score_export(export, gold)
    differences = invariance_differences(read_file(path).text) if invariance else []
    details["invariance"] = differences
    source = gold.get("source", {})
    return Score(
        name=path.name,
        genre=source.get("genre", "?"),
        split=source.get("split", "?"),
        invariant=not differences,
        details=details,
        **scores,
    )


def summary(scores: list[Score]) -> dict[str, float]:
    """Mean paragraph F, heading F, figure F1, share of titles right, key statistics found, invariant articles."""
    if not scores:
        return {}
    primary = sum(s.stats_primary for s in scores)
    return {
        "articles": len(scores),
        "paragraph_f": statistics.mean(s.paragraph_f for s in scores),
        "heading_f": statistics.mean(s.heading_f for s in scores),
        "title": sum(s.title_ok for s in scores) / len(scores),
        "figure_f": statistics.mean(s.figure_f for s in scores),
        "stats": sum(s.stats_found for s in scores) / primary if primary else 1.0,
        "invariant": sum(s.invariant for s in scores) / len(scores),
    }


def _line(name: str, m: dict[str, float]) -> str:
    return (
        f"| {name} | {m['articles']:.0f} | {m['paragraph_f']:.2f} | {m['heading_f']:.2f} | {m['title']:.2f} | "
        f"{m['figure_f']:.2f} | {m['stats']:.2f} | {m['invariant']:.2f} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="all", choices=("dev", "test", "all"))
    parser.add_argument("--verbose", action="store_true", help="list each article's misses (dev split only)")
    parser.add_argument("--markdown", action="store_true", help="tables for the README, per split and genre")
    parser.add_argument("--sources", action="store_true", help="write tests/corpus/SOURCES.md from the golds")
    parser.add_argument("--no-invariance", action="store_true")
    parser.add_argument(
        "--batch",
        help="only the articles of this batch (the gold's source.batch, e.g. 2026-12-02), or 'none' for those "
        "without one: a new batch is scored once before any rule is tuned on it",
    )
    parser.add_argument(
        "--skip-batch",
        help="leave out the articles of these batches (comma-separated): work on the others while a new batch "
        "waits to be scored",
    )
    args = parser.parse_args(argv)
    if args.sources:
        write_sources()
        return 0
    if args.verbose and args.split != "dev":
        parser.error("--verbose shows individual errors: use it with --split dev only")
    chosen = [
        (p, g)
        for p, g in corpus(args.split)
        if (args.batch is None or (g.get("source", {}).get("batch") or "none") == args.batch)
        and g.get("source", {}).get("batch") not in (args.skip_batch or "").split(",")
    ]
    results = [score_article(p, g, not args.no_invariance) for p, g in chosen]
    if args.markdown:
        print(
            "| split / genre | articles | paragraph F | heading F | title | figure F1 | key stats | script-invariant |"
        )
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        for split in ("dev", "test"):
            chosen = [s for s in results if s.split == split]
            if chosen:
                print(_line(f"**{split}**", summary(chosen)))
        by_genre: dict[str, list[Score]] = defaultdict(list)
        for s in results:
            by_genre[s.genre].append(s)
        for genre in sorted(by_genre):
            print(_line(genre, summary(by_genre[genre])))
        print(_line("**all**", summary(results)))
        return 0
    for s in results:
        if s.split != "dev":
            continue  # test articles are only scored as a whole: their errors are not looked at
        print(
            f"{s.split:4} {s.name:44} para F={s.paragraph_f:.2f} head F={s.heading_f:.2f} title={'y' if s.title_ok else 'n'} "
            f"fig P={s.figure_p:.2f} R={s.figure_r:.2f} F1={s.figure_f:.2f} stats {s.stats_found}/{s.stats_primary} "
            f"{'' if s.invariant else 'NOT-INVARIANT'}"
        )
        if args.verbose:
            for key, value in s.details.items():
                if value:
                    print(f"    {key}: {value}")
    for split in ("dev", "test", "all"):
        m = summary(results if split == "all" else [s for s in results if s.split == split])
        if not m:
            continue
        print(
            f"{split:4} mean over {m['articles']:.0f}: paragraph F {m['paragraph_f']:.3f}, heading F {m['heading_f']:.3f}, "
            f"titles {m['title']:.2f}, figure F1 {m['figure_f']:.3f}, key stats {m['stats']:.2f}, "
            f"invariant {m['invariant']:.2f}"
        )
    return 0


def write_sources() -> None:
    """SOURCES.md: provenance and licence of every corpus article, from the gold files."""
    rows = ["# Sources of the corpus", "", "| article | split | genre | region | publisher | title | date | licence | url |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]  # fmt: skip
    for path, gold in corpus("all"):
        s = gold.get("source", {})
        cells = [path.stem, s.get("split"), s.get("genre"), s.get("region"), s.get("publisher"), s.get("title"),
                 s.get("date"), s.get("licence"), s.get("url")]  # fmt: skip
        rows.append("| " + " | ".join(str(c or "").replace("|", "\\|") for c in cells) + " |")
    (ARTICLES.parent / "SOURCES.md").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
