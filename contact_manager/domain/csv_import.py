"""Reading a users CSV and judging every row: pure, no Qt, no database.

What spreadsheets and admin consoles actually write: UTF-8 with or without a BOM or
Windows-1252, comma, semicolon or tab separators, quoted fields, English or Italian headers.
``parse_csv`` turns the bytes into a ``CsvTable``; ``guess_mapping`` finds the columns from
the headers (None when it can't, and the caller asks the user); ``judge`` gives each row a
verdict against the e-mail keys the account already has.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from contact_manager.domain.company import clean_optional, clean_person_name
from contact_manager.domain.csv_file import (
    CsvTable,
    Import,
    ImportFileError,
    bulk,
    neutralise,
    read_table,
    set_has_header,
    unguard,
    write_csv,
)
from contact_manager.domain.emails import email_key, normalize_email
from contact_manager.domain.errors import ContactError, InvalidEmail
from contact_manager.domain.format_rows import is_version_line, recognise
from contact_manager.domain.text import QT_TRANSLATE_NOOP, translate

FIELDS = ("first_name", "last_name", "email", "job_title", "phone")
REQUIRED = ("email",)

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


class ImportCancelled(Exception):
    """The user cancelled an import; nothing was written."""


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


# The reason column our own "refused rows" file adds (English and Italian): not data to place.
_OUR_COLUMNS = {"reason", "motivo"}


def unplaced_columns(table: CsvTable, mapping: dict[str, int], sample: int = 200) -> list[int]:
    """The columns holding something that ``mapping`` puts nowhere (our reason column aside).

    A column is something when it has a title, or, untitled, a value in the first rows.
    """
    used = set(mapping.values())
    titles = table.header if table.has_header else []
    unplaced = []
    for index in range(table.width):
        if index in used:
            continue
        title = titles[index].strip() if index < len(titles) else ""
        if title:
            if header_key(title) not in _OUR_COLUMNS:
                unplaced.append(index)
        elif any(index < len(row) and row[index].strip() for row in table.rows[:sample]):
            unplaced.append(index)
    return unplaced


def left_out_columns(table: CsvTable, mapping: dict[str, int]) -> list[int]:
    """The unplaced columns to name as left out: a recognised format's own are left out as usual."""
    unplaced = unplaced_columns(table, mapping)
    if table.format is not None and mapping == table.format.mapping:
        # beyond the header: the cells of rows refused for having too many
        unplaced = [i for i in unplaced if i not in table.format.declared and i < len(table.header)]
    return unplaced


def columns_to_place(table: CsvTable, mapping: dict[str, int]) -> list[int]:
    """The unplaced columns that could hold a field still missing: the user must say which.

    With every field placed, what is left has nowhere to go here (a "Notes" column) and is
    left out in plain view; while a field is missing, "Nome proprio" may well be it.
    """
    if set(FIELDS) <= mapping.keys():
        return []
    return unplaced_columns(table, mapping)


class UnplacedColumns(ImportFileError):
    """The file has a column the headers don't place while a field is missing: nothing is
    imported until the user says which column is which (it is never silently dropped)."""

    def __init__(self, table: CsvTable, guess: dict[str, int], columns: list[int]) -> None:
        titles = table.column_titles()
        self.titles = [titles[index] for index in columns]
        self.guess, self.columns = dict(guess), list(columns)
        names = ", ".join(f"\u201c{title}\u201d" for title in self.titles)
        super().__init__(
            table.name,
            Import.tr(
                "the column(s) {columns} could not be matched to a field; say which field each holds, "
                "or leave it out.",
                "",
                len(columns),
            ).format(columns=names),
        )

    def suggestion(self) -> dict[str, int]:
        """The guess, with each unplaced column given the next field still missing."""
        mapping = dict(self.guess)
        missing = [name for name in FIELDS if name not in mapping]
        for index, name in zip(self.columns, missing, strict=False):
            mapping[name] = index
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
    LEFT_OUT = "left_out"  # a guest, bot or deactivated member of an admin console's export

    @property
    def label(self) -> str:
        return translate("Import", _VERDICT_LABELS[self])


