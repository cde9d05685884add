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

from reader.article.lexicon import structure_lexicon
from reader.fold import fold

_LEXICON = structure_lexicon()
CN_DIGITS = _LEXICON.cn_digits

# Characters that end a sentence (after trailing quotes and brackets are stripped).
SENTENCE_END = "。！？!?…⋯．﹖﹗﹔；;：:︰﹕"
CLOSERS = "”’\"'」』）)】》〉]*"  # * closes Markdown emphasis: …更加重要。**
# Punctuation inside a line that a heading rarely has but running text always does.
CLAUSE_PUNCT = "，,；;。！？!?"

BULLET_MARKS = _LEXICON.bullet_marks
# The heading styles of the lexicon (``[[headings.styles]]``), outermost first: the default nesting.
STYLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (st.name, st.pattern) for st in _LEXICON.heading_styles
)
_OWN_LINE = frozenset(st.name for st in _LEXICON.heading_styles if st.own_line)
STYLE_ORDER = {name: i for i, (name, _) in enumerate(STYLES)}
_ANY_STYLE = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in STYLES))
UNNUMBERED = "plain"

MAX_HEADING = 30
MAX_RUN_IN = 20
_RUN_IN = re.compile(
    rf"^([^，,。：:；;！？!?]{{1,{MAX_RUN_IN}}}?)(?:[。：:]|[．.](?![0-9]))"
)  # 3.32% is no stop


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    """A line recognised as a heading: marker as written, heading text, style and whether it is run-in."""

    number: str | None
    heading: str | None
    style: str
    run_in: bool


def is_terminated(line: str) -> bool:
    """True when *line* ends a sentence (so the next line starts a new paragraph)."""
    last = line[-1:]
    if last and last in SENTENCE_END:
        return True  # the common case first: the line ends on its stop
    if last == "." and len(line) >= 2 and "\u4e00" <= line[-2] <= "\u9fff":
        return True  # 將上回錯過的部份補回來.: a blog's Latin full stop after Chinese text (not 3. nor v2.0.)
    if last and last not in CLOSERS and not last.isspace():
        return False
    stripped = line.rstrip().rstrip(CLOSERS)
    if not stripped:
        return bool(line.strip())
    if stripped[-1] in SENTENCE_END:
        return True
    # 航天小鼠。（取材自央視微信公眾號）, …增长5%。(新华社): a bracketed source or remark after the stop closes it
    opener = max(line.rfind("（"), line.rfind("("))
    return opener > 0 and line[opener - 1] in SENTENCE_END and line.rstrip()[-1] in "）)"


def _heading_text_ok(text: str) -> bool:
    """Short, and no sentence in it; a numbered heading may ask its question or exclaim at its end, when it is a
    single phrase (一、什么是高温中暑？; (四)金管局會考慮甚麼因素，以決定是否延長計劃？ is a question put)."""
    body = text[:-1] if text[-1:] in "？！?!" and not any(c in text for c in "，,") else text
    return (
        0 < len(text) <= MAX_HEADING and not any(c in body for c in "。！？!?；;") and text[-1] not in "，,、"
    )


