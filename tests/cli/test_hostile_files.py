"""Hostile or broken input through the real command line: one clear line, nothing changed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli.helpers import Result

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def database(cli, db_path):
    assert cli("init", "--account", "Acme", db=db_path).code == 0
    return db_path


def assert_one_line(result: Result, code: int = 1, *fragments: str) -> None:
    assert result.code == code, result
    assert len(result.err_lines) == 1, result.err
    assert "Traceback" not in result.err
    for fragment in fragments:
        assert fragment in result.err, (fragment, result.err)


def snapshot(path: Path) -> bytes:
    return path.read_bytes()


HOSTILE_JSON = {
    "nested": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "long-number": ('{"format": "contact-manager/account", "format_version": 1' + "0" * 5000 + "}", "number"),
    "long-number-deep-inside": (
        '{"format": "contact-manager/account", "format_version": 1, "account": {"name": 1'
        + "0" * 5000
        + '}, "users": [], "contacts": []}',
        "number",
    ),
    "wrong-types": (
        json.dumps(
            {
                "format": "contact-manager/account",
                "format_version": 1,
                "account": {"name": "X"},
                "users": [{"first_name": {"a": [1]}, "email": ["x@acme.example"]}],
                "contacts": [],
            }
        ),
        "incomplete",
    ),
}


@pytest.mark.parametrize("name", HOSTILE_JSON)
def test_hostile_json_is_refused_in_one_line(cli, database, tmp_path, name):
    text, fragment = HOSTILE_JSON[name]
    source = tmp_path / f"{name}.json"
    source.write_text(text, encoding="utf-8")
    before = snapshot(database)
    assert_one_line(
        cli("import", str(source), db=database), 1, f"\u201c{name}.json\u201d can't be imported", fragment
    )
    assert snapshot(database) == before


HOSTILE_CSV = {
    "sep-tab": (b"sep=\t\nFirst name\tLast name\tEmail\nAnna\tRossi\tanna@acme.example\n", 0, ""),
    "sep-tab-escape": (b"sep=\\t\nFirst name\tLast name\tEmail\nAnna\tRossi\tanna@acme.example\n", 0, ""),
    "sep-colon": (b"sep=:\r\nFirst name:Last name:Email\r\nAnna:Rossi:anna@acme.example\r\n", 0, ""),
    "sep-unusable": (b"sep=ab\nFirst name,Last name,Email\n", 1, "separator"),
    "sep-empty": (b"sep=\nFirst name,Last name,Email\n", 1, "separator"),
    "mixed-separators": (b",,,\n;;;;\n,,\n", 1, "not recognised"),
    "only-commas": (b",,,\n,,,\n", 1, "the file is empty"),
    "huge-field": (
        b"First name,Last name,Email\n" + b"A" * 200_000 + b",Rossi,anna@acme.example\n",
        1,
        "line 2 has a field longer than 131072 characters",
    ),
    "bom-then-cp1252": (
        b"\xef\xbb\xbfNome;Cognome;Email\nNiccol\xf2;Rossi;n@acme.example\nA;B;a@acme.example\n"
        b"Jos\xe9;M\xfcller;j@acme.example\n",
        1,
        "lines 2, 4 are not UTF-8",
    ),
    "binary": (b"\x00\x01\x02garbage" * 50, 1, "not a text (CSV) file"),
}


@pytest.mark.parametrize("name", HOSTILE_CSV)
def test_broken_csv_files_get_one_clear_line(cli, database, tmp_path, name):
    data, code, fragment = HOSTILE_CSV[name]
    source = tmp_path / f"{name}.csv"
    source.write_bytes(data)
    before = snapshot(database)
    done = cli("users", "import", str(source), db=database)
    if code == 0:
        assert (done.code, done.err) == (0, ""), done
        assert "Imported 1 user into Acme" in done.out
        return
    assert_one_line(done, code, fragment)
    assert snapshot(database) == before


def test_an_unwritable_refused_path_is_found_before_importing(cli, database, tmp_path):
    before = snapshot(database)
    for target, reason in ((tmp_path / "missing" / "refused.csv", "there is no such file or folder"),
                           (tmp_path, "it is a folder, not a file")):  # fmt: skip
        done = cli("users", "import", str(DATA / "users_broken.csv"), "--refused", str(target), db=database)
        assert_one_line(done, 1, f"Can't write {target}: {reason}")
        assert done.out == ""  # refused before any row was judged, let alone imported
        assert snapshot(database) == before
    assert not list(tmp_path.glob("*.part"))


def test_arguments_that_are_not_utf8_are_refused(cli_env, database):
    argv = [
        b"users",
        b"add",
        b"--first",
        b"\xff\xfeAnna",
        b"--last",
        b"Rossi",
        b"--email",
        b"anna@acme.example",
    ]
    before = snapshot(database)
    done = subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"contact_manager.cli", *argv, b"--db", os.fsencode(database)],
        env=cli_env,
        capture_output=True,
        timeout=60,
    )
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 1 and len(err.splitlines()) == 1 and "Traceback" not in err, err
    assert "is not UTF-8 text" in err
    assert snapshot(database) == before


# --- whatever the bytes: a verdict or one line, never a traceback -----------------------------------

_CELL = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["=cmd|' /C calc'!A0", "'+39 02", "\x1b[2J", "\u2028", "sep=;", '"', "@", "a@b.example"]),
)
_LINES = st.lists(st.lists(_CELL, max_size=5), max_size=6)


def _as_bytes(lines, separator: str, encoding: str, header: bool) -> bytes:
    rows = ([["First name", "Last name", "Email"]] if header else []) + lines
    text = "\n".join(separator.join(cells) for cells in rows)
    return text.encode(encoding, "replace")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lines=_LINES,
    separator=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    header=st.booleans(),
    junk=st.binary(max_size=40),
)
def test_any_csv_gets_verdicts_or_one_line(cli, database, tmp_path, lines, separator, encoding, header, junk):
    source = tmp_path / "any.csv"
    source.write_bytes(_as_bytes(lines, separator, encoding, header) + junk)
    before = snapshot(database)
    done = cli("users", "import", str(source), "--dry-run", db=database)
    assert "Traceback" not in done.err, done
    assert done.code in (0, 1, 3), done
    if done.code == 1:
        assert len(done.err_lines) == 1, done
    assert snapshot(database) == before


_KEYS = st.sampled_from(["format", "format_version", "account", "users", "contacts", "name", "email", "role"])
_DOCUMENTS = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(_KEYS, children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=_DOCUMENTS)
def test_any_json_is_imported_or_refused_in_one_line(cli, database, tmp_path, document):
    source = tmp_path / "any.json"
    if isinstance(document, dict):
        document = {"format": "contact-manager/account", "format_version": 1, **document}
    source.write_text(json.dumps(document), encoding="utf-8")
    done = cli("import", str(source), "--account", "Copy", db=database)
    assert "Traceback" not in done.err, done
    assert done.code in (0, 1), done
    if done.code == 1:
        assert len(done.err_lines) == 1, done
