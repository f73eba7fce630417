"""``contact-manager-cli``: the headless front end over the same services as the window.

``--lang it|en`` (default: the saved or system language) chooses the messages' language.
Exit codes (``common.EXIT_*``): 0 done; 1 refused, nothing changed (a rule, bad input, a
storage problem: one line on stderr); 2 usage error (argparse's own message); 3 done in part
(``users import`` imported the accepted rows and refused others: one line on stderr).

Adding commands
---------------
The commands live in *command modules*: a module with ``register(subparsers)``, which adds
its commands with ``common.command(...)`` (so each gets ``--db`` and ``--account``) and, to
add to a group such as ``users``, reaches it with ``common.group(subparsers, "users")``.
A handler gets ``(session, args)``: ``session.services()``, ``session.account()`` and
``session.user_id(email)``; it prints its result with ``common.say``/``common.print_json``
and raises a ContactError to refuse. To add a module, list it in ``COMMAND_MODULES`` below,
in the place its commands should take in ``--help``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from contact_manager import __version__, language
from contact_manager.cli import (
    accounts,
    argparse_it,
    backups,
    check,
    contacts,
    copying,
    exchange,
    history,
    notice,
    people,
    server,
    users,
)
from contact_manager.cli.common import PROG, Session, add_database_options
from contact_manager.domain.errors import ContactError
from contact_manager.domain.text import printable, translate

# Every command module, in the order their commands are listed by --help.
COMMAND_MODULES = (
    accounts,
    users,
    contacts,
    people,
    history,
    notice,
    exchange,
    backups,
    check,
    server,
    copying,
)


def build_parser(modules: Sequence[object] = COMMAND_MODULES) -> argparse.ArgumentParser:
    argparse_it.install()  # argparse's own words ("usage:", its errors) in the messages' language
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=translate(
            "Cli", "Keep the points of contact of company accounts: primary, billing and other contacts."
        ),
        epilog=translate(
            "Cli",
            "Exit status: 0 done; 1 refused, nothing changed (the reason on one line of stderr; for "
            "users import also: every row refused); 2 wrong usage; 3 done in part: users import "
            "imported the accepted rows and refused the others (listed on stdout, counted on stderr).",
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_database_options(parser)  # also --lang, accepted before and after the command
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in modules:
        module.register(subparsers)  # type: ignore[attr-defined]
    return parser


def run(args: argparse.Namespace) -> int:
    """Run the parsed command; a refusal becomes one line on stderr and exit status 1."""
    session = Session(args)
    try:
        code = args.handler(session, args)
    except ContactError as error:
        print(one_line(error.message), file=sys.stderr)
        return 1
    finally:
        session.close()
    return code or 0


def one_line(text: str) -> str:
    """A message on one line, with any control character in it (an echoed name) escaped."""
    return printable(" ".join(str(text).split()))


def tolerate_narrow_consoles() -> None:
    """On a console that can't show a character (a Windows code page, ``LANG=C`` piped to a
    file), print a replacement instead of failing after the change was already saved."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", "strict") == "strict":
            reconfigure(errors="replace")


def chosen_language(argv: Sequence[str]) -> str | None:
    """The ``--lang`` of ``argv``, read before parsing: the help texts are translated too."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    tolerate_narrow_consoles()
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = chosen_language(argv)
    # An unknown --lang falls back to the usual language; argparse then says what is wrong.
    language.install_core(lang if lang in language.available_languages() else None)
    try:
        args = build_parser().parse_args(argv)
        return run(args)
    except SystemExit as stop:  # argparse: --help, --version (0) and usage errors (2)
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (e.g. `| head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
