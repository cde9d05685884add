"""Article → HTML for the Qt text browser: anchors for navigation, a span per figure, everything escaped.

Anchors: ``title``, ``s{section}`` on each heading, ``p{section}-{paragraph}`` on each paragraph; figures are
links ``fig:{index}`` (index into the analysis' figure list) with a class per kind, so the view can colour them
with a style sheet per theme and route clicks itself.  Text from the file is always escaped.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape

from reader.analysis import Analysis
from reader.figures import PlacedFigure

FIGURE_KINDS = ("count", "date", "time", "duration", "money", "percent", "ratio", "ordinal", "number")


def _with_figures(text: str, figures: list[tuple[int, PlacedFigure]]) -> str:
    out: list[str] = []
    last = 0
    for index, placed in sorted(figures, key=lambda item: item[1].figure.start):
        f = placed.figure
        out.append(escape(text[last : f.start]))
        out.append(f'<a href="fig:{index}" class="fig fig-{f.kind}">{escape(text[f.start : f.end])}</a>')
        last = f.end
    out.append(escape(text[last:]))
    return "".join(out)


def paragraph_anchor(section: int, paragraph: int) -> str:
    """The anchor name of a body paragraph."""
    return f"p{section}-{paragraph}"


def section_anchor(section: int) -> str:
    """The anchor name of a section heading (the lede's is ``s0``)."""
    return f"s{section}"


def render_article(analysis: Analysis) -> str:
    """The article body as an HTML fragment (the view wraps it and applies the theme's style sheet)."""
    article = analysis.article
    placed: dict[tuple[str, int | None, int | None], list[tuple[int, PlacedFigure]]] = defaultdict(list)
    for index, p in enumerate(analysis.figures):
        placed[(p.where, p.section, p.paragraph)].append((index, p))
    html: list[str] = []
    if article.title:
        html.append(
            f'<h1 class="title"><a name="title"></a>{_with_figures(article.title, placed[("title", None, 0)])}</h1>'
        )
    if article.deck:
        html.append(f'<p class="deck">{_with_figures(article.deck, placed[("title", None, 1)])}</p>')
    meta = [escape(x) for x in (article.byline,) if x]
    if article.dateline:
        meta.append(_with_figures(article.dateline, placed[("dateline", None, None)]))
    if meta:
        html.append(f'<p class="byline">{"　".join(meta)}</p>')
    for si, section in enumerate(article.sections):
        anchor = section_anchor(si)
        if section.heading or section.number:
            if section.run_in:
                html.append(f'<a name="{anchor}"></a>')
            else:
                level = min(4, max(2, section.level + 1))
                heading = _with_figures(section.heading or "", placed[("heading", si, None)])
                number = escape(section.number or "")
                sep = "" if not number or number[-1] in "、.．）)" else " "
                html.append(
                    f'<h{level} class="heading"><a name="{anchor}"></a>'
                    f'<span class="marker">{number}</span>{sep}{heading}</h{level}>'
                )
        else:
            html.append(f'<a name="{anchor}"></a>')
        for pi, paragraph in enumerate(section.paragraphs):
            body = _with_figures(paragraph, placed[("body", si, pi)])
            html.append(f'<p class="para"><a name="{paragraph_anchor(si, pi)}"></a>{body}</p>')
        if si == 0:
            for ci, caption in enumerate(article.captions):
                html.append(f'<p class="caption">{_with_figures(caption, placed[("caption", None, ci)])}</p>')
    for note in article.notes:
        html.append(f'<p class="note">{escape(note)}</p>')
    return "\n".join(html)
