"""Where a file dialog opens: the folder last used for that kind of file, else Documents.

Never the process's working folder (from a desktop icon that is the home or the install
folder, neither of which a person chose). Each kind of file ("import", "export", "pdf",
"backup") remembers its own folder in the settings, so exporting a PDF to a shared folder
does not send the next backup there. A remembered folder that no longer exists is skipped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from contact_manager.settings import open_settings

GROUP = "fileDialogs"
# The kind of file of each question the File menu asks (see ui.shell.file_menu); an export's
# is declared with it (services.exports).
QUESTIONS = {
    "import_users": "import",
    "import_account": "import",
    "save_refused_rows": "import",
    "backup_database": "backup",
    "restore_database": "backup",
}


def default_folder() -> Path:
    """The user's Documents folder, else their home."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def folder(kind: str) -> Path:
    """The folder a dialog for ``kind`` starts in."""
    saved = open_settings().value(f"{GROUP}/{kind}")
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    return default_folder()


def start_path(kind: str, name: str = "") -> str:
    """The folder for ``kind``, with the suggested file ``name`` in it when one is given."""
    start = folder(kind)
    return str(start / Path(name).name) if name else str(start)


def remember(kind: str, chosen: str) -> None:
    """Remember the folder of ``chosen`` (a file the person picked) for ``kind``."""
    if not chosen:
        return
    settings = open_settings()
    settings.setValue(f"{GROUP}/{kind}", str(Path(chosen).resolve().parent))
    settings.sync()
