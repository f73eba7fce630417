"""The look: Fusion, the system's light/dark palette followed live, a readable font."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from contact_manager.ui.kit import look


@pytest.fixture
def app(qapp):
    style, palette, font = qapp.style().name(), QPalette(qapp.palette()), qapp.font()
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


def test_apply_look_uses_fusion_a_readable_font_and_the_app_icon(app):
    look.apply_look(app)
    look.apply_app_icon(app)
    assert app.style().name().lower() == "fusion"
    assert app.font().pointSizeF() >= look.MIN_POINT_SIZE
    assert not app.windowIcon().isNull()


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark, Qt.ColorScheme.Unknown])
def test_palettes_keep_text_readable(scheme):
    palette = look.palette_for(scheme)
    assert look.is_dark(palette) == (scheme == Qt.ColorScheme.Dark)
    for text, back in [
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    ]:
        contrast = abs(palette.color(text).lightness() - palette.color(back).lightness())
        assert contrast > 100, (scheme, text)
    # disabled text is visibly different from enabled text
    enabled = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert abs(enabled.lightness() - disabled.lightness()) > 50


def test_the_app_follows_the_system_switching_to_dark_and_back(app):
    signal = "2colorSchemeChanged(Qt::ColorScheme)"  # SIGNAL() form, as QObject.receivers takes it
    look.apply_look(app)
    once = app.styleHints().receivers(signal)
    look.apply_look(app)  # applying twice must not connect twice
    assert once >= 1 and app.styleHints().receivers(signal) == once
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert look.is_dark(app.palette())
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not look.is_dark(app.palette())


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
def test_the_system_scheme_wins_where_the_platform_palette_disagrees(app, monkeypatch, scheme):
    other = Qt.ColorScheme.Dark if scheme == Qt.ColorScheme.Light else Qt.ColorScheme.Light
    app.setPalette(look.palette_for(other))
    monkeypatch.setattr(type(app.styleHints()), "colorScheme", lambda _hints: scheme)
    look.confirm_scheme(app)
    assert look.is_dark(app.palette()) == (scheme == Qt.ColorScheme.Dark)


def test_an_unknown_scheme_keeps_the_palette(app, monkeypatch):
    app.setPalette(look.palette_for(Qt.ColorScheme.Dark))
    monkeypatch.setattr(type(app.styleHints()), "colorScheme", lambda _hints: Qt.ColorScheme.Unknown)
    look.confirm_scheme(app)
    assert look.is_dark(app.palette())
