"""The one exception type the core raises for bad input, and how any failure maps to a message code."""

from __future__ import annotations

# Every code a ReaderError may carry; the window has a translated sentence for each (a test checks).
CODES = (
    "empty",  # the file has no text
    "binary",  # not a text file
    "undecodable",  # no supported encoding decodes it
    "not_chinese",  # decodes, but not to Chinese text
    "bad_bom",  # a byte order mark that lies; detail: the encoding it names
    "unknown_encoding",  # detail: the encoding asked for
    "not_found",  # detail: the path
    "permission",  # detail: the path
    "is_directory",  # detail: the path
    "not_regular",  # a device, FIFO or socket, not a regular file; detail: the path
    "too_large",  # above the size the reader accepts; detail: the path
    "unreadable",  # any other failure to read; detail: the path
    "encrypted",  # a PDF or Word file locked with a password
    "malformed",  # a PDF, Word file or web page too damaged to read
    "no_text",  # a PDF without a text layer (a scan)
    "unsupported",  # a format the reader does not read (Word 97 .doc, a zip that is not a .docx)
)
# Not the input's fault but a bug: the window says so in general terms, the log has the detail.
INTERNAL = "internal"


class ReaderError(Exception):
    """Input the reader cannot use.

    ``str(error)`` is an English sentence for the command line; ``code`` (one of :data:`CODES`) and ``detail``
    let the window say the same in the user's language.
    """

    def __init__(self, message: str, code: str = "unreadable", detail: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.detail = detail


def classify(error: object) -> tuple[str, str]:
    """(code, detail) for any failure: a ReaderError keeps its own; the operating system's errors about a file
    get the code the core would have given; anything else is :data:`INTERNAL`, whose text is never shown
    (it is English and means nothing to the reader) but logged."""
    if isinstance(error, ReaderError):
        return (error.code if error.code in CODES else INTERNAL), error.detail
    if isinstance(error, OSError) and error.filename is not None:
        path = str(error.filename)
        if isinstance(error, FileNotFoundError):
            return "not_found", path
        if isinstance(error, PermissionError):
            return "permission", path
        if isinstance(error, IsADirectoryError):
            return "is_directory", path
        return "unreadable", path
    if isinstance(error, MemoryError):
        return "too_large", ""
    return INTERNAL, ""


def is_expected(error: object) -> bool:
    """True for failures that are the input's, not the program's: logged as one line, not a traceback."""
    return classify(error)[0] != INTERNAL
