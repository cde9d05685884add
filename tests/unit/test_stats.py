import pytest

from reader.analysis import analyse_text
from reader.convert import convert


def stats_of(text: str) -> dict[str, str]:
    return {s.text: s.label for s in analyse_text(text).stats}


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        ("该市迅速锁定15140名密接、次密接人员，并全部落实隔离。", "15140名", "密接、次密接人员"),
        ("三区一旗设置核酸采样点779个，核酸采样台2240个。", "779个", "核酸采样点"),
        ("三区一旗设置核酸采样点779个，核酸采样台2240个。", "2240个", "核酸采样台"),
        ("先后完成了600多万人次的全员核酸大检测。", "600多万人次", "全员核酸大检测"),
        ("该县连续11天无新增病例。", "11天", "无新增病例"),
        ("完成投资333亿元，投资完成率44.74%。", "333亿元", "完成投资"),
        ("完成投资333亿元，投资完成率44.74%。", "44.74%", "投资完成率"),
        ("占地区生产总值比重达到12%以上。", "12%以上", "占地区生产总值比重"),
        ("社会消费品零售总额43333亿元，同比增长7.6%。", "7.6%", "社会消费品零售总额同比增长"),
        ("林西县已接受捐款149笔计2469452元。", "2469452元", "林西县接受捐款"),  # the subject before 已
        ("截至6月15日，该市重点项目已动、开工590项。", "590项", "重点项目动、开工"),
        # A duration after 仅用 / 历时 is the time something took: the clause before says what.
        ("400万人勠力同心，仅用18天时间。", "18天", "400万人勠力同心用时"),
        # A date with nothing on its side of the comma is the date of what the next clause says.
        ("6月17日，赤峰市全市解封。", "6月17日", "赤峰市全市解封"),
        ("累计进行了17轮200多万人次的社会面核酸检测。", "17轮", "社会面核酸检测"),
        ("培育1000家“专精特新”企业。", "1000家", "“专精特新”企业"),
        # Below-zero temperatures are statistics too; adverbs before the verb (将, 可) are not part of the label.
        ("预计北京最低气温将降至零下6℃。", "零下6℃", "预计北京最低气温"),  # a forecast says so
        ("局地降幅可达12℃以上。", "12℃以上", "局地降幅"),
        ("篮板球以48比35占优。", "48比35", "篮板球"),
        # Taiwan and Hong Kong reports say 年增 / 按年上升 where the mainland says 同比增长.
        ("稅後純益新台幣3252.6億元，年增54.2%。", "54.2%", "稅後純益年增"),
        ("訪港旅客達二千三百萬人次，按年上升百分之三十。", "百分之三十", "訪港旅客按年上升"),
        ("第4季營收預估介於261億至269億美元。", "261億至269億美元", "營收預估"),
        # OpenCC writes some simplified forms outside the basic plane (甘藷 -> 甘𫉄): still Han, still the label
        ("甘𫉄受损面积25公顷、受害程度15%。", "25公顷", "甘𫉄受损面积"),
    ],
)
def test_labels_name_what_was_counted(text: str, figure: str, label: str) -> None:
    assert stats_of(text)[figure] == label


def test_breakdowns_rank_below_totals_and_repeats_collapse() -> None:
    text = (
        "到6月17日，全市共确诊63例确诊病例，其中松山区3例、元宝山区1例。"
        "全市共确诊63例。治愈出院31例，解除隔离7532人。编号2024不是统计。"
    )
    stats = analyse_text(text).stats
    texts = [s.text for s in stats]
    assert texts.count("63例") == 1
    assert "2024" not in texts
    ranked = {s.text: i for i, s in enumerate(stats)}
    assert "3例" not in ranked or ranked["3例"] > ranked["63例"]


def test_panel_is_capped_at_thirty() -> None:
    text = "，".join(f"项目{i}完成投资{i * 7 + 13}亿元" for i in range(80)) + "。"
    assert len(analyse_text(text).stats) == 30


