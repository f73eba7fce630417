"""The app's look: Fusion everywhere, light or dark as the system is, a readable font, the icon.

Fusion looks the same on Windows, macOS and Linux, so screenshots, layouts and tests hold
on every platform. Its palette is chosen here from the system's colour scheme
(``QStyleHints.colorScheme``) and replaced whenever the system switches, so the app
follows the light/dark setting live. Icons (``ui.icons``) take their tint from this palette.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # at run time Qt's namespace is imported only when needed (see apply_palette)
    from PySide6.QtCore import Qt

STYLE = "Fusion"
MIN_POINT_SIZE = 9.0
ACCENT = "#2f6fb3"  # the application icon's blue
# The one colour of a refusal or an error written beside what it is about (a label, a typed
# field), light or dark palette alike: style sheets take ERROR_STYLE, a QLineEdit REFUSED_STYLE.
ERROR_COLOUR = "#b3261e"
ERROR_STYLE = f"color: {ERROR_COLOUR};"
REFUSED_STYLE = f"QLineEdit {{ {ERROR_STYLE} }}"
_CONNECTED = "_contact_manager_look_connected"

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

# Each colour role: (light, light disabled, dark, dark disabled); active and inactive share one.
_COLOURS = {
    _Role.Window: ("#f3f3f3", "#f3f3f3", "#2b2d30", "#2b2d30"),
    _Role.WindowText: ("#1d1d1d", "#8c8c8c", "#e6e6e6", "#7d7f83"),
    _Role.Base: ("#ffffff", "#f6f6f6", "#1e1f22", "#26272a"),
    _Role.AlternateBase: ("#f5f7fa", "#f5f5f5", "#26282b", "#26282b"),
    _Role.ToolTipBase: ("#ffffdc", "#ffffdc", "#3c3f41", "#3c3f41"),
    _Role.ToolTipText: ("#1d1d1d", "#1d1d1d", "#e6e6e6", "#e6e6e6"),
    _Role.PlaceholderText: ("#6e6e6e", "#a0a0a0", "#9a9ca0", "#6a6c70"),
    _Role.Text: ("#1d1d1d", "#8c8c8c", "#e6e6e6", "#7d7f83"),
    _Role.Button: ("#ececec", "#ececec", "#3a3c40", "#323337"),
    _Role.ButtonText: ("#1d1d1d", "#8c8c8c", "#e6e6e6", "#7d7f83"),
    _Role.BrightText: ("#ffffff", "#ffffff", "#ffffff", "#ffffff"),
    _Role.Light: ("#ffffff", "#ffffff", "#4a4d52", "#4a4d52"),
    _Role.Midlight: ("#f7f7f7", "#f7f7f7", "#404347", "#404347"),
    _Role.Mid: ("#c4c4c4", "#c4c4c4", "#2f3134", "#2f3134"),
    _Role.Dark: ("#9f9f9f", "#bebebe", "#1b1c1e", "#1b1c1e"),
    _Role.Shadow: ("#767676", "#b1b1b1", "#0e0e0f", "#0e0e0f"),
    _Role.Highlight: (ACCENT, "#c6c6c6", "#3d7cc4", "#4a4d52"),
    _Role.HighlightedText: ("#ffffff", "#ffffff", "#ffffff", "#b0b0b0"),
    _Role.Link: ("#1f5fa3", "#7b9cc2", "#7fb2ee", "#5c7ea6"),
    _Role.LinkVisited: ("#6a3fa0", "#a08cbc", "#b99be6", "#8a78a8"),
    _Role.Accent: (ACCENT, "#c6c6c6", "#3d7cc4", "#4a4d52"),
}


def palette_for(scheme: Qt.ColorScheme) -> QPalette:
    """The palette for the system's ``scheme`` (Unknown counts as light)."""
    from PySide6.QtCore import Qt  # created already: ``scheme`` is one of its enums

    return _palette(scheme == Qt.ColorScheme.Dark)


def _palette(dark: bool) -> QPalette:
    palette = QPalette()
    for role, colours in _COLOURS.items():
        normal, disabled = colours[2:] if dark else colours[:2]
        for group in (_Group.Active, _Group.Inactive):
            palette.setColor(group, role, QColor(normal))
        palette.setColor(_Group.Disabled, role, QColor(disabled))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(_Role.Window).lightness() < palette.color(_Role.WindowText).lightness()


def app_font() -> QFont:
    """The system's UI font, never smaller than MIN_POINT_SIZE points."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    return font


def apply_palette(app: QGuiApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Give ``app`` the palette of ``scheme`` (None: the system's scheme now).

    With None the scheme is read from the palette the platform gives, which is dark when the
    system is: ``styleHints().colorScheme()`` would say the same, but converting its enum
    creates all of Qt's namespace enums, some 40 ms before the first window can be shown.
    """
    if scheme is None:
        app.setPalette(_palette(is_dark(app.palette())))
    else:
        app.setPalette(palette_for(scheme))


def confirm_scheme(app: QGuiApplication) -> None:
    """Once the first window is up: follow ``colorScheme()`` where the platform's palette
    did not tell the same (a platform whose palette ignores its dark mode)."""
    from PySide6.QtCore import Qt

    scheme = app.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown and is_dark(app.palette()) != (scheme == Qt.ColorScheme.Dark):
        apply_palette(app, scheme)


def apply_look(app: QApplication) -> None:
    """Fusion style, the system's light or dark palette (followed live) and font.

    The application icon is ``apply_app_icon``'s: it costs an SVG renderer, which the main
    window loads once its frame is on screen.
    """
    app.setStyle(STYLE)
    app.setFont(app_font())
    apply_palette(app)
    if not app.property(_CONNECTED):
        app.styleHints().colorSchemeChanged.connect(lambda scheme: apply_palette(app, scheme))
        app.setProperty(_CONNECTED, True)


def apply_app_icon(app: QGuiApplication) -> None:
    """The application's icon for every window without one of its own (title bar, taskbar)."""
    from contact_manager.ui.kit import icons

    app.setWindowIcon(icons.app_icon())