def match_numbered(line: str, key: str | None = None) -> HeadingMatch | None:
    """Recognise a numbered heading, own-line or run-in, or return None for running text.

    *key* is *line* folded to Simplified (computed when not given); the rules read the key, the marker and heading
    returned are cut from *line*.
    """
    key = fold(line) if key is None else key
    if not _ANY_STYLE.match(key):
        return None  # one match against all the styles at once: most lines of a text open with none of them
    for style, pattern in STYLES:
        m = pattern.match(key)
        if not m:
            continue
        if style == "bracket":
            close = key.index("】")
            label = key[1:close]
            if label.endswith(_LEXICON.bracket_endings) and not label.endswith(_LEXICON.bracket_not_endings):
                return None  # 【明報專訊】, 【新华社电】: a dateline, not a heading (【加班車資訊】 is one)
            rest = line[close + 1 :].strip()
            if rest:
                return HeadingMatch(None, line[: close + 1], style, True)
            return HeadingMatch(None, line, style, False)
        # (the marker keeps a separator written after it, 第一回：, so no character of the line is lost)
        number = line[m.start(1) : m.end()].rstrip(" \t\u3000")
        rest, rest_key = line[m.end() :], key[m.end() :]
        if style == "bullet":
            # ■ 比赛回顾: the mark is kept as the heading's marker (nothing of the text is lost); a bulleted
            # sentence is a list item, not a heading.
            return (
                HeadingMatch(number.strip(), rest.strip(), style, False)
                if rest and _heading_text_ok(rest.strip())
                else None
            )
        if style.startswith("markdown") and rest.strip():
            inner = match_numbered(rest.strip())
            if inner and inner.heading and not inner.run_in and inner.style not in ("bullet", style):
                # ## 2.2 术语, ## 第一章 总则: the section's own number after the Markdown marks
                return HeadingMatch(f"{number} {inner.number}", inner.heading, style, False)
        if not rest:
            return HeadingMatch(number, None, style, False) if style in _OWN_LINE else None
        if not any(c.isalnum() for c in rest_key):
            return None  # 1 |: a table's cell with its bar, flattened one to a line, heads nothing
        if "://" in rest_key:
            return None  # 1. 进入投票页面:https://…: a step with its link, never a heading
        if _ROW_VALUE.search(rest_key) or _SPEAKER_COLON.search(rest_key):
            return None  # 1 厦门花园国际大酒店工程 29.0: a table's row; 1. 鄭家富議員問: the question put under it
        if style == "num" and number[-1].isdigit() and rest_key[0] in _LEXICON.number_followers:
            return None
        if _heading_text_ok(rest.strip()):
            return HeadingMatch(number, rest.strip(), style, False)
        # Run-in: a short phrase closed by 。 or ： opens the paragraph (（二）主要目标。到2025年，…).
        run = _RUN_IN.match(rest)
        if run and len(rest) > run.end():
            tail = rest[run.end() :].strip()
            if run.group(0).rstrip()[-1:] in "：:" and len(rest) <= 60 and tail[-1:] not in "。！？；!?;…":
                # 1、第3季財報：單季營收9,899.2億元、毛利率59.5%: what follows the colon is no sentence, only the
                # heading's figures: the whole line heads the section
                return HeadingMatch(number, rest.strip(), style, False)
            return HeadingMatch(number, run.group(1), style, True)
        return None
    return None


# A row of a numbered table ends on its value (…大酒店工程 29.0); a speaker's line on the colon before the words.
_ROW_VALUE = re.compile(r"[\s　]*[0-9]+[.．][0-9]+[\s　]*$")
_SPEAKER_COLON = re.compile(r"(?:问|问道|答|说|表示)[：:]$")


# Characters a heading hardly ever ends on and a sentence cut short often does: 从, 把, 被, the possessive 的.
_OPEN_END = frozenset("从把被的")  # (应对, 参与, 涉及, 现在 end headings: only words that hardly end one)
_SPEECH = re.compile("(?:说|表示|称|指出|强调|问道|笑道|曰)[：:，,]?[「“『]")
_DOCUMENT_NAME = re.compile(
    r"(?:方案|办法|细则|规定|规则|意见|计划|规划|条例|纲要|清单|指南|标准)(?:[（(][^（）()]{1,16}[）)])?$"
)


# A heading may end in a colon when it names what follows (具体预报：, 审查周期：, 常规赛记录：); a clause that
# introduces it does not head a section (新规有三个特点：, 具体如下：, 他表示：, 詩曰：).
# Nor does a salutation or an addressee (各位代表：, 主席：, 海关总署：), a note's label (核心提示：) or the line
# that brings in a poem (古风一首：, 有词为证：).
_LABEL_BEFORE_COLON = re.compile(
    r"(?!.*(?:有|是|为|如下|以下|包括|说|表示|指出|认为|称|道|问|答|曰))"
    # (云 quotes too, a verse or a saying: 又一联云：, 诗云：; a cloud is no speech: 多云：)
    r"(?!.*(?<![多白风青彩浮祥乌星层积卷阴晴])云$)"
    r"(?!.*(?:代表|主席|同志|们|署|局|厅|委|办|公司|先生|女士|提示|各位|首|诗|词)$)[^\s　]{2,12}"
)


