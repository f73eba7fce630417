"""Excel workbooks: a sheet read as another program saved it; refusals; our own sheets."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook, load_workbook

from contact_manager.domain import workbook as module
from contact_manager.domain.csv_file import ImportFileError
from contact_manager.domain.workbook import read_workbook, write_workbook


def saved(workbook: Workbook) -> bytes:
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def two_sheets() -> bytes:
    book = Workbook()
    first = book.active
    first.title = "Persone"
    first.append(["Nome", "Cognome", "Email", "Telefono"])
    first.append([None, None, None, None])  # a blank row
    first.append(["Giulia", "Russo", "giulia.russo@esempio.it", 390212345678])  # a number, as typed
    second = book.create_sheet("Fornitori")
    second.append(["First name", "Last name", "Email"])
    second.append(["Ada", "Neri", "ada@fornitore.it"])
    return saved(book)


def test_the_first_sheet_with_its_row_numbers_and_numbers_as_typed():
    table = read_workbook(two_sheets(), "people.xlsx")
    assert table.header == ["Nome", "Cognome", "Email", "Telefono"]
    assert table.rows == [["Giulia", "Russo", "giulia.russo@esempio.it", "390212345678"]]
    assert table.lines == [3]
    assert (table.sheet, table.sheets) == ("Persone", ["Persone", "Fornitori"])


def test_another_sheet_by_name_and_an_unknown_one_refused():
    assert read_workbook(two_sheets(), "p.xlsx", "Fornitori").rows == [["Ada", "Neri", "ada@fornitore.it"]]
    with pytest.raises(ImportFileError) as raised:
        read_workbook(two_sheets(), "p.xlsx", "Clienti")
    assert (
        "no sheet \u201cClienti\u201d" in raised.value.message
        and "\u201cFornitori\u201d" in raised.value.message
    )


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"PK\x03\x04 not really a zip", "damaged"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + b"\0" * 64,
            "password",
        ),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "Excel 97-2003"),
    ],
)
def test_damaged_old_or_password_protected_workbooks_are_refused_in_one_sentence(data, words):
    with pytest.raises(ImportFileError) as raised:
        read_workbook(data, "book.xlsx")
    assert words in raised.value.message
    assert "\n" not in raised.value.message


def test_a_zip_that_is_no_workbook_is_refused():
    stream = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(ImportFileError) as raised:
        read_workbook(stream.getvalue(), "book.xlsx")
    assert "damaged" in raised.value.message


def test_rows_beyond_the_cap_refuse_the_sheet(monkeypatch):
    monkeypatch.setattr(module, "MAX_ROWS", 2)
    book = Workbook()
    for number in range(4):
        book.active.append([f"Name {number}", f"n{number}@x.example"])
    with pytest.raises(ImportFileError) as raised:
        read_workbook(saved(book), "big.xlsx")
    assert "more than 2 rows" in raised.value.message


def test_written_sheets_have_a_bold_frozen_header_sized_columns_and_text_cells():
    stream = io.BytesIO()
    write_workbook(
        stream, [("Contacts", [["Role", "Email"], ["Primary", '=HYPERLINK("x")']]), ("Users", [["A"]])]
    )
    book = load_workbook(io.BytesIO(stream.getvalue()))
    assert book.sheetnames == ["Contacts", "Users"]
    sheet = book["Contacts"]
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"
    assert sheet["B2"].value == '=HYPERLINK("x")' and sheet["B2"].data_type == "s"  # no formula
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["A"].width


def test_a_workbook_that_unpacks_to_too_much_is_refused_unread(monkeypatch):
    book = Workbook()
    book.active.append(["First name", "Last name", "Email"])
    monkeypatch.setattr(module, "MAX_UNPACKED", 1000)
    with pytest.raises(ImportFileError) as raised:
        read_workbook(saved(book), "bomb.xlsx")
    assert "unpacks to more than" in raised.value.message


def test_blank_rows_count_towards_the_rows_read(monkeypatch):
    monkeypatch.setattr(module, "MAX_SCANNED", 5)
    book = Workbook()
    book.active.append(["First name", "Last name", "Email"])
    book.active.cell(row=9, column=1, value="Ada")
    with pytest.raises(ImportFileError) as raised:
        read_workbook(saved(book), "sparse.xlsx")
    assert "more than 5 rows" in raised.value.message
