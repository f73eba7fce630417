"""The import's file questions: the users file to read, and where to save the refused rows.
Each starts in the folder last used for imports (``ui.kit.file_folders``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from contact_manager.ui.kit import dialogs, file_folders

FileChooser = Callable[[QWidget], str]


def users_file_filters() -> str:
    """The files the import reads, for a file dialog: CSV, Excel workbooks and vCards."""
    return QCoreApplication.translate(
        "ImportDialog",
        "Users files (*.csv *.txt *.xlsx *.vcf);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;"
        "vCard files (*.vcf);;All files (*)",
    )


def open_file(parent: QWidget) -> str:
    path = dialogs.choose_file(
        parent,
        save=False,
        title=QCoreApplication.translate("ImportDialog", "Import users"),
        start=file_folders.start_path("import"),
        filters=users_file_filters(),
    )
    file_folders.remember("import", path or "")
    return path or ""


def save_file(parent: QWidget) -> str:
    path = dialogs.choose_file(
        parent,
        save=True,
        title=QCoreApplication.translate("ImportDialog", "Save refused rows"),
        start=file_folders.start_path("import", "refused-rows.csv"),
        filters=QCoreApplication.translate("ImportDialog", "CSV files (*.csv)"),
    )
    file_folders.remember("import", path or "")
    return path or ""
