"""Passwords in the system keyring: stored per user@host:port/database, and never a traceback."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from contact_manager.store import credentials
from tests import keyrings
from tests.keyrings import MemoryKeyring

memory_keyring = keyrings.memory_keyring  # the fixture


class BrokenKeyring(MemoryKeyring):
    """A backend whose service is not there (a locked or absent secret store)."""

    def get_password(self, service, username):
        raise RuntimeError("the secret service is not running")

    set_password = delete_password = get_password  # type: ignore[assignment]


@pytest.fixture
def use_keyring():
    before = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(before)


def test_the_key_names_user_host_port_and_database():
    assert credentials.key_for("postgresql://anna@db.office:5433/contacts?sslmode=require") == (
        "anna@db.office:5433/contacts"
    )
    assert credentials.key_for("postgresql://anna@db.office/contacts") == "anna@db.office:5432/contacts"


def test_a_password_is_kept_forgotten_and_kept_apart_per_database(memory_keyring):
    url = "postgresql://anna@db.office/contacts"
    assert credentials.get_password(url) is None
    assert credentials.set_password(url, "s3cret")
    assert credentials.get_password(url) == "s3cret"
    assert credentials.get_password("postgresql://anna@db.office/other") is None
    assert memory_keyring.kept == {("Contact Manager", "anna@db.office:5432/contacts"): "s3cret"}
    assert credentials.delete_password(url)
    assert credentials.get_password(url) is None
    assert not credentials.delete_password(url)


@pytest.mark.parametrize("unusable", [fail.Keyring, BrokenKeyring])
def test_no_usable_keyring_means_no_stored_password_and_no_traceback(use_keyring, unusable):
    use_keyring(unusable())
    url = "postgresql://anna@db.office/contacts"
    assert credentials.get_password(url) is None
    assert not credentials.set_password(url, "s3cret")
    assert not credentials.delete_password(url)


def test_a_password_written_into_the_url_is_taken_out():
    assert credentials.without_password("postgresql://anna:s%40cret@db.office:5433/contacts") == (
        "postgresql://anna@db.office:5433/contacts",
        "s@cret",
    )
    assert credentials.without_password("postgresql://anna@db.office/c") == (
        "postgresql://anna@db.office/c",
        None,
    )
    assert credentials.without_password("/home/anna/contacts.db") == ("/home/anna/contacts.db", None)
