"""Saved web pages: the charset, then the article's main content, title, date and byline, with the standard
library's ``html.parser`` only.

Nothing is fetched and nothing runs: scripts, styles, frames and forms are dropped unread.  The main content is
found the way a reader's eye finds it: the element that holds the most running text in paragraphs (text with
sentence punctuation, few of its characters inside links) wins; navigation, menus and lists of links (text that
is mostly links), page headers and footers, share bars and comment boxes are left out.  Inside the content the
page's own structure is kept: ``<h2>``–``<h4>`` are headings, ``<p>`` and text broken by ``<br><br>`` are
paragraphs, ``<figcaption>`` is a caption, table rows are lines.

Why not trafilatura: it pulls in lxml, justext, htmldate, courlan and more (about 15 MB), and the pages a reader
saves are news pages, on which this density rule already gives the paragraphs exactly (see the README's Formats
section for the measured accuracy); a library earns its weight only where that fails.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from reader.errors import ReaderError
from reader.formats.document import Block, Document, clean_line
from reader.textio import decode, text_codec

MAX_HTML_BYTES = 64 * 1024 * 1024  # a saved page with its inline pictures (the file limit)
# The markup left once scripts, styles and inline pictures are out: html.parser reads about 1 MB a second, so this
# keeps the worst page under about ten seconds (a news page has 50–500 kB of it).
MAX_MARKUP_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 400  # deeper nesting is flattened (a hostile page of 10⁶ nested <div> stays linear)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.IGNORECASE)

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares (BOM, ``<meta charset>``, ``http-equiv`` Content-Type, XML declaration) as a
    Python codec, or None when it declares none we know."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    head = data[:8192]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").strip().lower()
    if name in ("x-user-defined", "unicode", "utf-16"):  # what a page in UTF-8 bytes claims by mistake
        name = "utf-8"
    try:
        return text_codec(name)
    except ReaderError:
        return None


def _valid_utf8(data: bytes) -> bool:
    """Whether *data* is UTF-8 with enough non-ASCII characters to tell (at least 8 multibyte sequences)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return sum(1 for c in text[:100_000] if ord(c) > 0x7F) >= 8


def decode_html(data: bytes, declared: str | None = None, forced: str | None = None) -> tuple[str, str]:
    """(text, codec) of a page: the codec the user forces, else the one declared by the container (MHTML
    headers) or the page, else the reader's own detection.  A declaration that the bytes contradict (a page that
    says utf-8 but is GBK) gives way to detection, as browsers do with repairs."""
    if forced:
        codec = text_codec(forced)
        return codecs.decode(data, codec, errors="replace"), codec
    if _valid_utf8(data):
        # A page saved by a browser is written in UTF-8 but keeps its old <meta charset=gb2312>; bytes that are
        # valid UTF-8 with many multibyte characters are UTF-8 whatever the page says (GBK text practically
        # never is).
        return data.removeprefix(codecs.BOM_UTF8).decode("utf-8"), "utf-8"
    for codec in (declared, declared_charset(data)):
        if not codec:
            continue
        for bom, _ in _BOMS:
            if data.startswith(bom):
                data = data[len(bom) :]
                break
        try:
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            pass
        text = data.decode(codec, errors="replace") if codec else ""
        if text.count("\ufffd") < max(3, len(text) // 2000):
            return text, codec  # a few damaged bytes in a page that is otherwise what it says
    decoded = decode(data)
    return decoded.text, decoded.encoding


# --- a small, forgiving tree ----------------------------------------------------------------------------------

_VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr basefont frame".split()
)
_DROP = frozenset(
    "script style noscript template svg math iframe frameset object embed canvas select textarea button "
    "nav aside head dialog video audio map".split()
)
_BLOCK = frozenset(
    "address article aside blockquote center dd details dialog dir div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main menu nav ol p pre section summary table tbody thead tfoot tr "
    "caption ul body html".split()
)
_CLOSES_P = _BLOCK - {"body", "html", "tbody", "thead", "tfoot", "tr", "caption", "dd", "dt", "li", "summary"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}
# Class or id words of page furniture: a box so named is left out whatever it holds.
_FURNITURE = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs?|footer|foot|sidebar|share|sharing|"
    r"bdshare|comments?|reply|related|recommend|relate|copyright|login|toolbar|pagination|pager|"
    r"advert|ads?|banner|hotnews|rank|ranking|sitemap|topbar|bottom)(?:$|[-_\s\d])",
    re.IGNORECASE,
)


