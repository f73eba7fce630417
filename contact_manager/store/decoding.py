"""Reading values as the schema promises them, and noting each one that is not.

Two pieces. ``SafeTextConnection`` is the sqlite3 connection every store opens (the one place
a text factory is set): text that is not UTF-8 comes back as ``DamagedText`` instead of
sqlite3 failing the whole query ("Could not decode to UTF-8 column"). ``RowReader`` then
checks one row's values column by column (text, flag, date, one of a set) and collects a
``Damage`` for each that is wrong, giving the caller a value it can show.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Literal, TypeVar, overload

from contact_manager.domain.damage import Damage, DamagedText

E = TypeVar("E", bound=Enum)


def decode_text(data: bytes) -> str:
    """sqlite3's text factory: UTF-8 as stored, else the closest reading, marked damaged."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return DamagedText(data.decode("utf-8", errors="replace"))


class SafeTextConnection(sqlite3.Connection):
    """A connection whose text values never fail to decode (see ``decode_text``)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.text_factory = decode_text


def as_text(value: object) -> DamagedText:
    """Any stored value as the closest text, marked damaged."""
    if isinstance(value, bytes):
        return DamagedText(value.decode("utf-8", errors="replace"))
    return DamagedText("" if value is None else str(value))


class RowReader:
    """One row of ``table``: each method returns a value to use and notes what is damaged."""

    def __init__(self, table: str, row_id: object) -> None:
        self.table = table
        self.row_id = row_id if type(row_id) is int else None
        self.damage: list[Damage] = []
        if self.row_id is None:
            self._note("id")

    def _note(self, column: str) -> None:
        self.damage.append(Damage(self.table, self.row_id, column))

    @overload
    def text(self, column: str, value: object, *, null: Literal[False] = False) -> str: ...
    @overload
    def text(self, column: str, value: object, *, null: bool) -> str | None: ...

    def text(self, column: str, value: object, *, null: bool = False) -> str | None:
        """Text (or None where the column allows NULL); anything else as ``DamagedText``."""
        if type(value) is str or (value is None and null):
            return value
        self._note(column)
        return as_text(value)

    def integer(self, column: str, value: object, default: int = 0) -> int:
        if type(value) is int:
            return value
        self._note(column)
        return default

    def flag(self, column: str, value: object, default: bool = True) -> bool:
        if value == 0 or value == 1:
            return bool(value)
        self._note(column)
        return default

    def day(self, column: str, value: object) -> date | None:
        """A DATE column: None when empty or damaged."""
        if value is None or isinstance(value, date):
            return value
        try:
            if type(value) is str:
                return date.fromisoformat(value)
        except ValueError:
            pass
        self._bad(column)
        return None

    def moment(self, column: str, value: object) -> str:
        """An ISO 8601 time kept as text; a damaged one as ``DamagedText``."""
        if type(value) is str:
            try:
                datetime.fromisoformat(value)
                return value
            except ValueError:
                pass
        self._note(column)
        return as_text(value)

    def choice(self, column: str, value: object, kind: Callable[[str], E], *, null: bool = False) -> E | None:
        """One of an enum's values (a role, an action); None when empty or damaged."""
        if value is None and null:
            return None
        try:
            if type(value) is str:
                return kind(value)
        except ValueError:
            pass
        self._note(column)
        return None

    def _bad(self, column: str) -> None:
        self._note(column)
        return None
