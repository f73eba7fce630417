"""The few gestures every GUI test repeats: a context on an account, a widget on screen, typing
into a contact box and picking, waiting for a message box and closing it, letting Qt run what
it queued."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from contact_manager.ui.contacts.contact_picker import ContactPicker
from contact_manager.ui.kit.context import AppContext


def context_on(services, account_id: int) -> AppContext:
    """The window's context over ``services``, showing the account ``account_id``."""
    context = AppContext(services)
    context.switch_account(account_id)
    return context


def on_screen(qtbot, widget: QWidget, size: tuple[int, int] | None = None) -> QWidget:
    """``widget`` shown (at ``size``), closed by qtbot after the test."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    return widget


def settle(qtbot) -> None:
    """Run what Qt has queued, delete what it deleted later, and collect Python's garbage."""
    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    qtbot.wait(10)


def picker(window: QWidget, name: str) -> ContactPicker:
    found = window.findChild(ContactPicker, name)
    assert found is not None, name
    return found


def type_and_pick(qtbot, box: ContactPicker, text: str) -> None:
    """Click into the box, type ``text`` and take the first match with Down and Enter."""
    qtbot.mouseClick(box.lineEdit(), Qt.MouseButton.LeftButton)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    popup = box.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def type_and_enter(qtbot, box: ContactPicker, text: str) -> None:
    """Type ``text`` over what the box shows and press Enter without picking a match."""
    qtbot.mouseClick(box.lineEdit(), Qt.MouseButton.LeftButton)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    popup = box.completer_.popup()
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)


def wait_dialog(qtbot, window: QWidget, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, name) is not None)
    return window.findChild(QMessageBox, name)


def close_dialog(qtbot, box: QMessageBox) -> None:
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible() if _alive(box) else True)


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True


def open_editor(qtbot, table, row: int, column: int) -> QLineEdit:
    """Double-click a cell and select what it holds (Ctrl+A): the cell's editor, open."""
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    return editor


def type_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Double-click a cell, type over it, press Enter."""
    editor = open_editor(qtbot, table, row, column)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # a person is slower than Qt's queued commit of the editor


def read_and_close_when_shown(name: str) -> list[str]:
    """Once the event loop runs (``main()`` of the app): wait for the top-level message box
    ``name``, keep its text and close it. Returns the list the texts are put in."""
    seen: list[str] = []

    def look() -> None:
        box = next((w for w in QApplication.topLevelWidgets() if w.objectName() == name), None)
        if box is None:
            QTimer.singleShot(20, look)
            return
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.close()

    QTimer.singleShot(0, look)
    return seen
