"""Reading vCard files (2.1, 3.0, 4.0) into the import's table: one row per card. Pure, no Qt.

What address books write: Outlook desktop vCard 2.1 with bare parameters (``TEL;WORK;VOICE:``,
``EMAIL;PREF;INTERNET:``) and quoted-printable values (``ENCODING=QUOTED-PRINTABLE`` with ``=``
soft line breaks, in the ``CHARSET`` named); Google Contacts 3.0 (``item1.EMAIL``,
``TYPE=INTERNET``); RFC 6350's 4.0 (``PREF=1``, ``TYPE=pref``). Lines folded with a leading
space are unfolded; a file may hold many cards. From each card: N (else FN, split), the
preferred EMAIL (else the first), the preferred TEL, TITLE.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, field

from contact_manager.domain.csv_file import CsvTable, ImportFileError, decode
from contact_manager.domain.format_rows import split_full_name
from contact_manager.domain.text import translate

HEADER = ["First name", "Last name", "Email", "Job title", "Phone"]  # recognised by guess_mapping
MAX_CARDS = 200_000
MAX_LINE = 128 * 1024  # a logical line longer than this is no contact (an embedded photo aside)


def looks_like_vcard(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").upper()
    return head.startswith(b"BEGIN:VCARD")


@dataclass
class _Property:
    name: str
    params: dict[str, list[str]]
    value: str


@dataclass
class _Card:
    line: int
    props: list[_Property] = field(default_factory=list)

    def all(self, name: str) -> list[_Property]:
        return [prop for prop in self.props if prop.name == name]


def _quoted_printable(params: dict[str, list[str]]) -> bool:
    return "QUOTED-PRINTABLE" in (v.upper() for v in params.get("ENCODING", []) + params.get("TYPE", []))


def _split_unquoted(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == separator and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _parse_line(line: str) -> _Property | None:
    head, colon, value = line.partition(":")
    if '"' in head:  # a quoted parameter value may hold a colon
        pieces = _split_unquoted(line, ":")
        head, value = pieces[0], ":".join(pieces[1:])
    if not colon:
        return None
    parts = _split_unquoted(head, ";")
    name = parts[0].rsplit(".", 1)[-1].strip().upper()  # "item1.EMAIL" -> EMAIL
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        key, equals, val = part.partition("=")
        if not equals:  # vCard 2.1's bare parameters: "WORK", "PREF", "QUOTED-PRINTABLE"
            key, val = "TYPE", part
        for item in val.split(","):
            params.setdefault(key.strip().upper(), []).append(item.strip().strip('"'))
    return _Property(name, params, value)


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """(physical line number, line) with folding and quoted-printable soft breaks undone."""
    out: list[tuple[int, str]] = []
    continuing = False  # the previous line ended in a quoted-printable soft break
    for number, raw in enumerate(text.splitlines(), start=1):
        if continuing and out:
            out[-1] = (out[-1][0], out[-1][1][:-1] + raw)
        elif raw[:1] in (" ", "\t") and out:
            out[-1] = (out[-1][0], out[-1][1] + raw[1:])
        elif raw.strip():
            out.append((number, raw))
        else:
            continue
        last = out[-1][1]
        if len(last) > MAX_LINE:
            out[-1] = (out[-1][0], last[:MAX_LINE])
        head = last.split(":", 1)[0].upper()
        continuing = last.endswith("=") and "QUOTED-PRINTABLE" in head
    return out


def _text(prop: _Property) -> str:
    value = prop.value
    if _quoted_printable(prop.params):
        charset = (prop.params.get("CHARSET") or ["utf-8"])[0]
        raw = quopri.decodestring(value.encode("latin-1", "replace"))
        try:
            value = raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            value = raw.decode("cp1252", "replace")
    return value


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\,;nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _components(value: str) -> list[str]:
    return [_unescape(part).strip() for part in re.split(r"(?<!\\);", value)]


def _preferred(props: list[_Property]) -> _Property | None:
    """The property marked preferred (PREF, TYPE=pref, the lowest PREF=n), else the first."""

    def rank(prop: _Property) -> int:
        types = [t.casefold() for t in prop.params.get("TYPE", [])]
        if "pref" in types:
            return 1
        for value in prop.params.get("PREF", []):
            if value.isdigit():
                return int(value)
        return 1000

    candidates = [prop for prop in props if _text(prop).strip()]
    return min(candidates, key=rank) if candidates else None  # min keeps the first on a tie


def _row(card: _Card) -> list[str]:
    first = last = ""
    names = card.all("N")
    if names:
        parts = _components(_text(names[0])) + ["", ""]
        last, first = parts[0], parts[1]
    if not first and not last and card.all("FN"):
        first, last = split_full_name(_unescape(_text(card.all("FN")[0])).strip())
    email = _preferred(card.all("EMAIL"))
    phone = _preferred(card.all("TEL"))
    titles = card.all("TITLE")
    return [
        first,
        last,
        _unescape(_text(email)).strip() if email else "",
        _unescape(_text(titles[0])).strip() if titles else "",
        _unescape(_text(phone)).strip().removeprefix("tel:") if phone else "",
    ]


def read_vcards(data: bytes, name: str = "") -> CsvTable:
    """The cards of a vCard file as table rows (ImportFileError when it holds none)."""
    text, encoding = decode(data, name)
    cards: list[_Card] = []
    card: _Card | None = None
    for number, line in _logical_lines(text):
        prop = _parse_line(line)
        if prop is None:
            continue
        if prop.name == "BEGIN" and prop.value.strip().upper() == "VCARD":
            card = _Card(number)
            cards.append(card)
            if len(cards) > MAX_CARDS:
                raise ImportFileError(
                    name,
                    translate(
                        "Import", "it holds more than {count} cards: split it into smaller files."
                    ).format(count=MAX_CARDS),
                )
        elif prop.name == "END":
            card = None
        elif card is not None:
            card.props.append(prop)
    if not cards:
        raise ImportFileError(name, translate("Import", "it holds no vCard (no BEGIN:VCARD line)."))
    rows = [_row(card) for card in cards]
    table = CsvTable(name, encoding, ",", list(HEADER), rows, [card.line for card in cards], kind="vcard")
    return table