_VERDICT_LABELS = {
    Verdict.NEW: QT_TRANSLATE_NOOP("Import", "New"),
    Verdict.PRESENT: QT_TRANSLATE_NOOP("Import", "Already present"),
    Verdict.REFUSED: QT_TRANSLATE_NOOP("Import", "Refused"),
    Verdict.LEFT_OUT: QT_TRANSLATE_NOOP("Import", "Left out"),
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
    note: str = ""  # how a recognised format read the row (the name split, where the address is)


@dataclass
class Preview:
    table: CsvTable
    mapping: dict[str, int]
    rows: list[RowVerdict] = field(default_factory=list)
    format_name: str = ""  # the admin console's export whose rules read the rows ("" for none)

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
    # A recognised export's rows are read by its rules, unless the user placed the columns.
    rules = table.format if table.format is not None and mapping == table.format.mapping else None
    present_reason = translate("Import", "A user with this email already exists.")
    duplicate = translate("Import", "{email} is already on line {line} of this file.")
    verdicts: list[RowVerdict] = []
    append = verdicts.append
    # The hot loop of a 100,000-row import: plain locals, no per-row dicts, and the callbacks
    # only between slices.
    total = len(table.rows)
    with bulk():
        for start in range(0, total, slice_size):
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            end = start + slice_size
            for line, cells in zip(table.lines[start:end], table.rows[start:end], strict=True):
                width = len(cells)
                reasons = []
                email = key = first = last = title = phone = note = left_out = ""
                if rules is None:
                    raw_email = unguard(cells[i_email]) if i_email < width else ""
                    raw_first = unguard(cells[i_first]) if 0 <= i_first < width else ""
                    raw_last = unguard(cells[i_last]) if 0 <= i_last < width else ""
                    raw_title = unguard(cells[i_title]) if 0 <= i_title < width else ""
                    raw_phone = unguard(cells[i_phone]) if 0 <= i_phone < width else ""
                else:
                    values = rules.values(cells)
                    if values.problem:
                        append(RowVerdict(line, cells, Verdict.REFUSED, reason=values.problem))
                        continue
                    raw_email, raw_first, raw_last = (
                        unguard(values.email),
                        values.first_name,
                        values.last_name,
                    )
                    raw_title, raw_phone = unguard(values.job_title), unguard(values.phone)
                    note, left_out = " ".join(values.notes), values.left_out
                try:
                    email = normalize_email(raw_email)
                    key = email_key(email)
                except InvalidEmail as error:
                    reasons.append(error.message)
                try:
                    first, last = clean_person_name(unguard(raw_first), unguard(raw_last))
                    if raw_title:
                        title = clean_optional("job_title", raw_title)
                    if raw_phone:
                        phone = clean_optional("phone", raw_phone)
                except ContactError as error:
                    reasons.append(error.message)
                if left_out:  # a guest, bot or deactivated member: not imported, and claims nothing
                    append(
                        RowVerdict(
                            line,
                            cells,
                            Verdict.LEFT_OUT,
                            first,
                            last,
                            email,
                            key,
                            title,
                            phone,
                            left_out,
                            note,
                        )
                    )
                    continue
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
                append(RowVerdict(line, cells, verdict, first, last, email, key, title, phone, reason, note))
            if progress is not None:
                progress(min(end, total), total)
    return Preview(table, dict(mapping), verdicts, rules.name if rules is not None else "")


def refused_rows(preview: Preview) -> list[list[str]]:
    """The refused rows as the file had them, plus a reason column: to fix and re-import.

    Written with ``write_csv``, whose formula guard the import reads back (``unguard``).
    """
    width = preview.table.width
    out = []
    if preview.table.has_header:
        header = list(preview.table.header) + [""] * (width - len(preview.table.header))
        out.append(header + [translate("Import", "Reason")])
    for row in preview.of(Verdict.REFUSED):
        out.append(list(row.cells) + [""] * (width - len(row.cells)) + [row.reason])
    return out


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
