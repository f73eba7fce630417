"""Reading a users CSV and judging every row: pure, no Qt, no database.

What spreadsheets and admin consoles actually write: UTF-8 with or without a BOM or
Windows-1252, comma, semicolon or tab separators, quoted fields, English or Italian headers.
``parse_csv`` turns the bytes into a ``CsvTable``; ``guess_mapping`` finds the columns from
the headers (None when it can't, and the caller asks the user); ``judge`` gives each row a
verdict against the e-mail keys the account already has.
"""

from __future__ import annotations

import codecs
import csv
import gc
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum

from contact_manager.domain.company import clean_optional, clean_person_name
from contact_manager.domain.emails import email_key, normalize_email
from contact_manager.domain.errors import ContactError, InvalidEmail
from contact_manager.domain.text import QT_TRANSLATE_NOOP, translate

FIELDS = ("first_name", "last_name", "email", "job_title", "phone")
REQUIRED = ("email",)
DELIMITERS = (",", ";", "\t", "|")
_SEP_LINE = re.compile(r"^\s*sep=[,;\t|]\s*$")

# Header spellings, compared after removing case, spaces, dots, dashes and underscores.
_ALIASES = {
    "first_name": ("firstname", "first", "givenname", "forename", "nome"),
    "last_name": ("lastname", "last", "surname", "familyname", "cognome"),
    "email": (
        "email",
        "mail",
        "emailaddress",
        "indirizzoemail",
        "indirizzodiposta",
        "indirizzodipostaelettronica",
        "postaelettronica",
    ),
    "job_title": ("jobtitle", "title", "job", "position", "ruolo", "qualifica", "mansione"),
    "phone": ("phone", "phonenumber", "telephone", "tel", "mobile", "telefono", "cellulare"),
}
_LOOKUP = {alias: name for name, aliases in _ALIASES.items() for alias in aliases}

_FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("Import", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Import", "Last name"),
    "email": QT_TRANSLATE_NOOP("Import", "Email"),
    "job_title": QT_TRANSLATE_NOOP("Import", "Job title"),
    "phone": QT_TRANSLATE_NOOP("Import", "Phone"),
}


def field_label(name: str) -> str:
    return translate("Import", _FIELD_LABELS[name])


