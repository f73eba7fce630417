"""Judging every row of an imported file: new, already present, refused (with the reason)
or left out, and the refused rows written back to fix and import again. Pure, no Qt."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from contact_manager.domain.company import clean_optional, clean_person_name
from contact_manager.domain.csv_file import CsvTable, ImportFileError, bulk, unguard
from contact_manager.domain.emails import email_key, normalize_email
from contact_manager.domain.errors import ContactError, InvalidEmail
from contact_manager.domain.import_columns import FIELDS, check_mapping
from contact_manager.domain.text import QT_TRANSLATE_NOOP, translate


class ImportCancelled(Exception):
    """The user cancelled an import; nothing was written."""


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
                        unguard(values.first_name),
                        unguard(values.last_name),
                    )
                    raw_title, raw_phone = unguard(values.job_title), unguard(values.phone)
                    note, left_out = " ".join(values.notes), values.left_out
                try:
                    email = normalize_email(raw_email)
                    key = email_key(email)
                except InvalidEmail as error:
                    reasons.append(error.message)
                try:
                    first, last = clean_person_name(raw_first, raw_last)  # each unguarded once, above
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
