"""Importing users from the kinds of CSV files people actually have (tests/data)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contact_manager.domain.csv_import import (
    ImportCancelled,
    ImportFileError,
    Verdict,
    guess_mapping,
    neutralise,
    parse_csv,
    set_has_header,
    write_csv,
)
from contact_manager.domain.errors import Conflict
from contact_manager.domain.history import Action
from contact_manager.store.connection import BULK_CACHE_KIB

DATA = Path(__file__).parent.parent / "data"


def emails(services, account_id):
    return {p.email for p in services.users.list(account_id)}


def imported(services, account, name):
    """Imports the data file ``name`` (three users) into the account; its preview."""
    preview, result = services.importing.import_file(account.id, DATA / name)
    assert result.imported == 3
    return preview


def held(services, account, email, *fields):
    """The ``fields`` of the account's user with ``email``."""
    user = services.users.find(account.id, email)
    return tuple(getattr(user, field) for field in fields)


def test_bom_utf8_with_quoted_fields_and_extra_columns(services, account):
    preview = imported(services, account, "users_bom_utf8.csv")
    anna = held(services, account, "anna.rossi@acme.example", "first_name", "job_title", "phone")
    assert anna == ("Anna", "Head of Finance, EMEA", "+39 02 1234567")
    molly = held(services, account, "molly.obrien@acme.example", "first_name", "last_name")
    assert molly == ('Mary "Molly"', "O'Brien")
    assert preview.table.encoding == "utf-8" and preview.table.delimiter == ","


def test_semicolons_and_italian_headers(services, account):
    preview = imported(services, account, "users_semicolon_it.csv")
    assert preview.table.delimiter == ";"
    giulia = held(services, account, "giulia.russo@esempio.it", "last_name", "job_title", "phone")
    assert giulia == ("Russo", "Responsabile acquisti", "02 555 1234")


def test_windows_1252_keeps_accented_names(services, account):
    preview = imported(services, account, "users_cp1252.csv")
    assert preview.table.encoding == "cp1252"
    names = {(p.first_name, p.last_name) for p in services.users.list(account.id)}
    assert names == {("Niccolò", "D'Angelo"), ("José", "Müller"), ("Renée", "Façade")}
    assert held(services, account, "jose.muller@esempio.it", "job_title") == ("Tecnico €",)


def test_broken_rows_get_their_reasons_and_the_rest_is_imported(services, account):
    table = services.importing.read(DATA / "users_broken.csv")
    preview = services.importing.preview(account.id, table)
    by_line = {row.line: row for row in preview.rows}
    assert by_line[2].verdict is Verdict.NEW
    assert by_line[3].verdict is Verdict.REFUSED and "not a valid email address" in by_line[3].reason
    assert "@-sign" in by_line[3].reason  # the validator's own message
    assert by_line[4].verdict is Verdict.REFUSED and "first or last name" in by_line[4].reason
    assert by_line[5].verdict is Verdict.REFUSED and "line 2" in by_line[5].reason
    assert by_line[6].verdict is Verdict.NEW
    result = services.importing.run(account.id, preview)
    assert (result.imported, result.refused) == (2, 3)
    assert emails(services, account.id) == {"anna.rossi@acme.example", "carla.gialli@acme.example"}


def test_rows_already_in_the_account_are_present_not_duplicated(services, account, people):
    path = DATA / "users_broken.csv"
    preview = services.importing.preview(account.id, services.importing.read(path))
    assert [r.verdict for r in preview.rows if r.email == "anna.rossi@acme.example"] == [Verdict.PRESENT]
    before = len(services.users.list(account.id))
    result = services.importing.run(account.id, preview)
    assert (result.imported, result.present) == (1, 1)
    assert len(services.users.list(account.id)) == before + 1


def test_an_address_added_between_preview_and_import_is_skipped(services, account):
    preview = services.importing.preview(account.id, services.importing.read(DATA / "users_bom_utf8.csv"))
    services.users.add(account.id, "Luca", "B.", "luca.bianchi@acme.example")
    result = services.importing.run(account.id, preview)
    assert (result.imported, result.present) == (2, 1)
    assert services.users.find(account.id, "luca.bianchi@acme.example").last_name == "B."


def test_a_history_row_per_user_a_summary_and_one_version_bump(services, account):
    version = services.accounts.get(account.id).version
    services.importing.import_file(account.id, DATA / "users_5000.csv")
    people = services.users.list(account.id)
    assert len(people) == 5000
    assert services.accounts.get(account.id).version == version + 1
    changes = services.history.list(account.id)
    assert changes[0].new_value == "Imported 5000 users from users_5000.csv"
    added = {change.subject: change.new_value for change in changes[1:] if change.action is Action.USER_ADD}
    assert added == {person.email: person.display for person in people}  # each one named


