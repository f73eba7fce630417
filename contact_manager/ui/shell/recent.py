"""File > Open recent's list: the database files and office databases opened last, newest first.

Kept in the settings (``contact_manager.settings``) as plain text: a file's path, or a
server's ``postgresql://`` URL with any password taken out before it is written, so no
password ever reaches the settings. At most ``LIMIT`` entries; opening one again moves it
to the top.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from contact_manager.services.connecting import keepable
from contact_manager.settings import open_settings
from contact_manager.settings import save as save_settings

KEY = "recent/databases"
LIMIT = 8


def _read(settings: QSettings) -> list[str]:
    value = settings.value(KEY)
    if isinstance(value, str):  # QSettings' INI file gives a one-entry list back as a string
        value = [value]
    return [entry for entry in value if isinstance(entry, str) and entry] if isinstance(value, list) else []


def entries() -> list[str]:
    """The recent databases, newest first."""
    return _read(open_settings())


def _write(settings: QSettings, items: list[str]) -> None:
    if items:
        settings.setValue(KEY, items)
    else:
        settings.remove(KEY)
    save_settings(settings)


def shown(entry: str) -> str:
    """How an entry is kept: a server URL without its password, a path as it is."""
    return keepable(entry)


def add(entry: str) -> None:
    """Put ``entry`` (a path or a server URL) at the top of the list."""
    entry = shown(entry)
    settings = open_settings()
    before = _read(settings)
    items = [entry, *(item for item in before if item != entry)][:LIMIT]
    if items != before:  # the same database again (most starts): nothing to write
        _write(settings, items)


def remove(entry: str) -> None:
    settings = open_settings()
    _write(settings, [item for item in _read(settings) if item != entry])


def clear() -> None:
    _write(open_settings(), [])
