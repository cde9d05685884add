"""Annotations core: flat text, selectors, re-anchoring after edits, variants, export and import."""

from __future__ import annotations

import json

import pytest

from reader.analysis import analyse_file, analyse_text
from reader.annotations import FlatText, anchor, make_selector, new_annotation, reanchor_all
from reader.annotations.exchange import (
    AnnotationImportError,
    DocumentInfo,
    from_json,
    records,
    section_titles,
    to_json,
    to_markdown,
)
from reader.annotations.model import TextQuote
from reader.annotations.variant_map import VariantMap
from reader.paths import SEED_ARTICLE, resource_path
from reader.variants import VARIANTS

TEXT = (
    "赤峰市新增确诊病例63例，其中无症状感染者7例。全市累计采样3,665人次，医护人员约10,000名。"
    "市委、政府先后5次召开经济运行调度会议，给政策、出措施。"
)


def _selector(text: str, quote: str) -> TextQuote:
    at = text.index(quote)
    return make_selector(text, at, at + len(quote))


@pytest.mark.parametrize(
    ("edit", "quote", "status", "found"),
    [
        # unchanged: the offsets still hold
        (lambda t: t, "先后5次召开", "anchored", "先后5次召开"),
        # text inserted before: the same words, elsewhere
        (lambda t: "编者按：本文有删改。" + t, "先后5次召开", "moved", "先后5次召开"),
        (
            lambda t: t.replace("赤峰市新增", "据通报，赤峰市本周新增"),
            "医护人员约10,000名",
            "moved",
            "医护人员约10,000名",
        ),
        # text deleted before
        (lambda t: t[t.index("全市") :], "先后5次召开", "moved", "先后5次召开"),
        # the quoted words changed: found between their old context
        (lambda t: t.replace("先后5次召开", "先后六次召开"), "先后5次召开", "fuzzy", "先后六次召开"),
        (lambda t: t.replace("63例", "64例"), "确诊病例63例", "fuzzy", "确诊病例64例"),
        # words and their near context changed, the quote still similar
        (
            lambda t: t.replace("全市累计采样3,665人次，", "全市累计采样3,666人次；"),
            "全市累计采样3,665人次",
            "fuzzy",
            "全市累计采样3,666人次",
        ),
        # the passage is gone: an orphan
        (lambda t: t[: t.index("市委")], "先后5次召开经济运行调度会议", "orphan", None),
        (lambda t: "完全不同的一篇文章。", "医护人员约10,000名", "orphan", None),
    ],
)
def test_reanchor_after_edit(edit, quote, status, found) -> None:
    selector = _selector(TEXT, quote)
    edited = edit(TEXT)
    start, end, got = anchor(selector, edited)
    assert got == status
    if found is not None:
        assert edited[start:end] == found
    assert 0 <= start <= end <= len(edited)


def test_repeated_quote_follows_its_context() -> None:
    text = "第一季度增长5%，出口平稳。第二季度增长5%，进口回落。"
    second = text.index("增长5%", 10)
    selector = make_selector(text, second, second + 4)
    edited = "前言。" + text.replace("出口平稳", "出口大致平稳")
    start, end, status = anchor(selector, edited)
    assert status == "moved"
    assert edited[start:end] == "增长5%"
    assert edited[start - 4 : start] == "第二季度"


def test_orphan_keeps_its_record_and_selector() -> None:
    a = new_annotation("note", _selector(TEXT, "先后5次召开"), note="核实")
    [orphan] = reanchor_all([a], "别的文字")
    assert orphan.orphan and orphan.selector == a.selector and orphan.note == "核实"
    [back] = reanchor_all([orphan], TEXT)  # the words come back: anchored again
    assert back.status == "anchored" and back.selector == a.selector


@pytest.fixture(scope="module")
def seed():
    return analyse_file(resource_path(SEED_ARTICLE))


def test_flat_text_pieces_are_the_article_texts(seed) -> None:
    flat = FlatText(seed.article)
    for piece in flat.pieces:
        assert flat.text[piece.start : piece.end] == piece.text
        assert flat.locate(piece.start) == (piece, 0)
    body = [p for p in flat.pieces if p.key[0] == "body"]
    assert [p.key[1:] for p in body] == [(s, i) for s, i, _ in seed.article.paragraphs()]


@pytest.mark.parametrize("variant", [v.config for v in VARIANTS])
def test_variant_map_matches_convert_analysis(seed, variant) -> None:
    """Every figure, carried with the annotation map, lands where convert_analysis puts it."""
    from reader.convert import convert_analysis

    flat = FlatText(seed.article)
    shown = convert_analysis(seed, variant)
    vmap = VariantMap(flat, variant)
    for placed, converted in zip(seed.figures, shown.figures, strict=True):
        if placed.where != "body":
            continue
        key = ("body", placed.section, placed.paragraph)
        start = flat.flat(key, placed.figure.start)
        end = flat.flat(key, placed.figure.end)
        [(got_key, a, b)] = vmap.to_shown(start, end)
        assert got_key == key
        assert (a, b) == (converted.figure.start, converted.figure.end)
        assert vmap.quote(start, end) == converted.figure.text
        assert vmap.from_shown(key, a, b) == (start, end)


