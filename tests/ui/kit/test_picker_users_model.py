"""The shared user model and the per-box filter, without a window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from contact_manager.ui.kit.picker_users_model import (
    ACTIVE_DATA,
    MAX_MATCHES,
    USER_ID_DATA,
    UserFilterModel,
    UserListModel,
)

ROWS = [
    (1, "Anna", "Rossi", "anna.rossi@acme.example", 1),
    (2, "Luca", "Bianchi", "luca@acme.example", 1),
    (3, "Marta", "Verdi", "marta.verdi@acme.example", 0),
    (4, "", "", "noname@acme.example", 1),
]


def texts(model) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_shared_model_passes_qtmodeltester(qtmodeltester, qapp):
    model = UserListModel(ROWS)
    qtmodeltester.check(model, force_py=True)
    assert texts(model)[0] == "Anna Rossi <anna.rossi@acme.example>"
    assert texts(model)[3] == "noname@acme.example"
    inactive = model.index(2, 0)
    assert inactive.data() == "Marta Verdi <marta.verdi@acme.example> (deactivated)"
    assert inactive.data(ACTIVE_DATA) is False
    assert not inactive.data(Qt.ItemDataRole.DecorationRole).isNull()  # an icon, not colour alone
    assert inactive.data(USER_ID_DATA) == 3


def test_the_filter_passes_qtmodeltester_and_lists_active_users_only(qtmodeltester, qapp):
    source = UserListModel(ROWS)
    box = UserFilterModel(source)
    qtmodeltester.check(box, force_py=True)
    assert [box.user_id(r) for r in range(box.rowCount())] == [1, 2, 4]


def test_the_filter_keeps_a_deactivated_holder_and_leaves_out_excluded_users(qapp):
    box = UserFilterModel(UserListModel(ROWS))
    box.set_filter(keep_inactive={3}, excluded={1})
    assert [box.user_id(r) for r in range(box.rowCount())] == [2, 3, 4]
    assert box.row_of(1) is None and box.row_of(3) == 1


def test_type_ahead_matches_any_part_of_name_or_address(qapp):
    box = UserFilterModel(UserListModel(ROWS))
    box.set_filter(text="ROSS")
    assert texts(box) == ["Anna Rossi <anna.rossi@acme.example>"]
    box.set_filter(text="acme.example")
    assert len(texts(box)) == 3
    box.set_filter(text="anna rossi")
    assert [box.user_id(r) for r in range(box.rowCount())] == [1]
    box.set_filter(text="nobody")
    assert box.rowCount() == 0


def test_a_type_ahead_list_is_empty_until_something_is_typed(qapp):
    box = UserFilterModel(UserListModel(ROWS), require_text=True)
    assert box.rowCount() == 0
    box.set_filter(text="a")
    assert box.rowCount() == 3


def test_reloading_the_shared_model_refilters_every_box(qapp):
    source = UserListModel(ROWS)
    box = UserFilterModel(source)
    source.set_rows([*ROWS, (5, "Paolo", "Neri", "paolo@acme.example", 1)])
    assert box.row_of(5) is not None


def test_every_picker_of_a_window_shares_one_model(window):
    from contact_manager.ui.contacts.contact_picker import ContactPicker

    pickers = window.findChildren(ContactPicker)
    assert len(pickers) == 8
    assert {p.choices.source for p in pickers} == {window.context.picker_users}


def test_a_type_ahead_list_stops_at_its_limit_and_narrows_as_you_type(qapp):
    many = [(i, "Mario", f"Rossi{i}", f"mario{i}@acme.example", 1) for i in range(1, 1001)]
    box = UserFilterModel(UserListModel(many), require_text=True)
    box.set_filter(text="mario")
    assert box.rowCount() == MAX_MATCHES
    box.set_filter(text="rossi999")
    assert [box.user_id(r) for r in range(box.rowCount())] == [999]


def test_a_box_finds_a_users_text_as_qts_own_match_finds_it(qapp):
    """QComboBox looks its text up with ``match`` whenever it loses focus: the filter answers
    from the addresses, and finds what Qt's row-by-row match finds."""
    from PySide6.QtCore import QAbstractListModel

    from contact_manager.domain.damage import DamagedText

    rows = [
        *ROWS,
        (5, "Anna", "Rossi", "anna.rossi@acme.example.it", 1),
        (6, "Zoe", DamagedText("X"), "z@x", 1),
    ]
    box = UserFilterModel(UserListModel(rows))
    box.set_filter(keep_inactive=[3])  # a deactivated holder, shown with its suffix
    mf = Qt.MatchFlag
    values = [
        *texts(box),
        "anna.rossi@acme.example",
        "ANNA ROSSI <ANNA.ROSSI@ACME.EXAMPLE>",
        "bian",
        "",
        "Anna",
    ]
    for flags in (mf.MatchExactly, mf.MatchFixedString, mf.MatchFixedString | mf.MatchCaseSensitive):
        for wrap in (mf.MatchExactly, mf.MatchWrap):
            for start in (0, 3):
                for value in values:
                    for hits in (1, -1):
                        args = (box.index(start, 0), Qt.ItemDataRole.DisplayRole, value, hits, flags | wrap)
                        ours = [i.row() for i in box.match(*args)]
                        assert ours == [i.row() for i in QAbstractListModel.match(box, *args)], (value, flags)
    assert [i.row() for i in box.match(box.index(0, 0), Qt.ItemDataRole.DisplayRole, texts(box)[2])] == [2]
    starts = box.match(box.index(0, 0), Qt.ItemDataRole.DisplayRole, "Anna", -1, mf.MatchStartsWith)
    assert [i.row() for i in starts] == [r for r, t in enumerate(texts(box)) if t.startswith("Anna")]  # Qt's
