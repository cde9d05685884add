import pytest

from reader.article import explain_structure, parse_article
from reader.article.headings import match_numbered


@pytest.mark.parametrize(
    ("line", "number", "heading", "run_in"),
    [
        ("1 敏锐果敢的赤峰定力", "1", "敏锐果敢的赤峰定力", False),
        ("1. 总体要求", "1.", "总体要求", False),
        ("一、指导思想", "一、", "指导思想", False),
        ("（一）基本原则", "（一）", "基本原则", False),
        ("第三章 发展目标", "第三章", "发展目标", False),
        ("（二）主要目标。到2025年，全市经济总量达到5000亿元。", "（二）", "主要目标", True),
        ("【编者按】", None, "【编者按】", False),
        # a Markdown heading's own number after its marks; a figure opening one is no number
        ("## 2.2 术语", "## 2.2", "术语", False),
        ("## 第一章 总则", "## 第一章", "总则", False),
        ("### 2万多员工待业", "###", "2万多员工待业", False),
    ],
)
def test_numbered_headings(line: str, number: str | None, heading: str, run_in: bool) -> None:
    match = match_numbered(line)
    assert match is not None
    assert (match.number, match.heading, match.run_in) == (number, heading, run_in)


@pytest.mark.parametrize(
    "line",
    [
        "第一，要坚持人民至上，切实保障群众生命安全。",
        "6月7日，该市卫健系统1013名领导迅速集结到位。",
        "2 人受伤，已送医院救治。",
        "15140名密接人员全部落实隔离。",
    ],
)
def test_sentences_starting_with_numbers_are_not_headings(line: str) -> None:
    assert match_numbered(line) is None


def test_government_document_levels_nest() -> None:
    text = "\n".join(
        [
            "关于推进数字经济发展的实施意见",
            "",
            "为加快数字经济发展，制定本意见。",
            "",
            "一、总体要求",
            "",
            "（一）指导思想",
            "",
            "坚持创新驱动，推动高质量发展。",
            "",
            "（二）主要目标。到2025年，全市数字经济核心产业增加值占比达到10%。",
            "",
            "二、重点任务",
            "",
            "1. 建设新型基础设施",
            "",
            "新建5G基站3000个。",
        ]
    )
    article = parse_article(text)
    assert article.title == "关于推进数字经济发展的实施意见"
    headed = [(s.number, s.heading, s.level) for s in article.sections[1:]]
    assert headed == [
        ("一、", "总体要求", 1),
        ("（一）", "指导思想", 2),
        ("二、", "重点任务", 1),
        ("1.", "建设新型基础设施", 3),
    ]
    # The run-in lead-in （二）主要目标。 opens a paragraph of the section it stands in, not a section of its own.
    assert article.sections[2].paragraphs[1].startswith("（二）主要目标。到2025年")


def test_wire_story_dateline_and_notes() -> None:
    text = (
        "新华社北京6月7日电（记者张三）国家统计局7日发布数据，5月份全国居民消费价格同比上涨2.1%。\n\n"
        "其中，城市上涨2.0%，农村上涨2.4%。\n\n责任编辑：李四"
    )
    article = parse_article(text)
    assert article.dateline == "新华社北京6月7日电（记者张三）"
    assert article.sections[0].paragraphs[0].startswith("国家统计局7日发布数据")
    assert article.notes == ("责任编辑：李四",)


def test_broken_paragraphs_rejoined_and_headline_block_lifted() -> None:
    text = "\n".join(
        [
            "6月7日清晨，赤峰市委、政府迅",
            "",
            "即召开会议。该市党员冲锋在前，转化为疫情防控的显著",
            "",
            "赤峰有大爱 「双战」双胜利",
            "",
            "赤峰市坚决打赢疫情歼灭战侧记",
            "",
            "本报记者●宋宏颖",
            "",
            "成效，让党旗高高飘扬。",
        ]
    )
    article = parse_article(text)
    assert (article.title, article.deck, article.byline) == (
        "赤峰有大爱 「双战」双胜利",
        "赤峰市坚决打赢疫情歼灭战侧记",
        "本报记者●宋宏颖",
    )
    assert article.sections[0].paragraphs == (
        "6月7日清晨，赤峰市委、政府迅即召开会议。该市党员冲锋在前，转化为疫情防控的显著成效，让党旗高高飘扬。",
    )


