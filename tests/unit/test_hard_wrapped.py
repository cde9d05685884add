"""Hard-wrapped text: paragraphs come back whole whether they are marked by blank lines, by indentation or only by
a short last line, in both scripts, at any wrap width (a full stop that falls at the margin does not end one)."""

from __future__ import annotations

import pytest

from reader.article import parse_article
from reader.convert import convert
from reader.fold import fold

PARAGRAPHS = [
    "国家统计局今天发布数据显示，十月份全国规模以上工业增加值同比增长百分之四点六，比上月加快零点一个百分点。"
    "从环比看，十月份规模以上工业增加值比上月增长零点三九个百分点。分三大门类看，采矿业增加值增长百分之三点一。",
    "社会消费品零售总额四万三千三百三十三亿元，同比增长百分之七点六。其中，除汽车以外的消费品零售额增长百分之"
    "六点九。按经营单位所在地分，城镇消费品零售额增长百分之七点五。",
    "国家统计局新闻发言人表示，十月份国民经济持续恢复向好，生产需求稳步改善，就业物价总体稳定。但也要看到，外部"
    "环境仍然复杂严峻，国内需求仍显不足。",
    "1—10月份，全国固定资产投资419409亿元，同比增长2.9%。其中，民间投资下降0.5%。分领域看，基础设施投资增长5.9%，"
    "制造业投资增长6.2%。",
    "十月份，全国城镇调查失业率为百分之五。本地户籍劳动力失业率为百分之五点零。外来户籍劳动力失业率为百分之四点九。",
]
TITLE = "十月份国民经济持续恢复"


def _wrap(paragraph: str, width: int, by: str) -> list[str]:
    """Cut every *width* characters, or every 2 × *width* display columns (a Han character takes two), or by
    characters with a stop or comma that would open a line hung on the line before (kinsoku)."""
    if by == "columns":
        lines, current = [], ""
        for c in paragraph:
            if sum(1 if ord(x) < 0x1100 else 2 for x in current + c) > 2 * width:
                lines.append(current)
                current = ""
            current += c
        return [*lines, current] if current else lines
    lines = [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
    if by == "hanging":
        hung: list[str] = []
        for line in lines:
            while hung and line and line[0] in "，。、；：？！）”":
                hung[-1], line = hung[-1] + line[0], line[1:]
            if line:
                hung.append(line)
        lines = hung
    return lines


def _text(width: int, style: str, by: str = "characters") -> str:
    blocks = []
    for p in PARAGRAPHS:
        lines = _wrap(p, width, by)
        if style == "indent":
            lines[0] = "\u3000\u3000" + lines[0]
        blocks.append("\n".join(lines))
    return TITLE + "\n\n" + ("\n\n" if style == "blank" else "\n").join(blocks) + "\n"


def _unambiguous(width: int, style: str, by: str) -> bool:
    """A paragraph ending at the margin with neither a blank line nor an indent after it could go on: no reader
    can tell, so such layouts are not cases."""
    return style != "none" or all(len(_wrap(p, width, by)[-1]) < width - 1 for p in PARAGRAPHS)


WRAPPED = [
    (width, style, variant, by)
    for by in ("characters", "columns", "hanging")
    for variant in ("as written", "s2t")
    for style in ("blank", "indent", "none")
    for width in range(18, 42)
    if _unambiguous(width, style, by)
]


@pytest.mark.parametrize(("width", "style", "variant", "by"), WRAPPED)
def test_wrapped_paragraphs_come_back_whole(width: int, style: str, variant: str, by: str) -> None:
    text = _text(width, style, by)
    if variant == "s2t":
        text = convert(text, "s2t")  # converted line by line, so compare folded: 复杂 may become 復雜 or 複雜
    article = parse_article(text)
    assert fold(article.title or "") == TITLE
    assert [fold(p) for s in article.sections for p in s.paragraphs] == PARAGRAPHS


# A story copied with its lines broken at the clauses, at no fixed width, and a blank line after each paragraph:
# the lines that stop on a comma show the breaks are not paragraphs, so the blank lines are.
CLAUSE_BROKEN = [
    ["那天傍晚，老张挑着两担青菜进了城，", "走到桥头已经累得满头大汗，", "便在石阶上坐下歇脚。"],
    ["卖茶的老汉看见他，笑着问道：", "“今年的菜价比去年高了三成，", "你怎么还是挑这么多来？”"],
    ["老张叹了口气说：", "“家里五口人都等着吃饭，", "不多卖些，冬天的棉衣就没有着落了。”"],
    ["两人说了一阵闲话，", "天色渐渐暗了下来。", "老张挑起担子，又往城东去了。"],
]


@pytest.mark.parametrize("variant", ["as written", "s2t"])
def test_lines_broken_at_clauses_keep_their_blank_separated_paragraphs(variant: str) -> None:
    text = "\n\n".join("\n".join(block) for block in CLAUSE_BROKEN) + "\n"
    if variant == "s2t":
        text = convert(text, "s2t")
    article = parse_article(text)
    paragraphs = [fold(p).replace("\n", "") for s in article.sections for p in s.paragraphs]
    assert paragraphs == ["".join(block) for block in CLAUSE_BROKEN]
