"""Damaged rows: values in the database that are not what the schema promises.

A disk fault, a bad copy or another program can leave a row the app can't read as written:
text that is not UTF-8, a date that is not a date, a history action this app never records.
The store reads such a value anyway, as the closest text it can make of it wrapped in
``DamagedText``, and notes a ``Damage`` (table, row id, column). The front ends show what can
be shown, mark the rest, and tell the person once, with ``DamagedRows``'s sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from contact_manager.domain.errors import ContactError
from contact_manager.domain.text import QT_TRANSLATE_NOOP, translate

# How many places a message names before "and N more": the check command lists them all.
SHOWN_PLACES = 5


class DamagedText(str):
    """A text value that could not be read as stored; the text is the closest reading of it
    (undecodable bytes as U+FFFD), to show marked, never to trust."""

    __slots__ = ()


def is_damaged(value: object) -> bool:
    return isinstance(value, DamagedText)


@dataclass(frozen=True)
class Damage:
    """One value that could not be read: where it is."""

    table: str
    row_id: int | None
    column: str

    @property
    def place(self) -> str:
        if self.row_id is None:
            return translate("Damage", "table {table}, column {column}").format(
                table=self.table, column=self.column
            )
        return translate("Damage", "table {table}, row {row}, column {column}").format(
            table=self.table, row=self.row_id, column=self.column
        )


def collect(groups: Iterable[Sequence[Damage]]) -> tuple[Damage, ...]:
    """Every damage of several read objects, once each, in the order found."""
    seen: dict[Damage, None] = {}
    for group in groups:
        for damage in group:
            seen.setdefault(damage, None)
    return tuple(seen)


def damaged_mark() -> str:
    """What the front ends show for, or after, a value that could not be read."""
    return translate("Damage", "(damaged)")


def damaged_entry() -> str:
    """What a history row shows whose kind of change could not be read."""
    return translate("Damage", "(damaged entry)")


class DamagedRows(ContactError):
    """Some rows of the database could not be read as stored."""

    TEXT = QT_TRANSLATE_NOOP(
        "Damage",
        "The database has damaged rows that could not be read ({places}). "
        "Run Help > Check database (contact-manager-cli check), or restore a backup.",
    )

    def __init__(self, damage: Sequence[Damage]) -> None:
        super().__init__(tuple(damage))
        self.damage = tuple(damage)

    @property
    def places(self) -> str:
        shown = [damage.place for damage in self.damage[:SHOWN_PLACES]]
        more = len(self.damage) - len(shown)
        if more > 0:
            shown.append(translate("Damage", "and {count} more").format(count=more))
        return "; ".join(shown)

    @property
    def message(self) -> str:
        return translate("Damage", self.TEXT).format(places=self.places)


class DamagedData(DamagedRows):
    """A file for others (an export) refused because what it would hold is damaged."""

    TEXT = QT_TRANSLATE_NOOP(
        "Damage",
        "Nothing was exported: the database has damaged rows ({places}). "
        "Run Help > Check database (contact-manager-cli check), or restore a backup.",
    )
