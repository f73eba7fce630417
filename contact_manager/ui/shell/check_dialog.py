"""Help > Check database...: the check of ``services.check``, its result in a message box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from contact_manager.domain.errors import ContactError
from contact_manager.services.check import check_database
from contact_manager.ui.kit import dialogs

LISTED = 20  # the box lists this many problems; the command line lists them all


def show_check(parent: QWidget | None, path: Path | None) -> dialogs.Box:
    """Check the database at ``path`` (it is only read) and show what was found."""
    title = QCoreApplication.translate("CheckDialog", "Check database")
    if path is None:
        text = QCoreApplication.translate("CheckDialog", "Only a database file can be checked, not a server.")
        return dialogs.message(parent, "checkDatabaseDialog", title, text, dialogs.INFORMATION)
    try:
        report = check_database(path)
    except ContactError as error:
        return dialogs.message(parent, "checkDatabaseDialog", title, error.message)
    if report.clean:
        text = QCoreApplication.translate("CheckDialog", "No problems found in {path}.").format(path=path)
        return dialogs.message(parent, "checkDatabaseDialog", title, text, dialogs.INFORMATION)
    text = QCoreApplication.translate("CheckDialog", "Problems found in {path}: {count}.").format(
        path=path, count=len(report.problems)
    )
    shown = report.problems[:LISTED]
    details = "\n".join(f"\u2022 {' '.join(problem.split())}" for problem in shown)
    if len(report.problems) > LISTED:
        details += "\n" + QCoreApplication.translate(
            "CheckDialog", "...and {count} more: run contact-manager-cli check to see them all."
        ).format(count=len(report.problems) - LISTED)
    return dialogs.message(parent, "checkDatabaseDialog", title, text, details=details)
