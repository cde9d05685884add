"""Bytes → text, reporting which encoding was used.

Real Chinese files come as UTF-8 (with or without BOM), UTF-16/32 with a BOM, GB18030 (a superset of GBK and
GB2312) or Big5 (with HKSCS).  A byte string that decodes cleanly in both GB18030 and Big5 is common for short
files, so the two are ranked by how plausible the decoded text is as Chinese (share of frequent characters),
not by which is tried first.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from reader.errors import ReaderError

# The 400 or so most frequent characters of modern Chinese, in both scripts.  Plausible text has a large share of
# them; the wrong legacy decoding produces rare characters and symbols instead.
_COMMON_HANS = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家"
    "种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民"
    "第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话"
    "合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神"
    "总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则"
    "听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候"
    "带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵"
    "连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片"
    "史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房"
    "半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批"
    "群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚"
    "獨們個來說時會對後裡過於當著從還為與這進開實國現發動點見長問學經體間關種麼頭說話歲數無單雙區醫護萬億兩"
    "這個們來時會對後裡過於當著從還為與進開實現發動點見長問學經體間關種麼頭話數無單區醫護萬億兩黨華邊場電實總變義處"
)
_COMMON = frozenset(_COMMON_HANS)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Names people type for the encodings we handle, mapped to Python codec names.
_ALIASES = {
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "cp950": "big5hkscs",
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x0c|\x0b|\x85")


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text decoded from a file, with the name of the encoding that gave it."""

    text: str
    encoding: str


BLOCK = 1 << 18  # characters: whole-text regex work goes in blocks, so a background thread lets the GUI run


def _blocks(text: str) -> list[str]:
    """*text* cut into pieces of about BLOCK characters, each ending after a line feed where one is near."""
    pieces = []
    start = 0
    while len(text) - start > BLOCK:
        cut = text.find("\n", start + BLOCK)
        cut = min(len(text), start + 4 * BLOCK) if cut == -1 else cut + 1
        if text[cut - 1 : cut] == "\r":
            cut += 1  # never split a CRLF
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def normalise_text(text: str, bom: bool = True) -> str:
    """Unify line ends (CRLF, CR, U+2028/2029, form feed) to LF and drop NULs and other control characters.

    With *bom*, one leading U+FEFF is a byte-order mark and goes; any other U+FEFF is text and stays.
    """
    out = [_CONTROL.sub("", _LINE_BREAKS.sub("\n", piece)) for piece in _blocks(text)]
    text = "".join(out)
    return text[1:] if bom and text.startswith("\ufeff") else text


_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
_COMMON_RE = re.compile("[" + "".join(sorted(_COMMON)) + "]")
# (the escape that opens a terminal colour code, ESC[1;33m, is no garbage: a BBS post captured with its colours)
_GARBAGE = re.compile("[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]|\x1b(?!\\[[0-9;]*[A-Za-z])")
SAMPLE = (
    200_000  # characters: enough to judge an encoding, and it keeps decoding a 10 MB file linear and fast
)


def plausibility(text: str) -> float:
    """Share of the CJK characters in *text* (its first 200 000) that are common Chinese characters."""
    sample = text[:SAMPLE]
    cjk = len(_CJK.findall(sample))
    if not cjk:
        return 0.0
    return len(_COMMON_RE.findall(sample)) / cjk


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # UTF-16 without BOM is not supported; NUL-rich data is binary.
        return sample.count(b"\x00") > len(sample) // 100
    return False


def _utf16_without_mark(data: bytes) -> DecodedText | None:
    """UTF-16 saved without a byte-order mark (some Windows tools do): the byte order that decodes to clean,
    plausible text, else None (then the NUL bytes mean binary data)."""
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _garbage_share(text) >= 0.01:
            continue
        sample = text[:SAMPLE]
        if _CJK.search(sample):
            readable = plausibility(text) >= 0.3
        else:  # no Chinese at all: only plain English-like text counts, not binary that happens to decode
            readable = sum(c.isascii() and (c.isprintable() or c.isspace()) for c in sample) > 0.95 * len(
                sample
            )
        if readable:
            return DecodedText(normalise_text(text), codec)
    return None


