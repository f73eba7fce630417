"""The users of one account kept compact: a few texts and arrays, no object per user.

``UserRows`` holds the rows (``(id, first, last, email, active, job_title, phone)``, sorted
as users are listed) as blocks of text: each block about ``BLOCK`` users, one record after
another, ``first US last US email NUL job_title US phone RS`` (US, RS: the unit and record
separators, which no name holds), with each record's start in one array, the ids in another
and the active flags in a ``bytes``. 100,000 users cost about what their texts weigh (6.5
MiB in the benchmark's account; a tuple, its id and its texts cost three to four times that
as Python objects). A block ends after a user whose id says so (``_ends_block``), so a read
again after a user was added or changed has the same blocks but one or two, and those are
the objects of the rows shown (``Builder(previous)``): the two reads hold one set of texts.

A row is made again when it is asked for (``row``; a view asks for the few it shows). The
search looks in a block folded at once (``str.lower`` of the whole block: one call in C),
which is each user's folded search text ``"first last email\\0job_title phone"``
(``domain.sorting.fold``) for every record that is ASCII; the few others (a name with an
accent, a value that could not be read and is kept as it came, in ``special``) keep their
folded text apart, in ``folded``, and are looked at there. The folded copy of a block lasts
one search (a block is small, 25 KiB: the copies reuse the same memory).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress, repeat
from operator import contains

from contact_manager.domain.damage import Damage
from contact_manager.domain.sorting import fold
from contact_manager.services.row_index import RowIndex

Row = tuple  # (id, first, last, email, active, job_title, phone)
ID, FIRST, LAST, EMAIL, ACTIVE, TITLE, PHONE = range(7)

BLOCK = 512  # users per block of text, on average (a block ends after a user whose id says so)
MOST = 4 * BLOCK  # and at most
FIELD, PART, END = "\x1f", "\0", "\x1e"  # between the fields, before the title, after a record
_EMPTY = f"{FIELD}{FIELD}{PART}{FIELD}"  # the record kept for a row held in ``special``


def search_text(row: Row) -> str:
    """The row's folded search text: the boxes match the part before the NUL."""
    return fold(f"{row[FIRST]} {row[LAST]} {row[EMAIL]}\0{row[TITLE]} {row[PHONE]}")


def _ends_block(user_id: int) -> bool:
    """Whether a block ends after this user: one in ``BLOCK`` ids, whatever their order, so a
    user added or removed changes the block around them only and every other block of a read
    again is the text it was (and is shared with the rows shown, not held twice)."""
    return ((user_id * 0x9E3779B1) >> 16) % BLOCK == 0


class Builder:
    """Makes ``UserRows`` from rows given in their order, a batch at a time (a worker's read
    keeps one batch of tuples, never 100,000). A block, or an array, that is the same as one
    of ``previous`` (the rows shown while this read runs) is ``previous``'s own object."""

    def __init__(self, previous: UserRows | None = None) -> None:
        self.blocks: list[str] = []
        self.firsts = array("i")  # the first row of each block
        self.starts = array("I")  # where each row starts in its block
        self.ids = array("i")  # ("q" once an id needs more than 4 bytes)
        self.active = bytearray()
        self.special: dict[int, Row] = {}
        self.folded: dict[int, str] = {}
        self.previous = previous
        self._shown = {} if previous is None else {block: block for block in previous.blocks}
        self._records: list[str] = []
        self._at = 0

    def add(self, rows: Iterable[Row]) -> None:
        for row in rows:
            user_id, first, last, email, active, title, phone = row
            at = len(self.active)
            record = f"{first}{FIELD}{last}{FIELD}{email}{PART}{title}{FIELD}{phone}"
            plain = (
                type(first) is str
                and type(last) is str
                and type(email) is str
                and type(title) is str
                and type(phone) is str
                and type(user_id) is int
                and user_id >= 0
                and record.count(FIELD) == 3
                and record.count(PART) == 1
                and END not in record
            )
            if not plain:
                self.special[at] = row
                self.folded[at] = search_text(row)
                record = _EMPTY
            elif not record.isascii():  # folding it is more than lowering its case
                self.folded[at] = search_text(row)
            known = type(user_id) is int and user_id >= 0
            try:
                self.ids.append(user_id if known else -1)
            except OverflowError:
                self.ids = array("q", self.ids)
                self.ids.append(user_id)
            self.active.append(1 if active else 0)
            self.starts.append(self._at)
            self._at += len(record) + 1
            self._records.append(record)
            if (known and _ends_block(user_id)) or len(self._records) == MOST:
                self._close_block()

    def _close_block(self) -> None:
        if self._records:
            self.firsts.append(len(self.active) - len(self._records))
            self._records.append("")  # the last record's end
            block = END.join(self._records)
            self.blocks.append(self._shown.get(block, block))
            self._records, self._at = [], 0

    def done(self, damage: dict[int | None, tuple[Damage, ...]] | None = None) -> UserRows:
        self._close_block()
        return UserRows(self, damage or {})