@dataclass(eq=False, slots=True)
class _Node:
    tag: str
    attrs: dict[str, str]
    parent: _Node | None
    children: list[_Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """HTML → a tree of _Node, closing what the page leaves open the way browsers do (a new block closes an open
    ``<p>``, a new ``<li>`` the open one), ignoring stray end tags, and flattening nesting beyond MAX_DEPTH."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, None)
        self.stack: list[_Node] = [self.root]
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self._in_title = False

    def _close(self, tag: str, stop: frozenset[str] = frozenset()) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            name = self.stack[i].tag
            if name == tag:
                del self.stack[i:]
                return
            if name in stop:
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and "content" in values:
                self.meta.setdefault(key, values["content"])
        if tag == "title":
            self._in_title = True
        current = self.stack[-1]
        if tag in _CLOSES_P and self.stack[-1].tag != "a" and any(n.tag == "p" for n in self.stack[-3:]):
            self._close("p", frozenset({"div", "td", "li", "article", "section"}))
        elif tag == "li":
            self._close("li", frozenset({"ul", "ol", "menu"}))
        elif tag in ("dd", "dt"):
            self._close("dd", frozenset({"dl"}))
            self._close("dt", frozenset({"dl"}))
        elif tag in ("td", "th"):
            self._close("td", frozenset({"tr", "table"}))
            self._close("th", frozenset({"tr", "table"}))
        elif tag == "tr":
            self._close("tr", frozenset({"table"}))
        current = self.stack[-1]
        node = _Node(tag, values, current)
        current.children.append(node)
        if tag not in _VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self._close(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "p" and not any(n.tag == "p" for n in self.stack):
            self.stack[-1].children.append(_Node("br", {}, self.stack[-1]))  # </p> alone breaks like <p></p>
            return
        if tag not in _VOID:
            self._close(tag)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        self.stack[-1].children.append(data)


# --- blocks of text ---------------------------------------------------------------------------------------------


@dataclass(eq=False, slots=True)
class _Text:
    """A run of text between block boundaries: what a reader sees as one paragraph, heading or caption."""

    tag: str  # the block element it sits in (p, h2, figcaption, div, li …)
    text: str
    links: int  # characters inside links
    owner: _Node  # the block element whose text this is
    order: int


_HAN = re.compile(r"[\u3400-\u9fff]")
_SENTENCE = re.compile(r"[，。；！？、,.;:：]")
_NONSPACE = re.compile(r"\S")


def _visible(node: _Node) -> bool:
    style = node.attrs.get("style", "").replace(" ", "").lower()
    return (
        "display:none" not in style and "hidden" not in node.attrs and node.attrs.get("aria-hidden") != "true"
    )


def _plain_text(root: _Node) -> dict[int, int]:
    """For every box, how many characters of text it holds outside links (the measure that tells a page
    wrapper named ``…-nav`` from a real menu)."""
    sizes: dict[int, int] = {}
    order: list[tuple[_Node, bool]] = []
    work: list[tuple[_Node, bool]] = [(root, False)]
    while work:
        node, in_link = work.pop()
        order.append((node, in_link))
        for child in node.children:
            if isinstance(child, _Node) and child.tag not in _DROP:
                work.append((child, in_link or child.tag == "a"))
    for node, in_link in reversed(order):  # children before parents
        total = 0
        for child in node.children:
            if isinstance(child, str):
                total += 0 if in_link else len(_NONSPACE.findall(child))
            else:
                total += sizes.get(id(child), 0)
        sizes[id(node)] = total
    return sizes


def _furniture(node: _Node, inside_article: bool, plain: dict[int, int]) -> bool:
    """Whether a box is page furniture by its tag or its name (never the article itself, and never a box that
    holds more running text than a menu or a footer ever does)."""
    if node.tag in _DROP:
        return True
    if node.tag in ("header", "footer") and not inside_article:
        return plain.get(id(node), 0) < 600
    names = f"{node.attrs.get('class', '')} {node.attrs.get('id', '')}"
    if (
        node.tag in ("body", "html", "article", "main", "p")
        or "content" in names.lower()
        or "article" in names
    ):
        return False
    return bool(_FURNITURE.search(names)) and plain.get(id(node), 0) < 600


def _collect(root: _Node, furniture_too: bool = False) -> list[_Text]:
    """Every run of visible text in document order, each with the block it belongs to; with *furniture_too* the
    boxes named as page furniture are read as well (a page that is nothing else: a company's footer block)."""
    out: list[_Text] = []
    buffer: list[str] = []
    links = 0
    owners: list[_Node] = [root]
    tags: list[str] = ["div"]

    def flush() -> None:
        nonlocal links
        text = "".join(buffer)
        buffer.clear()
        for piece in re.split(r"\n[ \t\u3000\u00a0]*\n\s*", text):
            if _NONSPACE.search(piece):
                share = links * len(piece) // max(1, len(text))  # the links of a block split at <br><br>
                out.append(_Text(tags[-1], piece.strip(), share, owners[-1], len(out)))
        links = 0

    plain = _plain_text(root)
    # An explicit stack instead of recursion: nesting is bounded by MAX_DEPTH, but cheap either way.
    work: list[tuple[_Node | str, int, bool, bool]] = [(root, 0, False, False)]
    while work:
        item, phase, in_link, in_article = work.pop()
        if isinstance(item, str):
            item = item.replace("\r", " ").replace("\n", " ")  # a line break in the source is a space
            buffer.append(item)
            if in_link:
                links += len(_NONSPACE.findall(item))
            continue
        node = item
        if phase == 1:  # leaving a block
            flush()
            owners.pop()
            tags.pop()
            continue
        if (node.tag in _DROP if furniture_too else _furniture(node, in_article, plain)) or not _visible(
            node
        ):
            continue
        if node.tag == "br":
            buffer.append("\n")
            continue
        if node.tag in ("td", "th"):
            buffer.append("\u3000")
        block = node.tag in _BLOCK
        inner_article = in_article or node.tag in ("article", "main")
        inner_link = in_link or node.tag == "a"
        if block:
            flush()
            owners.append(node)
            tags.append(node.tag)
            work.append((node, 1, in_link, in_article))
        for child in reversed(node.children):
            work.append((child, 0, inner_link, inner_article))
    flush()
    return out


_CAPTION_BOX = re.compile(
    r"caption|pictext|pic_?txt|img_?desc|imgtxt|img_?title|picintro|pic_?info|photo_?desc|figure_?text",
    re.IGNORECASE,
)


# A caption says so: 图为…, 图注：…, 圖說：…, （图片来源…）
_CAPTION_TEXT = re.compile(r"^[（(]?(?:图|圖)(?:为|為|注|註|说|說|片|\s*\d+\s*[：:])")
_DISCUSSION = re.compile(r"comment|reply|replies|guestbook|discuss|forum-post|respond", re.IGNORECASE)


def _has_picture(node: _Node, depth: int = 0) -> bool:
    if node.tag == "img":
        return True
    return depth < 4 and any(isinstance(c, _Node) and _has_picture(c, depth + 1) for c in node.children)


def _under_picture(run: _Text, per_box: dict[int, int]) -> bool:
    """The one short text in a box (a table cell, a div) that also holds a picture: the picture's caption."""
    box = run.owner.parent or run.owner
    return (
        per_box.get(id(box)) == 1  # first: it keeps the picture search to boxes of one text
        and run.tag not in _HEADINGS
        and _length(run.text) <= 80
        and box.tag in ("td", "div", "figure", "center", "span")
        and _has_picture(box)
    )


def _names(node: _Node) -> str:
    return f"{node.attrs.get('class', '')} {node.attrs.get('id', '')}"


def _length(text: str) -> int:
    return len(_NONSPACE.findall(text))


def _is_running_text(run: _Text) -> bool:
    """A paragraph of the article rather than a menu entry, a link or a label."""
    size = _length(run.text)
    if size < 10 or run.links > 0.3 * size or run.tag in _HEADINGS:
        return False
    return bool(_SENTENCE.search(run.text)) or size >= 40


def _ancestors(node: _Node) -> list[_Node]:
    chain = []
    current: _Node | None = node
    while current is not None:
        chain.append(current)
        current = current.parent
    return chain


def _content_root(runs: list[_Text]) -> _Node | None:
    """The element holding the article: paragraph text counts fully for the box that holds it, half for the box
    around that, a quarter one level further (the rule of readability-style extractors)."""
    scores: dict[int, float] = {}
    nodes: dict[int, _Node] = {}
    for run in runs:
        if not _is_running_text(run):
            continue
        weight = _length(run.text) + 10 * len(_SENTENCE.findall(run.text)[:10])
        owner = run.owner if run.tag not in ("p", "li", "dd", "blockquote", "pre") else run.owner.parent
        level = 0
        current = owner
        while current is not None and level < 3:
            nodes[id(current)] = current
            scores[id(current)] = scores.get(id(current), 0.0) + weight / (1, 2, 4)[level]
            current = current.parent
            level += 1
    if not scores:
        return None
    for key, node in nodes.items():
        if any(_DISCUSSION.search(_names(n)) for n in _ancestors(node)[:6]):
            scores[key] *= 0.2  # readers' comments are running text too, but not the article
    return nodes[max(scores, key=lambda k: scores[k])]


_DATE = re.compile(r"(?:19|20)\d{2}\s*(?:[-/.年]\s*\d{1,2}\s*(?:[-/.月]\s*\d{1,2}\s*日?)?)")
_BYLINE_WORD = re.compile(r"作者|記者|记者|来源|來源|编辑|編輯|撰文|文[／/]|發佈|发布|發布|更新")
_TITLE_SPLIT = re.compile(r"\s+[-–—|｜]\s+|_|｜|\s*[|]\s*|\s+—+\s+|--")


def _title(tree: _TreeBuilder, runs: list[_Text]) -> tuple[str, int]:
    """The headline and the order of the run that shows it (-1 when only the head names it).

    A heading on the page that the ``<title>`` or og:title also names is the headline; else og:title; else the
    longest piece of ``<title>`` cut at its separators (a title is usually "headline - section - site")."""
    head_titles = [clean_line("".join(tree.title_parts))]
    for key in ("og:title", "twitter:title", "title", "headline"):
        if tree.meta.get(key):
            head_titles.append(clean_line(tree.meta[key]))
    named = " ".join(t for t in head_titles if t)
    best: tuple[int, int, str, int] | None = None  # (is h1, length, text, order)
    for run in runs:
        text = clean_line(run.text)
        if len(text) < 4 or len(text) > 120 or (run.links > len(text) // 2 and run.tag not in _HEADINGS):
            continue
        if named and text in named:
            rank = (1 if run.tag == "h1" else 0, len(text), text, run.order)
            if best is None or rank[:2] > best[:2]:
                best = rank
    if best is not None and (best[0] or best[1] >= 6):
        return best[2], best[3]
    if not named:  # a fragment (the clipboard) or a page without <title>: its first <h1> is the headline
        h1 = next((r for r in runs if r.tag == "h1" and 2 <= len(clean_line(r.text)) <= 120), None)
        if h1 is not None:
            return clean_line(h1.text), h1.order
    for text in head_titles[1:]:
        if text:
            return text, -1
    pieces = [p.strip() for p in _TITLE_SPLIT.split(head_titles[0]) if p.strip()]
    return (max(pieces, key=len) if pieces else ""), -1


def _meta_lines(tree: _TreeBuilder, runs: list[_Text], title_order: int, first_body: int) -> list[str]:
    """The date and byline as the page shows them under the headline, else from its meta tags."""
    lines = []
    if title_order >= 0:
        for run in runs[title_order + 1 : max(title_order + 1, first_body)][:12]:
            text = clean_line(run.text)
            if len(text) <= 80 and (_DATE.search(text) or _BYLINE_WORD.search(text)):
                lines.append(text)
    if lines:
        return lines[:3]
    for key in (
        "article:published_time",
        "publishdate",
        "pubdate",
        "publish_date",
        "ptime",
        "date",
        "dc.date",
        "og:release_date",
        "datepublished",
    ):
        value = tree.meta.get(key, "").strip()
        if _DATE.search(value):
            lines.append(value.replace("T", " ")[:19])
            break
    author = tree.meta.get("author", "").strip()
    if author and len(author) <= 30 and not author.startswith("http"):
        lines.append(f"作者：{author}")
    return lines


_CLEAN_SOURCE = (
    (re.compile(rb"<!--.*?-->", re.DOTALL), b" "),
    (re.compile(rb"<(script|style|noscript|template|svg)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE), b" "),
    (re.compile(rb"""(?:src|href)\s*=\s*["']data:[^"']{256,}["']""", re.IGNORECASE), b""),
)


def _strip_source(data: bytes) -> bytes:
    """Comments, scripts, styles and inline pictures out before parsing: they are most of a saved page's bytes
    and none of its text (a page's charset declaration is read before this)."""
    for pattern, replacement in _CLEAN_SOURCE:
        data = pattern.sub(replacement, data)
    return data


def html_document(data: bytes, encoding: str | None = None, declared: str | None = None) -> Document:
    """The article of a saved page (its bytes): title, date/byline lines and body blocks."""
    if len(data) > MAX_HTML_BYTES:
        raise ReaderError(
            f"The web page is larger than {MAX_HTML_BYTES // (1024 * 1024)} MB, the most the reader opens.",
            "too_large",
        )
    declared = declared or declared_charset(data)
    if not (declared and declared.startswith("utf-16")):
        data = _strip_source(data)
    if len(data) > MAX_MARKUP_BYTES:
        raise ReaderError(
            f"The web page holds more than {MAX_MARKUP_BYTES // (1024 * 1024)} MB of markup, "
            "the most the reader reads.",
            "too_large",
        )
    text, codec = decode_html(data, declared, encoding)
    return html_text_document(text, codec)


def html_text_document(text: str, codec: str = "utf-8") -> Document:
    """The article of a page already decoded (the clipboard's text/html, an MHTML part)."""
    if len(text) > MAX_MARKUP_BYTES:
        raise ReaderError("The web page is too large for the reader.", "too_large")
    tree = _TreeBuilder()
    try:
        tree.feed(text)
        tree.close()
    except (AssertionError, ValueError) as exc:  # html.parser gives up on some broken markup declarations
        raise ReaderError("The web page is malformed and could not be read.", "malformed") from exc
    runs = _collect(tree.root)
    root = _content_root(runs)
    title, title_order = _title(tree, runs)
    blocks: list[Block] = []
    first_body = len(runs)
    if root is not None:
        chosen = [r for r in runs if root in _ancestors(r.owner)]
        per_box: dict[int, int] = {}
        for run in chosen:
            box = run.owner.parent or run.owner
            per_box[id(box)] = per_box.get(id(box), 0) + 1
        first_body = chosen[0].order if chosen else len(runs)
        # A headline inside the content box comes first: what follows it is the article.
        for run in chosen:
            if run.order <= title_order:
                continue
            size = _length(run.text)
            if run.links > 0.5 * size:
                continue  # a link list inside the article box (related stories, tags)
            if run.tag in _HEADINGS and _HEADINGS[run.tag] > 1:
                blocks.append(Block("heading", run.text))
            elif run.tag == "h1":
                if clean_line(run.text) != title:
                    blocks.append(Block("heading", run.text))
            elif (
                run.tag == "figcaption"
                or _CAPTION_BOX.search(_names(run.owner))
                or _CAPTION_TEXT.match(run.text.strip())
                or _under_picture(run, per_box)
            ):
                blocks.append(Block("caption", run.text))
            else:
                blocks.append(Block("paragraph", run.text))
        if title_order >= 0 and title_order < first_body:
            first_body = min(first_body, max(title_order + 1, first_body))
    if not blocks:
        # No box of running text (a page of short lines): every visible text, in order.
        blocks = [Block("paragraph", r.text) for r in runs if r.links <= 0.5 * _length(r.text)]
    if not blocks and not title:
        # Nothing outside the page's furniture: the text is all in it (a footer's honours list, a menu page)
        runs = _collect(tree.root, furniture_too=True)
        blocks = [Block("paragraph", r.text) for r in runs if r.links <= 0.5 * _length(r.text)]
    if not blocks and not title:
        raise ReaderError("The web page has no text to show.", "empty")
    meta = _meta_lines(tree, runs, title_order, first_body)
    meta_set = set(meta)
    blocks = [b for b in blocks if clean_line(b.text) not in meta_set] if meta_set else blocks
    return Document(title, tuple(meta), tuple(blocks), codec)
