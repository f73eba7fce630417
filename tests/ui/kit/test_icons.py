"""Line icons: every one renders, takes the palette's text colour, and stays sharp at 2x."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QToolButton

from contact_manager.ui.kit import icons
from contact_manager.ui.kit.look import palette_for

NEEDED = [
    "add-user", "remove", "undo", "redo", "account", "warning", "external-address",
    "deactivated-user", "check", "import", "export", "print", "backup", "restore",
    "history", "users", "billing", "search",
]  # fmt: skip


def _ink(image) -> list[QColor]:
    """The colours of the visibly painted pixels of ``image``."""
    return [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]


def test_every_needed_icon_exists():
    assert set(NEEDED) <= set(icons.names())


@pytest.mark.parametrize("name", icons.names())
def test_icon_is_a_24px_line_drawing(name):
    root = ET.parse(icons.ICON_DIR / f"{name}.svg").getroot()
    assert root.get("viewBox") == "0 0 24 24"
    assert root.get("fill") == "none"


@pytest.mark.parametrize("name", icons.names())
def test_icon_draws_in_the_palette_text_colour(qapp, name):
    qapp.setPalette(palette_for_text("#c03020"))
    image = icons.icon(name).pixmap(QSize(32, 32)).toImage()
    ink = _ink(image)
    assert len(ink) > 20, "the icon draws something"
    assert all(c.red() > 150 and c.green() < 90 and c.blue() < 80 for c in ink)


def palette_for_text(colour: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    return palette


@pytest.fixture(autouse=True)
def restore_palette(qapp):
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)


def test_icons_follow_a_switch_to_dark_without_being_fetched_again(qapp):
    icon = icons.icon("users")
    qapp.setPalette(palette_for(Qt.ColorScheme.Light))
    light = _ink(icon.pixmap(QSize(24, 24)).toImage())
    qapp.setPalette(palette_for(Qt.ColorScheme.Dark))
    dark = _ink(icon.pixmap(QSize(24, 24)).toImage())
    assert max(c.lightness() for c in light) < 80
    assert min(c.lightness() for c in dark) > 170


def test_disabled_icons_are_drawn_in_the_disabled_colour(qapp):
    qapp.setPalette(palette_for(Qt.ColorScheme.Light))
    normal = _ink(icons.icon("check").pixmap(QSize(24, 24), QIcon.Mode.Normal).toImage())
    disabled = icons.icon("check").pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
    faint = [
        disabled.pixelColor(x, y)
        for x in range(24)
        for y in range(24)
        if disabled.pixelColor(x, y).alpha() > 200
    ]
    assert min(c.lightness() for c in faint) > max(c.lightness() for c in normal)


def test_high_dpi_pixmaps_are_rendered_at_device_size():
    pixmap = icons.icon("search").pixmap(QSize(24, 24), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.size() == QSize(48, 48)
    # Drawn at 48 device pixels, not a 24-pixel drawing scaled up.
    sharp = icons.render("search", QSize(48, 48), icons.colour_for(QIcon.Mode.Normal)).toImage()
    assert pixmap.toImage().convertToFormat(sharp.format()) == sharp


def test_icon_on_a_button_paints(qtbot):
    button = QToolButton()
    qtbot.addWidget(button)
    button.setIcon(icons.icon("add-user"))
    button.setIconSize(QSize(24, 24))
    button.resize(40, 40)
    assert _ink(button.grab().toImage())


def test_unknown_icon_is_an_error():
    with pytest.raises(KeyError):
        icons.icon("no-such-icon")


def test_app_icon_offers_the_usual_sizes(qapp):
    sizes = icons.app_icon().availableSizes()
    assert QSize(16, 16) in sizes and QSize(256, 256) in sizes
    card = icons.app_icon().pixmap(QSize(64, 64)).toImage().pixelColor(32, 32)
    assert card.alpha() == 255 and card.blue() > card.red()  # the blue card, not tinted
    assert QApplication.instance() is qapp


def test_a_flag_beside_a_contact_box_is_redrawn_for_dark_mode(qtbot, qapp):
    from contact_manager.ui.contacts.contact_picker import StatusMarker

    qapp.setPalette(palette_for(Qt.ColorScheme.Light))
    marker = StatusMarker()
    qtbot.addWidget(marker)
    marker.show_flag("external-address", "External address", "Not a user of this account.")
    light = _ink(marker.icon.pixmap().toImage())
    qapp.setPalette(palette_for(Qt.ColorScheme.Dark))
    qapp.processEvents()  # Qt posts the palette change to each widget
    dark = _ink(marker.icon.pixmap().toImage())
    assert max(c.lightness() for c in light) < 80
    assert min(c.lightness() for c in dark) > 170
    assert marker.accessibleName() == "External address"
