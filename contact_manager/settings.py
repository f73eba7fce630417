"""Where the app keeps its preferences (language, window geometry, last tab).

With ``CONTACT_MANAGER_HOME`` set (a portable install, or every test) the settings are an
INI file in that folder, so nothing reaches the real user's registry or config folder;
otherwise they are the platform's native per-user settings. Nothing is created at import.
Save with ``save(settings)``: where the settings are a file (the INI file, Linux's native
settings), it is made owner-only (0600) before Qt writes it (Qt keeps an existing file's
permissions when it saves), and narrowed again after.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from contact_manager import APP_NAME, ORG_NAME, files, paths

SETTINGS_FILE_NAME = "settings.ini"


def open_settings() -> QSettings:
    """A QSettings for the current user, following ``paths`` (see the module docstring)."""
    if os.environ.get("CONTACT_MANAGER_HOME"):
        return QSettings(str(paths.data_dir() / SETTINGS_FILE_NAME), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)


def save(settings: QSettings) -> None:
    """Write the settings now, into a file only their owner can read."""
    path = _settings_file(settings)
    try:
        if path is not None and not path.exists():
            paths.ensure_private_dir(path.parent)
            os.close(files.open_private(path))
    except OSError:  # a read-only folder: Qt can't save there either, and says nothing
        path = None
    settings.sync()
    if path is not None:
        with contextlib.suppress(OSError):
            files.make_private(path)


def _settings_file(settings: QSettings) -> Path | None:
    """The file the settings live in; None where they are not a file of ours (the Windows
    registry, macOS preferences)."""
    if settings.format() == QSettings.Format.IniFormat or sys.platform not in ("win32", "darwin"):
        return Path(settings.fileName())
    return None