def test_scraper_lines_one_per_inline_element_are_joined() -> None:
    text = "据\n新华社\n报道，今年一季度国内生产总值同比增长5.3%。\n外贸进出口保持稳定。"
    article = parse_article(text)
    paragraphs = article.sections[0].paragraphs
    assert paragraphs[0] == "据新华社报道，今年一季度国内生产总值同比增长5.3%。"


def test_taiwan_news_in_traditional_script() -> None:
    text = "颱風凱米逼近　全臺停班停課\n\n記者王小明／臺北報導\n\n中央氣象署今天上午8時30分發布海上颱風警報，預計影響兩天。"
    article = parse_article(text)
    assert article.script == "hant"
    assert article.title == "颱風凱米逼近　全臺停班停課"
    assert article.byline == "記者王小明／臺北報導"


def test_short_unnumbered_subheadings_between_paragraphs() -> None:
    text = "\n\n".join(
        [
            "全市经济运行稳中向好",
            "今年以来，全市经济保持恢复态势，主要指标好于预期。",
            "工业生产较快增长",
            "规模以上工业增加值同比增长6.5%，高于全省平均水平。",
            "消费市场持续回暖",
            "社会消费品零售总额同比增长8.2%。",
        ]
    )
    article = parse_article(text)
    assert article.title == "全市经济运行稳中向好"
    assert [(s.heading, s.level, len(s.paragraphs)) for s in article.sections] == [
        (None, 0, 1),
        ("工业生产较快增长", 1, 1),
        ("消费市场持续回暖", 1, 1),
    ]


def test_two_line_unnumbered_heading_in_line_per_paragraph_text() -> None:
    text = (
        "今年以来，全市经济保持恢复态势，主要指标好于预期，发展质量稳步提升。\n"
        "工业生产\n较快增长\n"
        "规模以上工业增加值同比增长6.5%，高于全省平均水平，其中制造业增长7.1%。"
    )
    article = parse_article(text)
    assert [s.heading for s in article.sections] == [None, "工业生产 较快增长"]


def test_bracket_and_chapter_headings() -> None:
    text = "第一章 总则\n\n第一条 为了规范管理，制定本办法。\n\n【背景】\n\n本文介绍了三项措施。"
    article = parse_article(text)
    headed = [(s.number, s.heading) for s in article.sections if s.heading or s.number]
    assert headed[0] == ("第一章", "总则")
    assert "【背景】" in [h for _, h in headed]


@pytest.mark.parametrize("line", ["第十一章", "第四節", "第三编", "第一卷"])
def test_a_book_part_named_by_its_number_alone_has_that_number_for_heading(line: str) -> None:
    """第十一章 alone on its line heads its part: the gold schema's heading is then the whole line (shown once)."""
    article = parse_article(f"黑奴吁天录\n\n{line}\n\n当汤姆告行之日，午后，天阴欲雨，有一旅人投一村店求宿。")
    section = article.sections[-1]
    assert section.heading == line and section.title == line


def test_hard_wrapped_text_with_indented_paragraphs() -> None:
    text = (
        "　　国家统计局今天发布数据显示，前三季度全国规模以上工业增加值同比\n"
        "增长4.0%。\n"
        "其中，九月份同比增长4.5%，比上月加快0.4个百分\n"
        "点。\n"
        "　　从环比看，九月份规模以上工业增加值比上月增长0.36%。\n"
        "　　分经济类型看，九月份国有控股企业增加值同比增长4.6%。\n"
    )
    paragraphs = parse_article(text).sections[0].paragraphs
    assert len(paragraphs) == 3
    assert paragraphs[0].endswith("增长4.0%。其中，九月份同比增长4.5%，比上月加快0.4个百分点。")


