"""Control characters: stripped on the way in the same way everywhere, escaped on the way out."""

from __future__ import annotations

import sqlite3

from contact_manager.domain.text import has_controls

ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x9b\u2028\x85\u202e"


def no_raw_controls(text: str) -> bool:
    return not has_controls(text.replace("\n", ""))


def test_users_add_and_the_import_store_the_same_cleaned_text(cli, services, account, db_path, tmp_path):
    added = cli(
        "users", "add", "--first", "An\x1b]0;x\x07na", "--last", "Ros\u2028si",
        "--email", "anna@acme.example", "--job-title", "C\x1b[2JFO", db=db_path,
    )  # fmt: skip
    assert added.code == 0, added
    source = tmp_path / "people.csv"
    source.write_text(
        "First name,Last name,Email,Job title\nLu\x1b]0;x\x07ca,Bian\u2028chi,luca@acme.example,C\x1b[2JFO\n",
        encoding="utf-8",
    )
    imported = cli("users", "import", str(source), db=db_path)
    assert imported.code == 0, imported
    people = {p.email: p for p in services.users.list(account.id)}
    anna, luca = people["anna@acme.example"], people["luca@acme.example"]
    assert (anna.first_name, anna.last_name, anna.job_title) == ("An]0;xna", "Ros si", "C[2JFO")
    assert (luca.first_name, luca.last_name, luca.job_title) == ("Lu]0;xca", "Bian chi", "C[2JFO")


def test_output_never_carries_a_control_character_raw(cli, services, account, db_path, tmp_path):
    anna = services.users.add(account.id, "Anna", "Rossi", "anna@acme.example")
    services.contacts.set_primary(account.id, anna.user_id)
    with sqlite3.connect(db_path) as raw:  # a database written by another program
        raw.execute("UPDATE app_user SET first_name = ?, job_title = ?", ("An" + ESCAPES, "CFO" + ESCAPES))
        raw.execute(
            "INSERT INTO history (account_id, at, actor, action, subject, new_value) "
            "VALUES (?, '2026-03-01T10:00:00+00:00', ?, 'user.add', '', ?)",
            (account.id, "me" + ESCAPES, "Anna" + ESCAPES),
        )
    for command in (("users", "list"), ("users", "list", "--json"), ("contacts", "show"),
                    ("contacts", "show", "--json"), ("history",), ("history", "--json")):  # fmt: skip
        shown = cli(*command, db=db_path)
        assert shown.code == 0, (command, shown)
        assert "\\x1b" in shown.out or "\\u001b" in shown.out, (command, shown.out)
        assert no_raw_controls(shown.out), (command, shown.out)

    source = tmp_path / "bad.csv"
    source.write_text("First name,Last name,Email\nBob,Bianchi,bob\x1b[2J@acme.example\n", encoding="utf-8")
    report = cli("users", "import", str(source), "--dry-run", db=db_path)
    assert "line 2: Refused" in report.out
    assert no_raw_controls(report.out) and no_raw_controls(report.err), report
