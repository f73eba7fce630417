"""vCard 2.1 (Outlook), 3.0 (Google Contacts) and 4.0 files read into the import's rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from contact_manager.domain.csv_file import ImportFileError
from contact_manager.domain.csv_import import guess_mapping
from contact_manager.domain.vcard_read import read_vcards

FORMATS = Path(__file__).parent.parent / "data" / "formats"


def cards(name: str) -> list[list[str]]:
    return read_vcards((FORMATS / name).read_bytes(), name).rows


def test_outlook_21_bare_parameters_quoted_printable_and_the_preferred_address():
    lucia, giorgio = cards("outlook_21.vcf")
    assert lucia == [
        "Lucia",
        "Nicol\u00f2",  # =F2 in Windows-1252
        "lucia.nicolo@esempio.it",  # EMAIL;PREF, though listed second
        "Responsabile della qualit\u00e0 e dei rapporti con i fornitori",  # a soft line break
        "+39 02 1112223",
    ]
    assert giorgio[:3] == ["Giorgio", "Ferrara", "giorgio.ferrara@esempio.it"]


def test_google_30_grouped_email_type_pref_escapes_and_folded_lines():
    arnold, beatrice = cards("google_30.vcf")
    assert arnold == ["Arnold", "Smith", "arnold.smith@work.example", "Head of IT, Europe", "+1 555 0100"]
    assert beatrice[2] == "beatrice.lunga@esempio.it"  # folded after the @


def test_rfc6350_40_pref_number_and_tel_uri():
    renee, solo = cards("rfc6350_40.vcf")
    assert renee == [
        "Ren\u00e9e",
        "M\u00fcller",
        "renee.mueller@work.example",
        "Einkaufsleiterin",
        "+49-30-1234567",
    ]
    assert solo[:3] == ["Solo", "Nomefull", "solo@example.org"]  # no N: FN split


def test_rows_carry_the_line_of_their_card_and_headers_the_mapping_knows():
    table = read_vcards((FORMATS / "outlook_21.vcf").read_bytes(), "outlook_21.vcf")
    assert table.lines == [1, 13]
    assert table.kind == "vcard"
    assert guess_mapping(table.header) == {
        "first_name": 0,
        "last_name": 1,
        "email": 2,
        "job_title": 3,
        "phone": 4,
    }


def test_a_file_without_cards_is_refused_in_one_sentence():
    with pytest.raises(ImportFileError) as raised:
        read_vcards(b"VERSION:3.0\nFN:Nobody\n", "empty.vcf")
    assert "holds no vCard" in raised.value.message