@pytest.mark.parametrize("script", ["as written", "s2t"])
def test_hard_wrapped_text_indented_alike_throughout(script: str) -> None:
    """Every line set in by the same four spaces (an e-book's text block): the indent marks no paragraph, so the
    lines wrapped at the margin run on and a short line ending a sentence ends its paragraph."""
    lines = [
        "临河的土场上，太阳渐渐的收了他通黄的光线了。场边靠河的乌桕树叶，",
        "干巴巴的才喘过气来，几个花脚蚊子在下面哼着飞舞。面河的农家的烟突里，",
        "逐渐减少了炊烟，女人孩子们都在自己门口的土场上泼些水，放下小桌子，",
        "这已经是晚饭的时候了。",
        "老人男人坐在矮凳上，摇着大芭蕉扇闲谈，孩子飞也似的跑，或者蹲在乌桕",
        "树下赌玩石子。女人端出乌黑的蒸干菜和松花黄的米饭，热蓬蓬冒烟。河里",
        "驶过文人的酒船，文豪见了，大发诗兴。",
    ]
    text = " 风波\n" + "".join(f"    {line}\n" for line in lines)  # the title set in by one space less
    paragraphs = _paragraphs_in(text, script)
    assert len(paragraphs) == 2
    assert [len(p) for p in paragraphs] == [sum(map(len, lines[:4])), sum(map(len, lines[4:]))]


def test_web_page_dump_keeps_page_furniture_out_of_the_article() -> None:
    """A scraped page: breadcrumb above the title, share links, a list of related stories and a copyright line."""
    text = (
        "首页 > 新闻 > 国内\n"
        "全国秋粮收购进度过半 累计收购1.2亿吨\n"
        "2024-11-20 09:35:12 来源：新华网 作者：王明 字号：大 中 小\n"
        "分享到：\n"
        "新华社北京11月20日电（记者王明）记者从国家粮食和物资储备局获悉，截至11月15日，累计收购秋粮1.2亿吨。\n"
        "据介绍，今年秋粮收购总体平稳有序。其中，玉米收购6500万\n"
        "吨，大豆收购300万吨。\n"
        "责任编辑：李华\n"
        "相关新闻：\n"
        "粮食安全形势持续向好\n"
        "版权所有 © 新华网\n"
    )
    article = parse_article(text)
    assert article.title == "全国秋粮收购进度过半 累计收购1.2亿吨"
    assert article.dateline == "新华社北京11月20日电（记者王明）"
    assert article.sections[0].paragraphs == (
        "记者从国家粮食和物资储备局获悉，截至11月15日，累计收购秋粮1.2亿吨。",
        "据介绍，今年秋粮收购总体平稳有序。其中，玉米收购6500万吨，大豆收购300万吨。",
    )
    assert article.notes == (
        "首页 > 新闻 > 国内",
        "2024-11-20 09:35:12 来源：新华网 作者：王明 字号：大 中 小",
        "分享到：",
        "责任编辑：李华",
        "相关新闻：",
        "粮食安全形势持续向好",
        "版权所有 © 新华网",
    )


@pytest.mark.parametrize(
    "line",
    ["当前位置：首页 > 财经", "新闻 > 国内 > 正文", "Copyright © 2024 新华网", "【相关阅读】"],
)
def test_page_furniture_lines_are_notes(line: str) -> None:
    article = parse_article(f"标题在这里\n\n{line}\n\n正文第一段，说了一件事。")
    assert line in article.notes


def test_central_news_agency_dateline_in_brackets() -> None:
    text = "台積電上季獲利創新高\n\n（中央社記者張建中新竹17日電）台積電今天公布財報，稅後純益年增54.2%。\n\n（編輯：林家琛）1131017"
    article = parse_article(text)
    assert article.title == "台積電上季獲利創新高"
    assert article.dateline == "（中央社記者張建中新竹17日電）"
    assert article.sections[0].paragraphs == ("台積電今天公布財報，稅後純益年增54.2%。",)
    assert article.notes == ("（編輯：林家琛）1131017",)