def test_cancel_imports_nothing(services, account):
    preview = services.importing.preview(account.id, services.importing.read(DATA / "users_5000.csv"))
    seen = []
    with pytest.raises(ImportCancelled):
        services.importing.run(
            account.id,
            preview,
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: bool(seen),
            chunk_size=500,
        )
    assert seen == [500]
    assert services.users.list(account.id) == []
    assert services.accounts.get(account.id).version == account.version


def test_a_failure_half_way_imports_nothing(services, account):
    preview = services.importing.preview(account.id, services.importing.read(DATA / "users_5000.csv"))

    def explode(done, total):
        if done >= 1000:
            raise OSError("disk went away")

    with pytest.raises(OSError):
        services.importing.run(account.id, preview, progress=explode, chunk_size=500)
    assert services.users.list(account.id) == []


@pytest.mark.sqlite_file  # SQLite's page cache (a server keeps its own)
def test_an_import_has_a_roomy_page_cache_and_gives_it_back(services, account):
    connection = services.store.db.connection()

    def cache_size():
        return connection.execute("PRAGMA cache_size").fetchone()[0]

    before = cache_size()
    preview = services.importing.preview(account.id, services.importing.read(DATA / "users_5000.csv"))
    with pytest.raises(OSError):  # a failure half way gives it back too
        services.importing.run(account.id, preview, progress=explode)
    assert cache_size() == before
    during = []
    services.importing.run(account.id, preview, progress=lambda done, total: during.append(cache_size()))
    assert during and set(during) == {-BULK_CACHE_KIB} and before > -BULK_CACHE_KIB  # larger than the default
    assert cache_size() == before


def explode(done, total):
    raise OSError("disk went away")


def test_stale_version_imports_nothing(services, account):
    preview = services.importing.preview(account.id, services.importing.read(DATA / "users_bom_utf8.csv"))
    with pytest.raises(Conflict):
        services.importing.run(account.id, preview, expected_version=account.version - 1 or 99)
    assert services.users.list(account.id) == []


def test_unrecognised_headers_need_a_mapping(services, account):
    table = services.importing.read(DATA / "users_unmapped.csv")
    assert guess_mapping(table.header) is None
    with pytest.raises(ImportFileError):
        services.importing.preview(account.id, table)
    preview = services.importing.preview(account.id, table, {"first_name": 0, "last_name": 1, "email": 2})
    assert [r.verdict for r in preview.rows] == [Verdict.NEW, Verdict.NEW]
    services.importing.run(account.id, preview)
    assert services.users.find(account.id, "marco.ferri@acme.example").last_name == "Ferri"


def test_a_file_without_header_row_starts_with_data():
    table = parse_csv(
        b"Elena;Costa;elena.costa@acme.example\nMarco;Ferri;marco.ferri@acme.example\n", "x.csv"
    )
    assert not table.has_header and len(table.rows) == 2 and table.lines == [1, 2]
    set_has_header(table, True)
    assert table.header[0] == "Elena" and len(table.rows) == 1


@pytest.mark.parametrize(
    ("data", "problem"),
    [(b"", "empty"), (b"\n\n  \n", "empty"), (b"PK\x03\x04\x00\x00binary", "not a text")],
)
def test_unreadable_files_get_a_clear_message(data, problem):
    with pytest.raises(ImportFileError) as caught:
        parse_csv(data, "users.xlsx")
    assert problem in caught.value.message and "users.xlsx" in caught.value.message


def test_refused_rows_can_be_saved_fixed_and_reimported(services, account, tmp_path):
    preview = services.importing.preview(account.id, services.importing.read(DATA / "users_broken.csv"))
    services.importing.run(account.id, preview)
    target = tmp_path / "refused.csv"
    assert services.importing.write_refused(preview, target) == 3
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["First Name", "Last Name", "Email", "Reason"]
    assert [row[:3] for row in rows[1:]] == [
        ["Bad", "Address", "not-an-email"],
        ["", "", "nobody@acme.example"],
        ["Anna", "Rossi Again", "ANNA.ROSSI@acme.example"],
    ]
    rows[1][2] = "bad.address@acme.example"
    rows[2][0] = "Nobody"
    with target.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream).writerows(rows)
    _, result = services.importing.import_file(account.id, target)
    assert (result.imported, result.present) == (2, 1)


