"""An account's history as rows of text: the History tab's cells and the history CSV file.
Pure: changes in, text out. How a time reads (the locale's, or UTC) is the caller's ``when``."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable

from contact_manager.domain.company import FIELDS, field_label
from contact_manager.domain.csv_file import write_csv
from contact_manager.domain.damage import damaged_mark
from contact_manager.domain.history import Action, Change
from contact_manager.domain.text import translate

When = Callable[[str], str]  # an ISO 8601 UTC time -> the text shown
WHEN, WHO, WHAT, ROLE, SUBJECT, OLD, NEW = range(7)


def subject_text(change: Change) -> str:
    if change.action in (Action.ACCOUNT_UPDATE, Action.ACCOUNT_RENAME) and change.subject in FIELDS:
        return field_label(change.subject)
    return change.subject


def headers() -> list[str]:
    return [
        translate("HistoryModel", "When"),
        translate("HistoryModel", "Who"),
        translate("HistoryModel", "What"),
        translate("HistoryModel", "Role"),
        translate("HistoryModel", "About"),
        translate("HistoryModel", "Old value"),
        translate("HistoryModel", "New value"),
    ]


# the column that shows each column of the history row
_COLUMN_OF = {
    "at": WHEN,
    "actor": WHO,
    "action": WHAT,
    "role": ROLE,
    "subject": SUBJECT,
    "old_value": OLD,
    "new_value": NEW,
}


def cells(change: Change, when: When) -> list[str]:
    """The texts of the row; a value that could not be read is followed by "(damaged)" (an
    unreadable kind of change reads "(damaged entry)")."""
    texts = [
        when(change.at),
        change.actor,
        change.label,
        change.role.label if change.role else "",
        subject_text(change),
        change.old_value or "",
        change.new_value or "",
    ]
    for damage in change.damage:
        column = _COLUMN_OF.get(damage.column)
        if column is not None and column != WHAT:
            texts[column] = f"{texts[column]} {damaged_mark()}".strip()
    return texts


def history_csv(changes: Iterable[Change], when: When, delimiter: str = ",") -> tuple[str, int]:
    """The changes as CSV text (the UTC time, then the cells as shown), and how many rows."""
    rows = [[change.at, *cells(change, when)] for change in changes]
    header = [translate("HistoryModel", "Time (UTC)"), *headers()]
    stream = io.StringIO(newline="")
    write_csv(stream, [header, *rows], delimiter)
    return stream.getvalue(), len(rows)
