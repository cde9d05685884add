"""The one exception type the core raises for bad input."""

from __future__ import annotations


class ReaderError(Exception):
    """Input the reader cannot use.

    ``str(error)`` is an English sentence for the command line; ``code`` and ``detail`` let the window say the
    same in the user's language (codes: empty, binary, undecodable, not_chinese, bad_bom, unknown_encoding,
    not_found, permission, is_directory, not_regular, too_large, unreadable).
    """

    def __init__(self, message: str, code: str = "unreadable", detail: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.detail = detail
