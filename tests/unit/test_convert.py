import itertools

import pytest

from reader.analysis import analyse_file
from reader.convert import ORIGINAL, VARIANTS, convert, convert_analysis, get_converter, variants_for
from reader.paths import SEED_ARTICLE, resource_path
from tests.unit.opencc_cases import load_cases

CASES = [c for c in load_cases() if c[1] not in ("jp2t", "t2jp")]


@pytest.mark.parametrize(
    ("case_id", "config", "text", "expected"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_official_opencc_cases(case_id: str, config: str, text: str, expected: str) -> None:
    assert convert(text, config) == expected


def test_every_variant_has_official_cases() -> None:
    covered = {c[1] for c in CASES}
    assert {v.config for v in VARIANTS} - {ORIGINAL} <= covered


@pytest.mark.parametrize(
    ("text", "variant", "expected"),
    [
        ("鼠标和U盘的内存", "s2twp", "滑鼠和隨身碟的記憶體"),
        ("赤峰市", "s2tw", "赤峰市"),
        ("赤峰市", "s2t", "赤峯市"),  # OpenCC standard form; Taiwan and Hong Kong keep 峰
        ("软件", "s2twp", "軟體"),
        ("滑鼠和隨身碟的記憶體", "tw2sp", "鼠标和U盘的内存"),
    ],
)
def test_regional_phrases(text: str, variant: str, expected: str) -> None:
    assert convert(text, variant) == expected


@pytest.mark.parametrize("variant", [v.config for v in VARIANTS])
def test_ascii_digits_and_punctuation_survive(variant: str) -> None:
    text = "ABC abc 0123456789 .,;:!?()[]{}<>@#$%^&*-_=+/\\|'\"~`，。；：！？（）【】「」『』《》"
    assert convert(text, variant) == text


def test_original_is_identity() -> None:
    text = "任何文字 any text 123"
    assert convert(text, ORIGINAL) == text
    converted, offsets = get_converter(ORIGINAL).convert_with_map(text)
    assert converted == text and list(offsets) == list(range(len(text) + 1))


def test_offset_map_in_bounds_and_monotonic() -> None:
    text = "我们用U盘拷贝软件到内存，鼠标坏了。共有600多万人次参加检测。"
    converted, offsets = get_converter("s2twp").convert_with_map(text)
    assert converted == convert(text, "s2twp")
    assert len(offsets) == len(text) + 1
    assert offsets[0] == 0 and offsets[-1] == len(converted)
    assert all(a <= b for a, b in itertools.pairwise(offsets))


def test_variants_for_puts_sensible_directions_first() -> None:
    assert [v.config for v in variants_for("hans")][:2] == [ORIGINAL, "s2t"]
    assert variants_for("hant")[1].source == "hant"
    assert len(variants_for("hans")) == len(VARIANTS)


@pytest.mark.parametrize("variant", ["s2t", "s2tw", "s2twp", "s2hk"])
def test_figures_keep_their_places_after_conversion(variant: str) -> None:
    analysis = analyse_file(resource_path(SEED_ARTICLE))
    converted = convert_analysis(analysis, variant)
    assert len(converted.figures) == len(analysis.figures)
    paragraphs = {(si, pi): text for si, pi, text in converted.article.paragraphs()}
    for before, after in zip(analysis.figures, converted.figures, strict=True):
        assert after.figure.text == convert(before.figure.text, variant)
        if after.where == "body":
            assert paragraphs[(after.section, after.paragraph)][after.figure.start : after.figure.end] == (
                after.figure.text
            )
    assert [s.value for s in converted.stats] == [s.value for s in analysis.stats]


def test_statistic_labels_read_as_the_converted_text_writes_them() -> None:
    """OpenCC segments 1998年历史 as 年历 (calendar) in the text, but 历史 alone as 歷史: the converted label must
    be the text's own, or the panel and the article disagree (and the other script's analysis differs)."""
    from reader.analysis import analyse_text
    from reader.convert import convert, convert_analysis

    text = "受强降雨影响，12日零时，鄱阳湖水位突破1998年历史极值，超警戒线3.5米。"
    ours = convert_analysis(analyse_text(text), "s2t")
    theirs = analyse_text(convert(text, "s2t"))
    assert [(s.label, s.text) for s in ours.stats] == [(s.label, s.text) for s in theirs.stats]
    assert any(
        "曆史極值" in s.label for s in ours.stats
    )  # the text's (imperfect) conversion, kept consistent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 学生才 + 到: converted alone the joined words segment as 才到 (纔到); the text writes 學生才 … 到
        ("献述道：“学生才十四岁，就到十七八岁完婚也不迟。”", ("學生才到", "十七八歲")),
        # the rate's label is the revenue's plus 同比增长: the text writes 其中游戲 (segmented 其中/中游), while the
        # paragraph also writes 網易遊戲, so no one character-for-character table reads it back
        (
            "网易游戏发布财报，其中游戏及相关增值服务收入220亿元，同比增长3.4%。",
            ("游戲及相關增值服務收入同比增長", "3.4%"),
        ),
    ],
)
def test_a_label_joined_from_words_of_the_text_reads_as_the_text_writes_them(
    text: str, expected: tuple[str, str]
) -> None:
    """A statistic's label joined from words of its paragraph reads, word by word, as the converted text writes
    them there, both in the converted analysis and in the analysis of the converted text."""
    from reader.analysis import analyse_text
    from reader.convert import convert, convert_analysis

    ours = convert_analysis(analyse_text(text), "s2t")
    theirs = analyse_text(convert(text, "s2t"))
    assert [(s.label, s.text) for s in ours.stats] == [(s.label, s.text) for s in theirs.stats]
    assert expected in [(s.label, s.text) for s in ours.stats]


