"""``copy --to`` and ``copy --from ... --to``, through the real command line."""

from __future__ import annotations

from tests.cli.helpers import assert_refused


def _office(cli, path) -> None:
    assert cli("init", "--account", "Acme S.p.A.", db=path).code == 0
    assert (
        cli(
            "users", "add", "--first", "Anna", "--last", "Rossi", "--email", "anna@acme.example", db=path
        ).code
        == 0
    )
    assert cli("contacts", "set", "primary", "anna@acme.example", db=path).code == 0
    assert cli("init", "--account", "Beta", db=path).code == 0


def _seen(cli, path) -> list[str]:
    shown = []
    for account in ("Acme S.p.A.", "Beta"):
        shown.append(cli("contacts", "show", "--account", account, db=path).out)
        shown.append(cli("users", "list", "--account", account, db=path).out)
    return shown


def test_copy_to_a_new_file_brings_every_account(cli, tmp_path):
    source, target = tmp_path / "office.db", tmp_path / "copy.db"
    _office(cli, source)
    done = cli("copy", "--to", str(target), db=source)
    assert done.code == 0, done.err
    assert done.out == (f"Copied to {target}: accounts: 2, users: 1, contact roles: 1, history entries: 4.\n")
    assert _seen(cli, target) == _seen(cli, source)


def test_a_target_with_the_same_account_names_is_refused_with_nothing_copied(cli, tmp_path):
    source, target = tmp_path / "office.db", tmp_path / "copy.db"
    _office(cli, source)
    assert cli("init", "--account", "acme s.p.a.", db=target).code == 0
    line = assert_refused(cli("copy", "--to", str(target), db=source), "\u201cAcme S.p.A.\u201d")
    assert line.startswith("Nothing was copied")
    assert cli("accounts", db=target).out.splitlines() == ["acme s.p.a."]


def test_copying_a_database_onto_itself_or_from_nothing_is_refused(cli, tmp_path):
    source = tmp_path / "office.db"
    _office(cli, source)
    assert_refused(cli("copy", "--to", str(source), db=source), "the same database")
    assert_refused(
        cli("copy", "--from", str(tmp_path / "none.db"), "--to", str(tmp_path / "x.db")), "none.db"
    )
    assert not (tmp_path / "x.db").exists()


def test_a_file_goes_onto_a_server_and_back(cli, tmp_path, pg_url):
    source, back = tmp_path / "office.db", tmp_path / "back.db"
    _office(cli, source)
    onto = cli("copy", "--to", pg_url, db=source)
    assert onto.code == 0, onto.err
    assert _seen(cli, pg_url) == _seen(cli, source)
    again = cli("copy", "--to", pg_url, db=source)
    assert_refused(again, "already has accounts")
    home = cli("copy", "--from", pg_url, "--to", str(back))
    assert home.code == 0, home.err
    assert _seen(cli, back) == _seen(cli, source)
