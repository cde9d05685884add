import html
import itertools
import re

import pytest

from reader.analysis import analyse_text
from reader.render import ArticleRenderer, article_units, paginate, render_article, widen_punctuation
from tests.golden.seed_score import load_gold  # noqa: F401  (the golden package is importable)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("赤峰市,政府", "赤峰市，政府"),
        ("3,000人", "3,000人"),
        ("BA.2毒株", "BA.2毒株"),
        ("三区一旗(喀喇沁旗)设置", "三区一旗（喀喇沁旗）设置"),
        ("“我是党员,我先上一线抗疫!”的呼声", "“我是党员，我先上一线抗疫！”的呼声"),
        ("Hello, world (test)", "Hello, world (test)"),
        ("他说:好吗?", "他说：好吗？"),
    ],
)
def test_widen_punctuation_only_inside_chinese(text: str, expected: str) -> None:
    assert widen_punctuation(text) == expected
    assert len(widen_punctuation(text)) == len(text)


def test_html_is_escaped_and_figures_are_links() -> None:
    analysis = analyse_text("标题文字\n\n<script>alert(1)</script>共有15名记者&编辑参加。")
    rendered = render_article(analysis)
    assert "<script>" not in rendered and "&lt;script&gt;" in rendered and "&amp;编辑" in rendered
    assert re.search(r'<a href="fig:\d+" class="fig fig-count">15名</a>', rendered)
    assert '<a name="p0-0"></a>' in rendered


def test_wide_punctuation_keeps_figure_offsets() -> None:
    analysis = analyse_text("核酸采样点779个,核酸采样台2240个(共3019个)。")
    rendered = ArticleRenderer(analysis, wide_punctuation=True).render()
    plain = html.unescape(re.sub(r"<[^>]+>", "", rendered))
    assert "779个，核酸采样台2240个（共3019个）。" in plain
    assert ">779个<" in rendered and ">2240个<" in rendered


def test_pages_cut_at_headings_and_cover_every_unit() -> None:
    text = "\n\n".join(f"第{i}章 标题{i}\n\n" + "正文段落。" * 400 for i in range(1, 30))
    analysis = analyse_text(text)
    units = article_units(analysis)
    pages = paginate(units, 5000)
    assert pages[0][0] == 0 and pages[-1][1] == len(units)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pages))
    assert all(units[start].kind == "heading" for start, _ in pages[1:])


def test_captions_stand_where_they_stood_in_the_text() -> None:
    """A file holding an article twice showed both photo captions after the first lede (and a 10 MB file ~960
    captions on page 1): each caption now stands by the paragraph that followed it, and the export says where."""
    import json

    from reader.analysis import analyse_text
    from reader.export import export_json
    from reader.render import article_units

    story = (
        "一、抗疫一线\n\n医护人员连续奋战十多天，完成核酸检测200多万人次。\n\n"
        "图为医护人员在采样点工作。\n\n全市共设置核酸采样点779个，采样台2240个。\n\n"
    )
    analysis = analyse_text("赤峰有大爱\n\n" + story + story.replace("一、", "二、"))
    places = [analysis.article.caption_place(i) for i in range(2)]
    assert places == [(1, 1), (2, 1)]
    order = [(u.kind, u.section if u.kind != "caption" else u.index) for u in article_units(analysis)]
    assert order.index(("caption", 0)) == order.index(("para", 1)) + 1
    assert order.index(("caption", 1)) == order.index(("para", 2)) + 1
    assert json.loads(export_json(analysis, "x.txt"))["caption_places"] == [[1, 1], [2, 1]]
