"""Find the figures in a paragraph: counts, dates, times, durations, money, percentages, ratios, ordinals.

Each kind is a regular expression over the paragraph; candidates are then filtered by the rules a Chinese
editor applies (一 + measure word is an indefinite article, a lone 万 is a surname or an idiom, 第一时间 is an
adverb, numbers glued to Latin letters are identifiers) and overlaps are resolved longest first.  Rules are
written for Simplified and Traditional alike.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from reader.article.model import Article
from reader.figures.lexicon import figure_lexicon, words
from reader.fold import fold
from reader.kinds import KINDS
from reader.model import MAX_FIGURES, Figure, PlacedFigure, format_number, unit_positions
from reader.numerals import (
    CN_NUMERAL_CHARS,
    MAGNITUDES,
    MAX_DIGITS,
    parse_arabic,
    parse_chinese,
    parse_chinese_decimal,
    scale,
)

_LEX = figure_lexicon()

# --- building blocks -------------------------------------------------------------------------------------------
# Thousands set apart by commas (11,838), or by thin spaces as Hong Kong's government prints them (11 838宗)
ARABIC = (
    r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]{1,3}(?: [0-9]{3})+(?=[\u4e00-\u9fff%])"
    r"|[0-9]+)(?:[.．][0-9]+|·[0-9]+(?=[%％]|个百分点))?"  # (1·8%: a middle dot for the decimal point, in a rate)
)
CN = f"[{CN_NUMERAL_CHARS}]+"
MAG = "(?:[千仟](?![米克瓦])|兆(?=元|圆|美元|日圆|日元|港元|港币|新台币|[0-9.,]+亿)|百(?!帕)|[十万亿])+"  # 995百帕 is hPa  # 3千克 is 3 kilograms: 千 there starts the unit
APPROX_IN = f"[{_LEX.approximation_inside}]"
PREFIX = "|".join(
    [
        words(_LEX.approximation_prefixes),
        *(f"{w}(?=[0-9])" for w in _LEX.approximation_digit_prefixes),
        *(f"{w}(?=[十百千万亿])" for w in _LEX.approximation_magnitude_prefixes),
        words(_LEX.approximation_clause_prefixes),
    ]
)
SUFFIX = words(_LEX.approximation_suffixes)
PERIOD = words(_LEX.time_periods)

MONEY_UNITS = list(_LEX.units_money)
PERCENT_UNITS = list(_LEX.units_percent)
DURATION_UNITS = list(_LEX.units_duration)
COUNT_UNITS = list(_LEX.units_count)
LATIN_UNITS = _LEX.units_latin
GRADE_UNITS = list(_LEX.units_grade)
TEMPERATURE_UNITS = list(_LEX.units_temperature)
DIGIT_ONLY_UNITS = frozenset(_LEX.units_digit_only)
_TENS_ENOUGH = frozenset(_LEX.units_tens_enough)
# 一家 before its household's people (一家四口): the family, not a count of one.
_HOUSEHOLD_AFTER = re.compile(f"[{CN_NUMERAL_CHARS}]+口")
_TENS_WORDS = frozenset(_LEX.units_tens_words)
_NUMERAL_ONLY = frozenset(_LEX.units_numeral_only)
_REGISTER_NOUNS = frozenset(_LEX.units_register_nouns)
_CN_NUMERAL_SET = frozenset(CN_NUMERAL_CHARS)

_UNIT_KIND = {
    **{u: "money" for u in MONEY_UNITS},
    **{u: "percent" for u in PERCENT_UNITS},
    **{u: "duration" for u in DURATION_UNITS},
    **{u: "count" for u in COUNT_UNITS},
    **{u: "count" for u in TEMPERATURE_UNITS},  # a measurement, like 公里 and 公斤
    **{u: "count" for u in LATIN_UNITS},
    **{u: "ordinal" for u in GRADE_UNITS},
    **{u: "ratio" for u in _LEX.units_discount},
}
_ALL_UNITS = tuple(sorted(_UNIT_KIND, key=len, reverse=True))


def _unit_pattern(unit: str) -> str:
    """*unit* as the figure rules match it: not where it begins a noun (球 of 球迷) or, for some, before a number
    (1对1), a Latin one not in a word."""
    rests = [w[len(unit) :] for w in _LEX.units_word_starts if w.startswith(unit) and w != unit]
    guard = f"(?!{'|'.join(map(re.escape, rests))})" if rests else ""
    if unit in _LEX.units_not_before_digits:
        guard += "(?![0-9])"
    return re.escape(unit) + ("(?![A-Za-z])" if unit in LATIN_UNITS else "") + guard


UNIT = "|".join(_unit_pattern(u) for u in _ALL_UNITS)

# Ordinals and adverbs that read as numbers but are words.
LEXICAL_ORDINALS = _LEX.lookalikes_lexical_ordinals
_ORDINAL_NAMES_AFTER = _LEX.lookalikes_ordinal_names_after
_DOCUMENT_PARTS = frozenset(_LEX.lookalikes_ordinal_document_parts)
_HEADING_PARTS = frozenset(_LEX.lookalikes_ordinal_heading_parts)
_HEADING_AFTER = re.compile("[ \u3000\u00a0]+[\u4e00-\u9fff]")
_LAW_PARTS = frozenset(_LEX.lookalikes_law_parts)
_LAW_NAME_ENDINGS = tuple(_LEX.lookalikes_law_name_endings)
_LAW_REFERENCE_BEFORE = tuple(_LEX.lookalikes_law_reference_before)
_LAW_REFERENCE_AFTER = tuple(_LEX.lookalikes_law_reference_after)
# Words after 一 that make it an adverb or part of a set phrase even before a measure word.
_ONE = "一壹"

CURRENCY_PREFIX = f"(?:{words(_LEX.money_symbols)})"

# --- patterns -------------------------------------------------------------------------------------------------
# Taiwan and Hong Kong typesetting often spaces out digits (2017 年 6 月 7 日, 約 14 萬人次): one space is part of
# the figure when a date part, magnitude or unit follows it.
_SP = "[ \u00a0]?"
# A year in numerals may write its zero with a letter O or a digit (二O一一年, 二０一一年: typed for 〇).
_ZERO_LIKE = "OＯ０0"
_Y = (
    rf"(?P<y>(?:1[89]|20|21)[0-9]{{2}}|[〇零○一二三四五六七八九]{{4}}|[一二][〇零○{_ZERO_LIKE}一二三四五六七八九]{{3}})"
    rf"{_SP}年"
)
_M = rf"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]){_SP}月"
# The first day of a range of days whose 日 is written once, after the last (6月10—13日, 3月5至11日)
_D1 = rf"(?:(?P<d1>3[01]|[12][0-9]|0?[1-9]){_SP}[-—－~～至到]{_SP})?"
_D = rf"(?P<d>3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[廿念][一二三四五六七八九]?|卅[一]?|[一二三四五六七八九]){_SP}[日号]"

DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(
        # 2023-03-05, 2023/3/5, 2023.03.05: one separator throughout, not inside a path (…/2019/05/20/…)
        r"(?<![/0-9])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)"
        r"(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9/])"
    ),
    # 2023年3月5日, 2016年1-2月份 (a span of months in one year), 2023年度 (the year of a report or a budget),
    # 2019年第三季, 二零一九年第二季度, 2023年上半年 (a quarter or half of a named year; not 2023年三季报)
    re.compile(
        f"{_Y}(?:度|{_SP}(?:第?(?P<q>[一二三四1-4])(?:季度|季(?![度报]))|(?P<half>[上下])半年)"
        f"|{_SP}(?:(?P<m1>1[0-2]|[1-9])\\s*[-—－~～至到]\\s*)?{_M}(?:{_SP}{_D1}{_D}|份|底|初|末)?)?"
    ),
    re.compile(f"{_M}{_SP}{_D1}{_D}"),
    re.compile(
        r"(?P<m>1[0-2]|[1-9]) ?月(?:份|底|初|末)?(?![0-9])"
    ),  # 1月底, 3月初 (1 月底): the end or start of it
    # 十月, 九月份, 八月初八日, 十二月上旬, 八月十五: a month in Chinese numerals (not 三个月, 第三月, 每月)
    re.compile(
        r"(?<![〇零一二两三四五六七八九十百千万第每个数几上下])"
        r"(?:(?P<m1>十[一二]?|[一二三四五六七八九])[至到])?(?P<m>十[一二]?|[一二三四五六七八九])月"  # 一至七月
        r"(?:份|[上中下]旬|底|末|初(?P<d>[一二三四五六七八九十])日?"
        # 八月十五, 五月廿三: a day after the month without 日, as the calendar of festivals and old novels write it
        r"|(?P<d_after>[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅[一]?)(?![日号〇零一二两三四五六七八九十百千万亿年个]))?"
        r"(?![亮光球饼])"
    ),
    # A day on its own (wire copy: 14日表示, 27日在台中): 日 is the day unless it starts a word (日元, 日本,
    # 日均) or counts days (5日内, 3日游); 号 only where a day's context follows (17号开始, 19号夜间), since
    # 3号线 and 5号楼 are names.
    re.compile(
        r"(?<![0-9月年.])(?P<d>3[01]|[12][0-9]|0?[1-9])日(?![元圆币本语文军韩美式剧籍企资货产系均内游间常益夜光线])"
    ),
    # (not a street's number: 百万庄大街22号, 人民路5号)
    re.compile(
        r"(?<![0-9月年.路街巷弄])(?P<d>3[01]|[12][0-9]|0?[1-9])号(?=[，,、。；\s）)]|上午|下午|中午|白天|夜间|晚|凌晨|早|夜|起|至|到|前|后"
        r"|以来|开始|当天|零时|[0-9]{1,2}[时点:：])"
    ),
    # 十七日, 二十三日: a day in Chinese numerals (a bare 十日 or 三日 may as well be a number of days)
    re.compile(
        r"(?<![〇零一二两三四五六七八九十百千万月第每个数几近])(?P<d>[二三]?十[一二三四五六七八九])日"
    ),
)

# Date patterns that need a word most paragraphs lack: each runs only where its word is (a full scan of every
# paragraph per pattern is most of the date finder's time).
GATED_DATE_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (
        ("财年", "财政年"),
        re.compile(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})财(?:政)?年(?:度)?"),
    ),  # 2022财年: a fiscal year
    (("旬",), re.compile(r"(?P<m>1[0-2]|[1-9])月[上中下]旬")),
    # 113/05/08: Taiwan's filings date by the Republic's year, month and day padded to two digits
    (
        ("/",),
        re.compile(
            r"(?<![/0-9])(?P<roc_slash>1[0-2][0-9]|[89][0-9])/(?P<m>1[0-2]|0[1-9])/(?P<d>3[01]|[12][0-9]|0[1-9])(?![0-9/])"
        ),
    ),
    # 9/16起, 3/5（週三）, 10/3下午: a day written month/day where a time word or a weekday follows it (a fraction
    # stands before its noun: 1/4決賽, 3/4的人; 从1/3至1/2 may be either, and is left alone)
    (
        ("/",),
        re.compile(
            r"(?<![/0-9.:])(?P<m>1[0-2]|[1-9])/(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9/.:])"
            r"(?=[起止前后当晚]|上午|下午|凌晨|中午|[\s　]*[（(]?(?:周|星期)[一二三四五六日天])"
        ),
    ),
    # The lunar new year's days: 大年初一, 正月初六, 正月十五, 腊月廿三, 除夕 aside (a word, not a number)
    (
        ("大年", "正月", "腊月"),
        re.compile(
            r"(?:大年|正月|腊月)(?:初(?P<d>[一二三四五六七八九十])|(?P<d_after>十[一二三四五六七八九]|[廿念][一二三四五六七八九]?|三十))"
            r"日?"  # 正月十九日: the day's 日 belongs to the date
        ),
    ),
    (("廿", "卅"), re.compile(r"(?P<d>廿[一二三四五六七八九]?|卅[一]?)日")),
    # A day of a month named by its place: 本月18日, 下月5日, 上月底 aside (the month only)
    (
        ("本月", "上月", "下月", "次月", "当月", "同月"),
        re.compile(
            r"[本上下次当同]月(?P<d>3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
        ),
    ),
    # A lunar month's first ten days with their 初 and 日: 初八日传为诸星下界 (the eighth), not eight days
    (("初",), re.compile(r"(?<![一二三四五六七八九十月最起当年之])初(?P<d>[一二三四五六七八九十])日")),
    # An emperor's reign year, as histories and old novels date: 光和元年, 建宁二年四月望日, 中平元年正月.  The era's
    # name is any two characters before 元年, or before a year that a month follows (这二年 has no month).
    (
        ("年",),
        re.compile(
            r"(?<![0-9〇零一二两三四五六七八九十])(?![\u4e00-\u9fff]?[〇零一二两三四五六七八九十])[\u4e00-\u9fff]{2}"
            r"(?:元年(?:(?:[正一二三四五六七八九十冬腊]|十[一二])月)?"
            r"|[二三四五六七八九十]{1,3}年(?:[正一二三四五六七八九十冬腊]|十[一二])月)"
            r"(?:[望朔晦]日?|初[一二三四五六七八九十]日?|[一二三四五六七八九十廿卅]{1,3}日)?"  # 元豐六年十月十二日
        ),
    ),
    # 七年四月二日: a short year in Chinese numerals with its month and day is a calendar date (the Republic's
    # or a reign's seventh year), not seven years and a date
    (
        ("年",),
        re.compile(
            r"(?<![0-9〇零一二两三四五六七八九十百千万第])[一二三四五六七八九十]{1,3}年"
            r"(?:[正一二三四五六七八九冬腊]|十[一二]?)月(?:[一二三四五六七八九十廿卅]{1,3})日"
        ),
    ),
    # 一七年五月, 九八年十月: a year shortened to its last two digits, with its month
    (
        ("年",),
        re.compile(
            r"(?<![0-9〇零一二两三四五六七八九十百千万第])(?P<yy_cn>[〇零一二三四五六七八九]{2})年"
            r"(?P<m>十[一二]?|[一二三四五六七八九])月"
        ),
    ),
)
# 1-2月, 1至3月份: a span of months, only where a dash or 至/到 is
# 1-5月, 1至5月份, and a span with 月 at both ends (9月至11月, a rolling quarter as one period; with their days
# each end is a date of its own, 6月7日至6月17日)
MONTH_RANGE = re.compile(
    r"(?<![0-9])(?P<m1>1[0-2]|[1-9])(?:月份?)?\s*[-—－~～至到]\s*(?P<m>1[0-2]|[1-9])月(?:份)?(?![0-9一二三四五六七八九十])"
)
# Taiwan's press writes the date in brackets after today, yesterday, this month, last year: 今(6)日, 昨（5）日,
# 昨（五）日, 本(12)月, 去(110)年 (a Republic-era year), 今(2023)年.
PAREN_DATE = re.compile(
    r"(?:[今昨前明本]\s?[（(](?P<d>3[01]|[12][0-9]|0?[1-9]|[一二三四五六七八九]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|三十一?|[廿卅][一二三四五六七八九]?)[）)]\s?日"
    r"|[本今上]\s?[（(](?P<m>1[0-2]|0?[1-9])[）)]\s?月"
    r"|[今去明前]\s?[（(](?:(?P<y>(?:19|20)[0-9]{2})|(?P<roc_paren>1[0-9]{2}))[）)]\s?年"
    r"(?:(?P<m_after>1[0-2]|0?[1-9])月(?:(?P<d_after>3[01]|[12][0-9]|0?[1-9])[日号])?)?)"
)
# 2017至19年, 2019-2020年: a span of calendar years under one 年 (a fiscal year says 年度, see FISCAL_YEAR); with
# its own 年 each end is a date of its own (2017年至2019年), as 6月7日至6月17日 is two
YEAR_RANGE = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})\s?[至到\-－–—~～/／]\s?(?P<y_to>(?:19|20)?[0-9]{2})年(?![度代])"
)
# A quarter as finance writes it: 2024Q1, 2023 Q4.
# 2023Q3, and a bare Q3 as a company's briefing or a market report names the quarter (毛利率Q3回升)
QUARTER_CODE = re.compile(r"(?<![0-9A-Za-z])(?:(?P<y>(?:19|20)[0-9]{2}) ?)?Q(?P<q>[1-4])(?![0-9A-Za-z])")
# Taiwan's Republic era: 民國113年 and 113年度 are 2024, 民國六年 1917, 98年度 2009.
ROC_YEAR = re.compile(
    f"民国(?P<roc>[0-9]{{1,3}}|[一二三四五六七八九十百]{{1,4}})年(?:{_M}(?:{_D})?)?|(?<![0-9])(?P<roc_fiscal>1[0-9]{{2}}|[4-9][0-9])年度"
    # (so is a fiscal year in Chinese numerals: 九十八年度 is 2009, 一百零五年度 2016)
    f"|(?<![{CN_NUMERAL_CHARS}])(?P<roc_fiscal_cn>[四五六七八九]十[一二三四五六七八九]?"
    f"|一百(?:零[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)?)年度"
    # a school year: 104學年(度) is Taiwan's year 104 (2015-16), 90學年 its year 90
    f"|(?<![0-9])(?P<roc_school>1[0-9]{{2}}|[4-9][0-9])学年度?"
)
# 102年8月, 102年1至8月: a three-digit year before a month is a Republic-era year.
ROC_MONTH = re.compile(
    f"(?<![0-9])(?P<roc_month>1[0-9]{{2}}){_SP}年{_SP}(?:(?:(?P<m1>1[0-2]|[1-9]){_SP}[至到-]{_SP})?{_M}(?:{_D}|份|底|初|末)?"
    f"|第?(?P<q>[1-4一二三四])(?:季度|季(?![度报]))|(?P<half>[上下])半年)"  # 112年第1季, 112年上半年
)
# A date with its year in two digits (90年9月20日): Taiwan's Republic year 90 (2001) or a Simplified text's 1990 -
# one date either way, its year left unsaid (the rules read both scripts alike).
# (a month alone too, 98年9月份: the month of year 98)
SHORT_YEAR_DATE = re.compile(f"(?<![0-9])(?P<yy>[4-9][0-9]){_SP}年{_SP}{_M}(?:{_D}|份)?")
# Fiscal years across two calendar years: 2019/20年度, 2017至18年度, 2017-18年度, 二零一九至二零年度.
FISCAL_YEAR = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2}|[〇零○一二三四五六七八九]{4})\s?[/／至到\-－–~～]\s?"
    r"(?P<y2>(?:19|20)?[0-9]{2}|[〇零○一二三四五六七八九]{2,4})年度"
)
# 80年代, 2010年代, 九十年代 (the 1990s, not ninety years)
DECADE = re.compile(
    r"(?<![0-9一二三四五六七八九十])(?P<decade>(?:1[0-9]|20)?[0-9]0|[一二三四五六七八九]十)年代"
)
CENTURY = re.compile(
    r"(?<![0-9])(?P<century>[12]?[0-9]|二十一|二十|十[一二三四五六七八九]?|[一二三四五六七八九])世纪"
    # 20世纪40年代中期, 二十世纪九十年代末: a decade of the century, one date
    r"(?:(?P<cdecade>[0-9]0|[一二三四五六七八九]十)年代(?:初期|中期|末期|中叶|初|中|末)?)?"
)
TIME_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 10时18分, and spaced as Hong Kong and Taiwan set it: 10 時 18 分
    re.compile(
        "(?<![0-9.．])(?P<h>2[0-4]|1[0-9]|0?[0-9]) ?[时](?: ?(?P<mi>[0-5]?[0-9]) ?分|半)?(?:许|许|左右)?"
    ),
    # N点 is a clock time only with minutes, 半, 整 or a period of the day (3点意见 is not); see _times.
    re.compile(
        # (下午2点15: two digits after 点 are its minutes, where a period of the day says it is a time)
        "(?<![0-9.．])(?P<h>2[0-4]|1[0-9]|0?[0-9])[点](?:(?P<mi>[0-5]?[0-9])分|(?P<mi2>[0-5][0-9])(?![0-9分万亿%])|半|整|钟|钟|(?P<past>多)钟?)?(?:许|左右)?(?![0-9多余几])"
    ),
    re.compile(
        f"(?P<p>{PERIOD})(?P<hc>[一二两三四五六七八九十]{{1,3}})[时点](?:(?P<mc>[一二三四五六七八九十廿卅]{{1,3}})分|半)?(?:许|左右)?"
    ),
    re.compile(
        "(?P<hc>[一二两三四五六七八九十]{1,3})[时点](?P<mc>[一二三四五六七八九十廿卅]{1,3})分"
    ),  # 八點三十分
    # 九点钟, 十一点半, 十点多钟, 九点多 in numerals with no period of the day (十点 alone may be ten points; 一点多 is
    # "a little more")
    re.compile(
        "(?<![一二两三四五六七八九十])(?P<hc>[一二两三四五六七八九十]{1,3})点(?:钟|半钟?|(?P<past>多)钟?)(?![0-9多余几])"
    ),
    # 零时 is midnight (零时起, 凌晨零时30分); 零点 stays out, it begins decimals (零点五)
    re.compile(
        f"(?<![{CN_NUMERAL_CHARS}0-9])(?P<hc>零)时(?:(?P<mc>零|[一二三四五六七八九十廿卅]{{1,3}}|[0-5]?[0-9])分)?"
    ),
    # 10:30, 出发时间:7:30 (a label's colon before it, not a clock's), 7:30 AM, 2:30 p.m.
    re.compile(
        "(?<![0-9])(?<![0-9][:：])(?P<h>2[0-3]|[01]?[0-9])[:：](?P<mi>[0-5][0-9])(?:[:：][0-5][0-9])?(?![0-9:：])"
        r"(?: ?(?P<ampm>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?"
    ),
)
# Patterns start with the number itself so the regex engine can skip ahead by character class; an approximation
# word or period of the day before it is found by looking back from the match (_PREFIX_BEFORE, _PERIOD_BEFORE).
# Lookaheads are checked by _prefix_before itself (the search ends where the number starts).
_PREFIX_BEFORE = re.compile("(?:" + re.sub(r"\(\?=[^)]*\)", "", PREFIX) + ")$")
_PERIOD_BEFORE = re.compile(f"(?:{PERIOD})$")
_AFTERNOON = frozenset(_LEX.time_afternoon)
_CURRENCY_BEFORE = re.compile(f"(?:{words(_LEX.money_currencies)}) ?$")
_LOOKAHEAD_PREFIX = frozenset(_LEX.approximation_magnitude_prefixes)
# 一 before these units is a quantity, never an indefinite article: 增长了一倍.
_QUANTITATIVE_AFTER_ONE = frozenset(_LEX.units_quantitative_after_one)
_ONE_COUNTS_AFTER = tuple(_LEX.units_one_counts_after)
_ONE_LASTS_BEFORE = tuple(_LEX.units_one_lasts_before)
_ONE_LASTS_AFTER = tuple(_LEX.units_one_lasts_after)


def _one_lasts(text: str, start: int, unit_end: int) -> bool:
    """一年, 一个月, 一天 at *start* is how long something lasts (有期徒刑一年, 提前一年, 一年内, 隔了一年), not "a year"
    (新的一年, 这一年): a word of duration before it, or of a span's end after it."""
    return text.endswith(_ONE_LASTS_BEFORE, 0, start) or text.startswith(_ONE_LASTS_AFTER, unit_end)


