"""Commands: ``server setup``, ``server grant USER --editor|--reader``, ``server revoke USER``.

Run by the office database's owner (or an administrator) with ``--db postgresql://...``:
``setup`` once, to create the schema and the two roles; ``grant`` and ``revoke`` for each
person's login role. A file database has no roles: these commands refuse one.
"""

from __future__ import annotations

import argparse

from contact_manager.cli.common import CliProblem, Session, command, group, say
from contact_manager.domain.target import is_server, redact
from contact_manager.domain.text import translate
from contact_manager.services import server_admin


def register(subparsers: argparse._SubParsersAction) -> None:
    server = group(subparsers, "server", translate("Cli", "an office database on a PostgreSQL server"))
    command(
        server,
        "setup",
        run_setup,
        translate("Cli", "create the schema and the editor and reader roles (once, as the database owner)"),
        account=False,
    )
    parser = command(
        server, "grant", run_grant, translate("Cli", "let a login role edit, or only read"), account=False
    )
    parser.add_argument("user", metavar="USER", help=translate("Cli", "the login role on the server"))
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--editor", action="store_true", help=translate("Cli", "may read and change"))
    which.add_argument("--reader", action="store_true", help=translate("Cli", "may only read"))
    parser = command(
        server, "revoke", run_revoke, translate("Cli", "take both roles from a login role"), account=False
    )
    parser.add_argument("user", metavar="USER", help=translate("Cli", "the login role on the server"))


def _server_url(session: Session) -> str:
    if not is_server(session.target):
        raise CliProblem(
            translate(
                "Cli", "{target} is a database file: only an office database on a server has roles."
            ).format(target=redact(session.target))
        )
    return session.target


def run_setup(session: Session, args: argparse.Namespace) -> None:
    label = server_admin.setup(_server_url(session))
    say(
        translate(
            "Cli", "{target} is set up: grant each person a role with: {prog} server grant USER --editor"
        ).format(target=label, prog="contact-manager-cli")
    )


def run_grant(session: Session, args: argparse.Namespace) -> None:
    label = server_admin.grant(_server_url(session), args.user, editor=args.editor)
    if args.editor:
        text = translate("Cli", "{user} may now read and change {target}.")
    else:
        text = translate("Cli", "{user} may now only read {target}.")
    say(text.format(user=args.user, target=label))


def run_revoke(session: Session, args: argparse.Namespace) -> None:
    label = server_admin.revoke(_server_url(session), args.user)
    say(translate("Cli", "{user} may no longer open {target}.").format(user=args.user, target=label))
