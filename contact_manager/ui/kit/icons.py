"""The app's line icons, drawn in the palette's text colour so they suit light and dark mode.

The SVGs (``contact_manager/icons/*.svg``, 24x24, drawn in black) ship inside the package,
so an installed or frozen app finds them beside this code with no build step. Qt's SVG
renderer has no ``currentColor``; instead each icon is rendered at the exact device-pixel
size asked for (sharp at any scale factor) and tinted with the colour of the current
palette for its mode. The colour is read when the icon is painted, so icons already on
screen follow a switch between light and dark. Rendered pixmaps are cached.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
    QPixmapCache,
)
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parents[2] / "icons"
# The application icon is the packaging's (resources/icons/app); the frozen bundle copies
# it into the package's icons folder.
APP_ICON = "contact-manager"
APP_ICON_FILES = (
    ICON_DIR / f"{APP_ICON}.svg",
    ICON_DIR.parent.parent / "resources" / "icons" / "app" / f"{APP_ICON}.svg",
)
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def names() -> list[str]:
    """Every line icon there is (the application icon excluded)."""
    return sorted(p.stem for p in ICON_DIR.glob("*.svg") if p.stem != APP_ICON)


@cache
def _svg_data(name: str) -> QByteArray:
    path = ICON_DIR / f"{name}.svg"
    if name == APP_ICON:
        path = next((p for p in APP_ICON_FILES if p.is_file()), path)
    if not path.is_file():
        raise KeyError(f"no icon called {name!r}")
    return QByteArray(path.read_bytes())


def colour_for(mode: QIcon.Mode, palette: QPalette | None = None) -> QColor:
    """The tint of an icon in ``mode``: the text colour of the current palette."""
    palette = palette if palette is not None else QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def render(name: str, size: QSize, colour: QColor | None = None) -> QPixmap:
    """``name`` drawn into a ``size`` device-pixel pixmap, tinted ``colour`` (None: as drawn)."""
    tint = colour.name(QColor.NameFormat.HexArgb) if colour is not None else "-"
    key = f"cm-icon/{name}/{size.width()}x{size.height()}/{tint}"
    found = QPixmap()
    if QPixmapCache.find(key, found):
        return found
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(_svg_data(name))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Keep the drawing square and centred whatever the requested shape.
    side = min(size.width(), size.height())
    renderer.render(painter, QRect((size.width() - side) // 2, (size.height() - side) // 2, side, side))
    if colour is not None:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), colour)
    painter.end()
    QPixmapCache.insert(key, pixmap)
    return pixmap


class TintedSvgEngine(QIconEngine):
    """Draws one SVG at the requested device-pixel size in the palette's colour."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return render(self.name, size, colour_for(mode))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        device = QSize(round(size.width() * scale), round(size.height() * scale))
        pixmap = QPixmap(render(self.name, device, colour_for(mode)))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixmap = self.scaledPixmap(rect.size(), mode, state, scale)
        painter.drawPixmap(QPoint(rect.x(), rect.y()), pixmap)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(s, s) for s in (16, 24, 32, 48, 64)]

    def iconName(self) -> str:
        return self.name

    def key(self) -> str:
        return "contact_manager.tinted_svg"

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self.name)


@cache
def icon(name: str) -> QIcon:
    """The line icon ``name`` (see ``names()``); KeyError for an unknown one."""
    _svg_data(name)
    return QIcon(TintedSvgEngine(name))


@cache
def app_icon() -> QIcon:
    """The application's own (coloured) icon, at the sizes window managers ask for.

    A null icon when the file is missing (an install without it keeps the platform's).
    """
    result = QIcon()
    if not any(p.is_file() for p in APP_ICON_FILES):
        return result
    for side in APP_ICON_SIZES:
        result.addPixmap(render(APP_ICON, QSize(side, side)))
    return result
