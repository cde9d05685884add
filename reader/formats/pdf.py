"""Text PDFs with pypdfium2 (PDFium, the engine of Chrome's viewer; BSD/Apache wheels with no other dependency).

PDFium gives each character and its box.  A page of a printed layout breaks every paragraph into lines, repeats
a running header (the paper's name and date) and a page number on every page, and often maps CJK glyphs to
Kangxi radicals (⼀ U+2F00 for 一) or compatibility ideographs.  So: lines are rebuilt from the characters;
lines repeated at the top or bottom of the pages and page numbers are dropped; a paragraph ends where the next
line is indented, the line is short, the gap above the next line is wider than the leading, or the type size
changes; a paragraph that runs on at the end of a page continues on the next; the radicals are folded to the
ideographs the rest of the text uses.  A PDF without any text layer (a scan) gets a clear message.
"""

from __future__ import annotations

import itertools
import re
import statistics
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass

from reader.errors import ReaderError
from reader.formats.document import Block, Document

MAX_PAGES = 3000
_LOCK = threading.Lock()  # PDFium is not thread-safe; the window may open two files at once


# CJK Radicals Supplement (U+2E81–U+2EF3) → the equivalent unified ideograph, as pairs, from the Unicode
# Character Database's EquivalentUnifiedIdeograph.txt (NFKC folds only two of them; fonts such as Noto CJK map
# 青 风 黄 见 民 to these forms, so PDFs made with them extract ⻘ ⻛ ⻩ ⻅ ⺠).
_RADICAL_PAIRS = "⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺇𠘨⺈刀⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺑𡯂⺒巳⺓幺⺔彑⺕彐⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王⺪𤴔⺫目⺬示⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺴冗⺵𦉫⺶羊⺷𦍌⺸𦍋⺹耂⺺肀⺻聿⺼肉⺽𦥑⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長⻒镸⻓长⻔门⻕𨸏⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟"


def _fold_table() -> dict[int, str]:
    """Kangxi radicals, CJK radical supplement forms and compatibility ideographs → the unified ideograph
    (NFKC on those code points only: NFKC elsewhere would also fold full-width punctuation and digits)."""
    table: dict[int, str] = {
        ord(a): b for a, b in zip(_RADICAL_PAIRS[::2], _RADICAL_PAIRS[1::2], strict=True)
    }
    for start, end in ((0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)):
        for code in range(start, end + 1):
            folded = unicodedata.normalize("NFKC", chr(code))
            if folded != chr(code) and len(folded) == 1:
                table[code] = folded
    return table


FOLD = _fold_table()


def fold_compatibility(text: str) -> str:
    """*text* with Kangxi radicals and compatibility ideographs written as the ideographs they stand for."""
    return text.translate(FOLD)


@dataclass(slots=True)
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def size(self) -> float:
        return self.top - self.bottom


_PAGE_NUMBER = re.compile(
    r"^(?:[-–—·\s]*\d{1,4}[-–—·\s]*|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}"
    r"|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?|[-–—]?\s*[ivxlcdm]{1,6}\s*[-–—]?)$",
    re.IGNORECASE,
)


def _page_lines(textpage, width: float = float("inf"), height: float = float("inf")) -> list[_Line]:
    """The page's lines, rebuilt from each character's box: PDFium's own line breaks miss some (two printed
    lines come out as one when the second starts at the left margin), so a line ends where the next character
    sits on another baseline or goes back to the left.  Text drawn outside the page (a line that straddles a
    page break, painted on both pages and clipped) is not on this page."""
    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # characters outside the BMP: take them one by one so indices match the boxes
        text = "".join(textpage.get_text_range(i, 1) or " " for i in range(count))
    lines: list[_Line] = []
    chars: list[str] = []
    boxes: list[tuple[float, float, float, float]] = []

    def close() -> None:
        if boxes and "".join(chars).strip():
            lines.append(
                _Line(
                    "".join(chars).strip(),
                    min(b[0] for b in boxes),
                    max(b[2] for b in boxes),
                    statistics.median(b[3] for b in boxes),
                    statistics.median(b[1] for b in boxes),
                )
            )
        chars.clear()
        boxes.clear()

    for i in range(count):
        char = text[i]
        if char in "\r\n":
            continue
        if char.isspace():
            if chars:
                chars.append(" ")
            continue
        box = textpage.get_charbox(i, loose=True)  # the font's box: 一 and “ sit on the line like 中
        middle = (box[1] + box[3]) / 2
        if middle < 0 or middle > height or box[2] < 0 or box[0] > width:
            continue
        if boxes:
            last = boxes[-1]
            size = max(last[3] - last[1], box[3] - box[1], 1.0)
            if abs(box[1] - last[1]) > 0.5 * size or box[0] < last[0] - 2 * size:
                close()
        chars.append(char)
        boxes.append(box)
    close()
    return lines