# Hong Kong and Taiwan texts write the colon, comma and stops in their small or presentation forms (記者︰, 問﹕):
# the rules read them as the ordinary marks (one character for one, so offsets stay).
# (∕ is the division slash, read as a slash: 記者王勗∕台南報導)
SMALL_FORMS = str.maketrans("︰﹕﹐﹑﹔﹖﹗∕", "：：，、；？！／")
SMALL_FORM = re.compile("[︰﹕﹐﹑﹔﹖﹗∕]")  # str.translate is slow on Han text: only lines that need it

# Two phrases set side by side with a space, as a headline or a subheading is set (河川、排水建設 增逾15億)
_TWO_PHRASE_HEAD = re.compile(
    r"[^\s　，。；！？,;!?、]+(?:、[^\s　，。；！？,;!?、]+)*[ 　][^\s　，。；！？,;!?、]{2,14}"
)


# An old e-text's full stop, the full-width point after a character (故折矩．): a sentence, never a heading.
_FULL_WIDTH_STOP = re.compile("[\u4e00-\u9fff]．")
# The tune a chapter's opening verse is set to (右調《重疊金》, 调寄《西江月》): the verse's line, never a heading.
_TUNE_LINE = re.compile("(?:右调|调寄|词寄)《[^》]{1,12}》$")


# A label with a figure for its value (中标份额: 20%, 工期：365天): a field, never a heading.
_FIELD_WITH_FIGURE = re.compile("(?<![0-9０-９])[：:][\\s　]*[0-9０-９]")  # (not a score or a clock, 4:1)


def is_tune_line(key: str) -> bool:
    """*key* (folded) names the tune of the verse above it (右调《知足乐》): the verse's last line, never a heading;
    the story starts after it."""
    return _TUNE_LINE.match(key) is not None


# A game's result on its line, the score between the two sides (老鹰92∶91凯尔特人, 傑志 3:1 晨曦): a line of the
# report's results - neither a heading nor the page around the report.
RESULT_LINE = re.compile(
    "[\u4e00-\u9fffA-Za-z]{1,12}[\\s\u3000]*[0-9]{1,3}[\\s\u3000]*[:：∶比][\\s\u3000]*[0-9]{1,3}[\\s\u3000]*[\u4e00-\u9fffA-Za-z]{1,12}"
)


def looks_like_plain_heading(line: str) -> bool:
    """A short unnumbered line with no sentence punctuation: a subheading candidate (context decides).  The name
    of a document may run longer (东阳市促进残疾人就业行动实施方案（2023—2025年）, an attachment's title)."""
    text = line.strip()
    if SMALL_FORM.search(text):
        text = text.translate(SMALL_FORMS)  # 閏土又對我說︰ ends with a colon too
    if text[-1:] in ("？", "?") and text[0] not in '“「『"‘' and not any(c in text for c in "：:"):
        text = text[
            :-1
        ]  # 長者「失蹤」誰會發現？: a column's subheading may ask (a quoted question is speech)
    return (
        (2 <= len(text) <= 24 or (24 < len(text) <= 40 and _DOCUMENT_NAME.search(fold(text)) is not None))
        # (a 、 lists nouns within a phrase of a headline's two, 河川、排水建設 增逾15億; elsewhere it lists items)
        and not any(c in text for c in CLAUSE_PUNCT)
        and ("、" not in text or _TWO_PHRASE_HEAD.fullmatch(text) is not None)
        and not _FULL_WIDTH_STOP.search(text)
        and not is_tune_line(fold(text))
        and not _FIELD_WITH_FIGURE.search(text)
        and not text[-1].isdigit()
        and (text[-1] not in "：:" or _LABEL_BEFORE_COLON.fullmatch(fold(text[:-1])) is not None)
        # 新京报记者从 / 鄱阳湖东西两岸 / 带回…: a sentence cut at its links
        and fold(text[-1]) not in _OPEN_END
        and text[0] not in BULLET_MARKS  # bulleted lines are list items unless _lone_bullet says otherwise
        # ——据央视新闻 signs off a source; 水果产量居全国首位…… is a sentence trailing off
        and not text.startswith(("——", "--"))
        and not text.endswith(("…", "..."))
        and not (("「" in text or "“" in text) and _SPEECH.search(fold(text)))  # 他说「我们会努力」: speech
        and RESULT_LINE.fullmatch(text) is None
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
