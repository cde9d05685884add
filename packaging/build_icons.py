"""Render the application icon (resources/icons/reader.svg) to the PNG sizes desktops and bundles want.

    python packaging/build_icons.py     # writes resources/icons/reader-<size>.png

Qt's SVG renderer draws them, so no image tool is needed; the PNGs are committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def build(out: Path = ROOT / "resources" / "icons") -> list[Path]:
    """Write one PNG per size; returns their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (Qt needs it alive)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "reader.svg"))
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = out / f"reader-{size}.png"
        image.save(str(path), "PNG")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in build():
        print(path.relative_to(ROOT))
