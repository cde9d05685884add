"""The whole pipeline on hostile text (bounded: about 200 cases a run; the long run is tests/benchmarks/fuzz.py)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.property.fuzz import ENCODINGS, check_pipeline, hostile_text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text, st.sampled_from(ENCODINGS))
def test_hostile_text_never_breaks_the_pipeline(text: str, encoding: str) -> None:
    check_pipeline(text, encoding)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["9" * 400, "一" * 4301, "<b>", "人", "亿元", "\u202e", "。", "\n"]), max_size=12
    )
)
def test_huge_numbers_and_markup_alone(pieces: list[str]) -> None:
    check_pipeline("共有" + "".join(pieces))
