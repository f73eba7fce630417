"""The rows a user box offers: the account's shared list of active rows with a few changes.

A billing box leaves out the other billing contacts and keeps its own deactivated holder: a
copy of the shared list of 100,000 rows for each such box cost 800 KiB (three boxes do it at
every read). ``OfferedRows`` answers as that copy would, from the shared list and the few
rows added or left out.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence


class OfferedRows(Sequence[int]):
    """``base`` (ascending rows) with the rows ``added`` (not in it) put in their places and
    the rows ``dropped`` left out; ascending, as ``base`` is."""

    __slots__ = ("_base", "_starts", "_pieces", "_len")

    def __init__(self, base: Sequence[int], added: Iterable[int], dropped: Iterable[int]) -> None:
        self._base = base
        left_out = set(dropped)
        cuts = [(bisect_left(base, r), 0, r) for r in set(added) - left_out]  # put before base[at]
        for r in left_out:
            at = bisect_left(base, r)
            if at < len(base) and base[at] == r:
                cuts.append((at, 1, r))  # base[at] left out
        self._starts: list[int] = []  # where each piece starts among the rows offered
        self._pieces: list[tuple[int | None, int]] = []  # (a start in base, None) or (None, a row)
        shown = at_base = 0
        for at, kind, row in sorted(cuts):
            if at > at_base:
                self._piece(shown, at_base, None)
                shown, at_base = shown + at - at_base, at
            if kind == 0:
                self._piece(shown, None, row)
                shown += 1
            else:
                at_base = at + 1
        if at_base < len(base):
            self._piece(shown, at_base, None)
            shown += len(base) - at_base
        self._len = shown

    def _piece(self, shown: int, base_start: int | None, row: int | None) -> None:
        self._starts.append(shown)
        self._pieces.append((base_start, row))  # type: ignore[arg-type]  # one of the two is None

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, at):  # an int (a slice: a list)
        if isinstance(at, slice):
            return [self[i] for i in range(*at.indices(self._len))]
        if at < 0:
            at += self._len
        if not 0 <= at < self._len:
            raise IndexError(at)
        piece = bisect_right(self._starts, at) - 1
        base_start, row = self._pieces[piece]
        return row if base_start is None else self._base[base_start + at - self._starts[piece]]
