"""The window's pipeline without a window: open → analyse → convert → paginate, with typed results."""

from __future__ import annotations

from reader.paths import SEED_ARTICLE, resource_path
from reader.pipeline import (
    PREVIEW_BYTES,
    Converted,
    Opened,
    Previewed,
    convert_document,
    file_size,
    open_document,
    preview_document,
)


def test_open_then_convert_a_document(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    path = str(resource_path(SEED_ARTICLE))
    opened = open_document(path, None, "none", True)
    assert (
        isinstance(opened, Opened) and opened.fresh and opened.variant == "none" and len(opened.digest) > 16
    )
    assert opened.shown.analysis is opened.source and opened.source.article.title.startswith("赤峰")
    converted = convert_document(opened.source, "s2t", True)
    assert isinstance(converted, Converted) and converted.variant == "s2t"
    assert "有大愛" in converted.shown.analysis.article.title
    assert len(converted.shown.analysis.figures) == len(opened.source.figures)


def test_a_long_document_is_previewed_from_its_beginning(tmp_path) -> None:
    seed = resource_path(SEED_ARTICLE).read_text(encoding="utf-8")
    long_file = tmp_path / "long.txt"
    long_file.write_text("\n\n".join([seed] * 120), encoding="utf-8")
    assert file_size(str(long_file)) > PREVIEW_BYTES and file_size(str(tmp_path / "missing")) == 0
    preview = preview_document(str(long_file), None, "s2t", False)
    assert isinstance(preview, Previewed) and preview.variant == "s2t"
    shown_chars = sum(len(p) for _, _, p in preview.shown.analysis.article.paragraphs())
    assert 0 < shown_chars < PREVIEW_BYTES and "有大愛" in preview.shown.analysis.article.title
