"""Every command's happy path, through a real ``contact-manager-cli`` process."""

from __future__ import annotations

import json
import stat

from contact_manager.domain.history import Action
from contact_manager.domain.roles import Role


def test_init_creates_the_database_in_the_data_folder_and_accounts_list_shows_it(cli, private_home):
    created = cli("init", "--account", "Acme S.p.A.")
    assert created.code == 0, created
    database = private_home / "contacts.db"
    assert created.out.strip() == f"Created the account \u201cAcme S.p.A.\u201d in {database}."
    assert stat.S_IMODE(database.stat().st_mode) == 0o600

    assert cli("--account", "Globex", "init").code == 0  # --account before the command too
    listed = cli("accounts", "list")
    assert (listed.code, listed.out.splitlines(), listed.err) == (0, ["Acme S.p.A.", "Globex"], "")


def test_the_database_variable_chooses_the_default_file_and_db_overrides_it(cli, cli_env, tmp_path):
    chosen = tmp_path / "chosen" / "office.db"
    env = {**cli_env, "CONTACT_MANAGER_DB": str(chosen)}
    assert cli("init", "--account", "Acme", env=env).code == 0
    assert chosen.exists()
    assert not (tmp_path / "home" / "contacts.db").exists()
    assert cli("accounts", "list", env=env).out.splitlines() == ["Acme"]

    other = tmp_path / "other.db"
    assert cli("--db", str(other), "init", "--account", "Initech", env=env).code == 0
    assert cli("accounts", "list", db=other, env=env).out.splitlines() == ["Initech"]
    assert cli("accounts", "list", env=env).out.splitlines() == ["Acme"]


def test_users_add_list_deactivate_reactivate_remove(cli, services, account, cli_db):
    added = cli(
        "users", "add", "--first", " Anna ", "--last", "Rossi", "--email", "Anna.Rossi@Acme.example",
        "--job-title", "CFO", "--phone", "+39 02 1234", db=cli_db,
    )  # fmt: skip
    assert (added.code, added.err) == (0, "")
    assert added.out == "Added the user Anna Rossi <Anna.Rossi@acme.example>.\n"
    cli("users", "add", "--first", "Luca", "--last", "Bianchi", "--email", "luca@acme.example", db=cli_db)
    services.contacts.set_primary(account.id, services.users.find(account.id, "luca@acme.example").user_id)

    listed = cli("users", "list", "--json", db=cli_db)
    assert json.loads(listed.out) == [
        {
            "email": "luca@acme.example", "first_name": "Luca", "last_name": "Bianchi", "job_title": "",
            "phone": "", "active": True, "roles": ["primary"],
        },
        {
            "email": "Anna.Rossi@acme.example", "first_name": "Anna", "last_name": "Rossi",
            "job_title": "CFO", "phone": "+39 02 1234", "active": True, "roles": [],
        },
    ]  # fmt: skip
    text = cli("users", "list", db=cli_db).out.splitlines()
    assert text[0].split() == ["Name", "Email", "Status", "Roles"]
    assert text[1].split()[:4] == ["Luca", "Bianchi", "luca@acme.example", "active"]
    assert text[1].endswith("active  Account primary contact")
    assert text[1].index("luca@") == text[0].index("Email") == text[2].index("Anna.Rossi@")

    deactivated = cli("users", "deactivate", "anna.rossi@ACME.example", db=cli_db)
    assert deactivated.out == "Deactivated Anna Rossi <Anna.Rossi@acme.example>.\n"
    assert services.users.find(account.id, "anna.rossi@acme.example").active is False
    assert "deactivated" in cli("users", "list", db=cli_db).out.splitlines()[2]

    reactivated = cli("users", "reactivate", "anna.rossi@acme.example", db=cli_db)
    assert reactivated.out == "Reactivated Anna Rossi <Anna.Rossi@acme.example>.\n"
    assert services.users.find(account.id, "anna.rossi@acme.example").active is True

    removed = cli("users", "remove", "anna.rossi@acme.example", db=cli_db)
    assert (removed.code, removed.out) == (0, "Removed the user Anna Rossi <Anna.Rossi@acme.example>.\n")
    assert [p.email for p in services.users.list(account.id)] == ["luca@acme.example"]


