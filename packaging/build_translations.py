"""Translations build step: refresh the .ts sources from the code, compile them to the .qm files the app loads.

    python packaging/build_translations.py            # compile resources/translations/*.ts → *.qm
    python packaging/build_translations.py --update   # first collect new strings from reader/ui (pyside6-lupdate)

The .qm files are committed too, so a checkout runs translated without this step; the test suite checks they
are up to date with the .ts files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_TW")


def tool(name: str) -> str:
    """The PySide6 wrapper for a Qt linguist tool (installed with PySide6)."""
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6")
    return found


def update() -> None:
    """Collect the strings marked with tr() in reader/ui into the .ts files."""
    sources = sorted(str(p) for p in (ROOT / "reader" / "ui").glob("*.py"))
    targets = [str(FOLDER / f"reader_{lang}.ts") for lang in LANGUAGES]
    subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", *sources, "-ts", *targets], check=True)


def compile_all(out: Path = FOLDER) -> list[Path]:
    """Compile every .ts into *out*; returns the .qm paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(FOLDER.glob("reader_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


if __name__ == "__main__":
    if "--update" in sys.argv:
        update()
    for path in compile_all():
        print(path.relative_to(ROOT))
