"""``users import``, ``export`` and ``import`` through a real contact-manager-cli process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contact_manager.services import Services

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def cli(acme_cli):
    return acme_cli


def users_of(database: Path, account: str = "Acme") -> set[str]:
    services = Services.open(str(database), actor="test")
    try:
        return {p.email for p in services.users.list(services.accounts.find(account).id)}
    finally:
        services.close()


def test_users_import_of_a_clean_file_exits_0(cli):
    done = cli("users", "import", str(DATA / "users_semicolon_it.csv"))
    assert done.returncode == 0, done.stderr
    assert "Imported 3 users into Acme" in done.stdout
    assert users_of(cli.database) == {
        "giulia.russo@esempio.it",
        "paolo.neri@esempio.it",
        "marta.verdi@esempio.it",
    }


def test_users_import_prints_refused_rows_and_exits_3_when_the_others_are_imported(cli, tmp_path):
    refused = tmp_path / "refused.csv"
    done = cli("users", "import", str(DATA / "users_broken.csv"), "--refused", str(refused))
    assert done.returncode == 3
    assert done.stderr == "3 rows refused (listed above): fix them and import them again.\n"
    lines = done.stdout.splitlines()
    assert lines[:3] == [
        "line 3: Refused: not-an-email: \u201cnot-an-email\u201d is not a valid email address: "
        "An email address must have an @-sign.",
        "line 4: Refused: nobody@acme.example: Enter the person's first or last name.",
        "line 5: Refused: ANNA.ROSSI@acme.example: "
        "ANNA.ROSSI@acme.example is already on line 2 of this file.",
    ]
    assert "Imported 2 users" in lines[3]
    assert users_of(cli.database) == {"anna.rossi@acme.example", "carla.gialli@acme.example"}
    assert refused.read_text(encoding="utf-8-sig").count("\n") == 4  # header + 3 refused rows


def test_a_row_without_an_address_is_named_by_the_person_in_it(cli, tmp_path):
    users = tmp_path / "no_address.csv"
    users.write_text("first_name,last_name,email\nAnn,Bee,\n,,x\n", encoding="utf-8")
    done = cli("users", "import", str(users))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0] == "line 2: Refused: Ann Bee: Please enter an email address."
    assert lines[1].startswith("line 3: Refused: x: ")


def test_dry_run_prints_every_verdict_and_imports_nothing(cli):
    done = cli("users", "import", str(DATA / "users_broken.csv"), "--dry-run")
    assert done.returncode == 3 and len(done.stderr.splitlines()) == 1
    assert "line 2: New: anna.rossi@acme.example" in done.stdout
    assert "Dry run: 2 new, 0 already present, 3 refused; nothing imported." in done.stdout
    assert users_of(cli.database) == set()


def test_unrecognised_headers_are_refused_until_mapped(cli):
    path = str(DATA / "users_unmapped.csv")
    done = cli("users", "import", path)
    assert done.returncode == 1 and "not recognised" in done.stderr
    done = cli("users", "import", path, "--map", "first=1", "--map", "last=Family", "--map", "email=3")
    assert done.returncode == 0, done.stderr
    assert users_of(cli.database) == {"elena.costa@acme.example", "marco.ferri@acme.example"}


def test_export_and_import_json_under_another_name(cli, tmp_path):
    cli("users", "import", str(DATA / "users_bom_utf8.csv"))
    assert cli("contacts", "set", "primary", "anna.rossi@acme.example").returncode == 0
    exported = tmp_path / "acme.json"
    assert cli("export", "--format", "json", "--output", str(exported)).returncode == 0
    same_name = cli("import", str(exported))
    assert same_name.returncode == 1 and "already exists" in same_name.stderr
    copy = cli("import", str(exported), "--account", "Acme Copy")
    assert copy.returncode == 0, copy.stderr
    again = tmp_path / "copy.json"
    assert cli("--account", "Acme Copy", "export", "--output", str(again)).returncode == 0
    first, second = json.loads(exported.read_text()), json.loads(again.read_text())
    first["account"].pop("name"), second["account"].pop("name")
    assert first == second and first["contacts"][0]["email"] == "anna.rossi@acme.example"


def test_export_csv_and_vcard(cli, tmp_path):
    cli("users", "import", str(DATA / "users_cp1252.csv"))
    assert cli("contacts", "set", "primary", "jose.muller@esempio.it").returncode == 0
    sheet = tmp_path / "sheet.csv"
    cards = tmp_path / "sheet.vcf"
    assert cli("export", "--format", "csv", "--output", str(sheet)).returncode == 0
    assert cli("export", "--format", "vcard", "--output", str(cards)).returncode == 0
    assert "Account primary contact,José Müller,jose.muller@esempio.it,no,yes" in sheet.read_text("utf-8-sig")
    assert "FN:José Müller\r\n" in cards.read_bytes().decode("utf-8")


def test_export_to_an_unwritable_place_says_so(cli, tmp_path):
    done = cli("export", "--format", "csv", "--output", str(tmp_path / "missing" / "sheet.csv"))
    assert done.returncode == 1 and "Can't write" in done.stderr