def test_editors_note_between_title_and_byline() -> None:
    text = (
        "专访｜他用十年守护一片林\n\n编者按：近年来，各地涌现出一批生态守护者。\n\n本报记者 王芳\n\n"
        "问：您是什么时候开始做护林员的？\n\n答：2014年，那时我刚退伍。\n\n（本文图片均由受访者提供）"
    )
    article = parse_article(text)
    assert article.title == "专访｜他用十年守护一片林"
    assert article.byline == "本报记者 王芳"
    assert article.sections[0].paragraphs[0] == "问：您是什么时候开始做护林员的？"
    # the editor's note is kept apart from the interview, as the corpus's annotators all keep it
    assert article.notes == ("编者按：近年来，各地涌现出一批生态守护者。", "（本文图片均由受访者提供）")


def test_bulleted_subheads_and_a_closing_byline() -> None:
    text = (
        "辽宁队主场大胜广东队\n\n■ 比赛回顾\n\n辽宁队今晚以112比95战胜广东队，豪取5连胜。\n\n"
        "■ 数据统计\n\n辽宁队三分球28投13中，命中率46.4%。\n\n（记者 李明 沈阳报道）"
    )
    article = parse_article(text)
    assert [s.heading for s in article.sections] == [None, "比赛回顾", "数据统计"]
    assert article.byline == "（记者 李明 沈阳报道）"
    assert article.sections[2].paragraphs == ("辽宁队三分球28投13中，命中率46.4%。",)


def test_a_dash_before_a_short_line_over_its_text_marks_the_heading_and_is_no_part_of_it() -> None:
    text = (
        "龍缸景區游覽指南\n三、核心景點推薦\n- 龍缸天坑\n景區核心景點，深度達335米，坑壁如削，氣勢磅礴，被譽為天下第一缸。\n"
        "- 云端廊橋\n建在海拔1010.5米高的懸崖上的U字形全透明廊橋，挑出崖壁長達26.68米。"
    )
    article = parse_article(text)
    assert [s.heading for s in article.sections][-2:] == ["龍缸天坑", "云端廊橋"]


def test_a_bulleted_list_is_not_a_run_of_headings() -> None:
    text = "新规要点\n\n新规有三个特点：\n\n● 更高效\n\n● 更安全\n\n● 更便捷\n\n新规自明年起施行。"
    article = parse_article(text)
    assert [s.heading for s in article.sections] == [None]
    assert "● 更安全" in article.sections[0].paragraphs


def test_every_line_names_the_rule_that_gave_it_its_role() -> None:
    text = (
        "首页 > 新闻 > 国内\n"
        "全国秋粮收购进度过半\n"
        "新华社北京11月20日电（记者王明）记者获悉，累计收购秋粮1.2亿吨。\n"
        "一、收购进度\n"
        "玉米收购6500万\n"
        "吨。\n"
        "责任编辑：李华\n"
    )
    explained = explain_structure(text)
    assert [(e["line"], e["role"], e["rule"]) for e in explained] == [
        (1, "note", "note.breadcrumb"),
        (2, "title", "title.first_short_line"),
        (3, "dateline", "dateline.wire"),
        (4, "heading", "heading.cn"),
        (5, "body", "paragraph.starts"),
        (6, "body", "paragraph.continues_unfinished_sentence"),
        (7, "note", "note.credit"),
    ]
    assert explained[2]["text"] == "新华社北京11月20日电（记者王明）记者获悉，累计收购秋粮1.2亿吨。"[:40]


