"""Heading styles of Chinese articles and documents, and their nesting order.

Government documents nest ``一、`` above ``（一）`` above ``1.`` above ``（1）``; books use ``第X章/节``;
newspapers use a bare number (``1 标题``), ``【标题】`` or a short unnumbered line.  A style's level is its rank
among the styles the document actually uses, so a text that only has ``（一）`` headings gets level 1 for them.

Every pattern is matched against the line folded to Simplified (``reader.fold``: same length, full-width digits
as ASCII), and what it finds is cut from the original line at the same offsets, so a style is written once and a
Traditional document gets the same headings as its Simplified conversion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.fold import fold

CN_DIGITS = "〇零一二两三四五六七八九十百千廿卅壹贰叁肆伍陆柒捌玖拾"

# Characters that end a sentence (after trailing quotes and brackets are stripped).
SENTENCE_END = "。！？!?…；;：:"
CLOSERS = "”’\"'」』）)】》〉]"
# Punctuation inside a line that a heading rarely has but running text always does.
CLAUSE_PUNCT = "，,；;。！？!?"

BULLET_MARKS = "■□●◆◇▲►▶★☆◎※"
# Order matters: it is the default nesting, outermost first.
STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("part", re.compile(rf"^(第[{CN_DIGITS}\d]+[编部篇]|第[{CN_DIGITS}\d]+部分)[\s　:：、.．]*")),
    ("chapter", re.compile(rf"^(第[{CN_DIGITS}\d]+章)[\s　:：、.．]*")),
    ("subchapter", re.compile(rf"^(第[{CN_DIGITS}\d]+节)[\s　:：、.．]*")),
    ("cn", re.compile(rf"^([{CN_DIGITS}]{{1,3}}[、．.])[\s　]*")),
    ("cn_paren", re.compile(rf"^([（(][{CN_DIGITS}]{{1,3}}[）)])[\s　、]*")),
    ("num", re.compile(r"^([0-9]{1,2}(?:[.．、](?![0-9])|(?=[\s　]+\S)))[\s　]*")),
    ("num_paren", re.compile(r"^([（(][0-9]{1,2}[）)])[\s　、]*")),
    ("bracket", re.compile(r"^(?=【[^】]{1,30}】)")),
    ("bullet", re.compile(rf"^([{BULLET_MARKS}])[\s　]*")),
)
STYLE_ORDER = {name: i for i, (name, _) in enumerate(STYLES)}
UNNUMBERED = "plain"

MAX_HEADING = 30
MAX_RUN_IN = 20
_RUN_IN = re.compile(rf"^([^，,。：:；;！？!?]{{1,{MAX_RUN_IN}}})[。：:．.]")


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    """A line recognised as a heading: marker as written, heading text, style and whether it is run-in."""

    number: str | None
    heading: str | None
    style: str
    run_in: bool


def is_terminated(line: str) -> bool:
    """True when *line* ends a sentence (so the next line starts a new paragraph)."""
    stripped = line.rstrip().rstrip(CLOSERS)
    if not stripped:
        return bool(line.strip())
    return stripped[-1] in SENTENCE_END


def _heading_text_ok(text: str) -> bool:
    return (
        0 < len(text) <= MAX_HEADING and not any(c in text for c in "。！？!?；;") and text[-1] not in "，,、"
    )


def match_numbered(line: str, key: str | None = None) -> HeadingMatch | None:
    """Recognise a numbered heading, own-line or run-in, or return None for running text.

    *key* is *line* folded to Simplified (computed when not given); the rules read the key, the marker and heading
    returned are cut from *line*.
    """
    key = fold(line) if key is None else key
    for style, pattern in STYLES:
        m = pattern.match(key)
        if not m:
            continue
        if style == "bracket":
            close = key.index("】")
            if key[1:close].endswith(("讯", "电")):
                return None  # 【明報專訊】, 【新华社电】: a dateline, not a heading
            rest = line[close + 1 :].strip()
            if rest:
                return HeadingMatch(None, line[: close + 1], style, True)
            return HeadingMatch(None, line, style, False)
        number = line[m.start(1) : m.end(1)]
        rest, rest_key = line[m.end() :], key[m.end() :]
        if style == "bullet":
            # ■ 比赛回顾: the mark is decoration; a bulleted sentence is a list item, not a heading.
            return (
                HeadingMatch(None, rest.strip(), style, False)
                if rest and _heading_text_ok(rest.strip())
                else None
            )
        if not rest:
            return (
                HeadingMatch(number, None, style, False)
                if style in ("part", "chapter", "subchapter")
                else None
            )
        if style == "num" and number[-1].isdigit() and rest_key[0] in "%万亿千百个名人岁年月日天号":
            return None
        if _heading_text_ok(rest.strip()):
            return HeadingMatch(number, rest.strip(), style, False)
        # Run-in: a short phrase closed by 。 or ： opens the paragraph (（二）主要目标。到2025年，…).
        run = _RUN_IN.match(rest)
        if run and len(rest) > run.end():
            return HeadingMatch(number, run.group(1), style, True)
        return None
    return None


def looks_like_plain_heading(line: str) -> bool:
    """A short unnumbered line with no sentence punctuation: a subheading candidate (context decides)."""
    text = line.strip()
    return (
        2 <= len(text) <= 24
        and not any(c in text for c in CLAUSE_PUNCT + "、")
        and not text[-1].isdigit()
        and text[-1] not in "：:"  # 新规有三个特点：introduces what follows
        and text[0] not in BULLET_MARKS  # bulleted lines are list items unless _lone_bullet says otherwise
    )


def levels_for(styles_in_order: list[str]) -> dict[str, int]:
    """Give each style that occurs a level: its rank among the numbered styles present, unnumbered last."""
    present = sorted({s for s in styles_in_order if s != UNNUMBERED}, key=STYLE_ORDER.__getitem__)
    levels = {style: i + 1 for i, style in enumerate(present)}
    if UNNUMBERED in styles_in_order:
        first_plain = styles_in_order.index(UNNUMBERED)
        numbered_before = [s for s in styles_in_order[:first_plain] if s != UNNUMBERED]
        if numbered_before:
            levels[UNNUMBERED] = max(levels.values()) + 1
        else:
            # An unnumbered heading that opens the document is the parent of the numbered ones after it.
            levels = {style: level + 1 for style, level in levels.items()}
            levels[UNNUMBERED] = 1
    return levels
