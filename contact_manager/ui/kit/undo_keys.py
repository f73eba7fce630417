"""Ctrl+Z and Ctrl+Shift+Z reach the window's Undo and Redo from a text field with nothing of
its own to undo or redo.

Qt's text fields claim those keys (``ShortcutOverride``) whether or not they have any typing
to take back, so after a contact was chosen in one box, Ctrl+Z in the box Tab went on to did
nothing at all. A field that has typing of its own still undoes that first, as everywhere.

One ``UndoKeys`` per window follows the focus (``QApplication.focusChanged``: a signal at
each move of the focus, not a filter on every event) and watches only the focused field.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget


def _editor(widget: QObject | None) -> QLineEdit | None:
    """The text field a focused widget types into: itself, an editable combo box's, or none."""
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    return None


class UndoKeys(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._watched: QWidget | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window exists only in a QApplication
        app.focusChanged.connect(self._focus_moved)

    @Slot(QWidget, QWidget)
    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None:
            with contextlib.suppress(RuntimeError):  # the field is gone already
                self._watched.removeEventFilter(self)
        self._watched = None
        if new is not None and new.window() is self.window and _editor(new) is not None:
            new.installEventFilter(self)
            self._watched = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        editor = _editor(watched)
        if editor is None or editor.isReadOnly():
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            return not editor.isUndoAvailable()  # True: the field never hears it, the window's Undo does
        if event.matches(QKeySequence.StandardKey.Redo):
            return not editor.isRedoAvailable()
        return False
