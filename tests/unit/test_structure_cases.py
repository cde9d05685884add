"""Structure case tests written as data (tests/unit/data/structure_cases.txt): input lines → the role of each
line, as ``explain_structure`` reports it.  Every case is run as written and after OpenCC s2t and t2s."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.article import explain_structure, parse_article
from reader.convert import convert

CASES_FILE = Path(__file__).resolve().parent / "data" / "structure_cases.txt"


def load_cases() -> list[tuple[str, str, list[str]]]:
    """(name, input text, expected role per non-blank line) for every case in the file."""
    cases: list[tuple[str, str, list[str]]] = []
    name, lines, roles = "", [], []
    for raw in [*CASES_FILE.read_text(encoding="utf-8").splitlines(), "=== end"]:
        if raw.startswith("#") or (not raw.strip() and not name):
            continue
        if raw.startswith("=== "):
            if name:
                cases.append((name, "\n".join(lines), roles))
            name, lines, roles = raw[4:].strip(), [], []
            continue
        if not raw.strip():
            continue
        role, sep, text = raw.partition(" | ")
        if not sep:
            assert raw.strip() == "|", (
                f"{name}: a case line is 'role | text' or '|' for a blank line: {raw!r}"
            )
            lines.append("")
            continue
        lines.append(text)
        roles.extend(r.strip() for r in role.split(","))
    return cases


CASES = load_cases()


@pytest.mark.parametrize("variant", ["as written", "s2t", "t2s"])
@pytest.mark.parametrize(("name", "text", "roles"), CASES, ids=[c[0] for c in CASES])
def test_each_line_gets_its_role(name: str, text: str, roles: list[str], variant: str) -> None:
    if variant != "as written":
        text = convert(text, variant)
    explained = explain_structure(text)
    got = [e["role"] for e in explained]
    assert got == roles, [(e["role"], e["rule"], e["text"]) for e in explained]


@pytest.mark.parametrize(("name", "text", "roles"), CASES, ids=[c[0] for c in CASES])
def test_nothing_is_lost(name: str, text: str, roles: list[str]) -> None:
    kept = "".join("".join(t.split()) for t in parse_article(text).texts())
    assert sorted(kept) == sorted("".join(text.split()))
