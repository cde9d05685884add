"""Key statistics: the figures a reader wants in a side panel, each with a short label saying what was counted.

The label is the noun phrase the number attaches to: what follows the measure word (``15140名密接、次密接人员``)
or, when the number closes its clause, what precedes it (``核酸采样点779个``).  Ranking prefers money, rates and
large counts, drops repeated values, weighs dates after the first less, and demotes per-district breakdowns.
Its word lists are data: the ``[labels]`` section of reader/figures/lexicon.toml.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.figures.lexicon import figure_lexicon, words
from reader.fold import fold, joined_runs
from reader.kinds import KINDS
from reader.model import KeyStat, TimelineEvent

if TYPE_CHECKING:
    from reader.article.model import Article
    from reader.model import PlacedFigure

MAX_STATS = 30
REPEATS_SCORED = 3  # a value said many times is judged on its three most promising mentions
_CLAUSE_END = set('，,。；;：:！？!?（）()“”"「」『』《》【】\n')
_LEX = figure_lexicon()
# Words that end a noun phrase read forward from a number, or start one read backward (lexicon.toml, [labels]).
_AFTER_STOPS = _LEX.labels_after_stops
_BEFORE_STOPS = _LEX.labels_before_stops
_PLACE_SUFFIX = tuple(_LEX.labels_place_suffixes)
# Units that are nouns themselves: what follows them is a verb (400万人勠力同心), unless 的 links a noun.
_NOUN_UNITS = frozenset(_LEX.labels_noun_units)  # compared with the folded unit
# Words that say a duration is how long something took (仅用18天, 连续11天), which makes it a key figure.
_TOOK = re.compile(f"(?:{words(_LEX.labels_took)})(?:不到|近)?$")
# 24小时不间断: a stock phrase for "round the clock", not a measured duration.
_ROUND_THE_CLOCK = re.compile(r"^24小时")


# Han characters, with the extension planes: OpenCC writes some simplified forms there (甘藷 -> 甘𫉄).
_CJK = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f"


def _is_cjk(char: str) -> bool:
    return (
        "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or "\U00020000" <= char <= "\U0003134f"
    )


_CJK_RUN = re.compile(f"[{_CJK}、]*")
_QUOTED_RUN = re.compile(f"[{_CJK}、“”「」]*")
_CJK_TAIL = re.compile(f"[{_CJK}、]*$")
_AFTER_STOP = re.compile(words(_AFTER_STOPS))
_BEFORE_STOP = re.compile(f"(?=({words(_BEFORE_STOPS)}))")


def _label_after(text: str, end: int, ceiling: int) -> str:
    """The noun phrase after a measure word: 15140名|密接、次密接人员|,…"""
    i = end + 1 if text.startswith("的", end) else end
    run = _QUOTED_RUN.match(text, i, min(ceiling, i + 14)).group(0)
    if run.count("“") != run.count("”") or run.count("「") != run.count("」"):
        run = _CJK_RUN.match(text, i, min(ceiling, i + 14)).group(0)
    stop = _AFTER_STOP.search(run, 2)
    if stop:
        run = run[: stop.start()]
    run = run[:10]
    for position, char in enumerate(run):
        if char == "、" and (position == 0 or position > 3):
            run = run[:position]  # 密接、次密接人员 is one phrase; 无症状感染者、巴林右旗 starts a list
            break
    label = run.strip("、")
    return label if len(label) >= 2 and label[0] not in "的了着" else ""


_DURATION_LINK = re.compile("(?:的时间|时间|之内|以内|内)?(?:就|便|即|才)?")


def _duration_label(text: str, end: int, ceiling: int) -> str:
    """What a duration measured: 连续11天|无新增病例, 仅用3天时间就|控制住了疫情."""
    i = _DURATION_LINK.match(text, end, ceiling).end()
    run = _CJK_RUN.match(text, i, min(ceiling, i + 10)).group(0).strip("、")
    return run if len(run) >= 2 else ""


# Verbs that link a subject to its number (增加值同比增长|4.6%): not part of what was counted.
_LINKING_VERB = re.compile(
    "(?:(?:同比|环比|比上月|比上年|按年|按月|按季)?(?:增长|增加|减少|下降|上升|提高|加快|回落|放缓)"
    "|[年月季](?:增|减)(?:幅|率)?"  # Taiwan and Hong Kong reports: 年增54.2%
    "|(?:已|将|可能)?(?:介于|达到|突破|降至|降到|增至|升至|超过|超|达|为|是|约|占了|占|共|计|有|至|到))$"
)


def _split_verb(run: str) -> tuple[str, str]:
    """('地区生产总值比重', '达到') from '地区生产总值比重达到': linking verbs are stripped from the end."""
    verb = ""
    while (m := _LINKING_VERB.search(run)) is not None and m.group(0):
        run, verb = run[: m.start()], m.group(0) + verb
    return run, verb


_ADVERBS = frozenset("已将还再又仍")  # between a subject and its verb: 项目已开工, 人数将达


def _label_before(text: str, start: int, floor: int) -> tuple[str, str]:
    """(label, linking verb) of the phrase a number closes: 核酸采样点|779个, 制造业|增长|5.1%."""
    run, verb = _split_verb(_CJK_TAIL.search(text, max(floor, start - 16), start).group(0))
    if verb:
        trimmed = run.rstrip("将可已仍还再又")  # 气温将|下降, 降幅可|达: adverbs of the verb, not the subject
        verb, run = run[len(trimmed) :] + verb, trimmed
    run = run[-14:]
    cut, previous, adverb_at = 0, 0, -1
    for m in _BEFORE_STOP.finditer(run):
        stop_end = m.start() + len(m.group(1))
        if stop_end <= len(run) - 1 and stop_end > cut:
            previous, cut = cut, stop_end
            adverb_at = m.start() if m.group(1) in _ADVERBS else -1
    label = run[cut:].strip("、")
    subject = run[previous:adverb_at] if adverb_at > previous else ""
    if 2 <= len(subject) <= 8:
        label = (
            subject + label
        )  # 重点项目已动、开工|590项: the subject before the adverb names what was counted
    if len(label) > 2:
        label = label.removesuffix("以")  # 篮板球以|48比35: the preposition introduces the figure
    for lead in ("以上", "以下", "已", "共", "计", "还", "又"):  # 以上: the tail of 规模以上 cut off
        label = label.removeprefix(lead)
    return (label if len(label) >= 2 else ""), verb


def _clause_tail(text: str, start: int, floor: int) -> str:
    """Last resort: the few characters before the figure in its clause (仅用 → 中心城区仅用)."""
    tail = "".join(c for c in text[floor:start] if _is_cjk(c))[-8:]
    return tail if len(tail) >= 2 else ""


def _sentence(text: str, start: int, end: int, reach: int = 300) -> str:
    """The sentence around [start, end), at most *reach* characters either side (some texts have no full stops)."""
    floor, ceiling = max(0, start - reach), min(len(text), end + reach)
    left = max(text.rfind(c, floor, start) for c in "。！？!?；;")
    right_candidates = [i for i in (text.find(c, end, ceiling) for c in "。！？!?；;") if i != -1]
    right = min(right_candidates) + 1 if right_candidates else ceiling
    return text[max(left + 1, floor) : right].strip()


_CLAUSE_TAIL = re.compile("[^" + re.escape("".join(sorted(_CLAUSE_END))) + "]*$")


CLAUSE_REACH = 120  # characters looked back for the start of a clause: keeps long paragraphs linear


_LABEL_CHARS = 10  # at most this much of a neighbouring clause becomes a label


def _clause_before(text: str, floor: int) -> str:
    """The end of the clause that ends just before *floor* (a clause's start): what was done."""
    end = max(0, floor - 1)
    start = max((text.rfind(stop, max(0, end - CLAUSE_REACH), end) for stop in _CLAUSE_END), default=-1) + 1
    return text[start:end].strip(" 、")[-_LABEL_CHARS:]


def _clause_after(text: str, end: int) -> str:
    """The CJK start of the clause after a figure ending at *end* (past the comma that follows it)."""
    at = end + 1 if end < len(text) and text[end] in _CLAUSE_END else end
    return _CJK_RUN.match(text, at).group(0).strip("、")[:_LABEL_CHARS]


def _clause_start(text: str, start: int, floor: int) -> int:
    return _CLAUSE_TAIL.search(text, max(floor, start - CLAUSE_REACH), start).start()


_TOTAL_WORDS = re.compile(words(_LEX.labels_totals))


def _fixed_score(f) -> float:
    """The part of a figure's score that needs no look at its context."""
    score = KINDS[f.kind].base_score or 0.0
    if f.value is not None and f.kind in ("count", "money", "number"):
        # A loss of 3亿元 weighs like a profit of 3亿元.
        score += min(2.0, math.log10(max(1.0, abs(float(f.value)))))
    if f.kind == "count" and not f.unit:
        score -= 3.0
    if f.kind == "duration" and _ROUND_THE_CLOCK.match(fold(f.text)):
        score -= 2.0
    if f.approx:
        score += 0.3
    return score


def _upper_bound(f) -> float:
    """No context can raise a figure's score above this (see _score)."""
    return _fixed_score(f) + 0.5 + 0.5 + (1.5 if f.kind == "duration" else 0.0)


def _score(f, label: str, after: bool, clause: str, breakdown: bool) -> float:
    score = _fixed_score(f)
    if after:
        score += 0.5  # a measure word with its noun (63例确诊病例) is a statement of a statistic
    if f.kind == "duration" and _TOOK.search(clause[: len(clause) - len(f.text)]):
        score += 1.5
    if breakdown:
        score -= 1.5
    if not after and label.endswith(_PLACE_SUFFIX):
        score -= 2.5  # 松山区3例: a breakdown by district
    if _TOTAL_WORDS.search(clause):
        score += 0.5
    if not label:
        score -= 2.0
    return score


_LATER_DATE = 2.5  # the first date says when; later ones enter the panel only when they outweigh counts
_PROSE_COUNT = 3.0  # 两例, 三区: small spelled-out counts are mostly prose; they fill a panel with room only


def _is_prose_count(f) -> bool:
    return f.kind == "count" and f.value is not None and 0 <= f.value <= 3 and not f.text[0].isdigit()


def _key(f) -> tuple:
    """What makes two figures one statistic, read through the fold: 新臺幣3,000元 and 新台幣3,000元 are one
    amount, as they are once the text is converted to Simplified."""
    if f.kind == "time":
        # 午夜12時 and 12:29 share an hour, not a time (and 時 is written, 时 not): told apart by hh:mm
        return (f.kind, f.detail or fold(f.text))
    return (f.kind, f.value, fold(f.unit or "")) if f.value is not None else (f.kind, fold(f.text))


class _Context:
    """Labels and scores of body figures, computed on demand (a 10 MB text has tens of thousands)."""

    def __init__(self, article: Article, body: list[PlacedFigure]) -> None:
        self.paragraphs = {(si, pi): text for si, pi, text in article.paragraphs()}
        self.body = body
        # (a word the label adds, in the text's own script: a Traditional text's time taken is 用時)
        self.took = "用時" if article.script == "hant" else "用时"
        self._labels: dict[int, tuple[str, bool, int]] = {}
        self._folded: dict[tuple[int | None, int | None], str] = {}
        self._unfold_maps: dict[tuple[int | None, int | None], dict[int, int]] = {}

    def _where(self, order: int) -> tuple[int | None, int | None]:
        placed = self.body[order]
        return placed.section, placed.paragraph

    def unfold(self, label: str, order: int) -> str:
        """*label*, read from the folded paragraph, in the paragraph's own characters (個數 stays 個數): cut from
        the paragraph where the label stands nearest the figure, since one folded character may stand for two
        originals in one paragraph (上週 … 周平均); a label joined from pieces is mapped character by character."""
        where = self._where(order)
        original = self.paragraphs[where]
        folded = self.text(order)
        if folded is original:
            return label
        near = self.body[order].figure.start
        found = [at for at in (folded.rfind(label, 0, near), folded.find(label, near)) if at != -1]
        if found:
            at = min(found, key=lambda a: abs(a - near))
            return original[at : at + len(label)]
        if len(label) <= 40 and (parts := joined_runs(label, folded)):
            return "".join(self.unfold(part, order) for part in parts)  # each as the text writes it there
        table = self._unfold_maps.get(where)
        if table is None:
            table = {ord(k): ord(o) for k, o in zip(folded, original, strict=True) if k != o}
            self._unfold_maps[where] = table
        return label.translate(table)

    def _same_paragraph(self, a: int, b: int) -> bool:
        body = self.body
        return 0 <= b < len(body) and (body[a].section, body[a].paragraph) == (
            body[b].section,
            body[b].paragraph,
        )

    def text(self, order: int) -> str:
        """The paragraph of figure *order*, folded to Simplified: labels are read by rules written once."""
        where = self._where(order)
        folded = self._folded.get(where)
        if folded is None:
            folded = self._folded[where] = fold(self.paragraphs[where])
        return folded

    def label(self, order: int) -> tuple[str, bool, int]:
        """(label, whether it follows the number, clause floor) for figure *order*."""
        cached = self._labels.get(order)
        if cached is not None:
            return cached
        f, text = self.body[order].figure, self.text(order)
        previous_end = self.body[order - 1].figure.end if self._same_paragraph(order, order - 1) else 0
        next_start = (
            self.body[order + 1].figure.start if self._same_paragraph(order, order + 1) else len(text)
        )
        floor = max(_clause_start(text, f.start, 0), previous_end)
        after_label = ""
        if f.kind == "duration":
            after_label = _duration_label(text, f.end, next_start)
        elif f.kind == "date":
            after_label = _label_after(text, f.end, next_start)
        elif f.kind in ("count", "money", "number") and (
            fold(f.unit or "") not in _NOUN_UNITS or text.startswith("的", f.end)
        ):
            after_label = _label_after(text, f.end, next_start)
            if not after_label and next_start == f.end and self._same_paragraph(order, order + 1):
                # 17轮200多万人次的社会面核酸检测: chained figures share the noun after the chain.
                after_label = _label_after(text, self.body[order + 1].figure.end, len(text))
        before, verb = _label_before(text, f.start, floor) if not after_label else ("", "")
        label = after_label or before
        between = text[previous_end : f.start] if previous_end else "。"
        if not label and between in ("计", "合计", "共计", "价值"):
            label = self.label(order - 1)[0]  # 捐款149笔计2469452元: the sum belongs to the same thing
        elif not label and verb and "。" not in between:
            # 零售总额43333亿元，同比增长7.6%: the rate is of the thing just counted.
            label = self.label(order - 1)[0] + verb
        elif (
            label.startswith(("较", "比", "同比", "环比", "按年", "按月"))
            and previous_end
            and "。" not in between
        ):
            # 资产总额突破10万亿元，较上年末增长9.8%: a comparison of the thing just counted.
            label = self.label(order - 1)[0] + label
        label = label or _clause_tail(text, f.start, floor)
        if f.kind == "duration" and _TOOK.fullmatch(label):
            # 400万人勠力同心，仅用18天: "仅用" names nothing; the time was taken by what the clause before says.
            label = _clause_before(text, floor) + self.took if _clause_before(text, floor) else self.took
        elif f.kind == "date" and not label:
            label = _clause_after(text, f.end)  # 6月17日，赤峰市全市解封: the date of what follows it
        result = (label, bool(after_label) and f.kind != "date", floor)
        self._labels[order] = result
        return result

    def stat(self, order: int) -> tuple[float, KeyStat]:
        """Score and statistic for figure *order*."""
        placed = self.body[order]
        f, text = placed.figure, self.text(order)
        label, after, floor = self.label(order)
        if f.kind == "date":
            label = label or "日期"
        sentence_start = text.rfind("。", max(0, f.start - 300), f.start)
        before_in_sentence = text[max(0, sentence_start, f.start - 300) : f.start]
        breakdown = "其中" in before_in_sentence and not after
        score = _score(f, label, after, text[floor : f.end], breakdown)
        assert placed.section is not None and placed.paragraph is not None
        stat = KeyStat(
            label=self.unfold(label, order) if label else f.text,
            text=f.text,
            value=f.value,
            unit=f.unit,
            kind=f.kind,
            section=placed.section,
            paragraph=placed.paragraph,
            start=f.start,
            end=f.end,
            sentence="",  # filled in for the statistics that make the panel
            approx=f.approx,
            low=f.low,
        )
        return score, stat


# Ordinals that are records: the Nth time, session, match, round, trophy, medal or place (第89次发射, 第17座冠军,
# 第3枚金牌, 第3名);
# 第二代 (a generation) and 第3页 name things rather than count them.
_RECORD_UNITS = frozenset({"次", "届", "场", "轮", "座", "名", "位", "枚", "块"})


_RANK_BEFORE = re.compile(f"(?:{words(_LEX.labels_rank_words)})$")


_ROW_LABEL = re.compile(r"^[^\d|｜]{2,30}?[\s　]*[|｜]?[\s　]*(?=[-+]?\d)")


def _first_in_row(placed: PlacedFigure, paragraphs: dict[tuple[int | None, int | None], str]) -> bool:
    """A bare number that is the first value of a table's row (营业总收入 | 842,278,711.44 | 905,375,735.27 |): the
    row's label says what it counts, so it is a statistic like a count."""
    text = paragraphs[(placed.section, placed.paragraph)]
    m = _ROW_LABEL.match(text)
    return (
        m is not None
        and m.end() <= placed.figure.start <= m.end() + 1
        and text.count(" ") + text.count("|") >= 2
    )


def _eligible(body: list[PlacedFigure], paragraphs: dict[tuple[int | None, int | None], str]) -> list[int]:
    """Figures that may become statistics: not bare numbers, ordinals only when they are records (第89次发射,
    第15次夺冠; not 第二代, 第1 alone) or ranks (排名第8), each date once; clock times weigh least (kinds.py)."""
    chosen: list[int] = []
    dates_seen: set[str] = set()
    for order, placed in enumerate(body):
        f = placed.figure
        if KINDS[f.kind].base_score is None and not (
            f.kind == "number" and _first_in_row(placed, paragraphs)
        ):
            continue  # a bare number says nothing about what was counted, except a table row's value
        if f.kind == "ordinal" and fold(f.unit or "") not in _RECORD_UNITS:
            text = paragraphs[(placed.section, placed.paragraph)]
            if not _RANK_BEFORE.search(fold(text[max(0, f.start - 2) : f.start])):
                continue
        if f.kind == "date":
            if fold(f.text) in dates_seen:
                continue
            dates_seen.add(fold(f.text))
        chosen.append(
            order
        )  # 两例, 三区 too, but they weigh less (_is_prose_count): a short article may want them
    return chosen


def _ranked(best: dict[tuple, tuple[float, int, KeyStat]], limit: int) -> list[tuple[float, int, KeyStat]]:
    # The same quantity said twice, once without its unit (400多万 … 400万人), is one statistic.
    with_unit = {(k[0], k[1]) for k in best if len(k) == 3 and k[2]}
    kept = [v for k, v in best.items() if not (len(k) == 3 and not k[2] and (k[0], k[1]) in with_unit)]
    return sorted(kept, key=lambda c: (-c[0], c[1]))[:limit]


def key_statistics(article: Article, figures: list[PlacedFigure], limit: int = MAX_STATS) -> list[KeyStat]:
    """Rank the body figures and keep the ``limit`` a reader most wants, in reading order within each kind.

    Candidates are scored in order of an upper bound of their score, and a repeat of a value already scored
    at least that high is skipped, so a long text costs little more than its distinct statistics.
    """
    body = [p for p in figures if p.where == "body" and p.section is not None and p.paragraph is not None]
    context = _Context(article, body)
    eligible = _eligible(body, context.paragraphs)
    first_date = next((o for o in eligible if body[o].figure.kind == "date"), None)
    penalty = {o: _LATER_DATE for o in eligible if body[o].figure.kind == "date" and o != first_date}
    penalty.update({o: _PROSE_COUNT for o in eligible if _is_prose_count(body[o].figure)})
    queue = sorted(
        ((_upper_bound(body[o].figure) - penalty.get(o, 0.0), o) for o in eligible),
        key=lambda c: (-c[0], c[1]),
    )
    best: dict[tuple, tuple[float, int, KeyStat]] = {}
    tries: dict[tuple, int] = {}
    for position, (bound, order) in enumerate(queue):
        key = _key(body[order].figure)
        if key in best and (best[key][0] >= bound or tries[key] >= REPEATS_SCORED):
            continue  # a repeat that cannot do better, or the value has been weighed often enough
        tries[key] = tries.get(key, 0) + 1
        if position % 32 == 0 and len(best) >= limit:
            ranked = _ranked(best, limit)
            if len(ranked) == limit and ranked[-1][0] > bound:
                break  # nothing left can enter the panel
        score, stat = context.stat(order)
        score -= penalty.get(order, 0.0)
        if key not in best or score > best[key][0]:
            best[key] = (score, order, stat)
    ranked = _ranked(best, limit)
    ranked.sort(key=lambda c: (KINDS[c[2].kind].panel_order, c[1]))
    stats = [
        replace(
            stat, sentence=_sentence(context.paragraphs[(stat.section, stat.paragraph)], stat.start, stat.end)
        )
        for _, _, stat in ranked
    ]
    return _told_apart(stats, body, context)


def _told_apart(stats: list[KeyStat], body: list[PlacedFigure], context: _Context) -> list[KeyStat]:
    """Statistics that would read alike (same label, kind and unit: 确诊病例 63例 and 53例) get their context
    after the label: the date their sentence gives (确诊病例（6月17日）) or, when that does not tell them apart,
    what stands before the number in its clause (确诊病例（林西县其他））."""
    groups: dict[tuple[str, str, str | None], list[int]] = {}
    for index, stat in enumerate(stats):
        if stat.kind != "date":
            groups.setdefault((stat.label, stat.kind, stat.unit), []).append(index)
    dates: dict[tuple[int | None, int | None], list[tuple[int, str]]] = {}
    for placed in body:
        if placed.figure.kind == "date":
            dates.setdefault((placed.section, placed.paragraph), []).append(
                (placed.figure.end, placed.figure.text)
            )
    ends: dict[tuple[int | None, int | None], list[int]] = {}
    for placed in body:
        ends.setdefault((placed.section, placed.paragraph), []).append(placed.figure.end)
    told = list(stats)
    for members in groups.values():
        if len(members) < 2:
            continue
        clues: list[list[str]] = [[], []]
        for index in members:
            stat = stats[index]
            text = context.paragraphs[(stat.section, stat.paragraph)]
            sentence = max(text.rfind(stop, 0, stat.start) for stop in "。！？；\n") + 1
            dated = [
                t for end, t in dates.get((stat.section, stat.paragraph), []) if sentence <= end <= stat.start
            ]
            clues[0].append(dated[-1] if dated else "")
            clause = max(sentence, *(text.rfind(stop, 0, stat.start) + 1 for stop in _CLAUSE_END | {"、"}))
            # (from the end of a figure before it in the clause: 10月9日新龙县发生5.4级 gives 新龙县发生, not 月9日…)
            clause = max(
                [clause, *(end for end in ends.get((stat.section, stat.paragraph), ()) if end <= stat.start)]
            )
            clues[1].append(text[clause : stat.start].strip()[-8:])
        for clue in clues:
            if all(clue) and len(set(clue)) == len(clue):
                for index, text in zip(members, clue, strict=True):
                    told[index] = replace(stats[index], label=f"{stats[index].label}（{text}）")
                break
    return told


_EVENT_TEXT = re.compile("[^，,。；;！？!?]{1,16}")


def timeline(article: Article, figures: list[PlacedFigure], limit: int = 12) -> list[TimelineEvent]:
    """Distinct calendar days mentioned in the body, in date order, each with what happened (its clause)."""
    from datetime import date

    paragraphs = {(si, pi): text for si, pi, text in article.paragraphs()}
    seen: dict[tuple[int | None, int, int], TimelineEvent] = {}
    for placed in figures:
        f = placed.figure
        if f.kind != "date" or placed.where != "body" or not f.detail or placed.section is None:
            continue
        first_day = f.detail.split("/")[0]  # 12月1、2日 (12-01/12-02) happens from its first day
        parts = [int(p) for p in first_day.split("-") if p.isdigit()]
        if len(parts) == 3:
            year, month, day = parts
        elif len(parts) == 2 and "月" in f.text and ("日" in fold(f.text) or "号" in fold(f.text)):
            year, (month, day) = None, parts
        else:
            continue
        try:
            date(year or 2000, month, day)
        except ValueError:
            continue
        key = (year, month, day)
        if key in seen:
            continue
        assert placed.paragraph is not None
        text = paragraphs[(placed.section, placed.paragraph)]
        rest = text[f.end : f.end + 40].lstrip("，,、至到")
        match = _EVENT_TEXT.match(rest)
        label = match.group(0) if match else ""
        seen[key] = TimelineEvent(
            month, day, year, f.text, label, placed.section, placed.paragraph, f.start, f.end
        )
    years = [e.year for e in seen.values() if e.year]
    common = max(set(years), key=years.count) if years else None

    def ordinal(year: int | None, month: int, day: int) -> int:
        try:
            return date(year or 2000, month, day).toordinal()
        except ValueError:  # 2月29日 in a year without one: place it by the leap year 2000
            return date(2000, month, day).toordinal()

    events = [
        replace(e, year=e.year or common, ordinal=ordinal(e.year or common, e.month, e.day))
        for e in seen.values()
    ]
    events.sort(key=lambda e: e.ordinal)
    return events[:limit]
