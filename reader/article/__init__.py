"""The article model and the parser that rebuilds it from raw text.

The parser is imported on first use, so code that only handles articles (the window, a cached analysis) does
not pay for compiling its patterns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.article.model import Article, Section

if TYPE_CHECKING:
    from reader.article.parse import explain_structure, parse_article

__all__ = ["Article", "Section", "explain_structure", "parse_article"]


def __getattr__(name: str):
    if name in ("parse_article", "explain_structure"):
        from reader.article import parse

        return getattr(parse, name)
    raise AttributeError(name)