# People counted, and their years: after a lone 百 or 千 these count (百名, 千人, 百岁), as 千家 or 百货 do not.
_PEOPLE_UNITS = frozenset(("人", "名", "位", "岁"))
_ONE_MAKES_WORD = frozenset(_LEX.units_one_makes_word)
# Units that a lone 二 does count (二人, 二斤, 二米, 二倍): people and measures of amount.
_TWO_COUNTS = re.compile(f"[{_LEX.units_two_counts}]")
_PER_UNIT = re.compile(
    f"(?:[0-9]{{1,4}})?(?:{words(_LEX.units_per)})(?![度份A-Za-z])"
)  # /年, /100ml; not /年度报告
# After a unit of time: 一年多 (over a year), 三年半 (three and a half years).
_MORE_THAN = frozenset(_LEX.approximation_after_unit)
_NO_HALF_AFTER = frozenset(_LEX.units_no_half_after)
_MEASURES_MORE_AFTER = frozenset(_LEX.units_more_after)
_CLAUSE_PREFIX = frozenset(_LEX.approximation_clause_prefixes)
# 前 before a count is "the first N" only where it starts the phrase: after 的, a stop or a line's start.
_FIRST_N_BEFORE = "的，,、。；;：:（(“「 \n"
_CLAUSE_OPENERS = "，,。．.；;：:！？!?、\n 　（(“「"
_DIGIT_PREFIX = frozenset(_LEX.approximation_digit_prefixes)  # 超8000亿元: "over", only right before digits
# Last characters of the words above: most numbers have none of them before, and then no regex needs to run.
_PREFIX_LAST = frozenset(w[-1] for w in re.sub(r"\(\?=[^)]*\)", "", PREFIX).split("|"))
_PERIOD_LAST = frozenset(w[-1] for w in _LEX.time_periods)
_CURRENCY_LAST = frozenset(w[-1] for w in _LEX.money_currencies)
# 二百两银子, 三两金子: before silver or gold 两 is the tael, the unit, not the numeral the pattern took it for.
_TAEL_NOUNS = tuple(u[1:] for u in _LEX.units_money if u[0] == "两" and len(u) > 1)
# The lower places written after a magnitude: 3萬2千 (32 000), 2330萬1968人 (23 301 968), 1亿2345万6789,
# 12億9,900萬元 (1 299 000 000), 6萬1千200元 (61 200: the hundreds after 万 and 千); a bare
# group after 万 or 亿 ends the number unless a date or a decimal follows (3万2024年 is two things).
_MIXED = (
    r"(?<=[兆万亿千百十])(?:(?<=兆)[0-9]+(?:[.．][0-9]+)?亿|[0-9]{1,3}(?:,[0-9]{3})+[万千百十]|[0-9]+[万千百十])*"
    r"(?:(?<=兆)(?:[0-9],[0-9]{3}|[0-9]+(?:[.．][0-9]+)?)亿|(?<=亿)[ \u00a0]?(?:[0-9],[0-9]{3}|[0-9]{1,4}(?:[.．][0-9]+)?)[ \u00a0]?万|[0-9]+[千百十]|(?<=[万亿])[ \u00a0]?(?:[0-9],[0-9]{3}|[0-9]{1,4})(?![0-9年月日号时点:：]|[.．,][0-9])"
    r"|(?<=[万亿][0-9]千)[0-9]{3}(?![0-9年月日号时点:：]|[.．,][0-9]))"
)
_HAS_DECIMAL = re.compile("[.．点]")
# Decimals after a Chinese numeral (三．七一％, 十一.四九%, 零点五个百分点, 二点七三亿吨): digit by digit; 点 not
# before minutes, 半 or 整 (三点五十分, 三点半 are clock times).
CN_DECIMALS = "(?:[.．][〇○零一二三四五六七八九]+|点[〇○零一二三四五六七八九]+(?=%|％|个?百分点|倍|[万亿]|[^十百千分刻钟时秒半整〇○零一二三四五六七八九\\s]))"
QUANTITY = re.compile(
    f"(?:(?P<a>{ARABIC})(?:[ \u00a0](?=(?:{APPROX_IN}|{MAG}|{UNIT})))?(?:个(?={APPROX_IN}?亿(?!万)))?(?P<ai>{APPROX_IN}|[+](?={UNIT}))?(?P<am>{MAG})?(?P<mixed>{_MIXED})?(?P<ai2>{APPROX_IN})?(?P<am2>{MAG})?|(?P<c>{CN}{CN_DECIMALS}?)(?P<spoken>个(?={APPROX_IN}?亿(?!万)))?(?P<ci>{APPROX_IN})?(?P<cm>{MAG})?)"
    f"(?:(?<=,[0-9]{{3}})[ \u00a0](?={UNIT}))?"  # 748 萬 7,000 人: Taiwan's spaced typesetting
    f"(?P<unit>{UNIT})?"
    f"(?P<suf>{SUFFIX})?"
)
CN_PERCENT = re.compile(
    r"(?P<base>百分之|千分之)(?P<c>["
    + CN_NUMERAL_CHARS
    + r"]+(?:[点][〇零一二三四五六七八九]+)?|"
    + ARABIC
    + ")"
)
FRACTION = re.compile(f"(?P<d>{ARABIC}|[{CN_NUMERAL_CHARS}]+)分之(?P<n>{ARABIC}|[{CN_NUMERAL_CHARS}]+)")
# A tenth of a tenth in Chinese numerals after 成 (六成三 = 63%), unless a count goes on (七成三人, 八成五个月).
_CN_TENTHS = "一二三四五六七八九"
_NOT_AFTER_TENTH = frozenset(CN_NUMERAL_CHARS + "个人名位次年月日天周倍成")
# 成 followed by these starts a word (成群, 成为, 成功…), not a proportion.
_WORD_AFTER_CHENG = re.compile(f"[{_LEX.lookalikes_word_after_cheng}]")
RATIO = re.compile(
    f"(?<![0-9.:：∶])(?:{ARABIC})(?:(?:[:：∶]|{_SP}比{_SP})(?:{ARABIC})){{1,4}}(?![0-9:：∶])"
)  # 3∶0 in print
ORDINAL = re.compile(
    f"(?:第|前(?=(?:[0-9]+|[{CN_NUMERAL_CHARS}]+)[名位强]))(?:[ \u00a0](?=[0-9]))?(?P<n>{ARABIC}|[{CN_NUMERAL_CHARS}]+)(?:[ \u00a0](?={UNIT}))?(?P<unit>{UNIT}|号(?![楼线院室]))?"
)  # 第11号台风: the number a typhoon or a document is given
MONEY_PREFIXED = re.compile(
    f"{CURRENCY_PREFIX}\\s?(?P<a>{ARABIC})(?: ?(?P<am>{MAG}))?(?: ?(?P<unit>美元|元|港元))?"
)


def _value_of(arabic: str | None, chinese: str | None) -> float | None:
    if arabic:
        return parse_arabic(arabic)
    if chinese:
        return parse_chinese(chinese)
    return None