class ImportFileError(ContactError):
    """The file can't be read as a users CSV at all (empty, binary, no columns)."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(name, problem)
        self.name, self.problem = name, problem

    @property
    def message(self) -> str:
        return translate("Import", "\u201c{name}\u201d can't be imported: {problem}").format(
            name=self.name, problem=self.problem
        )


class ImportCancelled(Exception):
    """The user cancelled an import; nothing was written."""


@contextmanager
def _bulk() -> Iterator[None]:
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


# --- reading the file ---------------------------------------------------------------------


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


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding): UTF-8 (a BOM is dropped) when it decodes, else Windows-1252.

    A UTF-16 file with its BOM (Excel's "Unicode text") is read as such.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte, so nothing is lost.
        return data.decode("latin-1"), "latin-1"


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


def parse_csv(data: bytes, name: str = "") -> CsvTable:
    """Read the bytes of a CSV file; raises ImportFileError when there is nothing to import."""
    text, encoding = decode(data)
    if "\x00" in text[:4096]:
        raise ImportFileError(name, translate("Import", "it is not a text (CSV) file."))
    first_line = _first_line(text)
    if _SEP_LINE.match(first_line):  # Excel's "sep=;" hint line
        delimiter = first_line.strip()[4]
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
        with _bulk():
            for cells in reader:  # the hot loop of a large file: keep it lean
                if join(cells).strip():  # blank lines (and rows of empty cells) are skipped
                    add_row(cells)
                    add_line(reader.line_num + offset)
    except csv.Error as error:
        raise ImportFileError(
            name,
            translate("Import", "line {line} can't be read ({error}).").format(
                line=reader.line_num, error=error
            ),
        ) from None
    header, header_line = rows.pop(0), lines.pop(0)
    table = CsvTable(name, encoding, delimiter, header, rows, lines)
    if guess_mapping(header) is None and any("@" in cell for cell in header):
        # No header at all: the first line is already a person.
        table.rows.insert(0, header)
        table.lines.insert(0, header_line)
        table.header = []
        table.has_header = False
    return table


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


# --- which column is which ----------------------------------------------------------------


def header_key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def guess_mapping(header: Sequence[str]) -> dict[str, int] | None:
    """Field name -> column index from recognised headers, or None without email and a name.

    The first column with a recognised title wins; unknown columns are ignored.
    """
    mapping: dict[str, int] = {}
    for index, title in enumerate(header):
        name = _LOOKUP.get(header_key(title))
        if name and name not in mapping:
            mapping[name] = index
    if "email" not in mapping or not ({"first_name", "last_name"} & mapping.keys()):
        return None
    return mapping


def guess_from_content(table: CsvTable, sample: int = 20) -> dict[str, int]:
    """A starting point for the mapping step: the column whose values look like addresses."""
    rows = table.rows[:sample]
    if not rows:
        return {}
    for index in range(table.width):
        looks = sum(1 for row in rows if index < len(row) and "@" in row[index])
        if looks * 2 > len(rows):
            return {"email": index}
    return {}


def check_mapping(mapping: dict[str, int]) -> str | None:
    """Why the mapping can't be used (in the user's language), or None when it can."""
    if "email" not in mapping:
        return translate("Import", "Choose the column that holds the email address.")
    if not ({"first_name", "last_name"} & mapping.keys()):
        return translate("Import", "Choose the column of the first name or of the last name.")
    used = list(mapping.values())
    if len(used) != len(set(used)):
        return translate("Import", "Each column can be used for one field only.")
    return None


# --- verdicts -----------------------------------------------------------------------------


class Verdict(StrEnum):
    NEW = "new"
    PRESENT = "present"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return translate("Import", _VERDICT_LABELS[self])


_VERDICT_LABELS = {
    Verdict.NEW: QT_TRANSLATE_NOOP("Import", "New"),
    Verdict.PRESENT: QT_TRANSLATE_NOOP("Import", "Already present"),
    Verdict.REFUSED: QT_TRANSLATE_NOOP("Import", "Refused"),
}


@dataclass(slots=True)
class RowVerdict:
    """One data row of the file, cleaned, with what the import will do with it."""

    line: int
    cells: list[str]
    verdict: Verdict
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    key: str = ""
    job_title: str = ""
    phone: str = ""
    reason: str = ""


@dataclass
class Preview:
    table: CsvTable
    mapping: dict[str, int]
    rows: list[RowVerdict] = field(default_factory=list)

    def of(self, verdict: Verdict) -> list[RowVerdict]:
        return [row for row in self.rows if row.verdict is verdict]

    def counts(self) -> dict[Verdict, int]:
        counts = dict.fromkeys(Verdict, 0)
        for row in self.rows:
            counts[row.verdict] += 1
        return counts


def judge(
    table: CsvTable,
    mapping: dict[str, int],
    existing_keys: Iterable[str],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    slice_size: int = 2000,
) -> Preview:
    """Give every row a verdict: new, already present (by email), or refused with the reason.

    ``progress(done, total)`` after every ``slice_size`` rows; ``cancelled()`` before each slice
    (True raises ImportCancelled).
    """
    problem = check_mapping(mapping)
    if problem:
        raise ImportFileError(table.name, problem)
    present = set(existing_keys)
    seen: dict[str, int] = {}  # email key -> line where the file first has it
    i_first, i_last, i_email, i_title, i_phone = (mapping.get(name, -1) for name in FIELDS)
    present_reason = translate("Import", "A user with this email already exists.")
    duplicate = translate("Import", "{email} is already on line {line} of this file.")
    verdicts = []
    append = verdicts.append
    # The hot loop of a 100,000-row import: plain locals, no per-row dicts, and the callbacks
    # only between slices.
    total = len(table.rows)
    with _bulk():
        for start in range(0, total, slice_size):
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            end = start + slice_size
            for line, cells in zip(table.lines[start:end], table.rows[start:end], strict=True):
                width = len(cells)
                reasons = []
                email = key = first = last = title = phone = ""
                try:
                    email = normalize_email(cells[i_email] if i_email < width else "")
                    key = email_key(email)
                except InvalidEmail as error:
                    reasons.append(error.message)
                try:
                    first, last = clean_person_name(
                        cells[i_first] if 0 <= i_first < width else "",
                        cells[i_last] if 0 <= i_last < width else "",
                    )
                    if 0 <= i_title < width and cells[i_title]:
                        title = clean_optional("job_title", cells[i_title], 100)
                    if 0 <= i_phone < width and cells[i_phone]:
                        phone = clean_optional("phone", cells[i_phone], 25)
                except ContactError as error:
                    reasons.append(error.message)
                if key and not reasons:  # a refused row doesn't claim its address: a good copy may follow
                    earlier = seen.setdefault(key, line)
                    if earlier != line:
                        reasons.append(duplicate.format(email=email, line=earlier))
                if reasons:
                    verdict, reason = Verdict.REFUSED, " ".join(reasons)
                elif key in present:
                    verdict, reason = Verdict.PRESENT, present_reason
                else:
                    verdict, reason = Verdict.NEW, ""
                append(RowVerdict(line, cells, verdict, first, last, email, key, title, phone, reason))
            if progress is not None:
                progress(min(end, total), total)
    return Preview(table, dict(mapping), verdicts)


# --- writing CSV files safely -------------------------------------------------------------

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """A cell a spreadsheet will show as text: formula starters get a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def write_csv(stream: io.TextIOBase, rows: Iterable[Sequence[object]], delimiter: str = ",") -> None:
    """Write rows with every cell neutralised; the stream should be opened with newline=""."""
    writer = csv.writer(stream, delimiter=delimiter)
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])


def refused_rows(preview: Preview) -> list[list[str]]:
    """The refused rows as the file had them, plus a reason column: to fix and re-import."""
    width = preview.table.width
    out = []
    if preview.table.has_header:
        header = list(preview.table.header) + [""] * (width - len(preview.table.header))
        out.append(header + [translate("Import", "Reason")])
    for row in preview.of(Verdict.REFUSED):
        out.append(list(row.cells) + [""] * (width - len(row.cells)) + [row.reason])
    return out
