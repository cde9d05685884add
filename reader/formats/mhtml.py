"""MHTML (a page saved as "Web page, single file"): a MIME message whose first text/html part is the page.

The standard library's ``email`` package undoes quoted-printable and base64; the part's own charset (from its
Content-Type header) is the page's charset unless the page's bytes carry a BOM.
"""

from __future__ import annotations

import email
import email.policy
from email.message import Message

from reader.errors import ReaderError
from reader.formats.document import Document
from reader.formats.html import MAX_HTML_BYTES, html_document
from reader.textio import text_codec

MAX_PARTS = 5000  # a saved page has its pictures and styles as parts; more is not a page


def _charset(part: Message) -> str | None:
    name = part.get_content_charset()
    if not name:
        return None
    try:
        return text_codec(name)
    except ReaderError:
        return None


def mhtml_document(data: bytes, encoding: str | None = None) -> Document:
    """The article of an MHTML file: its first text/html part through the HTML path."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    html_part: Message | None = None
    for count, part in enumerate(message.walk()):
        if count > MAX_PARTS:
            raise ReaderError("The saved page has too many parts to be a web page.", "malformed")
        if part.get_content_type() == "text/html":
            html_part = part
            break
    if html_part is None:
        raise ReaderError("The saved page (MHTML) holds no HTML page.", "malformed")
    payload = html_part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise ReaderError("The saved page (MHTML) is empty.", "empty")
    if len(payload) > MAX_HTML_BYTES:
        raise ReaderError("The web page is too large for the reader.", "too_large")
    return html_document(payload, encoding, _charset(html_part))
