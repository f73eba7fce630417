"""The application icon rendered at build time, and the Windows/macOS icon containers."""

from __future__ import annotations

import struct

import render_icons
from PySide6.QtGui import QImage


def test_every_size_is_rendered_square_with_a_transparent_corner(qapp, tmp_path):
    written = render_icons.render_all(tmp_path, sizes=(16, 48, 512))
    assert written == [render_icons.png_path(tmp_path, s) for s in (16, 48, 512)]
    for size, path in zip((16, 48, 512), written, strict=True):
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(0, 0).alpha() == 0  # rounded card: the corner is see-through
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # the card itself is solid


def test_ico_directory_points_at_each_png(qapp):
    pngs = {16: b"\x89PNG-16", 256: b"\x89PNG-256-longer"}
    data = render_icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 2)
    seen = {}
    for index in range(count):
        width, height, _, _, _, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        seen[width or 256] = data[offset : offset + length]
        assert width == height and bits == 32
    assert seen == pngs


def test_icns_holds_each_rendered_size(qapp):
    pngs = {16: b"a" * 3, 32: b"b" * 5, 512: b"c" * 7}
    data = render_icons.icns_bytes(pngs)
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, position = [], 8
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        kinds.append(kind)
        position += length
    assert position == len(data)
    assert kinds == [b"icp4", b"icp5", b"ic09", b"ic11"]  # 16, 32, 512 and 32 as 16@2x
