"""Admin consoles' and address books' user exports, recognised and read with no mapping step."""

from __future__ import annotations

from pathlib import Path

import pytest

from contact_manager.domain.csv_import import Verdict, judge, left_out_columns
from contact_manager.domain.format_rows import recognise, split_full_name
from contact_manager.domain.import_formats import header_keys
from contact_manager.domain.user_files import read_users_file

FORMATS = Path(__file__).parent.parent / "data" / "formats"


def preview_of(name: str, existing: set[str] | None = None):
    table = read_users_file((FORMATS / name).read_bytes(), name)
    assert table.format is not None, name
    return judge(table, table.format.mapping, existing or set())


def rows(preview):
    return [(row.verdict, row.first_name, row.last_name, row.email) for row in preview.rows]


@pytest.mark.parametrize(
    ("name", "format_name", "new"),
    [
        ("google_workspace.csv", "Google Workspace", ["giulia.russo@esempio.it"]),
        ("entra_template.csv", "Microsoft Entra ID (bulk create template)", ["marta.verdi@esempio.it"]),
        (
            "entra_download.csv",
            "Microsoft Entra ID (download users)",
            ["anna.gallo@esempio.it", "sara.conti@esempio.it"],
        ),
        ("m365_export.csv", "Microsoft 365 (export users)", ["elena.marino@esempio.it"]),
        ("m365_template.csv", "Microsoft 365 (add multiple users template)", ["chiara.greco@esempio.it"]),
        ("hubspot.csv", "HubSpot", ["valeria.lombardi@esempio.it"]),
        ("okta.csv", "Okta", ["nicola.moretti@esempio.it"]),
        ("slack.csv", "Slack (member list)", ["irene.colombo@esempio.it", "bruno.de.santis@esempio.it"]),
        ("atlassian.csv", "Atlassian", ["tommaso.ferri@esempio.it"]),
        ("google_contacts.csv", "Google Contacts", ["simona.barbieri@esempio.it"]),
        ("outlook.csv", "Outlook contacts", ["alberto.caruso@esempio.it"]),
    ],
)
def test_each_export_is_recognised_and_read_without_a_mapping(name, format_name, new):
    preview = preview_of(name)
    assert preview.format_name == format_name
    assert [row.email for row in preview.of(Verdict.NEW)] == new
    assert left_out_columns(preview.table, preview.mapping) == []  # its own columns are left out as usual


def test_decorated_headers_are_known_by_their_name_and_their_attribute():
    assert header_keys("First Name [Required]") == ("firstnamerequired", "firstname")
    assert "givenname" in header_keys("First name [givenName]")
    assert "accountenabled" in header_keys("Block sign in (Yes/No) [accountEnabled] Required")


def test_entra_template_skips_its_version_line_splits_the_display_name_and_takes_the_sign_in_name():
    preview = preview_of("entra_template.csv")
    example, marta, luca = preview.rows
    assert example.verdict is Verdict.LEFT_OUT and "example row (contoso.com)" in example.reason
    assert marta.line == 4  # the version line, the header and the example come first
    assert (marta.first_name, marta.last_name, marta.email) == ("Marta", "Verdi", "marta.verdi@esempio.it")
    assert "Name split from \u201cMarta Verdi\u201d" in marta.note
    assert "sign-in name" in marta.note
    assert luca.verdict is Verdict.LEFT_OUT and "Yes" in luca.reason  # Block sign in: Yes


def test_entra_download_takes_the_sign_in_name_when_mail_is_empty_and_leaves_guests_out():
    preview = preview_of("entra_download.csv")
    anna, sara, guest, shifted = preview.rows
    assert anna.email == "anna.gallo@esempio.it" and "userPrincipalName" in anna.note
    assert sara.note == ""  # mail is there
    assert guest.verdict is Verdict.LEFT_OUT and "guest" in guest.reason.lower()


def test_a_row_with_a_comma_too_many_is_refused_not_shifted():
    shifted = preview_of("entra_download.csv").rows[3]
    assert shifted.verdict is Verdict.REFUSED
    assert "30 cells where the header has 29" in shifted.reason
    assert shifted.email == "" and shifted.first_name == ""


def test_microsoft_365_takes_the_primary_smtp_proxy_address_and_title_is_the_job():
    elena, franco = preview_of("m365_export.csv").rows
    assert elena.email == "elena.marino@esempio.it"  # SMTP: upper case, not the smtp: alias
    assert "primary SMTP address" in elena.note
    assert elena.job_title == "Responsabile acquisti"
    assert franco.verdict is Verdict.LEFT_OUT and "Block credential" in franco.reason


def test_slack_splits_the_full_name_and_leaves_out_deactivated_members_bots_and_guests():
    preview = preview_of("slack.csv")
    assert [(r.first_name, r.last_name) for r in preview.of(Verdict.NEW)] == [
        ("Irene", "Colombo"),
        ("Bruno", "De Santis"),
    ]
    reasons = [row.reason for row in preview.of(Verdict.LEFT_OUT)]
    assert len(reasons) == 3
    assert "Deactivated" in reasons[0] and "bot" in reasons[1] and "guest" in reasons[2]
    assert preview.counts()[Verdict.REFUSED] == 0  # the bot has no address, yet isn't an error


def test_outlook_title_is_an_honorific_not_the_job():
    (alberto,) = preview_of("outlook.csv").rows
    assert alberto.job_title == "Consulente"
    assert "Dott." not in (alberto.first_name, alberto.last_name, alberto.job_title)


def test_google_contacts_takes_the_first_of_several_addresses():
    (simona,) = preview_of("google_contacts.csv").rows
    assert simona.email == "simona.barbieri@esempio.it"
    assert simona.job_title == "Direttrice commerciale"


def test_left_out_rows_claim_no_address_and_present_ones_are_still_present():
    preview = preview_of("google_workspace.csv", existing={"giulia.russo@esempio.it"})
    assert [row.verdict for row in preview.rows] == [Verdict.PRESENT, Verdict.LEFT_OUT]


def test_a_plain_file_with_the_same_column_names_is_no_admin_console_export():
    assert recognise(["First Name", "Last Name", "Email Address"]) is None


def test_a_mapping_chosen_by_the_user_reads_the_columns_as_given():
    table = read_users_file((FORMATS / "slack.csv").read_bytes(), "slack.csv")
    preview = judge(table, {"email": 1, "first_name": 0}, set())
    assert preview.format_name == ""
    assert preview.rows[0].first_name == "irene"


@pytest.mark.parametrize(
    ("full", "split"),
    [
        ("Mario Rossi", ("Mario", "Rossi")),
        ("Maria Grazia  Bianchi", ("Maria Grazia", "Bianchi")),
        ("Anna De Luca", ("Anna", "De Luca")),
        ("Rossi, Mario", ("Mario", "Rossi")),
        ("Cher", ("Cher", "")),
    ],
)
def test_split_full_name(full, split):
    assert split_full_name(full) == split
