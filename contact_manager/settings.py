"""Where the app keeps its preferences (language, window geometry, last tab).

With ``CONTACT_MANAGER_HOME`` set (a portable install, or every test) the settings are an
INI file in that folder, so nothing reaches the real user's registry or config folder;
otherwise they are the platform's native per-user settings. Nothing is created at import.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from contact_manager import APP_NAME, ORG_NAME, paths

SETTINGS_FILE_NAME = "settings.ini"


def open_settings() -> QSettings:
    """A QSettings for the current user, following ``paths`` (see the module docstring)."""
    if os.environ.get("CONTACT_MANAGER_HOME"):
        return QSettings(str(paths.data_dir() / SETTINGS_FILE_NAME), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)