def _is_identifier(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before == "-" and (start < 2 or text[start - 2] in " \u3000|｜"):
        before = " "  # | -6.97 |: a minus sign standing alone, not a code's hyphen (A-123)
    if before.isascii() and (before.isalpha() or before in "-_/.#@"):
        return True
    if after == "." and end + 1 < len(text) and text[end + 1].isascii() and text[end + 1].isalnum():
        return True  # 2.6.x, 2.6.20, 10.0.0.1: a version or an address goes on past a second dot
    return after.isascii() and (after.isalpha() or after in "_@")


# A case's or a document's number: its year in brackets, the issuer's short name, a serial and 号
# ((2016)苏05民终1298号, (2015)准民初字第1992号, 财库〔2020〕10 号)
_DOCUMENT_NUMBER = re.compile(
    r"[(（〔\[［][12][0-9]{3}[)）〕\]］][\u4e00-\u9fff]{0,10}[0-9]{0,6}[\u4e00-\u9fff]{0,6}第?[ \u00a0]?[0-9]{1,6}[ \u00a0]?号"
)


def _in_document_number(text: str, start: int) -> bool:
    """True when the number at *start* stands inside a case's or a document's number ((2016)苏05民终1298号)."""
    for m in _DOCUMENT_NUMBER.finditer(text, max(0, start - 30), min(len(text), start + 40)):
        if m.start() <= start < m.end():
            return True
    return False


_CELL_SPACE = " \u3000\u00a0"


def _bar_before(text: str, start: int) -> bool:
    """True when a table's bar stands before *start*, a few spaces aside (| 1320000)."""
    return text[max(0, start - 4) : start].rstrip(_CELL_SPACE).endswith(("|", "｜"))


def _in_cell(text: str, start: int, end: int) -> bool:
    """True when the number from *start* to *end* fills a table's cell alone: a bar before it and one after it,
    spaces aside (| 0 |), as a table flattened to text sets it."""
    return _bar_before(text, start) and text[end : end + 4].lstrip(_CELL_SPACE).startswith(("|", "｜"))


def _stock_code(text: str, start: int, end: int) -> bool:
    """台积电(2330), 鸿海（2317）, 港铁(066): three to six digits alone in brackets straight after a company's name
    are its stock code, not a number it counts; not when they read as a year."""
    return (
        3 <= end - start <= 6
        and start >= 2
        and text[start - 1] in "(（"
        and text[end : end + 1] in (")", "）")
        and "\u4e00" <= text[start - 2] <= "\u9fff"
        and text[start:end].isdigit()
        and not (
            end - start == 4 and 1900 <= int(text[start:end]) <= 2099
        )  # 23分（1987）: a year in brackets
    )


# The character each of DATE_PATTERNS cannot match without (a dash, slash or dot for 2023-03-05): a paragraph
# without it skips the pattern's scan.
_DATE_NEEDS = ("-/.", "年", "月", "月", "月", "日", "号", "日")


def _dates(text: str) -> Iterable[Figure]:
    patterns: tuple[re.Pattern[str], ...] = tuple(
        pattern
        for pattern, needs in zip(DATE_PATTERNS, _DATE_NEEDS, strict=True)
        if needs in text or (len(needs) > 1 and any(c in text for c in needs))
    )
    for needs, gated in GATED_DATE_PATTERNS:
        if any(word in text for word in needs):
            patterns = (*patterns, gated)
    if "Q" in text:
        patterns = (*patterns, QUARTER_CODE)
    if "年代" in text:
        patterns = (*patterns, DECADE)
    if "世纪" in text:
        patterns = (*patterns, CENTURY)
    if "民" in text or "年度" in text or "学年" in text:
        patterns = (*patterns, ROC_YEAR)
    if "年" in text:
        spans = _ANY_DASH.search(text) or "/" in text or "／" in text  # 2017至19年, 1972/1973年
        patterns = (*patterns, ROC_MONTH, SHORT_YEAR_DATE)
        if spans:
            patterns = (*patterns, YEAR_RANGE)
    if "月" in text and _ANY_DASH.search(text):
        patterns = (*patterns, MONTH_RANGE)
    if "年度" in text:
        patterns = (*patterns, FISCAL_YEAR)
    if "(" in text or "（" in text:
        patterns = (*patterns, PAREN_DATE)
    for pattern in patterns:
        for m in pattern.finditer(text):
            described = _date_detail(text, m)
            if described is not None:
                detail, rule = described
                yield Figure(m.group(0), m.start(), m.end(), "date", None, None, False, detail, rule=rule)


_DAY_THEN = _LEX.time_day_then
_ZERO_TO_LING = str.maketrans(_ZERO_LIKE, "〇" * len(_ZERO_LIKE))


def _date_detail(text: str, m: re.Match[str]) -> tuple[str | None, str] | None:
    """(ISO-like detail, rule) of a date match: 1980s, 2019/20, 2024-10-17; None when it is an identifier."""
    groups = m.groupdict()
    if groups.get("century"):
        number = _number_of(groups["century"])
        if number and groups.get("cdecade"):
            decade = _number_of(groups["cdecade"])
            return (f"{number - 1}{int(decade or 0):02d}s", "century-decade") if decade is not None else None
        return (f"C{number}", "century") if number else None
    if groups.get("decade"):
        decade = groups["decade"]
        if not decade.isdigit():
            decade = str(parse_chinese(decade))  # 九十 -> 90
        century = "" if len(decade) == 4 else ("19" if decade >= "20" else "20")
        return f"{century}{decade}s", "decade"
    y, mo, d = (
        groups.get("y"),
        groups.get("m") or groups.get("m_after"),
        (groups.get("d") or groups.get("d_after") or "").replace("念", "廿") or None,
    )  # 二月念五日: old books write the twenties' 廿 as 念
    y = y and y.strip()
    if y and not y.isdigit():
        y = y.translate(_ZERO_TO_LING)
    if groups.get("y_to"):
        first, last = y or "", groups["y_to"]
        last = last if len(last) == 4 else first[:2] + last
        return (f"{first}/{last}", "year-range") if first < last else None
    if groups.get("y2"):
        first, second = (v if v.isdigit() else str(parse_chinese(v)) for v in (y, groups["y2"]))
        return f"{first}/{second}", "fiscal-year"
    roc = (
        groups.get("roc")
        or groups.get("roc_fiscal")
        or groups.get("roc_fiscal_cn")
        or groups.get("roc_month")
        or groups.get("roc_paren")
        or groups.get("roc_school")
        or groups.get("roc_slash")
    )
    if roc:
        year = int(roc) if roc.isdigit() else parse_chinese(roc)
        y = str(year + 1911) if year else None  # 民國113年 is 2024, 民國六年 1917
    if groups.get("yy"):
        month, day = (None if v is None else int(v) if v.isdigit() else parse_chinese(v) for v in (mo, d))
        if d is None:
            return (f"--{month:02d}" if month else None), "two-digit-year"
        return (f"--{month:02d}-{day:02d}" if month and day else None), "two-digit-year"
    quarter, half = groups.get("q"), groups.get("half")
    if y and (quarter or half):
        number = (
            int(quarter) if quarter and quarter.isdigit() else parse_chinese(quarter) if quarter else None
        )
        year = y if y.isdigit() else "".join(str(parse_chinese(c) or 0) for c in y)
        return (f"{year}-Q{number}" if quarter else f"{year}-H{1 if half == '上' else 2}"), "date"
    if quarter and quarter.isdigit() and m.group(0).startswith("Q"):
        return f"Q{quarter}", "quarter"  # Q3 of the year the text speaks of
    if _is_identifier(text, m.start(), m.end()) and not (y and mo):
        return None
    parts: list[str] = []
    for value in (y, mo, d):
        if value is None:
            continue
        number = int(value) if value.isdigit() else parse_chinese(value)
        parts.append(f"{number:02d}" if number is not None and number < 100 else str(number))
    if groups.get("d1"):  # 6月10—13日: from the first day to the last
        first = "-".join([*parts[:-1], f"{int(groups['d1']):02d}"])
        return f"{first}/{'-'.join(parts)}", "date range"
    return "-".join(parts) or None, "roc-year" if roc else "date"


# First characters of the flows that end in 出 or 入 (收入, 支出, 投入, 流入, 输出, 产出): 超 after them is "over".
_FLOW_FIRST = frozenset("收支投流输产进付")


def _prefix_before(text: str, start: int) -> str:
    """The approximation word (约, 近, 不到, 上…) standing just before *start*, or ''."""
    if not start:
        return ""
    space = ""
    if text[start - 1] == " ":
        if not (start >= 2 and text[start - 2] in _PREFIX_LAST and text[start : start + 1].isdigit()):
            return ""
        start, space = start - 1, " "  # 不超过 2.3 亿元: a PDF's spaced digits keep their word
    elif text[start - 1] not in _PREFIX_LAST:
        return ""
    m = _PREFIX_BEFORE.search(text, max(0, start - 4), start)
    if m is None:
        return ""
    word = m.group(0)
    after = text[start + len(space) : start + len(space) + 1]
    # 上 and 数 only mean "some" before a magnitude: 上万人, 数十人 (人数百分之二十 is no "some")
    if word in _LOOKAHEAD_PREFIX and (
        after not in "十百千万万亿亿" or text.startswith(("百分之", "千分之"), start + len(space))
    ):
        return ""
    if word in _DIGIT_PREFIX and not after.isdigit():
        return ""
    if word in _CLAUSE_PREFIX and m.start() and text[m.start() - 1] not in _CLAUSE_OPENERS:
        return ""  # 不上 is "less than" only opening a clause (，不上一年，), never after a verb (比不上一个)
    if word == "超" and m.start():
        # 外资买超299.5亿元 is net buying of that much (Taiwan's market words), 出超225.8亿美元 a trade surplus of
        # that much: not "over" it (收入超50亿元 is income over it)
        before = text[m.start() - 1]
        if before in "买卖" or (before in "出入" and text[m.start() - 2 : m.start() - 1] not in _FLOW_FIRST):
            return ""
    if word == "近" and m.start() and text[m.start() - 1] in "逼附最":
        return ""  # 逼近3100点 is "closing in on" it, the verb's 近 (附近, 最近 are words too)
    return word + space


_MINUS = frozenset({"-", "−", "－", "零下", "负"})
# Characters a figure can end with: a hyphen after one of them joins a range (5%-10%, 3亿元-5亿元), not a sign.
_ENDS_A_FIGURE = frozenset(CN_NUMERAL_CHARS) | {u[-1] for u in _ALL_UNITS} | set("%")


def _sign_before(text: str, start: int, words: bool) -> str:
    """The sign written before a number: -, −, +, and with *words* (temperatures) 零下 and 负.

    A hyphen after a digit or a Latin letter belongs to a range (20-30℃) or a code (COVID-19), not to the number.
    """
    if words and start >= 2 and text.startswith("零下", start - 2):
        return "零下"
    before = text[start - 1 : start] if start else ""
    if words and before in ("负", "负"):
        return before
    if before in ("-", "−", "－", "+", "＋"):
        previous = text[start - 2 : start - 1]
        if not previous or not (
            previous.isdigit() or (previous.isascii() and previous.isalpha()) or previous in _ENDS_A_FIGURE
        ):
            return before
    return ""


# Bare numbers that are names, not quantities: hotlines and codes (拨打110, 12345热线), named days and events
# (双11, 3·15晚会, 7·20暴雨, 911事件).
_CODE_BEFORE = re.compile(f"(?:{words(_LEX.lookalikes_code_before)})[:：︰]?$")
_CODE_AFTER = re.compile(words(_LEX.lookalikes_code_after))
# A list of numbers after a code's label (個案編號︰1084, 1176, 1184): every one a code.
_CODE_LIST_BEFORE = re.compile(
    f"(?:{words(_LEX.lookalikes_code_before)})[:：︰][\\s　]*(?:[0-9]+[\\s　]*[,，、][\\s　]*)*$"
)
_SERVICE_NUMBERS = frozenset(_LEX.lookalikes_service_numbers)
_NAME_DOTS = "·・•"


_VERSION = re.compile(r"[0-9][.．]0")


def _names_a_number(text: str, start: int, end: int) -> bool:
    if (start and text[start - 1] in _NAME_DOTS) or (end < len(text) and text[end] in _NAME_DOTS):
        return True  # (at the very end of a paragraph there is no dot after it: '' is in every string)
    if start >= 2 and text[start - 1] == " " and text[start - 2].isascii() and text[start - 2].isalpha():
        return True  # iPhone 15, Windows 11: a model or version
    return bool(
        _CODE_BEFORE.search(text, max(0, start - 3), start)
        or _CODE_AFTER.match(text, end)
        or (
            start
            and text[start - 1] in ",，、 　"
            and _CODE_LIST_BEFORE.search(text, max(0, start - 120), start)
        )
    )


def _period_before(text: str, start: int) -> str:
    """The period of the day just before a clock time (凌晨3时), perhaps set apart by a space (早上 10 時), or ''."""
    if start >= 2 and text[start - 1] == " " and text[start - 2] in _PERIOD_LAST:
        m = _PERIOD_BEFORE.search(text, max(0, start - 3), start - 1)
        return m.group(0) + " " if m else ""
    if not start or text[start - 1] not in _PERIOD_LAST:
        return ""
    m = _PERIOD_BEFORE.search(text, max(0, start - 2), start)
    return m.group(0) if m else ""


# The characters each of TIME_PATTERNS cannot match without (any one of them): a paragraph without them skips
# that pattern's scan (most paragraphs with a 时 have no 点, no colon and no 零时).
_TIME_NEEDS = ("时", "点", "时点", "时点", "点", "零", ":：")


def _times(text: str) -> Iterable[Figure]:
    for index, (pattern, needs) in enumerate(zip(TIME_PATTERNS, _TIME_NEEDS, strict=True)):
        if not any(c in text for c in needs):
            continue
        for m in pattern.finditer(text):
            g = m.groupdict()
            if m.start() and text[m.start() - 1] == "小":
                continue
            period = g.get("p") or _period_before(text, m.start())
            about = ""
            if not period and m.start() >= 3 and text[m.start() - 1] == "约":
                period = _period_before(text, m.start() - 1)  # 晚上约10点: about ten in the evening
                about = "约" if period else ""
            start = m.start() - (0 if g.get("p") else len(period) + len(about))
            bare = m.group(0).removesuffix("左右").removesuffix("许")  # 7点半左右: the time before "about"
            if (index == 1 and not period and bare[-1] not in "分半整钟") or (g.get("mi2") and not period):
                continue  # 3点意见, 2点15 without a period of the day: no clock time
            if g.get("hc") == "一" and bare.endswith("点多") and not period:
                continue  # 好一点多了: "a little more", no time
            hour = int(g["h"]) if g.get("h") else parse_chinese(g.get("hc") or "")
            minute_text = g.get("mi") or g.get("mi2") or g.get("mc")
            minute = (
                (int(minute_text) if minute_text.isdigit() else parse_chinese(minute_text))
                if minute_text
                else 0
            )
            if hour is None or hour > 24 or minute is None:
                continue
            if bare.endswith("半"):
                minute = 30
            if (period.rstrip() in _AFTERNOON or (g.get("ampm") or "")[:1] in ("P", "p")) and hour < 12:
                hour += 12
            elif (g.get("ampm") or "")[:1] in ("A", "a") and hour == 12:
                hour = 0  # 12:30 AM is half past midnight
            end = m.end()
            if bare.endswith("分") and (seconds := _SECONDS_AFTER.match(text, end)) is not None:
                end = seconds.end()  # 11时40分04秒: the seconds belong to the time of day
            # (晚上10点多 is some time after ten, 晚上约10点 about ten: approximate)
            yield _clock(text, start, end, hour, minute, "时", bool(g.get("past") or about), "clock-time")


_SECONDS_AFTER = re.compile("(?:[0-5]?[0-9]|[一二三四五]?十?[一二三四五六七八九]|[二三四五]?十)秒")


def _clock(
    text: str, start: int, end: int, hour: int, minute: int, unit: str, approx: bool, rule: str
) -> Figure:
    """A time of day: its value the hour, its detail hh:mm."""
    return Figure(
        text[start:end], start, end, "time", hour, unit, approx, f"{hour:02d}:{minute:02d}", rule=rule
    )


# Two neighbouring digits before a magnitude: 四五十 (forty or fifty), 三四百, 七八千.
_ROUGH_TENS = re.compile("(?:一二|二三|两三|三四|四五|五六|六七|七八|八九)[十百千万亿]")
# 二十六七, 十七八, 三十五六: tens and two neighbouring units, a rough number (an age, a count) with or without a unit
_ROUGH_UNITS = re.compile("[二三四五六七八九]?十(?:一二|二三|三四|四五|五六|六七|七八|八九)")


# 前 after a span of time says how long ago (十年前, 约35亿年前), unless it starts a word (前后, 前往, 前夕, 前列).
_NOT_AGO_AFTER = frozenset("后往进来去夕提面端列述台线方锋沿景途身期年天日月")


def _ago_end(text: str, end: int) -> int:
    """*end*, or past the 前 of "ago" standing there."""
    if text[end : end + 1] == "前" and text[end + 1 : end + 2] not in _NOT_AGO_AFTER:
        return end + 1
    return end


def _a_sum_of_one(unit: str | None, after: str) -> bool:
    """一 before a unit of money is a sum (一文钱, 一两银子, 一元钱), except where 一两 is "one or two" (一两点), 一文
    "an article" (一文看懂) and 一圆 "fulfils" (一圆登仙夢): 文 and 圆 alone count only closing their clause (多花一文，
    便可…)."""
    if _UNIT_KIND.get(unit or "") != "money" or unit == "两":
        return False
    return unit not in ("文", "圆") or after in "，,。；;、！!"


_HAS_TENS = re.compile("[十百千]")
# 两度, 四度縱火, 二度上修: a small numeral before 度 counts the times something happened (but 一度 is "at one point")
_TIMES_BEFORE_DU = frozenset("二两三四五六七八九")
# The formal (banker's) digits, as cheques and contracts write amounts; 陆 and 参 are also "land" and "take part".
_FORMAL_DIGITS = frozenset("壹贰叁参肆伍陆柒捌玖")


_SCORED_BEFORE = re.compile(f"(?:{words(_LEX.units_points_before)})$")
_SCORED_AFTER = re.compile(words(_LEX.units_points_after))
_HAN = re.compile("[\u4e00-\u9fff]")


def _scored(text: str, start: int, unit_end: int, chinese: str) -> bool:
    """Whether a Chinese numeral's 分 are points of a game: won, lost or led by (领先两分, 拿下了九分) or the runs of a
    hit (两分砲, 两分打点), where 三分 alone may be a third or a three-point shot and 十分 is "very"."""
    if _SCORED_AFTER.match(text, unit_end):
        return True
    if chinese == "十" and _HAN.match(text, unit_end):
        return False  # 拿下十分重要的一战
    return bool(_SCORED_BEFORE.search(text, max(0, start - 3), start))


def _counts_without_unit(chinese: str, text: str, start: int) -> bool:
    """A Chinese number ending in 万 or 亿 is a quantity with no measure word after it (人口逾十五万。, 损失三千万), and
    so is one said short (月薪一万四, 三千五: the next place's digit after the magnitude), and one written out in
    full to its thousands (户一万五千三百八十, 口三万五千七十一: a gazetteer's census, no saying is that exact); not a
    lone magnitude (千万不要, 万一), and not an ordinal (第十万)."""
    return (
        len(chinese) >= 2
        and (
            chinese[-1] in "万亿"
            or (len(chinese) >= 3 and chinese[-2] in "千万亿" and chinese[-1] in _CN_TENTHS)
            or (len(chinese) >= 5 and "千" in chinese and sum(c in "十百千万亿" for c in chinese) >= 2)
            or (chinese[-1] in "百千" and _TROOPS_BEFORE.search(text, max(0, start - 2), start) is not None)
        )
        and any(c in "一二两三四五六七八九" for c in chinese)
        and not (start and text[start - 1] == "第")
    )


# The old way to count an army, the noun before its number and no measure word: 引兵五千, 铁骑五百, 精兵一万五千.
_TROOPS_BEFORE = re.compile(f"(?:{words(_LEX.units_counted_troops)})$")


_COUNTING_VERB_ENDS = frozenset("有出成建派分共计余为和")  # …派出3队, 分成2队: the teams are counted


def _tael_in(chinese: str, unit: str | None, noun_after: bool) -> int | None:
    """Where 两 in a run of numerals is the tael, not two: right after a magnitude with no magnitude of its own
    after it (五百两, 五百两一条: two is 二 after 百, never two, and 两千两百 is 2 200), or last, with no unit after it
    or silver's or gold's noun (十二两, 二百两银子)."""
    i = chinese.find("两", 1)
    while i != -1:
        if chinese[i - 1] in "十百千万" and chinese[i + 1 : i + 2] not in tuple("十百千万亿"):
            return None if i == len(chinese) - 1 and unit and not noun_after else i
        i = chinese.find("两", i + 1)
    last = len(chinese) - 1
    return last if last and chinese[last] == "两" and (noun_after or not unit) else None


# A list item's number: a full stop, then the item's words (10.债券停止转换起始日期:), not a decimal.
_ITEM_AFTER = re.compile("[.．、][\u4e00-\u9fff]")


def _quantities(text: str, ones: list[Figure]) -> Iterable[Figure]:
    """Numbers with their measure word or unit; 一 + measure word goes to *ones* (see _restore_coordinated_ones)."""
    for m in QUANTITY.finditer(text):
        if m.end() - m.start() == 1 and not (
            text[m.start()].isdigit() and _in_cell(text, m.start(), m.end())
        ):
            # a lone digit or numeral with no unit, magnitude or mark: never a figure (a third of matches), unless
            # it fills a table's cell (行政处罚 | 25 | -1 | 0 |)
            continue
        g = m.groupdict()
        arabic, chinese, unit = g["a"], g["c"], g["unit"]
        if (
            unit == "日"
            and arabic
            and m.start() >= 2
            and text[m.start() - 1] == "月"
            and (text[m.start() - 2].isdigit() or text[m.start() - 2] in "一二三四五六七八九十")
            and not g["suf"]
        ):
            continue  # the 17日 of 6月17日: a date's day, which the date finder reads whole (a sixth of all matches)
        unit_end = m.end("unit") if unit else -1
        cut, tael = False, None
        if chinese and "两" in chinese[1:]:
            noun_after = unit in _TAEL_NOUNS or text.startswith(_TAEL_NOUNS, m.end("c"))
            tael = _tael_in(chinese, unit, noun_after)
        if tael is not None:
            # 二百两银子, 五百两: 两 after a magnitude is never a numeral, it is the tael; and it ends the number
            # where more numerals follow it (五百两一条: five hundred taels a life)
            after = m.start("c") + tael + 1
            noun = next((n for n in _TAEL_NOUNS if text.startswith(n, after)), None)
            chinese, unit, unit_end = chinese[:tael], "两" + (noun or ""), after + len(noun or "")
            cut = tael < len(g["c"]) - 1
        elif chinese == "两" and unit in _TAEL_NOUNS:
            continue  # 几两银子: the tael, its number unsaid
        elif chinese and unit in _REGISTER_NOUNS and text[unit_end : unit_end + 1] in _CN_NUMERAL_SET:
            # 户三万五千七十一口一十五万: a register's noun before the next number, not this one's unit
            unit, unit_end, cut = None, m.end("c"), True
        m_start, m_end = m.start(), (unit_end if cut else m.end())
        currency = currency_name = ""
        if m_start and (text[m_start - 1] in _CURRENCY_LAST or text[m_start - 1] == " "):
            currency_match = _CURRENCY_BEFORE.search(text, max(0, m_start - 6), m_start)
            if (
                currency_match
            ):  # 港幣5億元, 港幣三十億元, 人民币 4.4 亿元 (the space is the PDF's, not the currency's)
                currency = currency_match.group(0)
                currency_name = currency.rstrip()
        prefix = _prefix_before(text, m_start - len(currency))
        start, end = m_start - len(currency) - len(prefix), unit_end if unit_end > m_end else m_end
        suffix = g["suf"]
        magnitude = g["am"] or g["cm"] or ""
        approx_mark = g["ai"] or g["ai2"] or g["ci"]
        if arabic is None and chinese is None:
            continue
        if (
            chinese
            and all(c in "十百千万亿" for c in chinese)
            and start
            and text[start - 1] in "(（[［"
            and text[end : end + 1] in ")）]］"
        ):
            continue  # 營業收入(百萬元): a table's unit in its column's label, not a million yuan
        if approx_mark in ("来", "数") and not unit and not g["am2"] and text[end - 1] == approx_mark:
            end, approx_mark = (
                end - 1,
                None,
            )  # 956.90万来自…: 来 begins the next word; 十来个 needs its measure
        if arabic:
            num_start = m.start("a")
            if _is_identifier(text, num_start, m.end("a")) and not (magnitude or unit):
                continue
            if (
                magnitude
                and not unit
                and text[m.end("a") : m.end("a") + 1] in (" ", "\u00a0")
                and "\u4e00" <= text[m.end() : m.end() + 1] <= "\u9fff"
            ):
                continue  # 600823 万象集团: a code, then a name that happens to open with 万
            if (
                unit == "队"
                and len(arabic) == 1
                and num_start
                and "\u4e00" <= text[num_start - 1] <= "\u9fff"
                and text[num_start - 1] not in _COUNTING_VERB_ENDS
            ):
                continue  # 中国1队, 英格兰2队, 男3队: a team's name; 派出3队, 共有2队 count teams
            if (
                num_start >= 2
                and text[num_start - 1] in "-－"
                and text[num_start - 2].isascii()
                and text[num_start - 2].isalpha()
            ):
                continue  # COVID-19, MH-370: the number ends a name, whatever follows it
            if unit in _NUMERAL_ONLY:
                continue  # 國5石碇: after digits 石 starts a place's name; the grain's measure is old (二十五石)
            if unit == "死" and text.startswith("亡", unit_end):
                continue  # 19死亡 is no count of deaths written so (19人死亡 is, by 人)
            if unit == "金" and not arabic.isdigit():
                continue  # 11金 counts gold medals, whole ones: 83.48金 is a table's cell run into 金额
            if num_start >= 2 and text[num_start - 1] == "." and text[num_start - 2].isdigit():
                continue  # the 20 of 2.6.20: the last part of a version, not a number of its own
            if (
                num_start
                and "A" <= text[num_start - 1] <= "Z"
                and (num_start < 2 or not (text[num_start - 2].isascii() and text[num_start - 2].isalpha()))
            ):
                continue  # 第D0015版, A380, G20: a capital letter before the digits makes a code (Jordan5場 counts)
            if num_start == 0 and "." in arabic and text[m.end("a") : m.end("a") + 1] in (" ", "\u3000"):
                continue  # 1.1 本年度报告…: the number of a clause at the start of a paragraph, not 1.1 本
            if not unit and not magnitude and len(arabic) >= 3 and arabic[0] == "0" and arabic[1].isdigit():
                continue  # 00720041: a leading zero makes a code (a bill's or an account's number)
            before = text[num_start - 1] if num_start else ""
            if before == "第" or (before in " \u00a0" and num_start > 1 and text[num_start - 2] == "第"):
                continue  # 第3名, 第 3 名: an ordinal (see _ordinals)
            if (
                unit
                and len(arabic) >= 5
                and arabic.isdigit()
                and _CODE_BEFORE.search(text, max(0, num_start - 3), num_start)
            ):
                continue  # 拨打12121天气热线: a phone number, whatever character follows it
            if (
                unit in LATIN_UNITS
                and num_start
                and text[num_start - 1].isascii()
                and text[num_start - 1].isalpha()
            ):
                continue  # A380km and similar codes
            if not unit and not magnitude and not approx_mark:
                # A bare number: keep multi-digit quantities, skip list markers and lone digits.
                digits = arabic.replace(",", "")
                if (
                    len(digits.split(".")[0]) < 2
                    and "." not in digits
                    and not _in_cell(text, num_start, m.end("a"))
                ):
                    continue  # (a lone digit in a table's cell is its value: 行政处罚 | 25 | -1 | 0 |)
                if _is_identifier(text, num_start, m.end("a")):
                    continue
                after = text[m.end("a") : m.end("a") + 1]
                if (
                    after in ":："
                    and len(arabic) == 4
                    and arabic[:2] in ("19", "20")
                    and not text[m.end("a") + 1 : m.end("a") + 2].strip(" ").isdigit()
                    and not text[max(0, num_start - 3) : num_start].rstrip(" ")[-1:].isdigit()
                ):
                    # * 1983：以太网协议…: a year heading its entry in a timeline (not 10:30, nor a ratio 2020:1)
                    yield Figure(
                        arabic, num_start, m.end("a"), "date", None, None, False, arabic, rule="year-entry"
                    )
                    continue
                if after in ("年", "月", "日", "号", "时", "时", "点", "点", ":", "：", "/", "-", "后", "后"):
                    continue  # dates and times are found whole elsewhere; 85后 names a generation
                if after == "路":
                    continue  # 155路, 965路: a bus route's number names the line
                if arabic.isdigit() and (
                    (len(arabic) >= 7 and not _bar_before(text, num_start))
                    or (len(arabic) >= 5 and _CODE_BEFORE.search(text, max(0, num_start - 5), num_start))
                ):
                    # 60514703, 100382972925, 邮编：519000: a phone, an account, a postcode: a code, no count (a
                    # count this long is written with its unit, its thousands set apart or in a table's cell:
                    # 175,687人, 预算金额(元) | 1320000 |)
                    continue
                if _in_document_number(text, num_start):
                    continue  # (2016)苏05民终1298号, 财库〔2020〕10 号: a case's or a document's number
                if _VERSION.fullmatch(digits) and num_start and "\u4e00" <= text[num_start - 1] <= "\u9fff":
                    continue  # 工业4.0, 经济奇迹2.0: a version names an era, it counts nothing
                if _names_a_number(text, num_start, m.end("a")):
                    continue
                if text.startswith(("》", "〉"), m.end("a")):
                    continue  # 《香港01》, 《2046》: the number ends a title's name
                if _in_short_quote(text, num_start, m.end("a")):
                    continue  # “1345”发展思路: a number in a short quoted name is the slogan's
                if (
                    num_start
                    and text[num_start - 1] in "[［〔"
                    and text.startswith(("]", "］", "〕"), m.end("a"))
                ):
                    continue  # …释放到大气中[18]。, 聚众枹罕〔10〕: a reference to a note, not a quantity
                if _stock_code(text, num_start, m.end("a")):
                    continue
                if digits in _SERVICE_NUMBERS:
                    continue  # 骚扰110, 110指挥中心: the police line, not a hundred and ten
                if (
                    len(digits) == 2
                    and num_start
                    and text[num_start - 1] in "(（"
                    and text[m.end("a") : m.end("a") + 1] in ")）"
                ):
                    continue  # (11) “一事一议”…: a list item's number in brackets counts nothing (a year may)
                if num_start == 0 and text[m.end("a") : m.end("a") + 1] in (" ", "\u3000", "、", "．"):
                    continue  # 1.1 本年度报告…: the number of a heading or list item at the start of a paragraph
            value = _value_of(arabic, None)
        else:
            assert chinese is not None
            if (
                not unit
                and not _counts_without_unit(chinese + g["cm"] if g["spoken"] else chinese, text, start)
                and not ((suffix or approx_mark == "多") and _HAS_TENS.search(chinese) and len(chinese) >= 2)
                and not (_ROUGH_UNITS.fullmatch(chinese) or _ROUGH_TENS.fullmatch(chinese))
            ):
                continue  # (年纪在四十以上, 值一百出头, 本来值一百多, 年纪二十六七, 不过五六千: a rough number stands alone)
            if _HAS_DECIMAL.search(chinese):  # 三.七一%: a rate with its decimals, never a word
                value = parse_chinese_decimal(chinese)
                if value is None:
                    continue
            else:
                if (
                    unit in DIGIT_ONLY_UNITS
                    and chinese[-1] not in "万亿"
                    and not (unit == "度" and (_HAS_TENS.search(chinese) or chinese in _TIMES_BEFORE_DU))
                    and not (
                        unit in _TENS_ENOUGH
                        and _HAS_TENS.search(chinese)
                        and chinese + unit not in _TENS_WORDS
                    )
                    # (一家四口, 五口人, 三口之家: a household's people)
                    and not (
                        unit == "口"
                        and (text.startswith(("人", "之家"), unit_end) or text[start - 1 : start] == "家")
                    )
                    and not (unit in _LEX.units_points and _scored(text, start, unit_end, chinese))
                ):
                    continue  # 一度 is "at one point"; 二千五百六十一亿度 is electricity, 一百八十度 an angle
                if chinese == "零":
                    continue  # 零件, 零售: a lone 零 counts nothing
                if chinese == "一" and unit == "家" and _HOUSEHOLD_AFTER.match(text, unit_end):
                    continue  # 一家四口: the family whose people are counted next
                if all(c in _FORMAL_DIGITS for c in chinese) and _UNIT_KIND.get(unit or "") != "money":
                    continue  # 陸台 is the mainland and Taiwan: a formal digit alone writes money only (陆元)
                if chinese[0] in _ONE and start and text[start - 1] == "唯":
                    continue  # 唯一一個: "the only one", whose 一 is part of the word before
                if _in_short_quote(text, start, end):
                    continue  # “两个确立”, “三大支撑八项重点”: a numbered slogan is a name, not a count
                if start and text[start - 1] in "第周周星礼礼":
                    continue
                ten_of_time = chinese == "十" and _UNIT_KIND.get(unit) == "duration"  # 十年, 十天
                if (
                    all(c in MAGNITUDES for c in chinese)
                    and not prefix
                    and not approx_mark
                    and not (len(chinese) > 1 and len(set(chinese)) > 1)  # 十万人, 百万元, 十万亿电子伏特
                    and not ten_of_time
                    and _UNIT_KIND.get(unit or "") != "percent"  # 十% is ten per cent
                    and not (
                        chinese == "十" and _UNIT_KIND.get(unit) in ("money", "count") and unit != "家"
                    )  # 十元, 十人
                    and not (chinese in "百千" and unit in _PEOPLE_UNITS)  # 美女百名, 不啻千人, 寿百岁
                ):
                    continue  # 千家万户, 万众, 十字, 万万: a lone or doubled magnitude is a word, not a count
                after_unit = text[unit_end : unit_end + 1]
                unit_ends = unit_end == end  # no 以上 / 左右 after the unit
                if (
                    chinese in _ONE
                    and not prefix
                    and not g["spoken"]  # 一个亿 is a hundred million
                    and unit not in _QUANTITATIVE_AFTER_ONE
                    and not _a_sum_of_one(unit, after_unit)  # 一文钱, 一两银子, 多花一文，
                    and not (unit_ends and after_unit in _MORE_THAN)
                ):
                    if _UNIT_KIND.get(unit) == "duration" and _one_lasts(text, start, unit_end):
                        end = _ago_end(text, end) if end == unit_end and unit != "日" else end
                        yield Figure(
                            text[start:end], start, end, "duration", 1, unit, False, rule="one-lasting"
                        )
                        continue
                    counted = (
                        _UNIT_KIND.get(unit) == "count"
                        and after_unit != unit
                        and unit_ends
                        and unit not in _ONE_MAKES_WORD
                    )
                    if counted and text.endswith(_ONE_COUNTS_AFTER, 0, start):
                        yield Figure(text[start:end], start, end, "count", 1, unit, False, rule="one-counted")
                    elif counted:
                        ones.append(
                            Figure(
                                text[start:end],
                                start,
                                end,
                                "count",
                                1,
                                unit,
                                False,
                                rule="one-beside-a-count",
                            )
                        )
                    continue  # 一场 / 一个: indefinite article (coordination is restored later)
                if after_unit == unit:
                    continue  # 一曲曲, 一个个: reduplication is rhetoric
                if (
                    unit == "队"
                    and chinese in ("两", "二")
                    and not (start and text[start - 1] in _COUNTING_VERB_ENDS)
                ):
                    continue  # 两队战成1:1: "both teams" (but 派出两队, 分成两队 count them)
                if chinese == "二" and _UNIT_KIND.get(unit) == "count" and not _TWO_COUNTS.search(unit):
                    continue  # two of a thing is 两个, 两次: 二次点火, 二队, 二级 are "secondary", "team two", "grade two"
                if (
                    chinese[0] in ("百千" if _UNIT_KIND.get(unit) == "count" and unit != "家" else "十百千")
                    and len(chinese) == 1
                    and not approx_mark
                    and not prefix
                    and not ten_of_time
                    and _UNIT_KIND.get(unit) not in ("money", "percent")
                    and unit not in _PEOPLE_UNITS
                ):
                    continue  # 十字, 百货, 千克 are words; 十年 and 十天 are spans of time, 十元 sums, 十% a rate
                if len(chinese) == 2 and all(c in "一二两两三四五六七八九" for c in chinese):
                    value, approx_mark = (
                        parse_chinese(chinese[0]),
                        chinese[1],
                    )  # 两三个, 三五天: a rough range
                elif _ROUGH_UNITS.fullmatch(chinese):
                    value, approx_mark = (
                        parse_chinese(chinese[:-2] + chinese[-1]),
                        chinese[-1],
                    )  # 二十六七: 27 at most
                elif _ROUGH_TENS.match(chinese):
                    value, approx_mark = (
                        parse_chinese(chinese[1:]),
                        chinese[0],
                    )  # 四五十万, 三四百人: the upper end
                else:
                    value = parse_chinese(chinese)
                if value is None:
                    continue
        if unit == "版" and arabic and ("." in arabic or "．" in arabic):
            continue  # 2.4 版, 3.0版: a release's version number, not an edition counted
        if unit == "级" and chinese and all(c in MAGNITUDES for c in chinese):
            continue  # 千亿级产业, 万亿级: a class of size, not a count of grades
        if unit == "日" and arabic and text.startswith(_DAY_THEN, unit_end):
            continue  # 李晓超19日说: the day something was said (the date finder has it), not 19 days
        if unit == "岁" and text.startswith(("末", "初", "尾"), unit_end):
            continue  # 2016岁末: the year's end, not an age
        if unit in _NAME_AFTER_UNIT and text.startswith(_NAME_AFTER_UNIT[unit], unit_end):
            continue  # 三次产业, 七项全能, 400米栏: the number names a thing
        if magnitude:
            value = scale(value, magnitude) if value is not None else None
        if g["mixed"] and value is not None:
            for digits, small in re.findall(
                "([0-9][0-9,]*(?:[.．][0-9]+)?)[ \u00a0]?([亿万千百十]?)", g["mixed"]
            ):
                # 3萬2千 = 30000 + 2000, 2330萬1968 = 23300000 + 1968
                extra = scale(parse_arabic(digits), small) if small else parse_arabic(digits)
                value = None if extra is None or value is None else value + extra
        if g["am2"] and value is not None:
            value = scale(value, g["am2"])  # 7千余亿: some seven hundred billion, the 亿 after the 余
        if unit == "年" and arabic and len(arabic) >= 4 and not approx_mark:
            continue
        if unit == "季度" and not prefix and not approx_mark:
            # 一季度, 四季度 name a quarter of the year, a date (three quarters long is 三个季度); 前三季度 is the
            # span up to the third
            if value in (1, 2, 3, 4) and not text.endswith("前", 0, start):
                yield Figure(
                    text[start:end], start, end, "date", None, None, False, f"Q{value}", rule="quarter"
                )
            continue
        kind = _UNIT_KIND.get(unit or "", "count")
        norm_unit = unit
        if unit == "成":
            if value is None or value > 10 or _WORD_AFTER_CHENG.match(text, unit_end):
                continue  # 三成 is 30 %, but 三五成群 and 分成两组 are words
            value, norm_unit = value * 10, "%"  # 两成 = 20%
            tenth, after = text[unit_end : unit_end + 1], text[unit_end + 1 : unit_end + 2]
            if end == unit_end and tenth.isdigit() and not after.isdigit():
                value, end = value + int(tenth), end + 1  # 7成5 = 75%: the tenth of a tenth after 成
            elif end == unit_end and tenth.isdigit() and not text[unit_end + 2 : unit_end + 3].isdigit():
                value, end = value + int(text[unit_end : unit_end + 2]) / 10, end + 2  # 打擊率3成51 = 35.1%
            elif end == unit_end and tenth and tenth in _CN_TENTHS and after not in _NOT_AFTER_TENTH:
                value, end = value + _CN_TENTHS.index(tenth) + 1, end + 1  # 六成三 = 63%, not 七成三人
            elif end == unit_end and tenth == "半" and after not in _NOT_AFTER_TENTH:
                value, end = value + 5, end + 1  # 三成半 = 35%
            elif end == unit_end and tenth == "多" and after not in _NOT_AFTER_TENTH:
                end, approx_mark = end + 1, "多"  # 一成多: over a tenth
        if unit == "厘":
            norm_unit = "%"  # 最優惠利率5厘: five per cent a year
        if unit in _LEX.units_discount and value is not None:
            if not 0 < value < 100:
                continue
            # 5折 and 8.5折 in tenths of the price, 85折 and 64折 in hundredths
            value = value / 100 if value >= 10 else value / 10
        if currency and kind in ("count", "money") and unit in (None, "元"):
            kind, norm_unit = "money", "元" if currency_name == "人民币" else currency_name
        if unit in ("块钱", "块钱", "元钱", "元钱"):
            norm_unit = "元"
        if unit == "余人":
            norm_unit, approx_mark = "人", "余"
        temperature = unit in TEMPERATURE_UNITS or unit == "度"
        if (
            value is not None
            and not prefix
            and not currency
            and (
                temperature
                or kind in ("percent", "money")
                # a change in a table's cell: | -6.97 |, 净利润 -3.5 (a bare number after a space or a bar)
                or (arabic and not unit and not magnitude and start >= 2 and text[start - 2] in " \u3000|｜")
            )
        ):
            sign = _sign_before(text, start, words=temperature)  # 零下5℃, 同比-5.2%, 净利润-3亿元
            start, value = start - len(sign), (-value if sign in _MINUS else value)
        if unit and kind == "duration" and ("半" in unit or "多" in unit) and value is not None:
            # 两个半小时 = 2.5 个小时; 两个多小时 = over 2 个小时
            value += 0.5 if "半" in unit else 0
            approx_mark = approx_mark or ("多" if "多" in unit else None)
            norm_unit = unit.replace("半", "").replace("多", "")
        if unit == "天" or unit == "年" or kind == "duration":
            kind = "duration"
            tail = text[end : end + 1] if unit and unit_end == end else ""
            if (
                tail in _MORE_THAN
                and value is not None
                and unit not in _NO_HALF_AFTER
                # (15日多云, 17日多地: after 日 the 多 starts a word, for a day and more is 一天多)
                and not (unit == "日" and tail == "多" and _HAN.match(text, end + 1))
            ):
                end += 1  # 一年多, 三年半: the approximation or the half follows the unit
                if tail == "半":
                    value += 0.5
                else:
                    approx_mark = tail
            if unit != "日":  # (每月10日前 is by the tenth, a day of the month)
                end = _ago_end(text, end)  # 35亿年前, 10年前: how long ago, the 前 with its span
        elif (
            unit in _MEASURES_MORE_AFTER
            and unit_end == end
            and text[end : end + 1] == "多"
            and text[end + 1 : end + 2] not in ("少", "大", "久", "么")  # 三斤多少钱 asks a price
            and value is not None
        ):
            end, approx_mark = end + 1, "多"  # 一尺多深, 两斤多肉, 一米多高: a little over the measure
        elif (
            unit in _MEASURES_MORE_AFTER
            and unit_end == end
            and text[end : end + 1] == "半"
            and text[end + 1 : end + 2] not in ("天", "夜", "年", "月", "个", "晌")  # 三里半天 is half a day
            and value is not None
        ):
            end, value = end + 1, value + 0.5  # 九十二斤半, 三尺半: and a half of the measure
        if suffix in ("余", "余") and not unit:
            approx_mark = suffix
        approx = bool(prefix or approx_mark or suffix)
        if kind == "count" and not unit and not magnitude and not approx:
            kind = "number"
            if (start == 0 or text[start - 1] in " \u3000\t") and _ITEM_AFTER.match(text, end):
                continue  # …114/09/10 10.債券停止轉換起始日期: a form's item number, its items run into one line
        if (
            kind == "count"
            and unit
            and not prefix
            and start >= 1
            and text[start - 1] == "前"
            and (start == 1 or text[start - 2] in _FIRST_N_BEFORE)
        ):
            start -= 1  # 本季6戰的前3場: the first three games (目前3家, 提前3天, 此前3次 read 前 with the word before)
        rule = "quantity (digits)" if arabic else "quantity (numeral)"
        if norm_unit and end < len(text) and text[end] in "/／" and end == unit_end:
            per = _PER_UNIT.match(text, end + 1)
            if per is not None:  # 20万吨/年, 42米/秒: a measure per another is one figure
                norm_unit, end = f"{norm_unit}/{per.group(0)}", per.end()
        yield Figure(text[start:end], start, end, kind, value, norm_unit, approx, rule=rule)


def _cn_percent(text: str) -> Iterable[Figure]:
    for m in CN_PERCENT.finditer(text):
        prefix = _prefix_before(text, m.start())
        unit = "%" if m.group("base") == "百分之" else "‰"
        start = m.start() - len(prefix)
        yield Figure(
            text[start : m.end()], start, m.end(), "percent", _percent_number(m.group("c")), unit, bool(prefix),
            rule="percent-words",
        )  # fmt: skip
        # 分别占百分之四十一、二十四点一及十三点五: the 百分之 written once serves each number listed after it
        end = m.end()
        while (item := _SHARED_PERCENT.match(text, end)) is not None:
            yield Figure(
                item.group("c"), item.start("c"), item.end("c"), "percent", _percent_number(item.group("c")), unit,
                False, rule="percent-words (shared)",
            )  # fmt: skip
            end = item.end("c")


def _percent_number(raw: str) -> float | None:
    """The number of 百分之…: digits, or Chinese numerals with their decimals after 点 (七十一点六)."""
    if _is_arabic(raw):
        return parse_arabic(raw)
    if "点" in raw:
        whole, frac = raw.split("点", 1)
        base = parse_chinese(whole)
        return None if base is None else float(f"{base}.{''.join(str(parse_chinese(c)) for c in frac)}")
    return parse_chinese(raw)


# The next number of a list that shares its 百分之 (、二十四点一, 及十三点五), closed by a mark, another item or the
# list's end: a number followed by a word or a unit is something else.
_SHARED_PERCENT = re.compile(
    rf"[、及和与或][\s　]*(?P<c>[{CN_NUMERAL_CHARS}]+(?:点[〇零一二三四五六七八九]+)?|{ARABIC})"
    r"(?=[、及和与或，,。；;）)\s　]|$)"
)


def _ratios(text: str) -> Iterable[Figure]:
    for m in RATIO.finditer(text):
        parts = [part.strip() for part in re.split("[:：∶比]", m.group(0))]
        clock_like = "比" not in m.group(0) and "∶" not in m.group(0)  # the ratio sign ∶ never writes a time
        if len(parts) == 2 and clock_like and len(parts[1]) == 2 and parts[0].isdigit():
            if len(parts[0]) <= 2 and int(parts[0]) <= 24:
                continue  # 10:30 is a clock time
        if _is_identifier(text, m.start(), m.end()):
            continue
        yield Figure(
            m.group(0), m.start(), m.end(), "ratio", None, None, False, ":".join(parts), rule="ratio"
        )


# A score written with a hyphen between the two sides' goals or points (辽宁3-0重庆, 以1-0领先): a range of
# bare numbers would rise, a score needs not; so a falling or level pair is a score, and a rising one only after
# the word that announces a result (以2-3告负, 比分为1-2).
# (no score is written with a leading zero: 11-02 is a month and a day)
HYPHEN_SCORE = re.compile(
    r"(?<![0-9A-Za-z.\-－/])(?P<a>0|[1-9][0-9]{0,2})[-－](?P<b>0|[1-9][0-9]{0,2})(?![0-9A-Za-z.\-－/%])"
    r"(?!\s?[0-9]{1,2}[:：][0-9]{2})"
)
_SCORE_BEFORE = re.compile("(?:以|比分|比分为|比分是|比数|比数为|总比分)$")
_DATE_OR_MAGNITUDE = ("年", "月", "日", "号", "时", "点", "万", "亿", "千", "百", "%")


def _hyphen_scores(text: str) -> Iterable[Figure]:
    for m in HYPHEN_SCORE.finditer(text):
        if text.startswith(_DATE_OR_MAGNITUDE, m.end()):
            continue  # 12-5日, 3-2万: a date or an amount, found elsewhere
        a, b = int(m.group("a")), int(m.group("b"))
        if a < b and (
            _SCORE_BEFORE.search(text, max(0, m.start() - 3), m.start()) is None
            or text.startswith(_ALL_UNITS, m.end())
        ):
            continue  # 3-5名, 10-15岁: a range with its unit, found elsewhere
        yield Figure(
            m.group(0), m.start(), m.end(), "ratio", None, None, False, f"{a}:{b}", rule="hyphen-score"
        )


_OPEN_QUOTES = "“「‘『"


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """The figure stands in a quoted name of a few characters (“四个意识”, “三大支撑八项重点”): a slogan, not a count;
    quoted speech runs longer."""
    opened = max(text.rfind(q, max(0, start - 6), start) for q in _OPEN_QUOTES)
    if opened < 0:
        return False
    closed = min((i for q in "”」’』" if (i := text.find(q, end, end + 6)) >= 0), default=-1)
    return closed >= 0 and not any(c in text[opened + 1 : closed] for c in "”」’』，。,！？!?；;")


# Units that, followed by these words, make a name rather than a count: 三次产业 (the three sectors).
# 三次产业, 三文鱼 (salmon), 七项全能 (heptathlon), 400米栏 and 200米自由泳 (events)
_NAME_AFTER_UNIT = {
    "次": ("产业",),
    # 三文鱼 (salmon); 西九文化區 (West Kowloon's arts district): 文 starts a word, not a sum in coins
    "文": tuple("鱼化件章字学物献本书稿明艺具凭创旅"),
    "项": ("全能",),
    "度": ("空间",),  # 三度空间: three dimensions
    # 九年制学校, 三年制: a school's system; 九十年代 a decade (DECADE): not spans of years
    "年": ("制", "代"),
    "日": ("线", "均线"),  # 5日线, 20日均线: a moving average, named by its days
    "周": ("线", "均线"),
    "米": ("栏", "跨栏", "自由泳", "蛙泳", "蝶泳", "仰泳", "混合泳", "个人混合泳", "接力"),
}


# Words that make the ordinal after them a rank, even before a comma: 增速位居第一、第二.
_RANK_BEFORE = re.compile(f"(?:{words(_LEX.labels_rank_words)})$")


def _ordinals(text: str) -> Iterable[Figure]:
    for m in ORDINAL.finditer(text):
        if text.startswith(LEXICAL_ORDINALS, m.start()):
            continue
        if text.startswith(_ORDINAL_NAMES_AFTER, m.end()) or any(
            len(name) > len(m.group("unit") or "") and text.startswith(name, m.end("n"))
            for name in _ORDINAL_NAMES_AFTER
        ):
            continue  # 第三医院, 第一中学, 第二集团 (a name longer than the unit 集): an ordinal naming a body
        if m.group("unit") in _DOCUMENT_PARTS and not text[: m.start()].strip():
            continue  # 第一条 为了加强…: the document's own numbering of its articles, not a figure
        if m.group("unit") in _HEADING_PARTS and _HEADING_AFTER.match(text, m.end()):
            continue  # 第一回  装乞丐童子寻师: a chapter's number set apart before its title, not a figure
        if m.group("unit") in _LAW_PARTS and text.endswith(
            _LAW_NAME_ENDINGS, max(0, m.start() - 4), m.start()
        ):
            continue  # 治安管理处罚法》第四十二条, 施行細則第7條第9款: a law's clause cited, not a figure
        if m.group("unit") in _LAW_PARTS and (
            text.endswith(_LAW_REFERENCE_BEFORE, max(0, m.start() - 4), m.start())
            or text.startswith(_LAW_REFERENCE_AFTER, m.end())
        ):
            continue  # 违反本办法第十二条, 第十条第二款规定: a provision cited (第4条过海铁路, 第一条胡同 count)
        after = text[m.end() : m.end() + 1]
        if (
            not m.group("unit")
            and after in "，,、：:；;"
            and not (after in "，,、" and m.group("n").isdigit())
            and not _RANK_BEFORE.search(text, max(0, m.start() - 2), m.start())
        ):
            continue  # 第一，要坚持…: an enumeration marker, not a rank (but 排名第8，and 投资潜力第3、: digits rank)
        n = m.group("n")
        value = _number_of(n)
        if value is None:
            continue
        # 第三大贸易伙伴, 第一大市场: the rank by size, 大 with its ordinal (第五大道 is a street)
        end = m.end()
        if (
            not m.group("unit")
            and text[end : end + 1] == "大"
            and text[end + 1 : end + 2] not in _NOT_RANK_AFTER_DA
        ):
            end += 1
        yield Figure(
            text[m.start() : end], m.start(), end, "ordinal", value, m.group("unit"), False, rule="ordinal"
        )


_NOT_RANK_AFTER_DA = frozenset("道学会厦街桥楼院队")


# Points of a stock index or a score: 报3200.15点, 下跌120点 (a decimal or a number above any hour, so 3点 stays a
# clock time or nothing).
INDEX_POINTS = re.compile(
    r"(?<![0-9.,])(?P<a>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?P<am>万)?点(?![0-9０-９多半钟]|整(?!数))"
)  # 26,504点, 站上2万点 (a clock never reads 万点)


# In Chinese numerals, as Taiwan's papers print them: 兩萬八千點, 三二二點 (a clock stops at 二十四點).
_CN_DIGITS = frozenset("〇零○一二两三四五六七八九")
CN_INDEX_POINTS = re.compile(
    f"(?<![{CN_NUMERAL_CHARS}])(?P<c>[{CN_NUMERAL_CHARS}]{{3,8}})(?:点(?P<d>[〇○零一二三四五六七八九]{{1,4}}))?"
    "点(?![钟半多整〇○零一二三四五六七八九])"
)  # (二七七點三一億元 is a decimal, not index points; 一百六十九點三六點 is 169.36 points)


def _cn_index_points(text: str) -> Iterable[Figure]:
    for m in CN_INDEX_POINTS.finditer(text):
        head, magnitude, rest = m.group("c").rpartition("万")
        if magnitude and len(rest) >= 2 and all(c in _CN_DIGITS for c in rest):
            # 兩萬八三○三點: ten thousands, then the rest digit by digit (28303)
            whole = parse_chinese(head + magnitude)
            value = whole + int(parse_chinese(rest) or 0) if whole else None
        else:
            value = parse_chinese(m.group("c"))
        if value is None or value < 100:
            continue
        if m.group("d"):
            value = parse_chinese_decimal(f"{m.group('c')}点{m.group('d')}")  # 一萬七千四百零三點五六點
        yield Figure(m.group(0), m.start(), m.end(), "count", value, "点", False, rule="index-points")


def _index_points(text: str) -> Iterable[Figure]:
    for m in INDEX_POINTS.finditer(text):
        number = m.group("a")
        value = scale(parse_arabic(number), m.group("am") or "")
        if value is None or ("." not in number and value <= 24) or _is_identifier(text, m.start(), m.end()):
            continue
        prefix = _prefix_before(text, m.start())
        start = m.start() - len(prefix)
        yield Figure(
            text[start : m.end()], start, m.end(), "count", value, "点", bool(prefix), rule="index-points"
        )


# Thousands written with a Latin K after two or more digits, as Taiwan writes a salary or an index (月薪22K, 台股站上
# 34K): 4K and 8K name screens, and a K before more letters is a unit (KB, KWh) or a word.
_THOUSANDS = re.compile(r"(?<![A-Za-z0-9.])(?P<a>[1-9][0-9]{1,3}(?:\.[0-9]+)?)[Kk](?![A-Za-z0-9])")


def _thousands(text: str) -> Iterable[Figure]:
    for m in _THOUSANDS.finditer(text):
        prefix = _prefix_before(text, m.start())
        start = m.start() - len(prefix)
        value = parse_arabic(m.group("a"))
        value = None if value is None else round(value * 1000, 6)
        yield Figure(
            text[start : m.end()], start, m.end(), "count", value, None, bool(prefix), rule="thousands-k"
        )


# The currency a sign or a code before the digits names (anything else there, ¥ or RMB, is yuan).
_SIGN_CURRENCY = {"$": "美元", "US$": "美元", "USD": "美元", "HK$": "港元", "HKD": "港元", "NT$": "新台币", "NTD": "新台币",
                  "€": "欧元", "£": "英镑"}  # fmt: skip


def _prefixed_money(text: str) -> Iterable[Figure]:
    for m in MONEY_PREFIXED.finditer(text):
        value = scale(parse_arabic(m.group("a")), m.group("am") or "")
        unit = _SIGN_CURRENCY.get(m.group(0)[: m.start("a") - m.start()].strip(), "元")
        yield Figure(m.group(0), m.start(), m.end(), "money", value, unit, False, rule="currency-sign")


def _resolve(candidates: list[Figure]) -> list[Figure]:
    """Keep the longest candidate where candidates overlap (ties go to the more specific kind, then to the reading
    that knows more: 乾隆元年 dated 1736 over the same span undated).

    Accepted spans are kept sorted and never overlap, so each candidate is checked against its two neighbours
    only: linear-logarithmic even for a paragraph with thousands of figures.
    """
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Figure] = []
    for fig in sorted(
        candidates, key=lambda f: (-(f.end - f.start), KINDS[f.kind].priority, f.detail is None, f.start)
    ):
        i = bisect.bisect_right(starts, fig.start)
        if (i and ends[i - 1] > fig.start) or (i < len(starts) and starts[i] < fig.end):
            continue
        starts.insert(i, fig.start)
        ends.insert(i, fig.end)
        chosen.append(fig)
    return sorted(chosen, key=lambda f: f.start)


