"""Commands: ``history [--json]``, the account's changes, newest first; ``history export
--format FORMAT --output FILE``, the history exports of ``services/exports.py`` (csv)."""

from __future__ import annotations

import argparse
from pathlib import Path

from contact_manager.cli.common import Cli, Session, command, report_damage, say, show
from contact_manager.cli.exchange import cannot_write
from contact_manager.cli.output import history_json, history_lines, when_text
from contact_manager.domain.text import translate
from contact_manager.services import exports


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = command(
        subparsers, "history", run_history, translate("Cli", "every change made to the account, newest first")
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    commands = parser.add_subparsers(dest="history_command", metavar="COMMAND", required=False)
    export = command(
        commands, "export", run_history_export, translate("Cli", "write the account's history to a file")
    )
    choices = exports.names(exports.HISTORY)
    export.add_argument(
        "--format", choices=choices, default=choices[0], help=translate("Cli", "the file format")
    )
    export.add_argument("--output", required=True, metavar="FILE", help=translate("Cli", "the file to write"))


def run_history(session: Session, args: argparse.Namespace) -> int:
    changes = session.services().history.list(session.account().id)
    show(args.json, history_json(changes), history_lines(changes))
    return report_damage(session.account().damage, *(change.damage for change in changes))


def run_history_export(session: Session, args: argparse.Namespace) -> None:
    services, account = session.services(), session.account()
    export = exports.find(exports.HISTORY, args.format)
    try:  # times in UTC, and commas: scripts read the command line's files
        count = export.write(exports.Request(services, account.id, when=when_text), args.output)
    except OSError as error:
        raise cannot_write(args.output, error) from None
    text = Cli.tr("Exported %n change(s) of {account} to {path}.", "", count)
    say(text.format(account=account.name, path=Path(args.output)))