def test_a_centred_title_is_one_or_two_lines_and_three_are_verse() -> None:
    """Centred lines over the text of a filing are its title; three in a row are a poem's, no title of the page."""
    prose = "1   本年度报告摘要来自年度报告全文，为全面了解本公司的经营成果、财务状况及未来发展规划，投资者应当仔细阅读年度报告全文。"
    filing = f"意见反馈\n\n{' ' * 19}北京某某信息技术股份有限公司\n{' ' * 26}2023 年年度报告摘要\n\n{prose}\n"
    rules = [r["rule"] for r in explain_structure(filing)]
    assert rules[:3] == ["note.furniture", "title.centred", "title.centred"]
    verse = (
        "".join(f"{' ' * 19}{line}\n" for line in ("春眠不觉晓", "处处闻啼鸟", "夜来风雨声")) + prose + "\n"
    )
    assert "title.centred" not in [r["rule"] for r in explain_structure(verse)]


def _paragraphs_in(text: str, variant: str) -> list[str]:
    """The body paragraphs of *text* as written, or after an OpenCC conversion to *variant* (s2t, t2s)."""
    from reader.convert import convert

    if variant != "as written":
        text = convert(text, variant)
    return [p for s in parse_article(text).sections for p in s.paragraphs]


@pytest.mark.parametrize("script", ["as written", "s2t"])
def test_an_addressee_line_opens_its_own_paragraph(script: str) -> None:
    """Whom a document addresses (各县、区人民政府，市直各委、办、局：) opens a paragraph of its own, even under a
    line without a full stop, and the text it addresses opens the next."""
    text = (
        "临沧市人民政府关于印发道路交通安全管理办法的通知\n"
        "临政发〔2006〕12号文件 现予印发\n"
        "各县、区人民政府，市直各委、办、局：\n"
        "《临沧市道路交通安全管理办法》已经市人民政府同意，现印发给你们，请认真遵照执行。\n"
    )
    paragraphs = _paragraphs_in(text, script)
    assert any(
        p.startswith(("各县、区人民政府", "各縣、區人民政府")) and p.endswith("：") for p in paragraphs
    )


@pytest.mark.parametrize("script", ["as written", "t2s"])
def test_numbered_items_without_stops_each_open_a_paragraph(script: str) -> None:
    """A forum post's numbered items (1. 希望… / 2. 避開…) end without a stop; where the text is not wrapped at a
    margin, the next number opens the next paragraph rather than continuing an unfinished sentence."""
    text = (
        "一桶油環島挑戰心得\n"
        "交車至今1年半，偶而會看到機車24耐環島，覺得很有意思，也計畫來一次一桶油環島。\n"
        "1. 希望四極點都能在白天到達，便於拍照；極東三貂角燈塔看日出，極南鵝鑾鼻燈塔看夕陽\n"
        "2. 避開雨天，地濕滾動阻力大，耗油增加，視線不良，增加危險，所以選了連續晴天的日子\n"
        "3. 白天體力較佳時行駛西部，國道車流較多速度較慢，可以接近經濟時速，晚上再走東部\n"
    )
    paragraphs = _paragraphs_in(text, script)
    assert [p[:2] for p in paragraphs[-3:]] == ["1.", "2.", "3."]


def test_a_credit_in_brackets_is_not_cut_at_the_spaces_inside_it() -> None:
    """A page on one line, its paragraphs set apart by runs of spaces: a run of spaces inside an open bracket
    (新报讯(北方新报记者  马丽侠)) sets off a name, not a paragraph."""
    sentence = (
        "记者2月7日从自治区文旅厅了解到，春节假日期间全区共接待游客1000多万人次，实现旅游收入23.17亿元。"
    )
    text = (
        "内蒙古实现旅游收入23.17亿\n\n  新报讯(北方新报记者  马丽侠)  "
        + sentence
        + "  "
        + sentence * 3
        + "\n"
    )
    assert len(text.splitlines()[2]) >= 200
    explained = explain_structure(text)
    assert any(r["text"].startswith("新报讯(北方新报记者  马丽侠)") for r in explained)
    assert not any(r["text"].startswith("马丽侠") for r in explained)


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("將上回錯過的部份補回來.", True),  # a blog's Latin full stop after Chinese text
        ("比上年增長3.", False),  # a number cut at its decimal point
        ("升級到v2.", False),
        ("今天天氣很好。", True),
        ("今天天氣很好", False),
    ],
)
def test_a_latin_full_stop_after_chinese_ends_a_sentence(line: str, ends: bool) -> None:
    from reader.article.headings import is_terminated

    assert is_terminated(line) is ends


