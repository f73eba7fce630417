"""The one seam for every confirmation, error and validation dialog of the window.

Message boxes are opened with ``open()`` (window-modal, not a nested event loop) and delete
themselves when closed, so a test finds one by its objectName, reads it and closes it.
Questions that need an answer back (a file name) go through ``ask``; a test installs an
answerer with ``set_answerer`` instead of driving a native file dialog. Every file chooser is
built by ``file_dialog`` and run by ``choose_file``; a test that installs ``set_file_runner``
gets the built dialog (kind, title, filters, folder) instead of its ``exec()``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from contact_manager import APP_NAME
from contact_manager.domain.errors import BillingCapReached, Conflict, ContactError, InvalidEmail
from contact_manager.domain.roles import BILLING_CAP
from contact_manager.domain.text import QT_TRANSLATE_NOOP

Box = QMessageBox  # what every function here returns: a caller names no Qt box class of its own
INFORMATION = QMessageBox.Icon.Information
WARNING = QMessageBox.Icon.Warning
QUESTION = QMessageBox.Icon.Question
CRITICAL = QMessageBox.Icon.Critical
Answerer = Callable[..., Any]
_answerer: Answerer | None = None
FileRunner = Callable[[QFileDialog], "str | None"]
_file_runner: FileRunner | None = None


def set_answerer(answerer: Answerer | None) -> None:
    """Answer ``ask`` questions with ``answerer(kind, **details)`` (None: ask the person)."""
    global _answerer
    _answerer = answerer


def answered(kind: str, **details: Any) -> tuple[bool, Any]:
    """(True, the answer) when a test's answerer answers ``kind``; (False, None) when the
    caller is to ask the person with a dialog of its own (a feature's, built outside the kit)."""
    if _answerer is None:
        return False, None
    return True, _answerer(kind, **details)


# The file questions ``ask`` puts itself: kind -> (a save dialog?, title, name filters).
FILE_QUESTIONS = {
    "open_database": (
        False,
        QT_TRANSLATE_NOOP("Dialogs", "Open database"),
        QT_TRANSLATE_NOOP("Dialogs", "Contact Manager databases (*.db);;All files (*)"),
    ),
    "new_database": (
        True,
        QT_TRANSLATE_NOOP("Dialogs", "New database"),
        QT_TRANSLATE_NOOP("Dialogs", "Contact Manager databases (*.db)"),
    ),
    "save_notice": (  # a notice to send, as an .eml draft
        True,
        QT_TRANSLATE_NOOP("Dialogs", "Save the message as a draft"),
        QT_TRANSLATE_NOOP("Dialogs", "Email messages (*.eml)"),
    ),
}


def set_file_runner(runner: FileRunner | None) -> None:
    """Run file dialogs with ``runner(dialog)`` (its answer: a path or None) instead of ``exec()``."""
    global _file_runner
    _file_runner = runner


def file_dialog(parent: QWidget | None, *, save: bool, title: str, start: str, filters: str) -> QFileDialog:
    """The file chooser for a question: a save dialog (a new name can be typed) or an open one
    (an existing file), titled ``title``, with ``filters`` (";;"-separated), in the folder of
    ``start`` (a folder, or a suggested file in its folder)."""
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("fileDialog")
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if filters:
        dialog.setNameFilters(filters.split(";;"))
    if start:
        where = Path(start)
        if where.is_dir():
            dialog.setDirectory(str(where))
        else:
            dialog.setDirectory(str(where.parent))
            dialog.selectFile(where.name)
    return dialog


def choose_file(parent: QWidget | None, *, save: bool, title: str, start: str, filters: str) -> str | None:
    """Ask for a file with ``file_dialog``: the chosen path, or None when cancelled."""
    dialog = file_dialog(parent, save=save, title=title, start=start, filters=filters)
    if _file_runner is not None:
        path = _file_runner(dialog)
    else:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        files = dialog.selectedFiles() if accepted else []
        path = files[0] if files else None
    dialog.deleteLater()
    return path or None


def message(
    parent: QWidget | None,
    name: str,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    details: str = "",
) -> QMessageBox:
    """Show a message box without blocking; returns it (already open)."""
    box = _message_box(parent, name, title, text, icon, details, QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _message_box(
    parent: QWidget | None,
    name: str,
    title: str,
    text: str,
    icon: QMessageBox.Icon,
    details: str,
    button: QMessageBox.StandardButton,
) -> QMessageBox:
    """A window-modal box of plain text, named for tests and screen readers alike."""
    box = QMessageBox(icon, title, text, button, parent)
    box.setObjectName(name)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    if details:
        box.setInformativeText(details)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box


def confirm(
    parent: QWidget | None,
    name: str,
    title: str,
    text: str,
    action: str,
    on_confirm: Callable[[], object],
    *,
    details: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> QMessageBox:
    """Ask before a change that can't be taken back, without blocking: Cancel (the default, and
    Escape) or ``action``, a destructive button named ``name`` with "Dialog" replaced by
    "Button". ``on_confirm()`` runs once the person chose ``action``; the box is not open yet
    (the caller opens it, as it opens its other dialogs)."""
    box = _message_box(parent, name, title, text, icon, details, QMessageBox.StandardButton.Cancel)
    button = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    button.setObjectName(name.removesuffix("Dialog") + "Button")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(lambda _result: on_confirm() if box.clickedButton() is button else None)
    return box


def ask_to_discard(
    parent: QWidget, name: str, title: str, text: str, action: str, on_discard: Callable[[], object]
) -> QMessageBox:
    """Ask before throwing away what was typed, and open the question: ``action`` or "Keep
    editing" (the default, and Escape: "Cancel" would read as cancelling the form again)."""
    box = confirm(parent, name, title, text, action, on_discard)
    keep = QCoreApplication.translate("Dialogs", "&Keep editing")
    box.button(QMessageBox.StandardButton.Cancel).setText(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
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


# The refusals with a box of their own: its name, title and icon, and the line under the reason.
REFUSAL_BOXES: dict[type[ContactError], tuple[str, str, QMessageBox.Icon, str]] = {
    InvalidEmail: (
        "invalidEmailDialog",
        QT_TRANSLATE_NOOP("Dialogs", "Invalid email address"),
        WARNING,
        QT_TRANSLATE_NOOP(
            "Dialogs", "Correct the address, or choose a user from the list. Nothing was saved."
        ),
    ),
    Conflict: (
        "conflictDialog",
        QT_TRANSLATE_NOOP("Dialogs", "Changed elsewhere"),
        INFORMATION,
        QT_TRANSLATE_NOOP(
            "Dialogs", "The window now shows what is saved. Make your change again if it is still needed."
        ),
    ),
}


def refused(parent: QWidget | None, error: ContactError) -> QMessageBox:
    """Any refusal by the rules: the specific dialogs for the ones that have one."""
    if isinstance(error, BillingCapReached):
        return billing_cap(parent, error)
    for kind, (name, title, icon, details) in REFUSAL_BOXES.items():
        if isinstance(error, kind):
            translate = QCoreApplication.translate
            return message(
                parent, name, translate("Dialogs", title), error.message, icon, translate("Dialogs", details)
            )
    return message(parent, "errorDialog", QCoreApplication.translate("Dialogs", "Not saved"), error.message)


def about(parent: QWidget | None, version: str) -> QMessageBox:
    text = QCoreApplication.translate("Dialogs", "Contact Manager {version}").format(version=version)
    details = QCoreApplication.translate(
        "Dialogs",
        "Keeps the points of contact of company accounts: the primary contact, "
        "billing contacts and other contacts.",
    )
    from contact_manager import paths

    details += "\n\n" + QCoreApplication.translate(
        "Dialogs",
        "Your data, its backups and the log file are in {folder} (Help > Open log and data folder).",
    ).format(folder=paths.data_dir())
    box = message(
        parent,
        "aboutDialog",
        QCoreApplication.translate("Dialogs", "About Contact Manager"),
        text,
        QMessageBox.Icon.Information,
        details,
    )
    # Wide enough for the description on two or three lines, not one word per line.
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 30em; }")
    return box


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


def crashed(title: str, text: str, details: str) -> QMessageBox:
    """An unexpected error (``crash``): what happened and where the log is, the traceback under
    "Show Details...". Not open: the crash handler waits on it with ``exec()``."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok)
    box.setObjectName("crashDialog")
    box.setDetailedText(details)
    box.setAccessibleName(QCoreApplication.translate("Crash", "Unexpected error"))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
    return box


def ask(kind: str, parent: QWidget | None = None, **details: Any) -> Any:
    """A question with an answer, by ``kind``:

    - "open_database": an existing database file (a path or None);
    - "new_database": where to create a new database (a path or None);
    - "restore_database": File > Restore's chooser over ``backups`` (a path or None);
    - "restore_other_file": any file to restore from (a path or None);
    - "cannot_start": the start-up failure dialog over ``error`` and the ``latest`` good
      backup; one of "restore", "open", "create", "quit".
    """
    if _answerer is not None:
        return _answerer(kind, **details)
    if kind in FILE_QUESTIONS:
        save, title, filters = FILE_QUESTIONS[kind]
        return choose_file(
            parent,
            save=save,
            title=QCoreApplication.translate("Dialogs", str(title)),
            start=details.get("start", ""),
            filters=QCoreApplication.translate("Dialogs", str(filters)),
        )
    if kind == "restore_other_file":
        return choose_file(
            parent,
            save=False,
            title=details.get("title", ""),
            start=details.get("start", ""),
            filters=details.get("filters", ""),
        )
    if kind == "restore_database":
        from contact_manager.ui.kit.restore_chooser import RestoreChooser

        chooser = RestoreChooser(
            details.get("backups", ()),
            parent,
            damaged=details.get("damaged", ()),
            note=details.get("note", ""),
            filters=details.get("filters", ""),
            final=details.get("final", False),
        )
        chooser.setWindowModality(
            Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal
        )
        accepted = chooser.exec() == QDialog.DialogCode.Accepted
        chosen = chooser.chosen if accepted else None
        chooser.deleteLater()
        return chosen
    if kind == "cannot_start":
        box = cannot_start(
            details["error"], details.get("latest"), can_restore=details.get("can_restore", True)
        )
        box.exec()  # no window yet: waiting here is what the person expects
        choice = start_choice(box)
        box.deleteLater()
        return choice
    raise ValueError(f"unknown question {kind!r}")


START_CHOICES = ("restore", "open", "create", "quit")


def cannot_start(error: ContactError, latest: Any = None, *, can_restore: bool = True) -> QMessageBox:
    """The database could not be opened at start-up: say why, and what can be done instead.

    Started from a desktop icon, the app has no console to print to, so the person is told
    in a dialog, before any window exists. Its buttons (each with a "choice" property, read
    back by ``start_choice``): restore a backup (the default when ``latest``, the newest good
    backup, was found), open another database, create a new one, quit. The box is not open
    yet: ``ask("cannot_start", ...)`` runs it with ``exec()``.
    """
    title = QCoreApplication.translate("Dialogs", "Contact Manager can't start")
    box = QMessageBox(QMessageBox.Icon.Critical, title, error.message, QMessageBox.StandardButton.NoButton)
    box.setObjectName("cannotStartDialog")
    box.setAccessibleName(title)
    box.setAccessibleDescription(error.message)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    if latest is not None:
        from contact_manager.ui.kit.restore_chooser import when_text

        found = QCoreApplication.translate(
            "Dialogs", "The latest good backup of it was made on {when} ({kind})."
        ).format(when=when_text(latest.made), kind=latest.kind_text())
    elif can_restore:
        found = QCoreApplication.translate("Dialogs", "No good backup of it was found.")
    else:
        found = ""
    what = QCoreApplication.translate(
        "Dialogs", "You can restore a backup, open another database or create a new one."
    )
    if not can_restore:
        what = QCoreApplication.translate("Dialogs", "You can open another database or create a new one.")
    box.setInformativeText(f"{found}\n\n{what}" if found else what)
    texts = {
        "restore": QCoreApplication.translate("Dialogs", "&Restore a backup..."),
        "open": QCoreApplication.translate("Dialogs", "&Open another database..."),
        "create": QCoreApplication.translate("Dialogs", "&Create a new database..."),
        "quit": QCoreApplication.translate("Dialogs", "&Quit"),
    }
    for choice in START_CHOICES:
        if choice == "restore" and not can_restore:
            continue
        role = QMessageBox.ButtonRole.RejectRole if choice == "quit" else QMessageBox.ButtonRole.ActionRole
        button = box.addButton(texts[choice], role)
        button.setObjectName(f"cannotStart{choice.capitalize()}Button")
        button.setProperty("choice", choice)
        if choice == "quit":
            box.setEscapeButton(button)
        if (choice == "restore" and latest is not None) or (choice == "open" and latest is None):
            box.setDefaultButton(button)
    return box


def start_choice(box: QMessageBox) -> str:
    """The choice of the button that closed a ``cannot_start`` box ("quit" when closed otherwise)."""
    button = box.clickedButton()
    choice = button.property("choice") if button is not None else None
    return choice if choice in START_CHOICES else "quit"
