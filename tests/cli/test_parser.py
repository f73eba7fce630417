"""The parser and the command-module seam, in-process (cheaper than a process per case)."""

from __future__ import annotations

import argparse
import json

import pytest

from contact_manager import cli
from contact_manager.cli import common, contacts
from contact_manager.domain.errors import ContactError
from contact_manager.domain.roles import OTHER_ROLES, Role


def test_db_and_account_are_accepted_before_and_after_the_command(services, account, db_path, capsys):
    services.accounts.create("Globex")
    services.users.add(account.id, "Anna", "Rossi", "anna@acme.example")
    for argv in (
        ["--db", str(db_path), "--account", "acme s.p.a.", "users", "list", "--json"],
        ["users", "list", "--json", "--db", str(db_path), "--account", "acme s.p.a."],
        ["--db", "elsewhere.db", "--account", "Globex", "users", "list", "--json", "--db", str(db_path),
         "--account", "Acme S.p.A."],
    ):  # fmt: skip
        assert cli.main(argv) == 0, argv
        assert [user["email"] for user in json.loads(capsys.readouterr().out)] == ["anna@acme.example"]


def test_without_db_the_default_database_is_used(services, account, db_path, monkeypatch, capsys):
    monkeypatch.setenv("CONTACT_MANAGER_DB", str(db_path))
    assert cli.main(["accounts", "list"]) == 0
    assert capsys.readouterr().out == "Acme S.p.A.\n"


def test_help_and_version_exit_0_and_usage_errors_exit_2(capsys):
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in ("init", "accounts", "users", "contacts", "history"):
        assert name in out
    assert cli.main(["--version"]) == 0
    assert cli.main(["contacts", "clear", "primary"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_a_refusal_is_one_line_on_stderr_and_exit_1(services, account, db_path, capsys):
    assert cli.main(["users", "remove", "ghost@acme.example", "--db", str(db_path)]) == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "There is no user ghost@acme.example in this account.\n")


def test_every_settable_word_names_a_role():
    assert [common.role_choice(word) for word in contacts.SETTABLE] == [Role.PRIMARY, *OTHER_ROLES]
    assert [common.role_word(role) for role in OTHER_ROLES] == list(contacts.CLEARABLE)


class ExtraCommands:
    """A command module that adds to an existing group and at the top, as cli/exchange.py does."""

    calls: list[tuple[str, str]] = []

    @classmethod
    def register(cls, subparsers: argparse._SubParsersAction) -> None:
        users = common.group(subparsers, "users")
        parser = common.command(users, "merge", cls.run, "merge users")
        parser.add_argument("file")
        common.command(subparsers, "archive", cls.run, "archive everything", account=False)

    @classmethod
    def run(cls, session: common.Session, args: argparse.Namespace) -> int:
        cls.calls.append((args.command, getattr(args, "file", "")))
        if getattr(args, "file", "") == "refuse.csv":
            raise common.CliProblem("That file can't be read.\nSecond line.")
        return 0


def test_another_module_can_add_commands_to_a_group_and_at_the_top(monkeypatch, capsys):
    monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, ExtraCommands))
    ExtraCommands.calls.clear()
    parser = cli.build_parser(cli.COMMAND_MODULES)
    args = parser.parse_args(["users", "merge", "people.csv", "--db", "x.db", "--account", "Acme"])
    assert args.handler == ExtraCommands.run
    assert (args.file, args.db, args.account) == ("people.csv", "x.db", "Acme")
    assert parser.parse_args(["users", "add", "--first", "A", "--last", "B", "--email", "a@b.example"]).email

    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    assert cli.main(["archive"]) == 0
    assert cli.main(["users", "merge", "refuse.csv"]) == 1
    assert capsys.readouterr().err == "That file can't be read. Second line.\n"
    assert ExtraCommands.calls == [("archive", ""), ("users", "refuse.csv")]


def test_cli_problem_is_a_contact_error_with_its_message():
    problem = common.CliProblem("Pick an account.")
    assert isinstance(problem, ContactError)
    assert (problem.message, str(problem)) == ("Pick an account.", "Pick an account.")


@pytest.mark.parametrize(
    "target, expected",
    [
        ("office.db", "office.db"),
        ("sqlite:///data/office.db", "data/office.db"),
        ("~/office.db", "office.db"),
    ],
)
def test_a_missing_database_is_named_by_its_file(target, expected, tmp_path, monkeypatch, capsys):
    """A file name or an sqlite:/// address: the file it names is checked, and nothing is created."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    assert cli.main(["accounts", "list", "--db", target]) == 1
    named = str(tmp_path / "home" / expected) if target.startswith("~") else expected
    assert capsys.readouterr().err.startswith(f"There is no database at {named}. ")
    assert [p.name for p in tmp_path.rglob("*.db")] == []


def test_a_database_without_accounts_says_how_to_make_one(services, db_path, capsys):
    assert cli.main(["users", "list", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "has no account yet" in err and "init --account NAME" in err
    assert cli.main(["accounts", "list", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out == "The database has no accounts yet.\n"