def _garbage_share(text: str) -> float:
    """Share of characters that no article contains: replacement chars, private use, controls."""
    if not text:
        return 0.0
    return sum(len(_GARBAGE.findall(piece)) for piece in _blocks(text)) / len(text)


def reads_badly(text: str) -> bool:
    """Whether *text*, decoded with an encoding the user forced, looks like the wrong encoding: replacement or
    control characters, or CJK characters that are mostly rare (GB18030 bytes read as Big5 make such text)."""
    sample = text[:SAMPLE]
    if _garbage_share(sample) > 0.01:
        return True
    return len(_CJK.findall(sample[:2000])) >= 20 and plausibility(sample) < 0.3


def text_codec(encoding: str) -> str:
    """The Python codec for an encoding name a user typed; ReaderError for unknown names and for codecs that do not
    turn bytes into text (base64, hex, zlib, rot13…)."""
    codec = _ALIASES.get(encoding.lower(), encoding)
    try:
        info = codecs.lookup(codec)
    except (LookupError, ValueError) as exc:
        raise ReaderError(f"Unknown encoding {encoding!r}.", "unknown_encoding", encoding) from exc
    if not getattr(info, "_is_text_encoding", True):
        raise ReaderError(
            f"{encoding!r} is not a text encoding (choose one such as utf-8, gb18030 or big5).",
            "unknown_encoding",
            encoding,
        )
    return codec


def _cut_short(error: UnicodeDecodeError, size: int) -> bool:
    """Whether strict UTF-8 failed only because the data ends inside a character."""
    return error.reason == "unexpected end of data" and error.end == size and size - error.start < 4


