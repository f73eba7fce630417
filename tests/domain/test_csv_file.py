"""Reading and writing CSV: separator hints, the BOM, the formula guard read back."""

from __future__ import annotations

import io

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from contact_manager.domain.csv_file import (
    ImportFileError,
    decode,
    neutralise,
    read_table,
    separator_hint,
    unguard,
    write_csv,
)
from contact_manager.domain.csv_import import columns_to_place, guess_mapping, parse_csv, unplaced_columns


@pytest.mark.parametrize(
    "line, separator",
    [("sep=;", ";"), ("sep=,", ","), ("sep=\t", "\t"), ("sep=\\t", "\t"), ("sep=|", "|"), ("sep=:", ":"),
     ("SEP=;", ";"), ("sep= ", " "), ("sep=; ", ";"), ("Nome;Cognome", None)],
)  # fmt: skip
def test_separator_hints(line, separator):
    assert separator_hint(line, "x.csv") == separator


@pytest.mark.parametrize("line", ["sep=", "sep=ab", 'sep="', "sep=a", "sep=1"])
def test_unusable_separator_hints_refuse_the_file(line):
    with pytest.raises(ImportFileError, match="separator"):
        separator_hint(line, "x.csv")


def test_a_tab_hint_reads_the_file_on_tabs_and_counts_lines_from_the_top():
    table = read_table(b"sep=\t\r\nNome\tCognome\tEmail\r\nAnna\tRossi\tanna@acme.example\r\n", "x.csv")
    assert (table.delimiter, table.header, table.rows, table.lines) == (
        "\t", ["Nome", "Cognome", "Email"], [["Anna", "Rossi", "anna@acme.example"]], [3]
    )  # fmt: skip


def test_a_bom_always_means_utf8_and_bad_lines_are_named():
    good = "\ufeffNome;Cognome\nNiccolò;Rossi\n".encode()
    assert decode(good) == ("Nome;Cognome\nNiccolò;Rossi\n", "utf-8")
    with pytest.raises(ImportFileError) as refused:
        decode(b"\xef\xbb\xbfNome;Cognome\nNiccol\xf2;Rossi\nA;B\nJos\xe9;M\xfcller\n", "x.csv")
    assert "lines 2, 4 are not UTF-8" in refused.value.message
    assert "\u00ef\u00bb\u00bf" not in refused.value.message
    assert decode("Niccolò".encode("cp1252")) == ("Niccolò", "cp1252")  # no BOM: Windows-1252 still read


def test_rows_of_separators_only_are_an_empty_file():
    with pytest.raises(ImportFileError, match="empty"):
        read_table(b",,,\n,,,\n\n", "x.csv")


@given(st.text())
@example("'=")  # a text that looks guarded is guarded again, and comes back whole
@example("''+1")
def test_the_formula_guard_reads_back_as_written(value):
    assert unguard(neutralise(value)) == value


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1), min_size=1))
@example(["0,"])  # one column written with ";": the header alone can't tell the separator
def test_a_written_row_reads_back_cell_for_cell(cells):
    stream = io.StringIO(newline="")
    write_csv(stream, [["Email"] * len(cells), cells], ";")
    table = read_table(stream.getvalue().encode("utf-8-sig"), "x.csv")
    if table.rows:  # a row of blank cells is skipped, as any blank line
        assert [unguard(cell) for cell in table.rows[0]] == cells


def test_unguard_leaves_other_apostrophes():
    assert unguard("'+39 02 1111 2222") == "+39 02 1111 2222"
    assert unguard("D'Amico") == "D'Amico" and unguard("'Amico") == "'Amico" and unguard("'") == "'"


def test_unplaced_columns_while_a_field_is_missing():
    table = parse_csv(b"Nome proprio;Cognome;Email;Motivo\nElena;Costa;e@acme.example;x\n", "x.csv")
    mapping = guess_mapping(table.header)
    assert mapping == {"last_name": 1, "email": 2}
    assert columns_to_place(table, mapping) == [0]  # "Motivo" is our refused rows' reason column
    full = parse_csv(b"Nome;Cognome;Email;Ruolo;Telefono;Note\nA;B;a@acme.example;;;x\n", "x.csv")
    full_mapping = guess_mapping(full.header)
    assert columns_to_place(full, full_mapping) == [] and unplaced_columns(full, full_mapping) == [5]
    untitled = parse_csv(b"Nome;Cognome;Email;\nA;B;a@acme.example;\nC;D;c@acme.example;x\n", "x.csv")
    assert columns_to_place(untitled, guess_mapping(untitled.header)) == [3]


@pytest.mark.parametrize("name", ["'=Rossi", "''+Bianchi", "=Verdi"])
def test_a_name_the_app_wrote_is_imported_as_it_was(name):
    """The formula guard comes off once: a name that looks guarded keeps its own apostrophe."""
    from contact_manager.domain.csv_import import Verdict, judge

    stream = io.StringIO(newline="")
    write_csv(stream, [["First name", "Last name", "Email"], ["Anna", name, "anna@acme.example"]], ";")
    table = read_table(stream.getvalue().encode("utf-8-sig"), "x.csv")
    (row,) = judge(table, {"first_name": 0, "last_name": 1, "email": 2}, set()).rows
    assert row.verdict is Verdict.NEW and row.last_name == name