def _furniture_keys(pages: list[list[_Line]]) -> set[str]:
    """Lines that open or close at least half the pages (two at least), digits ignored: running heads and feet."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for lines in pages:
        edge = {_key(ln.text) for ln in lines[:2] + lines[-2:]}
        seen.update(edge)
    need = max(2, (len(pages) + 1) // 2)
    return {key for key, n in seen.items() if n >= need and key}


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _small_apart(lines: list[_Line], i: int, typical: float) -> bool:
    """A running head or foot on a page of its own: the first or last line, in smaller type than the text and
    set apart from it by more than a line's space (what a single page, with nothing to repeat, still shows)."""
    line = lines[i]
    if line.size >= 0.9 * typical or len(lines) < 3:
        return False
    if i == 0:
        return line.bottom - lines[1].top > 1.0 * typical
    if i == len(lines) - 1:
        return lines[i - 1].bottom - line.top > 1.0 * typical
    return False


def _join(left: str, right: str) -> str:
    if (
        left
        and right
        and left[-1].isascii()
        and left[-1].isalnum()
        and right[0].isascii()
        and right[0].isalnum()
    ):
        return left + " " + right
    if left.endswith("-") and right[:1].isascii() and right[:1].islower():
        return left[:-1] + right
    return left + right


def pdf_document(data: bytes) -> Document:
    """The text of a text PDF as title, paragraphs and headings."""
    import pypdfium2 as pdfium

    with _LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if "password" in str(exc).lower():
                raise ReaderError(
                    "The PDF is encrypted with a password: the reader cannot open it.", "encrypted"
                ) from exc
            raise ReaderError("The PDF is damaged and could not be read.", "malformed") from exc
        try:
            if len(pdf) > MAX_PAGES:
                raise ReaderError(f"The PDF has more than {MAX_PAGES} pages.", "too_large")
            pages: list[list[_Line]] = []
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                try:
                    width, height = page.get_size()
                    pages.append(_page_lines(textpage, width, height))
                finally:
                    textpage.close()
                    page.close()
        finally:
            pdf.close()
    return _assemble(pages)


def _assemble(pages: list[list[_Line]]) -> Document:
    if not any(pages):
        raise ReaderError(
            "This PDF has no text layer (a scanned document?): the reader reads text, not pictures.",
            "no_text",
        )
    furniture = _furniture_keys(pages)
    every = [ln for lines in pages for ln in lines]
    typical = statistics.median(ln.size for ln in every) or 1.0
    body_pages: list[list[_Line]] = []
    for lines in pages:
        kept = []
        for i, line in enumerate(lines):
            at_edge = i < 2 or i >= len(lines) - 2
            if at_edge and (
                _key(line.text) in furniture
                or _PAGE_NUMBER.match(line.text)
                or _small_apart(lines, i, typical)
            ):
                continue
            kept.append(line)
        body_pages.append(kept)
    for before, after in itertools.pairwise(body_pages):
        if before and after and before[-1].text == after[0].text:
            before.pop()  # a line straddling the page break, painted (and clipped) on both pages
    body = [ln for lines in body_pages for ln in lines]
    if not body:
        raise ReaderError("The PDF has no text besides its page headers.", "no_text")
    size = statistics.median(ln.size for ln in body) or 1.0
    left = statistics.median_low(sorted(ln.x0 for ln in body)[: max(1, len(body) // 3)])
    right = sorted(ln.x1 for ln in body)[int(len(body) * 0.9)]
    spacings = [
        a.bottom - b.bottom
        for lines in body_pages
        for a, b in itertools.pairwise(lines)
        if 0 < a.bottom - b.bottom < 4 * size
    ]
    leading = statistics.median(spacings) if spacings else 1.5 * size

    paragraphs: list[tuple[str, float]] = []  # text, type size of its first line
    previous: _Line | None = None
    for lines in body_pages:
        for n, line in enumerate(lines):
            new = previous is None
            if previous is not None:
                indented = line.x0 > left + 0.8 * size
                short = previous.x1 < right - 1.5 * size
                resized = abs(line.size - previous.size) > 0.15 * max(line.size, previous.size)
                gap = n > 0 and previous.bottom - line.bottom > 1.25 * max(leading, previous.size * 1.1)
                new = indented or short or resized or gap
                full = previous.x1 > right - 2 * previous.size and previous.x0 < left + 2 * previous.size
                if not resized and line.size > 1.1 * size and not gap and full:
                    new = False  # a headline wrapped onto a second (centred) line
            if new:
                paragraphs.append((line.text, line.size))
            else:
                text, first = paragraphs[-1]
                paragraphs[-1] = (_join(text, line.text), first)
            previous = line
    title = ""
    blocks: list[Block] = []
    largest = max(s for _, s in paragraphs)
    for index, (text, first) in enumerate(paragraphs):
        text = fold_compatibility(text)
        if index == 0 and first > 1.15 * size and first >= largest * 0.95 and len(text) <= 80:
            title = text
        elif first > 1.1 * size and len(text) <= 60 and (blocks or not title):
            blocks.append(Block("heading", text))  # (a large line right under the title is its deck: the
            # parser's headline rules decide it)
        else:
            blocks.append(Block("paragraph", text))
    return Document(title, (), tuple(blocks), "pdf", marked=False)
