"""Excel workbooks (.xlsx): reading a sheet into the import's table, writing sheets. No Qt.

openpyxl is imported only when a workbook is read or written. A workbook is read from its
bytes, read-only and with the values last calculated (never the formulas), at most
``MAX_ROWS`` rows of ``MAX_COLUMNS`` cells; the file itself is never written. A damaged file,
an old .xls or a workbook protected by a password is refused with one sentence.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Sequence
from datetime import date, datetime, time

from contact_manager.domain.csv_file import FIELD_LIMIT, CsvTable, ImportFileError
from contact_manager.domain.text import translate

MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_SCANNED = 1_048_576  # Excel's own row limit: rows read, blank ones included
MAX_UNPACKED = 512 * 1024 * 1024  # the package's parts unpacked: a workbook bomb is refused unread
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and any workbook encrypted by a password


def looks_like_workbook(data: bytes, name: str = "") -> bool:
    return data.startswith((ZIP_MAGIC, OLE_MAGIC)) or name.lower().endswith((".xlsx", ".xlsm"))


def _damaged() -> str:
    return translate("Import", "it is not an Excel workbook (.xlsx), or it is damaged.")


def _refuse_unreadable(data: bytes, name: str) -> None:
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            problem = translate(
                "Import",
                "the workbook is protected by a password: open it in Excel, remove the password and save it "
                "again.",
            )
        else:
            problem = translate(
                "Import", "it is an old Excel 97-2003 workbook (.xls): save it again as .xlsx or as CSV."
            )
        raise ImportFileError(name, problem)
    if not data.startswith(ZIP_MAGIC) or not zipfile.is_zipfile(io.BytesIO(data)):
        raise ImportFileError(name, _damaged())
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(member.file_size for member in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportFileError(name, _damaged()) from None
    if unpacked > MAX_UNPACKED:
        raise ImportFileError(
            name,
            translate("Import", "it unpacks to more than {size} MB: save the sheet as CSV instead.").format(
                size=MAX_UNPACKED // (1024 * 1024)
            ),
        )


def _open(data: bytes, name: str):
    _refuse_unreadable(data, name)
    try:
        from openpyxl import load_workbook  # only when a workbook is read

        with warnings.catch_warnings():  # "no default style" and the like: not the user's concern
            warnings.simplefilter("ignore")
            return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on a damaged file: one sentence for all
        raise ImportFileError(name, _damaged()) from None


def sheet_names(data: bytes, name: str = "") -> list[str]:
    workbook = _open(data, name)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))  # a phone number typed as a number
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)[:FIELD_LIMIT]


def read_workbook(data: bytes, name: str = "", sheet: str | None = None) -> CsvTable:
    """One sheet's cells (the first sheet unless ``sheet`` names another), its first non-blank
    row as the header; ImportFileError when it can't be read or holds nothing."""
    workbook = _open(data, name)
    try:
        names = list(workbook.sheetnames)
        if sheet is None:
            if not names:
                raise ImportFileError(name, translate("Import", "the file is empty."))
            sheet = names[0]
        elif sheet not in names:
            raise ImportFileError(
                name,
                translate("Import", "it has no sheet \u201c{sheet}\u201d; its sheets are {names}.").format(
                    sheet=sheet, names=", ".join(f"\u201c{n}\u201d" for n in names)
                ),
            )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rows, lines = _read_rows(workbook[sheet], name)
    except ImportFileError:
        raise
    except Exception:  # a damaged sheet inside a readable package
        raise ImportFileError(name, _damaged()) from None
    finally:
        workbook.close()
    if not rows:
        raise ImportFileError(
            name, translate("Import", "the sheet \u201c{sheet}\u201d is empty.").format(sheet=sheet)
        )
    header = rows.pop(0)
    lines.pop(0)
    width = len(header)
    rows = [row + [""] * (width - len(row)) for row in rows]
    table = CsvTable(name, "xlsx", ",", header, rows, lines, kind="xlsx")
    table.sheet, table.sheets = sheet, names
    return table


def _read_rows(worksheet, name: str) -> tuple[list[list[str]], list[int]]:
    rows: list[list[str]] = []
    lines: list[int] = []
    for number, values in enumerate(worksheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), start=1):
        if number > MAX_SCANNED:
            raise ImportFileError(
                name,
                translate(
                    "Import", "the sheet has more than {count} rows: split it into smaller files."
                ).format(count=MAX_SCANNED),
            )
        cells = [_cell_text(value) for value in values]
        while cells and not cells[-1].strip():
            cells.pop()
        if not cells:
            continue
        if len(rows) >= MAX_ROWS:
            raise ImportFileError(
                name,
                translate(
                    "Import", "the sheet has more than {count} rows: split it into smaller files."
                ).format(count=MAX_ROWS),
            )
        rows.append(cells)
        lines.append(number)
    return rows, lines


def write_workbook(path_or_stream, sheets: Sequence[tuple[str, Sequence[Sequence[object]]]]) -> None:
    """Write one sheet per (title, rows): the first row bold and frozen, columns sized to fit.

    Every cell is written as text (a phone number "+39 02..." stays text, "=SUM()" is no formula).
    """
    from openpyxl import Workbook  # only when a workbook is written
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for title, rows in sheets:
        worksheet = workbook.create_sheet(title[:31])
        widths: dict[int, int] = {}
        for number, row in enumerate(rows, start=1):
            for column, value in enumerate(row, start=1):
                text = "" if value is None else str(value)
                widths[column] = max(widths.get(column, 0), len(text))
                if not text:
                    continue  # an empty cell, not an empty text
                cell = worksheet.cell(row=number, column=column)
                cell.value = text
                cell.data_type = "s"  # text, even when it starts with "="
                if number == 1:
                    cell.font = bold
        worksheet.freeze_panes = "A2"
        for column, width in widths.items():
            letter = worksheet.cell(row=1, column=column).column_letter
            worksheet.column_dimensions[letter].width = min(max(width + 2, 8), 60)
    workbook.save(path_or_stream)
