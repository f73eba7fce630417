"""Commands: ``contacts show|set|add|remove|clear``."""

from __future__ import annotations

import argparse

from contact_manager.cli.common import (
    CliProblem,
    Session,
    command,
    group,
    report_damage,
    role_choice,
    say,
    show,
)
from contact_manager.cli.output import person_text, sheet_json, sheet_lines
from contact_manager.domain.roles import BILLING_CAP, OTHER_ROLES
from contact_manager.domain.text import translate

SETTABLE = ("primary", *(role.value.replace("_", "-") for role in OTHER_ROLES))
CLEARABLE = SETTABLE[1:]


def register(subparsers: argparse._SubParsersAction) -> None:
    contacts = group(subparsers, "contacts", translate("Cli", "the account's points of contact"))

    show = command(contacts, "show", run_show, translate("Cli", "show every point of contact"))
    show.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))

    email_help = translate("Cli", "the user's email address")
    setter = command(
        contacts,
        "set",
        run_set,
        translate("Cli", "give a role to a user (the security contact may be an external address)"),
    )
    setter.add_argument("role", choices=SETTABLE, metavar="{" + "|".join(SETTABLE) + "}")
    setter.add_argument("email", metavar="EMAIL", help=email_help)

    adder = command(contacts, "add", run_add, translate("Cli", "add a billing contact"))
    adder.add_argument("role", choices=("billing",))
    adder.add_argument("email", metavar="EMAIL", help=email_help)

    remover = command(contacts, "remove", run_remove, translate("Cli", "remove a billing contact"))
    remover.add_argument("role", choices=("billing",))
    remover.add_argument("email", metavar="EMAIL", help=email_help)

    clearer = command(contacts, "clear", run_clear, translate("Cli", "leave a role without a holder"))
    clearer.add_argument("role", choices=CLEARABLE, metavar="{" + "|".join(CLEARABLE) + "}")


def run_show(session: Session, args: argparse.Namespace) -> int:
    sheet = session.services().contacts.sheet(session.account().id)
    show(args.json, sheet_json(sheet), sheet_lines(sheet))
    return report_damage(session.account().damage, sheet.damage)


def run_set(session: Session, args: argparse.Namespace) -> None:
    role = role_choice(args.role)
    if not role.accepts_external_email:  # the same refusal for an unknown user as every command
        session.user_id(args.email)
    sheet = session.services().contacts.set_role_by_email(session.account().id, role, args.email)
    say(f"{role.label}: {person_text(sheet.holder(role))}")


def run_add(session: Session, args: argparse.Namespace) -> None:
    contacts, account_id = session.services().contacts, session.account().id
    sheet = contacts.add_billing(account_id, session.user_id(args.email))
    say(
        translate("Cli", "Added {person} as a billing contact ({count} of {cap}).").format(
            person=sheet.billing[-1].display, count=len(sheet.billing), cap=BILLING_CAP
        )
    )


def run_remove(session: Session, args: argparse.Namespace) -> None:
    contacts, account_id = session.services().contacts, session.account().id
    user_id = session.user_id(args.email)
    before = contacts.sheet(account_id)
    person = next((p for p in before.billing if p.user_id == user_id), None)
    if person is None:
        raise CliProblem(
            translate("Cli", "{email} is not a billing contact of \u201c{account}\u201d.").format(
                email=args.email.strip(), account=before.account_name
            )
        )
    contacts.remove_billing(account_id, user_id, expected_version=before.version)
    say(translate("Cli", "Removed {person} from the billing contacts.").format(person=person.display))


def run_clear(session: Session, args: argparse.Namespace) -> None:
    role = role_choice(args.role)
    contacts, account_id = session.services().contacts, session.account().id
    before = contacts.sheet(account_id)
    if before.holder(role) is None:
        say(translate("Cli", "{role}: nobody held it; nothing changed.").format(role=role.label))
        return
    contacts.clear_role(account_id, role, expected_version=before.version)
    say(translate("Cli", "{role}: cleared.").format(role=role.label))
