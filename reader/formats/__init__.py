"""One place that decides what a file is, by its content, and turns it into the engine's input text.

``sniff`` looks at the bytes (a PDF starts with ``%PDF-``, a Word document is a zip holding
``word/document.xml``, an MHTML file is a MIME message with a text/html part, a web page starts with markup);
the name's extension only breaks a tie for markup-like text.  ``document_text`` hands the bytes to the one
adapter for that kind; every adapter ends in the same plain text (``reader.formats.document.engine_text``), so
the window, ``--export json`` and ``--screenshot`` read every format through one engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.errors import ReaderError
from reader.textio import decode

TEXT, HTML, MHTML, PDF, DOCX = "text", "html", "mhtml", "pdf", "docx"
KINDS = (TEXT, HTML, MHTML, PDF, DOCX)
# What the Open dialog offers (the dialog's "All files" still opens anything: the content decides).
PATTERNS = {
    TEXT: ("*.txt", "*.text", "*.md"),
    HTML: ("*.html", "*.htm", "*.xhtml", "*.shtml"),
    MHTML: ("*.mht", "*.mhtml"),
    PDF: ("*.pdf",),
    DOCX: ("*.docx",),
}
_MARKUP = re.compile(
    rb"^(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|\?xml[^>]*>\s*<(?:!doctype\s+)?html)",
    re.IGNORECASE | re.DOTALL,
)
_TAGS = re.compile(rb"<(?:p|div|br|span|a|table|h[1-6]|article|section)[\s>/]", re.IGNORECASE)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True, slots=True)
class EngineInput:
    """The engine's input: the text, what it was read as (a text encoding, or ``pdf``/``docx``/``html``), and
    the headline when the format names it (then it is the text's first line)."""

    text: str
    encoding: str
    title: str | None = None
    roles: tuple[tuple[str, str], ...] = ()  # (line, "caption", "heading" or "note") as the format marks them
    marked: bool = False  # blank lines are the format's own paragraph breaks (never joined across)


def _strip_bom(head: bytes) -> bytes:
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            head = head[len(bom) :]
            if bom != b"\xef\xbb\xbf":
                head = head.replace(b"\x00", b"")  # UTF-16: the ASCII of the markup is what we look for
            return head
    return head


def sniff(data: bytes, name: str = "") -> str:
    """The kind of *data*: one of KINDS.  Content first; *name*'s extension only for markup-like text."""
    head = data[:8192]
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return DOCX  # the adapter says so clearly when the zip is not a Word document
    if head.startswith(_OLE):
        return DOCX  # Word 97 or an encrypted .docx: refused with a message by the adapter
    lowered = head.lower()
    if (
        lowered.startswith(
            (b"from:", b"mime-version:", b"content-type:", b"subject:", b"date:", b"message-id:")
        )
        and b"multipart/related" in lowered
        and b"text/html" in data[: 1 << 20].lower()
    ):
        return MHTML
    stripped = _strip_bom(head)
    if _MARKUP.match(stripped):
        return HTML
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if suffix in ("html", "htm", "xhtml", "shtml") and len(_TAGS.findall(stripped)) >= 2:
        return HTML
    if stripped.lstrip().startswith(b"<") and len(_TAGS.findall(stripped)) >= 5:
        return HTML  # a fragment of a page (a clipboard dump saved as .txt)
    return TEXT


def document_text(data: bytes, encoding: str | None = None, name: str = "") -> EngineInput:
    """The engine's input for *data* of any kind: the text, and the encoding (or format) it was read as.

    *encoding* forces a text codec for text and web pages; PDF and Word files carry their own.  Raises
    ReaderError with a message for the user for anything unusable.
    """
    kind = sniff(data, name)
    if kind == TEXT:
        decoded = decode(data, encoding)
        return EngineInput(decoded.text, decoded.encoding)
    from reader.formats.document import clean_line, engine_text

    if kind == HTML:
        from reader.formats.html import html_document

        document = html_document(data, encoding)
    elif kind == MHTML:
        from reader.formats.mhtml import mhtml_document

        document = mhtml_document(data, encoding)
    elif kind == PDF:
        from reader.formats.pdf import pdf_document

        document = pdf_document(data)
    else:
        if data.startswith(_OLE):
            if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
                raise ReaderError(
                    "The Word document is encrypted: save it without a password first.", "encrypted"
                )
            raise ReaderError(
                "This is an old Word (.doc) or other Office file: save it as .docx, PDF or text.",
                "unsupported",
            )
        from reader.formats.docx import docx_document

        document = docx_document(data)
    text = engine_text(document)
    if not text.strip():
        raise ReaderError("The file has no text to show.", "empty")
    roles = tuple((clean_line(b.text), b.kind) for b in document.blocks if b.kind in ("caption", "heading"))
    roles += tuple((clean_line(m), "note") for m in document.meta)
    return EngineInput(text, document.encoding, document.title.strip() or None, roles, document.marked)


def clipboard_file(html: str | None, plain: str | None) -> tuple[bytes, str]:
    """What Edit ▸ Paste as New Article keeps, as (bytes, suffix) for a file the reader then opens like any
    other: the copied page fragment (text/html from a browser) as an HTML page when it holds text, through the
    HTML path; else the plain text as UTF-8 text, through the text path.  ReaderError when there is no text."""
    if html and html.strip():
        from reader.formats.document import engine_text
        from reader.formats.html import html_text_document

        try:
            has_text = bool(engine_text(html_text_document(html)).strip())
        except ReaderError:
            has_text = False
        if has_text:
            page = (
                html if html.lstrip().lower().startswith(("<!doctype", "<html")) else f"<html>{html}</html>"
            )
            return ('<meta charset="utf-8">\n' + page).encode("utf-8", "surrogatepass"), ".html"
    if plain and plain.strip():
        return plain.encode("utf-8", "surrogatepass"), ".txt"
    raise ReaderError("The clipboard holds no text.", "empty")
