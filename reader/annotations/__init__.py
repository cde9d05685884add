"""Reading memory: bookmarks, highlights, notes and figure marks that stay on their words.

Pure Python (no Qt).  ``model`` holds the frozen records, ``anchor`` the flat text of an article and the
re-anchoring of a text-quote selector, ``variant_map`` carries original offsets to a converted variant,
``exchange`` exports to Markdown/JSON and imports JSON, ``store`` keeps everything in one SQLite database.
"""

from reader.annotations.anchor import FlatText, anchor, make_selector, reanchor_all
from reader.annotations.model import COLOURS, KINDS, MARKS, STATUSES, Annotation, TextQuote, new_annotation

__all__ = [
    "COLOURS",
    "KINDS",
    "MARKS",
    "STATUSES",
    "Annotation",
    "FlatText",
    "TextQuote",
    "anchor",
    "make_selector",
    "new_annotation",
    "reanchor_all",
]