def test_refused_csv_neutralises_formulas(services, account, tmp_path):
    source = tmp_path / "evil.csv"
    source.write_text('First Name,Last Name,Email\n=HYPERLINK("x"),-2+3,@SUM(A1)\n', encoding="utf-8")
    preview = services.importing.preview(account.id, services.importing.read(source))
    services.importing.write_refused(preview, tmp_path / "refused.csv")
    text = (tmp_path / "refused.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "'-2+3" in text and "'@SUM(A1)" in text


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@x", "\tx", "\rx"])
def test_neutralise_prefixes_every_formula_starter(cell):
    assert neutralise(cell) == "'" + cell


def test_neutralise_leaves_plain_text_alone():
    assert neutralise("Anna Rossi") == "Anna Rossi" and neutralise(None) == ""


def test_excel_sep_line_and_utf16_files():
    table = parse_csv(b"sep=;\r\nNome;Cognome;Email\r\nAnna;Rossi;anna@acme.example\r\n", "excel.csv")
    assert table.delimiter == ";" and table.header == ["Nome", "Cognome", "Email"]
    assert table.rows == [["Anna", "Rossi", "anna@acme.example"]] and table.lines == [3]
    utf16 = "Nome\tCognome\tEmail\r\nNiccolò\tRossi\tn@acme.example\r\n".encode("utf-16")
    table = parse_csv(utf16, "unicode.txt")
    assert (table.encoding, table.delimiter, table.rows[0][0]) == ("utf-16", "\t", "Niccolò")


def test_a_refused_row_does_not_block_a_later_good_copy_of_its_address(services, account):
    table = parse_csv(
        b"First Name,Last Name,Email\n,,eva@acme.example\nEva,Conti,EVA@acme.example\n", "x.csv"
    )
    preview = services.importing.preview(account.id, table)
    assert [r.verdict for r in preview.rows] == [Verdict.REFUSED, Verdict.NEW]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (["FIRST NAME", "last name", "E-Mail"], {"first_name": 0, "last_name": 1, "email": 2}),
        (["first_name", "Surname", "Email Address"], {"first_name": 0, "last_name": 1, "email": 2}),
        (
            ["Nome", "Cognome", "Indirizzo e-mail", "Qualifica", "Telefono"],
            {
                "first_name": 0,
                "last_name": 1,
                "email": 2,
                "job_title": 3,
                "phone": 4,
            },
        ),
        (["Reparto", " Cognome ", "Ruolo", "E-mail", "Note"], {"last_name": 1, "job_title": 2, "email": 3}),
        (
            ["Job title", "Email", "Phone", "First Name"],
            {"job_title": 0, "email": 1, "phone": 2, "first_name": 3},
        ),
    ],
)
def test_english_and_italian_headers_are_recognised(header, expected):
    assert guess_mapping(header) == expected


@pytest.mark.parametrize("header", [["Name", "Mail"], ["Given", "Family", "Contact"], []])
def test_headers_without_a_name_or_an_address_need_the_mapping_step(header):
    assert guess_mapping(header) is None


@given(st.lists(st.text(max_size=12), min_size=1, max_size=6))
def test_no_written_cell_can_start_a_formula(cells):
    stream = io.StringIO(newline="")
    write_csv(stream, [cells])
    stream.seek(0)
    for cell in next(csv.reader(stream)):
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_checking_a_large_file_reports_progress_and_can_be_cancelled(services, account):
    table = services.importing.read(DATA / "users_5000.csv")
    seen = []
    preview = services.importing.preview(
        account.id, table, progress=lambda done, total: seen.append((done, total))
    )
    assert seen[-1] == (5000, 5000) and len(seen) == 3 and len(preview.rows) == 5000
    with pytest.raises(ImportCancelled):
        services.importing.preview(account.id, table, cancelled=lambda: True)


def test_a_column_it_cannot_place_is_never_dropped_unseen(services, account, tmp_path):
    from contact_manager.domain.csv_import import UnplacedColumns

    source = tmp_path / "nomi.csv"
    source.write_text("Nome proprio;Cognome;Email\nElena;Costa;elena.costa@acme.example\n", encoding="utf-8")
    table = services.importing.read(source)
    with pytest.raises(UnplacedColumns) as refused:
        services.importing.preview(account.id, table)
    assert refused.value.titles == ["Nome proprio"]
    assert refused.value.suggestion() == {"first_name": 0, "last_name": 1, "email": 2}
    preview = services.importing.preview(account.id, table, refused.value.suggestion())
    services.importing.run(account.id, preview)
    assert services.users.find(account.id, "elena.costa@acme.example").first_name == "Elena"


def test_check_writable_refuses_what_write_refused_could_not_write(services, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    services.importing.check_writable(folder / "refused.csv")
    assert not list(folder.iterdir())  # the probe leaves nothing behind
    with pytest.raises(IsADirectoryError):
        services.importing.check_writable(folder)
    with pytest.raises(FileNotFoundError):
        services.importing.check_writable(tmp_path / "missing" / "refused.csv")


def test_the_history_summary_has_its_plural_forms(services, account, tmp_path):
    source = tmp_path / "one.csv"
    source.write_text("First name,Last name,Email\nEva,Conti,eva@acme.example\n", encoding="utf-8")
    services.importing.import_file(account.id, source)
    assert services.history.list(account.id)[0].new_value == "Imported 1 user from one.csv"