_COORDINATING = frozenset("、，,和与及或又；; ")


def _restore_coordinated_ones(figures: list[Figure], ones: list[Figure], text: str) -> list[Figure]:
    """三区一旗, 两死一伤, 3人死亡、1人受伤…: 一 + measure word counts when it stands right beside another count, or
    one coordinating mark away (not 4楼的一个病房: a floor's room)."""
    if not ones:
        return figures
    # (an age is no fellow count: 一名16岁少年 is "a sixteen-year-old"; units are folded, so 歲 is 岁 here)
    counts = [f for f in figures if f.kind == "count" and f.unit != "岁"]
    count_ends = {f.end for f in counts}
    count_starts = {f.start for f in counts}
    starts = [f.start for f in figures]  # figures are sorted and do not overlap
    extra = []
    for one in ones:
        beside = (
            one.start in count_ends
            or (one.start - 1 in count_ends and text[one.start - 1] in _COORDINATING)
            or one.end in count_starts
            or (one.end + 1 in count_starts and text[one.end] in _COORDINATING)
        )
        i = bisect.bisect_left(starts, one.end)
        overlaps = i > 0 and figures[i - 1].end > one.start
        if beside and not overlaps:
            extra.append(one)
    return sorted(figures + extra, key=lambda f: f.start) if extra else figures