def test_comparisons_name_the_thing_compared() -> None:
    stats = stats_of("该行资产总额突破10万亿元，较上年末增长9.8%；预计全年新增贷款超8000亿元。")
    assert stats["9.8%"] == "该行资产总额较上年末"
    assert stats["超8000亿元"] == "预计全年新增贷款"


def test_a_loss_ranks_like_a_profit() -> None:
    from reader.figures import find_figures
    from reader.stats import _fixed_score

    loss, profit = find_figures("甲公司净利润-3亿元，乙公司净利润3亿元。")
    assert (loss.value, profit.value) == (-300_000_000, 300_000_000)
    assert _fixed_score(loss) == _fixed_score(profit)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # told apart by the date of their sentence
        (
            "截至5月3日，全省确诊病例120例。截至5月10日，全省确诊病例150例。",
            ["确诊病例（5月3日）", "确诊病例（5月10日）"],
        ),
        # the same date: told apart by what stands before the number in the clause
        (
            "到6月17日，赤峰市共确诊63例确诊病例，松山区3例、林西县其他53例确诊病例。",
            ["确诊病例（赤峰市共确诊）", "确诊病例（林西县其他）"],
        ),
    ],
)
def test_statistics_that_read_alike_are_told_apart(text: str, labels: list[str]) -> None:
    from reader.analysis import analyse_text

    counts = [
        s for s in analyse_text(text).stats if s.kind == "count" and s.unit == "例" and (s.value or 0) > 50
    ]
    assert [s.label for s in counts] == labels


@pytest.mark.parametrize(
    ("value", "simplified", "traditional"),
    [
        (33_300_000_000, "333亿", "333億"),
        (6_000_000, "600万", "600萬"),
        (10_000, "1万", "1萬"),
        (15_000, "1.5万", "1.5萬"),
        (3_530_000_000_000, "3.53万亿", "3.53萬億"),
        (-300_000_000, "-3亿", "-3億"),
        (2_469_452, None, None),  # not round in any magnitude: digits read best
        (15_140, None, None),
        (9_999, None, None),
        (12.5, None, None),
    ],
)
def test_values_round_in_a_chinese_magnitude_are_written_with_it(value, simplified, traditional) -> None:
    from reader.model import magnitude_text

    assert (magnitude_text(value), magnitude_text(value, traditional=True)) == (simplified, traditional)


def test_records_are_ordinals_of_events_not_names() -> None:
    from reader.analysis import analyse_text

    text = "长征二号丙运载火箭完成第89次发射。本市开始办理第二代居民身份证，首批共9项内容。"
    records = [s.text for s in analyse_text(text).stats if s.kind == "ordinal"]
    assert records == ["第89次"]


@pytest.mark.parametrize("convert_to", [None, "s2t"])
def test_ranks_are_statistics_and_old_money_is_money(convert_to: str | None) -> None:
    from reader.analysis import analyse_text
    from reader.convert import convert

    text = "与38个国家相比，我国排名第8，优于日本；第二代产品上市。范进得了二百两银子，又花四文铜钱买酒。"
    text = convert(text, convert_to) if convert_to else text
    stats = analyse_text(text).stats
    assert [s.text for s in stats if s.kind == "ordinal"] == ["第8"]
    assert [(s.kind, s.value) for s in stats if s.kind == "money"] == [("money", 200), ("money", 4)]


def test_small_spelled_out_counts_fill_a_panel_with_room_only() -> None:
    from reader.analysis import analyse_text

    short = analyse_text("立法会展出两辆古董车。")
    assert [s.text for s in short.stats] == ["两辆"]  # a short article: the one figure it has
    full = analyse_text("".join(f"第{i}区有{100 + i}名医护人员、两辆救护车。" for i in range(1, 40)))
    assert len(full.stats) == 30 and "两辆" not in {s.text for s in full.stats}


def test_a_label_keeps_the_characters_it_stands_in() -> None:
    """One folded character may stand for two originals in a paragraph (上週 … 周平均): the label is cut from
    where it stands, not mapped character by character."""
    from reader.analysis import analyse_text

    stats = analyse_text("上週以晴熱天氣為主，周總降水量33.2毫米；周平均氣溫28.8℃。").stats
    assert [s.label for s in stats] == ["周總降水量", "周平均氣溫"]


