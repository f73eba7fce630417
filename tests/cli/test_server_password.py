"""The command line on a server that asks for a password: from the keyring, else one sentence."""

from __future__ import annotations

import json

import pytest

from tests.cli.helpers import assert_refused
from tests.pg_server import need_own_server, role_with_password


@pytest.fixture
def office(cli, cli_env, tmp_path):
    """A database of the role anna (password s3cret), reached over TCP; the CLI's keyring file."""
    url = role_with_password(need_own_server(), "anna", "s3cret", "office_pw")
    keyring_file = tmp_path / "keyring.json"
    cli_env.update(PYTHON_KEYRING_BACKEND="tests.keyring_file.FileKeyring", CM_TEST_KEYRING=str(keyring_file))
    cli_env.pop("PGPASSWORD", None)
    cli_env["PGPASSFILE"] = str(tmp_path / "no-pgpass")
    return url, keyring_file


def test_the_password_in_the_keyring_is_used(cli, office):
    url, keyring_file = office
    port_host = url.split("@", 1)[1].split("/", 1)[0]
    keyring_file.write_text(json.dumps({f"Contact Manager|anna@{port_host}/office_pw": "s3cret"}))
    made = cli("init", "--account", "Acme", db=url)
    assert made.code == 0, made.err
    listed = cli("accounts", db=url)
    assert listed.code == 0 and "Acme" in listed.out


def test_no_password_anywhere_is_one_sentence(cli, office):
    url, _keyring_file = office
    line = assert_refused(cli("accounts", db=url), "password")
    assert "s3cret" not in line


def test_a_wrong_password_in_the_keyring_is_one_sentence(cli, office):
    url, keyring_file = office
    port_host = url.split("@", 1)[1].split("/", 1)[0]
    keyring_file.write_text(json.dumps({f"Contact Manager|anna@{port_host}/office_pw": "wrong"}))
    line = assert_refused(cli("accounts", db=url), "refused the user name or password")
    assert "wrong" not in line
