"""The "Who receives what" model: Qt's model contract and what each row says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.roles import OTHER_ROLES, Role
from contact_manager.domain.routing import Notice
from contact_manager.domain.text import install_translator
from contact_manager.ui.contacts.routing_model import RoutingModel
from tests.sample_people import ANNA, LUCA, MARTA, PAOLO

GONE = Person("gone@acme.example", "Gino", "Ex", user_id=5, active=False)
SOC = Person("soc@outside.example")

FALLBACK = "(primary contact, as fallback)"


def sheet(primary=None, billing=(), **others) -> ContactSheet:
    roles = {role: None for role in OTHER_ROLES}
    roles.update({Role(name): person for name, person in others.items()})
    return ContactSheet(1, "Acme", 1, primary=primary, billing=tuple(billing), others=roles)


def model_with(sheet_: ContactSheet | None) -> RoutingModel:
    model = RoutingModel()
    model.set_sheet(sheet_)
    return model


def row_of(model: RoutingModel, notice: Notice) -> int:
    return next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(RoutingModel.NOTICE_DATA) == notice.value
    )


def recipients(model: RoutingModel, notice: Notice) -> tuple[Person, ...]:
    return model.index(row_of(model, notice), 1).data(RoutingModel.RECIPIENTS_DATA)


def lines(model: RoutingModel, notice: Notice) -> list[str]:
    return model.index(row_of(model, notice), 1).data(Qt.ItemDataRole.ToolTipRole).split("\n")


@pytest.mark.parametrize(
    "sheet_",
    [
        None,
        sheet(),
        sheet(ANNA),
        sheet(ANNA, [LUCA, MARTA], decision_maker=PAOLO, security=SOC, onboarding=LUCA),
        sheet(ANNA, [GONE], technical_admin=GONE, security=ANNA),
    ],
    ids=["no-account", "empty", "primary-only", "full", "deactivated"],
)
def test_model_keeps_qts_contract(qtmodeltester, sheet_):
    model = RoutingModel()
    qtmodeltester.check(model, force_py=True)
    model.set_sheet(sheet_)
    qtmodeltester.check(model, force_py=True)


def test_no_account_means_no_rows(qtbot):
    assert model_with(None).rowCount() == 0


def test_one_row_per_notice_with_two_labelled_columns(qtbot):
    model = model_with(sheet(ANNA))
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [n.label for n in Notice]
    assert model.columnCount() == 2
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(0, horizontal) == "Notice"
    assert model.headerData(1, horizontal) == "Recipients"


def test_receipts_and_orders_go_to_primary_when_there_is_no_billing_contact(qtbot):
    model = model_with(sheet(ANNA))
    for notice in (Notice.RECEIPTS, Notice.ORDERS):
        assert recipients(model, notice) == (ANNA,)
        assert lines(model, notice) == [f"{ANNA.display} {FALLBACK}"]


def test_receipts_and_orders_go_to_billing_contacts_only_when_there_are_some(qtbot):
    model = model_with(sheet(ANNA, [LUCA, MARTA]))
    for notice in (Notice.RECEIPTS, Notice.ORDERS):
        assert recipients(model, notice) == (LUCA, MARTA)
        assert lines(model, notice) == [LUCA.display, MARTA.display]
    assert recipients(model, Notice.INVOICES) == (ANNA, LUCA, MARTA)
    assert FALLBACK not in model.index(row_of(model, Notice.INVOICES), 1).data(Qt.ItemDataRole.ToolTipRole)


def test_onboarding_and_technical_fall_back_to_primary_only_when_unset(qtbot):
    unset = model_with(sheet(ANNA))
    assert lines(unset, Notice.ONBOARDING) == [f"{ANNA.display} {FALLBACK}"]
    assert lines(unset, Notice.TECHNICAL) == [f"{ANNA.display} {FALLBACK}"]
    filled = model_with(sheet(ANNA, onboarding=LUCA, technical_admin=MARTA))
    assert lines(filled, Notice.ONBOARDING) == [LUCA.display]
    assert lines(filled, Notice.TECHNICAL) == [MARTA.display]


def test_primary_holding_the_role_itself_is_not_called_a_fallback(qtbot):
    model = model_with(sheet(ANNA, onboarding=ANNA))
    assert lines(model, Notice.ONBOARDING) == [ANNA.display]


def test_renewals_include_the_decision_maker(qtbot):
    model = model_with(sheet(ANNA, [LUCA], decision_maker=PAOLO))
    assert recipients(model, Notice.RENEWALS) == (ANNA, LUCA, PAOLO)
    assert lines(model, Notice.RENEWALS) == [ANNA.display, LUCA.display, PAOLO.display]


def test_a_person_holding_several_roles_is_listed_once(qtbot):
    model = model_with(sheet(ANNA, [ANNA, LUCA], decision_maker=LUCA, security=ANNA))
    assert recipients(model, Notice.RENEWALS) == (ANNA, LUCA)
    assert recipients(model, Notice.SECURITY) == (ANNA,)
    assert lines(model, Notice.SECURITY) == [ANNA.display]


def test_outside_address_and_deactivated_holder_are_said_in_words(qtbot):
    model = model_with(sheet(ANNA, [GONE], security=SOC))
    assert lines(model, Notice.SECURITY) == [f"{SOC.email} (external address)", ANNA.display]
    assert lines(model, Notice.RECEIPTS) == [f"{GONE.display} (deactivated)"]
    receipts = model.index(row_of(model, Notice.RECEIPTS), 1)
    assert not receipts.data(Qt.ItemDataRole.DecorationRole).isNull()
    upgrades = model.index(row_of(model, Notice.UPGRADES), 1)
    assert upgrades.data(Qt.ItemDataRole.DecorationRole) is None


def test_without_any_contact_the_table_says_nobody(qtbot):
    model = model_with(sheet())
    assert lines(model, Notice.UPGRADES) == ["Nobody: no primary contact is set"]


def test_display_wraps_between_recipients_only(qtbot):
    model = model_with(sheet(ANNA, [LUCA]))
    shown = model.index(row_of(model, Notice.INVOICES), 1).data()
    assert shown.split("; ") == [p.display.replace(" ", "\u00a0") for p in (ANNA, LUCA)]
    assert " " not in shown.replace("; ", "")


def test_an_address_does_not_break_at_its_hyphen(qtbot):
    hyphen = Person("anna-maria@ferretti-arredamenti.example", "Anna-Maria", "Rossi", user_id=9)
    model = model_with(sheet(hyphen))
    index = model.index(row_of(model, Notice.INVOICES), 1)
    assert index.data().count("-\u2060") == 3  # a word joiner after each hyphen: no break there
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == hyphen.display  # heard as it is written
    assert index.data(Qt.ItemDataRole.ToolTipRole) == hyphen.display


def test_new_sheet_resets_the_model(qtbot):
    model = model_with(sheet(ANNA))
    with qtbot.waitSignal(model.modelReset):
        model.set_sheet(sheet(ANNA, [LUCA]))
    assert recipients(model, Notice.RECEIPTS) == (LUCA,)


def test_retranslate_announces_new_headers_and_cells(qtbot):
    model = model_with(sheet(ANNA))
    install_translator(lambda context, text: text.upper())
    with (
        qtbot.waitSignal(model.headerDataChanged) as header,
        qtbot.waitSignal(model.dataChanged) as data,
    ):
        model.retranslate()
    assert header.args[1:] == [0, 1]
    top_left, bottom_right = data.args[:2]
    assert (top_left.row(), top_left.column()) == (0, 0)
    assert (bottom_right.row(), bottom_right.column()) == (len(Notice) - 1, 1)
    assert model.index(0, 0).data() == "INVOICES"
