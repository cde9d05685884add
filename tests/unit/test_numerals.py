"""Numbers of any length: exact where they mean something, None beyond the digit cap, never an exception."""

from __future__ import annotations

import json

import pytest

from reader.analysis import analyse_text
from reader.export import export_json
from reader.numerals import MAX_CHINESE, MAX_DIGITS, parse_arabic, parse_chinese, parse_chinese_decimal, scale

HUGE = "9" * 5000


def _short(value: object) -> str:
    """Readable test ids for inputs thousands of characters long."""
    text = str(value)
    return text if len(text) <= 24 else f"{text[:8]}…{len(text)}"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12345678901234567890", 12345678901234567890),  # exact, not rounded through a float
        ("1,234.5", 1234.5),
        ("１２３", 123),
        ("9" * MAX_DIGITS, int("9" * MAX_DIGITS)),
        ("9" * (MAX_DIGITS + 1), None),
        ("9" * 400, None),
        ("1" + "0" * 400 + ".5", None),
        ("20.8万", None),  # digits with a magnitude are not digits alone: no number, and no ValueError
    ],
    ids=_short,
)
def test_parse_arabic(text: str, value: float | None) -> None:
    assert parse_arabic(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("九千九百九十九万九千九百九十九亿", 9999_9999 * 10**8),
        ("二〇二三", 2023),
        ("一" * (MAX_CHINESE + 1), None),
        ("一" * 4301, None),  # Python refuses int() of more than 4 300 digits
        ("九" * 400, None),
        # said short, a digit after a magnitude counts the place below it; after 零 or 十 it is the units
        ("三千五", 3500),
        ("一万四", 14000),
        ("两百五", 250),
        ("二十五万三", 253000),
        ("一亿三", 130_000_000),
        ("三千零五", 3005),
        ("一百零五", 105),
        ("十五", 15),
        ("廿三", 23),
    ],
    ids=_short,
)
def test_parse_chinese(text: str, value: int | None) -> None:
    assert parse_chinese(text) == value


def test_scale_is_bounded() -> None:
    assert scale(3, "万") == 30000
    assert scale(None, "万") is None
    assert scale(1, "亿" * 400) is None
    assert scale(10**30, "亿亿") is None


@pytest.mark.parametrize(
    "text",
    [
        "共有" + "1" * 400 + "人参加。",
        "投资" + "9" * 400 + "亿元。",
        "增长" + "9" * 400 + ".5%。",
        "共" + "一" * 4301 + "人。",
        "共" + "一" + "亿" * 400 + "元。",
        "共" + "3" + "万" * 400 + "元。",
        "用时" + "9" * 400 + "分30秒。",
        "共有" + "9" * 400 + "至" + "9" * 400 + "万人。",
        HUGE + ":30",
        HUGE + "小时30分钟",
        HUGE + "秒25",
        "第" + HUGE + "名",
        "3萬" + HUGE + "千人",
        "$" + HUGE + "万",
        "百分之" + HUGE,
        HUGE + "分之" + HUGE,
        "第" + "一" * 5000 + "名",
        "二〇" + "一" * 5000 + "年",
        "同比-" + HUGE + "%",
        "共" + "９" * 5000 + "人",
        "共" + "一亿" * 3000 + "人",
    ],
    ids=_short,
)
def test_huge_numbers_export_finite_json(text: str) -> None:
    """309+ digits overflowed a float, 4 301 一 broke int(): now the figure is kept with no value (or dropped)."""
    exported = export_json(analyse_text(text), "x.txt")
    data = json.loads(exported)
    json.dumps(data, allow_nan=False)  # no Infinity, no NaN
    for figure in data["figures"]:
        assert figure["value"] is None or abs(figure["value"]) < 10**36


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三.七一", 3.71),
        ("三．七一", 3.71),
        ("○．○四", 0.04),
        ("十一.四九", 11.49),
        ("零点五", 0.5),
        ("二十三", 23),  # no decimals: the whole number
        ("三.", None),
        ("三.十", None),  # decimals are read digit by digit; 十 is no digit
        ("三." + "一" * (MAX_CHINESE + 1), None),
    ],
)
def test_parse_chinese_decimal(text: str, value: float | None) -> None:
    assert parse_chinese_decimal(text) == value


@pytest.mark.parametrize(
    ("value", "magnitude", "expected"),
    [(2.3, "亿", 230_000_000), (4.4, "亿", 440_000_000), (1.2, "万亿", 1_200_000_000_000), (0.1, "万", 1000),
     (15.44, "万", 154_400), (3, "万", 30_000), (1.005, "万", 10_050)],
)  # fmt: skip
def test_scale_keeps_the_decimal_as_written(value: float, magnitude: str, expected: int) -> None:
    assert scale(value, magnitude) == expected
