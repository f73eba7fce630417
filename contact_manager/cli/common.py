"""What every command module shares: building parsers, the open session, the CLI's own errors.

A command module calls ``command(...)`` to add a command (it gets ``--db`` and ``--account``)
and ``group(...)`` to reach a command group such as ``users``, creating it on first use, so
that several modules can add commands to one group.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from contact_manager import paths
from contact_manager.domain.contacts import Person
from contact_manager.domain.damage import Damage, DamagedRows, collect
from contact_manager.domain.errors import ContactError, NotFound, StorageError
from contact_manager.domain.roles import Role
from contact_manager.domain.target import parse_target, redact
from contact_manager.domain.text import Context, printable, translate
from contact_manager.language import LANGUAGES
from contact_manager.services import AccountInfo, Services
from contact_manager.services.connecting import is_server, password_for

PROG = "contact-manager-cli"
Cli = Context("Cli")  # plural forms: Cli.tr("... %n ...", "", n)

# Exit statuses (listed by --help and in the README).
EXIT_DONE = 0
EXIT_REFUSED = 1  # refused: nothing changed (a rule, bad input, storage); one line on stderr
EXIT_USAGE = 2  # argparse's usage error
EXIT_PARTIAL = 3  # done in part: users import imported the accepted rows and refused others

# A command's handler: gets the session and the parsed arguments; returns the exit code
# (None means 0). It writes its result to stdout and raises ContactError for a refusal.
Handler = Callable[["Session", argparse.Namespace], "int | None"]

_GROUP_ACTIONS = "_contact_manager_commands"


class CliProblem(ContactError):
    """A refusal the command line itself makes (no such database, which account, ...)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    @property
    def message(self) -> str:
        return self.text


# --- building the parser ------------------------------------------------------------------


def add_database_options(parser: argparse.ArgumentParser, *, account: bool = True) -> None:
    """``--db``, ``--account`` and ``--lang``; accepted before the command and after it.

    The defaults are SUPPRESS so that a value given before the command is not overwritten by
    the command's own default; ``Session`` fills in the real defaults when it runs.
    """
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=translate(
            "Cli",
            "the database file or sqlite:/// URL, or an office database's postgresql://USER@HOST/NAME "
            "URL (default: $CONTACT_MANAGER_DB, else contacts.db in the per-user data folder)",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=translate("Cli", "the language of the messages (default: the system's)"),
    )
    if account:
        parser.add_argument(
            "--account",
            metavar="NAME",
            default=argparse.SUPPRESS,
            help=translate("Cli", "the account to work on (needed when the database holds several)"),
        )


def group(
    subparsers: argparse._SubParsersAction, name: str, help: str = "", *, default: Handler | None = None
) -> argparse._SubParsersAction:
    """The sub-commands of the group ``name`` (e.g. ``users``), creating the group if needed.

    ``default``: what the group alone runs (``accounts`` lists them); else a command is needed.
    """
    existing = subparsers.choices.get(name)
    if existing is not None:
        return getattr(existing, _GROUP_ACTIONS)
    parser = subparsers.add_parser(name, help=help, description=help)
    actions = parser.add_subparsers(dest=f"{name}_command", metavar="COMMAND", required=default is None)
    if default is not None:
        add_database_options(parser, account=False)
        parser.set_defaults(handler=default, parser=parser)
    setattr(parser, _GROUP_ACTIONS, actions)
    return actions


def command(
    subparsers: argparse._SubParsersAction,
    name: str,
    handler: Handler,
    help: str,
    *,
    account: bool = True,
) -> argparse.ArgumentParser:
    """Add the command ``name``, run by ``handler``; returns its parser for more arguments."""
    parser = subparsers.add_parser(name, help=help, description=help)
    add_database_options(parser, account=account)
    parser.set_defaults(handler=handler, parser=parser)
    return parser


def role_choice(text: str) -> Role:
    """A role as typed on the command line: ``decision-maker`` -> Role.DECISION_MAKER."""
    return Role(text.replace("-", "_"))


def role_word(role: Role) -> str:
    return role.value.replace("_", "-")


# --- running a command --------------------------------------------------------------------


# Arguments that name files: the bytes of a file name need not be UTF-8 (Python keeps them).
_PATH_ARGUMENTS = ("file", "output", "refused")


