"""Commands: ``init --account NAME`` and ``accounts list``."""

from __future__ import annotations

import argparse

from contact_manager.cli.common import Session, command, group, report_damage, say
from contact_manager.cli.output import marked
from contact_manager.domain.text import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    command(
        subparsers,
        "init",
        run_init,
        translate("Cli", "create the database if needed, and an account in it (--account NAME)"),
    )
    accounts = group(
        subparsers,
        "accounts",
        translate("Cli", "the accounts in the database (alone: list them)"),
        default=run_list,
    )
    command(accounts, "list", run_list, translate("Cli", "list the accounts"), account=False)


def run_init(session: Session, args: argparse.Namespace) -> None:
    name: str | None = getattr(args, "account", None)
    if name is None:
        parser: argparse.ArgumentParser = args.parser
        parser.error(translate("Cli", "the following arguments are required: --account"))
    account = session.services(create=True).accounts.create(name)
    say(
        translate("Cli", "Created the account \u201c{name}\u201d in {path}.").format(
            name=account.name, path=session.target
        )
    )


def run_list(session: Session, args: argparse.Namespace) -> int:
    accounts = session.services().accounts.list()
    if not accounts:
        say(translate("Cli", "The database has no accounts yet."))
    for account in accounts:
        say(marked(account.name, account.damage))
    return report_damage(*(account.damage for account in accounts))
