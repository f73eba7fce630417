"""Commands: ``users add|list|deactivate|reactivate|remove``."""

from __future__ import annotations

import argparse

from contact_manager.cli.common import Session, command, group, report_damage, say, show
from contact_manager.cli.output import user_json, user_lines
from contact_manager.domain.contacts import Person
from contact_manager.domain.text import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    users = group(subparsers, "users", translate("Cli", "the users of an account"))

    add = command(users, "add", run_add, translate("Cli", "add a user to the account"))
    add.add_argument("--first", required=True, metavar="FIRST", help=translate("Cli", "first name"))
    add.add_argument("--last", required=True, metavar="LAST", help=translate("Cli", "last name"))
    add.add_argument("--email", required=True, metavar="EMAIL", help=translate("Cli", "email address"))
    add.add_argument("--job-title", default="", metavar="TITLE", help=translate("Cli", "job title"))
    add.add_argument("--phone", default="", metavar="PHONE", help=translate("Cli", "phone number"))

    listing = command(users, "list", run_list, translate("Cli", "list the users and the roles they hold"))
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))

    refused = translate("Cli", "refused while they hold a role")
    for name, handler, text in (
        ("deactivate", run_deactivate, translate("Cli", "deactivate a user") + f" ({refused})"),
        ("reactivate", run_reactivate, translate("Cli", "reactivate a user")),
        ("remove", run_remove, translate("Cli", "remove a user") + f" ({refused})"),
    ):
        parser = command(users, name, handler, text)
        parser.add_argument("email", metavar="EMAIL", help=translate("Cli", "the user's email address"))


def run_add(session: Session, args: argparse.Namespace) -> None:
    person = session.services().users.add(
        session.account().id, args.first, args.last, args.email, job_title=args.job_title, phone=args.phone
    )
    say(translate("Cli", "Added the user {person}.").format(person=person.display))


def run_list(session: Session, args: argparse.Namespace) -> int:
    services, account_id = session.services(), session.account().id
    people = services.users.list(account_id)
    sheet = services.contacts.sheet(account_id)
    users = [(person, sheet.roles_of(person.user_id)) for person in people if person.user_id is not None]
    show(args.json, [user_json(person, roles) for person, roles in users], user_lines(users))
    return report_damage(session.account().damage, sheet.damage, *(person.damage for person in people))


def run_deactivate(session: Session, args: argparse.Namespace) -> None:
    before, person = _set_active(session, args.email, False)
    if not before.active:
        say(translate("Cli", "{person} was already deactivated.").format(person=person.display))
    else:
        say(translate("Cli", "Deactivated {person}.").format(person=person.display))


def run_reactivate(session: Session, args: argparse.Namespace) -> None:
    before, person = _set_active(session, args.email, True)
    if before.active:
        say(translate("Cli", "{person} was already active.").format(person=person.display))
    else:
        say(translate("Cli", "Reactivated {person}.").format(person=person.display))


def _set_active(session: Session, email: str, active: bool) -> tuple[Person, Person]:
    """The user with this address before and after (de)activating them."""
    users = session.services().users
    before, user_id = session.user(email)
    change = users.reactivate if active else users.deactivate
    return before, change(session.account().id, user_id)


def run_remove(session: Session, args: argparse.Namespace) -> None:
    person = session.services().users.remove(session.account().id, session.user_id(args.email))
    say(translate("Cli", "Removed the user {person}.").format(person=person.display))
