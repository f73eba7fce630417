"""The printable contact sheet: a real PDF with the account, roles, routing and review date."""

import datetime
import shutil
import subprocess

import pytest
from PySide6.QtCore import QDate, QLocale

from contact_manager.domain.roles import Role
from contact_manager.domain.routing import Notice
from contact_manager.ui.contacts.contact_sheet_pdf import contact_sheet_document, write_contact_sheet_pdf


@pytest.fixture
def sheet(services, account, people):
    services.contacts.set_primary(account.id, people[0].user_id)
    services.contacts.add_billing(account.id, people[1].user_id)
    services.contacts.set_security_email(account.id, "soc@outside.example")
    services.contacts.set_role(account.id, Role.TECHNICAL_ADMIN, people[2].user_id)
    return services.contacts.mark_reviewed(account.id, datetime.date(2026, 9, 1))


def _text_of(path):
    """The text of the PDF itself, as poppler's pdftotext reads it (a blank PDF reads as blank)."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: install poppler-utils (.ci/run does) to read the PDF's text")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_pdf_written_and_has_the_sheet(qapp, sheet, people, tmp_path):
    path = write_contact_sheet_pdf(sheet, tmp_path / "acme.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1024
    assert not list(tmp_path.glob("*.part"))
    text = " ".join(_text_of(path).split())
    assert "Acme S.p.A." in text
    for role in (Role.PRIMARY, Role.BILLING, Role.SECURITY, Role.TECHNICAL_ADMIN, Role.DECISION_MAKER):
        assert role.label in text
    assert people[0].email in text and "soc@outside.example" in text
    for notice in Notice:
        assert notice.label in text
    reviewed = QLocale().toString(QDate(2026, 9, 1), QLocale.FormatType.LongFormat)
    assert f"last reviewed on {reviewed}" in text


def test_never_reviewed_and_unset_roles(qapp, services, account):
    text = contact_sheet_document(services.contacts.sheet(account.id)).toPlainText()
    assert "never been reviewed" in text
    assert text.count("Not set") == 6  # primary, billing and the four other roles


def test_unwritable_place_raises_and_leaves_nothing(qapp, sheet, tmp_path):
    with pytest.raises(OSError):
        write_contact_sheet_pdf(sheet, tmp_path / "missing" / "acme.pdf")
    assert not (tmp_path / "missing").exists()


def test_names_are_escaped(qapp, services):
    odd = services.accounts.create("<b>Bold</b> & Co")
    text = contact_sheet_document(services.contacts.sheet(odd.id)).toPlainText()
    assert "<b>Bold</b> & Co" in text
