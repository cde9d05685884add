"""Word documents (.docx) with the standard library: ``zipfile`` and ``xml.etree``, no dependency.

A .docx is a zip of XML parts; the text is in ``word/document.xml``, the style names (Heading 1, 标题 1, Title)
in ``word/styles.xml``.  A zip can hold a bomb (a few kilobytes that inflate to gigabytes) or thousands of
entries, so the entry count and the inflated size are capped and the inflated bytes are counted as they are
read, whatever the zip's directory claims.  XML with a DOCTYPE is refused (no entity expansion of any kind).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from xml.etree import ElementTree

from reader.errors import ReaderError
from reader.formats.document import Block, Document

MAX_ENTRIES = 10_000
MAX_PART_BYTES = 64 * 1024 * 1024  # inflated size of document.xml (about 10 million characters of text)
MAX_RATIO = 200  # inflated / compressed: plain XML compresses 5–20×; a bomb 1000× and more

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_NAME = re.compile(r"^(?:heading|标题|標題|見出し)\s*([1-9])$", re.IGNORECASE)


def _bad(message: str) -> ReaderError:
    return ReaderError(message, "malformed")


def _read_part(archive: zipfile.ZipFile, name: str) -> bytes | None:
    """The inflated bytes of one part, counted as they come (a lying directory cannot get past the cap)."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.flag_bits & 0x1:
        raise ReaderError("The Word document is encrypted: save it without a password first.", "encrypted")
    if info.file_size > MAX_PART_BYTES or info.file_size > MAX_RATIO * max(info.compress_size, 1) + 65536:
        raise ReaderError(
            "The Word document inflates to far more than its size (a zip bomb?); it was not opened.",
            "too_large",
        )
    out = io.BytesIO()
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(1 << 20):
                out.write(chunk)
                if out.tell() > MAX_PART_BYTES:
                    raise ReaderError("The Word document is too large for the reader.", "too_large")
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise _bad("The Word document is damaged and could not be read.") from exc
    return out.getvalue()


def _xml(data: bytes) -> ElementTree.Element:
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:65536]:
        raise _bad("The Word document holds XML with a DOCTYPE, which the reader does not open.")
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise _bad("The Word document is damaged (its XML does not parse).") from exc


def _style_levels(styles: bytes | None) -> dict[str, int]:
    """Style id → heading level (0 for the document title) from the style names and outline levels."""
    levels: dict[str, int] = {}
    if not styles:
        return levels
    for style in _xml(styles).iter(f"{_W}style"):
        sid = style.get(f"{_W}styleId", "")
        name_el = style.find(f"{_W}name")
        name = (name_el.get(f"{_W}val", "") if name_el is not None else "").strip()
        match = _HEADING_NAME.match(name) or _HEADING_NAME.match(sid)
        if match:
            levels[sid] = int(match.group(1))
        elif name.lower() in ("title", "标题", "標題") or sid.lower() == "title":
            levels[sid] = 0
        else:
            outline = style.find(f"{_W}pPr/{_W}outlineLvl")
            if outline is not None and outline.get(f"{_W}val", "").isdigit():
                levels[sid] = int(outline.get(f"{_W}val", "9")) + 1
    return levels


def _paragraph_text(paragraph: ElementTree.Element) -> str:
    parts: list[str] = []
    for el in paragraph.iter():
        tag = el.tag
        if tag == f"{_W}t":
            parts.append(el.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == f"{_W}delText":
            continue  # text deleted with track changes on is not the document's text
    return "".join(parts)


def _level(paragraph: ElementTree.Element, levels: dict[str, int]) -> int | None:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    if style is not None and style.get(f"{_W}val", "") in levels:
        return levels[style.get(f"{_W}val", "")]
    outline = paragraph.find(f"{_W}pPr/{_W}outlineLvl")
    if (
        outline is not None
        and outline.get(f"{_W}val", "").isdigit()
        and int(outline.get(f"{_W}val", "9")) < 9
    ):
        return int(outline.get(f"{_W}val", "0")) + 1
    return None


def _cell_text(cell: ElementTree.Element) -> str:
    """A cell's paragraphs, and any table nested in it, as one line."""
    parts = []
    for child in cell:
        if child.tag == f"{_W}p":
            parts.append(_paragraph_text(child).strip())
        elif child.tag == f"{_W}tbl":
            parts.extend(_table_rows(child))
    return " ".join(p for p in parts if p)


def _table_rows(table: ElementTree.Element) -> list[str]:
    """One line per row of *table* (its own rows, not those of tables nested in its cells), cells set apart by
    an ideographic space."""
    rows = []
    for row in table.findall(f"{_W}tr"):
        cells = [_cell_text(cell) for cell in row.findall(f"{_W}tc")]
        if any(cells):
            rows.append("\u3000".join(cells))
    return rows


def docx_document(data: bytes) -> Document:
    """Paragraphs, headings (by style) and tables (a line per row) of a .docx file."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zlib.error, ValueError, EOFError) as exc:
        raise _bad("The Word document is damaged (not a readable zip file).") from exc
    with archive:
        if len(archive.infolist()) > MAX_ENTRIES:
            raise ReaderError("The Word document has too many parts to open.", "too_large")
        body_xml = _read_part(archive, "word/document.xml")
        if body_xml is None:
            raise ReaderError("This zip file is not a Word document (no word/document.xml).", "unsupported")
        levels = _style_levels(_read_part(archive, "word/styles.xml"))
    body = _xml(body_xml).find(f"{_W}body")
    if body is None:
        raise _bad("The Word document has no body.")
    title = ""
    blocks: list[Block] = []
    for element in body:
        if element.tag == f"{_W}p":
            text = _paragraph_text(element).strip()
            if not text:
                continue
            level = _level(element, levels)
            if level == 0 and not title and not blocks:
                title = text
            elif level is not None and level <= 3 and len(text) <= 80:
                if level == 1 and not title and not blocks:
                    title = text  # a document that opens with Heading 1 names itself with it
                else:
                    blocks.append(Block("heading", text))
            else:
                blocks.append(Block("paragraph", text))
        elif element.tag == f"{_W}tbl":
            blocks.extend(Block("paragraph", row) for row in _table_rows(element))
    if not title and not blocks:
        raise ReaderError("The Word document has no text to show.", "empty")
    return Document(title, (), tuple(blocks), "docx")
