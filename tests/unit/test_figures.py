import pytest

from reader.analysis import analyse_text
from reader.convert import convert
from reader.figures import find_figures
from reader.fold import fold


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6月7日凌晨3时", [("6月7日", "date"), ("凌晨3时", "time")]),
        ("28日6时发布", [("28日", "date"), ("6时", "time")]),
        ("2023年3月5日", [("2023年3月5日", "date")]),
        ("2023-03-05", [("2023-03-05", "date")]),
        ("1-9月", [("1-9月", "date")]),
        ("从6月8日至6月24日", [("6月8日", "date"), ("6月24日", "date")]),
        ("6月17日24时", [("6月17日", "date"), ("24时", "time")]),
        ("早6时", [("早6时", "time")]),
        ("下午兩時卅分", [("下午兩時卅分", "time")]),
        ("廿三日", [("廿三日", "date")]),
        ("10:30开会", [("10:30", "time")]),
    ],
)
def test_dates_and_times(text: str, expected: list) -> None:
    assert [(f.text, f.kind) for f in find_figures(text)] == expected


def test_coordinated_one_counts() -> None:
    assert [f.text for f in find_figures("三区一旗设置采样点")] == ["三区", "一旗"]


def test_traditional_and_simplified_find_the_same_figures() -> None:
    simplified = "该县连续11天无新增病例，累计治愈出院31例，解除隔离7532人，完成投资333亿元。"
    traditional = "該縣連續11天無新增病例，累計治癒出院31例，解除隔離7532人，完成投資333億元。"
    assert [(f.value, f.unit, f.start, f.end) for f in find_figures(simplified)] == [
        (f.value, f.unit if f.unit != "億元" else "元", f.start, f.end) for f in find_figures(traditional)
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [("拖了兩個多月", "個月"), ("近兩個月", "個月"), ("三個多小時", "個小時"), ("5.2億元", "元")],
)
def test_the_unit_is_written_as_the_text_writes_it(text: str, unit: str) -> None:
    """A unit with 多 or 半 inside it (兩個多月) keeps the script of the text, as every other unit does: the
    statistics panel tells figures apart by unit, so a folded one would set the scripts apart."""
    assert [f.unit for f in find_figures(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Temperatures are measurements; 零下 and a minus sign belong to the figure.
        ("最低气温零下5℃", [("零下5℃", "count", -5, "℃", None)]),
        ("气温-3℃", [("-3℃", "count", -3, "℃", None)]),
        ("达到38摄氏度", [("38摄氏度", "count", 38, "摄氏度", None)]),
        # Signed rates and amounts; a hyphen after a figure joins a range instead.
        ("同比-5.2%", [("-5.2%", "percent", -5.2, "%", None)]),
        ("CPI同比+0.3%", [("+0.3%", "percent", 0.3, "%", None)]),
        ("净利润-3亿元", [("-3亿元", "money", -300_000_000, "元", None)]),
        ("降幅5%-10%", [("5%-10%", "percent", 10, "%", "5–10 %")]),  # the unit at both ends: still one range
        ("COVID-19疫情", []),
        # A range whose low end has no unit is one figure; the value is the high end, the detail shows both.
        ("降幅达8到10摄氏度", [("8到10摄氏度", "count", 10, "摄氏度", "8–10 摄氏度")]),
        ("预计3至5万元", [("3至5万元", "money", 50_000, "元", "30,000–50,000 元")]),
        ("约8到10万人参加", [("约8到10万人", "count", 100_000, "人", "80,000–100,000 人")]),
        ("有二十到三十万人", [("二十到三十万人", "count", 300_000, "人", "200,000–300,000 人")]),
        ("两到三天完成", [("两到三天", "duration", 3, "天", "2–3 天")]),
        ("价格在20-30元之间", [("20-30元", "money", 30, "元", "20–30 元")]),
        ("增幅5~10%", [("5~10%", "percent", 10, "%", "5–10 %")]),
        (
            "介於261億至269億美元",
            [("261億至269億美元", "money", 26_900_000_000, "美元", "26,100,000,000–26,900,000,000 美元")],
        ),
        ("1.5万-2万人", [("1.5万-2万人", "count", 20_000, "人", "15,000–20,000 人")]),
        ("从-3℃到5℃", [("-3℃到5℃", "count", 5, "℃", "-3–5 ℃")]),
        # Not ranges: the numbers fall or the numeral systems differ; a span of places is one rank.
        ("从10到5个", [("10", "number", 10, None, None), ("5个", "count", 5, "个", None)]),
        ("第3至5名", [("第3至5名", "ordinal", 5, "名", None)]),
        # Units of length and storage, Chinese and Latin; letters glued on either side make a code, not a figure.
        ("搭載6.7英寸屏幕", [("6.7英寸", "count", 6.7, "英寸", None)]),
        (
            "電池容量5000mAh，存储256GB",
            [("5000mAh", "count", 5000, "mAh", None), ("256GB", "count", 256, "GB", None)],
        ),
        ("5G网络和5Gbps带宽", [("5Gbps", "count", 5, "Gbps", None)]),  # 5G names a network; 5Gbps is a speed
        # 千 starting a unit is not a magnitude: 10千米 is ten kilometres, 2千万元 twenty million yuan.
        ("震源深度10千米", [("10千米", "count", 10, "千米", None)]),
        ("装机100万千瓦", [("100万千瓦", "count", 1_000_000, "千瓦", None)]),
        ("用电5千瓦时", [("5千瓦时", "count", 5, "千瓦时", None)]),
        ("投资2千万元", [("2千万元", "money", 20_000_000, "元", None)]),
        ("机型A380km", []),
        ("第三季營收", [("第三季", "ordinal", 3, "季", None)]),
        ("三年级学生", [("三年级", "ordinal", 3, "年级", None)]),
        # 一 is a quantity before 倍 and before 多/半 after a unit of time; halves count.
        ("销量增长了一倍", [("一倍", "count", 1, "倍", None)]),
        ("一年多来", [("一年多", "duration", 1, "年", None)]),
        ("历时三年半", [("三年半", "duration", 3.5, "年", None)]),
        ("两个半小时", [("两个半小时", "duration", 2.5, "个小时", None)]),
        ("一个多月", [("一个多月", "duration", 1, "个月", None)]),
        ("几十年来", [("几十年", "duration", 10, "年", None)]),
        ("有一天", []),
        ("他用十年守护一片林", [("十年", "duration", 10, "年", None)]),
        ("十年如一日", []),
        ("十分重要", []),
        # Durations in two units are one figure, in seconds.
        ("历时3小时20分钟", [("3小时20分钟", "duration", 12_000, "秒", "3 h 20 min")]),
        ("用时1分30秒", [("1分30秒", "duration", 90, "秒", "1 min 30 s")]),
        ("跑出了9秒83的成绩", [("9秒83", "duration", 9.83, "秒", "9.83 s")]),
        ("约30万字", [("约30万字", "count", 300_000, "字", None)]),
        ("三字经", []),
        ("上世纪80年代", [("80年代", "date", None, None, "1980s")]),
        ("拨打12121天气热线", []),
        ("连续3天气温下降", [("3天", "duration", 3, "天", None)]),
        ("四季如春", []),
        # 兆 is a trillion before money (Taiwan), mega- in 兆瓦.
        ("市值突破20兆元", [("20兆元", "money", 20e12, "元", None)]),
        ("装机100兆瓦", [("100兆瓦", "count", 100, "兆瓦", None)]),
        # Money written with magnitudes only.
        ("突破万亿元大关", [("万亿元", "money", 1e12, "元", None)]),
    ],
)
def test_measurements_and_ranges(text: str, expected: list) -> None:
    assert [(f.text, f.kind, f.value, f.unit, f.detail) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6月7日至9日举行", [("6月7日至9日", "06-07/06-09")]),
        ("3月5日至11日在北京召开", [("3月5日至11日", "03-05/03-11")]),
        ("2023年3月5日-8日", [("2023年3月5日-8日", "2023-03-05/2023-03-08")]),
        ("放假时间为4月4日至6日，共3天", [("4月4日至6日", "04-04/04-06")]),
        ("3月5日至3月11日", [("3月5日", "03-05"), ("3月11日", "03-11")]),
    ],
)
def test_date_ranges_close_with_the_same_month(text: str, expected: list) -> None:
    """A range of days in one month is one date, as editors mark it (33 of 41 such ranges in the corpus golds)."""
    assert [(f.text, f.detail) for f in find_figures(text) if f.kind == "date"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("民國113年10月17日", [("民國113年10月17日", "2024-10-17")]),
        ("113年度預算", [("113年度", "2024")]),
        ("民国38年", [("民国38年", "1949")]),
    ],
)
def test_taiwan_republic_era_years(text: str, expected: list) -> None:
    assert [(f.text, f.detail) for f in find_figures(text) if f.kind == "date"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2017至19年訪港旅客", [("2017至19年", "2017/2019")]),
        ("2019-2020年", [("2019-2020年", "2019/2020")]),
        # each end with its own 年 is a date, as 6月7日至6月17日 is two (three of three corpus annotations)
        ("2017年至2019年期间", [("2017年", "2017"), ("2019年", "2019")]),
        ("2016年1-2月份，新签合同", [("2016年1-2月份", "2016-02")]),
        ("2017 年 6 月 7 日上午", [("2017 年 6 月 7 日", "2017-06-07")]),
        ("6 月 7 日", [("6 月 7 日", "06-07")]),
        ("自零时起实施", [("零时", "00:00")]),
        ("凌晨零时30分", [("凌晨零时30分", "00:30")]),
        ("零点五", []),
    ],
)
def test_spaced_dates_year_spans_and_midnight(text: str, expected: list) -> None:
    assert [(f.text, f.detail) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "detail"),
    [("同治五年", "1866"), ("光緒二十年", "1894"), ("乾隆元年", "1736"), ("康熙六十一年", "1722")],
)
def test_a_reign_year_is_dated_from_its_eras_first_year(text: str, detail: str) -> None:
    assert [(f.text, f.kind, f.detail) for f in find_figures(text)] == [(text, "date", detail)]


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("乾隆丁酉八月", "1777-08"),
        ("萬曆癸卯", "1603"),
        ("嘉靖戊申", "1548"),
        ("順治乙未", "1655"),
        ("雍正己酉", "1729"),
        ("崇祯甲申", "1644"),
        ("嘉慶戊寅九月十六日", "1818-09-16"),
        ("嘉靖乙酉年正月初五日", "1525-01-05"),
    ],
)
def test_a_cycle_year_after_a_reign_is_dated_within_the_reign(text: str, detail: str) -> None:
    assert [(f.text, f.kind, f.detail) for f in find_figures(text)] == [(text, "date", detail)]


