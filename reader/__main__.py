"""Command line entry point: the GUI, or one of the headless paths (--export, --convert, --screenshot)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence

from reader import APP_NAME, __version__
from reader.variants import VARIANT_BY_NAME


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface (documented in the README)."""
    parser = argparse.ArgumentParser(
        prog=APP_NAME, description="A reader for Chinese articles that understands their numbers."
    )
    parser.add_argument(
        "file",
        nargs="?",
        help="file to open: text, web page (HTML, MHTML), PDF or Word .docx "
        "(default: the last file, or the bundled article)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--export", choices=["json"], help="print the analysed article as JSON and exit")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="with --export: name the rule behind each figure and each line's role (a 'structure' list)",
    )
    parser.add_argument("--encoding", help="force the file's encoding (utf-8, gb18030, big5, …)")
    parser.add_argument(
        "--variant",
        choices=list(VARIANT_BY_NAME),
        metavar="VARIANT",
        help="character-set variant to show or export: " + ", ".join(VARIANT_BY_NAME),
    )
    parser.add_argument(
        "--convert",
        metavar="VARIANT",
        help="convert FILE (or standard input) to standard output, line by line, and exit",
    )
    parser.add_argument(
        "--errors",
        choices=["strict", "replace"],
        default="strict",
        help="with --convert: refuse bytes that do not decode (strict, the default) or write U+FFFD for them",
    )
    parser.add_argument(
        "--include-tofu-risk-dictionaries",
        action="store_true",
        help="with --convert/--variant: also use OpenCC's dictionaries of characters fonts may lack",
    )
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the main window to a PNG and exit")
    parser.add_argument("--section", type=int, help="with --screenshot: scroll to this section first")
    parser.add_argument("--theme", choices=["light", "sepia", "dark", "system"], help="colour theme")
    parser.add_argument(
        "--language", choices=["en", "zh_CN", "zh_TW"], help="interface language for this run"
    )
    parser.add_argument(
        "--size", default="1280x800", help="with --screenshot: window size WxH (default 1280x800)"
    )
    return parser


def _export(args: argparse.Namespace) -> int:
    from reader.analysis import open_analysis
    from reader.cache import AnalysisCache
    from reader.errors import ReaderError
    from reader.export import write_json
    from reader.paths import SEED_ARTICLE, resource_path

    path = args.file or str(resource_path(SEED_ARTICLE))
    try:
        # The window's pipeline: the stored analysis of these bytes when there is one, else a fresh one, stored.
        cache = AnalysisCache()
        analysis, digest, fresh = open_analysis(path, args.encoding, cache)
        if fresh:
            cache.store(path, args.encoding, analysis, digest)
        if args.variant:
            from reader.convert import convert_analysis

            analysis = convert_analysis(analysis, args.variant, args.include_tofu_risk_dictionaries)
        structure = None
        if args.explain:
            from reader.analysis import file_text
            from reader.article import explain_structure

            source = file_text(path, args.encoding)
            structure = explain_structure(source.text, source.title, source.roles, source.marked)
    except (ReaderError, ValueError) as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 2
    sys.stdout.flush()
    write_json(analysis, path, sys.stdout.buffer, structure)  # UTF-8 whatever the locale, streamed
    sys.stdout.buffer.flush()
    return 0


def _convert(args: argparse.Namespace) -> int:
    """Convert FILE (or standard input) to standard output in blocks of whole lines, like ``opencc -c``.

    Blocks end at a newline (no dictionary entry spans one), so the result is the same as converting the whole
    text, memory stays flat on large inputs, and an interactive pipe gets each line as soon as it is typed.  The
    input's encoding is detected like a file's (or given with --encoding); bytes it cannot decode stop the run
    with exit status 2 unless --errors replace asks for U+FFFD.  The output is always UTF-8.
    """
    import codecs

    from reader.convert import UnknownVariant, convert_large, get_converter
    from reader.errors import ReaderError
    from reader.textio import detect_encoding, display_path, read_bytes, text_codec

    tofu = args.include_tofu_risk_dictionaries
    if not args.convert.strip():
        print(f"{APP_NAME}: --convert needs a variant: " + ", ".join(VARIANT_BY_NAME), file=sys.stderr)
        return 2
    try:
        get_converter(args.convert, tofu)
        forced = text_codec(args.encoding) if args.encoding else None
        # A named file is read whole (regular files only, within the size limit); standard input is streamed.
        data = read_bytes(args.file) if args.file else None
    except (UnknownVariant, ReaderError) as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 2
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    interactive = data is None and source.isatty()
    # A pipe or terminal gets each block as soon as it arrives; a big file is read in 16 MB blocks that are
    # converted on all cores.
    block = 1 << 24 if not interactive else 1 << 16

    def chunks() -> Iterator[bytes]:
        if data is not None:
            yield from (data[i : i + block] for i in range(0, len(data), block))
            return
        while chunk := (source.read1(block) if interactive else source.read(block)):
            yield chunk

    stream = chunks()
    first = next(stream, b"")
    try:
        codec, skip = forced or detect_encoding(first[: 1 << 20], args.errors == "replace"), 0
    except ReaderError as exc:
        print(f"{APP_NAME}: standard input: {exc}" if data is None else f"{APP_NAME}: {exc}", file=sys.stderr)
        return 2
    if not forced:
        codec, skip = _without_bom(first, codec)
    decoder = codecs.getincrementaldecoder(codec)(errors=args.errors)
    pending, offset, chunk = "", 0, b""
    try:
        for chunk in _chain(first[skip:], stream):
            pending += decoder.decode(chunk)
            offset += len(chunk)
            cut = pending.rfind("\n") + 1
            if cut:
                sink.write(convert_large(pending[:cut], args.convert, tofu).encode("utf-8"))
                sink.flush()
                pending = pending[cut:]
        pending += decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        sink.flush()
        where = display_path(args.file) if args.file else "standard input"
        print(
            f"{APP_NAME}: {where} is not valid {codec} near byte {offset - len(chunk) + exc.start + skip}; "
            "give its --encoding, or --errors replace to convert it with U+FFFD for the bad bytes",
            file=sys.stderr,
        )
        return 2
    if pending:
        sink.write(convert_large(pending, args.convert, tofu).encode("utf-8"))
    sink.flush()
    return 0


def _chain(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    if first:
        yield first
    yield from rest


def _without_bom(head: bytes, codec: str) -> tuple[str, int]:
    """The codec to stream with and how many leading bytes are a byte-order mark (not text, not copied)."""
    import codecs

    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom) and codec == name:
            return codec, len(bom)
    return codec, 0


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments and run the chosen mode; returns the process exit code."""
    args = build_parser().parse_args(argv)
    if args.export:
        return _export(args)
    if args.convert is not None:
        return _convert(args)
    from reader.ui.app import run_gui

    code = run_gui(args)
    if args.screenshot:
        # A one-shot run: nothing is left to save (its settings file is already gone), so skip tearing down Qt.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


if __name__ == "__main__":
    sys.exit(main())
