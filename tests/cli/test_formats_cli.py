"""``users import`` of Excel workbooks, vCard files and admin consoles' exports, and
``export --format xlsx``, through a real contact-manager-cli process."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from contact_manager.services import Services
from tests.workbooks import workbook

FORMATS = Path(__file__).parent.parent / "data" / "formats"


@pytest.fixture
def cli(acme_cli):
    return acme_cli


def users_of(database: Path) -> dict[str, tuple[str, str, str, str, bool]]:
    services = Services.open(str(database), actor="test")
    try:
        people = services.users.list(services.accounts.find("Acme").id)
        return {
            p.email: (p.first_name, p.last_name, p.job_title or "", p.phone or "", p.active) for p in people
        }
    finally:
        services.close()


@pytest.mark.parametrize(
    ("name", "format_name", "imported"),
    [
        ("google_workspace.csv", "Google Workspace", {"giulia.russo@esempio.it"}),
        ("entra_template.csv", "Microsoft Entra ID (bulk create template)", {"marta.verdi@esempio.it"}),
        ("m365_export.csv", "Microsoft 365 (export users)", {"elena.marino@esempio.it"}),
        ("m365_template.csv", "Microsoft 365 (add multiple users template)", {"chiara.greco@esempio.it"}),
        ("hubspot.csv", "HubSpot", {"valeria.lombardi@esempio.it"}),
        ("okta.csv", "Okta", {"nicola.moretti@esempio.it"}),
        ("slack.csv", "Slack (member list)", {"irene.colombo@esempio.it", "bruno.de.santis@esempio.it"}),
        ("atlassian.csv", "Atlassian", {"tommaso.ferri@esempio.it"}),
        ("google_contacts.csv", "Google Contacts", {"simona.barbieri@esempio.it"}),
        ("outlook.csv", "Outlook contacts", {"alberto.caruso@esempio.it"}),
    ],
)
def test_an_admin_console_export_imports_with_no_mapping(cli, name, format_name, imported):
    source = FORMATS / name
    before = source.read_bytes()
    done = cli("users", "import", str(source))
    assert done.returncode == 0, done.stderr
    assert f"Recognised: {format_name}." in done.stdout
    assert set(users_of(cli.database)) == imported
    assert source.read_bytes() == before


def test_entra_download_refuses_the_shifted_row_and_imports_the_rest(cli):
    done = cli("users", "import", str(FORMATS / "entra_download.csv"))
    assert done.returncode == 3, done.stderr
    assert "line 5: Refused" in done.stdout and "30 cells where the header has 29" in done.stdout
    assert "line 4: Left out" in done.stdout
    assert set(users_of(cli.database)) == {"anna.gallo@esempio.it", "sara.conti@esempio.it"}


def test_dry_run_shows_the_name_split_and_where_the_address_comes_from(cli):
    done = cli("users", "import", str(FORMATS / "slack.csv"), "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "Name split from \u201cBruno De Santis\u201d" in done.stdout
    assert "line 5: Left out" in done.stdout and "A bot" in done.stdout
    assert "3 rows left out" in done.stdout
    done = cli("users", "import", str(FORMATS / "m365_template.csv"), "--dry-run")
    assert "The address is the sign-in name (\u201cUser Name\u201d)" in done.stdout
    assert users_of(cli.database) == {}


def test_outlook_title_is_not_imported_as_the_job(cli):
    assert cli("users", "import", str(FORMATS / "outlook.csv")).returncode == 0
    assert users_of(cli.database)["alberto.caruso@esempio.it"][2] == "Consulente"


def other_programs_workbook(path: Path) -> Path:
    """A workbook as another program saves it: Italian headers, a title row, numbers as numbers."""
    people = [
        ["Nome", "Cognome", "Indirizzo email", "Telefono"],
        ["Giulia", "Russo", "giulia.russo@esempio.it", 390212345678],
        ["Paolo", "Neri", "non-un-indirizzo", None],
    ]
    return workbook(path, {"Riepilogo": [["Nothing to import here"]], "Utenti": people})


def test_an_xlsx_sheet_chosen_with_sheet_imports_with_verdicts(cli, tmp_path):
    workbook = other_programs_workbook(tmp_path / "utenti.xlsx")
    before = workbook.read_bytes()
    done = cli("users", "import", str(workbook), "--sheet", "Utenti")
    assert done.returncode == 3, done.stderr
    assert "line 3: Refused: non-un-indirizzo" in done.stdout
    assert users_of(cli.database) == {
        "giulia.russo@esempio.it": ("Giulia", "Russo", "", "390212345678", True)
    }
    assert workbook.read_bytes() == before  # only read


def test_the_first_sheet_is_read_by_default_and_an_unknown_sheet_refused(cli, tmp_path):
    workbook = other_programs_workbook(tmp_path / "utenti.xlsx")
    done = cli("users", "import", str(workbook))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    done = cli("users", "import", str(workbook), "--sheet", "Clienti")
    assert done.returncode == 1
    assert done.stderr.strip().endswith("its sheets are \u201cRiepilogo\u201d, \u201cUtenti\u201d.")
    assert len(done.stderr.splitlines()) == 1


def test_a_password_protected_workbook_is_refused_in_one_line(cli, tmp_path):
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + bytes(512)
    )
    done = cli("users", "import", str(locked))
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 1 and "protected by a password" in done.stderr


@pytest.mark.parametrize(
    ("name", "emails"),
    [
        ("outlook_21.vcf", {"lucia.nicolo@esempio.it", "giorgio.ferrara@esempio.it"}),
        ("google_30.vcf", {"arnold.smith@work.example", "beatrice.lunga@esempio.it"}),
        ("rfc6350_40.vcf", {"renee.mueller@work.example", "solo@example.org"}),
    ],
)
def test_vcard_files_import(cli, name, emails):
    done = cli("users", "import", str(FORMATS / name))
    assert done.returncode == 0, done.stderr
    assert set(users_of(cli.database)) == emails


def test_export_xlsx_reads_back_with_the_contacts_and_the_users(cli, tmp_path):
    assert (
        cli("users", "add", "--first", "Anna", "--last", "Rossi", "--email", "anna@acme.example").returncode
        == 0
    )
    assert cli("contacts", "set", "primary", "anna@acme.example").returncode == 0
    target = tmp_path / "acme.xlsx"
    done = cli("export", "--format", "xlsx", "--output", str(target))
    assert done.returncode == 0, done.stderr
    book = load_workbook(target, read_only=True)
    assert book.sheetnames == ["Contacts", "Users"]
    contacts = [list(row) for row in book["Contacts"].iter_rows(values_only=True)]
    users = [list(row) for row in book["Users"].iter_rows(values_only=True)]
    assert contacts[0] == ["Role", "Name", "Email", "External", "Active"]
    assert ["Account primary contact", "Anna Rossi", "anna@acme.example", "no", "yes"] in contacts
    assert users == [
        ["First name", "Last name", "Email", "Job title", "Phone", "Active"],
        ["Anna", "Rossi", "anna@acme.example", None, None, "yes"],
    ]
    # and it comes back in as a users file
    done = cli("users", "import", str(target), "--sheet", "Users", "--dry-run")
    assert "1 already present" in done.stdout


def test_italian_users_hear_the_recognised_format_and_the_left_out_rows_in_italian(cli):
    done = cli("--lang", "it", "users", "import", str(FORMATS / "slack.csv"), "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "Riconosciuto: Slack (member list)." in done.stdout
    assert "Un bot (status: Bot): non importato come utente attivo." in done.stdout
    assert "3 righe escluse" in done.stdout
