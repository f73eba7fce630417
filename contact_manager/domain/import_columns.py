"""Which column of an imported file holds which field of a user: the fields, the header
spellings recognised in English and Italian, the guess from the headers or the values, the
columns left unplaced, and why a mapping can't be used. Pure, no Qt."""

from __future__ import annotations

from collections.abc import Sequence

from contact_manager.domain.company import USER_FIELDS
from contact_manager.domain.csv_file import CsvTable, Import, ImportFileError
from contact_manager.domain.text import QT_TRANSLATE_NOOP, translate

FIELDS = USER_FIELDS  # the fields of a user, in the order the import shows them

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