# Set phrases whose numbers count nothing (三天两头 = "all the time"); a figure inside one is dropped.
NUMERAL_IDIOMS = re.compile(words((*_LEX.lookalikes_idioms, *_LEX.lookalikes_place_names)))


def _fraction(text: str) -> Iterable[Figure]:
    """三分之一, 3分之2: a fraction, as a percentage (百分之 and 千分之 are _cn_percent)."""
    for m in FRACTION.finditer(text):
        if m.group("d") in ("百", "千") or text.startswith("决赛", m.end()):
            continue  # 百分之 is _cn_percent; 四分之一决赛 names a round
        denominator, numerator = (_number_of(g) for g in (m.group("d"), m.group("n")))
        if not denominator or numerator is None:
            continue
        prefix = _prefix_before(text, m.start())
        start = m.start() - len(prefix)
        value = round(numerator / denominator * 100, 2)
        yield Figure(
            text[start : m.end()],
            start,
            m.end(),
            "percent",
            value,
            "%",
            bool(prefix),
            f"{numerator}/{denominator}",
            rule="fraction",
        )


# Durations written in two units: 3小时20分钟, 1分30秒, and a race time 9秒83 (9.83 s) or 1分55秒495 (to the
# thousandth, as swimming times are given).
COMPOUND_DURATION = re.compile(
    # (one space may stand beside each number, as Taiwan's press sets it: 4分 24 秒)
    r"(?P<h>[0-9]+) ?个?(?:小时|小时|个小时) ?零?(?P<hm>[0-5]?[0-9]) ?(?:分钟|分钟|分)(?: ?(?P<hs>[0-5]?[0-9]) ?秒)?"
    r"|(?P<m>[0-9]+) ?(?:分钟|分钟|分) ?零?(?P<ms>[0-5]?[0-9](?:\.[0-9]+)?) ?秒(?P<mcs>[0-9]{2,3}(?![0-9]))?"
    r"|(?P<s>[0-9]+)秒(?P<cs>[0-9]{2,3})(?![0-9])"
)


