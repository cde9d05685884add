"""The whole pure pipeline in one call: bytes → text → Article → figures → key statistics."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from reader.article import parse_article
from reader.figures import article_figures
from reader.formats import EngineInput, document_text
from reader.model import Analysis
from reader.stats import key_statistics, timeline
from reader.textio import read_bytes

if TYPE_CHECKING:
    from reader.cache import AnalysisCache


def analyse_text(
    text: str,
    encoding: str = "utf-8",
    path: str = "",
    title: str | None = None,
    roles: tuple[tuple[str, str], ...] = (),
    marked: bool = False,
) -> Analysis:
    """Analyse already-decoded text (*title*, *roles*, *marked*: what the file's format says of its structure,
    see ``reader.article.parse._build``)."""
    article = parse_article(text, encoding, title, roles, marked)
    figures = article_figures(article)
    return Analysis(
        article,
        tuple(figures),
        tuple(key_statistics(article, figures)),
        path,
        tuple(timeline(article, figures)),
    )


def analyse_bytes(data: bytes, encoding: str | None = None, path: str = "") -> Analysis:
    """Decode and analyse raw file bytes of any format the reader opens (text, web page, MHTML, PDF, Word),
    decided by their content (raises ReaderError for unusable input)."""
    source = document_text(data, encoding, os.path.basename(path))
    return analyse_text(source.text, source.encoding, path, source.title, source.roles, source.marked)


def analyse_file(path: str | Path, encoding: str | None = None) -> Analysis:
    """Read, decode and analyse a file (raises ReaderError with a message for the user)."""
    return analyse_bytes(read_bytes(path), encoding, str(path))


def file_text(path: str | os.PathLike[str], encoding: str | None = None) -> EngineInput:
    """What the engine reads for the file at *path*, whatever its format (for ``--explain``)."""
    return document_text(read_bytes(path), encoding, os.path.basename(os.fspath(path)))


def open_analysis(
    path: str | os.PathLike[str], encoding: str | None = None, cache: AnalysisCache | None = None
) -> tuple[Analysis, str, bool]:
    """The analysis of *path* as the window and ``--export`` both get it: (analysis, content digest, fresh).

    The file is read once; its content hash finds a stored analysis in *cache*, or the bytes are analysed
    (*fresh* is then True, and the digest is what ``AnalysisCache.store`` needs to file the result under the
    content that was actually analysed, even if the file changes meanwhile).  Raises ReaderError.
    """
    from reader.cache import content_digest

    data = read_bytes(path)
    digest = content_digest(data)
    name = os.fspath(path)
    if cache is not None:
        stored = cache.load_digest(digest, encoding, name)
        if stored is not None:
            return stored, digest, False
    return analyse_bytes(data, encoding, name), digest, True
