"""Read aloud's text (reader/speech.py): sentences and figures for the ear."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.speech import sentences, spoken


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他来了。她走了！", ["他来了。", "她走了！"]),
        ("“走吧。”他说", ["“走吧。”", "他说"]),
        ("真的吗？？是的……", ["真的吗？？", "是的……"]),
        ("一行\n二行", ["一行\n", "二行"]),
        ("没有句号", ["没有句号"]),
        ("", []),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("密接15,140名", "密接15140名"),
        ("投资2,469,452元", "投资2469452元"),
        ("增长3.5%", "增长百分之3.5"),
        ("占９０％", "占百分之９０"),
        ("出生率2‰", "出生率千分之2"),
        ("3~5天", "3至5天"),
        ("BA.2毒株", "BA.2毒株"),
        ("1,2-二芳肼", "1,2-二芳肼"),
    ],
)
def test_spoken(text: str, expected: str) -> None:
    assert spoken(text) == expected


@given(st.text(max_size=80))
def test_sentences_cover_the_text_in_order(text: str) -> None:
    spans = sentences(text)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))
    assert sum(1 for c in text if not c.isspace()) == sum(
        1 for a, b in spans for c in text[a:b] if not c.isspace()
    )