def _compound_durations(text: str) -> Iterable[Figure]:
    for m in COMPOUND_DURATION.finditer(text):
        if m.start() and text[m.start() - 1].isdigit():
            continue
        if len(m.group("h") or m.group("m") or m.group("s")) > MAX_DIGITS:
            continue  # not a duration: a run of digits this long is noise
        prefix = _prefix_before(text, m.start())
        start = m.start() - len(prefix)
        if m.group("h"):
            hours, minutes = int(m.group("h")), int(m.group("hm"))
            seconds = int(m.group("hs") or 0)
            value: float = hours * 3600 + minutes * 60 + seconds
            detail = f"{hours} h {minutes} min" + (f" {seconds} s" if m.group("hs") else "")
        elif m.group("m"):
            minutes, seconds_text = int(m.group("m")), m.group("ms")
            if m.group("mcs"):
                seconds_text = f"{seconds_text}.{m.group('mcs')}"  # 1分03秒69: a race time to the hundredth
            value = minutes * 60 + float(seconds_text)
            detail = f"{minutes} min {seconds_text} s"
        else:
            value = float(f"{m.group('s')}.{m.group('cs')}")
            detail = f"{value} s"
        if float(value).is_integer():
            value = int(value)
        yield Figure(
            text[start : m.end()],
            start,
            m.end(),
            "duration",
            value,
            "秒",
            bool(prefix),
            detail,
            rule="compound-duration",
        )


# A term of years and months: 有期徒刑十三年六个月 (13.5 years), 3年6个月, 一年零三个月; not a calendar year's.
YEARS_AND_MONTHS = re.compile(
    "(?<![0-9〇零一二两三四五六七八九十百])(?P<y>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})年[零又]?"
    "(?P<mo>[0-9]{1,2}|[一二两三四五六七八九十]{1,2})个月"
)


def _years_and_months(text: str) -> Iterable[Figure]:
    for m in YEARS_AND_MONTHS.finditer(text):
        years, months = _number_of(m.group("y")), _number_of(m.group("mo"))
        if years is None or months is None or not 0 < months < 12:
            continue
        value = round(years + months / 12, 4)
        prefix = _prefix_before(text, m.start())
        start = m.start() - len(prefix)
        yield Figure(
            text[start : m.end()],
            start,
            m.end(),
            "duration",
            int(value) if float(value).is_integer() else value,
            "年",
            bool(prefix),
            f"{years:g} y {months:g} mo",
            rule="years-and-months",
        )


# A medal tally: 6金6銀1銅 (folded 6金6银1铜), 12金13银, 十金十一銀廿三銅, 一金兩銅: each metal counted, two or three
# of them in a row, in digits or Chinese numerals.
_MEDAL_COUNT = "(?:[0-9]{1,3}|[一二两三四五六七八九十廿卅]{1,3})"
MEDAL_TALLY = re.compile(f"(?<![0-9{CN_NUMERAL_CHARS}])(?:{_MEDAL_COUNT}[金银铜]){{2,3}}")
_MEDAL = re.compile(f"({_MEDAL_COUNT})[金银铜]")


def _medal_tallies(text: str) -> Iterable[Figure]:
    for tally in MEDAL_TALLY.finditer(text):
        for m in _MEDAL.finditer(text, tally.start(), tally.end()):
            value = _number_of(m.group(1))
            if value is not None:
                yield Figure(m.group(0), m.start(), m.end(), "count", value, m.group(0)[-1], False, rule="medals")


# A toll of the dead and the injured in Chinese numerals (一死八伤, 三死两伤): 死 and 伤 count people only in such a
# pair (in digits, 1死8伤, they are units of their own).
CASUALTY_TALLY = re.compile(
    f"(?<![{CN_NUMERAL_CHARS}])([{CN_NUMERAL_CHARS}]{{1,3}})死([{CN_NUMERAL_CHARS}]{{1,3}})伤"
)


def _casualty_tallies(text: str) -> Iterable[Figure]:
    for m in CASUALTY_TALLY.finditer(text):
        for group, unit in ((1, "死"), (2, "伤")):
            value = parse_chinese(m.group(group))
            if value is not None:
                start, end = m.start(group), m.end(group) + 1
                yield Figure(text[start:end], start, end, "count", value, unit, False, rule="casualties")


# A field event's mark in metres and centimetres: 12米11 (12.11 m), 2米05, 15公尺85 (Taiwan's metre).
METRES_CENTIMETRES = re.compile(r"(?<![0-9.])(?P<m>[0-9]{1,3})(?P<unit>米|公尺)(?P<cm>[0-9]{2})(?![0-9])")


def _metres_centimetres(text: str) -> Iterable[Figure]:
    for m in METRES_CENTIMETRES.finditer(text):
        value = float(f"{m.group('m')}.{m.group('cm')}")
        yield Figure(
            m.group(0), m.start(), m.end(), "count", value, m.group("unit"), False, rule="metres-centimetres"
        )


# Money in yuan and its parts: 3元65仙 (Hong Kong cents), 2元5角, 1元2角5分, after an optional currency.
COMPOUND_MONEY = re.compile(
    f"(?:(?P<cur>{words(_LEX.money_currencies)})\\s?)?(?P<y>[0-9][0-9,]*)元"
    "(?:(?P<j>[0-9])角)?(?:(?P<f>[0-9]{1,2})(?:港?仙|分))?"
)


# Taiwan writes a budget in trillions with 兆 among Chinese numerals: 一兆七千零五十二億元 (1.7052 trillion).
TRILLION_MONEY = re.compile(
    f"(?P<t>[{CN_NUMERAL_CHARS}]{{1,8}}?)兆(?P<rest>[{CN_NUMERAL_CHARS}]{{0,20}})(?P<unit>{words(_LEX.units_money)})"
)


def _trillion_money(text: str) -> Iterable[Figure]:
    for m in TRILLION_MONEY.finditer(text):
        trillions = parse_chinese(m.group("t"))
        rest = parse_chinese(m.group("rest")) if m.group("rest") else 0
        if not trillions or rest is None or rest >= 10**12:
            continue
        value = trillions * 10**12 + rest
        yield Figure(
            m.group(0), m.start(), m.end(), "money", value, m.group("unit"), False, rule="trillion-money"
        )


def _compound_money(text: str) -> Iterable[Figure]:
    for m in COMPOUND_MONEY.finditer(text):
        if not (m.group("j") or m.group("f")) or (m.start() and text[m.start() - 1].isdigit()):
            continue  # 3元 alone is an ordinary amount
        yuan = parse_arabic(m.group("y"))
        if yuan is None:
            continue
        value = round(yuan + int(m.group("j") or 0) / 10 + int(m.group("f") or 0) / 100, 2)
        yield Figure(m.group(0), m.start(), m.end(), "money", value, "元", False, rule="compound-money")


# Lengths in the old units, written from the largest down: 三丈六尺五寸, 二丈四尺, 五尺三寸 (in 尺: 36.5, 24, 5.3).
COMPOUND_LENGTH = re.compile(
    f"(?:(?P<zhang>[{CN_NUMERAL_CHARS}]+)丈(?:(?P<chi>[{CN_NUMERAL_CHARS}]+)尺)?|(?P<chi_only>[{CN_NUMERAL_CHARS}]+)尺)"
    f"(?:(?P<cun>[{CN_NUMERAL_CHARS}]+)寸)?"
)

# Land in the old units, from the largest down: 三顷七十五亩, 二十二顷五十亩 (in 亩, a hundred to the 顷: 375, 2250).
COMPOUND_AREA = re.compile(f"(?P<qing>[{CN_NUMERAL_CHARS}]+)顷(?P<mu>[{CN_NUMERAL_CHARS}]+)亩")


# Half an hour, half a month, half a year: 半 alone is the number (近半个小时, 半小时后, 长达半年的申请, 不上半年);
# not 上半年 or 大半天, and 一个半小时 is a quantity of its own (QUANTITY).  Half a year is a span only where no noun follows it
# (半年工作会议, 半年报 and 半年度 name a period's business).
HALF_DURATION = re.compile(
    f"(?<![下前后大多{CN_NUMERAL_CHARS}0-9个])(?<![^不]上)(?<!^上)半(?P<unit>个小时|小时|个钟头|钟头|个月|(?:年|载)(?![\u4e00-\u9fff])"
    "|(?:年|载)(?=[多后前内里来之以左时的]))"
)


def _half_durations(text: str) -> Iterable[Figure]:
    for m in HALF_DURATION.finditer(text):
        prefix = _prefix_before(text, m.start())
        start = m.start() - len(prefix)
        yield Figure(
            text[start : m.end()], start, m.end(), "duration", 0.5, m.group("unit"), bool(prefix), rule="half"
        )


# Half a tenth, 5 per cent (升逾半成, 超過半成), where 半成 starts no word (半成品, 半成熟).
HALF_TENTH = re.compile(f"(?<![{CN_NUMERAL_CHARS}0-9多大])半成")


def _half_tenths(text: str) -> Iterable[Figure]:
    for m in HALF_TENTH.finditer(text):
        if _WORD_AFTER_CHENG.match(text, m.end()):
            continue
        prefix = _prefix_before(text, m.start())
        start = m.start() - len(prefix)
        yield Figure(
            text[start : m.end()], start, m.end(), "percent", 5, "%", bool(prefix), rule="half a tenth"
        )


# A year of a reign from the Tang's to the Qing's: 同治五年 (1866), 光绪二十年, 乾隆元年, 庆历四年 (1044).
_ERA_STARTS = {entry[:-4]: int(entry[-4:]) for entry in _LEX.time_reign_eras}  # "同治1862" → 同治: 1862
REIGN_YEAR = re.compile(f"(?P<era>{'|'.join(_ERA_STARTS)})(?P<n>元|[一二三四五六七八九十]{{1,3}})年")


def _reign_years(text: str) -> Iterable[Figure]:
    for m in REIGN_YEAR.finditer(text):
        n = 1 if m.group("n") == "元" else parse_chinese(m.group("n"))
        if n is None:
            continue
        year = _ERA_STARTS[m.group("era")] + n - 1
        yield Figure(
            m.group(0), m.start(), m.end(), "date", None, None, False, f"{year:04d}", rule="reign-year"
        )


# A life's years in brackets after a name, or any span of years alone in brackets: 许地山（1893—1941）, (1927-2019).
LIFE_YEARS = re.compile(
    r"[（(]\s?(?P<a>1[0-9]{3}|20[0-9]{2})\s?[-—–－~～至]{1,2}\s?(?P<b>1[0-9]{3}|20[0-9]{2})\s?[）)]"
)


# A reign year glossed with its year of the common era in brackets: 嘉庆三年(1798), 同治二年(一八六三).
YEAR_GLOSS = re.compile(r"(?<=年)[（(](?P<y>1[0-9]{3}|20[0-9]{2}|[〇零一二三四五六七八九]{4})年?[）)]")


def _life_years(text: str) -> Iterable[Figure]:
    for m in LIFE_YEARS.finditer(text):
        if m.group("a") < m.group("b"):
            for g in ("a", "b"):
                yield Figure(
                    m.group(g), m.start(g), m.end(g), "date", None, None, False, m.group(g), rule="life-years"
                )
    for m in YEAR_GLOSS.finditer(text):
        y = m.group("y")
        year = y if y.isdigit() else "".join(str(parse_chinese(c) or 0) for c in y)
        yield Figure(y, m.start("y"), m.end("y"), "date", None, None, False, year, rule="year-gloss")


# A score or a ratio in Chinese numerals: 七十七比四十九, 三比一 (as 77比49 is one in digits).
CN_SCORE = re.compile(
    r"(?<![〇零一二两三四五六七八九十百千万亿])(?P<a>[一二两三四五六七八九十百零〇]{1,5})比"
    r"(?P<b>[一二两三四五六七八九十百零〇]{1,5})(?![〇零一二两三四五六七八九十百千万亿])"
)


def _cn_scores(text: str) -> Iterable[Figure]:
    for m in CN_SCORE.finditer(text):
        if (
            parse_chinese(m.group("a")) is not None
            and parse_chinese(m.group("b")) is not None
            and not _in_short_quote(text, m.start(), m.end())  # “三看三比三争”: a slogan's words
        ):
            yield Figure(m.group(0), m.start(), m.end(), "ratio", None, None, False, None, rule="cn-score")


# The first quarters of a year as Hong Kong and Macau count them (首三季, 首兩季): a span of that many quarters, as
# the corpus's annotators mark it (the mainland's 前三季度 names the reporting period, and is left alone).
FIRST_QUARTERS = re.compile(
    "(?<![0-9〇零一二两三四五六七八九十第])首(?P<n>[一二两三]|[1-3])个?季度?(?![0-9〇零一二两三四五六七八九十])"
)


