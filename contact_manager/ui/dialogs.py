"""The one seam for every confirmation, error and validation dialog of the window.

Message boxes are opened with ``open()`` (window-modal, not a nested event loop) and delete
themselves when closed, so a test finds one by its objectName, reads it and closes it.
Questions that need an answer back (a file name) go through ``ask``; a test installs an
answerer with ``set_answerer`` instead of driving a native file dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from contact_manager.domain.errors import BillingCapReached, Conflict, ContactError, InvalidEmail

Answerer = Callable[..., Any]
_answerer: Answerer | None = None


def tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def set_answerer(answerer: Answerer | None) -> None:
    """Answer ``ask`` questions with ``answerer(kind, **details)`` (None: ask the person)."""
    global _answerer
    _answerer = answerer


def message(
    parent: QWidget | None,
    name: str,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    details: str = "",
) -> QMessageBox:
    """Show a message box without blocking; returns it (already open)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    if details:
        box.setInformativeText(details)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def billing_cap(parent: QWidget | None, error: BillingCapReached) -> QMessageBox:
    return message(parent, "billingCapDialog", tr("Billing contacts"), error.message)


def invalid_email(parent: QWidget | None, error: InvalidEmail) -> QMessageBox:
    return message(
        parent,
        "invalidEmailDialog",
        tr("Invalid email address"),
        error.message,
        details=tr("Correct the address, or choose a user from the list. Nothing was saved."),
    )


def conflict(parent: QWidget | None, error: Conflict) -> QMessageBox:
    return message(
        parent,
        "conflictDialog",
        tr("Changed elsewhere"),
        error.message,
        QMessageBox.Icon.Information,
        details=tr("The window now shows what is saved. Make your change again if it is still needed."),
    )


def refused(parent: QWidget | None, error: ContactError) -> QMessageBox:
    """Any refusal by the rules: the specific dialogs for the ones that have one."""
    if isinstance(error, BillingCapReached):
        return billing_cap(parent, error)
    if isinstance(error, InvalidEmail):
        return invalid_email(parent, error)
    if isinstance(error, Conflict):
        return conflict(parent, error)
    return message(parent, "errorDialog", tr("Not saved"), error.message)


def about(parent: QWidget | None, version: str) -> QMessageBox:
    text = tr("Contact Manager {version}").format(version=version)
    details = tr(
        "Keeps the points of contact of company accounts: the primary contact, "
        "billing contacts and other contacts."
    )
    return message(
        parent, "aboutDialog", tr("About Contact Manager"), text, QMessageBox.Icon.Information, details
    )


def ask(kind: str, parent: QWidget | None = None, **details: Any) -> Any:
    """A question with an answer: ``kind`` is "open_database" (returns a path or None)."""
    if _answerer is not None:
        return _answerer(kind, **details)
    if kind == "open_database":
        path, _filter = QFileDialog.getOpenFileName(
            parent,
            tr("Open database"),
            details.get("start", ""),
            tr("Contact Manager databases (*.db);;All files (*)"),
        )
        return path or None
    raise ValueError(f"unknown question {kind!r}")
