"""Render the hicolor PNG icons from the SVGs in resources/icons, with Qt's own SVG renderer.

    python packaging/render_icons.py

Writes ``resources/icons/hicolor/<N>x<N>/apps/<application id>.png`` for every size a
desktop looks up. Sizes up to 24 px are drawn from ``caravan-small.svg``, the same picture
on a 16-unit grid with thicker lines: scaled down, the large drawing's one-pixel chart line
blurs into the background. The output depends only on the SVGs and the Qt version; run it
after changing either SVG and commit the PNGs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from desktop_app import APP_ID  # noqa: E402

ICONS = ROOT / "resources" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 24


def render(svg: Path, size: int) -> QImage:
    """``svg`` drawn on a transparent ``size`` × ``size`` image."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs the application)
    for size in SIZES:
        source = ICONS / ("caravan-small.svg" if size <= SMALL_UP_TO else "caravan.svg")
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(source, size).save(str(target)):  # PNG, from the suffix
            raise SystemExit(f"cannot write {target}")
        print(f"{target.relative_to(ROOT)}  ({source.name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
