"""The article model and the parser that rebuilds it from raw text.

The parser is imported on first use, so code that only handles articles (the window, a cached analysis) does
not pay for compiling its patterns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.article.model import Article, Section

if TYPE_CHECKING:
    from reader.article.parse import parse_article

__all__ = ["Article", "Section", "parse_article"]


def __getattr__(name: str):
    if name == "parse_article":
        from reader.article.parse import parse_article

        return parse_article
    raise AttributeError(name)