def test_a_letter_spaced_text_converts_as_its_file_does() -> None:
    """A page set with a space after every character is read with the spaces taken out (答覆 :), but a
    conversion of the file meets no word across the spaces (答 覆 stays 答 覆 in t2s, the word 答覆 being 答复): the
    article's own body converts by character, its unspaced headline by word, as the converted file reads."""
    from reader.analysis import analyse_text
    from reader.convert import convert, convert_analysis

    text = (
        "運輸署提醒週末交通繁忙\n"
        "提 問 者 : 某 某 議 員\n"
        "問 題 :\n"
        "當 局 計 劃 在 1998-99 起 的 5 個 年 度 內 興 建 73 間 新 小 學 , 政 府 可 否 告 知 本 會 。\n"
        "答 覆 :\n"
        "政 府 已 物 色 所 需 的 校 舍 用 地 , 並 會 在 週 末 答 覆 議 員 。\n"
    )
    ours = convert_analysis(analyse_text(text), "t2s")
    theirs = analyse_text(convert(text, "t2s"))
    assert ours.article.letter_spaced and theirs.article.letter_spaced
    assert [(s.heading, s.paragraphs) for s in ours.article.sections] == [
        (s.heading, s.paragraphs) for s in theirs.article.sections
    ]
    assert ours.article.title == theirs.article.title == "运输署提醒周末交通繁忙"
    assert any("答覆" in (s.heading or "") for s in ours.article.sections)


def test_a_unit_with_more_inside_it_converts_with_its_figure() -> None:
    """两个多月 has the unit 个月 with 多 inside it: converted, it reads 個月 as in 近兩個月, so the two figures
    are one statistic in either script, as the other script's own analysis has them."""
    from reader.analysis import analyse_text

    text = "工钱拖了两个多月，她又做了近两个月烫衣工，每天工作12个小时。"
    ours = convert_analysis(analyse_text(text), "s2t")
    theirs = analyse_text(convert(text, "s2t"))
    assert (
        [f.figure.unit for f in ours.figures]
        == [f.figure.unit for f in theirs.figures]
        == ["個月", "個月", "個小時"]
    )
    assert [(s.label, s.text, s.unit) for s in ours.stats] == [
        (s.label, s.text, s.unit) for s in theirs.stats
    ]


def test_letter_spaced_headings_in_a_plain_text_convert_as_its_file_does() -> None:
    """A README that spaces out its headings (复 制 方 法 说 明) but not its text: those headings are read without the
    spaces and convert by character, as the converted file has them (復制方法說明, the word 复制 being 複製), while
    the plain paragraphs convert by word."""
    from reader.analysis import analyse_text
    from reader.convert import convert, convert_analysis

    text = (
        "Vim 简介\n\n"
        "什 么 是 VIM ？\n\n"
        "Vim 是一个文本编辑器，可以复制与粘贴文本。\n\n"
        "复 制 方 法 说 明\n\n"
        "复制文件之前请先备份，再用命令行完成复制。\n"
    )
    ours = convert_analysis(analyse_text(text), "s2t")
    theirs = analyse_text(convert(text, "s2t"))
    assert not ours.article.letter_spaced
    assert [(s.heading, s.paragraphs) for s in ours.article.sections] == [
        (s.heading, s.paragraphs) for s in theirs.article.sections
    ]
    assert [s.heading for s in ours.article.sections][-1] == "復制方法說明"
    assert "複製" in ours.article.sections[-1].paragraphs[0]


def test_a_paragraph_joined_from_wrapped_lines_converts_as_its_file_does() -> None:
    """A hard-wrapped text cuts 码表 over two lines (一份五笔码 / 表): the converted file meets no word across the
    line's end and writes 碼表, while the joined word 码表 converts to 碼錶; the paragraph converts line piece by
    line piece, so the view, its figures and the statistics' labels read as the converted file does."""
    from reader.analysis import analyse_text
    from reader.convert import convert, convert_analysis

    text = (
        "关于五笔码表的简略说明\n\n"
        "    这份码表是由梁昌泰基于孙海峰博士的海峰五笔码表和黄宇的五笔码表整理而成的一份五笔码\n"
        "表，是属于自由输入法平台项目自由大词库的第一份正式公开的五笔码表，共收词组两万条。由于整理者\n"
        "的时间有限，码表中难免有一些错误，整理者也在努力通过机器校验等方法来整理码表。\n"
    )
    ours = convert_analysis(analyse_text(text), "s2t")
    theirs = analyse_text(convert(text, "s2t"))
    assert [s.paragraphs for s in ours.article.sections] == [s.paragraphs for s in theirs.article.sections]
    assert "碼表，是屬於" in ours.article.sections[-1].paragraphs[0]
    assert [(f.figure.text, f.figure.start) for f in ours.figures] == [
        (f.figure.text, f.figure.start) for f in theirs.figures
    ]
