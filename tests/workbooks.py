"""Excel workbooks the import tests read, made from their sheets' rows."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook


def workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    """A workbook saved at ``path`` holding ``sheets`` in order: each title and its rows."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path
