"""The clipped-text check finds what a user would see cut off, and only that."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tests.i18n.layout_checks import clipped, plain


def _shown(qtbot, widget, width, height):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def test_text_that_fits_is_not_reported(qtbot):
    root = QWidget()
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("Contatti di fatturazione", objectName="fits"))
    layout.addWidget(QPushButton("&Aggiungi un altro", objectName="button"))
    _shown(qtbot, root, 400, 200)
    assert clipped(root) == []


def test_a_label_too_narrow_for_its_text_is_reported(qtbot):
    root = QWidget()
    label = QLabel("Contatto principale dell'account", root, objectName="narrowLabel")
    label.setGeometry(0, 0, 60, 20)
    _shown(qtbot, root, 300, 100)
    problems = clipped(root)
    assert len(problems) == 1 and problems[0].startswith("narrowLabel:")


def test_a_wrapped_label_without_room_for_its_lines_is_reported(qtbot):
    root = QWidget()
    label = QLabel("Una frase lunga che deve andare a capo più volte " * 3, root, objectName="wrapped")
    label.setWordWrap(True)
    label.setGeometry(0, 0, 120, 18)
    _shown(qtbot, root, 300, 100)
    assert any(p.startswith("wrapped:") for p in clipped(root))


def test_a_button_pushed_out_of_the_window_is_reported(qtbot):
    root = QWidget()
    inner = QWidget(root)
    row = QHBoxLayout(inner)
    wide = QLabel("x" * 10, objectName="wide")
    wide.setMinimumWidth(500)
    row.addWidget(wide)
    row.addWidget(QPushButton("Rimuovi", objectName="removeButton"))
    inner.setGeometry(0, 0, 640, 60)  # wider than the window: the button falls off the edge
    _shown(qtbot, root, 300, 60)
    assert any(p.startswith("removeButton:") for p in clipped(root))


def test_a_group_box_title_too_long_is_reported(qtbot):
    root = QWidget()
    group = QGroupBox("Informazioni sull'azienda e contatti", root, objectName="group")
    group.setGeometry(0, 0, 80, 60)
    _shown(qtbot, root, 300, 100)
    assert any(p.startswith("group:") for p in clipped(root))


def test_mnemonics_are_not_measured():
    assert plain("&Aggiungi un altro") == "Aggiungi un altro"
    assert plain("Ricerca && sostituzione") == "Ricerca & sostituzione"