def check_text_arguments(args: argparse.Namespace) -> None:
    """Refuse an argument that is not UTF-8 text (a name typed in another encoding) before it
    reaches the database: Python carries such bytes as lone surrogates."""
    for name, value in vars(args).items():
        if name in _PATH_ARGUMENTS or not isinstance(value, str):
            continue
        if any("\udc80" <= char <= "\udcff" for char in value):
            shown = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            raise CliProblem(
                translate(
                    "Cli",
                    "\u201c{value}\u201d is not UTF-8 text: the terminal sent bytes in another encoding.",
                ).format(value=shown)
            )


def stored_password(target: str) -> str | None:
    """A server's password from the system keyring, if one is kept there for it (else libpq
    looks in ~/.pgpass and PGPASSWORD itself)."""
    return password_for(target) if is_server(target) else None


class Session:
    """The database and account one command works on, opened when first asked for."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.target: str = getattr(args, "db", None) or paths.default_database()
        self._services: Services | None = None
        self._account: AccountInfo | None = None

    def services(self, *, create: bool = False) -> Services:
        if self._services is None:
            check_text_arguments(self.args)  # before any of them reaches the database
            _url, file = parse_target(self.target)
            if not create and file is not None and not file.exists():
                raise CliProblem(
                    translate(
                        "Cli",
                        "There is no database at {path}. Create it with: {prog} init --account NAME",
                    ).format(path=file, prog=PROG)
                )
            if not create and file is not None and file.is_file() and file.stat().st_size == 0:
                # an empty file: a read must not write the schema into it
                raise CliProblem(
                    translate(
                        "Cli", "{path} is an empty file, not a database. Create it with: {init}"
                    ).format(path=file, init=f"{PROG} init --account NAME")
                )
            try:
                self._services = Services.open(self.target, password=stored_password(self.target))
            except OSError as error:  # e.g. its folder can't be created: the user's to fix
                detail = error.strerror or str(error)
                raise StorageError(StorageError.CANNOT_OPEN, redact(self.target), detail) from error
        return self._services

    def account(self) -> AccountInfo:
        """The account named by ``--account``, or the only one the database holds."""
        if self._account is None:
            services = self.services()
            name = getattr(self.args, "account", None)
            if name is not None:
                self._account = services.accounts.find(name)
            else:
                self._account = self._only_account(services.accounts.list())
        return self._account

    def _only_account(self, accounts: list[AccountInfo]) -> AccountInfo:
        if len(accounts) == 1:
            return accounts[0]
        if not accounts:
            raise CliProblem(
                translate(
                    "Cli",
                    "The database {path} has no account yet. Create one with: {prog} init --account NAME",
                ).format(path=redact(self.target), prog=PROG)
            )
        raise CliProblem(
            translate(
                "Cli", "The database holds several accounts; choose one with --account: {names}"
            ).format(names=", ".join(account.name for account in accounts))
        )

    def user(self, email: str) -> tuple[Person, int]:
        """The account's user with this address, and their id (NotFound when there is none)."""
        person = self.services().users.find(self.account().id, email)
        if person.user_id is None:  # find only returns users; an outside address has no id
            raise NotFound("user", email)
        return person, person.user_id

    def user_id(self, email: str) -> int:
        """The id of the account's user with this address (NotFound when there is none)."""
        return self.user(email)[1]

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = None


# --- output ---------------------------------------------------------------------------------


def say(text: str) -> None:
    """Print one line for a person; a control character in it (from a file, a hostile
    database) is shown as an escape, never sent to the terminal raw."""
    print(printable(text), file=sys.stdout)


def print_json(value: Any) -> None:
    """JSON escapes C0 controls itself; the C1 ones, U+2028/U+2029 and bidi overrides are
    escaped here."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    print(printable(text, json=True), file=sys.stdout)


def show(as_json: bool, value: Any, lines: Iterable[str]) -> None:
    """A read's result: ``value`` as JSON (``--json``), else ``lines`` for a person."""
    if as_json:
        print_json(value)
    else:
        for line in lines:
            say(line)


def report_damage(*groups: Sequence[Damage]) -> int:
    """After a read printed what it could: name the damaged rows on stderr; the exit code."""
    found = collect(groups)
    if not found:
        return 0
    print(" ".join(DamagedRows(found).message.split()), file=sys.stderr)
    return 1
