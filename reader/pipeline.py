"""The document pipeline the window runs in the background: open → analyse → convert → paginate.

Pure (no Qt), so each stage can be tested and reused without a window; each stage returns a typed result the
window dispatches on (reader.ui.main_window), instead of a tuple whose order both sides must remember.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.model import Analysis
from reader.progress import Report
from reader.render import ArticleRenderer
from reader.variants import ORIGINAL

PREVIEW_BYTES = 300_000  # a file larger than this shows its beginning while the whole is analysed
PREVIEW_PAGE_CHARS = 10_000  # short pages for the preview: laid out while the whole file is analysed


@dataclass(frozen=True, slots=True)
class Opened:
    """A whole document read and analysed, prepared for the screen in *variant*."""

    source: Analysis  # the analysis of the text as written
    shown: ArticleRenderer  # what goes on screen (the source in *variant*)
    path: str
    encoding: str | None  # the encoding asked for; None: detected
    digest: str  # content hash of the bytes analysed (the cache, positions and notes are keyed by it)
    fresh: bool  # analysed now, not read from the cache: worth storing
    variant: str


@dataclass(frozen=True, slots=True)
class Previewed:
    """The beginning of a long document, shown while the whole is analysed."""

    shown: ArticleRenderer
    path: str
    variant: str


@dataclass(frozen=True, slots=True)
class Converted:
    """The document on screen prepared again: in another variant, or with other view options."""

    variant: str
    shown: ArticleRenderer


def in_variant(analysis: Analysis, variant: str, report: Report | None = None) -> Analysis:
    """*analysis* shown in *variant*; the converter is only loaded when there is something to convert."""
    if variant == ORIGINAL:
        return analysis
    from reader.convert import convert_analysis

    return convert_analysis(analysis, variant, report=report)


def open_document(path: str, encoding: str | None, variant: str, wide: bool) -> Opened:
    """Read *path* once: its content hash finds a stored analysis, or the bytes are analysed (and the result is
    marked fresh, to be stored under the digest of the bytes actually analysed).  Raises ReaderError."""
    from reader.analysis import open_analysis
    from reader.cache import AnalysisCache

    source, digest, fresh = open_analysis(path, encoding, AnalysisCache())
    shown = ArticleRenderer(in_variant(source, variant), wide_punctuation=wide)
    return Opened(source, shown, path, encoding, digest, fresh, variant)


def preview_document(path: str, encoding: str | None, variant: str, wide: bool) -> Previewed:
    """The first PREVIEW_BYTES of *path* (cut at a line end) analysed on their own, in short pages."""
    from reader.analysis import analyse_bytes

    with open(path, "rb") as handle:
        head = handle.read(PREVIEW_BYTES)
    cut = head.rfind(b"\n")
    analysis = analyse_bytes(head[: cut if cut > 0 else len(head)], encoding, path)
    return Previewed(ArticleRenderer(in_variant(analysis, variant), PREVIEW_PAGE_CHARS, wide), path, variant)


def convert_document(source: Analysis, variant: str, wide: bool, report: Report | None = None) -> Converted:
    """*source* prepared in *variant*; *report* hears the conversion's progress (and may cancel it)."""
    return Converted(variant, ArticleRenderer(in_variant(source, variant, report), wide_punctuation=wide))


def store_analysis(path: str, encoding: str | None, analysis: Analysis, digest: str) -> None:
    """File *analysis* in the cache under *digest* (the bytes it was made from)."""
    from reader.cache import AnalysisCache

    AnalysisCache().store(path, encoding, analysis, digest)


def file_size(path: str) -> int:
    """The size of *path* in bytes; 0 when it cannot be read (opening will say why)."""
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0