def _first_quarters(text: str) -> Iterable[Figure]:
    for m in FIRST_QUARTERS.finditer(text):
        n = m.group("n")
        value = int(n) if n.isdigit() else parse_chinese(n)
        yield Figure(m.group(0), m.start(), m.end(), "duration", value, "季", rule="first-quarters")


# Shots taken and made (16投3中, 2罚1中, 7射6中): two counts, the verbs their units.
SHOTS = re.compile(r"(?<![0-9.])(?P<a>[0-9]{1,3})(?P<ua>[投罚射])(?P<b>[0-9]{1,3})(?P<ub>中)(?![0-9])")


def _shots(text: str) -> Iterable[Figure]:
    for m in SHOTS.finditer(text):
        if int(m.group("b")) <= int(m.group("a")):
            for n, u in (("a", "ua"), ("b", "ub")):
                surface = text[m.start(n) : m.end(u)]
                yield Figure(
                    surface, m.start(n), m.end(u), "count", int(m.group(n)), m.group(u), rule="shots"
                )


# A year named in the sixty-year cycle, perhaps with its month: 庚子年, 己酉三月 (辛亥革命 names an event, no year);
# after a reign's name it is that reign's year and needs nothing after it (乾隆丁酉 is 1777, 万历癸卯 1603); 岁 may
# stand for 年 (淳熙丁酉岁五月二十九日).
_STEMS, _BRANCHES = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥"
_CYCLE_MONTH = (
    "(?P<month>正|十[一二]?|[一二三四五六七八九])月"
    "(?:(?P<day>初[一二三四五六七八九十]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])日)?"
)
CYCLE_YEAR = re.compile(
    f"(?P<gz>[{_STEMS}][{_BRANCHES}])"
    f"(?:[年岁](?:{_CYCLE_MONTH})?|{_CYCLE_MONTH.replace('month', 'month2').replace('day', 'day2')}|(?P<bare>))"
)
# Each reign's first year and the first year of the reign after it, in the order the lexicon lists them (the Tang's
# to the Ming's, then the Qing's with its Later Jin forerunners): a cycle year falls in its reign's own years.
_ERA_ENDS = {
    era: (after if after > first else first + 60)
    for (era, first), after in zip(_ERA_STARTS.items(), [*list(_ERA_STARTS.values())[1:], 0], strict=True)
}


def _cycle_years(text: str) -> Iterable[Figure]:
    for m in CYCLE_YEAR.finditer(text):
        # (the stem and branch are found first and the reign looked for in the two characters before them: every
        # reign's name has two, and an alternation of a hundred names tried at every position costs a long text dear)
        before = text[max(0, m.start() - 2) : m.start()]
        era = before if before in _ERA_STARTS else None
        start, end = m.start() - len(era or ""), m.end()
        day = m.group("day") or m.group("day2")
        if era is None:
            if m.group("bare") is not None:
                continue  # 甲子 alone, with neither a reign before it nor 年 or a month after it, names no year
            if day:
                # 戊辰正月 | 十九日: no year to date a day by
                end = m.start("day" if m.group("day") else "day2")
            yield Figure(text[start:end], start, end, "date", None, None, False, None, rule="cycle-year")
            continue
        stem, branch = _STEMS.index(m.group("gz")[0]), _BRANCHES.index(m.group("gz")[1])
        if stem % 2 != branch % 2:
            continue  # 甲丑 is no year of the cycle
        first = _ERA_STARTS[era]
        year = first + (((stem * 6 - branch * 5) % 60) - (first - 4)) % 60  # the cycle counts from 4 (甲子)
        if year > _ERA_ENDS[era]:
            continue  # no such year in the reign: the era's name belongs to something else
        month = m.group("month") or m.group("month2")
        detail = f"{year:04d}"
        if month:
            detail += f"-{1 if month == '正' else parse_chinese(month):02d}"
            if day:
                detail += f"-{parse_chinese(day.lstrip('初').replace('廿', '二十')):02d}"
        yield Figure(text[start:end], start, end, "date", None, None, False, detail, rule="cycle-year")


# The night watches of old texts, each two hours from 7 in the evening: 三更 (11 pm), 约二更时, 四更天, 二更半; 更 starting a
# word after its numeral (一更改, 更新) and the idiom 三更半夜 are not.
NIGHT_WATCH = re.compile(
    "(?<![一二三四五六七八九十])(?P<n>[一二三四五])更(?P<half>半(?!夜))?(?P<tail>天(?!气)|时分|时)?"
    "(?![改新换加多好正衣迭替动名生])"
)
_WATCH_STARTS = {1: 19, 2: 21, 3: 23, 4: 1, 5: 3}


def _night_watches(text: str) -> Iterable[Figure]:
    for m in NIGHT_WATCH.finditer(text):
        if text.startswith("半夜", m.end()) or text.endswith("半夜", 0, m.start()):
            continue  # 三更半夜, 半夜三更: "in the dead of night"
        half = 1 if m.group("half") else 0  # 二更半: an hour into the watch
        hour = _WATCH_STARTS[parse_chinese(m.group("n")) or 0] + half
        prefix = _prefix_before(text, m.start())
        start = m.start() - len(prefix)
        yield _clock(text, start, m.end(), hour, 0, "更", bool(prefix), "night-watch")


# A span of ranks or places with its unit: 第一至第八名, 第1至3名 (its value the last, as a range keeps its high end).
ORDINAL_RANGE = re.compile(
    f"第(?P<a>[0-9]{{1,3}}|[{CN_NUMERAL_CHARS}]{{1,3}})[至到~～\\-—–－]第?(?P<b>[0-9]{{1,3}}|[{CN_NUMERAL_CHARS}]{{1,3}})"
    f"(?P<unit>{UNIT})"
)  # (without a unit the two ranks stand apart: 第六到第十依次为…)


def _ordinal_ranges(text: str) -> Iterable[Figure]:
    for m in ORDINAL_RANGE.finditer(text):
        a, b = m.group("a"), m.group("b")
        low, high = _number_of(a), _number_of(b)
        if low is None or high is None or not low < high or _is_arabic(a) != _is_arabic(b):
            continue  # (第二到第4場 mixes its numerals: no span written so)
        yield Figure(
            m.group(0), m.start(), m.end(), "ordinal", high, m.group("unit"), False, rule="ordinal-range"
        )


# Two counts of one unit side by side make a rough figure, as speech gives it: 十年八年, 十天八天, 一年二年, 三天两天
# (the first number is the figure's value; no separator, one unit, two different numbers).
_PAIRED_UNITS = words(_LEX.units_paired)
PAIRED_ROUGH = re.compile(
    f"(?P<a>[一二两三四五六七八九十]{{1,2}})(?P<unit>{_PAIRED_UNITS})(?P<b>[一二两三四五六七八九十]{{1,2}})(?P=unit)"
)


def _paired_rough(text: str) -> Iterable[Figure]:
    for m in PAIRED_ROUGH.finditer(text):
        first, second = parse_chinese(m.group("a")), parse_chinese(m.group("b"))
        if first is None or second is None or first == second:
            continue  # 一年一年 is repetition, not a rough count
        unit = m.group("unit")
        kind = _UNIT_KIND.get(unit, "count")
        yield Figure(m.group(0), m.start(), m.end(), kind, first, unit, True, rule="paired-rough")


def _compound_lengths(text: str) -> Iterable[Figure]:
    for m in COMPOUND_LENGTH.finditer(text):
        parts = [m.group(k) for k in ("zhang", "chi", "chi_only", "cun")]
        if sum(p is not None for p in parts) < 2:
            continue  # one unit alone is an ordinary quantity (三丈, 六尺)
        values = [parse_chinese(p) if p else 0 for p in parts]
        if any(v is None for v in values):
            continue
        zhang, chi, chi_only, cun = (v or 0 for v in values)
        value = round(zhang * 10 + chi + chi_only + cun / 10, 4)
        yield Figure(m.group(0), m.start(), m.end(), "count", value, "尺", False, rule="compound-length")


def _compound_areas(text: str) -> Iterable[Figure]:
    for m in COMPOUND_AREA.finditer(text):
        qing, mu = parse_chinese(m.group("qing")), parse_chinese(m.group("mu"))
        if qing is not None and mu is not None:
            yield Figure(
                m.group(0), m.start(), m.end(), "count", qing * 100 + mu, "亩", False, rule="compound-area"
            )


def _is_arabic(token: str) -> bool:
    return token[0] in "01234567890123456789"


def _number_of(token: str) -> float | None:
    return parse_arabic(token) if _is_arabic(token) else parse_chinese(token)


# Each finder needs one of a few characters; a search for them (C-speed) skips most finders on most paragraphs.
_FINDERS = (
    (_fraction, re.compile("分之")),
    (_compound_durations, re.compile("[0-9] ?[个]?(?:小[时]|分|秒) ?[0-9零]")),
    (_compound_lengths, re.compile("[丈尺]")),
    (_compound_areas, re.compile("顷")),
    (_years_and_months, re.compile("年[零又]?[0-9一二两三四五六七八九十]{1,2}个月")),
    (_medal_tallies, re.compile(f"[0-9{CN_NUMERAL_CHARS}][金银铜][0-9一二两三四五六七八九十廿卅]")),
    (_night_watches, re.compile("[一二三四五]更")),
    (_shots, re.compile("[0-9][投罚射][0-9]")),
    (_first_quarters, re.compile("首[一二两三1-3]个?季")),
    (_life_years, re.compile("[（(] ?[12一][0-9〇零一二三四五六七八九]{3}")),
    (_cn_scores, re.compile(f"[{CN_NUMERAL_CHARS}]比[{CN_NUMERAL_CHARS}]")),
    (_reign_years, re.compile(f"(?:{'|'.join(_ERA_STARTS)})[元一二三四五六七八九十]")),
    (_cycle_years, re.compile(f"[{_STEMS}][{_BRANCHES}]")),
    (_ordinal_ranges, re.compile("第[^第]{1,3}[至到~～\\-—–－]")),
    (_paired_rough, re.compile(f"[一二两三四五六七八九十](?:{_PAIRED_UNITS})[一二两三四五六七八九十]")),
    (_half_durations, re.compile("半[个小钟年载]")),
    (_half_tenths, re.compile("半成")),
    (_metres_centimetres, re.compile("(?:米|公尺)[0-9]")),
    (_compound_money, re.compile("元[0-9]")),
    (_trillion_money, re.compile("兆")),
    (_dates, re.compile("[年月日号/.世Q-]")),
    (_times, re.compile("[时点:：]")),
    (_cn_percent, re.compile("分之")),
    (_ratios, re.compile("[0-9](?:[:：∶]| ?比 ?)[0-9]")),  # a ratio is digits on both sides of its sign
    (_hyphen_scores, re.compile("[0-9][-－][0-9]")),
    (_ordinals, re.compile("[第首前]")),
    (_prefixed_money, re.compile(r"[$¥￥€£]|RMB|NTD|USD|HKD|人民|美金")),
    (_index_points, re.compile("[0-9]万?点")),
    (_thousands, re.compile("[0-9][Kk]")),
    (_casualty_tallies, re.compile("死.{1,3}伤")),
    (_cn_index_points, re.compile(f"[{CN_NUMERAL_CHARS}]{{3}}点")),
)


# --- ranges ------------------------------------------------------------------------------------------------------
_DASH = "到至~～\\-—–－"
# The low end of a range standing before a figure: 8到10摄氏度, 3至5万元, 两到三天, 20-30元.
_RANGE_LOW = re.compile(f"(?P<low>{ARABIC}[千万亿]*|[{CN_NUMERAL_CHARS}]+)\\s?[{_DASH}]\\s?$")
_NUMBER_TOKEN = re.compile(f"{ARABIC}[十百千万亿]*|[{CN_NUMERAL_CHARS}]+")
_SHARED_MAGNITUDE = re.compile("[千万亿]+$")
# A day closing a date range: 3月5日至11日.
_DAY_AFTER = re.compile(f"\\s?[{_DASH}]\\s?(?P<d>3[01]|[12][0-9]|0?[1-9])[日号]")
# Ranges need a dash right after a number or a day; most paragraphs have none, and skip the work.
_HAS_DASH = re.compile(f"[0-9{CN_NUMERAL_CHARS}日号][千万亿]?\\s?[{_DASH}]")


def _range(text: str, low: re.Match[str], high: Figure) -> Figure | None:
    """The figure for low–high, or None when the two numbers do not read as a range (5到3, 3到五)."""
    high_token = _NUMBER_TOKEN.search(high.text)
    low_token = low.group("low")
    if high_token is None or _is_arabic(low_token) != _is_arabic(high_token.group(0)):
        return None
    digits = re.match(ARABIC, low_token)
    if digits is not None:  # 261億: digits and a magnitude of their own
        low_value: float | None = scale(parse_arabic(digits.group(0)), low_token[digits.end() :])
    else:
        low_value = _number_of(low_token)
    shared = _SHARED_MAGNITUDE.search(high_token.group(0))
    if low_value is not None and shared and not _SHARED_MAGNITUDE.search(low_token):
        low_value = scale(low_value, shared.group(0))  # 3至5万元: the 万 belongs to both ends
    assert high.value is not None
    if low_value is None:
        return None
    high_value = high.value
    temperature = high.unit in TEMPERATURE_UNITS or high.unit == "度"
    prefix = _prefix_before(text, low.start())
    sign = "" if prefix or not temperature else _sign_before(text, low.start(), words=False)
    if sign in _MINUS:
        low_value = -low_value  # -3~5℃: the sign is the low end's (零下3到5度 is below zero at both ends)
    if high_value <= low_value:
        if not temperature:
            return None
        low_value, high_value = high_value, low_value  # 14~5度: a forecast may give the high first
    start = low.start() - len(prefix) - len(sign)
    unit = f" {high.unit}" if high.unit else ""
    detail = f"{format_number(low_value)}–{format_number(high_value)}{unit}"
    return Figure(
        text[start : high.end],
        start,
        high.end,
        high.kind,
        high_value,
        high.unit,
        high.approx or bool(prefix),  # 约34~36%: the 约 is written once, before both ends
        detail,
        low_value,
        rule=f"range ({high.rule})",
    )


def _join_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """One figure for a range whose low end has no unit of its own (8到10摄氏度 is one temperature, not the bare
    number 8 and 10 ℃), and one date for a range of days in one month, 3月5日至11日 (03-05/03-11), as an editor
    marks it.

    A range keeps the high end as its value (the bound a reader compares) and shows both ends in its detail.
    """
    result: list[Figure] = []
    closing_days: dict[int, Figure] = {}  # start of the closing day -> the whole range of days, 3月5日至11日
    for f in figures:
        closed = f.unit or f.text[-1] in "万亿"  # (可罰6-30萬: a magnitude closes the range as a unit does)
        if KINDS[f.kind].rangeable and closed and f.value is not None and f.start and f.text[0] not in "-−－":
            low = _RANGE_LOW.search(text, max(0, f.start - 16), f.start)
            if low is not None and not f.unit and any(c in low.group(0) for c in "万亿"):
                low = None  # 3,500億到5,500億: two amounts, each with its magnitude
            if (
                low is not None
                and f.kind == "time"
                and (
                    ":" in f.text
                    or "：" in f.text
                    or not any(c in low.group(0) for c in "至-–~～")
                    or _PERIOD_END.search(text, max(0, low.start() - 4), low.start())
                )
            ):
                # 13至18時 and 9-11时 are one span of hours; 9:30-11:30 and 8时至9时 stay two times, and so does 下午2至4时
                # (the period is the first end's, and the hours after it read on its clock)
                low = None
            previous = result[-1] if result else None
            if low is not None and (
                previous is None
                or previous.end <= low.start()
                or (
                    previous.unit is None
                    and previous.kind in ("number", "count")
                    and previous.start >= low.start() - len(_prefix_before(text, low.start()))
                )
            ):
                joined = _range(text, low, f)
                if joined is not None:
                    while result and result[-1].end > joined.start:
                        result.pop()
                    result.append(joined)
                    continue
        whole = closing_days.pop(f.start, None)
        if whole is not None and f.end == whole.end and result and result[-1].start == whole.start:
            result[-1] = whole  # 9日 in 6月7日至9日 closes the range, not a bare day
            continue
        result.append(f)
        if f.kind == "date" and f.detail and f.text[-1] in "日号号":
            day = _DAY_AFTER.match(text, f.end)
            if day is not None:
                iso = "-".join([*f.detail.split("-")[:-1], f"{int(day.group('d')):02d}"])
                closing_days[day.start("d")] = Figure(
                    text[f.start : day.end()], f.start, day.end(), "date", None, None, False, f"{f.detail}/{iso}",
                    rule="date range",
                )  # fmt: skip
    if closing_days:  # closing days no other finder saw (3月5日至11日在北京)
        taken = [(f.start, f.end) for f in result]
        for whole in closing_days.values():
            if not any(a < whole.end and whole.start < b for a, b in taken if a != whole.start):
                result = [whole if f.start == whole.start else f for f in result]
    return result


_BETWEEN_ENDS = re.compile(f"\\s?[{_DASH}]\\s?")
_PERIOD_END = re.compile(f"(?:{PERIOD})$")
_ANY_DASH = re.compile(f"[{_DASH}]")


# The first of two numbers set side by side with 、 that share what follows: 第6、7战, 12月1、2日, 3、4月份.
_COORDINATED_FIRST = re.compile(
    r"(?P<ordinal>第)?(?P<month>(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月)?"
    r"(?P<first>(?<![0-9.．])[0-9]{1,4}|[一二两三四五六七八九十]{1,3})、$"
)


