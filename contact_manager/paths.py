"""Every path the app uses, chosen in one place.

``CONTACT_MANAGER_HOME`` puts everything (database, logs, settings) in one folder, for a
portable install or a test; otherwise the platform's per-user folders are used. The
database alone can also be chosen with ``CONTACT_MANAGER_DB`` or ``--db``.
Nothing here creates a folder at import time.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "ContactManager"
DB_FILE_NAME = "contacts.db"


def data_dir() -> Path:
    home = os.environ.get("CONTACT_MANAGER_HOME")
    if home:
        return Path(home)
    import platformdirs  # here, not at the top: start-up does not need it

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def log_dir() -> Path:
    return data_dir() / "logs"


def default_database() -> str:
    """The database to open when none is named: the variable, else the per-user file."""
    return os.environ.get("CONTACT_MANAGER_DB") or str(data_dir() / DB_FILE_NAME)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the owner only, and return it."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
