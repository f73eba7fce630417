"""Commands: ``notice --last|--change N --output FILE.eml`` and ``notice --language en|it``.

The notice tells the new holder of a point of contact (To) and the previous one (Cc) about
the change, in the account's language; it is written as a draft, never sent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from contact_manager import language
from contact_manager.cli.common import CliProblem, Session, command, say
from contact_manager.domain.notice import NOTICE_LANGUAGES, render_notice
from contact_manager.domain.text import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = command(
        subparsers,
        "notice",
        run_notice,
        translate(
            "Cli",
            "write the message that tells the new holder of a point of contact (To) and the previous "
            "one (Cc) about the change, in the account's language; nothing is sent",
        ),
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--last",
        action="store_true",
        help=translate("Cli", "the latest change of a point of contact (default)"),
    )
    which.add_argument(
        "--change", type=int, metavar="N", help=translate("Cli", "the history entry N (see: history --json)")
    )
    parser.add_argument(
        "--output",
        metavar="FILE.eml",
        help=translate("Cli", "write the message to this file (default: print it)"),
    )
    parser.add_argument(
        "--language",
        choices=NOTICE_LANGUAGES,
        help=translate("Cli", "set the language of the account's notices, then write the notice in it"),
    )


def run_notice(session: Session, args: argparse.Namespace) -> None:
    services = session.services()
    account = session.account()
    facts = services.notices.facts(account.id, args.change)  # a refusal changes nothing
    if args.language:
        services.notices.set_language(account.id, args.language)
    message = render_notice(facts, language.translator_for(services.notices.language(account.id)))
    data = message.as_bytes()
    if args.output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        return
    path = Path(args.output).expanduser()
    try:
        path.write_bytes(data)
    except OSError as error:
        raise CliProblem(
            translate("Cli", "Could not write {path}: {reason}").format(
                path=path, reason=error.strerror or error
            )
        ) from error
    say(
        translate(
            "Cli", "Wrote the notice to {path} (To: {to}). Open it in your mail client to send it."
        ).format(path=path, to=message["To"])
    )