@pytest.mark.parametrize("text", ["泰昌甲子", "乾隆甲丑"])
def test_a_cycle_year_outside_its_reign_or_the_cycle_is_no_date(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize("convert_to", [None, "s2t"])
def test_a_numeral_name_shown_in_one_paragraph_is_a_name_in_every_other(convert_to: str | None) -> None:
    text = "风波\n\n六斤捏着筷子，站在门口。\n\n七斤嫂说，七斤回来了，六斤的双丫角，六斤的碗。\n\n他称了称，六斤该有七斤多，买了九斤八斤。"
    if convert_to:
        text = convert(text, convert_to)
    found = [p.figure.text for p in analyse_text(text).figures]
    assert [fold(t) for t in found] == ["七斤多", "九斤", "八斤"]


@pytest.mark.parametrize("convert_to", [None, "s2t"])
def test_a_model_number_shown_by_its_series_is_a_model_in_every_paragraph(convert_to: str | None) -> None:
    """小米15系列 shows 小米 to be a product line: 小米14 and 小米15 elsewhere are models, 15人 still counts."""
    text = (
        "新机发布\n\n小米15系列今天发布，SU7 Max同场亮相。\n\n相比前代的小米14，全新的小米15的电池体积更大，"
        "售价4499元。\n\n共有15人到场，另有7家媒体。"
    )
    if convert_to:
        text = convert(text, convert_to)
    found = [p.figure.text for p in analyse_text(text).figures]
    assert [fold(t) for t in found] == ["4499元", "15人", "7家"]