def test_contacts_set_add_show_remove_clear(cli, services, account, people, cli_db):
    anna, luca, marta, paolo, giulia = (p.email for p in people)
    steps = [
        (("set", "primary", anna), "Account primary contact: Anna Rossi <anna.rossi@acme.example>"),
        (("add", "billing", luca),
         "Added Luca Bianchi <luca.bianchi@acme.example> as a billing contact (1 of 3)."),
        (("add", "billing", marta),
         "Added Marta Verdi <marta.verdi@acme.example> as a billing contact (2 of 3)."),
        (("set", "decision-maker", paolo), "Decision maker: Paolo Neri <paolo.neri@acme.example>"),
        (("set", "onboarding", giulia), "Onboarding contact: Giulia Russo <giulia.russo@acme.example>"),
        (("set", "security", " Sec@Outside.example "),
         "Security contact: Sec@outside.example (external address)"),
        (("set", "technical-admin", luca), "Technical admin: Luca Bianchi <luca.bianchi@acme.example>"),
    ]  # fmt: skip
    for args, confirmation in steps:
        result = cli("contacts", *args, db=cli_db)
        assert (result.code, result.out, result.err) == (0, confirmation + "\n", ""), args

    shown = cli("contacts", "show", "--json", db=cli_db)
    assert shown.code == 0

    def user(person):
        return {"email": person.email, "name": person.name, "external": False, "active": True}

    assert json.loads(shown.out) == {
        "account": "Acme S.p.A.",
        "primary": user(people[0]),
        "billing": [user(people[1]), user(people[2])],
        "decision_maker": user(people[3]),
        "onboarding": user(people[4]),
        "security": {"email": "Sec@outside.example", "name": None, "external": True, "active": True},
        "technical_admin": user(people[1]),
    }

    text = cli("contacts", "show", db=cli_db).out.splitlines()
    assert text[0] == "Account: Acme S.p.A."
    rows = text[2:]
    labels = [Role.PRIMARY.label, Role.BILLING.label, "", Role.DECISION_MAKER.label, Role.ONBOARDING.label]
    labels += [Role.SECURITY.label, Role.TECHNICAL_ADMIN.label]
    assert [row[: len(label)] for row, label in zip(rows, labels, strict=True)] == labels
    column = rows[0].index("Anna")
    assert [row[column - 1] for row in rows] == [" "] * len(rows)  # one aligned column of holders
    assert rows[2].strip() == "Marta Verdi <marta.verdi@acme.example>"
    assert rows[5][column:] == "Sec@outside.example (external address)"

    removed = cli("contacts", "remove", "billing", luca, db=cli_db)
    assert removed.out == "Removed Luca Bianchi <luca.bianchi@acme.example> from the billing contacts.\n"
    cleared = cli("contacts", "clear", "onboarding", db=cli_db)
    assert cleared.out == "Onboarding contact: cleared.\n"
    again = cli("contacts", "clear", "onboarding", db=cli_db)
    assert (again.code, again.out) == (0, "Onboarding contact: nobody held it; nothing changed.\n")

    sheet = services.contacts.sheet(account.id)
    assert [p.email for p in sheet.billing] == [marta]
    assert sheet.others[Role.ONBOARDING] is None
    assert sheet.others[Role.SECURITY].external


def test_security_by_a_users_address_stores_the_user(cli, services, account, people, cli_db):
    result = cli("contacts", "set", "security", people[2].email.upper(), db=cli_db)
    assert result.out == "Security contact: Marta Verdi <marta.verdi@acme.example>\n"
    assert services.contacts.sheet(account.id).others[Role.SECURITY].user_id == people[2].user_id


def test_history_lists_every_change_newest_first(cli, cli_env, services, account, people, cli_db):
    services.contacts.set_primary(account.id, people[0].user_id)
    assert cli("contacts", "set", "primary", people[1].email, db=cli_db).code == 0

    history = json.loads(cli("history", "--json", db=cli_db).out)
    assert [entry["action"] for entry in history[:2]] == [Action.CONTACT_SET, Action.CONTACT_SET]
    newest = history[0]
    assert set(newest) == {"at", "actor", "action", "role", "subject", "old", "new"}
    assert (newest["role"], newest["old"], newest["new"]) == ("primary", people[0].display, people[1].display)
    assert newest["at"].endswith("+00:00") and newest["actor"]
    assert history[-1]["action"] == Action.ACCOUNT_CREATE
    assert len(history) == 1 + len(people) + 2

    text = cli("history", db=cli_db).out.splitlines()
    assert len(text) == len(history)
    assert "Contact set" in text[0]
    assert f"{people[0].display} \u2192 {people[1].display}" in text[0]
    assert "Account created" in text[-1] and text[-1].endswith("Acme S.p.A.")

    # A console that can't show the arrow gets a stand-in, not a crash.
    narrow = cli("history", db=cli_db, env={**cli_env, "PYTHONIOENCODING": "ascii"})
    assert narrow.code == 0, narrow
    assert f"{people[0].display} ? {people[1].display}" in narrow.out.splitlines()[0]
