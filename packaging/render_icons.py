"""Render the application icon (SVG) to the PNG sizes installers need, at build time.

    python packaging/render_icons.py OUTPUT_DIR [--platform-icons]

writes OUTPUT_DIR/<size>x<size>/contact-manager.png for every size in SIZES (the hicolor
layout Linux wants) and, with --platform-icons, contact-manager.ico (Windows) and
contact-manager.icns (macOS) made of those PNGs. Uses QtSvg
and QImage only, so it runs wherever the app itself runs (offscreen, no display needed).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app" / "contact-manager.svg"
ICON_NAME = "contact-manager"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(output: Path, size: int) -> Path:
    """Where the PNG of ``size`` goes: the freedesktop hicolor layout."""
    return output / f"{size}x{size}" / f"{ICON_NAME}.png"


def render(svg: Path, size: int):
    """The icon as a square, transparent, antialiased QImage of ``size`` pixels."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def render_all(output: Path, svg: Path = SVG, sizes=SIZES) -> list[Path]:
    written = []
    for size in sizes:
        target = png_path(output, size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(svg, size).save(str(target), "PNG"):
            raise OSError(f"could not write {target}")
        written.append(target)
    return written


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG-compressed image per size (Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, blobs = b"", b""
    offset = len(header) + 16 * len(pngs)
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


# macOS icon types holding PNG data, by pixel size (the @2x types reuse the larger render).
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic11": 32, b"ic12": 64}


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns of the PNG renders (each type whose size was rendered)."""
    body = b""
    for kind, size in ICNS_TYPES.items():
        if size in pngs:
            body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_platform_icons(output: Path, svg: Path = SVG) -> list[Path]:
    """contact-manager.ico (Windows) and contact-manager.icns (macOS) next to the PNGs."""
    pngs = {size: png_path(output, size).read_bytes() for size in SIZES if png_path(output, size).exists()}
    ico = output / f"{ICON_NAME}.ico"
    ico.write_bytes(ico_bytes({s: d for s, d in pngs.items() if s in ICO_SIZES}))
    icns = output / f"{ICON_NAME}.icns"
    icns.write_bytes(icns_bytes(pngs))
    return [ico, icns]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--platform-icons", action="store_true", help="also write .ico and .icns")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts, plugins
    for path in render_all(args.output):
        print(f"rendered {path}")
    if args.platform_icons:
        for path in write_platform_icons(args.output):
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
