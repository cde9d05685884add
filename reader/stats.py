"""Key statistics: the figures a reader wants in a side panel, each with a short label saying what was counted.

The label is the noun phrase the number attaches to: what follows the measure word (``15140名密接、次密接人员``)
or, when the number closes its clause, what precedes it (``核酸采样点779个``).  Ranking prefers money, rates and
large counts, drops repeated values and dates after the first, and demotes per-district breakdowns.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from reader.article.model import Article
from reader.figures import PlacedFigure

MAX_STATS = 30
_CLAUSE_END = set('，,。；;：:！？!?（）()“”"「」『』《》【】\n')
# Words that end a noun phrase read forward from a number, or start one read backward.
_AFTER_STOPS = (
    "快速", "迅速", "全部", "全面", "进入", "进行", "开展", "参与", "参加", "均", "都", "已", "在", "被", "将", "正",
    "也", "还", "仍", "就", "是", "为", "了", "着", "过", "等", "中", "里", "后", "前", "以上", "左右", "时间", "的时间",
    "不", "没", "和", "与", "及", "或", "计", "共", "至", "到", "从", "对", "向", "给",
)  # fmt: skip
_BEFORE_STOPS = (
    "该市", "全市", "本市", "我市", "全省", "全国", "其中", "共计", "累计", "共有", "共", "已", "还有", "有", "达到", "达",
    "为", "是", "的", "在", "和", "与", "对", "将", "把", "被", "从", "至", "到", "了", "约", "近", "仅", "先后", "再", "又",
    "设置", "调配", "组织", "锁定", "集结", "召开", "完成了", "进行了", "接收了", "开展",
)  # fmt: skip
_PLACE_SUFFIX = tuple("区县旗市省镇村乡州国")
_KIND_BASE = {
    "money": 6.0,
    "percent": 6.0,
    "ratio": 4.0,
    "count": 3.0,
    "duration": 3.0,
    "number": 1.0,
    "date": 5.0,
}
# Units that are nouns themselves: what follows them is a verb (400万人勠力同心), unless 的 links a noun.
_NOUN_UNITS = {"人", "人次", "元", "美元", "港元", "欧元", "日元", "%", "％", "天", "小时", "小時", "年", "岁", "歲", "吨",
               "噸", "公里", "公斤", "米"}  # fmt: skip
# Words that say a duration is how long something took (仅用18天, 连续11天), which makes it a key figure.
_TOOK = re.compile(r"(?:仅用|僅用|只用了?|用了|历时|歷時|连续|連續|经过|經過|耗时|耗時|仅|僅)(?:不到|近)?$")
# 24小时不间断: a stock phrase for "round the clock", not a measured duration.
_ROUND_THE_CLOCK = re.compile(r"^24(?:小时|小時)")


@dataclass(frozen=True, slots=True)
class KeyStat:
    """One line of the statistics panel."""

    label: str
    text: str
    value: float | None
    unit: str | None
    kind: str
    section: int
    paragraph: int
    start: int
    end: int
    sentence: str
    approx: bool = False


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def _label_after(text: str, end: int, ceiling: int) -> str:
    i = end
    if text.startswith("的", i):
        i += 1
    out = []
    while i < min(len(text), ceiling) and len(out) < 10:
        char = text[i]
        if char in _CLAUSE_END or not (_is_cjk(char) or char == "、") or char.isdigit():
            break
        if any(text.startswith(stop, i) for stop in _AFTER_STOPS) and len(out) >= 2:
            break
        if char == "、" and (len(out) > 3 or not out):
            break  # 密接、次密接人员 is one phrase; 无症状感染者、巴林右旗 starts a list
        out.append(char)
        i += 1
    label = "".join(out).strip("、")
    return label if len(label) >= 2 and label[0] not in "的了着" else ""


def _label_before(text: str, start: int, floor: int) -> str:
    i = start
    out: list[str] = []
    while i > floor and len(out) < 10:
        char = text[i - 1]
        if char in _CLAUSE_END or not (_is_cjk(char) or char == "、"):
            break
        hit = next((stop for stop in _BEFORE_STOPS if text.endswith(stop, 0, i)), None)
        if hit and out:
            break
        out.append(char)
        i -= 1
    label = "".join(reversed(out)).strip("、")
    for lead in ("已", "共", "计", "还", "又"):
        label = label.removeprefix(lead)
    return label if len(label) >= 2 else ""


def _clause_tail(text: str, start: int, floor: int) -> str:
    """Last resort: the few characters before the figure in its clause (仅用 → 中心城区仅用)."""
    tail = "".join(c for c in text[floor:start] if _is_cjk(c))[-8:]
    return tail if len(tail) >= 2 else ""


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in "。！？!?；;")
    right_candidates = [i for i in (text.find(c, end) for c in "。！？!?；;") if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left + 1 : right].strip()


def _clause_start(text: str, start: int, floor: int) -> int:
    i = start
    while i > floor and text[i - 1] not in _CLAUSE_END:
        i -= 1
    return i


def _score(placed: PlacedFigure, label: str, after: bool, clause: str, breakdown: bool) -> float:
    f = placed.figure
    score = _KIND_BASE.get(f.kind, 0.0)
    if f.value is not None and f.kind in ("count", "money", "number"):
        score += min(2.0, math.log10(max(1.0, float(f.value))))
    if f.kind == "count" and not f.unit:
        score -= 3.0
    if after:
        score += 0.5  # a measure word with its noun (63例确诊病例) is a statement of a statistic
    if f.kind == "duration":
        score += 1.5 if _TOOK.search(clause[: len(clause) - len(f.text)]) else 0.0
        if _ROUND_THE_CLOCK.match(f.text):
            score -= 2.0
    if breakdown:
        score -= 1.5
    if not after and label.endswith(_PLACE_SUFFIX):
        score -= 2.5  # 松山区3例: a breakdown by district
    if re.search(r"共|累计|累計|总|總|全部|全员|全員", clause):
        score += 0.5
    if not label:
        score -= 2.0
    if f.approx:
        score += 0.3
    return score


def key_statistics(article: Article, figures: list[PlacedFigure], limit: int = MAX_STATS) -> list[KeyStat]:
    """Rank the body figures and keep the ``limit`` a reader most wants, in reading order within each kind."""
    paragraphs = {(si, pi): text for si, pi, text in article.paragraphs()}
    body = [p for p in figures if p.where == "body" and p.section is not None and p.paragraph is not None]
    candidates: list[tuple[float, int, KeyStat]] = []
    first_date_seen = False
    labels: dict[int, str] = {}
    for order, placed in enumerate(body):
        f = placed.figure
        text = paragraphs[(placed.section, placed.paragraph)]

        def same_paragraph(o: int, here: PlacedFigure = placed) -> bool:
            return 0 <= o < len(body) and (body[o].section, body[o].paragraph) == (
                here.section,
                here.paragraph,
            )

        previous_end = body[order - 1].figure.end if same_paragraph(order - 1) else 0
        next_start = body[order + 1].figure.start if same_paragraph(order + 1) else len(text)
        floor = max(_clause_start(text, f.start, 0), previous_end)
        after_label = ""
        if f.kind in ("count", "money", "number") and (
            f.unit not in _NOUN_UNITS or text.startswith("的", f.end)
        ):
            after_label = _label_after(text, f.end, next_start)
            if not after_label and next_start == f.end and same_paragraph(order + 1):
                # 17轮200多万人次的社会面核酸检测: chained figures share the noun after the chain.
                nxt = body[order + 1].figure
                after_label = _label_after(text, nxt.end, len(text))
        label = after_label or _label_before(text, f.start, floor) or _clause_tail(text, f.start, floor)
        if (
            not label
            and previous_end
            and text[previous_end : f.start] in ("计", "合计", "共计", "價值", "价值")
        ):
            label = labels.get(order - 1, "")  # 捐款149笔计2469452元: the sum belongs to the same thing
        labels[order] = label
        if f.kind in ("time", "ordinal"):
            continue
        if f.kind == "date":
            if first_date_seen:
                continue
            first_date_seen = True
            label = _label_after(text, f.end, next_start) or label or "日期"
        elif f.kind == "count" and f.value is not None and f.value <= 3 and not f.text[0].isdigit():
            continue  # 两例, 三区: small spelled-out counts are prose, not statistics
        sentence = _sentence(text, f.start, f.end)
        before_in_sentence = text[max(0, text.rfind("。", 0, f.start)) : f.start]
        breakdown = "其中" in before_in_sentence and not after_label
        score = _score(placed, label, bool(after_label), text[floor : f.end], breakdown)
        stat = KeyStat(
            label=label or f.text,
            text=f.text,
            value=f.value,
            unit=f.unit,
            kind=f.kind,
            section=placed.section,
            paragraph=placed.paragraph,
            start=f.start,
            end=f.end,
            sentence=sentence,
            approx=f.approx,
        )
        candidates.append((score, order, stat))
    best: dict[tuple, tuple[float, int, KeyStat]] = {}
    for score, order, stat in candidates:
        key = (stat.kind, stat.value, stat.unit) if stat.value is not None else (stat.kind, stat.text)
        if key not in best or score > best[key][0]:
            best[key] = (score, order, stat)
    # The same quantity said twice, once without its unit (400多万 … 400万人), is one statistic.
    with_unit = {(k[0], k[1]) for k in best if len(k) == 3 and k[2]}
    for key in [k for k in best if len(k) == 3 and not k[2] and (k[0], k[1]) in with_unit]:
        del best[key]
    ranked = sorted(best.values(), key=lambda c: -c[0])[:limit]
    kind_order = {"date": 0, "count": 1, "money": 2, "percent": 3, "ratio": 4, "duration": 5, "number": 6}
    ranked.sort(key=lambda c: (kind_order.get(c[2].kind, 9), c[1]))
    return [stat for _, _, stat in ranked]
