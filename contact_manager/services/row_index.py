"""Each user's row found by id, and a sort a worker thread can run beside the window.

Plain Python over arrays and lists (no Qt, no store): ``services.compact_rows`` keeps the
rows, the Users tab's model sorts them in a worker thread.
"""

from __future__ import annotations

import heapq
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Sequence

ID = 0  # a row's id: its first value

CHUNK = 4096  # items sorted at a time by sorted_apart


def sorted_apart(items: list, key=None, reverse: bool = False) -> list:
    """``sorted(items, key=key, reverse=reverse)`` (stable alike), for a worker thread.

    One ``sorted`` of 100,000 tuples keeps the interpreter to itself for a tenth of a second
    (the comparisons run in C, where no other thread gets a turn), which freezes the window's
    thread just as a sort there would. Sorting slices and merging them in Python lets it run.
    """
    if len(items) <= CHUNK:
        return sorted(items, key=key, reverse=reverse)
    slices = [sorted(items[i : i + CHUNK], key=key, reverse=reverse) for i in range(0, len(items), CHUNK)]
    return list(heapq.merge(*slices, key=key, reverse=reverse))


class RowIndex:
    """Each user's row, as a dict's ``get`` finds it, without a dict (100,000 entries: 5 MiB).

    The ids of an account are close together (they are given in order as users are added):
    then one array, the row of each id from the lowest, 4 bytes an id. Ids spread wider are
    sorted into two arrays (ids ascending, their rows), found by halving."""

    __slots__ = ("_low", "_table", "_ids", "_rows")

    def __init__(self, ids: Sequence[int]) -> None:  # an id that can't be read: -1
        self._low, self._table = 0, array("i")
        self._ids: array | None = None
        self._rows = array("i")
        high = max(ids, default=-1)
        if high < 0:
            return
        low = min(i for i in ids if i >= 0)
        if high - low < 4 * len(ids) + 64:
            table = array("i", [-1]) * (high - low + 1)
            for row in range(len(ids) - 1, -1, -1):  # the first row of an id wins, as below
                if ids[row] >= 0:
                    table[ids[row] - low] = row
            self._low, self._table = low, table
            return
        packed = sorted_apart([(i << 32) | at for at, i in enumerate(ids) if i >= 0])
        self._ids = array("q", (p >> 32 for p in packed))
        self._rows = array("i", (p & 0xFFFFFFFF for p in packed))

    @classmethod
    def of_rows(cls, rows: Iterable[Sequence]) -> RowIndex:
        return cls(array("q", (r[ID] if type(r[ID]) is int and r[ID] >= 0 else -1 for r in rows)))

    def get(self, user_id: int | None) -> int | None:
        if type(user_id) is not int or user_id < 0:
            return None
        if self._ids is None:
            at = user_id - self._low
            row = self._table[at] if 0 <= at < len(self._table) else -1
            return row if row >= 0 else None
        at = bisect_left(self._ids, user_id)
        return self._rows[at] if at < len(self._ids) and self._ids[at] == user_id else None
