"""Reading and writing CSV files as spreadsheets and admin consoles do: pure, no Qt.

What they actually write: UTF-8 with or without a BOM, Windows-1252, UTF-16 with its BOM;
comma, semicolon, tab or pipe separators, or Excel's ``sep=`` first line naming another;
quoted fields. ``read_table`` turns the bytes into a ``CsvTable`` (or refuses the file with
one sentence, ``ImportFileError``); ``write_csv`` writes cells a spreadsheet shows as text,
and ``unguard`` reads such a cell back as it was.
"""

from __future__ import annotations

import codecs
import csv
import errno
import gc
import io
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from contact_manager.domain.errors import Refusal
from contact_manager.domain.text import QT_TRANSLATE_NOOP, Context, translate

Import = Context("Import")  # plural forms: Import.tr("... %n ...", "", n)

DELIMITERS = (",", ";", "\t", "|")
FIELD_LIMIT = csv.field_size_limit()  # 128 KiB: far beyond any name, address or title
MAX_LINES_NAMED = 5  # undecodable lines named in a refusal


class ImportFileError(Refusal):
    """The file can't be read as a users CSV at all (empty, binary, no columns)."""

    context = "Import"
    name: str
    problem: str
    text = QT_TRANSLATE_NOOP("Import", "\u201c{name}\u201d can't be imported: {problem}")


def os_reason(error: OSError) -> str:
    """Why a file could not be read or written, in the user's language where we know it."""
    reasons = {
        errno.ENOENT: translate("Files", "there is no such file or folder."),
        errno.EACCES: translate("Files", "permission denied."),
        errno.EPERM: translate("Files", "permission denied."),
        errno.EISDIR: translate("Files", "it is a folder, not a file."),
        errno.ENOTDIR: translate("Files", "a part of the path is not a folder."),
        errno.EROFS: translate("Files", "the disk can only be read."),
        errno.ENOSPC: translate("Files", "the disk is full."),
        errno.ENAMETOOLONG: translate("Files", "the name is too long."),
    }
    return reasons.get(error.errno or 0) or error.strerror or str(error)


@contextmanager
def bulk() -> Iterator[None]:
    """Pause the cyclic garbage collector while 100,000 rows are built.

    The loops create no reference cycles, yet every few hundred new lists would trigger a
    collection walking all the rows so far: about a third of the import's own overhead.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class CsvTable:
    """The file's cells as read: ``header`` (may be empty) and the data rows with line numbers."""

    name: str
    encoding: str
    delimiter: str
    header: list[str]
    rows: list[list[str]]
    lines: list[int]
    has_header: bool = True
    kind: str = "csv"  # "csv", "xlsx" (a worksheet) or "vcard" (one row per card)
    format: Any = None  # the format_rows.Recognised of an admin console's export, if any
    sheet: str = ""  # a workbook's sheet read, and all its sheets (for the dialog to offer)
    sheets: list[str] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max([len(self.header), *(len(row) for row in self.rows[:200])], default=0)

    def column_titles(self) -> list[str]:
        """What to call each column in a mapping step: its header, or "Column N"."""
        titles = []
        for index in range(self.width):
            text = self.header[index].strip() if self.has_header and index < len(self.header) else ""
            titles.append(text or translate("Import", "Column {n}").format(n=index + 1))
        return titles


# --- decoding -------------------------------------------------------------------------------


def _lines_not_utf8(data: bytes) -> list[int]:
    return [number for number, line in enumerate(data.split(b"\n"), start=1) if not _decodes(line, "utf-8")]


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def decode(data: bytes, name: str = "") -> tuple[str, str]:
    """Return (text, encoding): UTF-8 (a BOM is dropped) when it decodes, else Windows-1252.

    A UTF-16 file with its BOM (Excel's "Unicode text") is read as such. A UTF-8 BOM always
    means UTF-8: bytes after it that are not UTF-8 refuse the file, naming their lines.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        if data.startswith(codecs.BOM_UTF8):
            lines = _lines_not_utf8(data)
            shown = ", ".join(str(line) for line in lines[:MAX_LINES_NAMED])
            if len(lines) > MAX_LINES_NAMED:
                shown += ", \u2026"
            raise ImportFileError(
                name,
                Import.tr(
                    "it starts with the UTF-8 mark, but line(s) {lines} are not UTF-8 text: save it "
                    "again as \u201cCSV UTF-8\u201d.",
                    "",
                    len(lines),
                ).format(lines=shown),
            ) from None
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte, so nothing is lost.
        return data.decode("latin-1"), "latin-1"


# --- reading ---------------------------------------------------------------------------------


def sniff_delimiter(first_line: str) -> str:
    """The separator that splits the header line into the most columns (comma on a tie)."""
    best, best_count = ",", 1
    for delimiter in DELIMITERS:
        cells = next(csv.reader([first_line], delimiter=delimiter), [])
        if len(cells) > best_count:
            best, best_count = delimiter, len(cells)
    return best


def _first_line(text: str) -> str:
    """The first line that isn't blank (without splitting the whole file)."""
    for line in io.StringIO(text):
        if line.strip():
            return line.rstrip("\r\n").split("\r")[0]
    return ""


