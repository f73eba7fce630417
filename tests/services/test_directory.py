from contact_manager.domain.roles import Role
from contact_manager.services.directory import DirectoryService


def test_roles_across_two_accounts(services, account, people):
    other = services.accounts.create("Beta S.r.l.")
    third = services.accounts.create("Gamma")
    anna = people[0]
    services.contacts.set_primary(account.id, anna.user_id)
    services.contacts.add_billing(account.id, anna.user_id)
    in_beta = services.users.add(other.id, "Anna", "Rossi", "ANNA.Rossi@acme.example")
    services.contacts.set_role(other.id, Role.TECHNICAL_ADMIN, in_beta.user_id)
    services.users.add(third.id, "Someone", "Else", "someone@acme.example")
    services.users.add(third.id, "Pietro", "Gialli", "pietro@gamma.example")
    services.contacts.set_primary(third.id, services.users.find(third.id, "pietro@gamma.example").user_id)
    services.contacts.set_security_email(third.id, "anna.rossi@ACME.example")

    found = DirectoryService(services.store).person(" Anna.Rossi@acme.example ")

    assert [(h.account_name, h.roles) for h in found] == [
        ("Acme S.p.A.", (Role.PRIMARY, Role.BILLING)),
        ("Beta S.r.l.", (Role.TECHNICAL_ADMIN,)),
        ("Gamma", (Role.SECURITY,)),
    ]
    assert found[2].person.external and not found[0].person.external


def test_user_without_roles_is_listed_with_none(services, account, people):
    found = DirectoryService(services.store).person(people[3].email)
    assert [(h.account_id, h.roles, h.person.user_id) for h in found] == [(account.id, (), people[3].user_id)]


def test_unknown_address_has_no_holdings(services, account, people):
    assert DirectoryService(services.store).person("nobody@nowhere.example") == []


def test_account_people_equals_users_list(services, account, people):
    services.users.edit(
        account.id,
        people[1].user_id,
        first_name="Luca",
        last_name="Bianchi",
        email=people[1].email,
        job_title="CTO",
        phone="+39 02 123",
    )
    services.users.deactivate(account.id, people[2].user_id)
    assert DirectoryService(services.store).account_people(account.id) == services.users.list(account.id)
