"""What the command line prints: JSON shapes and aligned text, without a process."""

from __future__ import annotations

from contact_manager.cli import output
from contact_manager.domain.contacts import ContactSheet, Person
from contact_manager.domain.history import Action, Change
from contact_manager.domain.roles import OTHER_ROLES, Role

ANNA = Person("anna@acme.example", "Anna", "Rossi", user_id=1)
LUCA = Person("luca@acme.example", "Luca", "", user_id=2, active=False)
OUTSIDE = Person("soc@outside.example")


def test_an_empty_sheet_has_every_key_with_null_and_no_billing():
    sheet = ContactSheet(account_id=1, account_name="Acme", version=1)
    assert output.sheet_json(sheet) == {
        "account": "Acme",
        "primary": None,
        "billing": [],
        "decision_maker": None,
        "onboarding": None,
        "security": None,
        "technical_admin": None,
    }


def test_person_json_marks_outside_and_deactivated_people():
    assert output.person_json(ANNA) == {
        "email": "anna@acme.example", "name": "Anna Rossi", "external": False, "active": True
    }  # fmt: skip
    assert output.person_json(LUCA) == {"email": "luca@acme.example", "name": "Luca", "external": False,
                                        "active": False}  # fmt: skip
    assert output.person_json(OUTSIDE) == {
        "email": "soc@outside.example", "name": None, "external": True, "active": True
    }  # fmt: skip


def test_person_text():
    assert output.person_text(ANNA) == "Anna Rossi <anna@acme.example>"
    assert output.person_text(LUCA) == "Luca <luca@acme.example> (deactivated)"
    assert output.person_text(OUTSIDE) == "soc@outside.example (external address)"
    assert output.person_text(None) == "(none)"


def test_table_pads_every_column_but_the_last():
    assert output.table([("a", "bbb", "c"), ("aaaa", "b", "")]) == ["a     bbb  c", "aaaa  b"]
    assert output.table([]) == []


def test_sheet_lines_align_the_holders_under_one_column():
    sheet = ContactSheet(
        account_id=1,
        account_name="Acme",
        version=3,
        primary=ANNA,
        billing=(ANNA, OUTSIDE),
        others={role: None for role in OTHER_ROLES} | {Role.SECURITY: OUTSIDE},
    )
    lines = output.sheet_lines(sheet)
    assert lines[:2] == ["Account: Acme", ""]
    width = max(len(role.label) for role in Role) + 3
    assert lines[2:] == [
        Role.PRIMARY.label.ljust(width) + ANNA.display,
        Role.BILLING.label.ljust(width) + ANNA.display,
        " " * width + "soc@outside.example (external address)",
        Role.DECISION_MAKER.label.ljust(width) + "(none)",
        Role.ONBOARDING.label.ljust(width) + "(none)",
        Role.SECURITY.label.ljust(width) + "soc@outside.example (external address)",
        Role.TECHNICAL_ADMIN.label.ljust(width) + "(none)",
    ]


def test_sheet_lines_show_none_for_no_billing_contacts():
    lines = output.sheet_lines(ContactSheet(account_id=1, account_name="Acme", version=1))
    assert lines[3].split("   ")[-1].strip() == "(none)"
    assert lines[3].startswith(Role.BILLING.label)


def test_user_lines_and_json_carry_the_roles():
    lines = output.user_lines([(ANNA, [Role.PRIMARY, Role.BILLING]), (LUCA, [])])
    assert lines[1] == "Anna Rossi  anna@acme.example  active       Account primary contact, Billing contact"
    assert lines[2].split() == ["Luca", "luca@acme.example", "deactivated"]
    assert output.user_lines([]) == ["The account has no users yet."]
    assert output.user_json(ANNA, [Role.SECURITY])["roles"] == ["security"]


def change(action, role=None, subject="", old=None, new=None):
    return Change(1, "2026-03-01T14:05:09+00:00", "maria", action, role, subject, old, new)


def test_change_text_says_what_changed_from_what_to_what():
    assert output.change_text(change(Action.CONTACT_SET, Role.PRIMARY, old="A", new="B")) == (
        f"{Role.PRIMARY.label}: A \u2192 B"
    )
    assert output.change_text(change(Action.CONTACT_CLEAR, Role.SECURITY, old="A")) == (
        f"{Role.SECURITY.label}: A \u2192 (none)"
    )
    assert output.change_text(change(Action.USER_ADD, subject="a@x.example", new="A <a@x.example>")) == (
        "A <a@x.example>"
    )
    assert output.change_text(change(Action.USER_DEACTIVATE, subject="a@x.example")) == "a@x.example"
    assert output.change_text(change(Action.ACCOUNT_UPDATE, subject="phone", old="1", new="2")) == (
        "phone: 1 \u2192 2"
    )


def test_history_lines_show_the_time_in_utc_and_who():
    lines = output.history_lines([change(Action.ACCOUNT_CREATE, subject="Acme", new="Acme")])
    assert lines == ["2026-03-01 14:05 UTC  maria  Account created  Acme"]
    assert output.history_lines([]) == ["No changes recorded yet."]
    assert output.when_text("yesterday") == "yesterday"