@pytest.mark.parametrize("script", ["as written", "s2t"])
def test_emoji_bulleted_entries_and_a_credit_after_the_stop_end_their_paragraphs(script: str) -> None:
    """An entry under an emoji bullet with its label (📍大雨：…) is whole on its line though it has no stop, and a
    bracketed source after a stop (…鼠宝宝。（取材自央视）) closes its sentence: the next line opens a paragraph."""
    text = (
        "气象署发布大雨特报\n"
        "气象署今日发布大雨特报，午后对流云系发展旺盛，易有短延时强降雨。\n"
        "📌影响时间：15日上午至15日晚上\n"
        "📍大雨：南投县山区、云林县山区、嘉义市\n"
        "气象署提醒，今天至周五台湾吹偏东风为主，只有北海岸有零星雨势。（取材自气象署）\n"
        "周日东北季风正式南下，北部、东半部变凉最明显。\n"
    )
    paragraphs = _paragraphs_in(text, script)
    first = "气" if script == "as written" else "氣"
    assert [p[:1] for p in paragraphs] == [first, "📌", "📍", first, "周" if script == "as written" else "週"]


@pytest.mark.parametrize("script", ["as written", "t2s"])
def test_long_lines_that_lost_their_stops_stay_paragraphs(script: str) -> None:
    """A page copied without its full stops (each paragraph one long line ending on a word, a blank line after):
    a sentence is not cut at a blank line after eighty characters, so each line stays a paragraph."""
    first = (
        "美國總統川普提名被視為立場鷹派的華許,出任下一任聯準會主席,市場擔心他將延續鮑爾的政策,"
        "也擔心他將配合川普降息並讓美元貶值以刺激出口,進而推升通膨並削弱美元作為國際儲備貨幣的地位的意圖"
    )
    second = (
        "自去年川普就職以來的一年間,美元其實已貶值了約10%。隨著避險情緒升溫,金價和銀價一路創高,"
        "美元指數則跌至四年低點,市場對美元信心動搖,各國央行也開始調整外匯存底配置以因應這股壓力"
    )
    text = f"讓美元貶值…川普2.0的下一步\n\n{first}\n\n{second}\n\n{first}。\n"
    assert len(_paragraphs_in(text, script)) == 3


def test_a_papers_labelled_fields_are_paragraphs_of_their_own() -> None:
    """关键词:数字经济  城市经济韧性 ends without a stop, yet the next field (基金项目:…) opens its own paragraph."""
    text = (
        "数字经济是否提升了城市经济韧性?\n\n"
        "内容提要:基于2011-2018年中国284个地级及以上城市面板数据,测度城市经济韧性。\n\n"
        "关键词:数字经济  城市经济韧性  中介效应\n"
        "基金项目:兵团社会科学基金一般项目“兵团高排放产业碳排放的效应测度”。\n"
    )
    assert [p[:3] for p in _paragraphs_in(text, "as written")] == ["内容提", "关键词", "基金项"]


def test_numbered_points_each_open_a_paragraph_where_only_bullets_are_indented() -> None:
    """A release whose page indents its contact bullets only: 一、… 二、… after a finished point each open a
    paragraph, though the text looks marked by indents."""
    text = (
        "3月底受僱員工人數為815萬5千人\n\n  • 主辦單位\n\n    國勢普查處\n\n  • 電話\n\n    (02)2380-3625\n\n"
        "一、3月底工業及服務業全體受僱員工人數815萬5千人,較上月增加1萬6千人。\n"
        "二、3月本國籍全時受僱員工經常性薪資平均為42,695元,較上月增0.14%。\n"
    )
    assert [p[:2] for p in _paragraphs_in(text, "as written")] == ["一、", "二、"]


