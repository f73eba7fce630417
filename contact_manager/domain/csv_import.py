"""Importing users from a CSV file: pure, no Qt, no database. The one name callers import.

What spreadsheets and admin consoles actually write: UTF-8 with or without a BOM or
Windows-1252, comma, semicolon or tab separators, quoted fields, English or Italian headers.
``parse_csv`` turns the bytes into a ``CsvTable`` (reading and writing the file itself:
``csv_file``); ``guess_mapping`` finds the columns from the headers (None when it can't, and
the caller asks the user: ``import_columns``); ``judge`` gives each row a verdict against the
e-mail keys the account already has (``import_verdicts``).
"""

from __future__ import annotations

from contact_manager.domain.csv_file import (
    CsvTable,
    ImportFileError,
    neutralise,
    read_table,
    set_has_header,
    write_csv,
)
from contact_manager.domain.format_rows import is_version_line, recognise
from contact_manager.domain.import_columns import (
    FIELDS,
    UnplacedColumns,
    check_mapping,
    columns_to_place,
    field_label,
    guess_from_content,
    guess_mapping,
    header_key,
    left_out_columns,
    unplaced_columns,
)
from contact_manager.domain.import_verdicts import (
    ImportCancelled,
    Preview,
    RowVerdict,
    Verdict,
    judge,
    refused_rows,
)


def parse_csv(data: bytes, name: str = "") -> CsvTable:
    """Read the bytes of a CSV file; raises ImportFileError when there is nothing to import.

    A first line whose cells name no field but hold an address is a person, not titles.
    """
    return recognise_table(read_table(data, name))


def recognise_table(table: CsvTable) -> CsvTable:
    """Name the admin console's export the header belongs to (``table.format``), if any.

    Entra's template starts with a ``version:v1.0`` line before its header: it is dropped.
    """
    if table.has_header and is_version_line(table.header) and table.rows:
        table.header = table.rows.pop(0)
        table.lines.pop(0)
    table.format = recognise(table.header) if table.has_header else None
    if table.format is not None:
        return table
    if guess_mapping(table.header) is None and any("@" in cell for cell in table.header):
        table.rows.insert(0, table.header)
        table.lines.insert(0, table.lines[0] - 1 if table.lines else 1)
        table.header = []
        table.has_header = False
    return table


__all__ = [
    "FIELDS",
    "CsvTable",
    "ImportCancelled",
    "ImportFileError",
    "Preview",
    "RowVerdict",
    "Verdict",
    "check_mapping",
    "columns_to_place",
    "field_label",
    "guess_from_content",
    "guess_mapping",
    "header_key",
    "judge",
    "left_out_columns",
    "recognise_table",
    "neutralise",
    "parse_csv",
    "refused_rows",
    "set_has_header",
    "UnplacedColumns",
    "unplaced_columns",
    "write_csv",
]
