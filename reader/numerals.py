"""Parse Arabic, full-width and Chinese numerals (小写, 大写, 廿 卅, 兩 萬 億) into numbers."""

from __future__ import annotations

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
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


def parse_arabic(text: str) -> float:
    """'1,234.5' / '１２３' → number (int when whole)."""
    cleaned = text.translate(_FULLWIDTH).replace(",", "")
    value = float(cleaned)
    return int(value) if value.is_integer() and "." not in cleaned else value


def parse_chinese(text: str) -> int | None:
    """'二十三' → 23, '一百零五' → 105, '三千万' → 30000000, '二〇二三' → 2023, '廿三' → 23; None if invalid."""
    if not text:
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
    return total + section + number


# 兆 is 10^12 in Taiwan money (20兆元) but mega- in units (兆瓦); figures.py only lets it through before money.
MONEY_TRILLION = "兆"


def scale(value: float, magnitude: str) -> float:
    """Multiply *value* by a run of magnitude characters such as '万' or '万亿' (or 兆 before money)."""
    for char in magnitude:
        value *= 10**12 if char == MONEY_TRILLION else MAGNITUDES[char]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
