"""Parse Arabic, full-width and Chinese numerals (小写, 大写, 廿 卅, 兩 萬 億) into numbers.

Values are exact integers (or floats for decimals) and always bounded: a run of more than MAX_DIGITS digits or
MAX_CHINESE Chinese numeral characters is an identifier or noise, not a quantity, and parses to None.  That keeps
every value a finite float (no OverflowError, no Infinity in JSON) and keeps int() away from Python's limit on
converting long digit strings (4 300 digits).
"""

from __future__ import annotations

import math
from decimal import Decimal

MAX_DIGITS = 30  # more digits than any real quantity (10^30 is a nonillion)
MAX_CHINESE = 20  # 九千九百九十九万九千九百九十九亿 is 15 characters
VALUE_LIMIT = 10**36  # no scaled value reaches this (30 digits × 万亿); beyond it a value is None

_DIGITS = {
    "〇": 0, "零": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "三": 3, "叁": 3,
    "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_TENS = {"廿": 20, "卅": 30, "卌": 40}

CN_NUMERAL_CHARS = "".join([*_DIGITS, *_SMALL_UNITS, *_BIG_UNITS, *_TENS])
MAGNITUDES = {**_SMALL_UNITS, **_BIG_UNITS}
# Full-width digits and marks, and the middle dot an old print sets for a decimal point (1·8%).
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，·", "0123456789.,.")


def bounded(value: float | None) -> float | None:
    """*value* when it is finite and below VALUE_LIMIT in size, else None (a number too large to mean anything)."""
    if value is None:
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value if -VALUE_LIMIT < value < VALUE_LIMIT else None


def parse_chinese_decimal(text: str) -> float | int | None:
    """'三.七一' / '三．七一' / '零点五' / '十一.四九' → 3.71 / 3.71 / 0.5 / 11.49: a Chinese numeral with a decimal
    point, its decimals read digit by digit (Taiwan papers print rates so: 失業率三．七一％); None if invalid."""
    for mark in ".．点":
        if mark in text:
            whole, _, decimals = text.partition(mark)
            break
    else:
        return parse_chinese(text)
    if not decimals or len(decimals) > MAX_CHINESE or any(c not in _DIGITS for c in decimals):
        return None
    integer = parse_chinese(whole)
    if integer is None:
        return None
    return float(f"{integer}.{''.join(str(_DIGITS[c]) for c in decimals)}")


def parse_arabic(text: str) -> float | None:
    """'1,234.5' / '１２３' → number (int when whole); None for more than MAX_DIGITS digits or anything but digits."""
    cleaned = text.translate(_FULLWIDTH).replace(",", "").replace(" ", "")  # 11,838 and 11 838
    if len(cleaned) > MAX_DIGITS and sum(c.isdigit() for c in cleaned) > MAX_DIGITS:
        return None
    try:
        if "." not in cleaned:
            return int(cleaned)  # exact: float() would round 12345678901234567890
        return float(cleaned)
    except ValueError:
        return None  # not digits alone (20.8万 handed over whole): no number, rather than a crash


def parse_chinese(text: str) -> int | None:
    """'二十三' → 23, '一百零五' → 105, '三千万' → 30000000, '二〇二三' → 2023, '廿三' → 23; None if invalid."""
    if not text or len(text) > MAX_CHINESE:
        return None
    if all(c in _DIGITS for c in text) and len(text) > 1:
        # Digit by digit, as in years: 二〇二三.
        return int("".join(str(_DIGITS[c]) for c in text))
    total = 0  # completed 亿 / 万 groups
    section = 0  # current group below 万
    number = 0  # pending digit
    seen = False
    for char in text:
        if char in _DIGITS:
            number = _DIGITS[char]
            seen = True
        elif char in _TENS:
            section += _TENS[char]
            seen = True
        elif char in _SMALL_UNITS:
            section += (number or 1) * _SMALL_UNITS[char]
            number = 0
            seen = True
        elif char in _BIG_UNITS:
            unit = _BIG_UNITS[char]
            group = section + number
            if group == 0 and not seen:
                group = 1
            if unit == 100_000_000:
                total = (total + group) * unit
            else:
                total += (group or 1) * unit
            section = number = 0
            seen = True
        else:
            return None
    before = text[-2] if number and len(text) >= 2 else ""
    if before in _BIG_UNITS or (before in _SMALL_UNITS and _SMALL_UNITS[before] >= 100):
        # 三千五 is 3 500 and 一万四 14 000: a digit right after a magnitude counts the place below it (三千零五 is
        # 3 005); after 十 it is the units (十五)
        number *= (_BIG_UNITS.get(before) or _SMALL_UNITS[before]) // 10
    return total + section + number


# 兆 is 10^12 in Taiwan money (20兆元) but mega- in units (兆瓦); figures.py only lets it through before money.
MONEY_TRILLION = "兆"


def scale(value: float | None, magnitude: str) -> float | None:
    """Multiply *value* by a run of magnitude characters such as '万' or '万亿' (or 兆 before money).

    None stays None, and so does a product of VALUE_LIMIT or more (亿亿亿… is not a quantity).
    """
    for char in magnitude:
        if value is None:
            return None
        factor = 10**12 if char == MONEY_TRILLION else MAGNITUDES[char]
        if isinstance(value, float):
            # 2.3亿 is 230 000 000, not 229 999 999.99999997: scale the decimal as written, not its binary float
            value = bounded(float(Decimal(repr(value)) * factor)) if math.isfinite(value) else None
        else:
            value = bounded(value * factor)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
