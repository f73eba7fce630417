"""``notice`` as a real process: the .eml parsed back with Python's email package, both languages."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest

from contact_manager.services import Services

ACCOUNT = "Acme S.p.A."


@pytest.fixture
def changed(db_path):
    """Anna was the security contact; now Luca is. Before that Anna became primary contact."""
    services = Services.open(str(db_path), actor="tester")
    try:
        account = services.accounts.create(ACCOUNT)
        anna = services.users.add(account.id, "Anna", "Rossi", "anna@acme.example")
        luca = services.users.add(account.id, "Luca", "Bianchì", "luca@acme.example")
        services.contacts.set_primary(account.id, anna.user_id)
        services.contacts.set_role(account.id, services_role("security"), anna.user_id)
        services.contacts.set_role_by_email(account.id, services_role("security"), "luca@acme.example")
        first = services.history.list(account.id, newest_first=False)
        primary_change = next(c.id for c in first if c.role and c.role.value == "primary")
    finally:
        services.close()
    return db_path, primary_change, luca


def services_role(value):
    from contact_manager.domain.roles import Role

    return Role(value)


def read(path):
    return message_from_bytes(path.read_bytes(), policy=policy.default)


def test_the_last_change_in_english(cli, changed, tmp_path):
    db, _, _ = changed
    out = tmp_path / "notice.eml"
    result = cli("notice", "--last", "--output", str(out), db=db)
    assert result.code == 0, result
    assert str(out) in result.out
    message = read(out)
    assert message["From"] == ""
    assert message["To"] == "Luca Bianchì <luca@acme.example>"
    assert message["Cc"] == "Anna Rossi <anna@acme.example>"
    assert message["Subject"] == f"{ACCOUNT}: change of the security contact"
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    body = message.get_content()
    assert body.startswith("Hello Luca Bianchì,")
    assert f"you are the security contact of the account \u201c{ACCOUNT}\u201d." in body
    assert "From now on you will receive: security notices." in body


def test_a_history_entry_in_italian(cli, changed, tmp_path):
    db, primary_change, _ = changed
    out = tmp_path / "avviso.eml"
    result = cli("notice", "--change", str(primary_change), "--language", "it", "--output", str(out), db=db)
    assert result.code == 0, result
    message = read(out)
    assert message["To"] == "Anna Rossi <anna@acme.example>"
    assert message["Cc"] is None  # nobody held the role before
    assert message["Subject"] == f"{ACCOUNT}: cambio di ruolo, contatto principale dell'account"
    body = message.get_content()
    assert body.startswith("Gentile Anna Rossi,")
    assert "fatture" in body and "notifiche di rinnovo" in body
    # the setting stays: the next notice is in Italian too, whatever the messages' language
    again = cli("notice", "--last", "--output", str(out), db=db)
    assert again.code == 0
    assert "contatto per la sicurezza" in read(out)["Subject"]


def test_refusals(cli, changed, tmp_path):
    db, _, _ = changed
    result = cli("notice", "--change", "1", db=db)  # the account's creation
    assert result.code == 1 and "is not a change of a point of contact" in result.err
    result = cli("notice", "--change", "999", db=db)
    assert result.code == 1 and "no history entry 999" in result.err
