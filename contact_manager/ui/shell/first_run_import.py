"""File > Import users... before any account exists: the file's people fill the first-run
page's "First users" table, to check and complete before "Create account".

Every row is put in the table as the file has it (a wrong address included), so nothing is
dropped: the page says what is wrong with a row when the account is created.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from contact_manager.domain.csv_import import Verdict, guess_mapping, judge
from contact_manager.domain.errors import ContactError


def fill_first_run(page, services, path: str) -> str:
    """Read ``path`` into ``page``'s table; the sentence to show (how many, or why none)."""
    try:
        table = services.importing.read(path)
    except ContactError as error:
        return error.message
    # an admin console's export is read by its own rules (full names split, guests left out)
    mapping = table.format.mapping if table.format is not None else guess_mapping(table.header)
    if mapping is None:
        return QCoreApplication.translate(
            "FirstRunImport",
            "The column titles of {name} are not recognised. Create the account first, then use "
            "File > Import users... to choose which column is which.",
        ).format(name=table.name)
    preview = judge(table, mapping, set())
    people = [
        (row.first_name, row.last_name, row.email or _raw(row, mapping))
        for row in preview.rows
        if row.verdict is not Verdict.LEFT_OUT  # guests, bots and deactivated members
    ]
    page.add_users(people)
    return QCoreApplication.translate(
        "FirstRunImport", "Users added to the list from {name}: {count}. Check them, then create the account."
    ).format(name=table.name, count=len(people))


def _raw(row, mapping: dict[str, int]) -> str:
    column = mapping.get("email", -1)
    return row.cells[column].strip() if 0 <= column < len(row.cells) else ""
