"""What the import dialog says once the work is done: how many users were imported and
refused, and where the refused rows were saved (or why they could not be)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from contact_manager.services.importing import ImportResult


def imported_text(result: ImportResult) -> str:
    """ "Imported 3 users. 1 row was refused: save it to fix it and import it again." """
    if result.imported == 1:
        text = QCoreApplication.translate("ImportDialog", "Imported 1 user.")
    else:
        text = QCoreApplication.translate("ImportDialog", "Imported %1 users.").replace(
            "%1", str(result.imported)
        )
    if result.refused == 1:
        text += " " + QCoreApplication.translate(
            "ImportDialog", "1 row was refused: save it to fix it and import it again."
        )
    elif result.refused:
        text += " " + QCoreApplication.translate(
            "ImportDialog", "%1 rows were refused: save them to fix them and import them again."
        ).replace("%1", str(result.refused))
    return text


def refused_saved_text(count: int, path: str) -> str:
    if count == 1:
        text = QCoreApplication.translate("ImportDialog", "Saved 1 refused row to %2.")
    else:
        text = QCoreApplication.translate("ImportDialog", "Saved %1 refused rows to %2.")
    return text.replace("%1", str(count)).replace("%2", Path(path).name)


def cannot_write_text(path: str, error: OSError) -> str:
    return (
        QCoreApplication.translate("ImportDialog", "Can't write %1: %2")
        .replace("%1", path)
        .replace("%2", error.strerror or str(error))
    )
