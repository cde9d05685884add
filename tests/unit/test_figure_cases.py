"""Figure case tests written as data (tests/unit/data/figure_cases.txt): a text → its figures' surfaces, kinds,
values, units and approximation.  Every case is run as written and after OpenCC s2t and t2s, where the same
figures must be found (their surfaces in the converted script, compared folded)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.convert import convert
from reader.figures import find_figures
from reader.fold import fold

CASES_FILE = Path(__file__).resolve().parent / "data" / "figure_cases.txt"

Expected = tuple[str, str, float | None, str | None, bool]


def _figure(field: str) -> Expected:
    surface, kind, value, unit = (part.strip() for part in field.split(" | "))
    approx = value.startswith("~")
    number = None if value == "-" else float(value.lstrip("~"))
    return surface, kind, number, None if unit == "-" else unit, approx


def load_cases() -> list[tuple[str, list[Expected]]]:
    """(text, expected figures) for every line of the file."""
    cases = []
    for line in CASES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, sep, figures = line.partition(" =>")
        assert sep, f"a case line is 'text => figures': {line!r}"
        cases.append((text, [_figure(f) for f in figures.split(" ; ") if f.strip()]))
    return cases


CASES = load_cases()


@pytest.mark.parametrize("variant", ["as written", "s2t", "t2s"])
@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_figures_of_each_case(text: str, expected: list[Expected], variant: str) -> None:
    if variant != "as written":
        text = convert(text, variant)
    found = [
        (fold(f.text), f.kind, f.value, fold(f.unit) if f.unit else None, f.approx)
        for f in find_figures(text)
    ]
    assert found == [(fold(s), k, v, fold(u) if u else None, a) for s, k, v, u, a in expected]
