"""Reading the rows of a recognised export by its format's rules (see ``import_formats``).

``recognise(header)`` gives a ``Recognised`` (or None); its ``values(cells)`` reads one row:
the full name split, the address taken from the proxy addresses or the sign-in name (and a
note saying so), guests, bots and deactivated members left out with the reason, and a row
with the wrong number of cells refused rather than read into the wrong columns. Pure, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from contact_manager.domain.import_formats import (
    ALL_OTHERS,
    BOT,
    DEACTIVATED,
    FORMATS,
    GUEST,
    ImportFormat,
    header_keys,
    words,
)
from contact_manager.domain.text import QT_TRANSLATE_NOOP, translate

_LEFT_OUT_REASONS = {
    GUEST: QT_TRANSLATE_NOOP("Import", "A guest account ({value}): not imported as an active user."),
    BOT: QT_TRANSLATE_NOOP("Import", "A bot ({value}): not imported as an active user."),
    DEACTIVATED: QT_TRANSLATE_NOOP("Import", "Deactivated ({value}): not imported as an active user."),
}
_SMTP = re.compile(r"^\s*SMTP:(.+)$")  # upper case: the primary address (smtp: is a secondary one)

_FIELDS = ("first_name", "last_name", "email", "job_title", "phone")


@dataclass
class RowValues:
    """One row read by a recognised format: the raw field values, a note, or why it's left out."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    job_title: str = ""
    phone: str = ""
    notes: list[str] = field(default_factory=list)
    left_out: str = ""  # guest, bot, deactivated: the reason (the row is not imported)
    problem: str = ""  # the row can't be read (wrong number of cells): refused


@dataclass
class Recognised:
    """A format found in a file's header, with its columns resolved to indices."""

    format: ImportFormat
    width: int
    columns: dict[str, list[int]]  # field -> its columns (from the aliases), in order of preference
    full_name: list[int]
    proxy: list[int]
    sign_in: list[int]
    inactive: list[tuple[int, str, tuple[str, ...]]]
    titles: list[str]
    declared: set[int]  # the columns the format leaves out on purpose

    @property
    def name(self) -> str:
        return self.format.name

    @property
    def mapping(self) -> dict[str, int]:
        """A mapping for the preview's shape: the email and name columns the rows come from."""
        mapping = {name: found[0] for name, found in self.columns.items()}
        if "email" not in mapping:
            found = self.proxy or self.sign_in
            if found:
                mapping["email"] = found[0]
        if not ({"first_name", "last_name"} & mapping.keys()) and self.full_name:
            mapping["first_name"] = self.full_name[0]
        return mapping

    def values(self, cells: Sequence[str]) -> RowValues:
        values = RowValues()
        width = len(cells)
        if width != self.width and any(cell.strip() for cell in cells[self.width :]) or width < self.width:
            values.problem = translate(
                "Import",
                "This row has {cells} cells where the header has {columns} (a separator inside a value?): "
                "it is not read, so that no value lands in the wrong column.",
            ).format(cells=width, columns=self.width)
            return values

        def cell(index: int) -> str:
            text = cells[index].strip()
            if self.format.several and self.format.several in text:
                text = text.split(self.format.several)[0].strip()
            return text

        for name, found in self.columns.items():
            setattr(values, name, next((cell(index) for index in found if cell(index)), ""))
        if not values.first_name and not values.last_name:
            for index in self.full_name:
                if cell(index):
                    values.first_name, values.last_name = split_full_name(cell(index))
                    values.notes.append(
                        translate(
                            "Import",
                            "Name split from \u201c{full}\u201d: first name {first}, last name {last}.",
                        ).format(
                            full=cell(index),
                            first=f"\u201c{values.first_name}\u201d",
                            last=f"\u201c{values.last_name}\u201d",
                        )
                    )
                    break
        if not values.email:
            values.email = self._fallback_address(cells, values.notes)
        for index, kind, matches in self.inactive:
            value = cells[index].strip()
            folded = value.casefold()
            if any(folded == m or (m.startswith("#") and m in folded) for m in matches) and value:
                values.left_out = translate("Import", _LEFT_OUT_REASONS[kind]).format(
                    value=f"{self.titles[index]}: {value}"
                )
                break
        domain = values.email.rpartition("@")[2].strip().casefold()
        if domain and domain in self.format.example_domains and not values.left_out:
            values.left_out = translate(
                "Import", "The template's example row ({domain}): delete it, it is not imported."
            ).format(domain=domain)
        return values

    def _fallback_address(self, cells: Sequence[str], notes: list[str]) -> str:
        for index in self.proxy:
            for entry in re.split(r"[+;,\s]+(?=smtp:|SMTP:|[A-Za-z0-9]+:)", cells[index].strip()):
                match = _SMTP.match(entry)
                if match:
                    notes.append(
                        translate(
                            "Import", "The address is the primary SMTP address of \u201c{column}\u201d."
                        ).format(column=self.titles[index])
                    )
                    return match.group(1).strip()
        for index in self.sign_in:
            if cells[index].strip():
                notes.append(
                    translate("Import", "The address is the sign-in name (\u201c{column}\u201d).").format(
                        column=self.titles[index]
                    )
                )
                return cells[index].strip()
        return ""