def decode(data: bytes, encoding: str | None = None) -> DecodedText:
    """Decode *data* as Chinese text.

    With *encoding* the caller forces a codec (errors are replaced, so a mostly-right file still opens).
    Otherwise: BOM, strict UTF-8, then GB18030 and Big5-HKSCS ranked by plausibility.  Raises ReaderError for
    empty or binary input, or text that no candidate decodes sensibly.
    """
    if not data or not data.strip(b" \t\r\n\x00\x0c"):
        raise ReaderError("The file is empty: there is no text to show.", "empty")
    if encoding:
        codec = text_codec(encoding)
        text = codecs.decode(data, codec, errors="replace")
        return DecodedText(normalise_text(text), codec)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            codec = codec.removesuffix("-sig")
            try:
                text = data[len(bom) :].decode(codec)  # the mark itself is not text; a second one would be
            except UnicodeDecodeError as exc:
                raise ReaderError(
                    f"The file starts with a {codec} mark but is not valid {codec}.", "bad_bom", codec
                ) from exc
            return DecodedText(normalise_text(text, bom=False), codec)
    if _looks_binary(data):
        unmarked = _utf16_without_mark(data)
        if unmarked is not None:
            return unmarked
        raise ReaderError("This is not a text file (it contains binary data).", "binary")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A file cut in the middle of its last character (any size): the rest is UTF-8, the cut one U+FFFD.
        text = data.decode("utf-8", errors="replace") if _cut_short(exc, len(data)) else None
    if text is not None:
        if _garbage_share(text.removesuffix("\ufffd")) > 0.05:
            raise ReaderError("This is not a text file (it decodes to control characters).", "binary")
        return DecodedText(normalise_text(text), "utf-8")
    candidates: list[tuple[float, str, str]] = []
    for codec in ("gb18030", "big5hkscs"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            # A truncated last character is common in cut files: accept it if the rest is clean.
            try:
                text = data[:-1].decode(codec)
            except UnicodeDecodeError:
                continue
        if _garbage_share(text) > 0.02:
            continue
        candidates.append((plausibility(text), codec, text))
    if not candidates:
        # Damaged files: a few bad bytes in an otherwise good text.  Replace them (U+FFFD) rather than refuse the
        # whole file, when the damage is rare and the rest reads as Chinese.
        for codec in ("utf-8", "gb18030", "big5hkscs"):
            text = data.decode(codec, errors="replace")
            damage = text.count("\ufffd") / max(1, len(text))
            if damage < 0.005 and _garbage_share(text) < 0.01 and plausibility(text) >= 0.3:
                candidates.append((plausibility(text) - damage * 10, codec, text))
    if not candidates:
        raise ReaderError(
            "The text could not be decoded as UTF-8, GB18030 or Big5; "
            "it may be binary, or choose an encoding from the Encoding menu.",
            "undecodable",
        )
    score, codec, text = max(candidates, key=lambda c: c[0])
    if score < 0.15 and len(text) > 40:
        raise ReaderError(
            "The file does not look like Chinese text in any supported encoding.", "not_chinese"
        )
    return DecodedText(normalise_text(text), codec)


MAX_FILE_BYTES = 64 * 1024 * 1024  # 64 MB: about 20 million characters, far beyond any article
_CHUNK = 1 << 20


def display_path(path: str | os.PathLike[str]) -> str:
    """*path* as printable text: bytes of the name that are not UTF-8 (lone surrogates in Python) become U+FFFD."""
    return os.fspath(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _refuse(path: str | os.PathLike[str], mode: int) -> ReaderError:
    shown = display_path(path)
    if stat.S_ISDIR(mode):
        return ReaderError(f"{shown} is a folder, not a file", "is_directory", shown)
    kind = (
        "a named pipe"
        if stat.S_ISFIFO(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "not a regular file"
    )
    return ReaderError(
        f"{shown} is {kind}, not a text file: only regular files can be opened", "not_regular", shown
    )


def _too_large(path: str | os.PathLike[str]) -> ReaderError:
    shown = display_path(path)
    return ReaderError(
        f"{shown} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, the most the reader opens",
        "too_large",
        shown,
    )


def detect_encoding(sample: bytes, lenient: bool = False) -> str:
    """The codec ``decode`` would choose for text that starts with *sample* (which may end inside a character).

    Blank input is UTF-8.  Raises ReaderError when no encoding fits, unless *lenient* (then UTF-8, whose
    undecodable bytes the caller replaces).
    """
    if not sample.strip(b" \t\r\n"):
        return "utf-8"
    error: ReaderError | None = None
    for cut in range(4):  # a block boundary can fall inside a character of up to four bytes
        if cut >= len(sample):
            break
        try:
            return decode(sample[: len(sample) - cut]).encoding
        except ReaderError as exc:
            error = error or exc
    if lenient or error is None:
        return "utf-8"
    raise error


def read_bytes(path: str | Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES; every failure is a ReaderError for the user.

    Pipes, devices (/dev/zero never ends) and sockets are refused before reading; the file is opened with
    O_NONBLOCK so that a FIFO swapped in after the check cannot block, and checked again on the open descriptor.
    A file that grows past the limit while it is read is refused too.  Names with bytes that are not UTF-8
    (surrogate-escaped str, or bytes) open like any other.
    """
    shown = display_path(path)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise _refuse(path, info.st_mode)
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(path)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as exc:
        raise ReaderError(f"File not found: {shown}", "not_found", shown) from exc
    except PermissionError as exc:
        raise ReaderError(f"No permission to read {shown}", "permission", shown) from exc
    except IsADirectoryError as exc:
        raise ReaderError(f"{shown} is a folder, not a file", "is_directory", shown) from exc
    except OSError as exc:
        raise ReaderError(f"Could not read {shown}: {exc.strerror or exc}", "unreadable", shown) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _refuse(path, info.st_mode)
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, _CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > MAX_FILE_BYTES:
                raise _too_large(path)
            chunks.append(chunk)
    except OSError as exc:
        raise ReaderError(f"Could not read {shown}: {exc.strerror or exc}", "unreadable", shown) from exc
    finally:
        os.close(fd)
    return b"".join(chunks)


def read_file(path: str | Path, encoding: str | None = None) -> DecodedText:
    """Read and decode a file; every failure becomes a ReaderError with a message for the user."""
    return decode(read_bytes(path), encoding)