class UserRows:
    """An account's users, in the order they are listed (see the module's note)."""

    __slots__ = (
        "_blocks",
        "_firsts",
        "_starts",
        "_ids",
        "_flags",
        "_special",
        "_folded",
        "_folded_rows",
        "_index",
        "_active",
        "damage",
        "__weakref__",  # a test checks that a read the window let go is freed
    )

    def __init__(
        self, built: Builder | None = None, damage: dict[int | None, tuple[Damage, ...]] | None = None
    ) -> None:
        built = built or Builder()
        self._blocks = built.blocks
        self._firsts, self._starts, self._ids = built.firsts, built.starts, built.ids
        self._flags = bytes(built.active)
        self._special = built.special
        self._folded = built.folded
        self._folded_rows = sorted(built.folded)
        self.damage: dict[int | None, tuple[Damage, ...]] = damage or {}
        self._index: RowIndex | None = None
        self._active: array | None = None
        previous = built.previous
        if previous is not None:  # what is the same as the rows shown is theirs, not a copy
            if self._firsts == previous._firsts and self._starts == previous._starts:
                self._firsts, self._starts = previous._firsts, previous._starts
            if self._ids == previous._ids:
                self._ids, self._index = previous._ids, previous._index
            if self._flags == previous._flags:
                self._flags, self._active = previous._flags, previous._active

    @classmethod
    def of(cls, rows: Iterable[Sequence], damage: dict | None = None) -> UserRows:
        """UserRows of ``rows`` as they are (``(id, first, last, email, active[, title, phone])``)."""
        built = Builder()
        built.add((*r, "", "")[:7] if len(r) < 7 else tuple(r) for r in rows)
        return built.done(damage)

    def __len__(self) -> int:
        return len(self._flags)

    # --- one row ----------------------------------------------------------------------

    def _record(self, row: int) -> str:
        block, start = self._blocks[bisect_right(self._firsts, row) - 1], self._starts[row]
        return block[start : block.index(END, start)]

    def row(self, row: int) -> Row:
        special = self._special.get(row)
        if special is not None:
            return special
        first, last, email, title, phone = self._record(row).replace(PART, FIELD).split(FIELD)
        return (self._ids[row], first, last, email, self._flags[row], title, phone)

    def user_id(self, row: int) -> int | None:
        special = self._special.get(row)
        return special[ID] if special is not None else self._ids[row]

    def is_active(self, row: int) -> bool:
        return self._flags[row] == 1

    def email(self, row: int) -> str:
        special = self._special.get(row)
        if special is not None:
            return special[EMAIL]
        record = self._record(row)
        return record[record.rindex(FIELD, 0, record.index(PART)) + 1 : record.index(PART)]

    def search_text(self, row: int) -> str:
        """The row's folded search text (as ``search_text`` makes it)."""
        folded = self._folded.get(row)
        return folded if folded is not None else self._lowered(self._record(row))

    @property
    def rows(self) -> Sequence[Row]:
        """Every row, made as it is asked for."""
        return _Rows(self)

    @property
    def blocks(self) -> Sequence[str]:
        """The blocks of text the rows are kept in (a read again shares those unchanged)."""
        return self._blocks

    @property
    def flags(self) -> bytes:
        """1 for each active user's row, else 0."""
        return self._flags

    @property
    def active(self) -> Sequence[int]:
        """The rows of the active users, ascending (made once, when first asked for)."""
        if self._active is None:
            self._active = array("I", compress(range(len(self._flags)), self._flags))
        return self._active

    @property
    def row_of(self) -> RowIndex:
        """Each user's row by id (made once, when first asked for)."""
        if self._index is None:
            self._index = RowIndex(self._ids)
        return self._index

    # --- searching --------------------------------------------------------------------

    @staticmethod
    def _lowered(text: str, needle: str = "' ") -> str:
        """``text`` (ASCII records) as ``fold`` makes it, with spaces between the fields, as far
        as a search for ``needle`` can tell: a "`" is an apostrophe, a field's end a space, only
        for a needle holding one (either way a needle without finds the same)."""
        text = text.lower()
        if "'" in needle:
            text = text.replace("`", "'")
        return text.replace(FIELD, " ") if " " in needle else text

    def _special_needle(self, needle: str) -> bool:
        return FIELD in needle or END in needle or PART in needle

    def found(self, needle: str) -> bytearray:
        """1 for each row whose folded search text contains ``needle`` (folded), else 0: one
        ``in`` per record of each folded block, made in C."""
        if self._special_needle(needle):
            return bytearray(needle in self.search_text(r) for r in range(len(self)))
        hits = bytearray()
        for block in self._blocks:
            text = self._lowered(block, needle)
            if needle not in text:  # most blocks, for a name: no record to look at
                hits += bytes(text.count(END))
                continue
            records = text.split(END)
            records.pop()  # after the last record's end
            hits += bytes(map(contains, records, repeat(needle)))
        for row in self._folded_rows:
            hits[row] = needle in self._folded[row]
        return hits

    def rows_with_address(self, addresses: Iterable[str], *, casefold: bool = False) -> set[int]:
        """The rows whose address (casefolded, with ``casefold``) is one of ``addresses``, and
        every row kept apart (``special``: look at those one by one). Each address is found in
        the blocks as a whole field, in C; no row is made."""
        fields = [f"{FIELD}{a}{PART}" for a in addresses if not (FIELD in a or PART in a or END in a)]
        rows = set(self._special)
        if not fields:
            return rows
        for block, first in zip(self._blocks, self._firsts, strict=True):
            text = block.casefold() if casefold else block
            for field in fields:
                at = text.find(field)
                while at != -1:
                    rows.add(first + text.count(END, 0, at))
                    at = text.find(field, at + 1)
        return rows

    def find_names(self, needle: str, limit: int, wanted) -> list[int]:
        """The first ``limit`` rows, ascending, whose name or address (the search text before
        the NUL) contains ``needle`` and for which ``wanted(row)`` is true."""
        found: list[int] = []
        if self._special_needle(needle):
            for row in range(len(self)):
                text = self.search_text(row)
                if -1 != text.find(needle) < text.find(PART) and wanted(row):
                    found.append(row)
                    if len(found) >= limit:
                        break
            return found
        starts, folded, folded_rows = self._starts, self._folded, self._folded_rows
        ends = [*self._firsts[1:], len(self)] if self._blocks else []
        for block, first, last in zip(self._blocks, self._firsts, ends, strict=True):
            text = self._lowered(block, needle)
            in_block: list[int] = []
            if len(text) == len(block):  # the records are where they were: find them by their start
                at, find = 0, text.find
                while (at := find(needle, at)) != -1:
                    row = bisect_right(starts, at, first, last) - 1
                    after = starts[row + 1] if row + 1 < last else len(text)
                    if row not in folded and find(PART, starts[row], at) == -1 and wanted(row):
                        in_block.append(row)
                        if len(in_block) >= limit:
                            break
                    at = after
            else:  # a character lowered to two: one record at a time
                records = text.split(END)
                for offset, record in enumerate(records[: last - first]):
                    row = first + offset
                    if row not in folded and -1 != record.find(needle) < record.find(PART) and wanted(row):
                        in_block.append(row)
            for row in folded_rows[bisect_left(folded_rows, first) : bisect_left(folded_rows, last)]:
                text = folded[row]
                if -1 != text.find(needle) < text.find(PART) and wanted(row):
                    in_block.append(row)
            found += sorted(in_block)
            if len(found) >= limit:
                return found[:limit]
        return found


class _Rows(Sequence):
    """``UserRows.rows``: each row made when asked for."""

    __slots__ = ("_users",)

    def __init__(self, users: UserRows) -> None:
        self._users = users

    def __len__(self) -> int:
        return len(self._users)

    def __getitem__(self, at):
        if isinstance(at, slice):
            return [self._users.row(i) for i in range(*at.indices(len(self._users)))]
        if at < 0:
            at += len(self._users)
        if not 0 <= at < len(self._users):
            raise IndexError(at)
        return self._users.row(at)

    def __iter__(self) -> Iterator[Row]:
        return (self._users.row(i) for i in range(len(self._users)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)
