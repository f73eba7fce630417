"""Refusals exit 1 with one clear line and no traceback; usage errors exit 2."""

from __future__ import annotations

import pytest

from contact_manager.cli import main
from contact_manager.domain.emails import normalize_email
from contact_manager.domain.errors import InvalidEmail
from contact_manager.domain.roles import Role
from tests.cli.helpers import assert_refused


def test_a_fourth_billing_contact_is_refused_and_nothing_changes(cli, services, account, people, cli_db):
    for person in people[:3]:
        services.contacts.add_billing(account.id, person.user_id)
    version = services.accounts.get(account.id).version

    line = assert_refused(cli("contacts", "add", "billing", people[3].email, db=cli_db), "up to 3 billing")
    for person in people[:3]:
        assert person.display in line
    assert services.accounts.get(account.id).version == version


def test_an_invalid_security_address_is_refused_with_the_validators_reason(cli, services, account, cli_db):
    with pytest.raises(InvalidEmail) as caught:
        normalize_email("security@@example")
    assert caught.value.reason

    result = cli("contacts", "set", "security", "security@@example", db=cli_db)
    assert_refused(result, "security@@example", caught.value.reason)
    assert services.contacts.sheet(account.id).others[Role.SECURITY] is None


def test_deactivating_or_removing_a_role_holder_is_refused_naming_the_roles(
    cli, services, account, people, cli_db
):
    anna = people[0]
    services.contacts.set_primary(account.id, anna.user_id)
    services.contacts.add_billing(account.id, anna.user_id)

    for action in ("deactivate", "remove"):
        result = cli("users", action, anna.email, db=cli_db)
        line = assert_refused(result, anna.display, Role.PRIMARY.label.lower(), Role.BILLING.label.lower())
        assert "someone else" in line
    assert services.users.find(account.id, anna.email).active is True


@pytest.mark.parametrize(
    "args, fragments",
    [
        (("users", "remove", "nobody@acme.example"), ("There is no user nobody@acme.example",)),
        # one wording for an unknown user, whichever command names it
        (
            ("contacts", "set", "decision-maker", "nobody@acme.example"),
            ("There is no user nobody@acme.example",),
        ),
        (("contacts", "add", "billing", "nobody@acme.example"), ("There is no user nobody@acme.example",)),
        (("--account", "Nope", "contacts", "show"), ("There is no account called \u201cNope\u201d",)),
    ],
    ids=["unknown-user", "set-unknown-user", "add-unknown-user", "unknown-account"],
)
def test_unknown_users_and_accounts_are_refused(cli, people, cli_db, args, fragments):
    assert_refused(cli(*args, db=cli_db), *fragments)


@pytest.mark.parametrize(
    "args, fragments",
    [
        (("contacts", "add", "billing", "nobody@acme.example"), ("There is no user nobody@acme.example",)),
        (("contacts", "remove", "billing", "anna.rossi@acme.example"), ("is not a billing contact",)),
        (("users", "add", "--first", "", "--last", "", "--email", "x@acme.example"), ("first or last name",)),
        (("users", "add", "--first", "A", "--last", "R", "--email", "anna.rossi@acme.example"), ("already",)),
        (("users", "deactivate", "not an address"), ("not a valid email address",)),
    ],
    ids=["unknown-billing", "not-billing", "no-name", "duplicate", "bad-address"],
)
def test_bad_input_is_refused_in_process(people, cli_db, capsys, args, fragments):
    """The same path as a process (main), cheaper: one line on stderr, exit 1."""
    assert main([*args, "--db", str(cli_db)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.splitlines()) == 1
    for fragment in fragments:
        assert fragment in captured.err


def test_several_accounts_need_account_and_the_error_lists_them(cli, services, account, cli_db):
    services.accounts.create("Globex")
    line = assert_refused(cli("users", "list", db=cli_db), "--account")
    assert "Acme S.p.A." in line and "Globex" in line

    chosen = cli("users", "list", "--account", "globex", db=cli_db)  # names match ignoring case
    assert (chosen.code, chosen.out.strip()) == (0, "The account has no users yet.")


def test_a_missing_database_is_refused_without_creating_it(cli, tmp_path, private_home):
    missing = tmp_path / "missing.db"
    assert_refused(cli("contacts", "show", db=missing), "There is no database", str(missing), "init")
    assert not missing.exists()
    assert_refused(cli("accounts", "list"), str(private_home / "contacts.db"))
    assert not private_home.exists()


def test_a_file_that_is_no_database_or_a_path_that_cant_be_made_is_refused(cli, tmp_path):
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"this is not sqlite, just some notes that happen to end in .db" * 20)
    assert_refused(cli("accounts", "list", db=junk), "not a Contact Manager database")
    assert junk.read_bytes().startswith(b"this is not sqlite")
    # A folder that can't be made (a file stands where it should be) is the user's to fix too.
    assert_refused(cli("init", "--account", "Acme", db=junk / "sub" / "contacts.db"), "can't be opened")


def test_an_existing_account_name_is_refused_by_init(cli, account, cli_db):
    assert_refused(cli("init", "--account", "ACME s.p.a.", db=cli_db), "already exists")


@pytest.mark.parametrize(
    "args", [(), ("contacts", "set", "boss", "a@acme.example")], ids=["no-command", "unknown-role"]
)
def test_usage_errors_exit_2_with_argparses_message(cli, cli_db, account, args):
    result = cli(*args, db=cli_db)
    assert result.code == 2, result
    assert result.out == ""
    assert "usage: contact-manager-cli" in result.err and "error:" in result.err
    assert "Traceback" not in result.err


@pytest.mark.parametrize(
    "args",
    [
        ("contacts", "clear", "primary"),
        ("users", "add", "--first", "Anna", "--last", "Rossi"),
        ("users",),
        ("init",),
    ],
    ids=["clear-primary", "missing-email", "no-subcommand", "init-no-account"],
)
def test_more_usage_errors_exit_2_in_process(cli_db, account, capsys, args):
    assert main([*args, "--db", str(cli_db)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "error:" in captured.err


def test_messages_speak_italian_with_lang_it(cli, cli_db):
    from contact_manager.services import Services

    services = Services.open(str(cli_db))
    services.accounts.create("Acme S.p.A.")
    services.close()
    italian = cli("--lang", "it", "users", "remove", "ghost@acme.example", db=cli_db)
    assert italian.code == 1
    assert italian.err_lines == ["In questo account non c'è l'utente ghost@acme.example."]
    english = cli("users", "remove", "ghost@acme.example", db=cli_db)
    assert english.err_lines == ["There is no user ghost@acme.example in this account."]


def test_an_unknown_language_is_a_usage_error(cli):
    result = cli("--lang", "fr", "accounts", "list")
    assert result.code == 2
    assert "--lang" in result.err
