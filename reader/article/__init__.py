"""The article model and the parser that rebuilds it from raw text."""

from reader.article.model import Article, Section
from reader.article.parse import parse_article

__all__ = ["Article", "Section", "parse_article"]
