"""A box's offered rows answer as the copy of the shared list with its changes did."""

from __future__ import annotations

from bisect import bisect_left

from hypothesis import given
from hypothesis import strategies as st

from contact_manager.ui.kit.offered_rows import OfferedRows


def _copied(base: list[int], added: set[int], dropped: set[int]) -> list[int]:
    rows = list(base)  # what the box kept before: a copy, changed in place
    for r in sorted(added):
        rows.insert(bisect_left(rows, r), r)
    for r in dropped:
        at = bisect_left(rows, r)
        if at < len(rows) and rows[at] == r:
            del rows[at]
    return rows


@given(
    rows=st.sets(st.integers(0, 60)),
    added=st.sets(st.integers(0, 60), max_size=5),
    dropped=st.sets(st.integers(0, 60), max_size=5),
)
def test_the_offered_rows_are_the_shared_list_with_the_rows_added_and_left_out(rows, added, dropped):
    base = sorted(rows)
    added -= rows
    offered = OfferedRows(base, added, dropped)
    expected = _copied(base, added, dropped)
    assert list(offered) == expected and len(offered) == len(expected)
    assert [offered[i] for i in range(-len(expected), 0)] == expected
    for row in range(62):
        at = bisect_left(offered, row)
        assert (at < len(offered) and offered[at] == row) == (row in expected)
