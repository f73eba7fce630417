"""History: every change writes one row with UTC time, actor, action, old and new values."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from contact_manager.domain.history import Action
from contact_manager.domain.roles import Role
from contact_manager.services import Services
from contact_manager.services.base import current_login


def test_each_change_writes_exactly_one_row(services, account, people):
    steps = [
        (lambda: services.contacts.set_primary(account.id, people[0].user_id), Action.CONTACT_SET),
        (lambda: services.contacts.add_billing(account.id, people[1].user_id), Action.BILLING_ADD),
        (lambda: services.contacts.replace_billing(account.id, 0, people[2].user_id), Action.BILLING_REPLACE),
        (lambda: services.contacts.remove_billing(account.id, people[2].user_id), Action.BILLING_REMOVE),
        (lambda: services.contacts.set_security_email(account.id, "g@partner.example"), Action.CONTACT_SET),
        (lambda: services.contacts.clear_role(account.id, Role.SECURITY), Action.CONTACT_CLEAR),
        (lambda: services.users.deactivate(account.id, people[4].user_id), Action.USER_DEACTIVATE),
        (lambda: services.users.reactivate(account.id, people[4].user_id), Action.USER_REACTIVATE),
        (lambda: services.users.remove(account.id, people[4].user_id), Action.USER_REMOVE),
        (lambda: services.accounts.rename(account.id, "Acme 2"), Action.ACCOUNT_RENAME),
    ]
    for step, action in steps:
        before = services.history.list(account.id)
        version = services.accounts.get(account.id).version
        step()
        after = services.history.list(account.id)
        assert after[1:] == before
        assert after[0].action is action
        assert services.accounts.get(account.id).version == version + 1


def test_row_has_utc_time_actor_and_values(services, account, people):
    started = datetime.now(UTC).replace(microsecond=0)
    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.set_primary(account.id, people[1].user_id)
    change = services.history.list(account.id, limit=1)[0]
    at = datetime.fromisoformat(change.at)
    assert at.utcoffset() == timedelta(0)
    assert started <= at <= datetime.now(UTC) + timedelta(seconds=1)
    # the actor the services were given on SQLite; on a server the authenticated role
    actor = services.store.session_user if services.store.server else "tester"
    assert change.actor == actor
    assert change.as_dict() == {
        "at": change.at,
        "actor": actor,
        "action": "contact.set",
        "role": "primary",
        "subject": "",
        "old": people[0].display,
        "new": people[1].display,
    }


def test_actor_defaults_to_the_os_login(db_path):
    services = Services.open(str(db_path))
    try:
        account = services.accounts.create("Solo")
        assert services.history.list(account.id)[0].actor == current_login() != ""
    finally:
        services.close()


def test_list_order_and_limit(services, account, people):
    oldest_first = services.history.list(account.id, newest_first=False)
    assert [c.action for c in oldest_first] == [Action.ACCOUNT_CREATE] + [Action.USER_ADD] * 5
    assert services.history.list(account.id) == oldest_first[::-1]
    assert services.history.list(account.id, limit=2) == oldest_first[::-1][:2]


def test_history_of_one_account_only(services, account, people):
    other = services.accounts.create("Other Ltd")
    assert [c.action for c in services.history.list(other.id)] == [Action.ACCOUNT_CREATE]


def _many_changes(services, account_id, count):
    """``count`` "User added" rows written straight into the history, oldest first."""
    from contact_manager.store import queries

    with services.store.transaction():
        for n in range(count):
            queries.insert_history(
                services.store.db,
                (
                    account_id,
                    "2026-01-01T00:00:00+00:00",
                    "t",
                    Action.USER_ADD.value,
                    None,
                    f"U{n}",
                    None,
                    f"u{n}@x",
                ),
            )


def test_pages_follow_one_another_newest_first(services, account):
    _many_changes(services, account.id, 450)
    everything = services.history.list(account.id)
    first = services.history.page(account.id)
    assert first == everything[:200]
    second = services.history.page(account.id, before_id=first[-1].id)
    assert second == everything[200:400]
    assert list(services.history.every(account.id)) == everything


def test_page_filters_in_sql_like_the_tab_did(services, account, people):
    _many_changes(services, account.id, 300)
    services.contacts.set_primary(account.id, people[0].user_id)
    services.users.add(account.id, "Élise", "Dubois", "elise@acme.example")
    _many_changes(services, account.id, 300)
    primary = services.history.page(account.id, role=Role.PRIMARY)
    assert [c.action for c in primary] == [Action.CONTACT_SET]
    anna = services.history.page(account.id, person="ANNA.rossi")
    assert {c.action for c in anna} == {Action.USER_ADD, Action.CONTACT_SET}
    elise = services.history.page(account.id, person="ÉLISE DUB")
    assert [c.subject for c in elise] == ["elise@acme.example"]
    assert services.history.page(account.id, person="100%") == []  # % and _ are not wildcards
    assert len(services.history.page(account.id, person="u1_")) == 0
    assert len(list(services.history.every(account.id, person="@x"))) == 600
    assert services.history.has_any(account.id)


def test_a_persons_text_finds_the_changes_a_reading_of_every_change_finds(services, account):
    """Whatever reads it (the trigram index for three letters or more, a scan for fewer, on
    either backend), the person filter keeps the changes that hold the text, in any case."""
    names = [("Anna", "Rossi"), ("Luca", "ROSSETTI"), ("Marta", "Verdi"), ("Zoe", "Brossi_")]
    for n in range(120):
        first, last = names[n % len(names)]
        services.users.add(account.id, first, last, f"{first.lower()}.{n}@acme.example")
    everything = services.history.list(account.id)
    for needle in ("rossi", "ROSS", "oss", "ro", "si_", "a.1", "acme.example", "nobody", "zoe.11"):
        expected = [
            change
            for change in everything
            if any(
                needle.lower() in (text or "").lower()
                for text in (change.subject, change.old_value, change.new_value)
            )
        ]
        assert list(services.history.every(account.id, person=needle)) == expected, needle
        assert services.history.page(account.id, person=needle, limit=7) == expected[:7], needle