def _join_coordinated(text: str, figures: list[Figure]) -> list[Figure]:
    """One figure for two numbers coordinated by 、 before one unit: 第6、7战 (games six and seven), 12月1、2日 (the
    1st and 2nd), 3、4月份; the second must follow the first (1、2, not 5、3), in the same numerals."""
    result: list[Figure] = []
    for f in figures:
        if f.start == 0 or text[f.start - 1] != "、":  # most figures: nothing coordinated before them
            result.append(f)
            continue
        m = _COORDINATED_FIRST.search(text, max(0, f.start - 12), f.start)
        number = _NUMBER_TOKEN.match(f.text)
        if m is None or number is None or f.kind not in ("date", "count", "ordinal", "duration"):
            result.append(f)
            continue
        first, second = m.group("first"), number.group(0)
        low, high = _number_of(first), _number_of(second)
        if (
            _is_arabic(first) != _is_arabic(second)
            or low is None
            or high is None
            or not low < high <= low + 9
        ):
            result.append(f)
            continue
        detail = f.detail
        if f.kind == "date" and detail:
            parts = detail.split("-")
            month = _number_of(m.group("month")[:-1]) if m.group("month") else None
            if month is not None and len(parts) == 1:
                parts = [f"{int(month):02d}", parts[0]]  # 12月1、2日: the month is written once, before both
            detail = "-".join([*parts[:-1], f"{int(low):02d}"]) + "/" + "-".join(parts)
        elif f.kind != "date":
            detail = f"{format_number(low)}、{format_number(high)}"
        kind = "ordinal" if m.group("ordinal") else f.kind
        while result and result[-1].end > m.start():
            result.pop()  # 12月 or 第6 found on their own
        low_end = low if f.kind != "date" else None
        rule = f"coordinated ({f.rule})"
        result.append(
            Figure(
                text[m.start() : f.end],
                m.start(),
                f.end,
                kind,
                f.value,
                f.unit,
                f.approx,
                detail,
                low_end,
                rule,
            )
        )
    return result


def _join_unit_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """One figure for a range written with the unit at both ends and a dash between them (增长5%-10%), the same
    kind and unit on either side, rising.  With 至 or 到 between them each end is a figure of its own, as editors
    mark them (421.1萬元至870萬元, 2人至4人, 20岁至45岁: both ends spelled out), save a temperature's span
    (-40 ℃至85 ℃)."""
    result: list[Figure] = []
    for f in figures:
        low = result[-1] if result else None
        if (
            low is not None
            and KINDS[f.kind].rangeable
            and f.kind != "time"  # 9:30-11:30 stays two times, as a schedule is read
            and low.kind == f.kind
            and (low.unit or low.rule == f.rule == "thousands-k")  # (320K~330K: the K is the unit's part)
            and low.unit == f.unit
            and low.low is None
            and f.low is None
            and low.value is not None
            and f.value is not None
            and low.value < f.value
            and _BETWEEN_ENDS.fullmatch(text, low.end, f.start)
            and (
                _ANY_DASH.search(text, low.end, f.start).group(0) not in "至到" or f.unit in TEMPERATURE_UNITS
            )
        ):
            unit = f" {f.unit}"
            detail = f"{format_number(low.value)}–{format_number(f.value)}{unit}"
            result[-1] = Figure(
                text[low.start : f.end], low.start, f.end, f.kind, f.value, f.unit,
                low.approx or f.approx, detail, low.value, rule=f"range ({f.rule})",
            )  # fmt: skip
            continue
        result.append(f)
    return result


def find_figures(text: str) -> list[Figure]:
    """All figures in *text*, sorted by position and non-overlapping; ``text[f.start:f.end] == f.text``.

    The rules read the text folded to Simplified (same length, see reader.fold), so Traditional text gets the
    same figures; each figure then takes its text, and its unit where the unit is written in it, from the
    original.
    """
    key = fold(text)
    figures = _find_in_folded(key)
    if key is text:
        return figures
    return [_unfolded(f, text) for f in figures]


def _unfolded(figure: Figure, original: str) -> Figure:
    """*figure*, found in the folded text, with its text (and the unit written in it) as the original has them."""
    text = original[figure.start : figure.end]
    unit = figure.unit
    positions = unit_positions(figure.text, unit) if unit else None
    if positions:
        unit = "".join(text[i] for i in positions)
    return replace(figure, text=text, unit=unit)


_MASK = "\ufffc"  # stands for a character of a name: matches no rule, so no figure reaches into a name


def _find_in_folded(text: str) -> list[Figure]:
    names = _name_spans(text)
    if names[0]:
        # Idioms and document numbers are masked before the rules run: no candidate is made inside them, which
        # keeps a text made of idioms (百分之 repeated) as fast as any other, and a figure cannot reach into one.
        pieces, at = [], 0
        for start, end in zip(*names, strict=True):
            pieces += [text[at:start], _MASK * (end - start)]
            at = end
        masked = "".join([*pieces, text[at:]])  # same length: offsets and the text around names hold
        return [f for f in _find_in_unmasked(masked) if _MASK not in f.text]
    return _find_in_unmasked(text)


def _find_in_unmasked(text: str) -> list[Figure]:
    candidates: list[Figure] = []
    ones: list[Figure] = []
    candidates.extend(_quantities(text, ones))
    for finder, needs in _FINDERS:
        if needs.search(text):
            candidates.extend(finder(text))
    figures = _restore_coordinated_ones(_resolve(candidates), ones, text)
    if _HAS_DASH.search(text):
        figures = _join_ranges(text, figures)
    if len(figures) > 1 and _ANY_DASH.search(text):
        figures = _join_unit_ranges(text, figures)
    if "、" in text and figures:
        figures = _join_coordinated(text, figures)
    return figures


# A document number: 国发〔2014〕45号, 财预[2015]12号, 国办发(2013)1号 name a document, they count nothing.
DOCUMENT_NUMBER = re.compile(r"[〔［\[(（【](?:19|20)[0-9]{2}[〕］\])）】]第?[0-9]+号")

# Days of the week named by their number (星期五、六周末 is Friday and Saturday, not five or six weeks).
WEEKDAYS = re.compile("(?:星期|礼拜)[一二三四五六日天](?:[、至到和及][一二三四五六日天])*")

# The London Metal Exchange's three-month contracts (伦敦三月铜, 伦敦三个月期铝): a product's name, not March.
LME_CONTRACT = re.compile("伦敦三个?月期?[铜铝锌铅镍锡]")

# 四周 alone is "all around" (四周陡堑的青山, 天的四周围), four weeks only with what measures time about it (为期四周,
# 四周后, 四周内; 四周年 is an anniversary).
AROUND = re.compile("(?<![第前约近期续满])四周(?![年后内以来时左前])")

# A flat's number in an address (綠鷺樓1610室, A座2202室): where it is, not how many (三室一厅 counts rooms).
ROOM_NUMBER = re.compile(r"(?<![0-9.,])[0-9]{3,5}室")

# A five-year plan's name: 第十四个五年规划 is the 14th plan, not an ordinal and five years.
PLAN_NAME = re.compile("第[一二三四五六七八九十]{1,3}个五年(?:规划|计划)")


def _with_spans(spans: list[tuple[int, int]], more: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """*spans* with those of *more* that overlap none of them, in order."""
    return sorted(spans + [p for p in more if not any(a < p[1] and p[0] < b for a, b in spans)])


def _name_spans(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the numeral idioms and document numbers in *text*, in order (they never overlap)."""
    spans = (
        [(m.start(), m.end()) for m in NUMERAL_IDIOMS.finditer(text)] if NUMERAL_IDIOMS.search(text) else []
    )
    if "号" in text:
        spans = sorted(spans + [(m.start(), m.end()) for m in DOCUMENT_NUMBER.finditer(text)])
    if "个五年" in text:
        spans = sorted(spans + [(m.start(), m.end()) for m in PLAN_NAME.finditer(text)])
    if "星期" in text or "礼拜" in text:
        spans = _with_spans(spans, [(m.start(), m.end()) for m in WEEKDAYS.finditer(text)])
    if "室" in text:
        spans = _with_spans(spans, [(m.start(), m.end()) for m in ROOM_NUMBER.finditer(text)])
    if "四周" in text:
        spans = _with_spans(spans, [(m.start(), m.end()) for m in AROUND.finditer(text)])
    if "伦敦三" in text:
        spans = _with_spans(spans, [(m.start(), m.end()) for m in LME_CONTRACT.finditer(text)])
    if _PHONE_WORD.search(text):
        spans = _with_spans(
            spans, [(m.start("number"), m.end("number")) for m in PHONE_NUMBER.finditer(text)]
        )
    if "://" in text or "www." in text:
        spans = _with_spans(spans, [(m.start(), m.end()) for m in WEB_ADDRESS.finditer(text)])
    if _NAME_UNIT.search(text):
        spans = _with_spans(spans, _numeral_names(text))
    return [a for a, _ in spans], [b for _, b in spans]


# A person named by a numeral and a measure word (七斤, 九斤老太: a child named by its birth weight), known as a name
# by a kinship word after it or by owning things in three or more mentions; weighed again (七斤多, 九斤八斤) it is a
# weight.
_NAME_UNIT = re.compile(words(_LEX.lookalikes_name_units))
NUMERAL_NAME = re.compile(
    rf"(?<![0-9〇零一二三四五六七八九十百千万两])[一二三四五六七八九十]{{1,2}}(?:{_NAME_UNIT.pattern})"
)
_KIN_AFTER_NAME = re.compile(words(_LEX.lookalikes_kin_after_name))
_WEIGHED_AGAIN = re.compile("[0-9〇零一二三四五六七八九十两多半余来重]|左右")


def numeral_names(text: str) -> frozenset[str]:
    """The numeral names (七斤, 九斤) one mention in folded *text* shows to be names."""
    found = list(NUMERAL_NAME.finditer(text))
    mentions = Counter(m.group() for m in found)
    return frozenset(
        m.group()
        for m in found
        if _KIN_AFTER_NAME.match(text, m.end())
        or (text.startswith("的", m.end()) and mentions[m.group()] >= 3)
    )


def _numeral_names(text: str) -> list[tuple[int, int]]:
    """Spans of every mention of the numeral names of folded *text*, but where one is weighed again."""
    names = numeral_names(text)
    return [
        (m.start(), m.end())
        for m in NUMERAL_NAME.finditer(text)
        if m.group() in names and not _WEIGHED_AGAIN.match(text, m.end())
    ]


# A web address: its digits and escapes (%E7%89%B9 reads as 89%) are the address's, never figures.
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+")


# A telephone or fax number after its label, its groups set apart by spaces, hyphens or an area code in brackets
# (电话:2116 5188, (0755-83501695 83501827), 求助热线(852)1868): a number to dial, never a quantity.
_PHONE_WORD = re.compile(words(_LEX.lookalikes_phone_labels))
PHONE_NUMBER = re.compile(
    rf"(?:{_PHONE_WORD.pattern})(?:号码)?[\s　]*[：:]?[\s　]*[（(]?[\s　]*"
    r"(?P<number>[（(]?\+?[0-9]{2,4}[）)]?[\s　\-－]?[0-9]{3,4}(?:[\s　\-－]?[0-9]{3,8})?"
    r"(?:[\s　、/／]+[0-9]{2,4}[\-－]?[0-9]{3,8})*)"
)


def article_figures(article: Article, limit: int = MAX_FIGURES) -> list[PlacedFigure]:
    """Every figure of *article*, in reading order: at most *limit* of them (the first ones)."""
    placed: list[PlacedFigure] = []
    for index, text in enumerate((article.title, article.deck)):
        if text:
            placed.extend(PlacedFigure(f, "title", None, index) for f in find_figures(text))
    if article.dateline:
        placed.extend(PlacedFigure(f, "dateline", None, None) for f in find_figures(article.dateline))
    for index, caption in enumerate(article.captions):
        placed.extend(PlacedFigure(f, "caption", None, index) for f in find_figures(caption))
    for si, section in enumerate(article.sections):
        if section.heading:
            placed.extend(PlacedFigure(f, "heading", si, None) for f in find_figures(section.heading))
        for pi, paragraph in enumerate(section.paragraphs):
            if len(placed) >= limit:
                return placed[:limit]
            found = find_figures_in_long_text(paragraph, limit - len(placed))
            placed.extend(PlacedFigure(f, "body", si, pi) for f in found)
    return _without_models(_without_names(placed[:limit], article), article)


# A product line's model, named by a number after the line's name, shows itself by a series word after it (小米15系列,
# 小米14 Pro, SU7 Max, 超级500系列): then every bare number after that name (小米15的电池, 相比小米14) is a model.
MODEL_NAME = re.compile(
    r"(?P<line>[A-Za-z]{1,6}|[\u4e00-\u9fff]{2})(?P<number>[0-9]{1,4}) ?(?:系列|Pro|Max|Ultra|Plus|mini|SE)(?![A-Za-z])"
)


_SERIES_WORDS = ("系列", "Pro", "Max", "Ultra", "Plus", "mini", "SE")


def _place_text(p: PlacedFigure, article: Article) -> str:
    """The text *p*'s figure stands in."""
    if p.where == "body":
        return article.sections[p.section or 0].paragraphs[p.paragraph or 0]
    if p.where == "heading":
        return article.sections[p.section or 0].heading or ""
    if p.where == "caption":
        return article.captions[p.paragraph or 0]
    if p.where == "dateline":
        return article.dateline or ""
    return (article.title, article.deck)[p.paragraph or 0] or ""


def _without_models(placed: list[PlacedFigure], article: Article) -> list[PlacedFigure]:
    """*placed* without the bare numbers that name a model of a product line the article names (see MODEL_NAME)."""
    if not any(p.figure.kind == "number" and p.figure.start for p in placed):
        return placed
    texts = [article.title, article.deck, *article.captions]
    for section in article.sections:
        texts += [section.heading, *section.paragraphs]
    # (系列 and the Latin words are written alike in both scripts: the text needs no folding, and most
    # paragraphs hold none of them)
    lines = {
        m.group("line")
        for t in texts
        if t and any(word in t for word in _SERIES_WORDS)
        for m in MODEL_NAME.finditer(t)
    }
    if not lines:
        return placed

    def a_model(p: PlacedFigure) -> bool:
        if p.figure.kind != "number":
            return False
        before = _place_text(p, article)[max(0, p.figure.start - 6) : p.figure.start]
        return any(before.endswith(line) for line in lines)

    return [p for p in placed if not a_model(p)]


def _without_names(placed: list[PlacedFigure], article: Article) -> list[PlacedFigure]:
    """*placed* without the mentions of a numeral name that only another paragraph shows to be one (六斤 owns
    things three paragraphs on): a paragraph alone cannot know."""
    if not any(p.figure.unit in _LEX.lookalikes_name_units for p in placed):
        return placed
    texts = [article.title, article.deck, article.dateline, *article.captions]
    for section in article.sections:
        texts += [section.heading, *section.paragraphs]
    names = numeral_names(fold("\n".join(t for t in texts if t)))
    if not names:
        return placed

    def after(p: PlacedFigure) -> str:
        """The two characters after *p*'s figure, folded."""
        return fold(_place_text(p, article)[p.figure.end : p.figure.end + 2])

    return [p for p in placed if fold(p.figure.text) not in names or _WEIGHED_AGAIN.match(after(p))]


WINDOW_CHARS = 20_000
_SENTENCE_STOP = re.compile(r"[。！？!?；;\n]")
_CLAUSE_STOP = re.compile(r"[，、,：:\s](?![0-9０-９])")  # not 12,345 or 10:30
# Eight characters with no digit, numeral, unit of time or number punctuation: a cut in their middle splits no
# figure, nor the approximation or prefix words (约, 超过, 第) a figure takes from just before it.
_NUMBERLESS_RUN = re.compile(rf"[^0-9０-９{CN_NUMERAL_CHARS}.．,，:：/%％年月日时分秒号点]{{8}}")


def _window_end(text: str, low: int, high: int) -> int:
    """Where to end a window of *text* that must end in ``[low, high]``: after the last sentence stop, else after
    the last clause stop, else in the middle of the last stretch without numbers; only text that is one unbroken
    number gets cut at *high*. A cut through a figure would read 共有12345人 as 45人."""
    for stops in (_SENTENCE_STOP, _CLAUSE_STOP):
        last = _last_match(stops, text, low, high)
        if last is not None:
            return last.end()
    last = _last_match(_NUMBERLESS_RUN, text, low, high)
    return last.start() + 4 if last is not None else high


def _last_match(pattern: re.Pattern[str], text: str, low: int, high: int) -> re.Match[str] | None:
    """The last match of *pattern* in ``text[low:high]``, or None."""
    last = None
    for last in pattern.finditer(text, low, high):  # noqa: B007 - the loop only walks to the last match
        pass
    return last


def find_figures_in_long_text(text: str, limit: int | None = None) -> list[Figure]:
    """``find_figures`` for a paragraph of any length: one without line breaks can be megabytes long, so it is
    read in windows that end after a sentence (no figure spans a full stop), keeping every step small.  With
    *limit*, reading stops once that many figures are found (more may be returned; the caller cuts)."""
    if len(text) <= WINDOW_CHARS:
        return find_figures(text)
    figures: list[Figure] = []
    start = 0
    while start < len(text) and (limit is None or len(figures) < limit):
        end = min(len(text), start + WINDOW_CHARS)
        if end < len(text):
            end = _window_end(text, start + WINDOW_CHARS // 2, end)
        figures.extend(f.shifted(start) for f in find_figures(text[start:end]))
        start = end
    return figures