def test_a_table_rows_first_value_is_a_statistic_labelled_by_its_row() -> None:
    from reader.analysis import analyse_text

    text = (
        "2023年度业绩快报\n\n一、主要财务数据\n\n项目 | 本报告期 | 上年同期 | 增减变动幅度(%) |\n"
        "营业总收入 | 842,278,711.44 | 905,375,735.27 | -6.97 |\n营业利润 | 89,999,795.89 | 136,364,723.04 | -34.00 |\n"
    )
    stats = {s.text: s.label for s in analyse_text(text).stats}
    assert stats.get("842,278,711.44") == "营业总收入"
    assert stats.get("89,999,795.89") == "营业利润"
    assert "905,375,735.27" not in stats  # last year's column: the row's first value is the one it reports


def test_when_it_happened_enters_the_panel_after_what_was_counted() -> None:
    """An event's clock time (接警 at 20时13分) is what a reader of a rescue or a storm wants too, as the corpus
    annotators list it; it weighs least, so it fills a panel with room and comes after the counts."""
    text = "4月17日20时13分，瑞安消防接到求助报警，称有10名游客被困山中。直到18日0时40分，10名被困人员全部被找到。"
    stats = analyse_text(text).stats
    kinds = [s.kind for s in stats]
    assert "20时13分" in [s.text for s in stats] and "10名" in [s.text for s in stats]
    assert kinds.index("count") < kinds.index("time")


QUAKE = (
    "新龙县发生5.4级地震\n\n中国地震台网正式测定，10月9日新龙县发生5.4级地震。根据中国地震台网速报目录，"
    "震中周边200公里内近5年来发生3级以上地震共23次。震中周边50公里内近10年来发生4级以上地震共5次。\n"
)


def test_a_clue_that_tells_labels_apart_starts_after_the_figure_before_it() -> None:
    """Labels that read alike get the clause before their number as a clue; the clue starts after a figure
    standing in that clause (10月9日新龙县发生5.4级 gives 新龙县发生, never 月9日新龙县发生)."""
    labels = [s.label for s in analyse_text(QUAKE).stats]
    assert not any("月9日" in label or "里内" in label for label in labels)


def test_a_told_apart_label_converts_as_the_converted_text_writes_it() -> None:
    """The label and its clue are each cut from the text, so the other script's analysis gives the converted
    analysis's labels (里内 alone converts to 裏內, the text's 公里内 to 公里內)."""
    from tests.corpus.score_corpus import invariance_differences

    assert invariance_differences(QUAKE) == []
    assert invariance_differences(QUAKE.replace("10月9日新龙县", "10月9日新龙县里内")) == []


def test_one_amount_written_with_two_forms_of_a_character_is_one_statistic() -> None:
    """臺 and 台 are one character to a reader (新臺幣3,000元, 新台幣3,000元): the amount is one statistic, as it
    is once the text is converted to Simplified, where both are 新台币."""
    text = (
        "敬老禮金約新台幣3,000元至1萬元不等，計約4,088人領取。"
        "新增加85歲至89歲長者，致贈敬老禮金每人最高至新臺幣3,000元。"
    )
    stats = analyse_text(text).stats
    assert sum(1 for s in stats if s.value == 3000) == 1
    assert len(stats) == len(analyse_text(convert(text, "t2s")).stats)


def test_a_label_added_word_is_in_the_texts_script() -> None:
    """The time a thing took is labelled 用时 in Simplified, 用時 in Traditional, so the analysis of the converted
    text equals the converted analysis."""
    simplified = "400万人勠力同心，仅用18天。"  # (no 时 in the text to take the form from)
    assert stats_of(simplified)["18天"] == "400万人勠力同心用时"
    assert stats_of(convert(simplified, "s2t"))["18天"] == "400萬人勠力同心用時"
