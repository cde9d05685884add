"""Command line entry point: the GUI, or one of the headless paths (--export, --convert, --screenshot)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from reader import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface (documented in the README)."""
    parser = argparse.ArgumentParser(
        prog=APP_NAME, description="A reader for Chinese articles that understands their numbers."
    )
    parser.add_argument(
        "file", nargs="?", help="text file to open (default: the last file, or the bundled article)"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--export", choices=["json"], help="print the analysed article as JSON and exit")
    parser.add_argument("--encoding", help="force the file's encoding (utf-8, gb18030, big5, …)")
    parser.add_argument(
        "--variant", help="character-set variant to show or export (s2t, s2tw, s2twp, t2s, …)"
    )
    parser.add_argument(
        "--convert",
        metavar="VARIANT",
        help="convert standard input to standard output, line by line, and exit",
    )
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the main window to a PNG and exit")
    parser.add_argument("--section", type=int, help="with --screenshot: scroll to this section first")
    parser.add_argument("--theme", choices=["light", "sepia", "dark", "system"], help="colour theme")
    parser.add_argument(
        "--size", default="1280x800", help="with --screenshot: window size WxH (default 1280x800)"
    )
    return parser


def _export(args: argparse.Namespace) -> int:
    from reader.analysis import analyse_file
    from reader.errors import ReaderError
    from reader.export import export_json
    from reader.paths import SEED_ARTICLE, resource_path

    path = args.file or str(resource_path(SEED_ARTICLE))
    try:
        analysis = analyse_file(path, args.encoding)
        if args.variant:
            from reader.convert import convert_analysis

            analysis = convert_analysis(analysis, args.variant)
    except ReaderError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(export_json(analysis, path) + "\n")
    return 0


def _convert(args: argparse.Namespace) -> int:
    from reader.convert import UnknownVariant, get_converter

    try:
        converter = get_converter(args.convert)
    except UnknownVariant as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 2
    stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
    data = stdin.read().decode("utf-8", errors="replace") if stdin else sys.stdin.read()
    out = sys.stdout.buffer if hasattr(sys.stdout, "buffer") else None
    converted = converter.convert(data)
    if out:
        out.write(converted.encode("utf-8"))
        out.flush()
    else:
        sys.stdout.write(converted)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments and run the chosen mode; returns the process exit code."""
    args = build_parser().parse_args(argv)
    if args.export:
        return _export(args)
    if args.convert:
        return _convert(args)
    from reader.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
