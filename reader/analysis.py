"""The whole pure pipeline in one call: bytes → text → Article → figures → key statistics."""

from __future__ import annotations

from pathlib import Path

from reader.article import parse_article
from reader.figures import article_figures
from reader.model import Analysis
from reader.stats import key_statistics, timeline
from reader.textio import decode, read_file


def analyse_text(text: str, encoding: str = "utf-8", path: str = "") -> Analysis:
    """Analyse already-decoded text."""
    article = parse_article(text, encoding)
    figures = article_figures(article)
    return Analysis(
        article,
        tuple(figures),
        tuple(key_statistics(article, figures)),
        path,
        tuple(timeline(article, figures)),
    )


def analyse_bytes(data: bytes, encoding: str | None = None, path: str = "") -> Analysis:
    """Decode and analyse raw file bytes (raises ReaderError for unusable input)."""
    decoded = decode(data, encoding)
    return analyse_text(decoded.text, decoded.encoding, path)


def analyse_file(path: str | Path, encoding: str | None = None) -> Analysis:
    """Read, decode and analyse a file (raises ReaderError with a message for the user)."""
    decoded = read_file(path, encoding)
    return analyse_text(decoded.text, decoded.encoding, str(path))
