"""The one seam for every confirmation, error and validation dialog of the window.

Message boxes are opened with ``open()`` (window-modal, not a nested event loop) and delete
themselves when closed, so a test finds one by its objectName, reads it and closes it.
Questions that need an answer back (a file name) go through ``ask``; a test installs an
answerer with ``set_answerer`` instead of driving a native file dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from contact_manager import APP_NAME
from contact_manager.domain.errors import BillingCapReached, Conflict, ContactError, InvalidEmail
from contact_manager.domain.roles import BILLING_CAP

Answerer = Callable[..., Any]
_answerer: Answerer | None = None


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
    """The limit of three, then the current three one per line (addresses are long)."""
    text = QCoreApplication.translate("Dialogs", "You can only set up to {cap} billing contacts per account.")
    names = "\n".join(f"\u2022 {name}" for name in error.current)
    details = QCoreApplication.translate(
        "Dialogs", "The current billing contacts are:\n{names}\n\nRemove one of them to add someone else."
    )
    box = message(
        parent,
        "billingCapDialog",
        QCoreApplication.translate("Dialogs", "Billing contacts"),
        text.format(cap=BILLING_CAP),
        details=details.format(names=names),
    )
    # Room for "First Last <address>" on one line: the box would otherwise wrap it mid-address.
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 36em; }")
    return box


def invalid_email(parent: QWidget | None, error: InvalidEmail) -> QMessageBox:
    return message(
        parent,
        "invalidEmailDialog",
        QCoreApplication.translate("Dialogs", "Invalid email address"),
        error.message,
        details=QCoreApplication.translate(
            "Dialogs", "Correct the address, or choose a user from the list. Nothing was saved."
        ),
    )


def conflict(parent: QWidget | None, error: Conflict) -> QMessageBox:
    return message(
        parent,
        "conflictDialog",
        QCoreApplication.translate("Dialogs", "Changed elsewhere"),
        error.message,
        QMessageBox.Icon.Information,
        details=QCoreApplication.translate(
            "Dialogs", "The window now shows what is saved. Make your change again if it is still needed."
        ),
    )


def refused(parent: QWidget | None, error: ContactError) -> QMessageBox:
    """Any refusal by the rules: the specific dialogs for the ones that have one."""
    if isinstance(error, BillingCapReached):
        return billing_cap(parent, error)
    if isinstance(error, InvalidEmail):
        return invalid_email(parent, error)
    if isinstance(error, Conflict):
        return conflict(parent, error)
    return message(parent, "errorDialog", QCoreApplication.translate("Dialogs", "Not saved"), error.message)


def about(parent: QWidget | None, version: str) -> QMessageBox:
    text = QCoreApplication.translate("Dialogs", "Contact Manager {version}").format(version=version)
    details = QCoreApplication.translate(
        "Dialogs",
        "Keeps the points of contact of company accounts: the primary contact, "
        "billing contacts and other contacts.",
    )
    return message(
        parent,
        "aboutDialog",
        QCoreApplication.translate("Dialogs", "About Contact Manager"),
        text,
        QMessageBox.Icon.Information,
        details,
    )


def closed_unexpectedly(parent: QWidget | None, log: Path | str) -> QMessageBox:
    """At start-up after a crash: one sentence saying so, and where the log file is."""
    text = QCoreApplication.translate(
        "Dialogs", "Contact Manager closed unexpectedly last time; what happened is in this log file:\n{log}"
    )
    box = message(
        parent, "closedUnexpectedlyDialog", APP_NAME, text.format(log=log), QMessageBox.Icon.Information
    )
    # The path on a line of its own, wide enough not to break at a slash, selectable to copy.
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 44em; }")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def ask(kind: str, parent: QWidget | None = None, **details: Any) -> Any:
    """A question with an answer: ``kind`` is "open_database" (returns a path or None)."""
    if _answerer is not None:
        return _answerer(kind, **details)
    if kind == "open_database":
        path, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Dialogs", "Open database"),
            details.get("start", ""),
            QCoreApplication.translate("Dialogs", "Contact Manager databases (*.db);;All files (*)"),
        )
        return path or None
    raise ValueError(f"unknown question {kind!r}")


def cannot_start(error: ContactError) -> QMessageBox:
    """The database could not be opened at start-up: say why, before any window exists.

    Started from a desktop icon, the app has no console to print to, so the person is told
    in a dialog; ``main`` runs it with ``exec()`` and exits when it closes.
    """
    box = message(
        None,
        "cannotStartDialog",
        QCoreApplication.translate("Dialogs", "Contact Manager can't start"),
        error.message,
        QMessageBox.Icon.Critical,
    )
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    return box
