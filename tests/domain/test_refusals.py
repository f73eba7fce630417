"""A refusal declared by its facts and its sentence (domain.errors.Refusal)."""

from __future__ import annotations

import pickle

import pytest

from contact_manager.domain.errors import Conflict, ExternalNotAllowed, PrimaryRequired
from contact_manager.domain.roles import Role


def test_the_facts_are_attributes_in_the_order_declared():
    error = ExternalNotAllowed(Role.BILLING, "ada@outside.example")
    assert (error.role, error.email) == (Role.BILLING, "ada@outside.example")
    assert error.args == (Role.BILLING, "ada@outside.example")
    assert str(error).startswith("ada@outside.example is not a user of this account.")


def test_the_sentence_takes_the_facts():
    assert (
        Conflict("Acme").message
        == "Someone else changed the account \u201cAcme\u201d meanwhile, so nothing was saved."
    )
    assert PrimaryRequired().message.startswith("The account primary contact can be changed")


def test_a_refusal_given_the_wrong_facts_is_a_bug_said_at_once():
    with pytest.raises(TypeError, match="Conflict takes 1 facts"):
        Conflict()
    with pytest.raises(TypeError):
        PrimaryRequired("extra")


def test_a_refusal_survives_pickling():
    copy = pickle.loads(pickle.dumps(Conflict("Acme")))
    assert isinstance(copy, Conflict) and copy.account == "Acme"


def test_a_refusal_extending_another_keeps_its_facts():
    class Wider(Conflict):
        detail: str

    error = Wider("Acme", "the rename")
    assert (error.account, error.detail) == ("Acme", "the rename")
    assert "Acme" in error.message
