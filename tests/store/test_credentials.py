"""Passwords in the system keyring: stored per user@host:port/database, and never a traceback."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from contact_manager.store import credentials


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError("none")


class BrokenKeyring(MemoryKeyring):
    """A backend whose service is not there (a locked or absent secret store)."""

    def get_password(self, service, username):
        raise RuntimeError("the secret service is not running")

    set_password = delete_password = get_password  # type: ignore[assignment]


@pytest.fixture
def memory():
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


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


def test_a_password_is_kept_forgotten_and_kept_apart_per_database(memory):
    url = "postgresql://anna@db.office/contacts"
    assert credentials.get_password(url) is None
    assert credentials.set_password(url, "s3cret")
    assert credentials.get_password(url) == "s3cret"
    assert credentials.get_password("postgresql://anna@db.office/other") is None
    assert memory.kept == {("Contact Manager", "anna@db.office:5432/contacts"): "s3cret"}
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
