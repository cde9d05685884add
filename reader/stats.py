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
_CLAUSE_END = set("，,。；;：:！？!?（）()“”\"「」『』《》【】\n")
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
_KIND_BASE = {"money": 6.0, "percent": 6.0, "ratio": 4.0, "count": 3.0, "duration": 2.5, "number": 1.0, "date": 4.0}


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


def _label_after(text: str, end: int) -> str:
    i = end
    if text.startswith("的", i):
        i += 1
    out = []
    while i < len(text) and len(out) < 10:
        char = text[i]
        if char in _CLAUSE_END or not (_is_cjk(char) or char == "、") or char.isdigit():
            break
        if any(text.startswith(stop, i) for stop in _AFTER_STOPS) and len(out) >= 2:
            break
        out.append(char)
        i += 1
    label = "".join(out).strip("、")
    return label if len(label) >= 2 and not label[0] in "的了着" else ""


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


def _score(placed: PlacedFigure, label: str, after: bool, clause: str) -> float:
    f = placed.figure
    score = _KIND_BASE.get(f.kind, 0.0)
    if f.value is not None and f.kind in ("count", "money", "number", "duration"):
        score += min(3.0, math.log10(max(1.0, float(f.value))))
    if f.kind == "count" and not f.unit:
        score -= 1.5
    if not after and label.endswith(_PLACE_SUFFIX):
        score -= 2.5  # 松山区3例: a breakdown by district
    if "其中" in clause and not after:
        score -= 1.0
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
    candidates: list[tuple[float, int, KeyStat]] = []
    first_date_seen = False
    for order, placed in enumerate(figures):
        f = placed.figure
        if placed.where != "body" or placed.section is None or placed.paragraph is None:
            continue
        if f.kind in ("time", "ordinal"):
            continue
        text = paragraphs[(placed.section, placed.paragraph)]
        if f.kind == "date":
            if first_date_seen:
                continue
            first_date_seen = True
        elif f.kind == "count" and f.value is not None and f.value <= 3 and not f.text[0].isdigit():
            continue  # 两例, 三区: small spelled-out counts are prose, not statistics
        floor = _clause_start(text, f.start, 0)
        after_label = _label_after(text, f.end) if f.kind in ("count", "money", "number") else ""
        label = after_label or _label_before(text, f.start, floor)
        if f.kind == "date" and not label:
            label = _label_after(text, f.end) or "日期"
        clause = text[floor : f.end]
        score = _score(placed, label, bool(after_label), clause)
        candidates.append(
            (
                score,
                order,
                KeyStat(
                    label=label or f.text,
                    text=f.text,
                    value=f.value,
                    unit=f.unit,
                    kind=f.kind,
                    section=placed.section,
                    paragraph=placed.paragraph,
                    start=f.start,
                    end=f.end,
                    sentence=_sentence(text, f.start, f.end),
                    approx=f.approx,
                ),
            )
        )
    best: dict[tuple, tuple[float, int, KeyStat]] = {}
    for score, order, stat in candidates:
        key = (stat.kind, stat.value, stat.unit) if stat.value is not None else (stat.kind, stat.text)
        if key not in best or score > best[key][0]:
            best[key] = (score, order, stat)
    ranked = sorted(best.values(), key=lambda c: -c[0])[:limit]
    kind_order = {"date": 0, "count": 1, "money": 2, "percent": 3, "ratio": 4, "duration": 5, "number": 6}
    ranked.sort(key=lambda c: (kind_order.get(c[2].kind, 9), c[1]))
    return [stat for _, _, stat in ranked]
