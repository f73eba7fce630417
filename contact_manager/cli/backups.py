"""Command: ``backup list [--json]``, the database's backups, newest first.

It reads the backups folder only, not the database, so it also answers for a database that
can't be opened (the window offers the same backups to restore).
"""

from __future__ import annotations

import argparse

from contact_manager.cli.common import CliProblem, Session, command, group, print_json, say
from contact_manager.cli.output import table
from contact_manager.domain.text import translate
from contact_manager.services.backup_files import list_backups
from contact_manager.store.target import parse_target, redact


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = group(subparsers, "backup", translate("Cli", "the backups of the database"))
    parser = command(
        backup,
        "list",
        run_list,
        translate("Cli", "list the backups of the database, newest first: when, what kind, which file"),
        account=False,
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def run_list(session: Session, args: argparse.Namespace) -> None:
    _url, path = parse_target(session.target)
    if path is None:
        raise CliProblem(
            translate("Cli", "Backups are made of database files only, not of {target}.").format(
                target=redact(session.target)
            )
        )
    backups = list_backups(path)
    if args.json:
        print_json([{"made": b.made.isoformat(), "kind": b.kind, "path": str(b.path)} for b in backups])
        return
    if not backups:
        say(translate("Cli", "There are no backups of {path} yet.").format(path=path))
        return
    rows = [[b.made.astimezone().strftime("%Y-%m-%d %H:%M:%S"), b.kind_text(), str(b.path)] for b in backups]
    for line in table(rows):
        say(line)
