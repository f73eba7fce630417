"""A widget made in one line with the object name the tests, the accessibility checks and the
style sheet find it by (``named(QLineEdit(), "userEmail")``); an action likewise; a table set
up for reading; an icon beside a text; a column of widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

Made = TypeVar("Made", bound=QObject)
Table = TypeVar("Table", bound=QTableView)


def named(made: Made, name: str, *, wrap: bool = False) -> Made:
    """``made`` with its object name; ``wrap``: a label whose text wraps over lines."""
    made.setObjectName(name)
    if wrap:
        assert isinstance(made, QLabel), name  # only a label wraps its text
        made.setWordWrap(True)
    return made


def named_action(
    parent: QObject, name: str, slot: Callable[[], object], keys: QKeySequence.StandardKey | None = None
) -> QAction:
    """An action named ``name`` that runs ``slot``, on the platform's ``keys`` for it if given."""
    made = named(QAction(parent), name)
    if keys is not None:
        made.setShortcuts(keys)
    made.triggered.connect(slot)
    return made


def reading_table(
    table: Table,
    name: str,
    model: QAbstractItemModel | None = None,
    *,
    resize: QHeaderView.ResizeMode | None = None,
    spaced: bool = False,
) -> Table:
    """``table`` (named, showing ``model``) for reading: whole rows selected, nothing edited in
    place, no row numbers, the last column stretched; ``resize``: how its columns are sized
    (else as the user drags them); ``spaced``: rows a line of text and 10 pixels tall."""
    table.setObjectName(name)
    if model is not None:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    if spaced:
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    if resize is not None:
        header.setSectionResizeMode(resize)
    return table


class IconAndText(QWidget):
    """Two labels side by side, edge to edge: ``icon`` and ``text``, put in ``row`` by the
    subclass (which aligns and stretches them)."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(spacing)
        self.icon = QLabel(self)
        self.text = QLabel(self)


def column(parent: QWidget, *items: QWidget | QLayout | tuple[QWidget, int]) -> QVBoxLayout:
    """``parent``'s layout: ``items`` one under another; a (widget, stretch) pair takes a share of
    the room left."""
    layout = QVBoxLayout(parent)
    for item in items:
        if isinstance(item, QLayout):
            layout.addLayout(item)
        elif isinstance(item, tuple):
            layout.addWidget(*item)
        else:
            layout.addWidget(item)
    return layout
