"""A widget made in one line with the object name the tests, the accessibility checks and the
style sheet find it by (``named(QLineEdit(), "userEmail")``)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

Made = TypeVar("Made", bound=QObject)


def named(made: Made, name: str, *, wrap: bool = False) -> Made:
    """``made`` with its object name; ``wrap``: a label whose text wraps over lines."""
    made.setObjectName(name)
    if wrap:
        assert isinstance(made, QLabel), name  # only a label wraps its text
        made.setWordWrap(True)
    return made