_PARTICLES = frozenset(words("de di da del della dei degli van von der den la le lo dos du st st. mac"))


def split_full_name(full: str) -> tuple[str, str]:
    """ "Mario Rossi" -> ("Mario", "Rossi"); "Rossi, Mario" -> ("Mario", "Rossi");
    "Anna De Luca" -> ("Anna", "De Luca"); a single word is a first name."""
    full = " ".join(full.split())
    if "," in full:
        last, _, first = full.partition(",")
        return first.strip(), last.strip()
    parts = full.split(" ")
    if len(parts) == 1:
        return parts[0], ""
    start = len(parts) - 1
    while start > 1 and parts[start - 1].casefold() in _PARTICLES:
        start -= 1
    return " ".join(parts[:start]), " ".join(parts[start:])


def _find(keys_per_column: list[tuple[str, ...]], wanted: tuple[str, ...]) -> list[int]:
    found = []
    for key in wanted:
        for index, keys in enumerate(keys_per_column):
            if key in keys and index not in found:
                found.append(index)
                break
    return found


def recognise(header: Sequence[str]) -> Recognised | None:
    """The format whose signature the header carries (the most specific first), or None."""
    keys_per_column = [header_keys(title) for title in header]
    present = {key for keys in keys_per_column for key in keys}
    for fmt in FORMATS:
        if not any(signature <= present for signature in fmt.signatures):
            continue
        columns: dict[str, list[int]] = {}
        for name in _FIELDS:
            found = _find(keys_per_column, fmt.aliases.get(name, ()))
            if found:
                columns[name] = found  # alternatives: the first holding a value on the row wins
        inactive = []
        for key, kind, values in fmt.inactive:
            inactive += [(index, kind, values) for index in _find(keys_per_column, (key,))]
        used = {index for found in columns.values() for index in found}
        full_name = _find(keys_per_column, fmt.full_name)
        proxy, sign_in = _find(keys_per_column, fmt.proxy), _find(keys_per_column, fmt.sign_in)
        used |= set(full_name) | set(proxy) | set(sign_in)
        declared = set()
        for index, keys in enumerate(keys_per_column):
            deliberate = any(k in fmt.left_out or _prefixed(k, fmt.left_out) for k in keys)
            if index in used or fmt.left_out == ALL_OTHERS or deliberate:
                declared.add(index)
        return Recognised(
            fmt,
            len(header),
            columns,
            full_name,
            proxy,
            sign_in,
            inactive,
            [t.strip() for t in header],
            declared,
        )
    return None


def _prefixed(key: str, left_out: tuple[str, ...]) -> bool:
    return any(item.endswith("*") and key.startswith(item[:-1]) for item in left_out)


def is_version_line(cells: Sequence[str]) -> bool:
    """Entra's template first line: ``version:v1.0`` (``version:v1.0,,,`` after Excel)."""
    return (
        bool(cells)
        and cells[0].strip().casefold().startswith("version:")
        and not any(cell.strip() for cell in cells[1:])
    )
