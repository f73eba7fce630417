"""Command: ``check``, the database checked from top to bottom; exit 1 when anything is wrong."""

from __future__ import annotations

import argparse
import sys

from contact_manager.cli.common import PROG, CliProblem, Session, command, say
from contact_manager.domain.target import parse_target
from contact_manager.domain.text import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    command(
        subparsers,
        "check",
        run_check,
        translate(
            "Cli",
            "check the database without changing it (damage, schema, every row); exit 1 if anything is wrong",
        ),
        account=False,
    )


def run_check(session: Session, args: argparse.Namespace) -> int:
    from contact_manager.services.check import check_database

    _url, path = parse_target(session.target)
    if path is None:
        raise CliProblem(translate("Cli", "Only a database file can be checked, not a server."))
    if not path.exists():
        raise CliProblem(
            translate(
                "Cli", "There is no database at {path}. Create it with: {prog} init --account NAME"
            ).format(path=path, prog=PROG)
        )
    report = check_database(path)
    if report.clean:
        say(translate("Cli", "{path}: no problems found.").format(path=path))
        return 0
    for problem in report.problems:
        say(" ".join(problem.split()))
    print(
        translate("Cli", "{path}: problems found: {count}.").format(path=path, count=len(report.problems)),
        file=sys.stderr,
    )
    return 1
