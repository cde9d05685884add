"""Build the one-folder app with PyInstaller and smoke-test it; prints where it is and how big.

    python -m pip install -e ".[bundle]"
    python packaging/build_bundle.py            # → dist/reader-<version>/reader

The smoke test runs the built program itself: ``--export json`` on the bundled article (title and figures must
be there) and ``--screenshot`` offscreen (a PNG of the default size must appear).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(path: Path) -> int:
    """Bytes on disk, each file once (the bundle links some libraries under two names)."""
    seen: set[int] = set()
    total = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            info = p.stat()
            if info.st_ino not in seen:
                seen.add(info.st_ino)
                total += info.st_size
    return total


def main() -> int:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    name, version = project["name"], project["version"]
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", str(ROOT / "dist"),
         "--workpath", str(ROOT / "build" / "pyinstaller"), str(ROOT / "packaging" / "reader.spec")],
        check=True,
    )  # fmt: skip
    bundle = ROOT / "dist" / f"{name}-{version}"
    program = bundle / (f"{name}.exe" if os.name == "nt" else name)
    seed = ROOT / "resources" / "seed_article.txt"
    exported = json.loads(
        subprocess.run(
            [str(program), "--export", "json", str(seed)], capture_output=True, text=True, check=True
        ).stdout
    )
    unfrozen = json.loads(
        subprocess.run(
            [sys.executable, "-m", "reader", "--export", "json", str(seed)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert exported["title"] == "赤峰有大爱 「双战」双胜利", exported["title"]
    # the frozen app reads the bundled article as the source tree does: every figure and statistic, none missing
    assert exported["figures"] == unfrozen["figures"] and exported["stats"] == unfrozen["stats"], (
        "analysis differs"
    )
    assert len(exported["figures"]) >= 75 and exported["stats"], "figures or statistics missing"
    converted = subprocess.run(
        [str(program), "--convert", "s2twp"], input="鼠标和内存", capture_output=True, text=True, check=True
    )
    assert converted.stdout == "滑鼠和記憶體", converted.stdout
    with tempfile.TemporaryDirectory() as folder:
        shot = Path(folder) / "shot.png"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        subprocess.run([str(program), "--screenshot", str(shot)], check=True, env=env, timeout=120)
        header = shot.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
        width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
        assert (width, height) == (1280, 800), (width, height)
    print(
        f"bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB); smoke test passed: export, convert, screenshot"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