@pytest.mark.parametrize("script", ["as written", "s2t", "t2s"])
def test_readings_each_closed_by_a_comma_are_one_paragraph_each(script: str) -> None:
    """An observatory's list of readings, one place to a line, each closed by a comma and the last by a stop: a list
    of entries, not a sentence wrapped at a margin.  A spaced teleprinter copy reads the same."""
    text = (
        "黄雨生效 大埔雨量达30毫米\n\n"
        "下午2时45分至3时45分，大屿山有闪电记录。各区录得雨量如下：\n"
        "大埔0至30毫米,\n屯门2至25毫米,\n九龙城3至19毫米,\n葵青0至1毫米。\n\n"
        "本 港 其 他 地 区 的 气 温 :\n"
        "京 士 柏            28 度 ,\n黄 竹 坑 29 度 ,\n打 鼓 岭 28 度 ,\n大 埔 27 度 ,\n"
    )
    paragraphs = _paragraphs_in(text, script)
    assert len(paragraphs) == 10, paragraphs
    assert paragraphs[1].startswith("大埔") and paragraphs[-1].replace(" ", "").startswith("大埔27")


@pytest.mark.parametrize("script", ["as written", "s2t"])
def test_a_table_aligned_with_asterisks_keeps_its_rows(script: str) -> None:
    """An exchange notice pads its table's cells to their columns with runs of asterisks: each row is one entry; a
    word blotted out with asterisks inside a sentence does not cut it."""
    text = (
        "公开资讯观测站重大讯息公告\n"
        "本公司有价证券近期多次达公布注意交易资讯标准，故公告相关讯息\n"
        "******************最近一月单月*********去年同月*******与去年同期增减%\n"
        "营业收入(百万元)**********810*************388****************109%\n"
        "税前净利(百万元)**********203*************111*****************83%\n"
        "每股盈余(元)**************************9.78\n"
        "网友留言说他***是个好人，\n"
        "大家都同意。\n"
    )
    paragraphs = _paragraphs_in(text, script)
    assert len(paragraphs) == 6, paragraphs
    assert paragraphs[-1].startswith("网友留言" if script == "as written" else "網友留言")


@pytest.mark.parametrize("script", ["as written", "s2t"])
def test_an_interview_turn_opens_a_paragraph_after_an_unfinished_line(script: str) -> None:
    """The interviewer's label opens a turn of an interview (记者：…) even where the line before it lost its stop
    (a subheading the scraper ran onto the lead-in): the question is a paragraph of its own."""
    text = (
        "王小丫：我只是冲在最前面的\n\n"
        "昨天下午5时40分，离节目录制还有1小时左右的空隙。\n"
        "本报记者与小丫就从这个话题开始聊起———心情变得有点沉重\n"
        "记者：小丫，最近挺累的吧，每天都是这样的到处跑？\n"
        "王小丫：确实有点累，不过早就习惯了。\n"
    )
    assert len(_paragraphs_in(text, script)) == 4


@pytest.mark.parametrize("script", ["as written", "s2t"])
def test_an_article_of_a_law_opens_a_paragraph_after_an_unfinished_line(script: str) -> None:
    """An article of a set of rules with its number set apart (第一条 根据…) opens a paragraph though the issuer's
    name above it has no stop; a line that opens with a clause's number in running text (第三十二条的规定) does not."""
    text = (
        "罚款处罚办法\n\n"
        "市政府\n\n"
        "第一条 根据《水资源管理条例》\n"
        "第三十二条的规定，制定本办法。\n"
        "第二条 未经批准擅自开凿机井的，处以1万元以上2万元以下罚款。\n"
    )
    paragraphs = _paragraphs_in(text, script)
    article = "条" if script == "as written" else "條"
    assert [p[:3] for p in paragraphs[-2:]] == [f"第一{article}", f"第二{article}"]