def separator_hint(line: str, name: str = "") -> str | None:
    """The separator an Excel ``sep=;`` first line names (None when the line is no such hint).

    Any one character that is not a letter, digit, quote or line break will do, a tab also
    written ``sep=\\t``; a hint naming anything else refuses the file.
    """
    stripped = line.lstrip()
    if stripped[:4].lower() != "sep=":
        return None
    value = stripped[4:]
    if value == "\\t":
        value = "\t"
    elif len(value) > 1 and len(value.strip()) == 1:  # "sep=; ": a space typed after it
        value = value.strip()
    if len(value) == 1 and value not in "\"'\r\n" and not value.isalnum():
        return value
    raise ImportFileError(
        name,
        translate(
            "Import",
            "its first line \u201c{line}\u201d names a separator that can't be used: write one "
            "character after \u201csep=\u201d, such as sep=;",
        ).format(line=line.strip()[:40]),
    )


def read_table(data: bytes, name: str = "") -> CsvTable:
    """The cells of a CSV file, its first non-blank line as the header (ImportFileError when
    there is nothing to import)."""
    text, encoding = decode(data, name)
    if "\x00" in text[:4096]:
        raise ImportFileError(name, translate("Import", "it is not a text (CSV) file."))
    first_line = _first_line(text)
    hint = separator_hint(first_line, name)
    if hint is not None:  # Excel's "sep=;" hint line
        delimiter = hint
        rest = text[text.index(first_line) + len(first_line) :].lstrip("\r\n")
        removed = text[: len(text) - len(rest)]
        offset = removed.count("\n") or removed.count("\r")
        text = rest
        first_line = _first_line(text)
    else:
        delimiter, offset = sniff_delimiter(first_line), 0
    if not first_line:
        raise ImportFileError(name, translate("Import", "the file is empty."))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    lines: list[int] = []
    add_row, add_line, join = rows.append, lines.append, "".join
    try:
        with bulk():
            for cells in reader:  # the hot loop of a large file: keep it lean
                if join(cells).strip():  # blank lines (and rows of empty cells) are skipped
                    add_row(cells)
                    add_line(reader.line_num + offset)
    except csv.Error as error:
        line = reader.line_num + offset
        if "field limit" in str(error):
            problem = translate("Import", "line {line} has a field longer than {count} characters.")
        else:
            problem = translate("Import", "line {line} can't be read as CSV.")
        raise ImportFileError(name, problem.format(line=line, count=FIELD_LIMIT)) from None
    if not rows:  # only separators: ",,,"
        raise ImportFileError(name, translate("Import", "the file is empty."))
    header = rows.pop(0)
    lines.pop(0)
    return CsvTable(name, encoding, delimiter, header, rows, lines)


def set_has_header(table: CsvTable, has_header: bool) -> None:
    """Treat the first line as titles (True) or as data (False): the mapping step's check box."""
    if has_header == table.has_header:
        return
    if has_header and table.rows:
        table.header = table.rows.pop(0)
        table.lines.pop(0)
    elif not has_header:
        table.rows.insert(0, table.header)
        table.lines.insert(0, table.lines[0] - 1 if table.lines else 1)
        table.header = []
    table.has_header = has_header


# --- writing, and reading back what was written ------------------------------------------------

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """A cell a spreadsheet will show as text: formula starters get a leading apostrophe.

    So does a text that already looks guarded ("'=x"), so that ``unguard`` gives it back whole.
    """
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) or unguard(text) != text else text


def unguard(cell: str) -> str:
    """A cell as it was before ``neutralise``: "'+39 02..." -> "+39 02..." (others unchanged).

    A guarded cell is apostrophes then a formula starter; the guard is the first apostrophe
    ("''=x", the guard of the text "'=x", gives "'=x" back)."""
    if not cell.startswith("'"):  # nearly every cell: asked first (five cells a row of an import)
        return cell
    if cell.lstrip("'").startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def write_csv(stream: io.TextIOBase, rows: Iterable[Sequence[object]], delimiter: str = ",") -> None:
    """Write rows with every cell neutralised; the stream should be opened with newline=""."""
    writer = csv.writer(stream, delimiter=delimiter)
    # A cell holding another separator is quoted too: a reader that guesses the separator from
    # a header of one column (no separator in it) still reads the cell whole.
    quoted = csv.writer(stream, delimiter=delimiter, quoting=csv.QUOTE_ALL)
    for row in rows:
        cells = [neutralise(cell) for cell in row]
        risky = any(mark in cell for cell in cells for mark in DELIMITERS if mark != delimiter)
        (quoted if risky else writer).writerow(cells)
