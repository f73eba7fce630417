"""Command: ``history [--json]``, the account's changes, newest first."""

from __future__ import annotations

import argparse

from contact_manager.cli.common import Session, command, report_damage, show
from contact_manager.cli.output import history_json, history_lines
from contact_manager.domain.text import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = command(
        subparsers, "history", run_history, translate("Cli", "every change made to the account, newest first")
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def run_history(session: Session, args: argparse.Namespace) -> int:
    changes = session.services().history.list(session.account().id)
    show(args.json, history_json(changes), history_lines(changes))
    return report_damage(session.account().damage, *(change.damage for change in changes))