def test_selection_in_converted_text_maps_back_to_whole_source_characters() -> None:
    article = analyse_text("他买了一个U盘和内存。\n\n第二段没有变化。").article
    flat = FlatText(article)
    vmap = VariantMap(flat, "s2twp")
    piece = flat.pieces[0]
    shown = vmap.shown_text(piece)
    assert "隨身碟" in shown
    a = shown.index("隨身碟")
    start, end = vmap.from_shown(piece.key, a + 1, a + 2)  # one character inside 隨身碟
    assert flat.text[start:end] in ("U盘", "盘", "U")  # source characters, never an empty span
    [(_, sa, sb)] = vmap.to_shown(start, end)
    assert sa <= a + 1 and sb >= a + 2  # and they cover what was selected
    mem = flat.text.index("内存")
    assert vmap.quote(mem, mem + 2) == "記憶體"


def _annotations(flat: FlatText) -> list:
    def sel(quote: str) -> TextQuote:
        at = flat.text.index(quote)
        return make_selector(flat.text, at, at + len(quote))

    return [
        new_annotation("highlight", sel("始终坚持人民至上"), colour="green"),
        new_annotation("note", sel("快速有力有效应对处置疫情"), note="依据？\n第二行 <b>不是标记</b>"),
        new_annotation("bookmark", sel("6月7日白天")),
        new_annotation("figure-mark", sel("5次"), mark="doubt", note="核实次数"),
    ]


def test_export_and_import_round_trip(seed) -> None:
    flat = FlatText(seed.article)
    items = records(_annotations(flat), flat, section_titles(seed.article), "s2tw")
    assert [i["section"] for i in items][:2] == ["赤峰有大爱 「双战」双胜利"] * 2
    assert items[0]["quote"] == "始终坚持人民至上" and items[0]["converted"] == "始終堅持人民至上"
    document = DocumentInfo("赤峰有大爱", "/x/seed.txt", "ab" * 32)
    text = to_json(document, items, "s2tw")
    back = from_json(text.encode())
    originals = {a.id: a for a in _annotations(flat)}  # new ids: compare by fields
    assert len(back) == 4
    by_quote = {a.selector.exact: a for a in back}
    for a in originals.values():
        got = by_quote[a.selector.exact]
        assert (got.kind, got.colour, got.note, got.mark, got.selector) == (
            a.kind,
            a.colour,
            a.note,
            a.mark,
            a.selector,
        )
    markdown = to_markdown(document, items, "s2tw")
    assert "> 始终坚持人民至上" in markdown and "> 始終堅持人民至上" in markdown
    assert "依据？\n第二行 <b>不是标记</b>" in markdown
    assert "## 1 敏锐果敢的赤峰定力" in markdown


def test_export_lists_orphans_last(seed) -> None:
    flat = FlatText(seed.article)
    a = reanchor_all([new_annotation("note", TextQuote(5, 9, "不存在的话", "", ""), note="n")], flat.text)
    items = records(a + _annotations(flat)[:1], flat, section_titles(seed.article))
    assert [i["status"] for i in items] == ["anchored", "orphan"]
    assert "## Orphans" in to_markdown(DocumentInfo("t", "", ""), items)


def _payload(**change) -> bytes:
    record = {
        "id": "abc",
        "kind": "highlight",
        "colour": "yellow",
        "mark": "",
        "note": "",
        "section": "",
        "status": "anchored",
        "created": "2026-12-01T10:00:00+00:00",
        "modified": "2026-12-01T10:00:00+00:00",
        "selector": {"start": 0, "end": 2, "exact": "赤峰", "prefix": "", "suffix": "市"},
    }
    record.update(change)
    return json.dumps({"format": "reader-annotations", "version": 1, "annotations": [record]}).encode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"not json", "not JSON"),
        (b'{"format": "reader-annotations", "version": 1, "annotations": [NaN]}', "not JSON"),
        (b"[]", "not a reader annotations export"),
        (b'{"format": "other", "version": 1, "annotations": []}', "not a reader annotations export"),
        (b'{"format": "reader-annotations", "version": 9, "annotations": []}', "unsupported"),
        (b'{"format": "reader-annotations", "version": true, "annotations": []}', "unsupported"),
        (_payload(kind="exec"), "kind"),
        (_payload(colour="#fff; x"), "colour"),
        (_payload(mark="maybe"), "mark"),
        (_payload(id="../../etc"), "id"),
        (_payload(note=5), "note is not text"),
        (_payload(created="yesterday"), "created"),
        (_payload(selector={"start": -1, "end": 2, "exact": "x"}), "offset"),
        (_payload(selector={"start": 3, "end": 2, "exact": "x"}), "ends before"),
        (_payload(selector={"start": True, "end": 2, "exact": "x"}), "offset"),
        (_payload(selector=[1, 2]), "no selector"),
        (_payload(selector={"start": 0, "end": 0, "exact": ""}), "nothing quoted"),
    ],
)
def test_import_rejects_bad_files(data: bytes, message: str) -> None:
    with pytest.raises(AnnotationImportError, match=message):
        from_json(data)


def test_import_accepts_a_valid_record() -> None:
    [a] = from_json(_payload())
    assert a.id == "abc" and a.selector == TextQuote(0, 2, "赤峰", "", "市")
