"""Score the reader's analysis of the seed against the hand annotation in shared/seed/gold.json.

Used by the golden tests and printable on its own (``python tests/golden/seed_score.py``) while tuning rules.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from reader.analysis import analyse_file
from reader.paths import resource_path

GOLD_CANDIDATES = (
    Path(__file__).resolve().parents[3] / "shared" / "seed" / "gold.json",
    Path(__file__).resolve().parent / "seed_gold.json",
)


def load_gold() -> dict:
    """The gold annotation: the shared copy when present, else the copy kept beside this test."""
    for path in GOLD_CANDIDATES:
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
    raise FileNotFoundError("gold.json not found")


def _location(section: int) -> str:
    return "lede" if section == 0 else f"section{section}"


@dataclass
class FigureScore:
    true_positive: int
    false_positive: int
    false_negative: int
    value_correct: int
    misses: list[str]
    extras: list[str]

    @property
    def precision(self) -> float:
        return self.true_positive / max(1, self.true_positive + self.false_positive)

    @property
    def recall(self) -> float:
        return self.true_positive / max(1, self.true_positive + self.false_negative)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / max(1e-9, p + r)


def score_figures(analysis, gold: dict) -> FigureScore:
    """Span F1 over the required gold spans; optional spans are neither rewarded nor penalised."""
    required: dict[tuple[str, int, int, int], dict] = {}
    optional: set[tuple[str, int, int, int]] = set()
    alternatives: dict[tuple[str, int, str], tuple[str, int, int, int]] = {}
    for g in gold["figures"]:
        key = (g["location"], g["paragraph_index"], g["start"], g["end"])
        (optional.add(key) if g.get("optional") else required.__setitem__(key, g))
        for alt in g.get("alt_surfaces", []):
            alternatives[(g["location"], g["paragraph_index"], alt)] = key
    found: dict[tuple[str, int, int, int], object] = {}
    extras: list[str] = []
    paragraphs = {(si, pi): text for si, pi, text in analysis.article.paragraphs()}
    for placed in analysis.figures:
        if placed.where != "body":
            continue
        f = placed.figure
        key = (_location(placed.section), placed.paragraph, f.start, f.end)
        if key in required or key in optional:
            found[key] = f
            continue
        text = paragraphs[(placed.section, placed.paragraph)]
        # Accept a documented alternative boundary that covers the gold span.
        alt = None
        for g_key, g in required.items():
            if g_key[:2] == key[:2] and f.start <= g_key[2] and g_key[3] <= f.end:
                if f.text in g.get("alt_surfaces", []) or (
                    text[g_key[2] : g_key[3]] in f.text and len(f.text) - (g_key[3] - g_key[2]) <= 0
                ):
                    alt = g_key
            if (
                g_key[:2] == key[:2]
                and g_key[2] <= f.start
                and f.end <= g_key[3]
                and f.text in g.get("alt_surfaces", [])
            ):
                alt = g_key
        if alt is not None and alt not in found:
            found[alt] = f
        else:
            extras.append(f"{key}: {f.text}")
    tp = sum(1 for k in required if k in found)
    value_ok = 0
    for k, g in required.items():
        f = found.get(k)
        if f is None:
            continue
        if g["kind"] in ("date",):
            value_ok += f.kind == "date"
        elif g.get("value") is None or (
            f.value is not None and abs(float(f.value) - float(g["value"])) < 1e-6
        ):
            value_ok += 1
    misses = [f"{k}: {g['surface']}" for k, g in required.items() if k not in found]
    return FigureScore(tp, len(extras), len(required) - tp, value_ok, misses, extras)


def score_stats(analysis, gold: dict) -> tuple[int, int, list[str]]:
    """(primary key statistics found, how many primaries, the missing ones) matching on value and unit."""
    have = {(float(s.value) if s.value is not None else s.text, s.unit) for s in analysis.stats}
    have_text = {s.text for s in analysis.stats}
    primaries = [k for k in gold["key_statistics"] if k["priority"] == "primary"]
    missing = []
    for k in primaries:
        key = (float(k["value"]), k["unit"]) if isinstance(k["value"], (int, float)) else None
        if (key and key in have) or k["surface"] in have_text:
            continue
        missing.append(f"{k['label']} {k['surface']}")
    return len(primaries) - len(missing), len(primaries), missing


if __name__ == "__main__":
    gold = load_gold()
    analysis = analyse_file(resource_path("seed_article.txt"))
    s = score_figures(analysis, gold)
    print(
        f"figures: P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} values={s.value_correct}/{s.true_positive}"
    )
    print("missed:", *s.misses, sep="\n  ")
    print("extra:", *s.extras, sep="\n  ")
    got, total, missing = score_stats(analysis, gold)
    print(f"stats: {got}/{total} primaries in a panel of {len(analysis.stats)}; missing: {missing}")
