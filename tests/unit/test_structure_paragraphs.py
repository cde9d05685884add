"""Where paragraphs begin and end, as a table of real-looking inputs and the paragraphs an editor would make of
them; each also after OpenCC s2t and t2s (compared folded, since a conversion may pick another variant)."""

from __future__ import annotations

import pytest

from reader.article import parse_article
from reader.convert import convert
from reader.fold import fold

CASES = [
    (
        "an enumerated item set apart after a line left open",
        "硬幣收集計劃書面質詢\n\n（三）有否計劃加強服務；若有，詳情為何；若否，\n\n（四）會考慮甚麼因素，以決定是否延長計劃？",
        ["（三）有否計劃加強服務；若有，詳情為何；若否，", "（四）會考慮甚麼因素，以決定是否延長計劃？"],
    ),
    (
        "a quotation set apart after the dash that introduces it",
        "闭幕会侧记\n\n面向全国各族人民，主席郑重宣示——\n\n“在新征程上作出无负时代的业绩。”",
        ["面向全国各族人民，主席郑重宣示——", "“在新征程上作出无负时代的业绩。”"],
    ),
    (
        "a midline ellipsis ends the paragraph",
        "颱風夜的回憶\n\n我們守在窗邊，等著天亮⋯⋯\n\n第二天一早，街上滿是斷枝。",
        ["我們守在窗邊，等著天亮⋯⋯", "第二天一早，街上滿是斷枝。"],
    ),
    (
        "rows of a results table are entries of their own",
        "国乒男团夺冠\n\n中国队以3比0战胜日本队。\n\n比赛结果：\n中国 3-0 日本\n樊振东 3-1 张本智和\n马龙 3-0 户上隼辅",
        ["中国队以3比0战胜日本队。", "比赛结果：", "中国 3-0 日本", "樊振东 3-1 张本智和", "马龙 3-0 户上隼辅"],
    ),
    (
        "pieces of a sentence cut at its links stay together",
        "前三季度经济运行平稳\n\n据\n国家统计局\n网站消息，前三季度国内生产总值同比增长4.8%。\n\n第三产业增长最快。",
        ["据国家统计局网站消息，前三季度国内生产总值同比增长4.8%。", "第三产业增长最快。"],
    ),
    (
        "a dateline alone on the first line opens the first paragraph; a closing name is the byline",
        "晚报多哈今晨专电\n世乒赛女团比赛昨晚结束，中国女队夺冠。\n男团决赛今天进行。（任小明）",
        ["世乒赛女团比赛昨晚结束，中国女队夺冠。", "男团决赛今天进行。"],
    ),
    (
        "the first line of a hard-wrapped text without a headline is not taken for one",
        "国务院总理李强3月5日在十四届全国人大二\n次会议上作政府工作报告时表示，今年发展\n主要预期目标是国内生产总值增长百分之五\n"
        "左右。\n报告指出，过去一年经济回升向好，高质量\n发展扎实推进，全年国内生产总值增长百分\n之五点二。",
        [
            "国务院总理李强3月5日在十四届全国人大二次会议上作政府工作报告时表示，今年发展主要预期目标是国内生产总值"
            "增长百分之五左右。",
            "报告指出，过去一年经济回升向好，高质量发展扎实推进，全年国内生产总值增长百分之五点二。",
        ],
    ),
    (
        "page furniture before the wire dateline is not the first paragraph",
        "首页国内国际财经体育视频评论\n\n新型固态电池问世\n\n国际新闻来源:某某网站 2025-12-18 08:31:19 A-A+\n\n"
        "某某娱乐官方网站-欢迎光临-最好的服务\n\n中新网合肥3月2日电 团队研制出一种新型固态电池。\n\n团队表示将推进量产。",
        ["团队研制出一种新型固态电池。", "团队表示将推进量产。"],
    ),
]


@pytest.mark.parametrize("variant", ["as written", "s2t", "t2s"])
@pytest.mark.parametrize(("name", "text", "paragraphs"), CASES, ids=[c[0] for c in CASES])
def test_paragraphs(name: str, text: str, paragraphs: list[str], variant: str) -> None:
    if variant != "as written":
        text = convert(text, variant)
    got = [fold(p) for s in parse_article(text).sections for p in s.paragraphs]
    assert got == [fold(p) for p in paragraphs]
