"""Names for the parts Qt builds inside a widget, which a screen reader would read as nameless.

A combo box's popup list and a line edit's clear button are children Qt makes itself; the
accessibility bus exports them with no name unless one is given here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QToolButton


def name_clear_button(edit: QLineEdit, name: str) -> None:
    """Name the clear button of ``edit`` (shown by ``setClearButtonEnabled``)."""
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(name)


def name_popup_list(box: QComboBox, name: str) -> None:
    """Name the list ``box`` opens (the choices a listener moves through)."""
    box.view().setAccessibleName(name)
