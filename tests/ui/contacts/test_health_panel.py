"""The health checks list on its own: one row per finding, each fix button saying what to edit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel

from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.health import Check, check_sheet
from contact_manager.domain.roles import OTHER_ROLES, Role
from contact_manager.ui.contacts.health_panel import HealthPanel
from tests.ui.helpers import on_screen

TODAY = date(2026, 11, 29)
ANNA = Person("anna@acme.example", "Anna", "Rossi", user_id=1)
LUCA = Person("luca@acme.example", "Luca", "Bianchi", user_id=2)
GONE = Person("gone@acme.example", "Gino", "Ex", user_id=5, active=False)
MARTA = Person("marta@acme.example", "Marta", "Verdi", user_id=3)
OUTSIDE = Person("soc@partner.example")


def sheet(primary=None, billing=(), reviewed_on=TODAY, **others) -> ContactSheet:
    roles = {role: None for role in OTHER_ROLES}
    roles.update({Role(name): person for name, person in others.items()})
    return ContactSheet(1, "Acme", 1, primary, tuple(billing), roles, reviewed_on)


@pytest.fixture
def panel(qtbot):
    return on_screen(qtbot, HealthPanel(), (520, 300))


def texts(panel: HealthPanel) -> list[str]:
    return panel.messages()


def test_the_list_is_named_for_tests_and_screen_readers(panel):
    assert panel.list.objectName() == "healthChecksList"
    assert panel.list.accessibleName() == "Health checks"


def test_a_healthy_sheet_says_so_and_offers_nothing_to_fix(panel):
    panel.show_findings(check_sheet(sheet(ANNA, [LUCA, MARTA], security=LUCA), TODAY))
    assert len(texts(panel)) == 1
    assert texts(panel)[0].startswith("All checks passed")
    assert panel.fix_buttons() == []


def test_no_account_shows_nothing(panel):
    panel.show_findings(check_sheet(sheet(), TODAY))
    panel.show_findings(None)
    assert texts(panel) == []
    assert not any(label.isVisible() for label in panel.findChildren(QLabel))  # no row left on screen


@pytest.mark.parametrize(
    ("sheet_", "check", "role", "label"),
    [
        (
            sheet(None, [LUCA, MARTA], security=LUCA),
            Check.NO_PRIMARY,
            Role.PRIMARY,
            "Choose a primary contact",
        ),
        (sheet(ANNA, [], security=LUCA), Check.NO_BILLING, Role.BILLING, "Add a billing contact"),
        (
            sheet(ANNA, [LUCA, MARTA], security=GONE),
            Check.INACTIVE_HOLDER,
            Role.SECURITY,
            "Choose someone else",
        ),
        (sheet(ANNA, [LUCA, MARTA]), Check.NO_SECURITY, Role.SECURITY, "Choose a security contact"),
        (
            sheet(ANNA, [ANNA, LUCA], security=ANNA, decision_maker=LUCA),
            Check.CONCENTRATED,
            None,
            "Share out the roles",
        ),
        (sheet(ANNA, [LUCA], security=LUCA), Check.ONE_BILLING, Role.BILLING, "Add a second billing contact"),
        (
            sheet(ANNA, [ANNA], security=LUCA),
            Check.PRIMARY_ONLY_BILLING,
            Role.BILLING,
            "Add a second billing contact",
        ),
    ],
)
def test_each_fix_button_asks_for_its_role(panel, qtbot, sheet_, check, role, label):
    findings = check_sheet(sheet_, TODAY)
    assert [f.check for f in findings] == [check]
    panel.show_findings(findings)
    assert texts(panel) == [findings[0].message]
    (button,) = panel.fix_buttons()
    assert button.objectName() == f"healthFix_{check.value}_0"
    assert button.text() == label
    with qtbot.waitSignal(panel.fixRequested) as emitted:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert emitted.args == [role]


def test_an_outside_security_address_not_checked_for_90_days_opens_the_security_contact(panel, qtbot):
    stale = sheet(ANNA, [LUCA, MARTA], security=OUTSIDE, reviewed_on=TODAY - timedelta(days=120))
    findings = check_sheet(stale, TODAY, security_since=TODAY - timedelta(days=100))
    assert [f.check for f in findings] == [Check.OUTSIDE_SECURITY_UNREVIEWED, Check.NOT_REVIEWED]
    panel.show_findings(findings)
    assert "soc@partner.example is an outside address last checked 100 days ago" in texts(panel)[0]
    (button,) = panel.fix_buttons()
    assert button.text() == "Check the security contact"
    with qtbot.waitSignal(panel.fixRequested) as emitted:
        button.click()
    assert emitted.args == [Role.SECURITY]


def test_not_reviewed_is_listed_without_its_own_button(panel):
    """The tab's "Mark as reviewed" button is the fix: a second one would be a duplicate."""
    findings = check_sheet(
        sheet(ANNA, [LUCA, MARTA], security=LUCA, reviewed_on=TODAY - timedelta(days=91)), TODAY
    )
    panel.show_findings(findings)
    assert texts(panel) == ["The contacts were last reviewed 91 days ago."]
    assert panel.fix_buttons() == []


def test_two_deactivated_holders_get_a_button_each(panel, qtbot):
    other = Person("old@acme.example", "Olga", "Old", user_id=6, active=False)
    panel.show_findings(check_sheet(sheet(ANNA, [GONE, MARTA], security=LUCA, technical_admin=other), TODAY))
    buttons = panel.fix_buttons()
    assert [b.objectName() for b in buttons] == ["healthFix_inactive_holder_0", "healthFix_inactive_holder_1"]
    with qtbot.waitSignal(panel.fixRequested) as emitted:
        buttons[1].click()
    assert emitted.args == [Role.TECHNICAL_ADMIN]


@pytest.mark.parametrize("width", [300, 700])
def test_wrapped_messages_are_never_clipped(panel, qtbot, width):
    panel.show_findings(check_sheet(sheet(ANNA, [GONE], reviewed_on=None), TODAY))
    panel.resize(width, 400)
    qtbot.wait(10)  # let the list lay its rows out at the new width
    assert len(panel.message_labels()) == len(check_sheet(sheet(ANNA, [GONE], reviewed_on=None), TODAY))
    for message in panel.message_labels():
        assert message.height() >= message.heightForWidth(message.width()), message.text()


def test_language_change_rewrites_the_fix_buttons(panel, monkeypatch):
    panel.show_findings(check_sheet(sheet(ANNA, []), TODAY))
    monkeypatch.setattr(HealthPanel, "tr", lambda self, text: f"<{text}>")
    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert [b.text() for b in panel.fix_buttons()] == [
        "<Add a billing contact>",
        "<Choose a security contact>",
    ]
    assert panel.list.accessibleName() == "<Health checks>"
