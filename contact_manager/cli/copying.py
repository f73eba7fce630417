"""Command: ``copy --to URL`` and ``copy --from URL --to FILE``: an office's data moved whole.

Every account of the source (``--from``, else ``--db`` or the default database) with its
users, roles and history goes into the target in one transaction; a target that already has
an account of the same name is refused, nothing copied. A server's password comes from the
system keyring, ~/.pgpass or PGPASSWORD, never from the command line.
"""

from __future__ import annotations

import argparse

from contact_manager import paths
from contact_manager.cli.common import CliProblem, Session, command, say, stored_password
from contact_manager.domain.text import translate
from contact_manager.services import Services
from contact_manager.services.connecting import file_of, shown


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = command(
        subparsers,
        "copy",
        run_copy,
        translate(
            "Cli",
            "copy every account, with its users, roles and history, from one database to another "
            "(a file onto an office database, or back)",
        ),
        account=False,
    )
    parser.add_argument(
        "--from",
        dest="source",
        metavar="DATABASE",
        help=translate("Cli", "the database to copy from (default: --db, else the default database)"),
    )
    parser.add_argument(
        "--to",
        dest="destination",
        metavar="DATABASE",
        required=True,
        help=translate("Cli", "the database to copy into: a postgresql:// URL or a file (made if new)"),
    )


def _open(target: str, *, must_exist: bool) -> Services:
    path = file_of(target)
    if must_exist and path is not None and not (path.is_file() and path.stat().st_size > 0):
        raise CliProblem(translate("Cli", "There is no database at {path}.").format(path=path))
    return Services.open(target, password=stored_password(target))


def run_copy(session: Session, args: argparse.Namespace) -> None:
    from contact_manager.services.copying import copy_everything

    source_name = args.source or getattr(args, "db", None) or paths.default_database()
    if (file_of(source_name) or source_name) == (file_of(args.destination) or args.destination):
        raise CliProblem(translate("Cli", "The source and the target are the same database."))
    source = _open(source_name, must_exist=True)
    try:
        target = _open(args.destination, must_exist=False)
        try:
            copied = copy_everything(source, target)
        finally:
            target.close()
    finally:
        source.close()
    say(
        translate(
            "Cli",
            "Copied to {target}: accounts: {accounts}, users: {users}, contact roles: {roles}, "
            "history entries: {history}.",
        ).format(
            target=shown(args.destination),
            accounts=copied.accounts,
            users=copied.users,
            roles=copied.roles,
            history=copied.history,
        )
    )
