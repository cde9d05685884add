"""Properties of re-anchoring: no edit to the text ever loses an annotation record."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.annotations import anchor, make_selector, new_annotation, reanchor_all
from reader.annotations.model import COLOURS, TextQuote
from reader.annotations.store import AnnotationStore

BASE = (
    "自6月7日赤峰市疫情发生以来，赤峰市委、政府深入贯彻落实重要指示精神，始终坚持人民至上、生命至上的理念。"
    "疫情期间，市委、政府先后5次召开经济运行调度会议，给政策、出措施，促使企业平稳生产。\n"
    "林西县累计进行了17轮200多万人次核酸检测，确诊病例63例，无症状感染者7例。"
)
WORDS = st.text(alphabet="赤峰市疫情的了在和5次例人，。 \nAB", max_size=12)


@st.composite
def edited_text(draw) -> str:
    """BASE after a few random insertions, deletions and replacements."""
    text = BASE
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        length = draw(st.integers(0, 20))
        text = text[:at] + draw(WORDS) + text[at + length :]
    return text


@st.composite
def annotations(draw) -> list:
    out = []
    for _ in range(draw(st.integers(1, 6))):
        start = draw(st.integers(0, len(BASE) - 1))
        end = draw(st.integers(start + 1, min(len(BASE), start + 30)))
        kind = draw(st.sampled_from(["bookmark", "highlight", "note", "figure-mark"]))
        out.append(
            new_annotation(
                kind,
                make_selector(BASE, start, end),
                colour=draw(st.sampled_from(COLOURS)) if kind == "highlight" else "",
                note=draw(st.text(max_size=5)),
            )
        )
    return out


@settings(max_examples=300, deadline=None)
@given(annotations(), edited_text())
def test_random_edits_never_lose_an_annotation(items, text) -> None:
    anchored = reanchor_all(items, text)
    assert [a.id for a in anchored] == [a.id for a in items]
    for before, after in zip(items, anchored, strict=True):
        assert (after.kind, after.note, after.colour, after.created) == (
            before.kind,
            before.note,
            before.colour,
            before.created,
        )
        s = after.selector
        if after.status == "orphan":
            assert s == before.selector  # kept as it was, to be found again later
        else:
            assert 0 <= s.start <= s.end <= len(text)
            assert text[s.start : s.end] == s.exact
            if after.status in ("anchored", "moved"):
                assert s.exact == before.selector.exact
    # Anchoring again in the same text changes nothing but the status of what moved.
    again = reanchor_all(anchored, text)
    assert [(a.selector, a.orphan) for a in again] == [(a.selector, a.orphan) for a in anchored]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(annotations(), st.lists(edited_text(), min_size=1, max_size=3))
def test_records_survive_edits_through_the_database(tmp_path: Path, items, texts) -> None:
    """Edit after edit, re-anchored and saved each time: the database still holds every record."""
    store = AnnotationStore(tmp_path / f"p{len(list(tmp_path.iterdir()))}.sqlite3")
    document = store.document("digest", "/a.txt")
    assert document is not None
    assert store.save(document, items)
    for i, text in enumerate(texts):
        document = store.document(f"digest-{i}", "/a.txt")  # the same file, edited
        stored = store.annotations(document)
        assert store.save(document, reanchor_all(stored, text))
    assert sorted(a.id for a in store.annotations(document)) == sorted(a.id for a in items)
    store.close()


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=60),
    st.integers(-5, 80),
    st.integers(-5, 80),
    st.text(max_size=10),
    st.text(max_size=40),
    st.text(max_size=40),
)
def test_anchor_never_raises_and_stays_in_bounds(text, start, end, exact, prefix, suffix) -> None:
    a, b, status = anchor(TextQuote(start, end, exact, prefix, suffix), text)
    assert 0 <= a <= b <= len(text)
    if status in ("anchored", "moved"):
        assert text[a:b] == exact
