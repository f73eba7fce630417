"""Command: ``people replace OLD_EMAIL NEW_EMAIL``, across every account of the database."""

from __future__ import annotations

import argparse

from contact_manager.cli.common import CliProblem, Session, command, group, say
from contact_manager.domain.replacement import Move, ReplacementPlan, SuccessorMissing
from contact_manager.domain.text import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    people = group(subparsers, "people", translate("Cli", "people across every account of the database"))
    replace = command(
        people,
        "replace",
        run_replace,
        translate(
            "Cli",
            "give every role OLD_EMAIL holds, in every account (or only --account), to NEW_EMAIL",
        ),
    )
    replace.add_argument(
        "old", metavar="OLD_EMAIL", help=translate("Cli", "the address of the person leaving")
    )
    replace.add_argument("new", metavar="NEW_EMAIL", help=translate("Cli", "the address of the successor"))
    replace.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "print the plan and change nothing")
    )
    replace.add_argument(
        "--add-missing",
        action="store_true",
        help=translate(
            "Cli", "add the successor, with the name they have elsewhere, where they are not an active user"
        ),
    )
    replace.add_argument(
        "--deactivate",
        action="store_true",
        help=translate("Cli", "deactivate OLD_EMAIL in every account afterwards"),
    )


def move_line(move: Move) -> str:
    if move.already_held:
        return translate("Cli", "{account}: {role}: {old} removed ({new} already is one)").format(
            account=move.account_name, role=move.role.label, old=move.old.display, new=move.new.display
        )
    return translate("Cli", "{account}: {role}: {old} -> {new}").format(
        account=move.account_name, role=move.role.label, old=move.old.display, new=move.new.display
    )


def plan_lines(
    plan: ReplacementPlan, *, add_missing: bool, deactivate: bool, done: bool = False
) -> list[str]:
    lines = [move_line(move) for move in plan.moves]
    for account in plan.missing:
        if done:
            text = translate("Cli", "{account}: {person} added as a user")
        elif add_missing:
            text = translate("Cli", "{account}: {person} will be added as a user")
        else:
            text = translate("Cli", "{account}: {person} is not an active user")
        lines.append(text.format(account=account.account_name, person=plan.new_person.display))
    if deactivate:
        for account in plan.accounts:
            if account.old_user_id is not None and account.old_active:
                text = (
                    translate("Cli", "{account}: {person} deactivated")
                    if done
                    else translate("Cli", "{account}: {person} will be deactivated")
                )
                lines.append(text.format(account=account.account_name, person=plan.old_name))
    if not plan.moves:
        lines.append(
            translate("Cli", "{person} holds no role: there is nothing to hand over.").format(
                person=plan.old_name
            )
        )
    return lines


def run_replace(session: Session, args: argparse.Namespace) -> None:
    services = session.services()
    account_id = session.account().id if getattr(args, "account", None) is not None else None
    plan = services.people.plan(args.old, args.new, account_id)
    if args.dry_run:
        say(translate("Cli", "Dry run: nothing was changed. The plan:"))
        for line in plan_lines(plan, add_missing=args.add_missing, deactivate=args.deactivate):
            say("  " + line)
        return
    try:
        done = services.people.apply(plan, add_missing=args.add_missing, deactivate=args.deactivate)
    except SuccessorMissing as error:
        raise CliProblem(
            translate(
                "Cli",
                "{email} is not an active user of these accounts: {accounts}. Nothing was changed; "
                "add them there, or run again with --add-missing.",
            ).format(email=error.email, accounts=", ".join(error.accounts))
        ) from error
    say(translate("Cli", "Replaced {old} with {new}:").format(old=plan.old_name, new=plan.new_person.display))
    for line in plan_lines(plan, add_missing=args.add_missing, deactivate=args.deactivate, done=True):
        say("  " + line)
    say(translate("Cli", "Accounts changed: {count}").format(count=len(done.accounts)))
